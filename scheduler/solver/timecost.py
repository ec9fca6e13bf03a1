"""Costs that depend only on when a session runs, tabulated over its possible starts."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import lru_cache

from ..eventtime import zone
from ..problem import Problem


@lru_cache(maxsize=200_000)
def _outside(epoch: datetime, tz: str, start: int, end: int, lo: int, hi: int) -> int:
    """Minutes of [start, end) outside the local clock window [lo, hi) (minutes of the day) in tz."""
    place = zone(tz)
    first = (epoch + timedelta(minutes=start)).astimezone(place).date()
    last = (epoch + timedelta(minutes=end)).astimezone(place).date()
    inside = 0
    day = first - timedelta(days=1)
    while day <= last:
        opens = datetime.combine(day, time(lo // 60, lo % 60), tzinfo=place)
        closes = datetime.combine(day, time(hi // 60 % 24, hi % 60), tzinfo=place)
        a = round((opens - epoch).total_seconds() / 60)
        b = round((closes - epoch).total_seconds() / 60)
        inside += max(0, min(end, b) - max(start, a))
        day += timedelta(days=1)
    return (end - start) - inside


def minutes_outside(problem: Problem, start: int, duration: int, tz: str, window: tuple[int, int]) -> int:
    return _outside(problem.event.epoch, tz, start, start + duration, window[0], window[1])


def minutes_inside(spans, start: int, end: int) -> int:
    """Minutes of [start, end) covered by the union of ``spans``."""
    covered, cursor = 0, start
    for span in sorted(spans):
        a, b = max(span.start, cursor), min(span.end, end)
        if b > a:
            covered += b - a
            cursor = b
    return covered
