"""The requirements an infeasibility explanation names, as a template id and raw values.

Like the validator's findings (scheduler/validator/wording.py, which this shares no code with:
the validator stays independent of the solver), each requirement of an Explanation keeps a
``wording`` id and ``params`` of keys and numbers besides its English ``description``; a view in
another language renders those with its own template. The English comes from TEMPLATES here.

Value kinds by name: "session", "first", "second" are session keys; "room", "channel",
"person", "group", "resource" keys; "owner" a (kind, key) pair; "needs" (seats, (feature, …));
"places" ((target, value), …); "gap", "capacity", "viewers" numbers; "kind" a relation kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..problem import Problem

TEMPLATES: dict[str, str] = {
    "scheduled_once.required": "{session} must be scheduled",
    "room_overlap.one_at_a_time": "{room} holds one session at a time",
    "channel_overlap.one_at_a_time": "{channel} streams one session at a time",
    "person_overlap.one_at_a_time": "{person} can be in one session at a time",
    "group_overlap.one_at_a_time": "{group} can be in one session at a time",
    "travel_time.needs_time": "{owner} needs time to travel between cities",
    "relation.before": "{first} ends at least {gap} min before {second} starts",
    "relation.same_time": "{first} and {second} start at the same time",
    "relation.not_same_time": "{first} and {second} do not overlap",
    "relation.same_day": "{first} and {second} are on the same day",
    "relation.different_day": "{first} and {second} are on different days",
    "relation.other": "{kind}",
    "resource_capacity.at_most": "{resource}: at most {capacity} at once",
    "frozen.stays": "{session} has started and stays where it is",
    "frozen.past": "{session} cannot start in the past",
    "frozen.room": "{session} has started in its room",
    "frozen.channel": "{session} has started in its channel",
    "within_hours.windows": "{session} must be within its allowed days and windows",
    "availability.at_times": "{owner} is unavailable at times",
    "pin.start": "{session} is pinned to its start time",
    "pin.room": "{session} is pinned to its room",
    "pin.channel": "{session} is pinned to its channel",
    "room_suitable.needs": "{session} needs a room with {needs}",
    "room_suitable.needs_in": "{session} needs a room with {needs} in its allowed places ({places})",
    "channel_suitable.needs": "{session} needs a channel for {viewers} viewers",
    "channel_suitable.needs_allowed": "{session} needs a channel for {viewers} viewers among its "
                                      "allowed channels",
}


@dataclass(frozen=True)
class Said:
    """A requirement's template id and values, with its English description."""

    wording: str
    params: tuple[tuple[str, object], ...]
    description: str


def said(problem: Problem, wording: str, **params) -> Said:
    frozen = tuple(params.items())
    return Said(wording, frozen, english(problem, wording, frozen))


def english(problem: Problem, wording: str, params) -> str:
    """The English description of a template id and its values."""
    return TEMPLATES[wording].format(**{name: _english(problem, name, value) for name, value in params})


def _english(p: Problem, name: str, value) -> str:
    if name in ("session", "first", "second"):
        info = p.session.get(value)
        return f"'{info.title if info else value}'"
    if name == "owner":
        return _name(p, *value)
    if name in ("room", "channel", "person", "group", "resource"):
        return _name(p, name, value)
    if name == "needs":
        seats, features = value
        return ", ".join([f"{seats} seats", *features])
    if name == "places":
        return ", ".join(f"{target.replace('_', ' ')} {key}" for target, key in value)
    return str(value)


def _name(p: Problem, kind: str, key: str) -> str:
    table = {"room": p.room, "channel": p.channel, "person": p.person, "group": p.group,
             "resource": p.resource}[kind]
    info = table.get(key)
    return info.name if info else key
