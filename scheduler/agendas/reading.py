"""Look-ups the agenda views share: names in both languages, places, local clock times."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from ..eventtime import zone as zone_of
from ..problem import Placement, Problem
from .model import NO_NAME, LocalSpan, Name, Place

ChineseNames = Mapping[tuple[str, str], str]  # (kind, key) -> Chinese name, as the project has them


class Reader:
    """A problem with its Chinese names, read the way the agenda views need it."""

    def __init__(self, problem: Problem, zh: ChineseNames | None = None):
        self.problem = problem
        self.zh = zh or {}

    def name(self, kind: str, key: str | None, english: str) -> Name:
        if not key:
            return NO_NAME
        return Name(english, self.zh.get((kind, key), ""))

    def local(self, start: int, end: int, zone: str) -> LocalSpan:
        """Event minutes [start, end) as the clock in ``zone`` reads them."""
        tz = zone_of(zone)
        epoch = self.problem.event.epoch
        return LocalSpan(zone, (epoch + timedelta(minutes=start)).astimezone(tz),
                         (epoch + timedelta(minutes=end)).astimezone(tz))

    def place(self, placement: Placement) -> Place:
        p = self.problem
        room = p.room.get(placement.room) if placement.room else None
        channel = p.channel.get(placement.channel) if placement.channel else None
        city = p.city.get(room.city) if room else None
        return Place(
            room=room.key if room else None,
            room_name=self.name("room", room.key, room.name) if room else NO_NAME,
            venue_name=self.name("venue", room.venue, room.venue_name) if room else NO_NAME,
            city=room.city if room else None,
            city_name=self.name("city", room.city, city.name if city else room.city) if room
            else NO_NAME,
            channel=channel.key if channel else None,
            channel_name=self.name("channel", channel.key, channel.name) if channel else NO_NAME)
