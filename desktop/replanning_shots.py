"""Pictures of the replanning feature for ``python -m desktop.screenshots``.

drag-refused.png: the roundtable dragged to 10:00 on day 1, when one of its speakers is still in
the air — the cell is red with the validator's reason. drag-allowed.png: the same session over a
free cell later that day. move-dialog.png: Move to… on it. resolve-review.png: the review of a
re-solve after a hand move placed (anyway) on top of another session.
"""

from __future__ import annotations

from pathlib import Path

from scheduler.validator import validate
from scheduler.validator.moves import judge

from .screenshots import ROUNDTABLE, save, settle, wait_for


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    window.docks["conflicts"].raise_()
    window.tabs.setCurrentIndex(0)
    wait_for(app, lambda: not window.checking)
    saved = [drag_picture(app, window, outdir, "drag-refused.png", allowed=False),
             drag_picture(app, window, outdir, "drag-allowed.png", allowed=True),
             move_dialog_picture(app, window, outdir, "move-dialog.png"),
             review_picture(app, window, outdir, seconds, "resolve-review.png")]
    return saved


def _first_move(window, key: str, allowed: bool, rule: str | None = None, accept=None):
    """The first cell of day 1 (by time, then column) whose verdict is ``allowed`` (and, when
    forbidden, whose reason is of ``rule``; and ``accept(verdict)``), judged by the validator."""
    read, editing = window.read, window.timetable_editing
    before = validate(read.problem, read.schedule, previous=read.previous)
    grid = window.tabs.view_of_day(0).day_scene().grid
    hours, placed = read.problem.event.hours[0], read.schedule[key]
    for start in range(hours.start, hours.end, 30):
        for column in grid.columns:
            if column.kind != "room" or column.key == placed.room and start == placed.start:
                continue
            move = editing.move_at(key, "room", column.key, start)
            verdict = judge(read.problem, read.schedule, read.previous, before, move)
            if verdict.allowed == allowed and (allowed or rule is None or verdict.broken[0].rule == rule) \
                    and (accept is None or accept(verdict)):
                return move, verdict
    raise SystemExit(f"no {'allowed' if allowed else 'forbidden'} cell for {key}")


def drag_picture(app, window, outdir: Path, name: str, allowed: bool) -> str:
    """Drag the roundtable's block over a cell (the scene's own drag call), wait for the verdict,
    and take the day; the drag is then let go of without a drop."""
    view = window.tabs.view_of_day(0)
    scene = view.day_scene()
    block = next(b for b in scene.blocks[ROUNDTABLE] if b.kind == "room")
    move, _ = _first_move(window, ROUNDTABLE, allowed, None if allowed else "availability")
    grid = scene.grid
    x = grid.x(grid.index_of("room", move.room)) + 40
    view.scroll_to(max(0, int(x - 450)), int(grid.y(move.start) - 220))
    scene.drag_block(block, _point(x, grid.y(move.start) + 10), grid.y(move.start))
    wait_for(app, lambda: scene.marker.verdict is not None)
    try:
        return save(app, window.centralWidget(), outdir, name)
    finally:
        block.setOpacity(1.0)
        scene.marker.clear()


def move_dialog_picture(app, window, outdir: Path, name: str) -> str:
    move, _ = _first_move(window, ROUNDTABLE, False, "availability")
    dialog = window.replanning.open_move(ROUNDTABLE)
    dialog.start.setCurrentIndex(dialog.start.findData(move.start))
    dialog.room.setCurrentIndex(dialog.room.findData(move.room))
    wait_for(app, lambda: dialog.verdict is not None and dialog.verdict.move == dialog.move())
    dialog.adjustSize()
    try:
        return save(app, dialog, outdir, name)
    finally:
        dialog.reject()
        settle(app)


def review_picture(app, window, outdir: Path, seconds: float, name: str) -> str:
    """Place a session anyway on top of another one, re-solve around it, and take the review."""
    problem = window.read.problem
    related = {k for r in problem.relations for k in (r.first, r.second)}

    def free(key: str) -> bool:  # no pin, window or relation holds it
        info = problem.session[key]
        return info.pin_start is None and info.pin_room is None and not info.allowed \
            and key not in related and info.mode == "on_site"

    def only_a_free_clash(verdict) -> bool:
        others = {k for v in verdict.broken for k in v.sessions} - {verdict.move.session}
        return {v.rule for v in verdict.broken} == {"room_overlap"} and all(map(free, others))

    key = next(k for k, p in sorted(window.read.schedule.items()) if p.room and free(k))
    move, verdict = _first_move(window, key, False, "room_overlap", only_a_free_clash)
    window.timetable_editing.place(move, anyway=verdict)
    wait_for(app, lambda: not window.checking)
    window.solve_panel.time_limit.setValue(seconds)
    if window.replanning.resolve() is None:
        raise SystemExit("the re-solve did not start: " + window.solve_panel.status.text())
    wait_for(app, lambda: not window.solving)
    dialog = window.replanning.review_dialog
    if dialog is None:
        raise SystemExit("the re-solve was not reviewed: " + window.solve_panel.status.text())
    try:
        return save(app, dialog, outdir, name)
    finally:
        dialog.reject()
        window.editor.undo()  # the hand move
        wait_for(app, lambda: not window.checking)


def _point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
