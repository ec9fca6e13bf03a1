"""Wording: sessions by title, places and people by name, times in the event's zone.

Day and month names are spelled here, not by strftime, so the words do not
depend on the process locale (the desktop app may set one).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from ..eventtime import zone
from ..problem import Problem, SessionInfo, Span

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=65536)
def _local(epoch: datetime, tz: str, minute: int) -> tuple[str, str]:
    """('Fri 28 May', '09:30') of an event minute in the zone tz."""
    moment = (epoch + timedelta(minutes=minute)).astimezone(zone(tz))
    return f"{DAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]}", f"{moment:%H:%M}"


def local_day(problem: Problem, minute: int) -> str:
    """E.g. 'Fri 28 May' in the event's zone."""
    return _local(problem.event.epoch, problem.event.timezone, minute)[0]


def local_clock(problem: Problem, minute: int) -> str:
    """E.g. '09:30' in the event's zone."""
    return _local(problem.event.epoch, problem.event.timezone, minute)[1]


def when(problem: Problem, span: Span) -> str:
    """E.g. 'Fri 28 May 09:30–10:15'; the end names its own day when it is another one."""
    first, last = local_day(problem, span.start), local_day(problem, span.end)
    end = local_clock(problem, span.end)
    if last != first:
        end = f"{last} {end}"
    return f"{first} {local_clock(problem, span.start)}–{end}"


def at(problem: Problem, minute: int) -> str:
    """E.g. 'Fri 28 May 09:30'."""
    return f"{local_day(problem, minute)} {local_clock(problem, minute)}"


def title(session: SessionInfo) -> str:
    return f"'{session.title or session.key}'"


def titles(sessions, limit: int = 5) -> str:
    """E.g. "'A', 'B' and 'C'"; past ``limit`` titles, "… and 7 more"."""
    names = [title(s) for s in sessions]
    if len(names) > limit:
        names = names[:limit - 1] + [f"{len(names) - limit + 1} more"]
    return and_list(names)


def room(problem: Problem, key: str | None) -> str:
    info = problem.room.get(key) if key else None
    return info.name if info else f"room '{key}'"


def channel(problem: Problem, key: str | None) -> str:
    info = problem.channel.get(key) if key else None
    return info.name if info else f"channel '{key}'"


def person(problem: Problem, key: str) -> str:
    info = problem.person.get(key)
    return info.name if info else key


def group(problem: Problem, key: str) -> str:
    info = problem.group.get(key)
    return info.name if info else key


def resource(problem: Problem, key: str) -> str:
    info = problem.resource.get(key)
    return info.name if info else key


def city(problem: Problem, key: str | None) -> str:
    info = problem.city.get(key) if key else None
    return info.name if info else (key or "an unknown city")


def place(problem: Problem, room_key: str | None, channel_key: str | None) -> str:
    """Where a placement is, e.g. 'Hall A and Main Stream', 'no room or channel'."""
    names = [name for key, name in ((room_key, room(problem, room_key)),
                                    (channel_key, channel(problem, channel_key))) if key]
    return " and ".join(names) or "no room or channel"


def people_and_groups(problem: Problem, people=(), groups=()) -> str:
    return and_list([person(problem, p) for p in people] + [group(problem, g) for g in groups])


def rule_target(problem: Problem, target: str, value: str) -> str:
    """A place rule's target in words, e.g. 'city Dezhou', 'rooms tagged vip'."""
    if target == "city":
        return f"city {city(problem, value)}"
    if target == "venue":
        venue = next((r.venue_name for r in problem.rooms if r.venue == value), value)
        return f"venue {venue}"
    if target == "room":
        return room(problem, value)
    if target == "channel":
        return channel(problem, value)
    return f"rooms tagged '{value}'"


def and_list(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
