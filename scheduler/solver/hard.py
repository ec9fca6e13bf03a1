"""Hard rules: one function per rule of docs/rules.md (room and time choices that are
impossible are already left out of the variables; see variables.py)."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from .. import weights as w
from ..problem import Span
from .conflict_words import said
from .context import Context


def add_hard_rules(ctx: Context) -> None:
    for rule in (scheduled_once, frozen, room_overlap, channel_overlap, person_overlap,
                 group_overlap, travel_time, relations, resource_capacity):
        rule(ctx)


def scheduled_once(ctx: Context) -> None:
    """Hard: every session that is not optional is scheduled exactly once."""
    if ctx.relaxed:
        return
    for v in ctx.sessions.values():
        if not v.info.optional:
            ctx.enforce(ctx.model.add(v.present == 1),
                        ctx.guard(w.SCHEDULED_ONCE, said(ctx.problem, "scheduled_once.required",
                                                         session=v.info.key), ("session", v.info.key)))


def frozen(ctx: Context) -> None:
    """Hard: on a re-solve, a session that has already started stays scheduled where it is."""
    for key, v in ctx.sessions.items():
        if ctx.frozen(key) is not None:
            ctx.model.add(v.present == 1)


def room_overlap(ctx: Context) -> None:
    """Hard: one session at a time in a room, with the room's changeover time between them."""
    one_at_a_time_in(ctx, "room", w.ROOM_OVERLAP)


def channel_overlap(ctx: Context) -> None:
    """Hard: one session at a time on a channel, with its changeover time between them."""
    one_at_a_time_in(ctx, "channel", w.CHANNEL_OVERLAP)


def one_at_a_time_in(ctx: Context, kind: str, rule: str) -> None:
    """A no-overlap per room (or channel) over the sessions that may take it, plus changeover."""
    uses = defaultdict(list)
    for v in ctx.sessions.values():
        for key, lit in (v.rooms if kind == "room" else v.channels).items():
            uses[key].append((v, lit))
    for key, users in uses.items():
        place = (ctx.problem.room if kind == "room" else ctx.problem.channel)[key]
        guards = ctx.guard(rule, said(ctx.problem, f"{rule}.one_at_a_time", **{kind: key}), (kind, key))
        intervals = [ctx.model.new_optional_fixed_size_interval_var(
            v.start, v.length + ctx.steps(place.changeover), ctx.both(lit, guards), "")
            for v, lit in users]
        if len(intervals) > 1:
            ctx.model.add_no_overlap(intervals)


def sessions_of_people(ctx: Context) -> dict[str, list]:
    found = defaultdict(list)
    for v in ctx.sessions.values():
        for part in v.info.people:
            found[part.person].append((v, part.presence == "on_site"))
    return found


def sessions_of_groups(ctx: Context) -> dict[str, list]:
    found = defaultdict(list)
    for v in ctx.sessions.values():
        for group in v.info.attends:
            found[group].append((v, v.info.needs_room))
    return found


def no_overlap_for(ctx: Context, uses, guards) -> None:
    if len(uses) < 2:
        return
    if not guards:
        ctx.model.add_no_overlap([v.interval for v, _ in uses])
        return
    ctx.model.add_no_overlap([ctx.model.new_optional_fixed_size_interval_var(
        v.start, v.length, ctx.both(v.present, guards), "") for v, _ in uses])


def person_overlap(ctx: Context) -> None:
    """Hard: nobody is in two sessions at once (remote presence included)."""
    for key, uses in sessions_of_people(ctx).items():
        words = said(ctx.problem, "person_overlap.one_at_a_time", person=key)
        no_overlap_for(ctx, uses, ctx.guard(w.PERSON_OVERLAP, words, ("person", key)))


def group_overlap(ctx: Context) -> None:
    """Hard: no group is in two sessions at once."""
    for key, uses in sessions_of_groups(ctx).items():
        words = said(ctx.problem, "group_overlap.one_at_a_time", group=key)
        no_overlap_for(ctx, uses, ctx.guard(w.GROUP_OVERLAP, words, ("group", key)))


