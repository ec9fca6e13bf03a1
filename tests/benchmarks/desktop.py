"""Desktop benchmark: launch to the first painted timetable, applying a solve to the view, and
how long each edit keeps the GUI thread busy.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.desktop

For the sample and a generated 1,000-session event (with a stored schedule): the time from
creating the main window to its first complete paint (offscreen grab), and the time to refresh
every view after a new schedule is stored (what applying a solve result costs the GUI).

Then per edit (unschedule a session, undo it; three of each) and per reload (File > Reload,
everything read again), from the edit until its findings are shown and the events have settled:
the CPU time of the GUI thread (``time.thread_time``: the work, not the waiting), the longest
gap between two ticks of a 10 ms timer on the GUI thread, and when the findings were shown
(medians over the edits; the longest gap also at its worst).
Written against the window's public API only, so the same script measures an older checkout
(``desktop`` is printed: which code was measured).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from resources import sample_path  # noqa: E402
from scheduler.generate import generate_event  # noqa: E402
from scheduler.snapshot import save_schedule, snapshot  # noqa: E402
from scheduler.solver import solve  # noqa: E402

from .common import project_from, table  # noqa: E402


EDITS = 3  # unschedule + undo, each


def measure(name: str, project) -> tuple[list, list]:
    from desktop.main_window import MainWindow

    problem = snapshot(project)
    result = solve(problem, time_limit=10, workers=2)
    save_schedule(project, problem, result.schedule)
    started = time.perf_counter()
    window = MainWindow(project)
    window.resize(1600, 1000)
    window.show()
    window.grab()
    QApplication.processEvents()
    first_paint = time.perf_counter() - started
    started = time.perf_counter()
    window.refresh()
    window.grab()
    QApplication.processEvents()
    apply = time.perf_counter() - started
    wait_for_findings(window)
    keys = sorted(key for key, p in result.schedule.items() if p.room)[:EDITS]
    edits = [cycle(window, lambda k=key: window.editor.unschedule(k)) for key in keys]
    edits += [cycle(window, window.editor.undo) for _ in keys]
    reloads = [cycle(window, window.refresh) for _ in range(EDITS)]
    window.close()
    busy = [name, len(problem.sessions)]
    for cycles in (edits, reloads):
        gaps = [c[1] for c in cycles]
        busy += [f"{statistics.median(c[0] for c in cycles):.3f}",
                 f"{statistics.median(gaps):.3f} / {max(gaps):.3f}",
                 f"{statistics.median(c[2] for c in cycles):.3f}"]
    return [name, len(problem.sessions), f"{first_paint:.2f}", f"{apply:.2f}"], busy


def run_loop(milliseconds: int, until=None) -> None:
    """Run the event loop (idle, not spinning) for a while, or until the signal ``until``."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    if until is not None:
        until.connect(loop.quit)
    loop.exec()
    if until is not None:
        until.disconnect(loop.quit)


def wait_for_findings(window) -> None:
    if getattr(window, "checking", False):  # windows that validate on the GUI thread never are
        run_loop(60_000, window.findings_ready)


def cycle(window, edit) -> tuple[float, float, float]:
    """(GUI-thread CPU s, longest gap s of a 10 ms timer, findings shown after s) of one edit."""
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    run_loop(100)
    cpu, started = time.thread_time(), time.perf_counter()
    edit()
    wait_for_findings(window)
    shown = time.perf_counter() - started
    run_loop(200)  # painting, deleting the old views
    cpu = time.thread_time() - cpu
    timer.stop()
    return cpu, max(b - a for a, b in zip(ticks, ticks[1:])), shown


def main() -> None:
    import desktop
    from desktop import main_window

    app = QApplication.instance() or QApplication([])
    if hasattr(main_window, "settle_memory"):  # as the application does when it starts
        main_window.settle_memory()
    measured = [measure("sample", project_from(sample_path("shandong"), name="sample")),
                measure("generated", project_from(generate_event(1000, seed=1), name="generated-1000"))]
    print(f"desktop: {os.path.dirname(desktop.__file__)}")
    print(table(["event", "sessions", "launch to first paint s", "apply a schedule s"],
                [row for row, _ in measured]))
    print()
    print("Per edit and per reload, medians (the longest gap: median / worst):")
    print(table(["event", "sessions", "edit: GUI thread s", "edit: longest gap s",
                 "edit: findings after s", "reload: GUI thread s", "reload: longest gap s",
                 "reload: findings after s"], [busy for _, busy in measured]))
    app.quit()


if __name__ == "__main__":
    main()
