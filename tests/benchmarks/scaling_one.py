"""One scaling run in its own process (so peak memory is its own); prints a tab-separated row."""

from __future__ import annotations

import sys

from scheduler.generate import generate_event
from scheduler.snapshot import snapshot
from scheduler.solver import solve
from scheduler.validator import validate

from .common import peak_memory_mb, project_from, seconds


def main(size: int, time_limit: float) -> None:
    project = project_from(generate_event(size, seed=1), name=f"generated-{size}")
    problem = snapshot(project)
    result = solve(problem, time_limit=time_limit, workers=2)
    ok = result.schedule is not None and validate(problem, result.schedule).is_feasible
    print("\t".join(str(x) for x in (
        size, len(problem.rooms), len(problem.channels), result.status,
        seconds(result.first_solution_after), result.objective if result.objective is not None else "—",
        f"{result.bound:.0f}" if result.bound is not None else "—",
        f"{result.gap * 100:.1f} %" if result.gap is not None else "—",
        "none" if ok else "YES", f"{peak_memory_mb():.0f}")))


if __name__ == "__main__":
    main(int(sys.argv[1]), float(sys.argv[2]))
