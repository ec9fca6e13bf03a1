"""The OptaPlanner conference-scheduling datasets, solved by Slotwise and scored by OptaPlanner's rules.

    python -m tests.benchmarks.optaplanner --time-limit 60            # all four datasets, 5 seeds
    python -m tests.benchmarks.optaplanner --datasets 72 --seeds 1 --time-limit 20

Per dataset: import the .xlsx (../shared/benchmarks/optaplanner-conference/), solve as
`slotwise solve --resolve` does (stable against the published version) on 2 workers, once per
seed; every better schedule is scored exactly (scheduler.optaplanner.score), so one run gives the
score at the checkpoint (10 s) and at the end. Printed: time to the first schedule with zero hard
score, the scores (min / median / max over the seeds), CP-SAT's best bound (a lower bound of the
modelled part of the soft score, see scheduler/optaplanner/rules_map.py), every schedule's
validator check, and the per-constraint breakdown of the median seed's final schedule. Markdown
tables, for tests/benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scheduler.optaplanner import score
from scheduler.optaplanner.project_import import import_dataset
from scheduler.optaplanner.project_score import profile_of, schedule_assignment
from scheduler.optaplanner.rules_map import MEDIUM
from scheduler.snapshot import previous_schedule, snapshot
from scheduler.solver import solve
from scheduler.validator import validate

from .common import table

FOLDER = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "optaplanner-conference"
FILES = {18: "18talks-6timeslots-5rooms.xlsx", 36: "36talks-12timeslots-5rooms.xlsx",
         72: "72talks-12timeslots-10rooms.xlsx", 108: "108talks-18timeslots-10rooms.xlsx"}
REFERENCE = {72: -1_025_250}  # OptaPlanner's own regression target (soft, within 600 s)
WORKERS = 2


@dataclass
class Run:
    seed: int
    zero_hard_after: float | None  # seconds to the first schedule with 0 hard
    at_checkpoint: object  # Score of the best schedule found by the checkpoint
    final: object  # Score of the final schedule
    bound: float | None
    feasible: bool  # the validator found no hard violation


def scored(profile, problem, schedule):
    return score(profile.dataset, schedule_assignment(profile, problem, schedule))


def run_once(path: Path, seed: int, time_limit: float, checkpoint: float) -> Run:
    from scheduler import Project

    with Project.open(path) as project:
        profile = profile_of(project)
        problem = snapshot(project)
        previous = previous_schedule(project, problem)
    seen: list[tuple[float, dict]] = []
    result = solve(problem, time_limit=time_limit, workers=WORKERS, seed=seed, previous=previous,
                   on_schedule=lambda t, schedule: seen.append((t, schedule)))
    scores = [(t, scored(profile, problem, schedule)) for t, schedule in seen]
    zero = next((t for t, s in scores if s.init == 0 and s.hard == 0), None)
    early = [s for t, s in scores if t <= checkpoint]
    final = scored(profile, problem, result.schedule)
    check = validate(problem, result.schedule, previous=previous)
    # The objective is medium points × MEDIUM + the modelled soft points; no medium point is left.
    bound = None if result.bound is None else max(0.0, result.bound) % MEDIUM
    return Run(seed, zero, early[-1] if early else None, final, bound, check.is_feasible)


def text(s) -> str:
    return "—" if s is None else f"{s.hard}hard/{s.medium}medium/{s.soft}soft" + (
        f" ({s.init}init)" if s.init else "")


def spread(scores) -> str:
    found = [s for s in scores if s is not None]
    if not found:
        return "—"
    ordered = sorted(found, key=lambda s: s.key)
    return " / ".join(text(s) for s in (ordered[0], ordered[len(ordered) // 2], ordered[-1]))


def bench(size: int, seeds: int, time_limit: float, checkpoint: float, folder: Path):
    path = folder / f"t{size}.slotwise"
    import_dataset(FOLDER / FILES[size], path, replace=True).close()
    runs = [run_once(path, seed, time_limit, checkpoint) for seed in range(seeds)]
    for run in runs:
        print(f"  {size} talks, seed {run.seed}: {text(run.final)}", file=sys.stderr, flush=True)
    zero = [r.zero_hard_after for r in runs if r.zero_hard_after is not None]
    median = sorted(runs, key=lambda r: r.final.key)[len(runs) // 2]
    bounds = [r.bound for r in runs if r.bound is not None]
    row = [size, f"{max(zero):.2f}" if len(zero) == len(runs) else "not always",
           spread([r.at_checkpoint for r in runs]), spread([r.final for r in runs]),
           (f"-{max(bounds):,.0f}" if max(bounds) > 0 else "0 (nothing proven)") if bounds else "—",
           "yes" if all(r.feasible for r in runs) else "NO"]
    if size in REFERENCE:
        best = max(r.final.soft for r in runs if r.final.hard == 0 and r.final.medium == 0)
        row.append(f"{REFERENCE[size]:,} soft: {'beaten' if best > REFERENCE[size] else 'missed'}"
                   f" ({sum(r.final.soft > REFERENCE[size] for r in runs)}/{len(runs)} seeds)")
    else:
        row.append("")
    return row, median


def breakdown(size: int, run: Run) -> str:
    rows = [[c.name, c.level, len(c.matches), f"{c.total:,}"] for c in run.final.constraints if c.matches]
    return f"{size} talks, seed {run.seed} (median), final {text(run.final)}:\n\n" + table(
        ["constraint", "level", "matches", "score"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.optaplanner")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--checkpoint", type=float, default=10.0)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--datasets", type=int, nargs="*", choices=sorted(FILES), default=sorted(FILES))
    args = parser.parse_args(argv)
    if not FOLDER.is_dir():
        print(f"The OptaPlanner datasets are not here: {FOLDER}", file=sys.stderr)
        return 2
    rows, details = [], []
    with tempfile.TemporaryDirectory(prefix="slotwise-optaplanner-") as folder:
        for size in args.datasets:
            row, median = bench(size, args.seeds, args.time_limit, args.checkpoint, Path(folder))
            rows.append(row)
            details.append(breakdown(size, median))
    t, c = f"{args.time_limit:.0f} s", f"{args.checkpoint:.0f} s"
    print(f"{args.seeds} seeds, {WORKERS} workers; scores as min / median / max\n")
    print(table(["talks", "0 hard after (s, worst seed)", f"score at {c}", f"score at {t}",
                 "soft bound (modelled part)", "validator: no hard", "reference"], rows))
    for text_ in details:
        print("\n" + text_)
    return 0


if __name__ == "__main__":
    sys.exit(main())
