"""Soft rules: one function per rule of docs/rules.md, each returning its penalty terms.

A term is (rule name, integer expression of the amount); the objective weighs
them in objective.py. A rule whose weight is 0 adds nothing to the model.
"""

from __future__ import annotations

from collections import defaultdict

from .. import weights as w
from ..weights import AUDIENCE_DAY, REMOTE_SPEAKER_DAY, stability_scale
from .candidates import ROOM_TARGETS, room_matches
from .context import Context, SessionVars
from .timecost import minutes_inside

Terms = list[tuple[str, object]]


def soft_terms(ctx: Context) -> Terms:
    terms: Terms = []
    for rule in (optional_left_out, stability, track_parallel, group_interest_parallel,
                 audience_hours, remote_speaker_hours, room_fit, session_preferred_time,
                 session_undesired_time, person_preferred_time, person_undesired_time,
                 preferred_place, undesired_place, idle_gap, city_change, days_spread, tag_terms):
        terms.extend(term for term in rule(ctx) if ctx.problem.weight.get(term[0], 0))
    return terms


def active(ctx: Context, *rules: str) -> bool:
    return any(ctx.problem.weight.get(rule, 0) for rule in rules)


def optional_left_out(ctx: Context) -> Terms:
    """Soft: an optional session is left out."""
    return [("optional_left_out", 1 - v.present)
            for v in ctx.sessions.values() if v.info.optional and ctx.frozen(v.info.key) is None]


def stability(ctx: Context) -> Terms:
    """Soft: on a re-solve, sessions keep their day, time, city, room and channel."""
    if not ctx.previous or not active(ctx, *w.STABILITY_RULES):
        return []
    p, terms = ctx.problem, []
    for key, before in ctx.previous.items():
        v = ctx.sessions.get(key)
        if v is None:
            continue
        s = v.info
        scale = stability_scale(len(s.people) + sum(p.group[g].size for g in s.attends if g in p.group))
        day = p.day_of(before.start)
        on_day = v.days.get(day, 0)
        same_start = ctx.model.new_bool_var(f"kept_start[{key}]")
        ctx.model.add(v.start == ctx.step(before.start)).only_enforce_if(same_start)
        ctx.model.add(same_start <= on_day)
        terms += [("stability_day", scale * (v.present - on_day)),
                  ("stability_time", scale * (on_day - same_start))]
        if before.room and before.room in p.room and v.rooms:
            city = v.cities.get(p.room[before.room].city, 0)
            terms += [("stability_city", scale * (v.present - city)),
                      ("stability_room", scale * (city - v.rooms.get(before.room, 0)))]
        if before.channel and v.channels:
            terms.append(("stability_channel", scale * (v.present - v.channels.get(before.channel, 0))))
    return terms


def may_overlap(a: SessionVars, b: SessionVars) -> bool:
    return a.starts[0] < b.starts[-1] + b.info.duration and b.starts[0] < a.starts[-1] + a.info.duration


def one_at_a_time(ctx: Context, rule: str, members: list[SessionVars]) -> Terms:
    """Penalty terms: 1 per member left out of a no-overlap of the members (see docs/rules.md)."""
    members = [v for v in members if any(may_overlap(v, o) for o in members if o is not v)]
    if len(members) < 2:
        return []
    kept = []
    for v in members:
        keep = ctx.model.new_bool_var(f"{rule}_kept[{v.info.key}]")
        ctx.model.add_implication(keep, v.present)
        kept.append((v, keep))
    ctx.model.add_no_overlap([ctx.model.new_optional_fixed_size_interval_var(v.start, v.length, keep, "")
                              for v, keep in kept])
    return [(rule, v.present - keep) for v, keep in kept]


def track_parallel(ctx: Context) -> Terms:
    """Soft: sessions of the same track run one at a time (per session that would have to move)."""
    if not active(ctx, "track_parallel"):
        return []
    tracks = defaultdict(list)
    for v in ctx.sessions.values():
        if v.info.track:
            tracks[v.info.track].append(v)
    return [term for members in tracks.values() for term in one_at_a_time(ctx, "track_parallel", members)]


def group_interest_parallel(ctx: Context) -> Terms:
    """Soft: a group can be at every session it attends or wants to attend (per clashing one)."""
    if not active(ctx, "group_interest_parallel"):
        return []
    wanted = defaultdict(list)
    for v in ctx.sessions.values():
        for g in dict.fromkeys(v.info.attends + v.info.interested):
            wanted[g].append(v)
    return [term for members in wanted.values()
            for term in one_at_a_time(ctx, "group_interest_parallel", members)]


