"""Minute arithmetic on half-open spans: overlaps and unions of windows."""

from __future__ import annotations

from typing import Iterable

from ..problem import Span


def overlap(a: Span, b: Span) -> int:
    """Minutes that a and b share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def merged(windows: Iterable[Span]) -> list[Span]:
    """The union of windows as sorted, disjoint spans (empty windows dropped)."""
    out: list[Span] = []
    for w in sorted(w for w in windows if w.end > w.start):
        if out and w.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, w.end))
        else:
            out.append(w)
    return out


def minutes_inside(span: Span, windows: Iterable[Span]) -> int:
    """Minutes of span inside the union of windows."""
    return sum(overlap(span, w) for w in merged(windows))


def minutes_outside(span: Span, windows: Iterable[Span]) -> int:
    """Minutes of span outside every one of the windows."""
    return max(0, span.end - span.start) - minutes_inside(span, windows)
