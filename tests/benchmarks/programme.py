"""Programme benchmark: how long the printed programme takes to make, per language.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.programme [--sessions 1000]

For the sample (with a solved schedule) and a generated event with a stored schedule: reading
the programme from the project file (snapshot + model), writing the HTML agenda, and writing the
PDF booklet with Qt (pages counted), in English, Chinese and both. Over 0.5 s is why the desktop
app makes the booklet on its own thread.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from resources import sample_path  # noqa: E402
from scheduler.generate import generate_event  # noqa: E402
from scheduler.programme import read_programme  # noqa: E402
from scheduler.programme.html import write_agenda  # noqa: E402
from scheduler.snapshot import save_schedule, snapshot  # noqa: E402
from scheduler.solver import solve  # noqa: E402
from scheduler.validator import validate  # noqa: E402

from .common import project_from, table  # noqa: E402

LANGUAGES = ("en", "zh", "both")


def solved_sample(folder: Path):
    project = project_from(sample_path("shandong"), folder, "sample")
    problem = snapshot(project)
    schedule = solve(problem, time_limit=10, workers=2, seed=1).schedule
    assert validate(problem, schedule).is_feasible
    save_schedule(project, problem, schedule)
    return project


def rows_of(label: str, project, folder: Path) -> list[list]:
    from desktop.printing.booklet import write_pdf

    rows = []
    for language in LANGUAGES:
        started = time.perf_counter()
        programme = read_programme(project, language)
        read = time.perf_counter()
        write_agenda(programme, folder / f"{label}-{language}.html")
        html = time.perf_counter()
        pages = write_pdf(programme, folder / f"{label}-{language}.pdf")
        pdf = time.perf_counter()
        rows.append([label, language, programme.session_count, len(programme.pages), pages,
                     f"{read - started:.2f}", f"{html - read:.3f}", f"{pdf - html:.2f}"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.programme")
    parser.add_argument("--sessions", type=int, default=1000, help="size of the generated event")
    args = parser.parse_args(argv)
    from desktop.printing.booklet import ensure_gui_application

    ensure_gui_application()
    folder = Path(tempfile.mkdtemp(prefix="slotwise-programme-"))
    rows = rows_of("sample (64)", solved_sample(folder), folder)
    generated = project_from(generate_event(args.sessions, seed=1, with_schedule=True), folder,
                             "generated")
    rows += rows_of(f"generated ({args.sessions})", generated, folder)
    print(table(["event", "language", "sessions", "day-city sections", "PDF pages", "read (s)",
                 "HTML (s)", "PDF (s)"], rows))
    print(f"\nfiles in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
