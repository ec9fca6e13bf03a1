"""Soft rules between sessions that share a tag, and popular sessions in larger rooms.

Tags "category:value" group sessions; each family is switched on per category by a weight
"<family>.<category>" (scheduler/weights.py). Each breach is one pair of sessions; its amount is
the number of tag values the pair shares times the minutes the rule counts (docs/rules.md).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterator

from ..problem import Span
from ..weights import (LEVEL_FLOW, TAG_OVERLAP, TAG_SAME_DAY, TAG_SAME_ROOM, tag_number, tag_rules,
                       tag_values)
from .plan import Item, Plan
from .violation import Violation, soft
from .wording import phrase


def _sharing(plan: Plan, category: str) -> Iterator[tuple[Item, Item, int]]:
    """Pairs of placed sessions (in schedule order) sharing k > 0 values of a category, with k."""
    members: dict[str, list[Item]] = defaultdict(list)
    for item in plan.items:
        for value in tag_values(item.info.tags, category):
            members[value].append(item)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for items in members.values():
        for a, b in combinations(items, 2):
            shared[(a.key, b.key)] += 1
    for (a, b), k in shared.items():
        yield plan.by_key[a], plan.by_key[b], k


def _pair(rule: str, cost: int, said, a: Item, b: Item, **rooms) -> Violation:
    return soft(rule, cost, said, sessions=(a.key, b.key), times=(a.span, b.span), **rooms)


def _family(plan: Plan, family: str, amount, words, with_rooms: bool = False) -> Iterator[Violation]:
    for category, weight in sorted(tag_rules(plan.weights, family).items()):
        rule = f"{family}.{category}"
        for a, b, k in _sharing(plan, category):
            minutes = amount(a, b)
            if minutes > 0:
                rooms = {"rooms": (a.room, b.room)} if with_rooms else {}
                yield _pair(rule, weight * k * minutes, words(a, b, category, k), a, b, **rooms)


def _both(a: Item, b: Item) -> int:
    return a.info.duration + b.info.duration


def _shares(a: Item, b: Item, category: str, k: int) -> dict:
    return dict(first=a.key, second=b.key, shared=k, category=category)


def tag_overlap(plan: Plan) -> Iterator[Violation]:
    """Soft: per shared tag, minutes two sessions of a category overlap."""
    yield from _family(
        plan, TAG_OVERLAP, lambda a, b: min(a.end, b.end) - max(a.start, b.start),
        lambda a, b, c, k: phrase(plan.problem, "tag_overlap.overlap", **_shares(a, b, c, k),
                                  span=Span(max(a.start, b.start), min(a.end, b.end))))


def tag_same_day(plan: Plan) -> Iterator[Violation]:
    """Soft: per shared tag, minutes of both sessions when they are on different days."""
    yield from _family(
        plan, TAG_SAME_DAY, lambda a, b: _both(a, b) if a.day != b.day else 0,
        lambda a, b, c, k: phrase(plan.problem, "tag_same_day.days", **_shares(a, b, c, k)))


def tag_same_room(plan: Plan) -> Iterator[Violation]:
    """Soft: per shared tag, minutes of both sessions on the same day in different rooms."""
    yield from _family(
        plan, TAG_SAME_ROOM,
        lambda a, b: _both(a, b) if a.day == b.day and a.room and b.room and a.room != b.room else 0,
        lambda a, b, c, k: phrase(plan.problem, "tag_same_room.rooms", **_shares(a, b, c, k),
                                  first_room=a.room, second_room=b.room), with_rooms=True)


def level_flow(plan: Plan) -> Iterator[Violation]:
    """Soft: per shared tag, minutes of both sessions when the lower level does not end first."""
    for category, weight in sorted(tag_rules(plan.weights, LEVEL_FLOW).items()):
        for a, b, k in _sharing(plan, category):
            la, lb = tag_number(a.info.tags, "level"), tag_number(b.info.tags, "level")
            if la is None or lb is None or la == lb:
                continue
            easy, hard = (a, b) if la < lb else (b, a)
            if easy.end > hard.start:
                said = phrase(plan.problem, "level_flow.order", **_shares(easy, hard, category, k),
                              first_level=min(la, lb), second_level=max(la, lb))
                yield _pair(f"{LEVEL_FLOW}.{category}", weight * k * _both(a, b), said, easy, hard)


def popular_large_room(plan: Plan) -> Iterator[Violation]:
    """Soft: a more popular session in a smaller room than a less popular one (minutes of both)."""
    seats = {room.key: room.seats for room in plan.problem.rooms}
    placed = [(item, tag_number(item.info.tags, "popularity")) for item in plan.items
              if item.room in seats]
    placed = [(item, n) for item, n in placed if n is not None]
    for (a, na), (b, nb) in combinations(placed, 2):
        if na == nb or seats[a.room] == seats[b.room]:
            continue
        low, high = (a, b) if na < nb else (b, a)
        if seats[low.room] > seats[high.room]:
            cost = plan.cost("popular_large_room", _both(a, b))
            if cost:
                said = phrase(plan.problem, "popular_large_room.smaller", first=high.key,
                              first_popularity=max(na, nb), first_room=high.room,
                              first_seats=seats[high.room], second_room=low.room,
                              second_seats=seats[low.room], second=low.key)
                yield _pair("popular_large_room", cost, said, low, high, rooms=(low.room, high.room))
