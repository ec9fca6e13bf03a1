"""Hard rules about each session on its own: placed once, in a fitting place, at an allowed time.

One function per rule of docs/rules.md, named after it; each yields one
Violation per concrete breach. The pair-wise hard rules are in hard_pairs.py.
"""

from __future__ import annotations

from typing import Iterator

from ..weights import (AVAILABILITY, CHANNEL_SUITABLE, FROZEN, PIN, PLACE_MATCHES_MODE,
                       ROOM_SUITABLE, SCHEDULED_ONCE, WITHIN_HOURS)
from . import messages as say
from .places import channel_matches, channel_rules, room_matches, room_rules
from .plan import Item, Plan
from .violation import Violation, hard

MODE_WORDS = {"on_site": "on site", "online": "online", "hybrid": "hybrid"}


def scheduled_once(plan: Plan) -> Iterator[Violation]:
    """Hard: every non-optional session is placed exactly once; placements name sessions of the problem."""
    for info in plan.problem.sessions:
        if not info.optional and info.key not in plan.schedule:
            yield hard(SCHEDULED_ONCE, f"{say.title(info)} is not scheduled", sessions=(info.key,))
    for key, placement in sorted(plan.schedule.items()):
        if key not in plan.problem.session:
            yield hard(SCHEDULED_ONCE, f"The schedule places '{key}', which is not a session of the "
                       "event (cancelled or deleted?)", sessions=(key,))
        elif placement.session != key:
            yield hard(SCHEDULED_ONCE, f"The placement of {say.title(plan.problem.session[key])} names "
                       f"another session, '{placement.session}'", sessions=(key, placement.session))


def place_matches_mode(plan: Plan) -> Iterator[Violation]:
    """Hard: on site needs a room and no channel, online a channel and no room, hybrid both."""
    for item in plan.items:
        wrong = []
        if item.info.needs_room != bool(item.room):
            wrong.append(f"is in {say.room(plan.problem, item.room)}" if item.room else "has no room")
        if item.info.needs_channel != bool(item.channel):
            wrong.append(f"is on {say.channel(plan.problem, item.channel)}" if item.channel
                         else "has no online channel")
        if wrong:
            mode = MODE_WORDS.get(item.info.mode, item.info.mode)
            yield hard(PLACE_MATCHES_MODE, f"{say.title(item.info)} is {mode} but {' and '.join(wrong)}",
                       sessions=(item.key,), rooms=_keys(item.room), channels=_keys(item.channel))


def room_suitable(plan: Plan) -> Iterator[Violation]:
    """Hard: enough seats, the required features, the room rules of the session and its on-site people."""
    for item in plan.items:
        if item.room:
            yield from _room_checks(plan, item)


def _room_checks(plan: Plan, item: Item) -> Iterator[Violation]:
    p, info, name = plan.problem, item.info, say.title(item.info)
    subjects = dict(sessions=(item.key,), rooms=(item.room,))
    room = p.room.get(item.room)
    if room is None:
        yield hard(ROOM_SUITABLE, f"{name} is in room '{item.room}', which is not in the event", **subjects)
        return
    if room.seats < info.expected_onsite:
        yield hard(ROOM_SUITABLE, f"{name} ({info.expected_onsite} expected on site) is in {room.name} "
                   f"({room.seats} seats)", **subjects)
    missing = sorted(info.required_features - room.features)
    if missing:
        yield hard(ROOM_SUITABLE, f"{name} needs {say.and_list(missing)}, which {room.name} does not have",
                   **subjects)
    yield from _room_rules(plan, item, info.place_rules, name, (), subjects)
    for person in item.onsite_people:
        rules = p.person[person].place_rules if person in p.person else ()
        who = f"{say.person(p, person)} (on site at {name})"
        yield from _room_rules(plan, item, rules, who, (person,), subjects)


def _room_rules(plan, item, rules, who, people, subjects) -> Iterator[Violation]:
    p, room = plan.problem, plan.problem.room[item.room]
    allowed = room_rules(rules, "allowed")
    if allowed and not any(room_matches(r, room) for r in allowed):
        places = " or ".join(say.rule_target(p, r.target, r.value) for r in allowed)
        yield hard(ROOM_SUITABLE, f"{who} may only be in {places}, not in {room.name}", people=people,
                   **subjects)
    for rule in room_rules(rules, "prohibited"):
        if room_matches(rule, room):
            yield hard(ROOM_SUITABLE, f"{who} must not be in {say.rule_target(p, rule.target, rule.value)}"
                       f", but is in {room.name}", people=people, **subjects)


def channel_suitable(plan: Plan) -> Iterator[Violation]:
    """Hard: the channel has the viewer capacity and keeps the session's channel rules."""
    p = plan.problem
    for item in plan.items:
        if not item.channel:
            continue
        name, subjects = say.title(item.info), dict(sessions=(item.key,), channels=(item.channel,))
        channel = p.channel.get(item.channel)
        if channel is None:
            yield hard(CHANNEL_SUITABLE, f"{name} is on channel '{item.channel}', which is not in the event",
                       **subjects)
            continue
        if channel.capacity < item.info.expected_online:
            yield hard(CHANNEL_SUITABLE, f"{name} ({item.info.expected_online} expected online) is on "
                       f"{channel.name} ({channel.capacity} viewers)", **subjects)
        allowed = channel_rules(item.info.place_rules, "allowed")
        if allowed and not any(channel_matches(r, channel) for r in allowed):
            places = " or ".join(say.channel(p, r.value) for r in allowed)
            yield hard(CHANNEL_SUITABLE, f"{name} may only be on {places}, not on {channel.name}", **subjects)
        for rule in channel_rules(item.info.place_rules, "prohibited"):
            if channel_matches(rule, channel):
                yield hard(CHANNEL_SUITABLE, f"{name} must not be on {channel.name}", **subjects)


