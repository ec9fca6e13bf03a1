"""A tiny event for the agenda tests, built straight as a problem snapshot.

28–29 May 2021 in Asia/Shanghai (UTC+8, no daylight saving), 08:00–22:00 each day. Jinan
has Hall A, Tai'an the Tai'an Hall, Dezhou the Dezhou Hall; Jinan–Tai'an is 75 minutes by
road, Jinan–Dezhou 90 by rail, Tai'an–Dezhou 150 by road. One channel, Main Stream.
"""

from __future__ import annotations

from datetime import date, time

from scheduler.problem import (ChannelInfo, CityInfo, GroupInfo, Participation, PersonInfo,
                               Placement, Problem, RoomInfo, SessionInfo, event_info)
from scheduler.validator import validate
from scheduler.weights import TRAVEL_TIME

TZ = "Asia/Shanghai"
EVENT = event_info("Test Conference", TZ, date(2021, 5, 28), 2, time(8), time(22), 5)
CITIES = (CityInfo("jinan", "Jinan"), CityInfo("taian", "Tai'an"), CityInfo("dezhou", "Dezhou"))
TRAVEL = (("jinan", "taian", 75), ("jinan", "dezhou", 90), ("taian", "dezhou", 150))
MODES = {("jinan", "taian"): "road", ("jinan", "dezhou"): "rail", ("taian", "dezhou"): "road"}
ROOMS = (RoomInfo("hall-a", "Hall A", "iec", "Jinan IEC", "jinan", 300),
         RoomInfo("taian-hall", "Tai'an Hall", "taian-centre", "Tai'an Centre", "taian", 200),
         RoomInfo("dezhou-hall", "Dezhou Hall", "dezhou-centre", "Dezhou Centre", "dezhou", 200))
CHANNEL = ChannelInfo("main-stream", "Main Stream", 1000)
ZH = {("session", "a"): "会议甲", ("city", "jinan"): "济南", ("city", "taian"): "泰安",
      ("person", "lan"): "阮氏兰", ("group", "envoys"): "使节团"}


def at(day: int, clock: str) -> int:
    """Minutes since the epoch of a Shanghai wall-clock time on event day 0 or 1."""
    hours, minutes = map(int, clock.split(":"))
    return day * 1440 + hours * 60 + minutes


def session(key: str, duration: int = 60, **fields) -> SessionInfo:
    fields.setdefault("title", f"Session {key.upper()}")
    return SessionInfo(key=key, duration=duration, **fields)


def on_site(*people: str, role: str = "speaker") -> tuple[Participation, ...]:
    return tuple(Participation(p, role, "on_site") for p in people)


def remote(*people: str, role: str = "speaker") -> tuple[Participation, ...]:
    return tuple(Participation(p, role, "remote") for p in people)


def make(sessions, people=(), groups=()) -> Problem:
    people = people or (PersonInfo("lan", "Nguyen Thi Lan", home_timezone="Asia/Ho_Chi_Minh"),)
    return Problem(event=EVENT, cities=CITIES, travel=TRAVEL, rooms=ROOMS, channels=(CHANNEL,),
                   people=tuple(people), groups=tuple(groups), sessions=tuple(sessions))


def group(key: str = "envoys", name: str = "ASEAN Envoys") -> GroupInfo:
    return GroupInfo(key, name, size=10)


def place(key: str, day: int, clock: str, room: str | None = None,
          channel: str | None = None) -> tuple[str, Placement]:
    return key, Placement(key, at(day, clock), room, channel)


def travel_findings(problem, schedule, field: str, key: str) -> set[tuple[str, str]]:
    """The session pairs the validator's travel rule names for one person or group."""
    return {tuple(v.sessions) for v in validate(problem, schedule).hard
            if v.rule == TRAVEL_TIME and key in getattr(v, field)}


def short_legs(agenda) -> set[tuple[str, str]]:
    return {(leg.after, leg.before) for leg in agenda.legs if leg.short}
