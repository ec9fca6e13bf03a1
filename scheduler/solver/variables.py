"""The decision variables of each session: presence, start, day, room, channel, city."""

from __future__ import annotations

from ortools.sat.python import cp_model

from .. import weights as w
from ..problem import SessionInfo
from .candidates import (avoiding, channel_problems, grid_starts, room_problems,
                         session_time_starts)
from .conflict_words import said
from .context import Context, SessionVars


def build_sessions(ctx: Context) -> None:
    for s in ctx.problem.sessions:
        ctx.sessions[s.key] = session_vars(ctx, s)


def time_filters(ctx: Context, s: SessionInfo, base: list[int]):
    """(rule, description, subjects, allowed starts) for each restriction of the start time."""
    p = ctx.problem
    frozen = ctx.frozen(s.key)
    if frozen is not None:
        return [(w.FROZEN, said(p, "frozen.stays", session=s.key),
                 (("session", s.key),), [frozen.start])]
    filters = []
    own = session_time_starts(s, grid_starts(p, s))
    if own != base:
        filters.append((w.WITHIN_HOURS, said(p, "within_hours.windows", session=s.key),
                        (("session", s.key),), own))
    for part in s.people:
        person = p.person.get(part.person)
        if person and person.unavailable:
            filters.append((w.AVAILABILITY, said(p, "availability.at_times", owner=("person", person.key)),
                            (("person", person.key), ("session", s.key)),
                            avoiding(base, s.duration, person.unavailable)))
    for key in s.attends:
        group = p.group.get(key)
        if group and group.unavailable:
            filters.append((w.AVAILABILITY, said(p, "availability.at_times", owner=("group", group.key)),
                            (("group", group.key), ("session", s.key)),
                            avoiding(base, s.duration, group.unavailable)))
    if ctx.now is not None:
        filters.append((w.FROZEN, said(p, "frozen.past", session=s.key),
                        (("session", s.key),), [t for t in base if t >= ctx.now]))
    if s.pin_start is not None:
        filters.append((w.PIN, said(p, "pin.start", session=s.key),
                        (("session", s.key),), [t for t in base if t == s.pin_start]))
    return filters


def session_vars(ctx: Context, s: SessionInfo) -> SessionVars:
    model = ctx.model
    base = grid_starts(ctx.problem, s, respect_days=not ctx.explain)
    filters = time_filters(ctx, s, base)
    frozen = ctx.frozen(s.key)
    if ctx.explain:
        starts = sorted(set(base) | ({frozen.start} if frozen else set()))
    elif frozen is not None:
        starts = [frozen.start]
    else:
        allowed = set(base)
        for *_, kept in filters:
            allowed &= set(kept)
        starts = sorted(allowed)
    present = model.new_bool_var(f"present[{s.key}]")
    if not starts:
        starts = [0]
        model.add(present == 0)
    start = model.new_int_var_from_domain(in_steps(ctx, starts), f"start[{s.key}]")
    if ctx.explain:
        for rule, text, subjects, kept in filters:
            ctx.enforce(model.add_linear_expression_in_domain(start, in_steps(ctx, kept)),
                        ctx.guard(rule, text, *subjects))
    length = ctx.steps(s.duration)
    interval = model.new_optional_fixed_size_interval_var(start, length, present, f"iv[{s.key}]")
    vars_ = SessionVars(info=s, present=present, start=start, interval=interval, starts=tuple(starts),
                        length=length)
    add_days(ctx, vars_)
    if s.needs_room:
        add_rooms(ctx, vars_)
    if s.needs_channel:
        add_channels(ctx, vars_)
    return vars_


def in_steps(ctx: Context, minutes) -> cp_model.Domain:
    """The domain of the steps of these start minutes (an impossible one when there are none)."""
    return cp_model.Domain.from_values(sorted({ctx.step(t) for t in minutes}) or [-1])


def add_days(ctx: Context, v: SessionVars) -> None:
    hours = ctx.problem.event.hours
    used = sorted({d for d, h in enumerate(hours) for t in v.starts if h.start <= t < h.end})
    if len(used) <= 1:
        v.days = {d: v.present for d in used}
        return
    for d in used:
        lit = ctx.model.new_bool_var(f"day[{v.info.key},{d}]")
        ctx.model.add_linear_constraint(v.start, ctx.step(hours[d].start),
                                        ctx.step(hours[d].end - 1)).only_enforce_if(lit)
        v.days[d] = lit
    ctx.model.add(sum(v.days.values()) == v.present)


