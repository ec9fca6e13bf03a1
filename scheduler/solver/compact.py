"""Soft rules about the shape of each person's and group's programme (docs/rules.md)."""

from __future__ import annotations

from collections import defaultdict

from ..weights import IDLE_ALLOWANCE_MINUTES
from .context import Context, SessionVars


def programmes(ctx: Context) -> list[tuple[str, list[tuple[SessionVars, bool]]]]:
    """Each person's and group's sessions (with "present on site?"), for those with two or more."""
    found: dict[tuple[str, str], list] = defaultdict(list)
    for v in ctx.sessions.values():
        for x in v.info.people:
            found[("person", x.person)].append((v, x.presence == "on_site"))
        for g in v.info.attends:
            found[("group", g)].append((v, v.info.needs_room))
    return [(f"{kind}:{key}", uses) for (kind, key), uses in found.items() if len(uses) >= 2]


def idle_gap(ctx: Context) -> list:
    """Soft: people and groups avoid long idle gaps in a day (minutes beyond an hour)."""
    if not ctx.problem.weight.get("idle_gap", 0):
        return []
    model, hours, terms = ctx.model, ctx.problem.event.hours, []
    for name, uses in programmes(ctx):
        for day, span in enumerate(hours):
            todays = [(v, v.days[day]) for v, _ in uses if day in v.days]
            if len(todays) < 2:
                continue
            low, high = ctx.step(span.start), ctx.steps(span.end)
            first = model.new_int_var(low, high, "")
            last = model.new_int_var(low, high, "")
            for v, lit in todays:
                model.add(first <= v.start).only_enforce_if(lit)
                model.add(last >= v.end).only_enforce_if(lit)
            idle = model.new_int_var(0, span.end - span.start, f"idle[{name},{day}]")
            model.add(idle >= ctx.g * (last - first) - sum(v.info.duration * lit for v, lit in todays)
                      - IDLE_ALLOWANCE_MINUTES)
            terms.append(("idle_gap", idle))
    return terms


def city_change(ctx: Context) -> list:
    """Soft: people and groups on site stay in one city per day (per extra city)."""
    if not ctx.problem.weight.get("city_change", 0):
        return []
    model, terms = ctx.model, []
    for name, uses in programmes(ctx):
        on_site = [v for v, there in uses if there and v.cities]
        if len({city for v in on_site for city in v.cities}) < 2:
            continue
        for day in range(len(ctx.problem.event.hours)):
            visits = defaultdict(list)
            for v in on_site:
                if day in v.days:
                    for city, lit in v.cities.items():
                        visits[city].append((v.days[day], lit))
            if len(visits) < 2:
                continue
            used = []
            for city, pairs in visits.items():
                flag = model.new_bool_var("")
                for on_day, in_city in pairs:
                    model.add_bool_or([flag, ~on_day, ~in_city])
                used.append(flag)
            extra = model.new_int_var(0, len(used), f"cities[{name},{day}]")
            model.add(extra >= sum(used) - 1)
            terms.append(("city_change", extra))
    return terms


def days_spread(ctx: Context) -> list:
    """Soft: a programme spans no more days than its length needs (per extra day)."""
    if not ctx.problem.weight.get("days_spread", 0):
        return []
    model, hours, terms = ctx.model, ctx.problem.event.hours, []
    shortest = min(span.end - span.start for span in hours)
    for name, uses in programmes(ctx):
        days = sorted({d for v, _ in uses for d in v.days})
        if len(days) < 2:
            continue
        busy = sum(v.info.duration for v, _ in uses if not v.info.optional)
        needed = max(1, -(-busy // shortest))
        used = []
        for day in days:
            flag = model.new_bool_var("")
            for v, _ in uses:
                if day in v.days:
                    model.add_implication(v.days[day], flag)
            used.append(flag)
        extra = model.new_int_var(0, len(days), f"days[{name}]")
        model.add(extra >= sum(used) - needed)
        terms.append(("days_spread", extra))
    return terms
