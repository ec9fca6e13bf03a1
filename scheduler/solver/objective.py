"""The one place where the soft rules' terms are weighed into the objective."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from .context import Context
from .soft import soft_terms


def add_objective(ctx: Context) -> list:
    terms = soft_terms(ctx)
    weight = ctx.problem.weight
    if terms:
        ctx.model.minimize(sum(weight[rule] * amount for rule, amount in terms))
    return terms


def term_costs(ctx: Context, solver: cp_model.CpSolver, terms) -> dict[str, int]:
    """The weighted cost of each soft rule in the solver's answer."""
    costs: dict[str, int] = defaultdict(int)
    for rule, amount in terms:
        costs[rule] += ctx.problem.weight[rule] * round(solver.value(amount))
    return dict(costs)
