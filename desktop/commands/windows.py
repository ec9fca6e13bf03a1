"""Unavailable time painted on a grid, turned into the windows to remove and to add.

Plain interval arithmetic, no Qt: painting marks time unavailable, erasing frees it; windows the
stroke does not touch stay exactly as they are (notes included).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class WindowPlan:
    remove: list  # stored Window rows that go
    add: list[tuple[datetime, datetime, str]]  # (start, end, note) of the windows that come

    def __bool__(self) -> bool:
        return bool(self.remove or self.add)


def merge(intervals: list[Interval]) -> list[Interval]:
    """Sorted, with overlapping and touching intervals joined."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def subtract(intervals: list[Interval], cuts: list[Interval]) -> list[Interval]:
    out = []
    for start, end in intervals:
        pieces = [(start, end)]
        for cut_start, cut_end in cuts:
            pieces = [piece for s, e in pieces for piece in
                      ((s, min(e, cut_start)), (max(s, cut_end), e)) if piece[0] < piece[1]]
        out.extend(pieces)
    return out


def plan_unavailable(windows: list, painted: list[Interval], erased: list[Interval]) -> WindowPlan:
    """What to remove and add so that painted time is unavailable and erased time is not."""
    painted, erased = merge(painted), merge(erased)
    touched = [w for w in windows
               if any(w.start <= e and s <= w.end for s, e in painted)
               or any(w.start < e and s < w.end for s, e in erased)]
    result = merge(subtract(merge([(w.start, w.end) for w in touched] + painted), erased))
    kept = [w for w in touched if (w.start, w.end) in result]
    remove = [w for w in touched if w not in kept]
    add = [(s, e, next((w.note for w in remove if w.start < e and s < w.end and w.note), ""))
           for s, e in result if not any((w.start, w.end) == (s, e) for w in kept)]
    return WindowPlan(remove, add)
