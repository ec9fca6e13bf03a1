"""Checks of rooms and channels: is there a place each session may use, big and equipped enough?"""

from __future__ import annotations

from typing import Iterator

from ..domain import models as m
from ..domain.enums import DeliveryMode, PlaceRuleKind, Presence, WindowKind
from .facts import Facts
from .finding import (Finding, count_text, error_if_any_required, error_unless_optional, listing,
                      optional_note, quoted, subjects, words)


# -- which places a session may use -------------------------------------------------------------

def rules_for(facts: Facts, session: m.Session) -> list[list[m.PlaceRule]]:
    """Place rules binding a session, by owner: its own, and those of each person there on site."""
    on_site = [p.person_id for p in facts.people_in.get(session.id, [])
               if p.presence == Presence.ON_SITE]
    owners = [facts.rules_of_session.get(session.id, [])]
    owners += [facts.rules_of_person.get(person_id, []) for person_id in on_site]
    return [rules for rules in owners if rules]


def targets_room(rule: m.PlaceRule, room: m.Room, facts: Facts) -> bool:
    if rule.room_id is not None:
        return rule.room_id == room.id
    if rule.venue_id is not None:
        return rule.venue_id == room.venue_id
    if rule.city_id is not None:
        return facts.venue[room.venue_id].city_id == rule.city_id
    return rule.room_tag is not None and rule.room_tag in room.tags


def is_room_rule(rule: m.PlaceRule) -> bool:
    return rule.channel_id is None


def allowed(places: list, owners: list[list[m.PlaceRule]], matches, concerns) -> list:
    """Places every owner allows (if it names any) and none prohibits."""
    for rules in owners:
        rules = [r for r in rules if concerns(r)]
        wanted = [r for r in rules if r.kind == PlaceRuleKind.ALLOWED]
        banned = [r for r in rules if r.kind == PlaceRuleKind.PROHIBITED]
        places = [p for p in places if (not wanted or any(matches(r, p) for r in wanted))
                  and not any(matches(r, p) for r in banned)]
    return places


def allowed_rooms(facts: Facts, session: m.Session) -> list[m.Room]:
    """The rooms a session may use: its pin, if any, minus what its place rules rule out."""
    def compute():
        rooms = [r for r in facts.rooms if session.pin_room_id in (None, r.id)]
        return allowed(rooms, rules_for(facts, session),
                       lambda rule, room: targets_room(rule, room, facts), is_room_rule)
    return facts.remember(("rooms", session.id), compute)


def allowed_channels(facts: Facts, session: m.Session) -> list[m.Channel]:
    """The channels a session may use: its pin, if any, minus what its place rules rule out."""
    def compute():
        channels = [c for c in facts.channels if session.pin_channel_id in (None, c.id)]
        own = facts.rules_of_session.get(session.id, [])  # people's rules bind only rooms
        return allowed(channels, [own], lambda rule, c: rule.channel_id == c.id,
                       lambda rule: rule.channel_id is not None)
    return facts.remember(("channels", session.id), compute)


def needing_room(facts: Facts) -> list[m.Session]:
    return [s for s in facts.sessions if DeliveryMode(s.delivery_mode).needs_room]


def needing_channel(facts: Facts) -> list[m.Session]:
    return [s for s in facts.sessions if DeliveryMode(s.delivery_mode).needs_channel]


def has_features(room: m.Room, session: m.Session) -> bool:
    return set(session.required_features) <= set(room.features)


# -- rooms ------------------------------------------------------------------------------------

def rooms_exist(facts: Facts) -> Iterator[Finding]:
    """Error: sessions on site or hybrid need a room, and the project has none."""
    sessions = needing_room(facts)
    if sessions and not facts.rooms:
        yield Finding(error_if_any_required(sessions), "no-rooms",
                      f"{listing(s.title_en for s in sessions)} need{'s' if len(sessions) == 1 else ''}"
                      " a room (on site or hybrid), but the project has no rooms",
                      subjects(*sessions))


def session_has_allowed_room(facts: Facts) -> Iterator[Finding]:
    """Error: a session's place rules and pin leave it no room at all."""
    for session in needing_room(facts) if facts.rooms else []:
        if allowed_rooms(facts, session):
            continue
        pin = facts.room.get(session.pin_room_id)
        why = (f"it is pinned to {quoted(pin.name_en)}, which its place rules rule out" if pin
               else "its place rules rule out every room")
        yield Finding(error_unless_optional(session), "no-allowed-room",
                      f"{quoted(session.title_en)} needs a room, but {why}{optional_note(session)}",
                      subjects(session, pin))


