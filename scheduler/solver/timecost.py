"""Costs that depend only on when a session runs, tabulated over its possible starts."""

from __future__ import annotations


def minutes_inside(spans, start: int, end: int) -> int:
    """Minutes of [start, end) covered by the union of ``spans``."""
    covered, cursor = 0, start
    for span in sorted(spans):
        a, b = max(span.start, cursor), min(span.end, end)
        if b > a:
            covered += b - a
            cursor = b
    return covered
