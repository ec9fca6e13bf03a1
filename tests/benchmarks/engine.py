"""Engine benchmarks: the sample event, re-solve scenarios, and scaling.

    python -m tests.benchmarks.engine                  # everything (several minutes)
    python -m tests.benchmarks.engine --only sample --time-limit 60
    python -m tests.benchmarks.engine --only resolve
    python -m tests.benchmarks.engine --only scaling --sizes 100 300 1000 3000

Prints Markdown tables (copied into tests/benchmarks/README.md). Every schedule
is checked by the independent validator; a row with hard violations says so.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from resources import sample_path
from scheduler.snapshot import snapshot, stored_schedule
from scheduler.solver import solve
from scheduler.validator import validate

from .common import project_from, seconds, table
from .scenarios import SCENARIOS, moved, forced

WORKERS = 2


def bench_sample(time_limit: float) -> str:
    project = project_from(sample_path("shandong"), name="sample")
    problem = snapshot(project)
    result = solve(problem, time_limit=time_limit, workers=WORKERS)
    check = validate(problem, result.schedule) if result.schedule else None
    proven = result.elapsed if result.status == "optimal" else None
    row = [len(problem.sessions), result.status, seconds(result.first_solution_after), seconds(proven),
           result.objective, f"{result.bound:.0f}" if result.bound is not None else "—",
           f"{(result.gap or 0) * 100:.1f} %", "none" if check and check.is_feasible else "YES"]
    return table(["sessions", "status", "first feasible s", "proven optimal s", "cost", "bound",
                  f"gap at {time_limit:.0f} s", "hard violations"], [row])


def bench_resolve(time_limit: float, base_limit: float) -> str:
    rows = []
    for name, change in SCENARIOS.items():
        project = project_from(sample_path("shandong"), name="sample")
        base = solve(snapshot(project), time_limit=base_limit, workers=WORKERS)
        from scheduler.snapshot import save_schedule
        save_schedule(project, snapshot(project), base.schedule)
        before = stored_schedule(project, snapshot(project))
        change(project, before)
        problem = snapshot(project)
        must_move = forced(problem, before)
        for mode, previous in (("re-solve", before), ("from scratch", None)):
            result = solve(problem, time_limit=time_limit, workers=WORKERS, previous=previous)
            ok = result.schedule is not None and validate(problem, result.schedule).is_feasible
            changed = moved(before, result.schedule or {})
            rows.append([name, mode, result.status, seconds(result.first_solution_after),
                         seconds(result.elapsed), len(must_move), len(changed & must_move),
                         len(changed - must_move), "none" if ok else "YES"])
    return table(["scenario", "mode", "status", "first schedule s", "total s", "forced",
                  "moved (forced)", "moved (unforced)", "hard violations"], rows)


def bench_scaling(sizes: list[int], time_limit: float) -> str:
    rows = []
    for size in sizes:
        # One process per size, so the peak memory is that size's own.
        out = subprocess.run([sys.executable, "-m", "tests.benchmarks.scaling_one", str(size),
                              str(time_limit)], capture_output=True, text=True, check=True)
        rows.append(out.stdout.strip().split("\t"))
    return table(["sessions", "rooms", "channels", "status", "first feasible s", f"cost at {time_limit:.0f} s",
                  "bound", "gap", "hard violations", "peak memory MB"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--only", choices=["sample", "resolve", "scaling"])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--resolve-limit", type=float, default=2.0)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000, 3000])
    args = parser.parse_args()
    started = time.monotonic()
    if args.only in (None, "sample"):
        print(f"## Sample event (2 workers, {args.time_limit:.0f} s)\n")
        print(bench_sample(args.time_limit), "\n", flush=True)
    if args.only in (None, "resolve"):
        print(f"## Re-solve scenarios on the solved sample ({args.resolve_limit:.0f} s each)\n")
        print(bench_resolve(args.resolve_limit, min(args.time_limit, 30)), "\n", flush=True)
    if args.only in (None, "scaling"):
        print(f"## Scaling, generated events (2 workers, {args.time_limit:.0f} s)\n")
        print(bench_scaling(args.sizes, args.time_limit), "\n", flush=True)
    print(f"(benchmarks took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
