"""Minutes of a session outside a clock-time day (e.g. 09:00–18:00) in some zone.

The event's minutes are turned into local wall-clock windows of every local
date the span touches, so offsets such as Asia/Yangon's +06:30 and daylight
saving changes are handled by the zone database, not by adding hours.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

from ..eventtime import at, zone
from ..problem import Problem, Span
from .spans import overlap

ONE_DAY = timedelta(days=1)


def known_zone(name: str) -> bool:
    try:
        zone(name)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65536)
def local_window(epoch: datetime, tz: str, day: date, start: int, end: int) -> Span:
    """The wall-clock minutes [start, end) of a local date in tz, as event minutes."""
    midnight = at(day, time(0), tz)

    def minute(clock: int) -> int:
        moment = (midnight + timedelta(minutes=clock)).astimezone(timezone.utc)
        return round((moment - epoch).total_seconds() / 60)

    return Span(minute(start), minute(end))


def minutes_inside_local_day(problem: Problem, span: Span, tz: str, day: tuple[int, int]) -> int:
    """Minutes of span that fall within the clock times ``day`` (minutes after local midnight) in tz."""
    if span.end <= span.start:
        return 0
    place = zone(tz)
    first = problem.moment(span.start).astimezone(place).date() - ONE_DAY
    last = problem.moment(span.end).astimezone(place).date()
    total, current = 0, first
    while current <= last:
        total += overlap(span, local_window(problem.event.epoch, tz, current, *day))
        current += ONE_DAY
    return total


def minutes_outside_local_day(problem: Problem, span: Span, tz: str, day: tuple[int, int]) -> int:
    """Minutes of span outside the clock times ``day`` in tz (0 for an unknown zone)."""
    if not known_zone(tz):
        return 0
    return max(0, span.end - span.start) - minutes_inside_local_day(problem, span, tz, day)
