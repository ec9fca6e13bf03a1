"""Tiny hand-built problems for solver tests (one day 09:00–17:00 unless told)."""

from __future__ import annotations

from datetime import date, time

from scheduler.problem import (ChannelInfo, CityInfo, GroupInfo, Participation, PersonInfo, Problem,
                               ResourceInfo, RoomInfo, SessionInfo, Span, event_info)
from scheduler.solver import solve
from scheduler.validator import validate
from scheduler.weights import DEFAULT_WEIGHTS

DAY = 24 * 60
NINE = 9 * 60


def hm(text: str, day: int = 0) -> int:
    """Minutes since the epoch of a clock time on an event day: hm("10:30", 1)."""
    h, m = map(int, text.split(":"))
    return day * DAY + h * 60 + m


def room(key, seats=100, city="jinan", features=(), changeover=0, unavailable=(), tags=()):
    return RoomInfo(key=key, name=key.title(), venue=f"{city}-venue", venue_name=f"{city} venue",
                    city=city, seats=seats, features=frozenset(features), tags=frozenset(tags),
                    changeover=changeover, unavailable=tuple(unavailable))


def session(key, duration=60, **fields):
    people = tuple(p if isinstance(p, Participation) else Participation(p, "speaker", "on_site")
                   for p in fields.pop("people", ()))
    for name in ("required_features", "tags"):
        if name in fields:
            fields[name] = frozenset(fields[name])
    return SessionInfo(key=key, title=key.replace("-", " ").title(), duration=duration,
                       people=people, **fields)


def make(sessions, rooms=None, *, channels=(), people=(), groups=(), resources=(), relations=(),
         travel=(), days=1, hours=("09:00", "17:00"), weights=None, granularity=5):
    rooms = [room("hall")] if rooms is None else list(rooms)
    cities = sorted({r.city for r in rooms} | {"jinan"})
    keys = {x.person for s in sessions for x in s.people}
    people = list(people) + [PersonInfo(k, k.title()) for k in sorted(keys - {p.key for p in people})]
    chosen = dict(DEFAULT_WEIGHTS)
    chosen.update(weights or {})
    event = event_info("Test", "Asia/Shanghai", date(2021, 5, 28), days,
                       time.fromisoformat(hours[0]), time.fromisoformat(hours[1]), granularity)
    return Problem(event=event, cities=tuple(CityInfo(c, c.title()) for c in cities),
                   travel=tuple(travel), rooms=tuple(rooms), channels=tuple(channels),
                   people=tuple(people), groups=tuple(groups), resources=tuple(resources),
                   sessions=tuple(sessions), relations=tuple(relations),
                   weights=tuple(sorted(chosen.items())))


def solved(problem, **options):
    """Solve and insist the independent validator finds no hard violation."""
    options.setdefault("time_limit", 20)
    options.setdefault("workers", 1)
    result = solve(problem, **options)
    assert result.schedule is not None, result.message
    check = validate(problem, result.schedule, previous=options.get("previous"), now=options.get("now"))
    assert check.is_feasible, [v.message for v in check.hard]
    return result


def infeasible(problem, **options):
    options.setdefault("time_limit", 20)
    options.setdefault("workers", 1)
    result = solve(problem, **options)
    assert result.status == "infeasible", result.status
    assert result.explanation is not None and result.explanation.conflicts
    return result.explanation


def live(capacity=500, key="live", **fields):
    return ChannelInfo(key, key.title(), capacity=capacity, **fields)


__all__ = ["ChannelInfo", "live", "GroupInfo", "Participation", "PersonInfo", "ResourceInfo", "Span", "hm",
           "infeasible", "make", "room", "session", "solved"]
