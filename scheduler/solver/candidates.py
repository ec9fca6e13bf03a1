"""What each session could possibly take: start times, rooms and channels.

Computed before the model is built, so the model only holds choices that can
work; every restriction also says why, for explanations.
"""

from __future__ import annotations

from ..problem import PlaceRuleInfo, Problem, RoomInfo, SessionInfo, Span

ROOM_TARGETS = ("city", "venue", "room", "room_tag")


def grid_starts(problem: Problem, s: SessionInfo, respect_days: bool = True) -> list[int]:
    """Starts on the grid that keep the session inside one day's hours, on its allowed days."""
    g = problem.event.granularity
    starts = []
    for day, hours in enumerate(problem.event.hours):
        if respect_days and s.allowed_days and day not in s.allowed_days:
            continue
        first = -(-hours.start // g) * g
        starts.extend(range(first, hours.end - s.duration + 1, g))
    return starts


def avoiding(starts: list[int], duration: int, spans) -> list[int]:
    """The starts whose [start, start + duration) overlaps none of ``spans``."""
    if not spans:
        return starts
    return [t for t in starts if all(t + duration <= w.start or w.end <= t for w in spans)]


def within_any(starts: list[int], duration: int, spans) -> list[int]:
    return [t for t in starts if any(w.start <= t and t + duration <= w.end for w in spans)]


def session_time_starts(s: SessionInfo, starts: list[int]) -> list[int]:
    """Starts allowed by the session's own allowed and prohibited windows."""
    if s.allowed:
        starts = within_any(starts, s.duration, s.allowed)
    return avoiding(starts, s.duration, s.prohibited)


def room_matches(rule: PlaceRuleInfo, room: RoomInfo) -> bool:
    return ((rule.target == "city" and rule.value == room.city)
            or (rule.target == "venue" and rule.value == room.venue)
            or (rule.target == "room" and rule.value == room.key)
            or (rule.target == "room_tag" and rule.value in room.tags))


def place_rule_problem(rules, room: RoomInfo) -> str | None:
    room_rules = [r for r in rules if r.target in ROOM_TARGETS]
    allowed = [r for r in room_rules if r.kind == "allowed"]
    if allowed and not any(room_matches(r, room) for r in allowed):
        return "not among the allowed places"
    if any(r.kind == "prohibited" and room_matches(r, room) for r in room_rules):
        return "a prohibited place"
    return None


def room_problems(problem: Problem, s: SessionInfo, room: RoomInfo) -> list[str]:
    """Why ``room`` cannot hold ``s`` (empty when it can), leaving pins aside."""
    found = []
    if room.seats < s.expected_onsite:
        found.append(f"{room.seats} seats for {s.expected_onsite} expected")
    missing = sorted(s.required_features - room.features)
    if missing:
        found.append("no " + ", ".join(missing))
    why = place_rule_problem(s.place_rules, room)
    if why:
        found.append(why)
    for part in s.people:
        if part.presence == "on_site" and part.person in problem.person:
            why = place_rule_problem(problem.person[part.person].place_rules, room)
            if why:
                found.append(f"{why} for {problem.person[part.person].name}")
    return found


def channel_problems(s: SessionInfo, channel) -> list[str]:
    found = []
    if channel.capacity < s.expected_online:
        found.append(f"{channel.capacity} viewers for {s.expected_online} expected")
    rules = [r for r in s.place_rules if r.target == "channel"]
    allowed = [r.value for r in rules if r.kind == "allowed"]
    if allowed and channel.key not in allowed:
        found.append("not among the allowed channels")
    if any(r.kind == "prohibited" and r.value == channel.key for r in rules):
        found.append("a prohibited channel")
    return found


def merged(spans) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans):
        if out and span.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return out
