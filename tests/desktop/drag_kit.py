"""Helpers of the drag, Move dialog and re-solve tests: a solved small sample, real drags with the
mouse or Qt's drop events, and cells found allowed or forbidden by the independent validator."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from resources import sample_path
from scheduler import Project
from scheduler.domain import models as m
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
from scheduler.validator import validate
from scheduler.validator.moves import Move, judge
from desktop.timetable.layout import COLUMN


@pytest.fixture(scope="module")
def solved_file(tmp_path_factory):
    """The small sample with a solved schedule stored (made once per module; each test copies
    it). Test modules import this fixture and ``path``."""
    return solved_copy(tmp_path_factory)


@pytest.fixture
def path(solved_file, tmp_path):
    """A fresh copy of ``solved_file`` for one test."""
    return copy_of(solved_file, tmp_path)


def solved_copy(tmp_path_factory):
    """The small sample with a solved (and validated) schedule stored."""
    path = tmp_path_factory.mktemp("solved") / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        schedule = solve(problem, time_limit=10, workers=1).schedule
        assert validate(problem, schedule).is_feasible
        save_schedule(project, problem, schedule)
    return path


def copy_of(solved_file, tmp_path):
    copy = tmp_path / "small.slotwise"
    shutil.copy(solved_file, copy)
    return copy


def stored(path):
    """The schedule in the file, read through a connection of its own."""
    with Project.open(path) as project:
        return stored_schedule(project, snapshot(project))


def stored_session(path, key) -> m.Session:
    with Project.open(path) as project:
        return project.get(m.Session, key)


def pins(path, key) -> tuple:
    """(pin start minute, pin room key, pin channel key) of a session in the file."""
    with Project.open(path) as project:
        info = snapshot(project).session[key]
    return info.pin_start, info.pin_room, info.pin_channel


def scene_of(window, day: int = 0):
    return window.tabs.view_of_day(day).day_scene()


def block_of(window, key, kind="room", day: int = 0):
    return next(b for b in scene_of(window, day).blocks[key] if b.kind == kind)


def verdict_on(window, move: Move):
    """The independent validator's verdict on ``move`` of the window's schedule."""
    read = window.read
    return judge(read.problem, read.schedule, read.previous,
                 validate(read.problem, read.schedule, previous=read.previous), move)


def cells(window, key: str, kind: str, day: int = 0, step: int = 30, own: bool = False):
    """Moves of ``key`` to every column of ``kind`` shown on ``day`` (but its own), every ``step``
    minutes of the day's hours, the nearest to where it is first (so that a drag fits in view);
    with ``own``, its own column too (at other times); hybrids keep their other place."""
    problem, placed = window.read.problem, window.read.schedule.get(key)
    hours, duration = problem.event.hours[day], problem.session[key].duration
    grid = scene_of(window, day).grid
    home = placed.start if placed else hours.start
    found = [(abs(start - home), column.index, column.key, start) for column in grid.columns
             if column.kind == kind
             for start in range(hours.start, hours.end - duration + 1, step)
             if not (placed and column.key in (placed.room, placed.channel)
                     and (not own or start == placed.start))]
    for _, _, place, start in sorted(found):
        yield window.timetable_editing.move_at(key, kind, place, start)


def cell(window, key: str, kind: str = "room", allowed: bool = True, day: int = 0,
         own: bool = False) -> Move:
    """The first move of ``cells`` that the validator allows (or forbids)."""
    for move in cells(window, key, kind, day, own=own):
        if verdict_on(window, move).allowed == allowed:
            return move
    raise AssertionError(f"no {'allowed' if allowed else 'forbidden'} cell for {key}")


def shown(window, *points: QPointF, day: int = 0) -> list[QPoint]:
    """Scroll the day so that the scene points are in view; their viewport positions."""
    view = window.tabs.view_of_day(day)
    middle = sum(points, QPointF()) / len(points)
    size = view.viewport().size()
    view.scroll_to(int(middle.x() - size.width() / 2), int(middle.y() - size.height() / 2))
    found = [view.mapFromScene(p) for p in points]
    assert all(view.viewport().rect().contains(p) for p in found), "the test drags in view"
    return found


def drag_to(qtbot, window, block, column: int, minute: int, wait=None) -> None:
    """Take the block by its middle and move it with its top edge at ``minute`` of ``column``
    (the mouse stays down); ``wait(marker)`` is waited for before returning."""
    grid = scene_of(window).grid
    grab = block.sceneBoundingRect().center()
    below_top = grab.y() - (block.pos().y() - 1)
    target = QPointF(grid.x(column) + COLUMN / 2, grid.y(minute) + below_top)
    press, release = shown(window, grab, target)
    viewport = window.tabs.view_of_day(0).viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, (press + release) / 2)
    qtbot.mouseMove(viewport, release)
    marker = scene_of(window).marker
    assert block.dragging and marker.isVisible(), "the drop target is shown"
    if wait is not None:
        qtbot.waitUntil(lambda: wait(marker), timeout=20_000)
    return release


def drag_block(qtbot, window, block, column: int, minute: int) -> bool:
    """Drag and let go; waits until the drop is stored or refused; True if stored."""
    release = drag_to(qtbot, window, block, column, minute)
    viewport = window.tabs.view_of_day(0).viewport()
    with qtbot.waitSignal(window.timetable_editing.drop_settled, timeout=20_000) as settled:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)
    return settled.args[0]


def drop_from_list(qtbot, window, key: str, column: int, minute: int) -> bool:
    """Drag session ``key`` out of the unscheduled list and drop it on a cell (Qt's own drop
    events, with the list's own drag data); True if stored."""
    panel = window.unscheduled
    data = panel.proxy.mimeData([panel.proxy.index(panel.shown_keys().index(key), 0)])
    grid = scene_of(window).grid
    [pos] = shown(window, QPointF(grid.x(column) + COLUMN / 2, grid.y(minute) + 1))
    viewport = window.tabs.view_of_day(0).viewport()
    actions, button, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, data, button, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, data, button, none))
    assert scene_of(window).marker.isVisible()
    drop = QDropEvent(QPointF(pos), actions, data, button, none)
    with qtbot.waitSignal(window.timetable_editing.drop_settled, timeout=20_000) as settled:
        QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    return settled.args[0]
