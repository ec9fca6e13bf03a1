"""While a session is dragged, the target cell says whether the move is allowed, and why not —
the validator's verdict (worked out in its worker process), not a guess."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.timetable import palette
from desktop.timetable.marker import ALLOWED, CHECKING
from scheduler.snapshot import save_schedule
from scheduler.validator import validate
import desktop_kit as kit
from drag_kit import (block_of, cell, copy_of, drag_block, drag_to, pins, scene_of, solved_copy,
                      stored, verdict_on)


@pytest.fixture(scope="module")
def solved_file(tmp_path_factory):
    return solved_copy(tmp_path_factory)


@pytest.fixture
def window(qtbot, solved_file, tmp_path):
    shown = kit.open_window(qtbot, copy_of(solved_file, tmp_path), active=True)
    kit.wait_for_findings(qtbot, shown)
    return shown


def on_site(window) -> str:
    return next(k for k, p in sorted(window.read.schedule.items()) if p.room and not p.channel)


def show(window, move, kind="room"):
    """Put the drag marker on the cell of ``move`` as a drag does (the scene's own API)."""
    scene = scene_of(window)
    place = move.room if kind == "room" else move.channel
    scene.show_target(move.session, (kind, place, move.start))
    return scene.marker


def test_an_allowed_cell_says_checking_then_allowed_with_the_validators_cost_change(qtbot, window):
    key = on_site(window)
    move = cell(window, key, "room")
    expected = verdict_on(window, move)
    marker = show(window, move)
    assert marker.verdict is None and marker.text == "checking…"
    assert marker.pen().color() == CHECKING
    qtbot.waitUntil(lambda: marker.verdict is not None, timeout=20_000)
    assert marker.verdict == expected and marker.verdict.allowed
    change = expected.cost_change
    words = "no change in soft cost" if change == 0 else f"soft cost {change:+,}"
    assert marker.text == f"Allowed\n{words}"
    assert marker.pen().color() == ALLOWED
    assert marker.note.isVisible()


def test_a_forbidden_cell_shows_the_first_hard_rule_the_move_would_break_and_the_drop_is_refused(
        qtbot, window):
    key = on_site(window)
    move = cell(window, key, "room", allowed=False)
    expected = verdict_on(window, move)
    block = block_of(window, key)
    before = dict(window.read.schedule)
    drag_to(qtbot, window, block, scene_of(window).grid.index_of("room", move.room), move.start,
            wait=lambda marker: marker.verdict is not None)
    marker = scene_of(window).marker
    assert marker.verdict == expected
    more = len(expected.broken) - 1
    assert marker.text == "Not allowed\n" + expected.reason + (f" (and {more} more)" if more else "")
    assert marker.pen().color() == palette.HARD
    viewport = window.tabs.view_of_day(0).viewport()
    with qtbot.waitSignal(window.timetable_editing.drop_settled) as settled:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           pos=window.tabs.view_of_day(0).mapFromScene(marker.rect().center()))
    assert settled.args == [False]
    assert window.statusBar().currentMessage() == f"Not moved: {expected.reason}"
    assert window.read.schedule == before and not window.undo_action.isEnabled()


def test_the_verdict_of_a_cell_left_is_not_shown_and_a_cell_seen_before_answers_at_once(qtbot, window):
    key = on_site(window)
    first, second = cell(window, key, "room"), cell(window, key, "room", allowed=False)
    marker = show(window, first)
    marker = show(window, second)  # the cursor moves on before the first answer comes
    qtbot.waitUntil(lambda: marker.verdict is not None, timeout=20_000)
    assert marker.verdict == verdict_on(window, second) and not marker.verdict.allowed
    qtbot.wait(200)  # any answer about the first cell has come by now
    assert marker.move == second and not marker.verdict.allowed
    show(window, first)
    qtbot.waitUntil(lambda: marker.verdict is not None, timeout=20_000)
    assert marker.verdict.allowed
    show(window, second)
    assert marker.verdict == verdict_on(window, second), "known: no checking again"


def test_hard_findings_that_exist_before_the_move_do_not_forbid_it(qtbot, window):
    """Two other sessions clash in one room; moving a third to a free cell is still allowed."""
    schedule, problem = dict(window.read.schedule), window.read.problem
    rooms = sorted((p for p in schedule.values() if p.room and not p.channel), key=lambda p: p.start)
    a, b = rooms[0], next(p for p in rooms if p.room != rooms[0].room)
    schedule[b.session] = replace(b, room=a.room, start=a.start)
    save_schedule(window.project, problem, schedule)
    window.refresh()
    kit.wait_for_findings(qtbot, window)
    assert not window.state.validation.is_feasible
    key = next(k for k, p in sorted(schedule.items())
               if p.room and not p.channel and k not in (a.session, b.session))
    move = cell(window, key, "room")
    assert validate(*_moved(window, move)).hard, "the clash is still there after the move"
    assert drag_block(qtbot, window, block_of(window, key), scene_of(window).grid.index_of(
        "room", move.room), move.start)
    assert stored(window.project.path)[key].start == move.start
    assert pins(window.project.path, key) == (move.start, move.room, None)


def _moved(window, move):
    from scheduler.validator.moves import moved_problem, moved_schedule

    return moved_problem(window.read.problem, move), moved_schedule(window.read.schedule, move)


def test_verdicts_come_after_a_solve_was_stored_whose_findings_the_worker_never_saw(qtbot, window):
    """A stored solve's findings are known without the worker (validated before storing); the
    first verdict then sends the schedule along, and later ones do not need to."""
    from desktop.solving import SolveOptions

    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        window.start_solve(SolveOptions(time_limit=2, workers=1))
    kit.wait_for_findings(qtbot, window)
    key = on_site(window)
    first, second = cell(window, key, "room"), cell(window, key, "room", allowed=False)
    for move in (first, second):
        marker = show(window, move)
        qtbot.waitUntil(lambda: marker.verdict is not None, timeout=20_000)
        assert marker.verdict == verdict_on(window, move)
