"""Everything the lint reads, loaded in one transaction, and the lookups the checks share.

Cancelled sessions are left out here, once: they are never scheduled, so nothing
about them (their rooms, people, relations) can make a schedule impossible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from sqlmodel import select

from ..domain import models as m
from ..domain.enums import Attendance, SessionStatus
from ..errors import ProjectFileError

TABLES = {
    "cities": m.City, "travel_times": m.TravelTime, "venues": m.Venue, "rooms": m.Room,
    "channels": m.Channel, "people": m.Person, "groups": m.Group, "resources": m.Resource,
    "windows": m.Window, "sessions": m.Session, "session_people": m.SessionPerson,
    "group_sessions": m.GroupSession, "session_resources": m.SessionResource,
    "session_windows": m.SessionWindow, "place_rules": m.PlaceRule, "relations": m.Relation,
}

OWNERS = ("room_id", "channel_id", "person_id", "group_id", "resource_id")


@dataclass
class Facts:
    """The project's rows, as plain lists, minus everything about cancelled sessions."""

    event: m.Event
    cities: list[m.City] = field(default_factory=list)
    travel_times: list[m.TravelTime] = field(default_factory=list)
    venues: list[m.Venue] = field(default_factory=list)
    rooms: list[m.Room] = field(default_factory=list)
    channels: list[m.Channel] = field(default_factory=list)
    people: list[m.Person] = field(default_factory=list)
    groups: list[m.Group] = field(default_factory=list)
    resources: list[m.Resource] = field(default_factory=list)
    windows: list[m.Window] = field(default_factory=list)
    sessions: list[m.Session] = field(default_factory=list)
    session_people: list[m.SessionPerson] = field(default_factory=list)
    group_sessions: list[m.GroupSession] = field(default_factory=list)
    session_resources: list[m.SessionResource] = field(default_factory=list)
    session_windows: list[m.SessionWindow] = field(default_factory=list)
    place_rules: list[m.PlaceRule] = field(default_factory=list)
    relations: list[m.Relation] = field(default_factory=list)
    memo: dict = field(default_factory=dict, repr=False)

    def remember(self, key: tuple, compute):
        """Work several checks share (a session's allowed rooms …), done once."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @property
    def tz(self) -> str:
        return self.event.timezone

    @cached_property
    def session(self) -> dict[int, m.Session]:
        return {s.id: s for s in self.sessions}

    @cached_property
    def room(self) -> dict[int, m.Room]:
        return {r.id: r for r in self.rooms}

    @cached_property
    def channel(self) -> dict[int, m.Channel]:
        return {c.id: c for c in self.channels}

    @cached_property
    def venue(self) -> dict[int, m.Venue]:
        return {v.id: v for v in self.venues}

    @cached_property
    def person(self) -> dict[int, m.Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def group(self) -> dict[int, m.Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def resource(self) -> dict[int, m.Resource]:
        return {r.id: r for r in self.resources}

    @cached_property
    def people_in(self) -> dict[int, list[m.SessionPerson]]:
        """Session id -> the people taking part in it."""
        return _grouped(self.session_people, "session_id")

    @cached_property
    def sessions_of_person(self) -> dict[int, list[m.Session]]:
        return {pid: [self.session[link.session_id] for link in links]
                for pid, links in self.links_of_person.items()}

    @cached_property
    def sessions_of_group(self) -> dict[int, list[m.Session]]:
        """Group id -> the sessions it attends (not those it is merely interested in)."""
        attends = [g for g in self.group_sessions if g.attendance == Attendance.ATTENDS]
        return {gid: [self.session[link.session_id] for link in links]
                for gid, links in _grouped(attends, "group_id").items()}

    @cached_property
    def links_of_person(self) -> dict[int, list[m.SessionPerson]]:
        return _grouped(self.session_people, "person_id")

    @cached_property
    def rules_of_session(self) -> dict[int, list[m.PlaceRule]]:
        return _grouped([r for r in self.place_rules if r.session_id is not None], "session_id")

    @cached_property
    def rules_of_person(self) -> dict[int, list[m.PlaceRule]]:
        return _grouped([r for r in self.place_rules if r.person_id is not None], "person_id")

    @cached_property
    def resources_of(self) -> dict[int, list[m.SessionResource]]:
        return _grouped(self.session_resources, "session_id")

    @cached_property
    def windows_of_session(self) -> dict[int, list[m.SessionWindow]]:
        return _grouped(self.session_windows, "session_id")

    @cached_property
    def windows_by_owner(self) -> dict[tuple, list[m.Window]]:
        result = defaultdict(list)
        for window in self.windows:
            for owner in OWNERS:
                if getattr(window, owner) is not None:
                    result[owner, getattr(window, owner), window.kind].append(window)
        return dict(result)

    def windows_of(self, owner: str, owner_id: int, kind: str) -> list[m.Window]:
        """The time windows of one kind on a person, group, room, channel or resource."""
        return self.windows_by_owner.get((owner, owner_id, kind), [])


def _grouped(rows, attribute: str) -> dict[int, list]:
    result = defaultdict(list)
    for row in rows:
        result[getattr(row, attribute)].append(row)
    return dict(result)


def load(project) -> Facts:
    """Read the whole project in one transaction."""
    with project.transaction() as db:
        event = db.get(m.Event, 1)
        if event is None:
            raise ProjectFileError(f"{project.path}: the project has no event")
        tables = {name: list(db.exec(select(model).order_by(*_order(model))).all())
                  for name, model in TABLES.items()}
    return _without_cancelled(Facts(event=event, **tables))


def _order(model) -> list:
    return list(model.__table__.primary_key.columns)


def _without_cancelled(facts: Facts) -> Facts:
    live = {s.id for s in facts.sessions if s.status != SessionStatus.CANCELLED}
    facts.sessions = [s for s in facts.sessions if s.id in live]
    for name in ("session_people", "group_sessions", "session_resources", "session_windows"):
        setattr(facts, name, [row for row in getattr(facts, name) if row.session_id in live])
    facts.place_rules = [r for r in facts.place_rules if r.session_id is None or r.session_id in live]
    facts.relations = [r for r in facts.relations if r.first_id in live and r.second_id in live]
    return facts
