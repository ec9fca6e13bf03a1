"""Explain infeasibility: which requirements, together, leave no schedule.

The model is rebuilt with every group of hard constraints guarded by an
assumption literal. CP-SAT names a sufficient set of assumptions; a few
re-solves then drop the ones that are not needed, so the organiser sees a
small set of requirements, in words, with the things they concern.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from ..problem import Problem, Schedule
from .result import Conflict, Explanation

CORE_TIME_LIMIT = 20.0
SHRINK_TIME_LIMIT = 2.0
SHRINK_MAX_SIZE = 40


def explain(problem: Problem, *, previous: Schedule | None = None, now: int | None = None) -> Explanation:
    from .run import build

    ctx, _ = build(problem, previous=previous, now=now, explain_mode=True)
    literals = [g.literal for g in ctx.guards]
    core = _core(ctx.model, literals, CORE_TIME_LIMIT)
    if core is None:
        return Explanation(conflicts=())
    minimal = False
    if len(core) <= SHRINK_MAX_SIZE:
        core, minimal = _shrink(ctx.model, core)
    by_index = {g.literal.index: g for g in ctx.guards}
    conflicts = tuple(Conflict(g.rule, g.description, g.subjects, g.wording, g.params)
                      for g in (by_index[i] for i in sorted(core)))
    return Explanation(conflicts=conflicts, minimal=minimal)


def _solver(time_limit: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    solver.parameters.catch_sigint_signal = False
    return solver


def _core(model: cp_model.CpModel, literals, time_limit: float) -> list[int] | None:
    model.clear_assumptions()
    model.add_assumptions(literals)
    solver = _solver(time_limit)
    if solver.solve(model) != cp_model.INFEASIBLE:
        return None
    return list(solver.sufficient_assumptions_for_infeasibility())


def _shrink(model: cp_model.CpModel, core: list[int]) -> tuple[list[int], bool]:
    """Drop every assumption the conflict does not need (deletion filter)."""
    kept = list(core)
    minimal = True
    for index in list(core):
        trial = [i for i in kept if i != index]
        model.clear_assumptions()
        model.add_assumptions([model.get_bool_var_from_proto_index(i) for i in trial])
        status = _solver(SHRINK_TIME_LIMIT).solve(model)
        if status == cp_model.INFEASIBLE:
            kept = trial
        elif status != cp_model.FEASIBLE and status != cp_model.OPTIMAL:
            minimal = False
    return kept, minimal
