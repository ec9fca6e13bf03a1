"""Soft rules about what is scheduled and where: left out, moved, parallel, room fit, places.

One function per rule of docs/rules.md, named after it; each yields one
Violation per concrete breach with its cost (weight × amount). The time-of-day
rules are in soft_time.py, the per-day rules of people and groups in soft_days.py.
"""

from __future__ import annotations

from typing import Iterator

from ..problem import Placement
from ..weights import stability_scale
from .places import channel_matches, channel_rules, room_matches, room_rules
from .plan import Item, Plan
from .violation import Violation, soft
from .wording import phrase


def optional_left_out(plan: Plan) -> Iterator[Violation]:
    """Soft: 1 per optional session that is not scheduled."""
    for info in plan.problem.sessions:
        cost = plan.cost("optional_left_out", int(info.optional and info.key not in plan.schedule))
        if cost:
            yield soft("optional_left_out", cost,
                       phrase(plan.problem, "optional_left_out.left_out", session=info.key),
                       sessions=(info.key,))


# -- stability on a re-solve ------------------------------------------------------------------

def _moved(plan: Plan) -> Iterator[tuple[Item, Placement, int]]:
    """Sessions scheduled now and before, with the scale: 1 + people affected // 10."""
    previous = plan.previous or {}
    for item in plan.items:
        before = previous.get(item.key)
        if before is not None:
            affected = len(item.people) + sum(plan.problem.group[g].size for g in item.groups
                                              if g in plan.problem.group)
            yield item, before, stability_scale(affected)


def _stability(plan: Plan, rule: str, changed, what) -> Iterator[Violation]:
    for item, before, scale in _moved(plan):
        cost = plan.cost(rule, scale if changed(plan, item, before) else 0)
        if cost:
            yield soft(rule, cost, phrase(plan.problem, what[0], session=item.key,
                                          **what[1](plan, item, before)),
                       sessions=(item.key,), times=(item.span,),
                       rooms=tuple(dict.fromkeys(k for k in (before.room, item.room) if k)),
                       channels=tuple(dict.fromkeys(k for k in (before.channel, item.channel) if k)))


def _other_day(plan: Plan, item: Item, before: Placement) -> bool:
    return plan.problem.day_of(before.start) != item.day


def _other_time(plan: Plan, item: Item, before: Placement) -> bool:
    return not _other_day(plan, item, before) and before.start != item.start


def _city(plan: Plan, room: str | None) -> str | None:
    info = plan.problem.room.get(room) if room else None
    return info.city if info else None


def _other_room(plan: Plan, item: Item, before: Placement, other_city: bool) -> bool:
    if not (before.room and item.room and before.room != item.room):
        return False
    return (_city(plan, before.room) != _city(plan, item.room)) == other_city


_times = ("stability.times", lambda plan, item, before: dict(before=before.start, after=item.start))
_rooms = ("stability.rooms", lambda plan, item, before: dict(
    room_before=before.room, city_before=_city(plan, before.room),
    room_after=item.room, city_after=_city(plan, item.room)))
_channels = ("stability.channels", lambda plan, item, before: dict(
    channel_before=before.channel, channel_after=item.channel))


def stability_day(plan: Plan) -> Iterator[Violation]:
    """Soft: on a re-solve, a session moved to another day, times 1 + affected // 10."""
    yield from _stability(plan, "stability_day", _other_day, _times)


def stability_time(plan: Plan) -> Iterator[Violation]:
    """Soft: on a re-solve, a session moved to another start on its day, times 1 + affected // 10."""
    yield from _stability(plan, "stability_time", _other_time, _times)


def stability_city(plan: Plan) -> Iterator[Violation]:
    """Soft: on a re-solve, a session moved to a room in another city, times 1 + affected // 10."""
    yield from _stability(plan, "stability_city", lambda p, i, b: _other_room(p, i, b, True), _rooms)


def stability_room(plan: Plan) -> Iterator[Violation]:
    """Soft: on a re-solve, a session moved to another room in its city, times 1 + affected // 10."""
    yield from _stability(plan, "stability_room", lambda p, i, b: _other_room(p, i, b, False), _rooms)


def stability_channel(plan: Plan) -> Iterator[Violation]:
    """Soft: on a re-solve, a session moved to another channel, times 1 + affected // 10."""
    yield from _stability(
        plan, "stability_channel",
        lambda p, i, b: bool(b.channel and i.channel and b.channel != i.channel), _channels)


# -- parallel sessions ------------------------------------------------------------------------

def crowded_out(items: list[Item]) -> list[tuple[Item, Item]]:
    """The sessions left over when the most sessions that do not overlap are kept.

    Keeping by earliest end gives the largest such set; each left-over session is
    returned with a kept session it overlaps.
    """
    kept: list[Item] = []
    left: list[Item] = []
    for item in sorted(items, key=lambda i: (i.span.end, i.span.start, i.key)):
        if kept and item.span.start < kept[-1].span.end:
            left.append(item)
        else:
            kept.append(item)
    return [(item, next(k for k in kept if k.span.start < item.span.end and item.span.start < k.span.end))
            for item in left]


