"""Where things go on a day's timetable: columns (rooms, then channels) and rows (time).

Plain geometry with no Qt widgets, so it is cheap to rebuild on zoom and easy to test.
Scene coordinates: x grows with columns after the time ruler, y with minutes
below the header rows; one scene unit is one pixel (zoom changes ``ppm``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from PySide6.QtCore import QCoreApplication

from scheduler.problem import Span

from .state import ScheduleState

RULER = 58  # width of the time ruler on the left
COLUMN = 142  # width of one room or channel
HEADER_ROWS = (20, 20, 42)  # city, venue, room/channel
ZOOMS = (0.6, 0.8, 1.0, 1.25, 1.6, 2.0, 2.5, 3.2, 4.0, 5.0)  # pixels per minute
DEFAULT_ZOOM = 4


@dataclass(frozen=True)
class Column:
    index: int
    kind: str  # "room" or "channel"
    key: str
    name: str
    name_zh: str
    detail: str  # "400 seats" / "1,000 viewers"
    group: str  # the city (or "Online")
    subgroup: str  # the venue (or the platform)


@dataclass(frozen=True)
class Grid:
    columns: tuple[Column, ...]
    span: Span
    hours: Span
    granularity: int
    ppm: float

    @property
    def header(self) -> int:
        return sum(HEADER_ROWS)

    @property
    def width(self) -> float:
        return RULER + COLUMN * len(self.columns)

    @property
    def height(self) -> float:
        return self.y(self.span.end)

    def x(self, index: int) -> float:
        return RULER + COLUMN * index

    def y(self, minute: int) -> float:
        return self.header + (minute - self.span.start) * self.ppm

    def minute_at(self, y: float) -> float:
        return self.span.start + (y - self.header) / self.ppm

    def column_at(self, x: float) -> int | None:
        index = int((x - RULER) // COLUMN)
        return index if x >= RULER and 0 <= index < len(self.columns) else None

    def snap(self, minute: float, duration: int = 0) -> int:
        """The start nearest ``minute`` on the event's granularity, kept inside the day shown."""
        g = self.granularity
        first = -(-self.span.start // g) * g
        last = max(first, (self.span.end - max(duration, g)) // g * g)
        return max(first, min(last, int(round(minute / g)) * g))

    def cell_at(self, x: float, y: float, duration: int = 0) -> tuple[Column, int] | None:
        """The column under ``x`` and the snapped start for a block whose top is at ``y``."""
        index = self.column_at(x)
        return None if index is None else (self.columns[index], self.snap(self.minute_at(y), duration))

    def index_of(self, kind: str, key: str) -> int:
        return self._index[(kind, key)]

    def has(self, kind: str, key: str) -> bool:
        return (kind, key) in self._index

    @cached_property
    def _index(self) -> dict[tuple[str, str], int]:
        return {(c.kind, c.key): c.index for c in self.columns}

    def zoomed(self, ppm: float) -> "Grid":
        return replace(self, ppm=ppm)

    def groups(self, level: str) -> list[tuple[str, int, int]]:
        """Runs of neighbouring columns with the same group (level "group" or "subgroup")."""
        runs: list[tuple[str, int, int]] = []
        for c in self.columns:
            label = getattr(c, level) if level == "group" else (c.group, c.subgroup)
            if runs and runs[-1][0] == label:
                runs[-1] = (label, runs[-1][1], c.index)
            else:
                runs.append((label, c.index, c.index))
        if level == "subgroup":
            runs = [(label[1], first, last) for label, first, last in runs]
        return runs


def columns(state: ScheduleState, only: set[tuple[str, str]] | None = None) -> tuple[Column, ...]:
    """Rooms grouped by city and venue (in the project's order), then channels by platform;
    with ``only``, just those (kind, key) places, numbered from 0 again."""
    every = _all_columns(state)
    if only is None:
        return every
    kept = [c for c in every if (c.kind, c.key) in only]
    return tuple(replace(c, index=i) for i, c in enumerate(kept))


def _all_columns(state: ScheduleState) -> tuple[Column, ...]:
    problem, names = state.problem, state.names
    out: list[Column] = []
    for city in problem.cities or ():
        city_label = _both(city.name, names.chinese("city", city.key))
        for room in (r for r in problem.rooms if r.city == city.key):
            out.append(Column(len(out), "room", room.key, room.name, names.chinese("room", room.key),
                              _seats(room.seats), city_label,
                              _both(room.venue_name, names.chinese("venue", room.venue))))
    known = {c.key for c in out}
    for room in problem.rooms:  # rooms of a city the snapshot does not list
        if room.key not in known:
            out.append(Column(len(out), "room", room.key, room.name, names.chinese("room", room.key),
                              _seats(room.seats), room.city, room.venue_name))
    by_platform = sorted(problem.channels, key=lambda c: names.platform.get(c.key, ""))
    for channel in by_platform:
        out.append(Column(len(out), "channel", channel.key, channel.name,
                          names.chinese("channel", channel.key),
                          QCoreApplication.translate("TimetableColumns", "{count} viewers").format(
                              count=f"{channel.capacity:,}"),
                          "Online 线上", names.platform.get(channel.key) or "Online"))
    return tuple(out)


def _seats(seats: int) -> str:
    return QCoreApplication.translate("TimetableColumns", "{count} seats").format(count=f"{seats:,}")


def _both(english: str, chinese: str) -> str:
    return f"{english} {chinese}" if chinese else english


def lanes(spans: list[tuple[int, int, object]]) -> dict[object, tuple[int, int]]:
    """Side-by-side lanes for overlapping blocks of one column: item -> (lane, lanes in its cluster)."""
    out: dict[object, tuple[int, int]] = {}
    cluster: list[tuple[object, int]] = []
    ends: list[int] = []  # end of the last block in each lane of the current cluster
    cluster_end = None
    for start, end, item in sorted(spans, key=lambda s: (s[0], s[1])):
        if cluster_end is not None and start >= cluster_end:
            out.update({it: (lane, len(ends)) for it, lane in cluster})
            cluster, ends, cluster_end = [], [], None
        lane = next((i for i, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        cluster.append((item, lane))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    out.update({it: (lane, len(ends)) for it, lane in cluster})
    return out
