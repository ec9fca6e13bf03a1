"""Generated events inside the model of the peer, PyCon UK's conference-scheduler, and its measures.

An event here is written in the peer's own terms (slots at venues, events with a duration, a
demand, tags and an unavailability list), but without importing it: peer_translate.py turns
one into conference-scheduler objects and into a Slotwise project, so that both solvers get
the same event.

The programme: days of 09:00–18:00 in rooms of three kinds, each with its own grid of slots.

* talk rooms "on the hour": 45-minute slots at 09:00, 10:00, 11:00, 12:00, 14:00 … 17:00;
* talk rooms "on the half hour": 45-minute slots at 09:30, 10:30, 11:30, 14:30 … 16:30,
  which overlap the slots on the hour by 15 minutes (partially: neither holds the other);
* workshop rooms: 120-minute slots at 09:00, 11:30, 14:00, 16:00, which hold some talk slots
  (09:00, 10:00, …) and partially overlap others (10:30–11:15 against 09:00–11:00).

Talks last 30 or 45 minutes, workshops 90 or 120; talks list the workshop slots as unavailable
(the workshop rooms are kept for workshops). Like scheduler/generate.py the generator first
plants a hidden schedule and derives everything else from it, so every event (and its changed
version for the re-solve) has a schedule that satisfies both models.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations

DAY_START, DAY_END, LUNCH = 9 * 60, 18 * 60, 13 * 60
CLOSING = 16 * 60 + 30  # the venue closes early on day 1 in the re-solve
START_DATE = date(2024, 9, 20)  # a Friday; no clock change during the event
TIMEZONE = "Europe/London"

GRIDS = {  # room kind -> (slot minutes, slot starts in minutes of the day)
    "hour": (45, (540, 600, 660, 720, 840, 900, 960, 1020)),
    "half-hour": (45, (570, 630, 690, 870, 930, 990)),
    "workshop": (120, (540, 690, 840, 960)),
}
SEATS = {"hour": (150, 250, 400), "half-hour": (60, 100, 150), "workshop": (30, 50, 80)}
DURATIONS = {"talk": (30, 45), "workshop": (90, 120)}
TOPICS = ("web", "data", "science", "education", "testing", "security", "packaging", "async",
          "community", "hardware", "games", "teaching")
SPARE = 1.35  # slots offered per event of each kind
CLASHES_PER_EVENT = 0.6  # pairs of events that must not run at the same time, per event
ABSENT_SHARE = 0.15  # events whose speaker is away for one half-day


@dataclass(frozen=True)
class Slot:
    """A period of time at a venue (the peer's Slot), with its day and minutes of the day."""

    venue: str
    day: int
    start: int
    duration: int
    capacity: int

    @property
    def end(self) -> int:
        return self.start + self.duration

    @property
    def session(self) -> str:
        return f"day {self.day + 1} {'morning' if self.start < LUNCH else 'afternoon'}"


@dataclass(frozen=True)
class Event:
    """The peer's Event: ``unavailable`` are slot indices, ``clashes`` names of other events.

    A clash is listed on one of its two events only, as the peer's documentation does.
    """

    name: str
    kind: str
    duration: int
    demand: int
    tags: tuple[str, ...] = ()
    unavailable: frozenset[int] = frozenset()
    clashes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Instance:
    label: str
    days: int
    rooms: tuple[tuple[str, str, int], ...]  # (venue name, room kind, seats)
    slots: tuple[Slot, ...]
    events: tuple[Event, ...]
    planted: dict[str, int] = field(compare=False)  # event name -> slot index of the hidden schedule
    change: str = ""  # what was changed for a re-solve, in words

    def eligible(self, event: Event) -> list[int]:
        """The slots the peer may give ``event``: long enough and not unavailable."""
        return [i for i, s in enumerate(self.slots)
                if s.duration >= event.duration and i not in event.unavailable]

    def not_same_time(self) -> list[tuple[str, str]]:
        """Every pair of events that must not overlap: listed clashes and shared tags (the
        peer's meaning of a tag: "unavailability ... because they share a tag")."""
        pairs = {tuple(sorted((e.name, other))) for e in self.events for other in e.clashes}
        for a, b in combinations(self.events, 2):
            if set(a.tags) & set(b.tags):
                pairs.add(tuple(sorted((a.name, b.name))))
        return sorted(pairs)


Assignment = dict[str, int]  # event name -> slot index


# -- measures, applied in the same way to both solvers' schedules ------------------------------

def capacity_demand_difference(instance: Instance, assignment: Assignment) -> int:
    """The peer's ``efficiency_capacity_demand_difference``: Σ (demand − capacity of its slot).

    The peer minimises it, so with a fixed total demand it prefers the largest slots.
    """
    demand = {e.name: e.demand for e in instance.events}
    return sum(demand[name] - instance.slots[slot].capacity for name, slot in assignment.items())


def seats_short(instance: Instance, assignment: Assignment) -> int:
    """People without a seat: Σ max(0, demand − capacity)."""
    demand = {e.name: e.demand for e in instance.events}
    return sum(max(0, demand[name] - instance.slots[slot].capacity)
               for name, slot in assignment.items())


def number_of_changes(old: Assignment, new: Assignment) -> int:
    """The peer's ``number_of_changes``: cells of the event × slot array that differ (a moved
    event counts 2: its old cell and its new one)."""
    return len(set(old.items()) ^ set(new.items()))


# -- the generator ------------------------------------------------------------------------------

def generate(size: int, seed: int) -> tuple[Instance, Instance]:
    """An event of ``size`` events and its changed version for a re-solve (same seed, same pair).

    The change: the venue closes at 16:30 on day 1 (every slot ending later is lost), two
    speakers are away for a half-day, and two new pairs of events must not run at the same time.
    """
    rng = random.Random(seed)
    days = max(1, math.ceil(size / 40))
    kinds = ["talk"] * round(size * 0.75) + ["workshop"] * (size - round(size * 0.75))
    rng.shuffle(kinds)
    rooms = _rooms(rng, days, kinds)
    slots = tuple(Slot(name, day, start, GRIDS[kind][0], seats)
                  for day in range(days) for name, kind, seats in rooms for start in GRIDS[kind][1])
    lost = _lost_slots(slots)
    planted = _plant(rng, kinds, rooms, slots, lost)
    events = [_event(rng, i, kind, slots[planted[i]]) for i, kind in enumerate(kinds)]
    names = [e.name for e in events]
    placed = {names[i]: planted[i] for i in range(size)}
    events = _unavailable(rng, events, rooms, slots, placed)
    events = _clashes(rng, events, slots, placed, round(size * CLASHES_PER_EVENT))
    events = _tags(rng, events, slots, placed)
    label = f"{size} events, seed {seed}"
    before = Instance(label, days, rooms, slots, tuple(events), placed)
    return before, _changed(rng, before, lost)


def _rooms(rng: random.Random, days: int, kinds: list[str]) -> tuple[tuple[str, str, int], ...]:
    """Enough rooms of each kind for SPARE slots per event."""
    talks, workshops = kinds.count("talk"), kinds.count("workshop")
    per_day = SPARE * talks / days
    hour = max(1, round(per_day / 14))
    half = max(1, math.ceil((per_day - 8 * hour) / 6))
    shop = max(1, round(SPARE * workshops / days / 4))
    rooms = [("hour", i) for i in range(hour)] + [("half-hour", i) for i in range(half)]
    rooms += [("workshop", i) for i in range(shop)]
    names = {"hour": "Hall", "half-hour": "Room", "workshop": "Workshop"}
    return tuple((f"{names[kind]} {chr(65 + i)}", kind, rng.choice(SEATS[kind])) for kind, i in rooms)


def _lost_slots(slots: tuple[Slot, ...]) -> frozenset[int]:
    """The slots of day 1 that end after CLOSING (lost in the re-solve: the venue closes early)."""
    return frozenset(i for i, s in enumerate(slots) if s.day == 0 and s.end > CLOSING)


def _fits(kind: str, rooms, slot: Slot) -> bool:
    room_kind = next(k for name, k, _ in rooms if name == slot.venue)
    return (room_kind == "workshop") == (kind == "workshop")


def _plant(rng, kinds: list[str], rooms, slots, lost: frozenset[int]) -> list[int]:
    """A distinct slot of the right kind for every event, outside the slots the change removes."""
    free = [i for i in range(len(slots)) if i not in lost]
    rng.shuffle(free)
    planted = []
    for kind in kinds:
        pick = next((i for i in free if _fits(kind, rooms, slots[i])), None)
        if pick is None:
            raise ValueError(f"no free slot left for a {kind}")
        free.remove(pick)
        planted.append(pick)
    return planted


def _event(rng: random.Random, index: int, kind: str, slot: Slot) -> Event:
    """Demand up to the capacity of its planted slot, so the hidden schedule seats everyone."""
    demand = max(5, round(slot.capacity * rng.uniform(0.35, 0.95)))
    return Event(f"{kind.title()} {index}", kind, rng.choice(DURATIONS[kind]), demand)


def _unavailable(rng, events: list[Event], rooms, slots, placed: Assignment) -> list[Event]:
    """Talks may not use workshop rooms; some speakers are away for a half-day."""
    out = []
    for e in events:
        unavailable = {i for i, s in enumerate(slots)
                       if s.duration >= e.duration and not _fits(e.kind, rooms, s)}
        if rng.random() < ABSENT_SHARE:
            unavailable |= _away(rng, slots, slots[placed[e.name]])
        out.append(replace(e, unavailable=frozenset(unavailable)))
    return out


def _away(rng, slots, planted: Slot) -> set[int]:
    """Every slot of a half-day other than the planted slot's own."""
    halves = sorted({s.session for s in slots} - {planted.session})
    if not halves:
        return set()
    gone = rng.choice(halves)
    return {i for i, s in enumerate(slots) if s.session == gone}


def _apart(a: Slot, b: Slot, da: int, db: int) -> bool:
    """Whether events in a and b (of da and db minutes) may both have a clash: they neither
    overlap nor sit in slots one of which holds the other (which the peer would forbid)."""
    if a.day != b.day:
        return True
    overlap = a.start < b.start + db and b.start < a.start + da
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return not overlap and not nested


def _clashes(rng, events: list[Event], slots, placed: Assignment, count: int,
             known: set[tuple[str, str]] = frozenset()) -> list[Event]:
    """``count`` new pairs of events that must not overlap ("the same speaker"), each listed on
    one of its events, as the peer's documentation does."""
    by_name = {e.name: e for e in events}
    pairs = [(a.name, b.name) for a, b in combinations(events, 2)
             if tuple(sorted((a.name, b.name))) not in known
             and _apart(slots[placed[a.name]], slots[placed[b.name]], a.duration, b.duration)]
    for a, b in rng.sample(pairs, min(count, len(pairs))):
        first, second = (a, b) if rng.random() < 0.5 else (b, a)
        by_name[first] = replace(by_name[first], clashes=by_name[first].clashes + (second,))
    return [by_name[e.name] for e in events]


def _tags(rng, events: list[Event], slots, placed: Assignment) -> list[Event]:
    """Topics of three to five events each, no two of them at the same time in the hidden plan."""
    by_name = {e.name: e for e in events}
    for topic in TOPICS[:max(2, len(events) // 10)]:
        members: list[Event] = []
        wanted = rng.randint(3, 5)
        for e in rng.sample(events, len(events)):
            if len(members) == wanted:
                break
            if all(_apart(slots[placed[e.name]], slots[placed[m.name]], e.duration, m.duration)
                   for m in members):
                members.append(e)
        for m in members:
            by_name[m.name] = replace(by_name[m.name], tags=by_name[m.name].tags + (topic,))
    return [by_name[e.name] for e in events]


def _changed(rng, before: Instance, lost: frozenset[int]) -> Instance:
    """The same event after three changes the hidden schedule survives (see generate)."""
    events = [replace(e, unavailable=e.unavailable | {i for i in lost
                                                     if before.slots[i].duration >= e.duration})
              for e in before.events]
    away = rng.sample(range(len(events)), 2)
    for i in away:
        events[i] = replace(events[i], unavailable=events[i].unavailable
                            | _away(rng, before.slots, before.slots[before.planted[events[i].name]]))
    old = {e.name: e.clashes for e in events}
    events = _clashes(rng, events, before.slots, before.planted, 2, set(before.not_same_time()))
    added = [(e.name, other) for e in events for other in e.clashes[len(old[e.name]):]]
    words = (f"day 1 ends at 16:30; {events[away[0]].name} and "
             f"{events[away[1]].name} away for a half-day; new clashes "
             + ", ".join(f"{a}/{b}" for a, b in added))
    return replace(before, events=tuple(events), change=words)
