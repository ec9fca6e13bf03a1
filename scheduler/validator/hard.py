"""Hard rules about each session on its own: placed once, in a fitting place, at an allowed time.

One function per rule of docs/rules.md, named after it; each yields one
Violation per concrete breach. The pair-wise hard rules are in hard_pairs.py.
"""

from __future__ import annotations

from typing import Iterator

from ..weights import (AVAILABILITY, CHANNEL_SUITABLE, FROZEN, PIN, PLACE_MATCHES_MODE,
                       ROOM_SUITABLE, SCHEDULED_ONCE, WITHIN_HOURS)
from .places import channel_matches, channel_rules, room_matches, room_rules
from .plan import Item, Plan
from .violation import Violation, hard
from .wording import phrase


def scheduled_once(plan: Plan) -> Iterator[Violation]:
    """Hard: every non-optional session is placed exactly once; placements name sessions of the problem."""
    for info in plan.problem.sessions:
        if not info.optional and info.key not in plan.schedule:
            yield hard(SCHEDULED_ONCE, phrase(plan.problem, "scheduled_once.missing", session=info.key),
                       sessions=(info.key,))
    for key, placement in sorted(plan.schedule.items()):
        if key not in plan.problem.session:
            yield hard(SCHEDULED_ONCE, phrase(plan.problem, "scheduled_once.unknown", session=key),
                       sessions=(key,))
        elif placement.session != key:
            yield hard(SCHEDULED_ONCE, phrase(plan.problem, "scheduled_once.other", session=key,
                                              other=placement.session),
                       sessions=(key, placement.session))


def place_matches_mode(plan: Plan) -> Iterator[Violation]:
    """Hard: on site needs a room and no channel, online a channel and no room, hybrid both."""
    for item in plan.items:
        wrong = []
        if item.info.needs_room != bool(item.room):
            wrong.append(("in_room", item.room) if item.room else ("no_room", None))
        if item.info.needs_channel != bool(item.channel):
            wrong.append(("on_channel", item.channel) if item.channel else ("no_channel", None))
        if wrong:
            said = phrase(plan.problem, "place_matches_mode.wrong", session=item.key,
                          mode=item.info.mode, faults=tuple(wrong))
            yield hard(PLACE_MATCHES_MODE, said, sessions=(item.key,), rooms=_keys(item.room),
                       channels=_keys(item.channel))


def room_suitable(plan: Plan) -> Iterator[Violation]:
    """Hard: enough seats, the required features, the room rules of the session and its on-site people."""
    for item in plan.items:
        if item.room:
            yield from _room_checks(plan, item)


def _room_checks(plan: Plan, item: Item) -> Iterator[Violation]:
    p, info = plan.problem, item.info
    subjects = dict(sessions=(item.key,), rooms=(item.room,))
    said = dict(session=item.key, room=item.room)
    room = p.room.get(item.room)
    if room is None:
        yield hard(ROOM_SUITABLE, phrase(p, "room_suitable.unknown", **said), **subjects)
        return
    if room.seats < info.expected_onsite:
        yield hard(ROOM_SUITABLE, phrase(p, "room_suitable.seats", session=item.key,
                                         expected=info.expected_onsite, room=item.room,
                                         seats=room.seats), **subjects)
    missing = sorted(info.required_features - room.features)
    if missing:
        yield hard(ROOM_SUITABLE, phrase(p, "room_suitable.features", session=item.key,
                                         features=tuple(missing), room=item.room), **subjects)
    yield from _room_rules(plan, item, info.place_rules, None, subjects)
    for person in item.onsite_people:
        rules = p.person[person].place_rules if person in p.person else ()
        yield from _room_rules(plan, item, rules, person, subjects)


def _room_rules(plan, item, rules, person, subjects) -> Iterator[Violation]:
    """The session's own room rules (``person`` None) or those of one of its on-site people."""
    p, room = plan.problem, plan.problem.room[item.room]
    people, shape = ((person,), "room_suitable.person_") if person else ((), "room_suitable.")
    who = dict(person=person, session=item.key) if person else dict(session=item.key)
    allowed = room_rules(rules, "allowed")
    if allowed and not any(room_matches(r, room) for r in allowed):
        places = tuple((r.target, r.value) for r in allowed)
        yield hard(ROOM_SUITABLE, phrase(p, shape + "only", **who, places=places, room=item.room),
                   people=people, **subjects)
    for rule in room_rules(rules, "prohibited"):
        if room_matches(rule, room):
            yield hard(ROOM_SUITABLE, phrase(p, shape + "not", **who, target=(rule.target, rule.value),
                                             room=item.room), people=people, **subjects)


def channel_suitable(plan: Plan) -> Iterator[Violation]:
    """Hard: the channel has the viewer capacity and keeps the session's channel rules."""
    p = plan.problem
    for item in plan.items:
        if not item.channel:
            continue
        said, subjects = dict(session=item.key), dict(sessions=(item.key,), channels=(item.channel,))
        channel = p.channel.get(item.channel)
        if channel is None:
            yield hard(CHANNEL_SUITABLE, phrase(p, "channel_suitable.unknown", **said,
                                                channel=item.channel), **subjects)
            continue
        if channel.capacity < item.info.expected_online:
            yield hard(CHANNEL_SUITABLE, phrase(p, "channel_suitable.capacity", **said,
                                                expected=item.info.expected_online,
                                                channel=item.channel, capacity=channel.capacity),
                       **subjects)
        allowed = channel_rules(item.info.place_rules, "allowed")
        if allowed and not any(channel_matches(r, channel) for r in allowed):
            yield hard(CHANNEL_SUITABLE, phrase(p, "channel_suitable.only", **said,
                                                channels=tuple(r.value for r in allowed),
                                                channel=item.channel), **subjects)
        for rule in channel_rules(item.info.place_rules, "prohibited"):
            if channel_matches(rule, channel):
                yield hard(CHANNEL_SUITABLE, phrase(p, "channel_suitable.not", **said,
                                                    channel=item.channel), **subjects)


