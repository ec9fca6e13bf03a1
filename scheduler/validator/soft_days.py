"""Soft rules about each person's and group's days: idle gaps, city changes, days used."""

from __future__ import annotations

from math import ceil
from typing import Iterator

from ..problem import Span
from ..weights import IDLE_ALLOWANCE_MINUTES
from .plan import Item, Plan, by_day
from .violation import Violation, soft
from .wording import phrase

PEOPLE, GROUPS = "people", "groups"


def _subjects(plan: Plan, onsite_only: bool = False) -> Iterator[tuple[str, str, tuple, list[Item]]]:
    """(field, key, owner, sessions) per person and group; people's on-site sessions when asked."""
    for key, items in sorted(plan.by_person.items()):
        if onsite_only:
            items = [i for i in items if key in i.onsite_people]
        yield PEOPLE, key, ("person", key), items
    for key, items in sorted(plan.by_group.items()):
        yield GROUPS, key, ("group", key), items


def _soft(rule: str, cost: int, said, field: str, key: str, items: list[Item],
          span: Span) -> Violation:
    return soft(rule, cost, said, sessions=tuple(i.key for i in items), times=(span,), **{field: (key,)})


def idle_gap(plan: Plan) -> Iterator[Violation]:
    """Soft: per person and group, per day: span of the day − busy minutes − 60, if positive."""
    p = plan.problem
    for field, key, owner, items in _subjects(plan):
        for _, found in sorted(by_day(items).items()):
            first, last = min(i.start for i in found), max(i.end for i in found)
            idle = last - first - sum(i.info.duration for i in found)
            cost = plan.cost("idle_gap", max(0, idle - IDLE_ALLOWANCE_MINUTES)) if len(found) > 1 else 0
            if cost:
                said = phrase(p, "idle_gap.waits", owner=owner, idle=idle, day=first,
                              sessions=tuple(i.key for i in found))
                yield _soft("idle_gap", cost, said, field, key, found, Span(first, last))


def city_change(plan: Plan) -> Iterator[Violation]:
    """Soft: per person (on site) and group, per day: the distinct cities of its sessions − 1."""
    p = plan.problem
    for field, key, owner, items in _subjects(plan, onsite_only=True):
        for _, found in sorted(by_day(i for i in items if i.city).items()):
            cities = list(dict.fromkeys(i.city for i in found))
            cost = plan.cost("city_change", len(cities) - 1)
            if cost:
                span = Span(min(i.start for i in found), max(i.end for i in found))
                said = phrase(p, "city_change.cities", owner=owner, count=len(cities), day=span.start,
                              by_city=_by_city(found, cities))
                yield _soft("city_change", cost, said, field, key, found, span)


def days_spread(plan: Plan) -> Iterator[Violation]:
    """Soft: per person and group: days used − the days its busy minutes need (at least 1)."""
    shortest = max(1, min((h.end - h.start for h in plan.problem.event.hours), default=1))
    for field, key, owner, items in _subjects(plan):
        if not items:
            continue
        used = len({i.day for i in items})
        needed = max(1, ceil(sum(i.info.duration for i in items) / shortest))
        cost = plan.cost("days_spread", max(0, used - needed))
        if cost:
            span = Span(min(i.start for i in items), max(i.end for i in items))
            said = phrase(plan.problem, "days_spread.spread", owner=owner,
                          sessions=tuple(i.key for i in items), used=used, needed=needed)
            yield _soft("days_spread", cost, said, field, key, items, span)


def _by_city(items: list[Item], cities: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each city with its sessions, e.g. (("jinan", ("opening",)), ("dezhou", ("site-visit",)))."""
    return tuple((c, tuple(i.key for i in items if i.city == c)) for c in cities)
