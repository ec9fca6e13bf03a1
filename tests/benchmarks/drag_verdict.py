"""Drag-verdict benchmark: how long the validator's verdict on one move takes, and what it costs
the GUI thread.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.drag_verdict

For the sample and a generated 1,000-session event (with a solved schedule stored):
- validate(): one full validation of the schedule with a move applied (what a verdict costs if
  it ran on the GUI thread; above ~30 ms a drag would stutter, hence the worker process);
- verdict latency: from putting the drag marker on a new cell (``DayScene.show_target``) until
  the verdict is shown on it, through the validator's worker process (medians and worst of
  ``CELLS`` cells, each a different room or time);
- GUI thread per cell: the CPU time of the GUI thread for that (``time.thread_time``);
- a cell seen before: the verdict is known at once (kept per move).
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
from scheduler.validator import validate  # noqa: E402
from scheduler.validator.moves import moved_problem, moved_schedule  # noqa: E402

from .common import project_from, table  # noqa: E402

CELLS = 12


def wait(condition, seconds: float = 60.0) -> None:
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)


def measure(name: str, project) -> list:
    from desktop.main_window import MainWindow

    problem = snapshot(project)
    save_schedule(project, problem, solve(problem, time_limit=10, workers=2).schedule)
    window = MainWindow(project)
    window.resize(1600, 1000)
    window.show()
    wait(lambda: not window.checking)
    scene = window.tabs.view_of_day(0).day_scene()
    read = window.read
    key = next(k for k, p in sorted(read.schedule.items())
               if p.room and not p.channel and read.problem.day_of(p.start) == 0)
    rooms = [c for c in scene.grid.columns if c.kind == "room"]
    hours = read.problem.event.hours[0]
    targets = [("room", rooms[i % len(rooms)].key, hours.start + 30 * (i // len(rooms)))
               for i in range(CELLS)]
    full = []
    for target in targets[:5]:
        move = window.timetable_editing.move_at(key, *target)
        started = time.perf_counter()
        validate(moved_problem(read.problem, move), moved_schedule(read.schedule, move),
                 previous=read.previous)
        full.append(time.perf_counter() - started)
    latency, gui = [], []
    for target in targets:
        cpu, started = time.thread_time(), time.perf_counter()
        scene.show_target(key, target)
        gui.append(time.thread_time() - cpu)
        wait(lambda: scene.marker.verdict is not None)
        latency.append(time.perf_counter() - started)
    started = time.perf_counter()
    scene.show_target(key, targets[0])
    again = time.perf_counter() - started
    assert scene.marker.verdict is not None
    scene.marker.clear()
    window.close()
    ms = lambda s: f"{s * 1000:.1f}"
    return [name, len(read.problem.sessions), ms(statistics.median(full)),
            f"{ms(statistics.median(latency))} / {ms(max(latency))}",
            f"{ms(statistics.median(gui))} / {ms(max(gui))}", ms(again)]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rows = [measure("sample", project_from(sample_path("shandong"), name="sample")),
            measure("generated", project_from(generate_event(1000, seed=1), name="generated-1000"))]
    print(table(["event", "sessions", "validate() with the move ms",
                 "verdict shown after ms (median / worst)", "GUI thread per cell ms (median / worst)",
                 "cell seen before ms"], rows))
    app.quit()


if __name__ == "__main__":
    main()
