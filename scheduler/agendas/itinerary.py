"""A person's agenda and a group's itinerary: their sessions in time order, with the journeys.

A journey (``TravelLeg``) joins two consecutive sessions attended on site in rooms of two
different cities. It is short when the time between them is less than the travel-time
matrix says: the same judgement as the validator's ``travel_time`` rule, so what the agenda
marks red is what the conflicts list names. Remote participation needs no journey.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..problem import Problem, Schedule, SessionInfo
from .model import Agenda, AgendaItem, TravelLeg
from .reading import ChineseNames, Reader

ON_SITE = "on_site"
TravelModes = Mapping[tuple[str, str], str]  # (from city, to city) -> "road", "rail", …


def person_agenda(problem: Problem, schedule: Schedule, person_key: str, *,
                  zh: ChineseNames | None = None, modes: TravelModes | None = None) -> Agenda:
    """The sessions of one person (any role, on site or remote), with the journeys between
    cities; times in the event's zone, and in the person's home zone when it is another one.
    KeyError if there is no such person."""
    person = problem.person[person_key]
    reader = Reader(problem, zh)
    home = person.home_timezone if person.home_timezone != problem.event.timezone else ""
    items, unscheduled = [], []
    for info in problem.sessions:
        parts = [p for p in info.people if p.person == person_key]
        if not parts:
            continue
        if info.key not in schedule:
            unscheduled.append(info.key)
            continue
        roles = ", ".join(dict.fromkeys(p.role for p in parts))
        presence = ON_SITE if any(p.presence == ON_SITE for p in parts) else "remote"
        items.append(_item(reader, schedule, info, roles, presence, False, home))
    return Agenda("person", person_key, reader.name("person", person_key, person.name),
                  problem.event.timezone, person.home_timezone,
                  _with_legs(reader, items, modes or {}), tuple(unscheduled))


def group_itinerary(problem: Problem, schedule: Schedule, group_key: str, *,
                    zh: ChineseNames | None = None, modes: TravelModes | None = None,
                    optional: bool = True) -> Agenda:
    """The sessions a group attends, and (with ``optional``) those it is interested in,
    marked optional; with the journeys between cities over every day. KeyError if there is
    no such group."""
    group = problem.group[group_key]
    reader = Reader(problem, zh)
    items, unscheduled = [], []
    for info in problem.sessions:
        required = group_key in info.attends
        if not required and not (optional and group_key in info.interested):
            continue
        if info.key not in schedule:
            unscheduled.append(info.key)
            continue
        presence = ON_SITE if schedule[info.key].room else "online"
        role = "attends" if required else "interested"
        items.append(_item(reader, schedule, info, role, presence, not required, ""))
    return Agenda("group", group_key, reader.name("group", group_key, group.name),
                  problem.event.timezone, "", _with_legs(reader, items, modes or {}),
                  tuple(unscheduled))


def _item(reader: Reader, schedule: Schedule, info: SessionInfo, role: str, presence: str,
          optional: bool, home: str) -> AgendaItem:
    placement = schedule[info.key]
    start, end = placement.start, placement.start + info.duration
    problem = reader.problem
    return AgendaItem(
        session=info.key, title=reader.name("session", info.key, info.title), kind=info.kind,
        mode=info.mode, day=problem.day_of(start), start=start, end=end,
        event_time=reader.local(start, end, problem.event.timezone),
        home_time=reader.local(start, end, home) if home else None,
        role=role, presence=presence, optional=optional, place=reader.place(placement))


def _with_legs(reader: Reader, items: list[AgendaItem],
               modes: TravelModes) -> tuple[AgendaItem | TravelLeg, ...]:
    """The items in time order, a journey before each on-site one in another city than the
    on-site one before it."""
    rows: list[AgendaItem | TravelLeg] = []
    last: AgendaItem | None = None
    for item in sorted(items, key=lambda i: (i.start, i.end, i.session)):
        if item.on_site:
            if last is not None and last.place.city != item.place.city:
                rows.append(_leg(reader, last, item, modes))
            last = item
        rows.append(item)
    return tuple(rows)


def _leg(reader: Reader, a: AgendaItem, b: AgendaItem, modes: TravelModes) -> TravelLeg:
    problem = reader.problem
    minutes = problem.travel_between(a.place.city, b.place.city)
    mode = modes.get((a.place.city, b.place.city)) or modes.get((b.place.city, a.place.city), "")
    return TravelLeg(
        after=a.session, before=b.session, day=b.day, from_city=a.place.city,
        to_city=b.place.city, from_name=a.place.city_name, to_name=b.place.city_name,
        minutes=minutes, mode=mode, leave=a.end, arrive=a.end + minutes, deadline=b.start,
        leave_time=reader.local(a.end, a.end + minutes, problem.event.timezone),
        optional=a.optional or b.optional)
