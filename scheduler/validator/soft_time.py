"""Soft rules about the time of day: audiences' and remote speakers' local hours, wished-for times."""

from __future__ import annotations

from typing import Iterator

from ..weights import AUDIENCE_DAY, REMOTE_SPEAKER_DAY
from .plan import Plan
from .spans import minutes_inside, minutes_outside
from .timezones import minutes_outside_local_day
from .violation import Violation, soft
from .wording import phrase


def audience_hours(plan: Plan) -> Iterator[Violation]:
    """Soft: online/hybrid sessions, per target zone, minutes outside 09:00–18:00 local time there."""
    p = plan.problem
    for item in plan.items:
        if not item.info.needs_channel:
            continue
        for tz in dict.fromkeys(item.info.target_timezones):
            minutes = minutes_outside_local_day(p, item.span, tz, AUDIENCE_DAY)
            cost = plan.cost("audience_hours", minutes)
            if cost:
                said = phrase(p, "audience_hours.outside", session=item.key, span=item.span,
                              minutes=minutes, hours=tuple(AUDIENCE_DAY), zone=tz)
                yield soft("audience_hours", cost, said, sessions=(item.key,), times=(item.span,))


def remote_speaker_hours(plan: Plan) -> Iterator[Violation]:
    """Soft: per remote participant with a home zone, minutes outside 08:00–21:00 there."""
    p = plan.problem
    for item in plan.items:
        for key in item.remote_people:
            tz = p.person[key].home_timezone if key in p.person else ""
            minutes = minutes_outside_local_day(p, item.span, tz, REMOTE_SPEAKER_DAY) if tz else 0
            cost = plan.cost("remote_speaker_hours", minutes)
            if cost:
                said = phrase(p, "remote_speaker_hours.outside", person=key, session=item.key,
                              minutes=minutes, hours=tuple(REMOTE_SPEAKER_DAY), zone=tz)
                yield soft("remote_speaker_hours", cost, said, sessions=(item.key,), people=(key,),
                           times=(item.span,))


def session_preferred_time(plan: Plan) -> Iterator[Violation]:
    """Soft: minutes of a session outside all of its preferred windows."""
    for item in plan.items:
        if item.info.preferred:
            minutes = minutes_outside(item.span, item.info.preferred)
            yield from _timing(plan, "session_preferred_time.outside", item, None, minutes)


def session_undesired_time(plan: Plan) -> Iterator[Violation]:
    """Soft: minutes of a session inside its undesired windows."""
    for item in plan.items:
        if item.info.undesired:
            minutes = minutes_inside(item.span, item.info.undesired)
            yield from _timing(plan, "session_undesired_time.inside", item, None, minutes)


def person_preferred_time(plan: Plan) -> Iterator[Violation]:
    """Soft: per person of a session, minutes outside all of the person's preferred windows."""
    for item in plan.items:
        for key in item.people:
            person = plan.problem.person.get(key)
            if person and person.preferred:
                minutes = minutes_outside(item.span, person.preferred)
                yield from _timing(plan, "person_preferred_time.outside", item, key, minutes)


def person_undesired_time(plan: Plan) -> Iterator[Violation]:
    """Soft: per person of a session, minutes inside the person's undesired windows."""
    for item in plan.items:
        for key in item.people:
            person = plan.problem.person.get(key)
            if person and person.undesired:
                minutes = minutes_inside(item.span, person.undesired)
                yield from _timing(plan, "person_undesired_time.inside", item, key, minutes)


def _timing(plan: Plan, wording: str, item, person: str | None, minutes: int):
    """``wording`` is "<rule>.<shape>"; the person's key goes into the words when there is one."""
    rule = wording.partition(".")[0]
    cost = plan.cost(rule, minutes)
    if cost:
        who = dict(person=person) if person else {}
        said = phrase(plan.problem, wording, session=item.key, span=item.span, minutes=minutes, **who)
        yield soft(rule, cost, said, sessions=(item.key,), people=(person,) if person else (),
                   times=(item.span,))
