"""Soft rules between sessions that share a tag, and popular sessions in larger rooms.

Tags "category:value" group sessions (themes, sectors, content, ...); each rule family is switched
on per category by a weight "<family>.<category>" (scheduler/weights.py, docs/rules.md):

* tag_overlap   — per minute two sessions sharing a value overlap, per shared value. Counted per
                  value and per stretch of time between two possible starts or ends: n sessions of
                  the value running through a stretch of m minutes cost m·n(n−1)/2, a convex
                  function of a sum of start literals, so no variable per pair is needed.
* tag_same_day  — minutes of both sessions of a pair sharing values that are on different days.
* tag_same_room — minutes of both when such a pair is on the same day in different rooms.
* level_flow    — minutes of both when, of two sessions sharing values, the one with the lower
                  "level:N" tag does not end before the other starts.
* popular_large_room (one weight) — minutes of both when the session with the higher
                  "popularity:N" tag sits in the room with fewer seats.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..weights import (LEVEL_FLOW, TAG_OVERLAP, TAG_SAME_DAY, TAG_SAME_ROOM, tag_number, tag_rules,
                       tag_values)
from .context import Context, SessionVars

Terms = list[tuple[str, object]]


def tag_terms(ctx: Context) -> Terms:
    weights = ctx.problem.weight
    terms: Terms = []
    for category in tag_rules(weights, TAG_OVERLAP):
        terms += overlap_terms(ctx, category)
    pairs = PairVars(ctx)
    for category in tag_rules(weights, TAG_SAME_DAY):
        terms += [(f"{TAG_SAME_DAY}.{category}", k * both_minutes(a, b) * pairs.other_day(a, b))
                  for a, b, k in sharing(ctx, category)]
    for category in tag_rules(weights, TAG_SAME_ROOM):
        terms += [(f"{TAG_SAME_ROOM}.{category}", k * both_minutes(a, b) * pairs.other_room_same_day(a, b))
                  for a, b, k in sharing(ctx, category) if a.rooms and b.rooms]
    for category in tag_rules(weights, LEVEL_FLOW):
        terms += level_flow_terms(ctx, category)
    if weights.get("popular_large_room", 0):
        terms += popular_terms(ctx)
    return terms


def both_minutes(a: SessionVars, b: SessionVars) -> int:
    return a.info.duration + b.info.duration


def members(ctx: Context, category: str) -> dict[str, list[SessionVars]]:
    found: dict[str, list[SessionVars]] = defaultdict(list)
    for v in ctx.sessions.values():
        for value in sorted(tag_values(v.info.tags, category)):
            found[value].append(v)
    return found


def sharing(ctx: Context, category: str) -> list[tuple[SessionVars, SessionVars, int]]:
    """Pairs of sessions sharing k > 0 values of a category, with k (in a stable order)."""
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for vs in members(ctx, category).values():
        for a, b in combinations(vs, 2):
            shared[(a.info.key, b.info.key)] += 1
    return [(ctx.sessions[a], ctx.sessions[b], k) for (a, b), k in shared.items()]


def start_literals(ctx: Context, v: SessionVars) -> dict[int, object]:
    """One literal per possible start minute of the session, exactly one of them if it is present."""
    if v.at is None:
        model = ctx.model
        if len(v.starts) == 1:
            v.at = {v.starts[0]: v.present}
        else:
            v.at = {t: model.new_bool_var(f"at[{v.info.key},{t}]") for t in v.starts}
            model.add(sum(v.at.values()) == v.present)
            model.add(v.start == sum(ctx.step(t) * lit for t, lit in v.at.items())).only_enforce_if(v.present)
    return v.at


def overlap_terms(ctx: Context, category: str) -> Terms:
    """Per value: per stretch between possible starts/ends, minutes × pairs running through it."""
    rule, terms = f"{TAG_OVERLAP}.{category}", []
    for value, vs in members(ctx, category).items():
        if len(vs) < 2:
            continue
        edges = sorted({t + d for v in vs for t in v.starts for d in (0, v.info.duration)})
        for low, high in zip(edges, edges[1:]):
            running = ([lit for t, lit in start_literals(ctx, v).items()
                        if t <= low and t + v.info.duration >= high] for v in vs)
            holders = [lits for lits in running if lits]  # the sessions that may run through it
            if len(holders) < 2:
                continue
            count = sum(lit for lits in holders for lit in lits)
            pairs = ctx.model.new_int_var(0, len(holders) * (len(holders) - 1) // 2,
                                          f"{rule}[{value},{low}]")
            for j in range(1, len(holders)):  # n(n-1)/2 is the upper envelope of these lines
                ctx.model.add(pairs >= j * count - j * (j + 1) // 2)
            terms.append((rule, (high - low) * pairs))
    return terms


class PairVars:
    """Per pair of sessions: are they on the same day, in the same room (made once, shared)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.days: dict[tuple[str, str], object] = {}
        self.rooms: dict[tuple[str, str], object] = {}

    def both_present(self, a: SessionVars, b: SessionVars):
        if not (a.info.optional or b.info.optional):
            return 1
        lit = self.ctx.model.new_bool_var("")
        self.ctx.model.add_bool_and([a.present, b.present]).only_enforce_if(lit)
        self.ctx.model.add_bool_or([lit, ~a.present, ~b.present])
        return lit

    def same_day(self, a: SessionVars, b: SessionVars):
        """A literal (or 0/1) that is exactly 'both present on the same day'."""
        key = (a.info.key, b.info.key)
        if key not in self.days:
            model, common = self.ctx.model, set(a.days) & set(b.days)
            parts = []
            for d in sorted(common):
                z = model.new_bool_var("")
                model.add_bool_and([a.days[d], b.days[d]]).only_enforce_if(z)
                model.add_bool_or([z, ~a.days[d], ~b.days[d]])
                parts.append(z)
            self.days[key] = sum(parts) if parts else 0
        return self.days[key]

    def other_day(self, a: SessionVars, b: SessionVars):
        return self.both_present(a, b) - self.same_day(a, b)

    def same_room(self, a: SessionVars, b: SessionVars):
        """A literal that can be true only when both are in the same room."""
        key = (a.info.key, b.info.key)
        if key not in self.rooms:
            model = self.ctx.model
            lit = model.new_bool_var(f"same_room[{a.info.key},{b.info.key}]")
            for room in set(a.rooms) | set(b.rooms):
                x, y = a.rooms.get(room, 0), b.rooms.get(room, 0)
                model.add(x == y).only_enforce_if(lit)
            model.add_implication(lit, a.present)
            self.rooms[key] = lit
        return self.rooms[key]

    def other_room_same_day(self, a: SessionVars, b: SessionVars):
        same_day = self.same_day(a, b)
        if isinstance(same_day, int) and not same_day:
            return 0
        kept = self.ctx.model.new_bool_var("")
        self.ctx.model.add(kept <= same_day)
        self.ctx.model.add_implication(kept, self.same_room(a, b))
        return same_day - kept


