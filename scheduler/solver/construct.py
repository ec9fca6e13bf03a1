"""A first schedule built greedily, as the starting point (hint) of the search.

CP-SAT proves and improves well but can take long to find a first schedule
for hundreds of sessions. This list scheduler places the hardest sessions
first, each at its earliest start in the best-fitting free room and channel,
keeping every hard rule it can check cheaply. Sessions it cannot place are
left to the solver; a hint need not be complete.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict

from ..problem import Placement, Schedule
from ..weights import tag_number
from .context import Context, SessionVars


class _Busy:
    """Sorted busy stretches of one room, channel, person or group."""

    def __init__(self):
        self.spans: list[tuple[int, int, str | None]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or b <= start for a, b, _ in self.spans)

    def add(self, start: int, end: int, city: str | None = None) -> None:
        insort(self.spans, (start, end, city))

    def remove(self, start: int, end: int, city: str | None = None) -> None:
        self.spans.remove((start, end, city))


def construct(ctx: Context, keep: Schedule | None = None) -> Schedule:
    """A greedy schedule; sessions of ``keep`` stay where they were wherever that still works."""
    state = _State(ctx)
    depth = _depths(ctx)
    order = sorted(ctx.sessions.values(), key=lambda v: _difficulty(v, depth))
    for v in order:
        if keep and v.info.key in keep:
            state.place_at(v, keep[v.info.key])
    for v in order:
        if v.info.key not in state.placed and not state.place(v):
            state.place_before_partners(v)
    return state.placed


def _depths(ctx: Context) -> dict[str, int]:
    """How many `before` relations lead to each session: predecessors are placed first."""
    depth = dict.fromkeys(ctx.sessions, 0)
    for _ in range(len(ctx.problem.relations)):
        changed = False
        for r in ctx.problem.relations:
            if r.kind == "before" and r.first in depth and r.second in depth \
                    and depth[r.second] <= depth[r.first] < len(depth):
                depth[r.second] = depth[r.first] + 1
                changed = True
        if not changed:
            break
    return depth


def _difficulty(v: SessionVars, depth: dict[str, int]):
    s = v.info
    pinned = s.pin_start is not None or s.pin_room is not None
    return (not pinned, depth[s.key], s.optional,
            len(v.starts) * max(1, len(v.rooms)) * max(1, len(v.channels)), -s.duration, -len(s.people))


class _State:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.p = ctx.problem
        self.placed: Schedule = {}
        self.rooms = defaultdict(_Busy)
        self.channels = defaultdict(_Busy)
        self.people = defaultdict(_Busy)
        self.groups = defaultdict(_Busy)
        self.resources = defaultdict(list)
        self.relations = defaultdict(list)
        self.popularity = _popularity_ranks(ctx)
        for r in self.p.relations:
            self.relations[r.first].append(r)
            self.relations[r.second].append(r)

    def place_before_partners(self, v: SessionVars) -> bool:
        """Take out the related sessions already placed, place ``v``, then put them back.

        If a partner no longer fits, everything returns to how it was.
        """
        partners = [self.placed[other] for r in self.relations[v.info.key]
                    for other in (r.first, r.second) if other != v.info.key and other in self.placed]
        for placed in partners:
            self.uncommit(placed)
        if self.place(v) and all(self.place(self.ctx.sessions[p.session]) for p in partners):
            return True
        for placed in partners:
            if placed.session in self.placed:
                self.uncommit(self.placed[placed.session])
        if v.info.key in self.placed:
            self.uncommit(self.placed[v.info.key])
        for placed in partners:
            self.recommit(placed)
        return False

    def place_at(self, v: SessionVars, where: Placement) -> bool:
        """Place ``v`` exactly as ``where`` says, if every cheap check allows it."""
        rooms = [where.room] if where.room in v.rooms else []
        channels = [where.channel] if where.channel in v.channels else []
        if (v.info.needs_room and not rooms) or (v.info.needs_channel and not channels):
            return False
        return self.place(v, starts=[where.start] if where.start in v.starts else [],
                          rooms=rooms, channels=channels)

    def place(self, v: SessionVars, starts=None, rooms=None, channels=None) -> bool:
        s = v.info
        rooms = self.room_order(v) if rooms is None else rooms
        channels = sorted(v.channels, key=lambda k: self.p.channel[k].capacity) \
            if channels is None else channels
        for start in v.starts if starts is None else starts:
            end = start + s.duration
            if not (self.resources_free(s, start, end) and self.relations_hold(s, start, end)):
                continue
            channel = next((c for c in channels if self.channels[c].free(
                start, end + self.p.channel[c].changeover)), None) if channels else None
            if channels and channel is None:
                continue
            for room in rooms or [None]:
                if room is not None and not self.rooms[room].free(
                        start, end + self.p.room[room].changeover):
                    continue
                city = self.p.room[room].city if room else None
                if self.people_free(s, start, end, city):
                    self.commit(v, start, end, room, channel, city)
                    return True
        return False

    def room_order(self, v: SessionVars) -> list[str]:
        """Best fit first (fewest seats); with the popular-sessions rule, the room whose rank among
        the session's rooms is nearest the session's rank in popularity comes first."""
        by_seats = sorted(v.rooms, key=lambda k: self.p.room[k].seats)
        rank = self.popularity.get(v.info.key)
        if rank is None or len(by_seats) < 2:
            return by_seats
        place = {k: i / (len(by_seats) - 1) for i, k in enumerate(by_seats)}
        return sorted(by_seats, key=lambda k: abs(place[k] - rank))

    def people_free(self, s, start: int, end: int, city: str | None) -> bool:
        for x in s.people:
            if not self.fits(self.people[x.person], start, end, city if x.presence == "on_site" else None):
                return False
        return all(self.fits(self.groups[g], start, end, city) for g in s.attends)

    def fits(self, busy: _Busy, start: int, end: int, city: str | None) -> bool:
        for a, b, other in busy.spans:
            travel = self.p.travel_between(other, city) if city and other and other != city else 0
            if not (end + travel <= a or b + travel <= start):
                return False
        return True

    def resources_free(self, s, start: int, end: int) -> bool:
        for key, amount in s.resources:
            resource = self.p.resource.get(key)
            if resource is None:
                continue
            uses = [(a, b, n) for a, b, n in self.resources[key] if a < end and start < b]
            points = sorted({start} | {a for a, _, _ in uses if start <= a < end})
            for t in points:
                used = amount + sum(n for a, b, n in uses if a <= t < b)
                if used > _capacity_at(resource, t):
                    return False
        return True

    def relations_hold(self, s, start: int, end: int) -> bool:
        for r in self.relations[s.key]:
            other = r.second if r.first == s.key else r.first
            placed = self.placed.get(other)
            if placed is None:
                continue
            o_start, o_end = placed.start, placed.start + self.p.session[other].duration
            if r.kind == "before" and not (
                    (r.first == s.key and end + r.gap <= o_start)
                    or (r.second == s.key and o_end + r.gap <= start)):
                return False
            if r.kind == "same_time" and start != o_start:
                return False
            if r.kind == "not_same_time" and start < o_end and o_start < end:
                return False
            same_day = self.p.day_of(start) == self.p.day_of(o_start)
            if (r.kind == "same_day" and not same_day) or (r.kind == "different_day" and same_day):
                return False
        return True

    def commit(self, v: SessionVars, start, end, room, channel, city) -> None:
        self._book(v.info, start, end, room, channel, city, add=True)
        self.placed[v.info.key] = Placement(v.info.key, start, room, channel)

    def uncommit(self, placed: Placement) -> None:
        s = self.p.session[placed.session]
        city = self.p.room[placed.room].city if placed.room else None
        self._book(s, placed.start, placed.start + s.duration, placed.room, placed.channel, city,
                   add=False)
        del self.placed[placed.session]

    def recommit(self, placed: Placement) -> None:
        self.commit(self.ctx.sessions[placed.session], placed.start,
                    placed.start + self.p.session[placed.session].duration, placed.room,
                    placed.channel, self.p.room[placed.room].city if placed.room else None)

    def _book(self, s, start, end, room, channel, city, *, add: bool) -> None:
        def mark(busy: _Busy, a, b, c=None):
            (busy.add if add else busy.remove)(a, b, c)

        if room:
            mark(self.rooms[room], start, end + self.p.room[room].changeover)
        if channel:
            mark(self.channels[channel], start, end + self.p.channel[channel].changeover)
        for x in s.people:
            mark(self.people[x.person], start, end, city if x.presence == "on_site" else None)
        for g in s.attends:
            mark(self.groups[g], start, end, city)
        for key, amount in s.resources:
            if add:
                self.resources[key].append((start, end, amount))
            else:
                self.resources[key].remove((start, end, amount))


def _popularity_ranks(ctx: Context) -> dict[str, float]:
    """Session -> 0..1, its place among the sessions with a popularity:N tag (when the rule is on)."""
    if not ctx.problem.weight.get("popular_large_room", 0):
        return {}
    found = [(n, key) for key, v in ctx.sessions.items()
             if v.rooms and (n := tag_number(v.info.tags, "popularity")) is not None]
    found.sort()
    return {key: i / max(1, len(found) - 1) for i, (_, key) in enumerate(found)}


def _capacity_at(resource, t: int) -> int:
    capacity = resource.capacity
    if any(w.start <= t < w.end for w in resource.unavailable):
        return 0
    for span, limit in resource.capacity_windows:
        if span.start <= t < span.end:
            capacity = min(capacity, limit)
    return capacity
