"""Re-solve around my changes: a re-solve that keeps the pins and the current (or published)
schedule as far as it can, reviewed before it is stored — Accept all is one undo step, Reject
and Cancel change nothing."""

from __future__ import annotations

import pytest

from scheduler import Project
from scheduler.snapshot import snapshot
from scheduler.validator import validate
import desktop_kit as kit
from desktop.resolve_review import MOVED, PLACED, UNPLACED
from drag_kit import path, solved_file  # noqa: F401 (fixtures)
from drag_kit import cells, pins, stored, verdict_on


@pytest.fixture
def window(qtbot, path):
    shown = kit.open_window(qtbot, path)
    kit.wait_for_findings(qtbot, shown)
    shown.solve_panel.time_limit.setValue(3)
    shown.solve_panel.workers.setValue(1)
    return shown


def hand_move_into_a_clash(qtbot, window):
    """Place a session anyway (and pinned) on top of one in its room that is free to move (no
    pin, time window or relation): the re-solve has to move that one. Returns the move."""
    problem = window.read.problem
    key = next(k for k, p in sorted(window.read.schedule.items()) if p.room and not p.channel)

    def clashes_with_unpinned(move) -> bool:
        broken = verdict_on(window, move).broken
        others = {k for v in broken for k in v.sessions} - {key}
        related = {k for r in problem.relations for k in (r.first, r.second)}
        return {v.rule for v in broken} == {"room_overlap"} and all(
            problem.session[k].pin_start is None and problem.session[k].pin_room is None
            and not problem.session[k].allowed and k not in related for k in others)

    move = next(m for m in cells(window, key, "room") if clashes_with_unpinned(m))
    assert window.timetable_editing.place(move, anyway=verdict_on(window, move))
    kit.wait_for_findings(qtbot, window)
    assert not window.state.validation.is_feasible
    return move


def run_resolve(qtbot, window):
    with qtbot.waitSignal(window.solve_finished, timeout=60_000) as finished:
        assert window.replanning.resolve() is not None
    return finished.args[0], window.replanning.review_dialog


def file_problem(path):
    with Project.open(path) as project:
        return snapshot(project)


def test_the_review_lists_what_the_solver_moved_and_reject_stores_nothing(qtbot, window, path):
    move = hand_move_into_a_clash(qtbot, window)
    before, undo_text = stored(path), window.undo_action.text()
    result, dialog = run_resolve(qtbot, window)
    assert dialog is not None and dialog.isVisible()
    problem = file_problem(path)
    after = result.schedule
    assert validate(problem, after).is_feasible, "the solver's answer, checked independently"
    assert (after[move.session].start, after[move.session].room) == (move.start, move.room), \
        "my pinned move stays"
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed, "the clash makes the solver move something"
    review = dialog.review
    assert {c.session for c in review.changes} == changed
    assert dialog.table.rowCount() == len(changed)
    for row, change in enumerate(review.changes):
        assert (change.before, change.after) == (before.get(change.session), after.get(change.session))
        assert dialog.table.item(row, 0).text() == window.state.problem.session[change.session].title
        if change.after is not None:
            assert window.state.clock(change.after.start) in dialog.table.item(row, 3).text()
    counts = {kind: sum(c.kind == kind for c in review.changes) for kind in (MOVED, PLACED, UNPLACED)}
    assert f"{counts[MOVED]} moved, {counts[PLACED]} newly placed, {counts[UNPLACED]} left unplaced" \
        in dialog.summary.text()
    assert review.cost_before == validate(problem, before, previous=before).total_cost
    assert review.cost_after == validate(problem, after, previous=before).total_cost
    assert f"({review.cost_change:+,})" in dialog.summary.text()
    assert stored(path) == before, "nothing is stored before the review says so"

    dialog.reject_button.click()
    assert stored(path) == before and window.undo_action.text() == undo_text
    assert pins(path, move.session) == (move.start, move.room, None)
    assert "Nothing was changed" in window.solve_panel.status.text()


def test_accept_all_stores_the_new_schedule_as_one_undo_step(qtbot, window, path):
    hand_move_into_a_clash(qtbot, window)
    before = stored(path)
    result, dialog = run_resolve(qtbot, window)
    dialog.accept_button.click()
    assert stored(path) == result.schedule
    assert window.undo_action.text() == f"&Undo Apply solve ({len(result.schedule)} sessions scheduled)"
    kit.wait_for_findings(qtbot, window)
    assert window.state.validation.is_feasible
    window.undo_action.trigger()
    assert stored(path) == before


def test_a_cancelled_re_solve_shows_no_review_and_changes_nothing(qtbot, window, path):
    hand_move_into_a_clash(qtbot, window)
    before, undo_text = stored(path), window.undo_action.text()
    window.solve_panel.time_limit.setValue(30)
    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        assert window.replanning.resolve() is not None
        window.cancel_solve()
    assert window.replanning.review_dialog is None
    assert stored(path) == before and window.undo_action.text() == undo_text
    assert "cancelled" in window.solve_panel.status.text()


def test_the_schedule_menu_and_the_solve_dock_offer_the_re_solve(qtbot, window):
    texts = [a.text() for a in window.menus["schedule"].actions()]
    assert "&Re-solve around my changes…" in texts and "&Move to…" in texts
    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        window.solve_panel.resolve_button.click()
        assert window.solving and not window.replanning.resolve_action.isEnabled()
    assert window.replanning.review_dialog is not None
    assert window.replanning.resolve_action.isEnabled()
    window.replanning.review_dialog.reject()