def track_parallel(plan: Plan) -> Iterator[Violation]:
    """Soft: 1 per session of a track that would have to move for the track to run one at a time."""
    p = plan.problem
    for track, items in sorted(plan.by_track.items()):
        for a, b in crowded_out(items):
            cost = plan.cost("track_parallel", 1)
            if not cost:
                return
            yield soft("track_parallel", cost,
                       phrase(p, "track_parallel.parallel", first=a.key, first_span=a.span,
                              second=b.key, second_span=b.span, track=track),
                       sessions=(a.key, b.key), times=(a.span, b.span))


def group_interest_parallel(plan: Plan) -> Iterator[Violation]:
    """Soft: per group, 1 per session it attends or would like that clashes with the rest."""
    per_group: dict[str, list[Item]] = {}
    for item in plan.items:
        for key in dict.fromkeys(item.info.attends + item.info.interested):
            per_group.setdefault(key, []).append(item)
    for key, items in sorted(per_group.items()):
        for a, b in crowded_out(items):
            cost = plan.cost("group_interest_parallel", 1)
            if cost:
                yield soft("group_interest_parallel", cost,
                           phrase(plan.problem, "group_interest_parallel.both", group=key, first=a.key,
                                  second=b.key, span=b.span),
                           sessions=(a.key, b.key), groups=(key,), times=(a.span, b.span))


# -- places -----------------------------------------------------------------------------------

def room_fit(plan: Plan) -> Iterator[Violation]:
    """Soft: empty seats in a big-enough room, per 10."""
    for item in plan.items:
        room = plan.problem.room.get(item.room) if item.room else None
        if room is None or room.seats < item.info.expected_onsite:
            continue
        cost = plan.cost("room_fit", (room.seats - item.info.expected_onsite) // 10)
        if cost:
            said = phrase(plan.problem, "room_fit.empty", session=item.key,
                          expected=item.info.expected_onsite,
                          empty=room.seats - item.info.expected_onsite, seats=room.seats, room=room.key)
            yield soft("room_fit", cost, said, sessions=(item.key,), rooms=(room.key,))


def preferred_place(plan: Plan) -> Iterator[Violation]:
    """Soft: 1 when the room (or channel) matches none of the preferred rules; the same per on-site person."""
    p = plan.problem
    for item in plan.items:
        room, channel = p.room.get(item.room or ""), p.channel.get(item.channel or "")
        checks = [(item.info.place_rules, None)] + [(p.person[k].place_rules, k)
                                                    for k in item.onsite_people if k in p.person]
        for rules, person in checks:
            preferred = room_rules(rules, "preferred") if room else []
            if preferred and not any(room_matches(r, room) for r in preferred):
                places = tuple((r.target, r.value) for r in preferred)
                yield from _place_cost(plan, "preferred_place", item, person, "room", places=places)
            preferred = channel_rules(rules, "preferred") if channel and person is None else []
            if preferred and not any(channel_matches(r, channel) for r in preferred):
                channels = tuple(r.value for r in preferred)
                yield from _place_cost(plan, "preferred_place", item, None, "channel", channels=channels)


def undesired_place(plan: Plan) -> Iterator[Violation]:
    """Soft: 1 per undesired rule the room or channel matches; the same per on-site person (room rules)."""
    p = plan.problem
    for item in plan.items:
        room, channel = p.room.get(item.room or ""), p.channel.get(item.channel or "")
        checks = [(item.info.place_rules, None)] + [(p.person[k].place_rules, k)
                                                    for k in item.onsite_people if k in p.person]
        for rules, person in checks:
            matched = [r for r in room_rules(rules, "undesired") if room and room_matches(r, room)]
            if person is None:
                matched += [r for r in channel_rules(rules, "undesired")
                            if channel and channel_matches(r, channel)]
            for rule in matched:
                yield from _place_cost(plan, "undesired_place", item, person, "room",
                                       target=(rule.target, rule.value))


def _place_cost(plan: Plan, rule: str, item: Item, person: str | None, where: str,
                **wish) -> Iterator[Violation]:
    """The cost of a place wish of the session (``person`` None) or of one of its on-site people."""
    cost = plan.cost(rule, 1)
    if not cost:
        return
    who = dict(person=person, session=item.key) if person else dict(session=item.key)
    shape = f"{rule}.{'person_' if person else ''}{where}"
    said = phrase(plan.problem, shape, **who, **wish, place=(item.room, item.channel))
    yield soft(rule, cost, said,
               sessions=(item.key,), people=(person,) if person else (),
               rooms=(item.room,) if item.room else (), channels=(item.channel,) if item.channel else ())
