"""The independent validator: checks any schedule against every rule of docs/rules.md.

It shares no code with the solver; it reads only the problem snapshot, the
rule names and weights, and the event's zone helpers. The GUI uses it to flag
conflicts in hand-made edits, and every solve is checked by it.

    result = validate(problem, schedule, previous=published, now=minute)
    result.is_feasible, result.total_cost, result.costs(), result.for_session("opening")
"""

from __future__ import annotations

from ..problem import Problem, Schedule
from ..weights import HARD_RULES, SOFT_RULES, TAG_FAMILIES
from . import hard, hard_pairs, hard_resources, soft, soft_days, soft_tags, soft_time
from .plan import Plan
from .violation import HARD, SOFT, Validation, Violation

__all__ = ["HARD", "SOFT", "Validation", "Violation", "validate", "RULES"]

_MODULES = (hard, hard_pairs, hard_resources, soft, soft_time, soft_days, soft_tags)

# Each rule name maps to the function of the same name; hard rules first, in the order of weights.py;
# a tag family's function checks each of its categories ("tag_overlap.theme", ...).
RULES = {name: next(getattr(m, name) for m in _MODULES if hasattr(m, name))
         for name in HARD_RULES + SOFT_RULES + TAG_FAMILIES}


def validate(problem: Problem, schedule: Schedule, *, previous: Schedule | None = None,
             now: int | None = None) -> Validation:
    """Every hard and soft violation of ``schedule``.

    ``previous`` (the published schedule) switches on the stability rules; ``now``
    (minutes since the epoch) switches on the frozen rule: sessions that had started
    by then must stay put, and nothing else may start before it.
    """
    plan = Plan(problem, schedule, previous, now)
    return Validation(tuple(v for check in RULES.values() for v in check(plan)))
