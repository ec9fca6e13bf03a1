"""A tiny-problem builder for the validator tests.

The base event: 28–29 May 2021 in Asia/Shanghai (UTC+8, no daylight saving),
09:00–18:00 each day, 5-minute steps. Jinan has Hall A and Hall B (100 seats
each), Dezhou has the Dezhou Hall; there is one channel, Main Stream (1,000
viewers). Each test adds the sessions, people and rules it needs.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from scheduler.problem import (ChannelInfo, CityInfo, GroupInfo, Participation, PersonInfo,
                               Placement, PlaceRuleInfo, Problem, ResourceInfo, RoomInfo,
                               SessionInfo, Span, event_info)
from scheduler.validator import validate
from scheduler.weights import DEFAULT_WEIGHTS

TZ = "Asia/Shanghai"
CITIES = (CityInfo("jinan", "Jinan"), CityInfo("dezhou", "Dezhou"), CityInfo("taian", "Tai'an"))
EVENT = event_info("Test Conference", TZ, date(2021, 5, 28), 2, time(9), time(18), 5)


class Tiny:
    """Builders for a problem, its parts and a schedule; times as (day, "HH:MM") in Shanghai."""

    event = EVENT

    @staticmethod
    def at(day: int, clock: str) -> int:
        """Minutes since the epoch of a Shanghai wall-clock time on event day 0 or 1."""
        hours, minutes = map(int, clock.split(":"))
        return day * 1440 + hours * 60 + minutes

    @classmethod
    def span(cls, day: int, start: str, end: str) -> Span:
        return Span(cls.at(day, start), cls.at(day, end))

    @staticmethod
    def room(key: str, seats: int = 100, city: str = "jinan", venue: str = "iec", **fields) -> RoomInfo:
        fields.setdefault("name", _name(key))
        return RoomInfo(key=key, venue=venue, venue_name=_name(venue), city=city, seats=seats, **fields)

    @staticmethod
    def channel(key: str = "main-stream", capacity: int = 1000, **fields) -> ChannelInfo:
        fields.setdefault("name", _name(key))
        return ChannelInfo(key=key, capacity=capacity, **fields)

    @staticmethod
    def session(key: str, duration: int = 60, **fields) -> SessionInfo:
        fields.setdefault("title", _name(key))
        return SessionInfo(key=key, duration=duration, **fields)

    @staticmethod
    def person(key: str, **fields) -> PersonInfo:
        fields.setdefault("name", _name(key))
        return PersonInfo(key=key, **fields)

    @staticmethod
    def group(key: str, size: int = 0, **fields) -> GroupInfo:
        fields.setdefault("name", _name(key))
        return GroupInfo(key=key, size=size, **fields)

    @staticmethod
    def resource(key: str, capacity: int = 1, **fields) -> ResourceInfo:
        fields.setdefault("name", _name(key))
        return ResourceInfo(key=key, capacity=capacity, **fields)

    @staticmethod
    def on_site(*people: str, role: str = "speaker") -> tuple[Participation, ...]:
        return tuple(Participation(p, role, "on_site") for p in people)

    @staticmethod
    def remote(*people: str, role: str = "speaker") -> tuple[Participation, ...]:
        return tuple(Participation(p, role, "remote") for p in people)

    @staticmethod
    def rule(kind: str, target: str, value: str) -> PlaceRuleInfo:
        return PlaceRuleInfo(kind, target, value)

    @classmethod
    def problem(cls, sessions=(), rooms=None, channels=None, weights=None, **parts) -> Problem:
        rooms = (cls.room("hall-a"), cls.room("hall-b"),
                 cls.room("dezhou-hall", city="dezhou", venue="dezhou-centre")) if rooms is None else rooms
        return Problem(event=parts.pop("event", EVENT),
                       cities=tuple(parts.pop("cities", CITIES)),
                       rooms=tuple(rooms), channels=tuple((cls.channel(),) if channels is None else channels),
                       sessions=tuple(sessions),
                       weights=tuple(sorted((DEFAULT_WEIGHTS | (weights or {})).items())),
                       **{name: tuple(value) for name, value in parts.items()})

    @classmethod
    def place(cls, session: str, day: int, clock: str, room: str | None = "hall-a",
              channel: str | None = None) -> Placement:
        return Placement(session, cls.at(day, clock), room, channel)

    @staticmethod
    def schedule(*placements: Placement) -> dict[str, Placement]:
        return {p.session: p for p in placements}

    @staticmethod
    def check(problem, schedule, **kwargs):
        return validate(problem, schedule, **kwargs)

    @staticmethod
    def of(result, rule: str) -> list:
        """The violations of one rule."""
        return [v for v in result.violations if v.rule == rule]


def _name(key: str) -> str:
    return key.replace("-", " ").title()


@pytest.fixture(scope="session")
def tiny() -> type[Tiny]:
    return Tiny
