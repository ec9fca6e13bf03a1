"""conflicts-zh.png: the Conflicts dock in Chinese with a hand-made clash in it.

Listed in desktop/screenshots.py FEATURE_SHOTS. Two sessions in one room at one time (made by
``screenshots.make_clash`` when an earlier picture left none), the window switched to Chinese,
the clash chosen so that the details panel shows it too; the language and the schedule the
window had are put back afterwards.
"""

from __future__ import annotations

from pathlib import Path

from scheduler.snapshot import save_schedule

DOCK_SIZE = (1500, 460)


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    from .screenshots import make_clash, save, wait_for

    before_language, before = window.language, dict(window.read.schedule)
    problem = window.read.problem
    if not _clash_rows(window):
        make_clash(window)
    window.set_language("zh")
    wait_for(app, lambda: not window.checking)
    rows = _clash_rows(window)
    if not rows:
        raise SystemExit("no clash to show in conflicts-zh.png")
    window.conflicts.choose(rows[0])
    window.conflicts.table.scrollToTop()  # every hard finding, then the soft ones
    dock = window.docks["conflicts"]
    dock.setFloating(True)
    dock.resize(*DOCK_SIZE)
    try:
        return [save(app, dock, outdir, "conflicts-zh.png")]
    finally:
        dock.setFloating(False)
        window.set_language(before_language)
        if dict(window.read.schedule) != before:
            save_schedule(window.project, problem, before)
            window.refresh()
        wait_for(app, lambda: not window.checking)


def _clash_rows(window) -> list[int]:
    panel = window.conflicts
    return [r for r in range(panel.proxy.rowCount()) if panel.violation_at(r).rule == "room_overlap"]