def level_flow_terms(ctx: Context, category: str) -> Terms:
    rule, model, terms = f"{LEVEL_FLOW}.{category}", ctx.model, []
    for a, b, k in sharing(ctx, category):
        la, lb = tag_number(a.info.tags, "level"), tag_number(b.info.tags, "level")
        if la is None or lb is None or la == lb:
            continue
        easy, hard = (a, b) if la < lb else (b, a)
        if easy.starts[-1] + easy.info.duration <= hard.starts[0]:
            continue  # always in order
        late = model.new_bool_var(f"{rule}[{easy.info.key},{hard.info.key}]")
        model.add(easy.end <= hard.start).only_enforce_if(~late, easy.present, hard.present)
        terms.append((rule, k * both_minutes(a, b) * late))
    return terms


def popular_terms(ctx: Context) -> Terms:
    """Ordered pairs (less, more popular) where the less popular one may get the bigger room."""
    p, model, terms = ctx.problem, ctx.model, []
    ranked = [(v, tag_number(v.info.tags, "popularity")) for v in ctx.sessions.values() if v.rooms]
    ranked = [(v, n) for v, n in ranked if n is not None]
    seats = {key: p.room[key].seats for v, _ in ranked for key in v.rooms}
    for (a, na), (b, nb) in combinations(ranked, 2):
        if na == nb:
            continue
        low, high = (a, b) if na < nb else (b, a)
        if max(seats[r] for r in low.rooms) <= min(seats[r] for r in high.rooms):
            continue  # the less popular one can never have more seats
        inverted = model.new_bool_var(f"popular[{low.info.key},{high.info.key}]")
        model.add(sum(seats[r] * lit for r, lit in low.rooms.items())
                  <= sum(seats[r] * lit for r, lit in high.rooms.items())).only_enforce_if(
            ~inverted, low.present, high.present)
        terms.append(("popular_large_room", both_minutes(a, b) * inverted))
    return terms
