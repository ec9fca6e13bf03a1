"""Dragging a session to another day: the day tabs open when a session is dragged over them, and
the other day's view takes the drop (a move and pin, one undo step), judged like any drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.timetable.dragdata import session_mime
from desktop.timetable.layout import COLUMN
from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot
from scheduler.validator import validate
import desktop_kit as kit
from drag_kit import cells, pins, scene_of, shown, stored, verdict_on

# A schedule of the Shandong sample (two days) the validator passes: [key, minute, room, channel].
KNOWN = Path(__file__).parents[1] / "programme" / "shandong_schedule.json"
ACTIONS, BUTTON = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def scheduled_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("days") / "shandong.slotwise"
    rows = json.loads(KNOWN.read_text(encoding="utf-8"))
    with create_project_from_json(path, sample_path("shandong")) as project:
        problem = snapshot(project)
        schedule = {key: Placement(key, start, room, channel) for key, start, room, channel in rows}
        assert validate(problem, schedule).is_feasible
        save_schedule(project, problem, schedule)
    return path


@pytest.fixture
def window(qtbot, scheduled_file, tmp_path):
    path = tmp_path / "shandong.slotwise"
    path.write_bytes(scheduled_file.read_bytes())
    shown_window = kit.open_window(qtbot, path)
    kit.wait_for_findings(qtbot, shown_window)
    return shown_window


def movable_sessions(window, day: int) -> list[tuple[str, str]]:
    """(session, "room" or "channel") of the sessions on ``day`` in one place that nothing
    pins, earliest first."""
    state = window.read
    found = []
    for p in sorted(state.schedule.values(), key=lambda p: p.start):
        info = state.problem.session[p.session]
        if state.day_of(p) == day and bool(p.room) != bool(p.channel) and info.pin_start is None \
                and info.pin_room is None and info.pin_channel is None:
            found.append((p.session, "room" if p.room else "channel"))
    return found


def a_move_to_the_other_day(window):
    """(session, its day, a move to the other day the validator allows) — many sessions may
    only be on their own day (breaks, site visits), so the sessions are tried in turn."""
    for day in (0, 1):
        for key, kind in movable_sessions(window, day):
            for move in cells(window, key, kind, day=1 - day, step=60):
                if verdict_on(window, move).allowed:
                    return key, day, move
    raise AssertionError("no session may go to the other day")


def test_a_session_dragged_over_the_second_days_tab_opens_that_day(qtbot, window):
    bar = window.tabs.tabBar()
    assert window.tabs.currentIndex() == 0
    data = session_mime(movable_sessions(window, 0)[0][0])
    at = bar.tabRect(1).center()
    enter = QDragEnterEvent(at, ACTIONS, data, BUTTON, NONE)
    QApplication.sendEvent(bar, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(bar, QDragMoveEvent(at, ACTIONS, data, BUTTON, NONE))
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1, timeout=5_000)


def test_a_session_dropped_on_the_other_day_moves_there_pinned_and_undo_brings_it_back(
        qtbot, window):
    key, day, move = a_move_to_the_other_day(window)
    other = 1 - day
    path = window.project.path
    before = stored(path)[key]
    kind = "room" if move.room else "channel"
    window.tabs.setCurrentIndex(other)  # as hovering its tab does
    grid = scene_of(window, other).grid
    column = grid.index_of(kind, move.room or move.channel)
    [pos] = shown(window, QPointF(grid.x(column) + COLUMN / 2, grid.y(move.start) + 1), day=other)
    viewport = window.tabs.view_of_day(other).viewport()
    data = session_mime(key)
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, ACTIONS, data, BUTTON, NONE))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, ACTIONS, data, BUTTON, NONE))
    assert scene_of(window, other).marker.isVisible(), "the target on the other day is shown"
    steps = window.editor.stack.count()
    drop = QDropEvent(QPointF(pos), ACTIONS, data, BUTTON, NONE)
    with qtbot.waitSignal(window.timetable_editing.drop_settled, timeout=20_000) as settled:
        QApplication.sendEvent(viewport, drop)
    assert settled.args == [True]

    after = stored(path)[key]
    assert (after.start, after.room, after.channel) == (move.start, move.room, move.channel)
    assert window.read.day_of(after) == other
    assert pins(path, key) == (move.start, move.room, move.channel)
    assert window.editor.stack.count() == steps + 1
    assert key in scene_of(window, other).blocks and key not in scene_of(window, day).blocks

    window.undo_action.trigger()
    assert stored(path)[key] == before
    assert pins(path, key) == (None, None, None)
    qtbot.waitUntil(lambda: key in scene_of(window, day).blocks, timeout=10_000)
