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
from . import messages as say
from .plan import Item, Plan, close_pairs, overlapping_pairs
from .violation import Violation, hard


def room_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: one session at a time per room, with the room's changeover between them."""
    for key, items in sorted(plan.by_room.items()):
        info = plan.problem.room.get(key)
        yield from _shared_place(plan, ROOM_OVERLAP, items, say.room(plan.problem, key),
                                 info.changeover if info else 0, rooms=(key,))


def channel_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: one session at a time per channel, with the channel's changeover between them."""
    for key, items in sorted(plan.by_channel.items()):
        info = plan.problem.channel.get(key)
        yield from _shared_place(plan, CHANNEL_OVERLAP, items, say.channel(plan.problem, key),
                                 info.changeover if info else 0, channels=(key,))


def _shared_place(plan: Plan, rule: str, items: list[Item], where: str, changeover: int,
                  **subjects) -> Iterator[Violation]:
    p = plan.problem
    for a, b in close_pairs(items, changeover):
        if a.end + changeover <= b.start or b.end + changeover <= a.start:
            continue
        first, second = say.title(a.info), say.title(b.info)
        if a.span.overlaps(b.span):
            text = (f"{first} ({say.when(p, a.span)}) and {second} ({say.when(p, b.span)}) "
                    f"overlap in {where}")
        else:
            text = (f"{where} needs {changeover} minutes to change over between {first} (ends "
                    f"{say.at(p, a.end)}) and {second} (starts {say.at(p, b.start)}); there are "
                    f"{b.start - a.end}")
        yield hard(rule, text, sessions=(a.key, b.key), times=(a.span, b.span), **subjects)


def person_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: nobody has two overlapping sessions, whether on site or remote."""
    found = (("people", key, overlapping_pairs(items)) for key, items in plan.by_person.items())
    for a, b, subjects in _pairs(found):
        yield hard(PERSON_OVERLAP, _double_booked(plan, a, b, **subjects), sessions=(a.key, b.key),
                   times=(a.span, b.span), **subjects)


def group_overlap(plan: Plan) -> Iterator[Violation]:
    """Hard: no group has two overlapping sessions that it attends."""
    found = (("groups", key, overlapping_pairs(items)) for key, items in plan.by_group.items())
    for a, b, subjects in _pairs(found):
        yield hard(GROUP_OVERLAP, _double_booked(plan, a, b, **subjects), sessions=(a.key, b.key),
                   times=(a.span, b.span), **subjects)


def _double_booked(plan: Plan, a: Item, b: Item, people=(), groups=()) -> str:
    who = say.people_and_groups(plan.problem, people, groups)
    verb = "is" if len(people) + len(groups) == 1 else "are"
    return (f"{who} {verb} in both {say.title(a.info)} ({say.when(plan.problem, a.span)}) and "
            f"{say.title(b.info)} ({say.when(plan.problem, b.span)}), which overlap")


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


def _travel_text(plan: Plan, a: Item, b: Item, people=(), groups=()) -> str:
    p = plan.problem
    who = say.people_and_groups(p, people, groups)
    travel = p.travel_between(a.city, b.city)
    return (f"{who} cannot get from {say.title(a.info)} in {say.city(p, a.city)} (ends "
            f"{say.at(p, a.end)}) to {say.title(b.info)} in {say.city(p, b.city)} (starts "
            f"{say.at(p, b.start)}): the journey takes {travel} minutes")


def relation(plan: Plan) -> Iterator[Violation]:
    """Hard: before (with its gap), same time, not same time, same day, different day."""
    for rel in plan.problem.relations:
        a, b = plan.by_key.get(rel.first), plan.by_key.get(rel.second)
        if a is None or b is None:
            continue
        text = _broken(plan, rel.kind, rel.gap, a, b)
        if text:
            yield hard(RELATION, text, sessions=(a.key, b.key), times=(a.span, b.span))


def _broken(plan: Plan, kind: str, gap: int, a: Item, b: Item) -> str:
    """Why the relation between a and b does not hold ('' when it does)."""
    p, first, second = plan.problem, say.title(a.info), say.title(b.info)
    if kind == "before" and a.end + gap > b.start:
        need = f"at least {gap} minutes before" if gap else "before"
        return (f"{first} must end {need} {second} starts, but it ends {say.at(p, a.end)} and "
                f"{second} starts {say.at(p, b.start)}")
    if kind == "same_time" and a.start != b.start:
        return (f"{first} and {second} must start together, but start {say.at(p, a.start)} and "
                f"{say.at(p, b.start)}")
    if kind == "not_same_time" and a.span.overlaps(b.span):
        return (f"{first} ({say.when(p, a.span)}) and {second} ({say.when(p, b.span)}) must not "
                f"overlap")
    if kind == "same_day" and a.day != b.day:
        return (f"{first} ({say.local_day(p, a.start)}) and {second} ({say.local_day(p, b.start)}) "
                f"must be on the same day")
    if kind == "different_day" and a.day == b.day:
        return f"{first} and {second} must be on different days, but both are on {say.local_day(p, a.start)}"
    return ""