def tabulated(ctx: Context, v: SessionVars, rule: str, cost_of) -> Terms:
    """A term whose amount is ``cost_of(start minute)``, looked up by the session's start step."""
    costs = {ctx.step(t): cost_of(t) for t in v.starts}
    if not any(costs.values()):
        return []
    if len(costs) == 1:
        return [(rule, next(iter(costs.values())) * v.present)]
    first, last = min(costs), max(costs)
    table = [costs.get(step, 0) for step in range(first, last + 1)]
    amount = ctx.model.new_int_var(0, max(table), f"{rule}[{v.info.key}]")
    ctx.model.add_element(v.start - first, table, amount)
    if v.info.optional:
        gated = ctx.model.new_int_var(0, max(table), "")
        ctx.model.add(gated == amount).only_enforce_if(v.present)
        ctx.model.add(gated == 0).only_enforce_if(~v.present)
        amount = gated
    return [(rule, amount)]


def audience_hours(ctx: Context) -> Terms:
    """Soft: online and hybrid sessions fall in business hours of their audiences' zones."""
    if not active(ctx, "audience_hours"):
        return []
    return [term for v in ctx.sessions.values() if v.info.needs_channel
            for tz in dict.fromkeys(v.info.target_timezones)
            for term in outside_local_hours(ctx, v, "audience_hours", tz, AUDIENCE_DAY)]


def remote_speaker_hours(ctx: Context) -> Terms:
    """Soft: remote speakers present within 08:00–21:00 of their home zone."""
    if not active(ctx, "remote_speaker_hours"):
        return []
    p, terms = ctx.problem, []
    for v in ctx.sessions.values():
        for x in v.info.people:
            person = p.person.get(x.person)
            if x.presence == "remote" and person is not None and person.home_timezone:
                terms += outside_local_hours(ctx, v, "remote_speaker_hours", person.home_timezone,
                                             REMOTE_SPEAKER_DAY)
    return terms


def outside_local_hours(ctx: Context, v: SessionVars, rule: str, tz: str, window) -> Terms:
    """Minutes of the session before or after a local clock window, as two linear amounts.

    On each event day the window of the local day that overlaps the event's hours
    most is used (the day literal selects it), so the terms stay linear instead of
    a table over every possible start.
    """
    opens, closes = local_windows(ctx, tz, window)
    days = [d for d in v.days if d in opens]
    if not days:
        return []
    low, high = ctx.step(v.starts[0]), ctx.step(v.starts[-1]) + v.length
    bound = max(v.length, max(opens[d] for d in days) - low, high - min(closes[d] for d in days))
    early = ctx.model.new_int_var(0, bound, f"{rule}_early[{v.info.key},{tz}]")
    late = ctx.model.new_int_var(0, bound, f"{rule}_late[{v.info.key},{tz}]")
    # Outside for at most the session's length: a session wholly outside costs its length.
    wholly_early = ctx.model.new_bool_var("")
    wholly_late = ctx.model.new_bool_var("")
    ctx.model.add(early >= sum(opens[d] * v.days[d] for d in days) - v.start).only_enforce_if(
        v.present, ~wholly_early)
    ctx.model.add(late >= v.end - sum(closes[d] * v.days[d] for d in days)).only_enforce_if(
        v.present, ~wholly_late)
    ctx.model.add(early >= v.length).only_enforce_if(wholly_early)
    ctx.model.add(late >= v.length).only_enforce_if(wholly_late)
    return [(rule, ctx.g * early), (rule, ctx.g * late)]


