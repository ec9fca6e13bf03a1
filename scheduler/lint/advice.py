"""Warnings: data that a schedule can live with, but that is probably a mistake."""

from __future__ import annotations

from itertools import combinations
from typing import Iterator

from ..domain import models as m
from ..domain.enums import DeliveryMode, Presence, Role, SessionKind
from .facts import Facts
from .finding import Finding, listing, quoted, subjects
from .places import allowed_rooms

BOOTHS = "interpretation_booths"
NEED_PEOPLE = {SessionKind.KEYNOTE, SessionKind.FORUM, SessionKind.PANEL, SessionKind.TALK}


def is_interpretation(resource: m.Resource) -> bool:
    return any("interpret" in text.lower() for text in (resource.kind, resource.key, resource.name_en))


def has_interpretation(facts: Facts, session: m.Session) -> bool:
    """An interpretation resource or interpreter is linked, or a room it may use has booths."""
    resources = [facts.resource[r.resource_id] for r in facts.resources_of.get(session.id, [])]
    interpreters = [p for p in facts.people_in.get(session.id, []) if p.role == Role.INTERPRETER]
    rooms = allowed_rooms(facts, session) if DeliveryMode(session.delivery_mode).needs_room else []
    return (any(map(is_interpretation, resources)) or bool(interpreters)
            or any(BOOTHS in room.features for room in rooms))


def interpretation_provided(facts: Facts) -> Iterator[Finding]:
    """Warning: a session needs interpretation but nothing provides it."""
    for session in facts.sessions:
        if session.interpretation and not has_interpretation(facts, session):
            yield Finding("warning", "no-interpretation",
                          f"{quoted(session.title_en)} needs interpretation, but has no interpretation "
                          f"resource or interpreter, and no room it may use has {BOOTHS}",
                          subjects(session))


def remote_people_have_timezone(facts: Facts) -> Iterator[Finding]:
    """Warning: someone joins remotely, but their home time zone is unknown."""
    for person in (p for p in facts.people if not p.home_timezone):
        remote = [facts.session[link.session_id] for link in facts.links_of_person.get(person.id, [])
                  if link.presence == Presence.REMOTE]
        if remote:
            yield Finding("warning", "remote-person-without-timezone",
                          f"{quoted(person.name_en)} joins {listing(s.title_en for s in remote)} "
                          "remotely but has no home time zone, so their local hours are unknown",
                          subjects(person, *remote))


def online_sessions_have_target_timezones(facts: Facts) -> Iterator[Finding]:
    """Warning: an online or hybrid session does not say where its online audience is."""
    for session in facts.sessions:
        if DeliveryMode(session.delivery_mode).needs_channel and not session.target_timezones:
            yield Finding("warning", "no-target-timezones",
                          f"{quoted(session.title_en)} is {session.delivery_mode} but names no "
                          "target time zones for its online audience", subjects(session))


def sessions_have_people(facts: Facts) -> Iterator[Finding]:
    """Warning: a keynote, forum, panel or talk with nobody assigned to it."""
    for session in facts.sessions:
        if session.kind in NEED_PEOPLE and not facts.people_in.get(session.id):
            yield Finding("warning", "session-without-people",
                          f"{quoted(session.title_en)} is a {session.kind} but nobody is assigned "
                          "to it", subjects(session))


def travel_times_complete(facts: Facts) -> Iterator[Finding]:
    """Warning: two cities both have venues, but no travel time joins them either way.

    One direction is enough: it holds for both. A missing one counts as 0 minutes.
    """
    known = {frozenset((t.from_city_id, t.to_city_id)) for t in facts.travel_times}
    with_venues = {v.city_id for v in facts.venues}
    cities = [c for c in facts.cities if c.id in with_venues]
    for a, b in combinations(cities, 2):
        if frozenset((a.id, b.id)) not in known:
            yield Finding("warning", "missing-travel-time",
                          f"There is no travel time between {quoted(a.name_en)} and "
                          f"{quoted(b.name_en)}, though both cities have venues; the schedule will "
                          "assume people move between them instantly", subjects(a, b))


def rooms_have_seats(facts: Facts) -> Iterator[Finding]:
    """Warning: a room with no seats."""
    for room in facts.rooms:
        if room.seats == 0:
            venue = facts.venue[room.venue_id]
            yield Finding("warning", "room-without-seats",
                          f"{quoted(room.name_en)} ({venue.name_en}) has 0 seats", subjects(room))
