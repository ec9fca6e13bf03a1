"""A peer event (peer_model.Instance) as a Slotwise event, and schedules between the two.

How each part of the peer's model maps onto Slotwise (docs/rules.md):

| conference-scheduler                         | Slotwise                                            |
| -------------------------------------------- | --------------------------------------------------- |
| Slot venue                                   | a room of one venue (``seats`` = the capacity)      |
| the slots of a venue                         | the room's hours: ``unavailable`` windows between   |
|                                              | them (rule ``availability``); a slot nobody may use |
|                                              | is not offered                                      |
| one event per slot                           | ``room_overlap``                                    |
| each event scheduled once                    | ``scheduled_once``                                  |
| Event duration ≤ Slot duration, unavailable  | ``allowed`` windows (one per slot start it may use, |
| slots                                        | as long as the event) and ``allowed`` room rules    |
|                                              | (``within_hours``, ``room_suitable``)               |
| Event demand compared with Slot capacity     | ``expected_onsite`` = demand: seats ≥ demand is     |
|                                              | hard in Slotwise (the peer only uses it in its      |
|                                              | objective)                                          |
| an event listed in another's unavailability, | a ``not_same_time`` relation per pair (``relation``:|
| or a shared tag                              | no overlap of the events' own minutes)              |
| Slot session                                 | nothing (the peer's constraints do not use it)      |

A (room, start) Slotwise could choose must be a slot of the peer that the event may use, and
the other way round: ``translation_gaps`` checks both directions for a generated event.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from scheduler.problem import Placement, Problem, Schedule

from .peer_model import DAY_END, DAY_START, START_DATE, TIMEZONE, Assignment, Instance

GRANULARITY = 15


def key(name: str) -> str:
    return name.lower().replace(" ", "-")


def clock(day: int, minute: int) -> str:
    """Local ISO date-time of a minute of an event day (read in the event's zone)."""
    moment = datetime.combine(START_DATE + timedelta(days=day), time()) + timedelta(minutes=minute)
    return moment.isoformat(timespec="minutes")


def offered(instance: Instance) -> set[int]:
    """Slots some event may use; the others are as good as not there."""
    return {i for e in instance.events for i in instance.eligible(e)}


def open_hours(instance: Instance) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """(venue, day) -> the merged intervals of its offered slots: when the room may be used."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {
        (venue, day): [] for venue, _, _ in instance.rooms for day in range(instance.days)}
    for i in sorted(offered(instance), key=lambda i: instance.slots[i].start):
        s = instance.slots[i]
        merged = spans[(s.venue, s.day)]
        if merged and merged[-1][1] >= s.start:
            merged[-1] = (merged[-1][0], max(merged[-1][1], s.end))
        else:
            merged.append((s.start, s.end))
    return spans


def to_slotwise(instance: Instance) -> dict:
    """The whole event as a Slotwise JSON document (docs/json-format.md)."""
    doc = {"schema_version": 1, "event": {
        "name_en": f"conference-scheduler peer: {instance.label}", "timezone": TIMEZONE,
        "start_date": START_DATE.isoformat(), "day_count": instance.days,
        "day_start": f"{DAY_START // 60:02d}:00", "day_end": f"{DAY_END // 60:02d}:00",
        "granularity_minutes": GRANULARITY}}
    doc["cities"] = [{"key": "cardiff", "name_en": "Cardiff"}]
    doc["venues"] = [{"key": "city-hall", "city": "cardiff", "name_en": "City Hall"}]
    hours = open_hours(instance)
    doc["rooms"] = [{"key": key(venue), "venue": "city-hall", "name_en": venue, "seats": seats,
                     "windows": _closed(hours, venue, instance.days)}
                    for venue, _, seats in instance.rooms]
    doc["sessions"] = [_session(instance, e) for e in instance.events]
    doc["relations"] = [{"kind": "not_same_time", "first": key(a), "second": key(b)}
                        for a, b in instance.not_same_time()]
    return doc


def _closed(hours, venue: str, days: int) -> list[dict]:
    windows = []
    for day in range(days):
        edge = DAY_START
        for start, end in hours[(venue, day)] + [(DAY_END, DAY_END)]:
            if start > edge:
                windows.append({"kind": "unavailable", "start": clock(day, edge),
                                "end": clock(day, start), "note": "no slot"})
            edge = max(edge, end)
    return windows


def _session(instance: Instance, event) -> dict:
    slots = [instance.slots[i] for i in instance.eligible(event)]
    starts = sorted({(s.day, s.start) for s in slots})
    venues = sorted({s.venue for s in slots})
    rules = ([{"kind": "allowed", "room": key(v)} for v in venues]
             if len(venues) < len(instance.rooms) else [])
    return {"key": key(event.name), "title_en": event.name, "kind": event.kind,
            "duration_minutes": event.duration, "expected_onsite": event.demand,
            "tags": [f"topic:{t}" for t in event.tags],
            "windows": [{"kind": "allowed", "start": clock(day, start),
                         "end": clock(day, start + event.duration)} for day, start in starts],
            "place_rules": rules}


def translation_gaps(instance: Instance) -> list[str]:
    """Every (event, room, start) on which the two models disagree: Slotwise would accept it
    and the peer has no such slot for the event, or the other way round. Empty when exact."""
    hours = open_hours(instance)
    starts = {(s.day, s.start) for s in instance.slots}
    gaps = []
    for e in instance.events:
        eligible = {(s.venue, s.day, s.start) for s in map(instance.slots.__getitem__,
                                                            instance.eligible(e))}
        rooms = {v for v, _, _ in eligible}
        times = {(d, t) for _, d, t in eligible}
        for venue, _, _ in instance.rooms:
            for day, start in sorted(starts):
                fits = any(a <= start and start + e.duration <= b for a, b in hours[(venue, day)])
                accepted = venue in rooms and (day, start) in times and fits
                if accepted != ((venue, day, start) in eligible):
                    side = "only Slotwise" if accepted else "only the peer"
                    gaps.append(f"{e.name} in {venue} at day {day + 1} {start // 60:02d}:"
                                f"{start % 60:02d}: {side}")
    return gaps


# -- schedules ----------------------------------------------------------------------------------

def _minute(problem: Problem, day: int, start: int) -> int:
    moment = datetime.combine(START_DATE + timedelta(days=day), time(), ZoneInfo(TIMEZONE))
    return problem.minute(moment + timedelta(minutes=start))


def to_schedule(instance: Instance, problem: Problem, assignment: Assignment) -> Schedule:
    """Slotwise placements of an assignment (event name -> slot index), for the validator."""
    out = {}
    for name, index in assignment.items():
        s = instance.slots[index]
        out[key(name)] = Placement(key(name), _minute(problem, s.day, s.start), room=key(s.venue))
    return out


def from_schedule(instance: Instance, problem: Problem, schedule: Schedule) -> tuple[Assignment, list[str]]:
    """The assignment of a Slotwise schedule, and the events placed where the peer has no slot."""
    where = {(key(s.venue), _minute(problem, s.day, s.start)): i for i, s in enumerate(instance.slots)}
    names = {key(e.name): e.name for e in instance.events}
    assignment, off_grid = {}, []
    for session, placement in schedule.items():
        index = where.get((placement.room, placement.start))
        if index is None:
            off_grid.append(names[session])
        else:
            assignment[names[session]] = index
    return assignment, off_grid
