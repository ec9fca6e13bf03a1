"""Render the main window offscreen on a fresh copy of the sample event and save PNGs.

    python -m desktop.screenshots OUTDIR [--seconds 10]

Writes day1.png, day2.png (the timetable after a solve), solve-panel.png (the solve
dock after the solve), conflicts.png (after a hand-made clash: two sessions in one
room at one time), day1-zh.png and editor-sessions-zh.png (day 1 and the sessions editor
with the window and the names in Chinese), editor-sessions.png and editor-availability.png
(two editors, floating), and explanation.png (the solve
dock after a solve that cannot succeed: a roundtable pinned to a time one of its
speakers is still in the air). Uses the real solve operation, so it also shows the GUI
staying responsive while the engine works.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from importlib import import_module
from pathlib import Path

SIZE = (1600, 1000)
EDITOR_SIZE = (1500, 620)
LATE_SPEAKER = "u-kyaw-min-thein"  # unavailable until 13:30 on day 1: his flight lands 12:40
ROUNDTABLE = "asean-envoys-roundtable"  # one of his sessions
# Modules (of desktop/) with a shots(app, window, outdir, seconds) that save their own pictures.
FEATURE_SHOTS: tuple[str, ...] = (
    "replanning_shots",  # drag-refused.png, drag-allowed.png, move-dialog.png, resolve-review.png
    "agendas",  # agenda-person.png, agenda-group.png, agenda-online.png
    "publishing.shots",  # publish-dialog.png, publish-result.png
    "scenarios",  # scenarios-panel.png, scenario-compare.png
    "finding_shots",  # conflicts-zh.png: the Conflicts dock in Chinese with a clash
    "printing.shots",  # programme-page.png: day 1 in Jinan of the Chinese booklet
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seconds", type=float, default=10.0, help="solve time limit (default 10)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="slotwise-shots-") as folder:
        for name in render(app, Path(folder), args.outdir, args.seconds):
            print(args.outdir / name)
    return 0


def render(app, folder: Path, outdir: Path, seconds: float) -> list[str]:
    from PySide6.QtCore import Qt

    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json

    from .main_window import MainWindow
    from .solving import SolveOptions

    project = create_project_from_json(folder / "shandong.slotwise", sample_path("shandong"))
    window = MainWindow(project)
    window.resize(*SIZE)
    window.show()
    settle(app)
    operation = window.start_solve(SolveOptions(time_limit=seconds, workers=4))
    if operation is None:
        raise SystemExit("the sample could not be solved: " + window.solve_panel.status.text())
    wait_for(app, lambda: not window.solving and not window.checking)
    saved = []
    window.docks["conflicts"].raise_()
    window.tabs.setCurrentIndex(0)
    saved.append(save(app, window, outdir, "day1.png"))  # every room and channel
    window.only_used_action.trigger()  # day 2: only the rooms and channels in use
    window.tabs.setCurrentIndex(1)
    saved.append(save(app, window, outdir, "day2.png"))
    window.only_used_action.trigger()
    window.docks["solve"].raise_()
    window.resizeDocks([window.docks["solve"]], [300], Qt.Orientation.Vertical)
    saved.append(save(app, window.docks["solve"], outdir, "solve-panel.png"))
    window.resizeDocks([window.docks["solve"]], [230], Qt.Orientation.Vertical)
    make_clash(window)
    wait_for(app, lambda: not window.checking)  # the validator runs in the background
    window.docks["conflicts"].raise_()
    rules = [window.conflicts.violation_at(r).rule for r in range(window.conflicts.proxy.rowCount())]
    window.conflicts.choose(rules.index("room_overlap"))
    saved.append(save(app, window, outdir, "conflicts.png"))
    saved.extend(save_in_chinese(app, window, outdir, "day1-zh.png", "editor-sessions-zh.png"))
    saved.append(save_editor(app, window, outdir, "sessions", "editor-sessions.png"))
    saved.append(save_editor(app, window, outdir, "availability", "editor-availability.png"))
    for name in FEATURE_SHOTS:  # each: shots(app, window, outdir, seconds) -> names written
        saved.extend(import_module(f"{__package__}.{name}").shots(app, window, outdir, seconds))
    saved.append(save_explanation(app, window, outdir, seconds, "explanation.png"))  # pins a clash
    window.close()
    return saved


def save_in_chinese(app, window, outdir: Path, name: str, editor_name: str) -> list[str]:
    """Day 1 with the window and the names in Chinese, and the sessions editor in Chinese; the
    language the window had is put back afterwards."""
    before = window.language
    window.set_language("zh")  # the window is built again in Chinese
    wait_for(app, lambda: not window.checking)
    window.docks["conflicts"].raise_()
    window.tabs.setCurrentIndex(0)
    window.select_session("opening-ceremony")
    try:
        return [save(app, window, outdir, name),
                save_editor(app, window, outdir, "sessions", editor_name)]
    finally:
        window.set_language(before)


def save_editor(app, window, outdir: Path, kind: str, name: str) -> str:
    """One editor in its own floating dock, big enough to read."""
    widget = window.show_editor(kind)
    width, height = EDITOR_SIZE
    if kind == "availability":  # tall enough for the whole day, no wider than it needs
        widget.select_owner("people", LATE_SPEAKER)
        grid = widget.grid.sizeHint()
        width, height = max(900, grid.width() + 60), grid.height() + 140
    dock = window.editor_docks[kind]
    dock.setFloating(True)
    dock.resize(width, height)
    try:
        return save(app, dock, outdir, name)
    finally:
        dock.setFloating(False)
        dock.hide()


def save_explanation(app, window, outdir: Path, seconds: float, name: str) -> str:
    """Pin the roundtable to 10:00 on day 1, when one of its speakers is still in the air,
    solve, and show the explanation of why no schedule exists."""
    from datetime import time

    from PySide6.QtCore import Qt

    from scheduler.domain import models as m
    from scheduler.eventtime import at

    from .solving import SolveOptions

    event = window.project.event()
    ten = at(event.start_date, time(10), event.timezone)
    if not window.editor.set_field(m.Session, ROUNDTABLE, "pin_start", ten):
        raise SystemExit(f"could not pin the roundtable: {window.editor.last_error}")
    if window.start_solve(SolveOptions(time_limit=seconds, workers=4)) is None:
        raise SystemExit("the clash solve did not start: " + window.solve_panel.status.text())
    wait_for(app, lambda: not window.solving and not window.checking)
    panel = window.solve_panel
    if panel.pages.currentWidget() is not panel.explanation:
        raise SystemExit("the clash solve was not explained: " + panel.status.text())
    window.docks["solve"].raise_()
    window.resizeDocks([window.docks["solve"]], [300], Qt.Orientation.Vertical)
    return save(app, window.docks["solve"], outdir, name)


def make_clash(window) -> tuple[str, str]:
    """Move an on-site session into the room and time of the first session of day 1 (in the
    first column used), store that schedule as if edited by hand, and refresh."""
    from dataclasses import replace

    from scheduler.snapshot import save_schedule

    state = window.state
    grid = window.tabs.views[0].day_scene().grid
    day1 = sorted((p for p in state.schedule.values() if p.room and state.day_of(p) == 0),
                  key=lambda p: (grid.index_of("room", p.room), p.start))
    first = day1[0]
    second = next(p for p in day1 if p.room != first.room and p.channel is None
                  and state.problem.session[p.session].pin_start is None)
    schedule = dict(state.schedule)
    schedule[second.session] = replace(second, room=first.room, start=first.start)
    save_schedule(window.project, state.problem, schedule)
    window.refresh()
    return first.session, second.session


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_for(app, done, timeout: float = 300.0) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(int(timeout * 1000))
    while not done():
        if deadline.hasExpired():
            raise SystemExit("timed out waiting for the solve or the check")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    settle(app)


def save(app, widget, outdir: Path, name: str) -> str:
    settle(app)
    if not widget.grab().save(str(outdir / name)):
        raise SystemExit(f"could not write {outdir / name}")
    return name


if __name__ == "__main__":
    sys.exit(main())
