"""Hard rules between sessions: shared rooms, channels, people, groups, travel, relations.

Each sweeps one start-sorted list per room, channel, person or group and
compares a session only with those that start before it could be free again;
each offending pair of sessions is reported once, naming everyone it affects.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterator

from ..weights import (CHANNEL_OVERLAP, GROUP_OVERLAP, PERSON_OVERLAP, RELATION, ROOM_OVERLAP,
                       TRAVEL_TIME)
from .plan import Item, Plan, close_pairs, overlapping_pairs
from .violation import Violation, hard
from .wording import phrase


def room_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: one session at a time per room, with the room's changeover between them."""
    for key, items in sorted(plan.by_room.items()):
        info = plan.problem.room.get(key)
        yield from _shared_place(plan, ROOM_OVERLAP, items, dict(room=key),
                                 info.changeover if info else 0, rooms=(key,))


def channel_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: one session at a time per channel, with the channel's changeover between them."""
    for key, items in sorted(plan.by_channel.items()):
        info = plan.problem.channel.get(key)
        yield from _shared_place(plan, CHANNEL_OVERLAP, items, dict(channel=key),
                                 info.changeover if info else 0, channels=(key,))


def _shared_place(plan: Plan, rule: str, items: list[Item], where: dict, changeover: int,
                  **subjects) -> Iterator[Violation]:
    p = plan.problem
    for a, b in close_pairs(items, changeover):
        if a.end + changeover <= b.start or b.end + changeover <= a.start:
            continue
        if a.span.overlaps(b.span):
            said = phrase(p, rule + ".overlap", first=a.key, first_span=a.span, second=b.key,
                          second_span=b.span, **where)
        else:
            said = phrase(p, rule + ".changeover", **where, changeover=changeover, first=a.key,
                          first_end=a.end, second=b.key, second_start=b.start, gap=b.start - a.end)
        yield hard(rule, said, sessions=(a.key, b.key), times=(a.span, b.span), **subjects)


def person_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: nobody has two overlapping sessions, whether on site or remote."""
    found = (("people", key, overlapping_pairs(items)) for key, items in plan.by_person.items())
    for a, b, subjects in _pairs(found):
        yield hard(PERSON_OVERLAP, _double_booked(plan, PERSON_OVERLAP, a, b, **subjects),
                   sessions=(a.key, b.key),
                   times=(a.span, b.span), **subjects)


def group_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: no group has two overlapping sessions that it attends."""
    found = (("groups", key, overlapping_pairs(items)) for key, items in plan.by_group.items())
    for a, b, subjects in _pairs(found):
        yield hard(GROUP_OVERLAP, _double_booked(plan, GROUP_OVERLAP, a, b, **subjects),
                   sessions=(a.key, b.key),
                   times=(a.span, b.span), **subjects)


def _double_booked(plan: Plan, rule: str, a: Item, b: Item, people=(), groups=()):
    return phrase(plan.problem, rule + ".both", who=_who(people, groups), first=a.key,
                  first_span=a.span, second=b.key, second_span=b.span)


def _who(people=(), groups=()) -> tuple[tuple[str, str], ...]:
    return tuple(("person", k) for k in people) + tuple(("group", k) for k in groups)


def _pairs(found) -> list[tuple[Item, Item, dict[str, tuple[str, ...]]]]:
    """Offending pairs found per subject, merged: each pair once with all its subjects, in time order.

    ``found`` yields (field, subject key, pairs) with field "people" or "groups".
    """
    merged: dict[tuple[str, str], tuple[Item, Item, dict[str, list[str]]]] = {}
    for field, subject, pairs in found:
        for a, b in pairs:
            merged.setdefault((a.key, b.key), (a, b, {}))[2].setdefault(field, []).append(subject)
    ordered = sorted(merged.values(), key=lambda v: (v[0].start, v[0].key, v[1].start, v[1].key))
    return [(a, b, {field: tuple(sorted(keys)) for field, keys in subjects.items()})
            for a, b, subjects in ordered]


def travel_time(plan: Plan) -> Iterator[Violation]:
    """Hard: people on site, and groups, have the travel time between sessions in two cities."""
    people = (("people", key, _too_far(plan, [i for i in items if key in i.onsite_people]))
              for key, items in plan.by_person.items())
    groups = (("groups", key, _too_far(plan, items)) for key, items in plan.by_group.items())
    for a, b, subjects in _pairs(chain(people, groups)):
        yield hard(TRAVEL_TIME, _travel_text(plan, a, b, **subjects), sessions=(a.key, b.key),
                   times=(a.span, b.span), **subjects)


def _too_far(plan: Plan, items: list[Item]) -> Iterator[tuple[Item, Item]]:
    """Pairs of sessions in rooms of two cities without the travel time between them."""
    placed = [i for i in items if i.city]
    for a, b in close_pairs(placed, plan.max_travel + 1):
        if a.city == b.city:
            continue
        travel = plan.problem.travel_between(a.city, b.city)
        if a.end + travel > b.start or (a.start == b.start and b.end + travel > a.start):
            yield a, b


def _travel_text(plan: Plan, a: Item, b: Item, people=(), groups=()):
    p = plan.problem
    return phrase(p, "travel_time.journey", who=_who(people, groups), first=a.key, first_city=a.city,
                  first_end=a.end, second=b.key, second_city=b.city, second_start=b.start,
                  travel=p.travel_between(a.city, b.city))


def relation(plan: Plan) -> Iterator[Violation]:
    """Hard: before (with its gap), same time, not same time, same day, different day."""
    for rel in plan.problem.relations:
        a, b = plan.by_key.get(rel.first), plan.by_key.get(rel.second)
        if a is None or b is None:
            continue
        said = _broken(plan, rel.kind, rel.gap, a, b)
        if said:
            yield hard(RELATION, said, sessions=(a.key, b.key), times=(a.span, b.span))


def _broken(plan: Plan, kind: str, gap: int, a: Item, b: Item):
    """Why the relation between a and b does not hold (None when it does)."""
    p, pair = plan.problem, dict(first=a.key, second=b.key)
    if kind == "before" and a.end + gap > b.start:
        ends = dict(first_end=a.end, second_start=b.start)
        return (phrase(p, "relation.before_gap", **pair, gap=gap, **ends) if gap
                else phrase(p, "relation.before", **pair, **ends))
    if kind == "same_time" and a.start != b.start:
        return phrase(p, "relation.same_time", **pair, first_start=a.start, second_start=b.start)
    if kind == "not_same_time" and a.span.overlaps(b.span):
        return phrase(p, "relation.not_same_time", **pair, first_span=a.span, second_span=b.span)
    if kind == "same_day" and a.day != b.day:
        return phrase(p, "relation.same_day", **pair, first_day=a.start, second_day=b.start)
    if kind == "different_day" and a.day == b.day:
        return phrase(p, "relation.different_day", **pair, day=a.start)
    return None