def within_hours(plan: Plan) -> Iterator[Violation]:
    """Hard: on the grid, inside one day's hours, on an allowed day and window, in no prohibited one."""
    for item in plan.items:
        yield from _time_checks(plan, item)


def _time_checks(plan: Plan, item: Item) -> Iterator[Violation]:
    p, info, span = plan.problem, item.info, item.span
    key, subjects = item.key, dict(sessions=(item.key,), times=(span,))
    grid = p.event.granularity
    if grid > 1 and item.start % grid:
        yield hard(WITHIN_HOURS, phrase(p, "within_hours.grid", session=key, start=item.start, grid=grid),
                   **subjects)
    if not any(hours.contains(span) for hours in p.event.hours):
        yield hard(WITHIN_HOURS, _outside_hours(plan, item), **subjects)
    if info.allowed_days and item.day not in info.allowed_days:
        days = tuple(i for i in info.allowed_days if 0 <= i < len(p.event.days))
        said = (phrase(p, "within_hours.days", session=key, day=item.start, days=days) if days
                else phrase(p, "within_hours.no_days", session=key, day=item.start))
        yield hard(WITHIN_HOURS, said, **subjects)
    if info.allowed and not any(window.contains(span) for window in info.allowed):
        yield hard(WITHIN_HOURS, phrase(p, "within_hours.allowed", session=key, span=span,
                                        windows=tuple(info.allowed)), **subjects)
    for window in info.prohibited:
        if window.overlaps(span):
            yield hard(WITHIN_HOURS, phrase(p, "within_hours.excluded", session=key, span=span,
                                            window=window), sessions=(item.key,), times=(span, window))


def _outside_hours(plan: Plan, item: Item):
    hours, p = plan.problem.event.hours, plan.problem
    if 0 <= item.day < len(hours):
        day = hours[item.day]
        return phrase(p, "within_hours.hours", session=item.key, span=item.span, opens=day.start,
                      closes=day.end)
    return phrase(p, "within_hours.no_day", session=item.key, span=item.span)


def availability(plan: Plan) -> Iterator[Violation]:
    """Hard: the session overlaps no unavailable window of its room, channel, people or attending groups."""
    p = plan.problem
    for item in plan.items:
        owners = [(p.room.get(item.room), "rooms"), (p.channel.get(item.channel), "channels")]
        owners += [(p.person.get(key), "people") for key in item.people]
        owners += [(p.group.get(key), "groups") for key in item.groups]
        for owner, field in owners:
            for window in owner.unavailable if owner else ():
                if window.overlaps(item.span):
                    said = phrase(p, "availability.unavailable", owner=(KIND_OF[field], owner.key),
                                  window=window, session=item.key, span=item.span)
                    yield hard(AVAILABILITY, said, sessions=(item.key,), times=(item.span, window),
                               **{field: (owner.key,)})


def pin(plan: Plan) -> Iterator[Violation]:
    """Hard: a pinned room, channel or start is kept."""
    p = plan.problem
    for item in plan.items:
        info, key = item.info, item.key
        if info.pin_room and item.room != info.pin_room:
            yield hard(PIN, phrase(p, "pin.room", session=key, room=info.pin_room,
                                   place=(item.room, None)), sessions=(item.key,),
                       rooms=tuple(k for k in (info.pin_room, item.room) if k))
        if info.pin_channel and item.channel != info.pin_channel:
            yield hard(PIN, phrase(p, "pin.channel", session=key, channel=info.pin_channel,
                                   place=(None, item.channel)), sessions=(item.key,),
                       channels=tuple(k for k in (info.pin_channel, item.channel) if k))
        if info.pin_start is not None and item.start != info.pin_start:
            yield hard(PIN, phrase(p, "pin.start", session=key, pinned_start=info.pin_start,
                                   start=item.start), sessions=(item.key,), times=(item.span,))


def frozen(plan: Plan) -> Iterator[Violation]:
    """Hard: given now, sessions that had started keep their place; no other session starts before now."""
    if plan.now is None:
        return
    p, now, previous = plan.problem, plan.now, plan.previous or {}
    for info in p.sessions:
        before, item = previous.get(info.key), plan.by_key.get(info.key)
        key = info.key
        if before is not None and before.start < now:
            if item is None:
                yield hard(FROZEN, phrase(p, "frozen.left_out", session=key, start=before.start),
                           sessions=(info.key,))
            elif (item.start, item.room, item.channel) != (before.start, before.room, before.channel):
                said = phrase(p, "frozen.moved", session=key, start=before.start,
                              place=(before.room, before.channel), new_start=item.start,
                              new_place=(item.room, item.channel))
                yield hard(FROZEN, said, sessions=(info.key,), rooms=_keys(before.room, item.room),
                           channels=_keys(before.channel, item.channel), times=(item.span,))
        elif item is not None and item.start < now:
            yield hard(FROZEN, phrase(p, "frozen.early", session=key, start=item.start, now=now),
                       sessions=(info.key,), times=(item.span,))


KIND_OF = {"rooms": "room", "channels": "channel", "people": "person", "groups": "group"}


def _keys(*keys: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in keys if k))
