"""The schedule read once: placed sessions with their times and places, grouped for sweeps.

Every rule works on these groups (by room, channel, person, group, track),
each sorted by start, so that pair-wise rules only compare neighbours that
can still clash instead of every pair of sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Iterator

from ..problem import Placement, Problem, Schedule, SessionInfo, Span
from ..weights import effective_weights

ON_SITE = "on_site"


@dataclass(frozen=True)
class Item:
    """One placed session of the problem."""

    info: SessionInfo
    placement: Placement
    day: int
    city: str | None  # the city of its room, if the room is known

    @property
    def key(self) -> str:
        return self.info.key

    @property
    def start(self) -> int:
        return self.placement.start

    @property
    def end(self) -> int:
        return self.placement.start + self.info.duration

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def room(self) -> str | None:
        return self.placement.room

    @property
    def channel(self) -> str | None:
        return self.placement.channel

    @cached_property
    def people(self) -> tuple[str, ...]:
        """Everyone in the session, any role, any presence, each once."""
        return tuple(dict.fromkeys(p.person for p in self.info.people))

    @cached_property
    def onsite_people(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.person for p in self.info.people if p.presence == ON_SITE))

    @cached_property
    def remote_people(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.person for p in self.info.people if p.presence != ON_SITE))

    @cached_property
    def groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.info.attends))


def order(item: Item) -> tuple[int, int, str]:
    return item.start, item.end, item.key


class Plan:
    """The problem, the schedule and everything the rules need to look up."""

    def __init__(self, problem: Problem, schedule: Schedule, previous: Schedule | None = None,
                 now: int | None = None):
        self.problem = problem
        self.schedule = schedule
        self.previous = previous
        self.now = now
        self.weights = effective_weights(problem.weight)
        self.items = sorted((self.item(problem.session[key], placement)
                             for key, placement in schedule.items() if key in problem.session),
                            key=order)
        self.by_key = {item.key: item for item in self.items}

    def cost(self, rule: str, amount: int) -> int:
        """Weight × amount of a soft rule (0 when nothing breaks it or the rule is switched off)."""
        return self.weights.get(rule, 0) * amount if amount else 0

    def item(self, info: SessionInfo, placement: Placement) -> Item:
        room = self.problem.room.get(placement.room) if placement.room else None
        return Item(info, placement, self.problem.day_of(placement.start), room.city if room else None)

    # -- groupings, each list sorted by start ----------------------------------------------

    def grouped(self, keys_of) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = defaultdict(list)
        for item in self.items:
            for key in keys_of(item):
                out[key].append(item)
        return dict(out)

    @cached_property
    def by_room(self) -> dict[str, list[Item]]:
        return self.grouped(lambda item: (item.room,) if item.room else ())

    @cached_property
    def by_channel(self) -> dict[str, list[Item]]:
        return self.grouped(lambda item: (item.channel,) if item.channel else ())

    @cached_property
    def by_person(self) -> dict[str, list[Item]]:
        return self.grouped(lambda item: item.people)

    @cached_property
    def by_group(self) -> dict[str, list[Item]]:
        """The sessions each group attends (``interested`` does not count here)."""
        return self.grouped(lambda item: item.groups)

    @cached_property
    def by_track(self) -> dict[str, list[Item]]:
        return self.grouped(lambda item: (item.info.track,) if item.info.track else ())

    @cached_property
    def max_travel(self) -> int:
        return max((minutes for _, _, minutes in self.problem.travel), default=0)


def close_pairs(items: list[Item], reach: int) -> Iterator[tuple[Item, Item]]:
    """Pairs (a, b) of a start-sorted list with a first and b starting before a's end + reach."""
    for i, a in enumerate(items):
        limit = a.end + reach
        for j in range(i + 1, len(items)):
            b = items[j]
            if b.start >= limit:
                break
            yield a, b


def overlapping_pairs(items: list[Item]) -> Iterator[tuple[Item, Item]]:
    """Pairs of a start-sorted list whose half-open intervals overlap, earlier first."""
    for a, b in close_pairs(items, 0):
        if a.start < b.end and b.start < a.end:
            yield a, b


def by_day(items: Iterable[Item]) -> dict[int, list[Item]]:
    out: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        out[item.day].append(item)
    return dict(out)