def within_hours(plan: Plan) -> Iterator[Violation]:
    """Hard: on the grid, inside one day's hours, on an allowed day and window, in no prohibited one."""
    for item in plan.items:
        yield from _time_checks(plan, item)


def _time_checks(plan: Plan, item: Item) -> Iterator[Violation]:
    p, info, span = plan.problem, item.info, item.span
    name, when, subjects = say.title(info), say.when(p, span), dict(sessions=(item.key,), times=(span,))
    grid = p.event.granularity
    if grid > 1 and item.start % grid:
        yield hard(WITHIN_HOURS, f"{name} starts at {say.at(p, item.start)}, off the {grid}-minute grid",
                   **subjects)
    if not any(hours.contains(span) for hours in p.event.hours):
        yield hard(WITHIN_HOURS, f"{name} at {when} is outside the daily hours{_hours_of(plan, item)}",
                   **subjects)
    if info.allowed_days and item.day not in info.allowed_days:
        yield hard(WITHIN_HOURS, f"{name} is on {say.local_day(p, item.start)}, but {_days(plan, item)}",
                   **subjects)
    if info.allowed and not any(window.contains(span) for window in info.allowed):
        allowed = ", ".join(say.when(p, w) for w in info.allowed)
        yield hard(WITHIN_HOURS, f"{name} at {when} is outside its allowed times ({allowed})", **subjects)
    for window in info.prohibited:
        if window.overlaps(span):
            yield hard(WITHIN_HOURS, f"{name} at {when} overlaps its excluded time {say.when(p, window)}",
                       sessions=(item.key,), times=(span, window))


def _hours_of(plan: Plan, item: Item) -> str:
    hours = plan.problem.event.hours
    if 0 <= item.day < len(hours):
        day = hours[item.day]
        return f" ({say.local_clock(plan.problem, day.start)}–{say.local_clock(plan.problem, day.end)})"
    return " (not on a day of the event)"


def _days(plan: Plan, item: Item) -> str:
    days = plan.problem.event.days
    allowed = [f"{say.DAYS[days[i].weekday()]} {days[i].day} {say.MONTHS[days[i].month - 1]}"
               for i in item.info.allowed_days if 0 <= i < len(days)]
    return f"may only be on {' or '.join(allowed)}" if allowed else "may be on no day of the event"


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
                    yield hard(AVAILABILITY, f"{owner.name} is unavailable {say.when(p, window)}, but "
                               f"{say.title(item.info)} is at {say.when(p, item.span)}",
                               sessions=(item.key,), times=(item.span, window), **{field: (owner.key,)})


def pin(plan: Plan) -> Iterator[Violation]:
    """Hard: a pinned room, channel or start is kept."""
    p = plan.problem
    for item in plan.items:
        info, name = item.info, say.title(item.info)
        if info.pin_room and item.room != info.pin_room:
            yield hard(PIN, f"{name} is pinned to {say.room(p, info.pin_room)} but is in "
                       f"{say.place(p, item.room, None)}", sessions=(item.key,),
                       rooms=tuple(k for k in (info.pin_room, item.room) if k))
        if info.pin_channel and item.channel != info.pin_channel:
            yield hard(PIN, f"{name} is pinned to {say.channel(p, info.pin_channel)} but is on "
                       f"{say.place(p, None, item.channel)}", sessions=(item.key,),
                       channels=tuple(k for k in (info.pin_channel, item.channel) if k))
        if info.pin_start is not None and item.start != info.pin_start:
            yield hard(PIN, f"{name} is pinned to start {say.at(p, info.pin_start)} but starts "
                       f"{say.at(p, item.start)}", sessions=(item.key,), times=(item.span,))


def frozen(plan: Plan) -> Iterator[Violation]:
    """Hard: given now, sessions that had started keep their place; no other session starts before now."""
    if plan.now is None:
        return
    p, now, previous = plan.problem, plan.now, plan.previous or {}
    for info in p.sessions:
        before, item = previous.get(info.key), plan.by_key.get(info.key)
        name = say.title(info)
        if before is not None and before.start < now:
            if item is None:
                yield hard(FROZEN, f"{name} had already started ({say.at(p, before.start)}) but is left out",
                           sessions=(info.key,))
            elif (item.start, item.room, item.channel) != (before.start, before.room, before.channel):
                yield hard(FROZEN, f"{name} had already started ({say.at(p, before.start)}, "
                           f"{say.place(p, before.room, before.channel)}) but is moved to "
                           f"{say.at(p, item.start)}, {say.place(p, item.room, item.channel)}",
                           sessions=(info.key,), rooms=_keys(before.room, item.room),
                           channels=_keys(before.channel, item.channel), times=(item.span,))
        elif item is not None and item.start < now:
            yield hard(FROZEN, f"{name} starts {say.at(p, item.start)}, before now ({say.at(p, now)})",
                       sessions=(info.key,), times=(item.span,))


def _keys(*keys: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in keys if k))