def local_windows(ctx: Context, tz: str, window) -> tuple[dict[int, int], dict[int, int]]:
    """Per event day, the steps at which the local window opens and closes."""
    cache = ctx.local_windows
    if (tz, window) not in cache:
        opens, closes = {}, {}
        for day, hours in enumerate(ctx.problem.event.hours):
            best = max(local_day_windows(ctx, tz, window, hours),
                       key=lambda w: min(w[1], hours.end) - max(w[0], hours.start))
            opens[day], closes[day] = -(-best[0] // ctx.g), best[1] // ctx.g
        cache[(tz, window)] = (opens, closes)
    return cache[(tz, window)]


def local_day_windows(ctx: Context, tz: str, window, hours):
    """The local window (in minutes since the epoch) on the local days around an event day."""
    from datetime import datetime, time as clock, timedelta

    from ..eventtime import zone

    place = zone(tz)
    middle = ctx.problem.moment((hours.start + hours.end) // 2).astimezone(place).date()
    for shift in (-1, 0, 1):
        day = middle + timedelta(days=shift)
        a = datetime.combine(day, clock(window[0] // 60, window[0] % 60), tzinfo=place)
        b = datetime.combine(day, clock(window[1] // 60 % 24, window[1] % 60), tzinfo=place)
        yield ctx.problem.minute(a), ctx.problem.minute(b)


def room_fit(ctx: Context) -> Terms:
    """Soft: a session's room is not much bigger than its audience (per 10 empty seats)."""
    p = ctx.problem
    return [("room_fit", lit * ((p.room[key].seats - v.info.expected_onsite) // 10))
            for v in ctx.sessions.values() for key, lit in v.rooms.items()
            if p.room[key].seats >= v.info.expected_onsite
            and (p.room[key].seats - v.info.expected_onsite) // 10 > 0]


def session_preferred_time(ctx: Context) -> Terms:
    """Soft: a session runs inside its preferred windows (per minute outside them)."""
    return [term for v in ctx.sessions.values() if v.info.preferred
            for term in tabulated(ctx, v, "session_preferred_time", lambda t, s=v.info: s.duration
                                  - minutes_inside(s.preferred, t, t + s.duration))]


def session_undesired_time(ctx: Context) -> Terms:
    """Soft: a session avoids its undesired windows (per minute inside them)."""
    return [term for v in ctx.sessions.values() if v.info.undesired
            for term in tabulated(ctx, v, "session_undesired_time",
                                  lambda t, s=v.info: minutes_inside(s.undesired, t, t + s.duration))]


def person_preferred_time(ctx: Context) -> Terms:
    """Soft: each person's sessions fall inside that person's preferred windows."""
    p, terms = ctx.problem, []
    for v in ctx.sessions.values():
        people = [p.person[x.person] for x in v.info.people
                  if x.person in p.person and p.person[x.person].preferred]
        if people:
            terms += tabulated(ctx, v, "person_preferred_time", lambda t, s=v.info, ps=people: sum(
                s.duration - minutes_inside(x.preferred, t, t + s.duration) for x in ps))
    return terms


def person_undesired_time(ctx: Context) -> Terms:
    """Soft: each person's sessions avoid that person's undesired windows."""
    p, terms = ctx.problem, []
    for v in ctx.sessions.values():
        people = [p.person[x.person] for x in v.info.people
                  if x.person in p.person and p.person[x.person].undesired]
        if people:
            terms += tabulated(ctx, v, "person_undesired_time", lambda t, s=v.info, ps=people: sum(
                minutes_inside(x.undesired, t, t + s.duration) for x in ps))
    return terms


def place_rule_sets(ctx: Context, v: SessionVars):
    """(rules, applies to rooms?) for the session itself and each person present on site."""
    p = ctx.problem
    yield v.info.place_rules, True, True
    for x in v.info.people:
        if x.presence == "on_site" and x.person in p.person and p.person[x.person].place_rules:
            yield p.person[x.person].place_rules, True, False


def preferred_place(ctx: Context) -> Terms:
    """Soft: a session (and each person on site) gets one of its preferred places."""
    p, terms = ctx.problem, []
    for v in ctx.sessions.values():
        for rules, _, own in place_rule_sets(ctx, v):
            rooms = [r for r in rules if r.kind == "preferred" and r.target in ROOM_TARGETS]
            if rooms and v.rooms:
                terms.append(("preferred_place", v.present - sum(
                    lit for key, lit in v.rooms.items() if any(room_matches(r, p.room[key]) for r in rooms))))
            channels = [r.value for r in rules if own and r.kind == "preferred" and r.target == "channel"]
            if channels and v.channels:
                terms.append(("preferred_place", v.present - sum(
                    lit for key, lit in v.channels.items() if key in channels)))
    return terms


def undesired_place(ctx: Context) -> Terms:
    """Soft: a session (and each person on site) avoids its undesired places (per rule)."""
    p, terms = ctx.problem, []
    for v in ctx.sessions.values():
        for rules, _, own in place_rule_sets(ctx, v):
            for r in rules:
                if r.kind != "undesired":
                    continue
                if r.target in ROOM_TARGETS:
                    hits = [lit for key, lit in v.rooms.items() if room_matches(r, p.room[key])]
                else:
                    hits = [lit for key, lit in v.channels.items() if own and key == r.value]
                if hits:
                    terms.append(("undesired_place", sum(hits)))
    return terms


from .compact import city_change, days_spread, idle_gap  # noqa: E402  (they use the helpers above)
from .tags import tag_terms  # noqa: E402
