"""Run a solve: build the model, search with progress and cancel, read the schedule back."""

from __future__ import annotations

import threading
import time
from typing import Callable

from ortools.sat.python import cp_model

from ..problem import Placement, Problem, Schedule
from .construct import construct
from .context import Context
from .explain import explain
from .hard import add_hard_rules
from .objective import add_objective, term_costs
from .result import (FEASIBLE, INFEASIBLE, INVALID, OPTIMAL, STOPPED, TIMED_OUT, Progress,
                     SolveResult)
from .variables import build_sessions

CancelFlag = threading.Event | Callable[[], bool] | None


def build(problem: Problem, *, previous: Schedule | None = None, now: int | None = None,
          explain_mode: bool = False) -> tuple[Context, list]:
    """The whole model: variables, hard rules and (outside explain mode) the objective."""
    ctx = Context(problem, previous=previous, now=now, explain=explain_mode)
    build_sessions(ctx)
    add_hard_rules(ctx)
    return ctx, ([] if explain_mode else add_objective(ctx))


def add_relaxed_rules(ctx: Context) -> None:
    """The hard rules, with required sessions allowed out at a cost of 1 each."""
    ctx.relaxed = True
    add_hard_rules(ctx)
    ctx.model.minimize(sum(1 - v.present for v in ctx.sessions.values() if not v.info.optional))


class _Watcher(cp_model.CpSolverSolutionCallback):
    """Reports progress on every better schedule and bound; stops the search on cancel."""

    def __init__(self, solver: cp_model.CpSolver, on_progress, cancelled: Callable[[], bool],
                 started: float):
        super().__init__()
        self.solver = solver
        self.on_progress = on_progress
        self.cancelled = cancelled
        self.started = started
        self.history: list[Progress] = []
        self.first_solution_after: float | None = None
        self.objective: float | None = None
        self.bound: float | None = None
        self.on_schedule: Callable[[], None] | None = None
        self.lock = threading.Lock()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def report(self) -> None:
        step = Progress(self.elapsed(), self.objective, self.bound, len(self.history) + 1)
        self.history.append(step)
        if self.on_progress:
            self.on_progress(step)

    def on_solution_callback(self) -> None:
        with self.lock:
            if self.first_solution_after is None:
                self.first_solution_after = self.elapsed()
            self.objective = self.objective_value
            self.bound = self.best_objective_bound
            self.report()
            if self.on_schedule is not None:
                self.on_schedule()
        if self.cancelled():
            self.stop_search()

    def on_bound(self, bound: float) -> None:
        with self.lock:
            self.bound = bound
            self.report()


def cancel_check(cancel: CancelFlag) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def solve(problem: Problem, *, time_limit: float = 30.0, workers: int = 2, seed: int = 0,
          previous: Schedule | None = None, now: int | None = None,
          on_progress: Callable[[Progress], None] | None = None, cancel: CancelFlag = None,
          explain_infeasible: bool = True,
          on_schedule: Callable[[float, Schedule], None] | None = None) -> SolveResult:
    """Find the best schedule within ``time_limit`` seconds.

    ``previous`` is the schedule to keep stable (and the search's starting hint);
    sessions of it that started before ``now`` are frozen. ``cancel`` (an Event or a
    callable) stops the search; the best schedule so far is returned with status
    "stopped". With one worker and the same seed the answer is reproducible.
    ``on_schedule(seconds, schedule)`` receives the first schedule and every better one
    (on the solver's thread; keep it quick).
    """
    started = time.monotonic()
    cancelled = cancel_check(cancel)
    seed_schedule, first_after = _first_schedule(problem, previous, now, time_limit, workers, seed,
                                                 cancelled)
    ctx, terms = build(problem, previous=previous, now=now)
    if seed_schedule is not None and on_schedule is not None:
        on_schedule(time.monotonic() - started, seed_schedule)
    if seed_schedule is not None:
        complete_hint(ctx, seed_schedule, min(10.0, time_limit / 4), cancelled)
    else:
        add_hints(ctx, previous)
    solver = _solver(max(0.01, time_limit - (time.monotonic() - started)), workers, seed)
    watcher = _Watcher(solver, on_progress, cancelled, started)
    watcher.first_solution_after = first_after
    if on_schedule is not None:
        watcher.on_schedule = lambda: on_schedule(watcher.elapsed(), read_schedule(ctx, watcher))
    solver.best_bound_callback = watcher.on_bound
    status = _run(solver, ctx.model, watcher, cancelled)
    return _result(ctx, solver, status, terms, watcher, cancelled(), started, explain_infeasible,
                   previous, now, seed_schedule)


def complete_hint(ctx: Context, schedule: Schedule, time_limit: float, cancelled) -> None:
    """Hint every variable of the model, not only the placements.

    A copy of the model with the placements fixed is solved first (quick: only
    the cost variables are left), and its whole solution becomes the hint, so
    the search starts from a complete schedule with its exact cost.
    """
    add_hints(ctx, schedule, complete=True)
    fixed = ctx.model.clone()
    for key, v in ctx.sessions.items():
        placed = schedule.get(key)
        lits = [(v.present, int(placed is not None))]
        lits += [(lit, int(placed is not None and placed.room == room)) for room, lit in v.rooms.items()]
        lits += [(lit, int(placed is not None and placed.channel == c)) for c, lit in v.channels.items()]
        for var, value in lits:
            fixed.add(fixed.get_bool_var_from_proto_index(var.index) == value)
        if placed is not None:
            fixed.add(fixed.get_int_var_from_proto_index(v.start.index) == ctx.step(placed.start))
    solver = _solver(time_limit, 1, 0)
    solver.parameters.stop_after_first_solution = True
    status = _run(solver, fixed, None, cancelled)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return
    values = solver.response_proto.solution
    ctx.model.clear_hints()
    for index in range(len(ctx.model.proto.variables)):
        ctx.model.add_hint(ctx.model.get_int_var_from_proto_index(index), values[index])


