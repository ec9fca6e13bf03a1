"""Soft rules about each person's and group's days: idle gaps, city changes, days used."""

from __future__ import annotations

from math import ceil
from typing import Iterator

from ..problem import Span
from ..weights import IDLE_ALLOWANCE_MINUTES
from . import messages as say
from .plan import Item, Plan, by_day
from .violation import Violation, soft

PEOPLE, GROUPS = "people", "groups"


def _subjects(plan: Plan, onsite_only: bool = False) -> Iterator[tuple[str, str, str, list[Item]]]:
    """(field, key, name, sessions) per person and group; people's on-site sessions when asked."""
    for key, items in sorted(plan.by_person.items()):
        if onsite_only:
            items = [i for i in items if key in i.onsite_people]
        yield PEOPLE, key, say.person(plan.problem, key), items
    for key, items in sorted(plan.by_group.items()):
        yield GROUPS, key, say.group(plan.problem, key), items


def _soft(rule: str, cost: int, message: str, field: str, key: str, items: list[Item],
          span: Span) -> Violation:
    return soft(rule, cost, message, sessions=tuple(i.key for i in items), times=(span,), **{field: (key,)})


def idle_gap(plan: Plan) -> Iterator[Violation]:
    """Soft: per person and group, per day: span of the day − busy minutes − 60, if positive."""
    p = plan.problem
    for field, key, name, items in _subjects(plan):
        for _, found in sorted(by_day(items).items()):
            first, last = min(i.start for i in found), max(i.end for i in found)
            idle = last - first - sum(i.info.duration for i in found)
            cost = plan.cost("idle_gap", max(0, idle - IDLE_ALLOWANCE_MINUTES)) if len(found) > 1 else 0
            if cost:
                yield _soft("idle_gap", cost, f"{name} waits {idle} minutes between sessions on "
                            f"{say.local_day(p, first)} ({say.titles(i.info for i in found)})",
                            field, key, found, Span(first, last))


def city_change(plan: Plan) -> Iterator[Violation]:
    """Soft: per person (on site) and group, per day: the distinct cities of its sessions − 1."""
    p = plan.problem
    for field, key, name, items in _subjects(plan, onsite_only=True):
        for _, found in sorted(by_day(i for i in items if i.city).items()):
            cities = list(dict.fromkeys(i.city for i in found))
            cost = plan.cost("city_change", len(cities) - 1)
            if cost:
                span = Span(min(i.start for i in found), max(i.end for i in found))
                yield _soft("city_change", cost, f"{name} goes to {len(cities)} cities on "
                            f"{say.local_day(p, span.start)}: {_by_city(p, found, cities)}",
                            field, key, found, span)


def days_spread(plan: Plan) -> Iterator[Violation]:
    """Soft: per person and group: days used − the days its busy minutes need (at least 1)."""
    shortest = max(1, min((h.end - h.start for h in plan.problem.event.hours), default=1))
    for field, key, name, items in _subjects(plan):
        if not items:
            continue
        used = len({i.day for i in items})
        needed = max(1, ceil(sum(i.info.duration for i in items) / shortest))
        cost = plan.cost("days_spread", max(0, used - needed))
        if cost:
            span = Span(min(i.start for i in items), max(i.end for i in items))
            yield _soft("days_spread", cost, f"{name}'s sessions ({say.titles(i.info for i in items)}) "
                        f"are spread over {used} days; {say.plural(needed, 'day')} would do",
                        field, key, items, span)


def _by_city(problem, items: list[Item], cities: list[str]) -> str:
    """E.g. "Jinan ('Opening') and Dezhou ('Site Visit')"."""
    return say.and_list([f"{say.city(problem, c)} ({say.titles(i.info for i in items if i.city == c)})"
                         for c in cities])
