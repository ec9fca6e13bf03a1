"""Stretches of time: the event's opening hours and the time a session may use."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..domain.enums import SessionWindowKind
from ..eventtime import at, event_days, parse_day
from .facts import Facts

Span = tuple[datetime, datetime]


def opening_hours(event, days: list[date] | None = None) -> list[Span]:
    """Each event day's hours, day_start to day_end in the event's zone."""
    days = event_days(event.start_date, event.day_count) if days is None else days
    return [(at(d, event.day_start, event.timezone), at(d, event.day_end, event.timezone))
            for d in days]


def merged(spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def inside(spans: list[Span], windows: list[Span]) -> list[Span]:
    """The parts of ``spans`` that lie within any of ``windows``."""
    pieces = [(max(s, ws), min(e, we)) for s, e in spans for ws, we in merged(windows)]
    return merged([(s, e) for s, e in pieces if s < e])


def outside(spans: list[Span], blocks: list[Span]) -> list[Span]:
    """The parts of ``spans`` that no block covers."""
    result = []
    for start, end in spans:
        for block_start, block_end in merged(blocks):
            if block_start > start:
                result.append((start, min(end, block_start)))
            start = max(start, block_end)
            if start >= end:
                break
        if start < end:
            result.append((start, end))
    return [(s, e) for s, e in result if s < e]


def minutes(spans: list[Span]) -> int:
    return int(sum((e - s for s, e in spans), timedelta()).total_seconds() // 60)


def longest(spans: list[Span]) -> Span | None:
    return max(spans, key=lambda span: span[1] - span[0], default=None)


def session_time(facts: Facts, session) -> list[Span]:
    """Where a session may run: opening hours on its allowed days, within its allowed windows."""
    days = event_days(facts.event.start_date, facts.event.day_count)
    if session.allowed_days:
        allowed = {parse_day(text) for text in session.allowed_days}
        days = [d for d in days if d in allowed]
    spans = opening_hours(facts.event, days)
    windows = [(w.start, w.end) for w in facts.windows_of_session.get(session.id, [])
               if w.kind == SessionWindowKind.ALLOWED]
    return inside(spans, windows) if windows else spans


def fitting(spans: list[Span], duration_minutes: int) -> list[Span]:
    """The spans long enough to hold a session of that length."""
    need = timedelta(minutes=duration_minutes)
    return [(s, e) for s, e in spans if e - s >= need]