def travel_time(ctx: Context) -> None:
    """Hard: people and groups on site get the travel time between sessions in different cities."""
    p = ctx.problem
    travellers = [("person", k, u) for k, u in sessions_of_people(ctx).items()]
    travellers += [("group", k, u) for k, u in sessions_of_groups(ctx).items()]
    for kind, key, uses in travellers:
        on_site = [v for v, there in uses if there and v.cities]
        guards = None
        for a, b in combinations(on_site, 2):
            pairs = [(ca, cb, p.travel_between(ca, cb)) for ca in a.cities for cb in b.cities
                     if ca != cb and (p.travel_between(ca, cb) or p.travel_between(cb, ca))]
            if not pairs:
                continue
            if guards is None:
                guards = ctx.guard(w.TRAVEL_TIME, said(p, "travel_time.needs_time", owner=(kind, key)),
                                   (kind, key))
            travel_between_pair(ctx, a, b, pairs, guards)


def travel_between_pair(ctx: Context, a, b, pairs, guards) -> None:
    model = ctx.model
    a_first = model.new_bool_var("")
    for ca, cb, _ in pairs:
        ctx.enforce(model.add(a.end + ctx.steps(ctx.problem.travel_between(ca, cb)) <= b.start),
                    guards, a_first, a.cities[ca], b.cities[cb], a.present, b.present)
        ctx.enforce(model.add(b.end + ctx.steps(ctx.problem.travel_between(cb, ca)) <= a.start),
                    guards, ~a_first, a.cities[ca], b.cities[cb], a.present, b.present)


def relations(ctx: Context) -> None:
    """Hard: before/after with a gap, same time, not the same time, same day, different day."""
    model = ctx.model
    for r in ctx.problem.relations:
        a, b = ctx.sessions.get(r.first), ctx.sessions.get(r.second)
        if a is None or b is None:
            continue
        guards = ctx.guard(w.RELATION, relation_words(ctx.problem, r),
                           ("session", r.first), ("session", r.second))
        both = [a.present, b.present]
        if r.kind == "before":
            ctx.enforce(model.add(a.end + ctx.steps(r.gap) <= b.start), guards, *both)
        elif r.kind == "same_time":
            ctx.enforce(model.add(a.start == b.start), guards, *both)
        elif r.kind == "not_same_time":
            model.add_no_overlap([
                model.new_optional_fixed_size_interval_var(v.start, v.length,
                                                           ctx.both(v.present, guards), "")
                for v in (a, b)])
        elif r.kind == "same_day":
            for day in set(a.days) | set(b.days):
                ctx.enforce(model.add(a.days.get(day, 0) == b.days.get(day, 0)), guards, *both)
        elif r.kind == "different_day":
            for day in set(a.days) & set(b.days):
                ctx.enforce(model.add(a.days[day] + b.days[day] <= 1), guards)


def relation_words(problem, r):
    if r.kind == "before":
        return said(problem, "relation.before", first=r.first, gap=r.gap, second=r.second)
    if r.kind in ("same_time", "not_same_time", "same_day", "different_day"):
        return said(problem, f"relation.{r.kind}", first=r.first, second=r.second)
    return said(problem, "relation.other", kind=r.kind)


def resource_capacity(ctx: Context) -> None:
    """Hard: a resource is never used beyond its capacity at any moment."""
    model = ctx.model
    users = defaultdict(list)
    for v in ctx.sessions.values():
        for key, amount in v.info.resources:
            users[key].append((v, amount))
    for key, uses in users.items():
        resource = ctx.problem.resource.get(key)
        if resource is None:
            continue
        guards = ctx.guard(w.RESOURCE_CAPACITY, said(ctx.problem, "resource_capacity.at_most", resource=key,
                                                     capacity=resource.capacity), ("resource", key))
        intervals = [v.interval if not guards else model.new_optional_fixed_size_interval_var(
            v.start, v.length, ctx.both(v.present, guards), "") for v, _ in uses]
        demands = [amount for _, amount in uses]
        for span, capacity in capacity_drops(resource):
            first, last = ctx.step(span.start), ctx.steps(span.end)
            intervals.append(model.new_fixed_size_interval_var(first, last - first, ""))
            demands.append(resource.capacity - capacity)
        model.add_cumulative(intervals, demands, resource.capacity)


def capacity_drops(resource):
    """Stretches where a resource has less than its capacity, and how much it has then."""
    changes = resource.unavailable + tuple(span for span, _ in resource.capacity_windows)
    points = sorted({t for span in changes for t in (span.start, span.end)})
    drops = []
    for start, end in zip(points, points[1:]):
        capacity = resource.capacity
        for span in resource.unavailable:
            if span.start <= start and end <= span.end:
                capacity = 0
        for span, limit in resource.capacity_windows:
            if span.start <= start and end <= span.end:
                capacity = min(capacity, limit)
        if capacity < resource.capacity:
            drops.append((Span(start, end), max(capacity, 0)))
    return drops
