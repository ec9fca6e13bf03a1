"""Checks of time: does each session, pin, person and group fit in the event's days and hours?"""

from __future__ import annotations

from datetime import time, timedelta
from typing import Iterator

from ..domain import models as m
from ..domain.enums import SessionWindowKind, WindowKind
from ..eventtime import at, event_days, format_clock, local
from .facts import Facts
from .finding import (Finding, day_text, error_if_any_required, error_unless_optional, listing,
                      moment_text, optional_note, quoted, span_text, subjects)
from .spans import longest, minutes, opening_hours, outside, session_time


def session_fits_its_time(facts: Facts) -> Iterator[Finding]:
    """Error: a session is longer than every stretch of time it may use.

    That time is the event's daily hours, on its allowed days, within its allowed windows.
    """
    for session in facts.sessions:
        best = longest(session_time(facts, session))
        if best and best[1] - best[0] >= timedelta(minutes=session.duration_minutes):
            continue
        have = ("but it may use no time at all: its allowed days and windows miss the event's "
                "days and hours" if best is None else
                f"but the longest time it may use is {span_text(minutes([best]))} "
                f"({moment_text(best[0], facts.tz)}–{local(best[1], facts.tz):%H:%M})")
        yield Finding(error_unless_optional(session), "no-time-long-enough",
                      f"{quoted(session.title_en)} lasts {span_text(session.duration_minutes)}, "
                      f"{have}{optional_note(session)}", subjects(session))


def session_pin_kept(facts: Facts) -> Iterator[Finding]:
    """Error: a session is pinned to a start it cannot keep: off the event's days or hours, off
    the time grid, outside its allowed days and windows, or inside a prohibited window."""
    for session in (s for s in facts.sessions if s.pin_start is not None):
        problem = pin_problem(facts, session)
        if problem:
            code, why = problem
            yield Finding(error_unless_optional(session), code,
                          f"{quoted(session.title_en)} is pinned to start "
                          f"{moment_text(session.pin_start, facts.tz)}, {why}{optional_note(session)}",
                          subjects(session))


def pin_problem(facts: Facts, session: m.Session) -> tuple[str, str] | None:
    """(code, reason in words) when a pinned start breaks the rules of time, else None."""
    event, tz, start = facts.event, facts.tz, session.pin_start
    end = start + timedelta(minutes=session.duration_minutes)
    days = event_days(event.start_date, event.day_count)
    day = local(start, tz).date()
    if day not in days:
        return "pin-outside-event", (f"which is not a day of the event ({day_text(days[0])} to "
                                     f"{day_text(days[-1])})")
    if start < at(day, event.day_start, tz) or end > at(day, event.day_end, tz):
        return "pin-outside-event", (f"so it runs until {local(end, tz):%H:%M}, outside the event's "
                                     f"hours {format_clock(event.day_start)}–"
                                     f"{format_clock(event.day_end)}")
    since_epoch = start - at(event.start_date, time(0), tz)
    if since_epoch % timedelta(minutes=event.granularity_minutes):
        return "pin-off-grid", f"which is not on the event's {event.granularity_minutes}-minute grid"
    if not any(s <= start and end <= e for s, e in session_time(facts, session)):
        return "pin-outside-allowed-time", "outside the days and windows it is allowed"
    prohibited = [w for w in facts.windows_of_session.get(session.id, [])
                  if w.kind == SessionWindowKind.PROHIBITED and w.start < end and start < w.end]
    if prohibited:
        return "pin-in-prohibited-time", "inside a window it is prohibited from"
    return None


def takers(facts: Facts) -> Iterator[tuple[m.Person | m.Group, str, list[m.Session]]]:
    """People and groups with the sessions they take part in, and their windows' owner column."""
    for person in facts.people:
        yield person, "person_id", facts.sessions_of_person.get(person.id, [])
    for group in facts.groups:
        yield group, "group_id", facts.sessions_of_group.get(group.id, [])


def free_time(facts: Facts, owner, column: str):
    blocks = [(w.start, w.end) for w in facts.windows_of(column, owner.id, WindowKind.UNAVAILABLE)]
    return outside(opening_hours(facts.event), blocks)


def available_during_event(facts: Facts) -> Iterator[Finding]:
    """Error: a person or group with sessions is unavailable for the whole event."""
    for owner, column, sessions in takers(facts):
        if not sessions or free_time(facts, owner, column):
            continue
        yield Finding(error_if_any_required(sessions), "unavailable-whole-event",
                      f"{quoted(owner.name_en)} is unavailable for the whole event, but takes part "
                      f"in {listing(s.title_en for s in sessions)}",
                      subjects(owner, *sessions))


def not_overbooked(facts: Facts) -> Iterator[Finding]:
    """Error: a person's or group's required sessions last longer than the time they have."""
    open_minutes = minutes(opening_hours(facts.event))
    for owner, column, sessions in takers(facts):
        required = [s for s in sessions if not s.optional]
        have = minutes(free_time(facts, owner, column))
        need = sum(s.duration_minutes for s in required)
        if not have or need <= have:
            continue
        limit = (f"the event is open for only {span_text(have)}" if have == open_minutes else
                 f"{quoted(owner.name_en)} is available for only {span_text(have)} of the event")
        yield Finding("error", "overbooked",
                      f"{quoted(owner.name_en)} takes part in {listing(s.title_en for s in required)}, "
                      f"{span_text(need)} in total, but {limit}", subjects(owner, *required))
