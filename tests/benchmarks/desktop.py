"""Desktop benchmark: launch to the first painted timetable, and applying a solve to the view.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.desktop

For the sample and a generated 1,000-session event (with a stored schedule): the time from
creating the main window to its first complete paint (offscreen grab), and the time to refresh
every view after a new schedule is stored (what applying a solve result costs the GUI).
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from resources import sample_path  # noqa: E402
from scheduler.generate import generate_event  # noqa: E402
from scheduler.snapshot import save_schedule, snapshot  # noqa: E402
from scheduler.solver import solve  # noqa: E402

from .common import project_from, table  # noqa: E402


def measure(name: str, project) -> list:
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
    window.close()
    return [name, len(problem.sessions), f"{first_paint:.2f}", f"{apply:.2f}"]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rows = [measure("sample", project_from(sample_path("shandong"), name="sample")),
            measure("generated", project_from(generate_event(1000, seed=1), name="generated-1000"))]
    print(table(["event", "sessions", "launch to first paint s", "apply a schedule s"], rows))
    app.quit()


if __name__ == "__main__":
    main()
