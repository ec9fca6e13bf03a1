"""Compare-dialog benchmark: the longest pause of the GUI thread while two schedules of a
1,000-session event are compared.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.compare_pause [RUNS]

A generated event (1,000 sessions, seed 1, its planted schedule as the main schedule) with a
scenario 'Plan B' in which every third session starts 30 minutes later (334 sessions placed
differently). The Compare dialog (no main window) compares main with Plan B, then swaps A and B
RUNS - 1 times; a 20 ms QTimer ticks meanwhile. Per run: how long the call that starts the
comparison held the GUI thread, when the result was shown, how long showing it took, and the
longest gap between two ticks (the longest pause a user would feel). Run 0 includes starting the
validator's worker process.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path


def later(entry: dict, minutes: int) -> dict:
    start = datetime.fromisoformat(entry["start"]) + timedelta(minutes=minutes)
    return entry | {"start": start.isoformat()}


def event_with_plan_b() -> dict:
    from scheduler.generate import generate_event

    document = generate_event(1000, seed=1, with_schedule=True)
    stamp = "2021-05-20T09:00:00+08:00"
    return document | {
        "scenarios": [{"name": "Plan B", "note": "", "created_at": stamp, "updated_at": stamp,
                       "placements": [later(e, 30) if i % 3 == 0 else e
                                      for i, e in enumerate(document["schedule"])]}],
        "active_scenario": None, "main_schedule": None}


def main(runs: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import settle_memory
    from desktop.scenarios.compare_dialog import CompareDialog
    from scheduler.scenarios import SideRef
    from tests.benchmarks.common import project_from, table

    app = QApplication.instance() or QApplication([])
    project = project_from(event_with_plan_b(), Path(tempfile.mkdtemp(prefix="slotwise-compare-")))
    settle_memory()  # garbage collection as the application has it
    dialog = CompareDialog(project)
    dialog.show()
    shown_for: list[float] = []
    show = dialog._show

    def timed_show(comparison) -> None:
        began = time.perf_counter()
        show(comparison)
        shown_for.append(time.perf_counter() - began)

    dialog._show = timed_show
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def wait(condition, limit: float = 60.0) -> None:
        end = time.perf_counter() + limit
        while not condition() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    rows = []
    for run in range(runs):
        wait(lambda: False, 0.3)
        started = time.perf_counter()
        ticks[:] = ticks[-1:]
        before = dialog.comparison
        if run == 0:
            dialog.set_choices(["Plan B"], [], SideRef("main"), SideRef("scenario", name="Plan B"))
        else:
            dialog.swap()
        called = time.perf_counter() - started
        wait(lambda: dialog.comparison is not before and not dialog.busy)
        took = time.perf_counter() - started
        wait(lambda: False, 0.2)
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        rows.append([run, f"{called:.3f}", f"{took:.3f}", f"{shown_for[-1]:.3f}",
                     len(dialog.comparison.moves), f"{max(gaps):.3f}"])
    project.close()
    print(table(["run", "call holds GUI s", "result shown after s", "showing it s",
                 "sessions moved", "longest timer pause s"], rows))


if __name__ == "__main__":  # the worker process imports this module again: run only here
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