def add_places(ctx: Context, v: SessionVars, kind: str) -> dict:
    """One literal per room (or channel) the session may take, exactly one of them if present."""
    p, s, model = ctx.problem, v.info, ctx.model
    frozen = ctx.frozen(s.key)
    places = p.rooms if kind == "room" else p.channels
    pin = s.pin_room if kind == "room" else s.pin_channel
    chosen = {}
    for place in places:
        unsuitable = room_problems(p, s, place) if kind == "room" else channel_problems(s, place)
        pinned_elsewhere = pin is not None and place.key != pin
        left_before = frozen is not None and place.key != getattr(frozen, kind)
        if frozen is not None and not left_before:
            unsuitable, pinned_elsewhere = [], False
        if not ctx.explain and (unsuitable or pinned_elsewhere or left_before):
            continue
        free = list(v.starts) if frozen else avoiding(list(v.starts), s.duration, place.unavailable)
        if not free and not ctx.explain:
            continue
        lit = model.new_bool_var(f"{kind}[{s.key},{place.key}]")
        chosen[place.key] = lit
        if ctx.explain:
            needs = room_needs(p, s) if kind == "room" else channel_needs(p, s)
            forbid(ctx, lit, unsuitable and (w.ROOM_SUITABLE if kind == "room" else w.CHANNEL_SUITABLE,
                                             needs), s)
            forbid(ctx, lit, pinned_elsewhere and (w.PIN, said(p, f"pin.{kind}", session=s.key)), s)
            forbid(ctx, lit, left_before and (w.FROZEN, said(p, f"frozen.{kind}", session=s.key)), s)
        if len(free) < len(v.starts):
            guards = ctx.guard(w.AVAILABILITY, said(p, "availability.at_times", owner=(kind, place.key)),
                               (kind, place.key), ("session", s.key))
            ctx.enforce(model.add_linear_expression_in_domain(v.start, in_steps(ctx, free)), guards, lit)
    model.add(sum(chosen.values()) == v.present)
    return chosen


def add_rooms(ctx: Context, v: SessionVars) -> None:
    v.rooms = add_places(ctx, v, "room")
    by_city: dict[str, list] = {}
    for key, lit in v.rooms.items():
        by_city.setdefault(ctx.problem.room[key].city, []).append(lit)
    if len(by_city) == 1:
        v.cities = {city: v.present for city in by_city}
        return
    for city, lits in by_city.items():
        flag = ctx.model.new_bool_var(f"city[{v.info.key},{city}]")
        ctx.model.add(flag == sum(lits))
        v.cities[city] = flag


def add_channels(ctx: Context, v: SessionVars) -> None:
    v.channels = add_places(ctx, v, "channel")


def forbid(ctx: Context, lit, reason, s: SessionInfo, *subjects) -> None:
    """Rule out one room or channel, under one guard per session and reason."""
    if reason:
        rule, text = reason
        guards = ctx.forbid_guards
        if (s.key, rule, text) not in guards:
            guards[(s.key, rule, text)] = ctx.guard(rule, text, ("session", s.key), *subjects)
        ctx.enforce(ctx.model.add(lit == 0), guards[(s.key, rule, text)])


def channel_needs(p, s: SessionInfo):
    allowed = any(r.target == "channel" and r.kind == "allowed" for r in s.place_rules)
    return said(p, "channel_suitable.needs_allowed" if allowed else "channel_suitable.needs",
                session=s.key, viewers=s.expected_online)

def room_needs(p, s: SessionInfo):
    """What a session asks of its room: seats, features and the places it is allowed in."""
    needs = (s.expected_onsite, tuple(sorted(s.required_features)))
    where = tuple(sorted(((r.target, r.value) for r in s.place_rules
                          if r.kind == "allowed" and r.target != "channel"),
                         key=lambda t: f"{t[0].replace('_', ' ')} {t[1]}"))
    if where:
        return said(p, "room_suitable.needs_in", session=s.key, needs=needs, places=where)
    return said(p, "room_suitable.needs", session=s.key, needs=needs)
