"""A peer side by side: PyCon UK's conference-scheduler (an ILP on PuLP/CBC) and Slotwise on the
same generated events, in one run on one machine.

    python -m tests.benchmarks.peer                                   # 20, 50, 100 events, seeds 1-3, 30 s (~8 min)
    python -m tests.benchmarks.peer --sizes 20 --seeds 1 --time-limit 10 --resolve-limit 5

The events lie inside the peer's model (tests/benchmarks/peer_model.py); peer_translate.py
gives the same event to Slotwise, peer_cs.py to the peer. Both schedules are measured by the
same functions (the peer's capacity-demand difference; on a re-solve its number of changes)
and checked by Slotwise's independent validator. Prints Markdown tables (copied into
tests/benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import dataclass

from scheduler.problem import Problem
from scheduler.snapshot import snapshot
from scheduler.solver import SolveResult, solve
from scheduler.validator import validate

from .common import project_from, seconds, table
from .peer_cs import Findings, PeerRun, findings, solve_peer
from .peer_model import (Assignment, Instance, capacity_demand_difference, generate,
                         number_of_changes, seats_short)
from .peer_translate import from_schedule, to_schedule, to_slotwise, translation_gaps

WORKERS = 2


@dataclass(frozen=True)
class SlotwiseRun:
    result: SolveResult
    seconds: float
    assignment: Assignment | None
    hard: int  # the validator's hard findings (must be 0)


def slotwise_problem(instance: Instance) -> Problem:
    gaps = translation_gaps(instance)
    if gaps:
        raise AssertionError("the two models disagree: " + "; ".join(gaps[:3]))
    return snapshot(project_from(to_slotwise(instance), name="peer"))


def solve_slotwise(instance: Instance, problem: Problem, *, time_limit: float,
                   previous: Assignment | None = None) -> SlotwiseRun:
    before = to_schedule(instance, problem, previous) if previous is not None else None
    started = time.perf_counter()
    result = solve(problem, time_limit=time_limit, workers=WORKERS, previous=before)
    seconds = time.perf_counter() - started
    if result.schedule is None:
        return SlotwiseRun(result, seconds, None, 0)
    assignment, off_grid = from_schedule(instance, problem, result.schedule)
    if off_grid:
        raise AssertionError(f"Slotwise placed {off_grid} where the peer has no slot")
    hard = len(validate(problem, result.schedule, previous=before).hard)
    return SlotwiseRun(result, seconds, assignment, hard)


def best_at(result: SolveResult) -> float | None:
    """When the returned schedule was found (the first progress report with its cost)."""
    found = [p.elapsed for p in result.progress
             if p.objective is not None and result.objective is not None
             and p.objective <= result.objective]
    return found[0] if found else result.first_solution_after


def must_move(before: Instance, after: Instance, assignment: Assignment) -> int:
    """Events whose slot in ``assignment`` the change takes away, or that get a new clash with an
    event they now overlap (one of the two must move)."""
    gone = sum(1 for e in after.events if assignment[e.name] not in after.eligible(e))
    new = set(after.not_same_time()) - set(before.not_same_time())
    duration = {e.name: e.duration for e in after.events}

    def overlap(a: str, b: str) -> bool:
        x, y = after.slots[assignment[a]], after.slots[assignment[b]]
        return x.day == y.day and x.start < y.start + duration[b] and y.start < x.start + duration[a]

    return gone + sum(1 for a, b in new if overlap(a, b))


def _time(seconds: float, status: str) -> str:
    return f"{seconds:.2f}" + ("" if status == "optimal" else f" ({status.replace('_', ' ')})")


def _ratio(a, b) -> str:
    return "—" if a is None or not b else f"{a / b:.2f}"


def _dash(value) -> str:
    return "—" if value is None else str(value)


@dataclass
class Pair:
    """Both solvers on one event: the first solve and the re-solve after the change."""

    size: int
    seed: int
    before: Instance
    after: Instance
    ours: SlotwiseRun
    peer: PeerRun
    ours2: SlotwiseRun
    peer2: PeerRun | None
    peer_found: Findings | None
    peer2_found: Findings | None
    costs: tuple  # Slotwise's own cost of (its schedule, the peer's schedule)


def compare(size: int, seed: int, time_limit: float, resolve_limit: float) -> Pair:
    before, after = generate(size, seed)
    problem, changed = slotwise_problem(before), slotwise_problem(after)
    peer = solve_peer(before, time_limit=time_limit)
    ours = solve_slotwise(before, problem, time_limit=time_limit)
    peer2 = solve_peer(after, time_limit=resolve_limit, previous=peer.assignment) if peer.assignment else None
    ours2 = solve_slotwise(after, changed, time_limit=resolve_limit, previous=ours.assignment)
    cost = lambda a: validate(problem, to_schedule(before, problem, a)).total_cost if a else None
    return Pair(size, seed, before, after, ours, peer, ours2, peer2,
                findings(before, problem, peer.assignment) if peer.assignment else None,
                findings(after, changed, peer2.assignment) if peer2 and peer2.assignment else None,
                (cost(ours.assignment), cost(peer.assignment)))


def _measure(instance: Instance, run) -> int | None:
    return capacity_demand_difference(instance, run.assignment) if run and run.assignment else None


def _changes(old: Assignment | None, run) -> int | None:
    return number_of_changes(old, run.assignment) if old and run and run.assignment else None


def solve_table(pairs: list[Pair]) -> str:
    rows = []
    for p in pairs:
        ours, peer = _measure(p.before, p.ours), _measure(p.before, p.peer)
        best = best_at(p.ours.result)
        rows.append([p.size, p.seed, len(p.before.slots), len(p.before.not_same_time()),
                     _time(p.ours.seconds, p.ours.result.status), seconds(best),
                     _time(p.peer.seconds, p.peer.status), _ratio(p.ours.seconds, p.peer.seconds),
                     _ratio(best, p.peer.seconds), _dash(ours), _dash(peer), _ratio(ours, peer),
                     f"{_dash(p.costs[0])} / {_dash(p.costs[1])}"])
    return table(["events", "seed", "slots", "pairs that must not overlap", "Slotwise s",
                  "Slotwise best found at s", "peer s", "time ratio", "time ratio (best found)",
                  "Slotwise objective", "peer objective", "objective ratio",
                  "Slotwise's own cost (Slotwise / peer)"], rows)


def _found(f: Findings | None) -> list:
    return ["—"] * 4 if f is None else [f.hard, f.partial_overlap, f.missed_clash, f.over_capacity]


def findings_table(pairs: list[Pair]) -> str:
    rows = [[p.size, p.seed, p.ours.hard, *_found(p.peer_found),
             _dash(p.peer.assignment and seats_short(p.before, p.peer.assignment)),
             p.ours2.hard, *_found(p.peer2_found)] for p in pairs]
    return table(["events", "seed", "Slotwise hard", "peer hard", "peer partial-overlap clashes",
                  "peer nested-slot clashes", "peer over capacity", "peer seats short",
                  "re-solve: Slotwise hard", "peer hard", "peer partial-overlap clashes",
                  "peer nested-slot clashes", "peer over capacity"], rows)


def resolve_table(pairs: list[Pair]) -> str:
    rows = []
    for p in pairs:
        ours, peer = _changes(p.ours.assignment, p.ours2), _changes(p.peer.assignment, p.peer2)
        best = best_at(p.ours2.result)
        peer_must = must_move(p.before, p.after, p.peer.assignment) if p.peer.assignment else None
        ours_must = must_move(p.before, p.after, p.ours.assignment) if p.ours.assignment else None
        rows.append([p.size, p.seed, _dash(ours_must),
                     _time(p.ours2.seconds, p.ours2.result.status), seconds(best),
                     _dash(ours), _dash(peer_must),
                     _time(p.peer2.seconds, p.peer2.status) if p.peer2 else "—", _dash(peer),
                     _ratio(p.ours2.seconds, p.peer2 and p.peer2.seconds),
                     _ratio(best, p.peer2 and p.peer2.seconds), _ratio(ours, peer)])
    return table(["events", "seed", "Slotwise must move", "Slotwise s", "Slotwise best found at s",
                  "Slotwise changes", "peer must move", "peer s", "peer changes", "time ratio",
                  "time ratio (best found)", "changes ratio"], rows)


def wrong_table(pairs: list[Pair]) -> str:
    """Per size: how many of the peer's schedules are wrong for the organiser, and why."""
    rows = []
    for size in sorted({p.size for p in pairs}):
        found = [f for p in pairs if p.size == size for f in (p.peer_found, p.peer2_found)]
        done = [f for f in found if f is not None]
        rows.append([size, f"{len(done)} of {len(found)}",
                     sum(1 for f in done if f.partial_overlap), sum(f.partial_overlap for f in done),
                     sum(1 for f in done if f.missed_clash), sum(1 for f in done if f.over_capacity),
                     sum(1 for f in done if f.hard)])
    return table(["events", "peer schedules (solve + re-solve)", "with a partial-overlap clash",
                  "partial-overlap clashes", "with a nested-slot clash", "with an event over capacity",
                  "wrong for the organiser"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 50, 100])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--time-limit", type=float, default=30.0,
                        help="seconds, each solver, first solve (for the peer: CBC's own time)")
    parser.add_argument("--resolve-limit", type=float, default=30.0,
                        help="seconds, each solver, re-solve")
    args = parser.parse_args()
    started = time.monotonic()
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    pairs = []
    for size in args.sizes:
        for seed in args.seeds:
            pairs.append(compare(size, seed, args.time_limit, args.resolve_limit))
            print(f"{size} events, seed {seed}: done; change: {pairs[-1].after.change}", flush=True)
    print(f"\n## First solve ({WORKERS} workers / CBC threads, {args.time_limit:.0f} s each)\n")
    print(solve_table(pairs))
    print("\n## What Slotwise's validator finds\n")
    print(findings_table(pairs))
    print(f"\n## Re-solve after the change ({args.resolve_limit:.0f} s each)\n")
    print(resolve_table(pairs))
    print("\n## Peer schedules wrong for the organiser\n")
    print(wrong_table(pairs))
    print(f"\n(benchmark took {time.monotonic() - started:.0f} s; load average at the end "
          f"{os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