def session_has_room_with_features(facts: Facts) -> Iterator[Finding]:
    """Error: no room a session may use has all the features it requires."""
    for session in needing_room(facts):
        rooms = allowed_rooms(facts, session)
        if not session.required_features or not rooms or any(has_features(r, session) for r in rooms):
            continue
        need = session.required_features
        best = max(rooms, key=lambda r: (len(set(need) & set(r.features)), r.seats))
        has = [f for f in need if f in best.features]
        lacks = [f for f in need if f not in best.features]
        closest = (f"closest: {quoted(best.name_en)} has {words(has)} but lacks {words(lacks)}" if has
                   else "none has any of them")
        yield Finding(error_unless_optional(session), "no-room-with-features",
                      f"{quoted(session.title_en)} needs {words(need)}, but no room it may use has "
                      f"{'it' if len(need) == 1 else 'them all'} ({closest}){optional_note(session)}",
                      subjects(session, best))


def session_has_room_big_enough(facts: Facts) -> Iterator[Finding]:
    """Error: a session expects more people on site than any room it may use seats."""
    for session in needing_room(facts):
        rooms = [r for r in allowed_rooms(facts, session) if has_features(r, session)]
        largest = max(rooms, key=lambda r: r.seats, default=None)
        if largest is None or largest.seats >= session.expected_onsite:
            continue
        yield Finding(error_unless_optional(session), "no-room-big-enough",
                      seats_message(session, largest) + optional_note(session),
                      subjects(session, largest))


def seats_message(session: m.Session, largest: m.Room) -> str:
    need = f"{quoted(session.title_en)} needs {count_text(session.expected_onsite)} seats"
    where = f"{quoted(largest.name_en)}, {count_text(largest.seats)} seats"
    features = session.required_features
    if not features:
        return f"{need}, but the largest room it may use is {where}"
    both = "both" if len(features) == 1 else "all of these"
    return (f"{need} and {words(features)}, but no room it may use has {both} "
            f"(largest with {words(features)}: {where})")


def session_pin_matches_mode(facts: Facts) -> Iterator[Finding]:
    """Error: an online session pinned to a room, or an on-site one pinned to a channel."""
    for session in facts.sessions:
        mode = DeliveryMode(session.delivery_mode)
        room = facts.room.get(session.pin_room_id)
        channel = facts.channel.get(session.pin_channel_id)
        wrong = (room if room and not mode.needs_room else None,
                 channel if channel and not mode.needs_channel else None)
        for place in filter(None, wrong):
            what = "room" if isinstance(place, m.Room) else "channel"
            yield Finding(error_unless_optional(session), "pin-wrong-mode",
                          f"{quoted(session.title_en)} is {mode.value.replace('_', ' ')} but pinned "
                          f"to the {what} {quoted(place.name_en)}{optional_note(session)}",
                          subjects(session, place))


# -- channels ---------------------------------------------------------------------------------

def channels_exist(facts: Facts) -> Iterator[Finding]:
    """Error: sessions online or hybrid need a channel, and the project has none."""
    sessions = needing_channel(facts)
    if sessions and not facts.channels:
        yield Finding(error_if_any_required(sessions), "no-channels",
                      f"{listing(s.title_en for s in sessions)} need{'s' if len(sessions) == 1 else ''}"
                      " an online channel (online or hybrid), but the project has no channels",
                      subjects(*sessions))


def session_has_allowed_channel(facts: Facts) -> Iterator[Finding]:
    """Error: a session's place rules and pin leave it no channel at all."""
    for session in needing_channel(facts) if facts.channels else []:
        if allowed_channels(facts, session):
            continue
        pin = facts.channel.get(session.pin_channel_id)
        why = (f"it is pinned to {quoted(pin.name_en)}, which its place rules rule out" if pin
               else "its place rules rule out every channel")
        yield Finding(error_unless_optional(session), "no-allowed-channel",
                      f"{quoted(session.title_en)} needs an online channel, but {why}"
                      f"{optional_note(session)}", subjects(session, pin))


def session_has_channel_big_enough(facts: Facts) -> Iterator[Finding]:
    """Error: a session expects more online viewers than any channel it may use takes."""
    for session in needing_channel(facts):
        largest = max(allowed_channels(facts, session), key=lambda c: c.viewer_capacity, default=None)
        if largest is None or largest.viewer_capacity >= session.expected_online:
            continue
        yield Finding(error_unless_optional(session), "no-channel-big-enough",
                      f"{quoted(session.title_en)} expects {count_text(session.expected_online)} "
                      f"online viewers, but the largest channel it may use, {quoted(largest.name_en)}, "
                      f"takes {count_text(largest.viewer_capacity)}{optional_note(session)}",
                      subjects(session, largest))


# -- resources --------------------------------------------------------------------------------

def session_fits_resource_capacity(facts: Facts) -> Iterator[Finding]:
    """Error: a session needs more units of a resource than it ever has."""
    for link in facts.session_resources:
        resource = facts.resource[link.resource_id]
        windows = facts.windows_of("resource_id", resource.id, WindowKind.CAPACITY)
        most = max([resource.capacity] + [w.capacity or 0 for w in windows])
        if link.amount <= most:
            continue
        session = facts.session[link.session_id]
        yield Finding(error_unless_optional(session), "resource-too-small",
                      f"{quoted(session.title_en)} needs {link.amount} of {quoted(resource.name_en)}, "
                      f"but there are never more than {most}{optional_note(session)}",
                      subjects(session, resource))