def _solver(time_limit: float, workers: int, seed: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.random_seed = seed
    solver.parameters.catch_sigint_signal = False  # Ctrl-C belongs to the caller (cancel)
    return solver


def _run(solver: cp_model.CpSolver, model: cp_model.CpModel, callback, cancelled) -> int:
    """Solve on this thread while a poller turns a cancel request into stop_search()."""
    stop = threading.Event()
    poller = threading.Thread(target=_poll_cancel, args=(solver, cancelled, stop), daemon=True)
    poller.start()
    try:
        return solver.solve(model, callback) if callback is not None else solver.solve(model)
    finally:
        stop.set()
        poller.join()


def _first_schedule(problem, previous, now, time_limit, workers, seed, cancelled):
    """Phase 1: a schedule that keeps every hard rule, found without the soft rules.

    Required sessions may be left out here, at a cost of 1 each, so the greedy
    list schedule of construct.py (which may miss a few) is already a complete
    solution: CP-SAT's neighbourhood search then fits the missing ones in.
    Returns (schedule, seconds) when every required session is placed, and
    (None, None) otherwise; a proof that some must stay out means infeasible.
    """
    started = time.monotonic()
    ctx = Context(problem, previous=previous, now=now)
    build_sessions(ctx)  # the greedy needs only each session's possible starts, rooms and channels
    greedy = construct(ctx, keep=previous)
    if all(key in greedy for key, v in ctx.sessions.items() if not v.info.optional):
        return greedy, time.monotonic() - started
    add_relaxed_rules(ctx)
    add_hints(ctx, greedy, complete=True)
    solver = _solver(max(0.01, time_limit / 2), workers, seed)
    watcher = _StopWhenComplete()
    status = _run(solver, ctx.model, watcher, cancelled)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and round(solver.objective_value) == 0:
        return read_schedule(ctx, solver), time.monotonic() - started
    return None, None


class _StopWhenComplete(cp_model.CpSolverSolutionCallback):
    def on_solution_callback(self) -> None:
        if round(self.objective_value) == 0:
            self.stop_search()


def _poll_cancel(solver: cp_model.CpSolver, cancelled, stop: threading.Event) -> None:
    while not stop.wait(0.05):
        if cancelled():
            solver.stop_search()
            return


def add_hints(ctx: Context, previous: Schedule | None, complete: bool = False) -> None:
    """Hint the placements of ``previous``; with ``complete``, also hint the others as left out."""
    for key, v in ctx.sessions.items():
        placed = (previous or {}).get(key)
        if placed is None:
            if complete:
                ctx.model.add_hint(v.present, 0)
                ctx.model.add_hint(v.start, ctx.step(v.starts[0]))
                for lit in (*v.rooms.values(), *v.channels.values()):
                    ctx.model.add_hint(lit, 0)
            continue
        ctx.model.add_hint(v.present, 1)
        if placed.start in v.starts:
            ctx.model.add_hint(v.start, ctx.step(placed.start))
        for room, lit in v.rooms.items():
            ctx.model.add_hint(lit, int(room == placed.room))
        for channel, lit in v.channels.items():
            ctx.model.add_hint(lit, int(channel == placed.channel))


def read_schedule(ctx: Context, solver) -> Schedule:
    """The schedule of a solver's answer (or of a solution callback's current one)."""
    schedule = {}
    for key, v in ctx.sessions.items():
        if not solver.boolean_value(v.present):
            continue
        room = next((r for r, lit in v.rooms.items() if solver.boolean_value(lit)), None)
        channel = next((c for c, lit in v.channels.items() if solver.boolean_value(lit)), None)
        schedule[key] = Placement(key, solver.value(v.start) * ctx.g, room, channel)
    return schedule


def _result(ctx, solver, status, terms, watcher, was_cancelled, started, explain_infeasible,
            previous, now, fallback=None) -> SolveResult:
    common = dict(elapsed=time.monotonic() - started, progress=tuple(watcher.history),
                  first_solution_after=watcher.first_solution_after)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        label = OPTIMAL if status == cp_model.OPTIMAL else (STOPPED if was_cancelled else TIMED_OUT)
        return SolveResult(status=label, schedule=read_schedule(ctx, solver),
                           objective=round(solver.objective_value),
                           bound=solver.best_objective_bound, costs=term_costs(ctx, solver, terms),
                           **common)
    if status == cp_model.INFEASIBLE:
        why = explain(ctx.problem, previous=previous, now=now) if explain_infeasible else None
        return SolveResult(status=INFEASIBLE, schedule=None, explanation=why,
                           message=why.text() if why else "No schedule exists.", **common)
    if status == cp_model.MODEL_INVALID:
        return SolveResult(status=INVALID, schedule=None,
                           message=f"internal model error: {ctx.model.validate()}", **common)
    label = STOPPED if was_cancelled else TIMED_OUT
    if fallback is not None:
        return SolveResult(status=label, schedule=fallback, bound=None, message=(
            "Only a first schedule that keeps every hard rule was found; allow more time to "
            "improve it."), **common)
    return SolveResult(status=label, schedule=None,
                       message="Stopped before any schedule was found." if was_cancelled
                       else "No schedule found within the time limit; allow more time.", **common)


__all__ = ["FEASIBLE", "solve", "build", "read_schedule"]
