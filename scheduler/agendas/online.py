"""The programme for the online audience in one time zone.

Every session with an online part (online or hybrid) with its time read in the audience's
zone, the local date of its start and of its end (a session can run past local midnight), and
a mark when any part of it falls outside the local business hours. The zones to offer are the
ones the data names (sessions' target audiences, people's home zones) and the ASEAN capitals'.
"""

from __future__ import annotations

from datetime import time

from ..eventtime import zone as zone_of
from ..problem import Problem, Schedule
from .model import LocalSpan, OnlineItem, OnlineProgramme
from .reading import ChineseNames, Reader

BUSINESS_HOURS = (time(9), time(18))
ASEAN_ZONES = ("Asia/Jakarta", "Asia/Yangon", "Asia/Manila", "Asia/Bangkok", "Asia/Ho_Chi_Minh",
               "Asia/Kuala_Lumpur", "Asia/Singapore", "Asia/Jayapura", "Asia/Brunei",
               "Asia/Phnom_Penh", "Asia/Vientiane")


def online_programme(problem: Problem, schedule: Schedule, zone: str,
                     business_hours: tuple[time, time] = BUSINESS_HOURS, *,
                     zh: ChineseNames | None = None) -> OnlineProgramme:
    """The scheduled online and hybrid sessions in time order, read in ``zone``.
    ValueError for an unknown zone or business hours that end before they start."""
    zone_of(zone)  # a readable error for a misspelt zone, before any work
    opens, closes = business_hours
    if closes <= opens:
        raise ValueError(f"business hours must end after they start "
                         f"({opens:%H:%M}–{closes:%H:%M})")
    reader = Reader(problem, zh)
    items = []
    for info in problem.sessions:
        placement = schedule.get(info.key)
        if info.mode == "on_site" or placement is None:
            continue
        start, end = placement.start, placement.start + info.duration
        local = reader.local(start, end, zone)
        items.append(OnlineItem(
            session=info.key, title=reader.name("session", info.key, info.title), kind=info.kind,
            mode=info.mode, start=start, end=end,
            event_time=reader.local(start, end, problem.event.timezone), local=local,
            outside_hours=outside_hours(local, opens, closes), place=reader.place(placement)))
    items.sort(key=lambda i: (i.start, i.end, i.session))
    return OnlineProgramme(zone, (opens, closes), tuple(items))


def outside_hours(local: LocalSpan, opens: time, closes: time) -> bool:
    """True unless the whole span lies within one local day's business hours (ends included)."""
    if local.crosses_midnight:
        return True
    return local.start.time() < opens or local.end.time() > closes


def offered_zones(problem: Problem) -> tuple[str, ...]:
    """The zones to offer, each once: the event's, the sessions' target audiences' (the most
    named first), the people's home zones, then the ASEAN capitals'."""
    counts: dict[str, int] = {}
    for info in problem.sessions:
        for name in info.target_timezones:
            counts[name] = counts.get(name, 0) + 1
    audience = sorted(counts, key=lambda name: (-counts[name], name))
    homes = sorted({p.home_timezone for p in problem.people if p.home_timezone})
    ordered = dict.fromkeys([problem.event.timezone, *audience, *homes, *ASEAN_ZONES])
    return tuple(name for name in ordered if _known(name))


def _known(name: str) -> bool:
    try:
        zone_of(name)
    except ValueError:
        return False
    return True
