"""The immutable problem snapshot the solver and the validator work on.

Built from the project in one read; holds plain frozen dataclasses only, so it
can cross threads and processes. Times are whole minutes since the event's
epoch: midnight at the start of the first day, in the event's zone.
Cancelled sessions are not part of the problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cached_property

from .eventtime import at, zone


@dataclass(frozen=True, order=True)
class Span:
    """A half-open stretch of time [start, end) in minutes since the epoch."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class PlaceRuleInfo:
    kind: str  # allowed, preferred, undesired, prohibited
    target: str  # city, venue, room, channel, room_tag
    value: str


@dataclass(frozen=True)
class EventInfo:
    name: str
    timezone: str
    epoch: datetime  # aware UTC moment of minute 0
    days: tuple[date, ...]
    hours: tuple[Span, ...]  # the daily hours of each day
    granularity: int


@dataclass(frozen=True)
class CityInfo:
    key: str
    name: str


@dataclass(frozen=True)
class RoomInfo:
    key: str
    name: str
    venue: str
    venue_name: str
    city: str
    seats: int
    features: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    changeover: int = 0
    unavailable: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ChannelInfo:
    key: str
    name: str
    capacity: int
    changeover: int = 0
    unavailable: tuple[Span, ...] = ()


@dataclass(frozen=True)
class PersonInfo:
    key: str
    name: str
    home_timezone: str = ""
    unavailable: tuple[Span, ...] = ()
    preferred: tuple[Span, ...] = ()
    undesired: tuple[Span, ...] = ()
    place_rules: tuple[PlaceRuleInfo, ...] = ()


@dataclass(frozen=True)
class GroupInfo:
    key: str
    name: str
    size: int = 0
    members: tuple[str, ...] = ()
    unavailable: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ResourceInfo:
    key: str
    name: str
    capacity: int
    unavailable: tuple[Span, ...] = ()
    capacity_windows: tuple[tuple[Span, int], ...] = ()


@dataclass(frozen=True)
class Participation:
    person: str
    role: str
    presence: str  # on_site or remote


@dataclass(frozen=True)
class SessionInfo:
    key: str
    title: str
    duration: int
    uid: str = ""
    kind: str = "talk"
    mode: str = "on_site"
    expected_onsite: int = 0
    expected_online: int = 0
    required_features: frozenset[str] = frozenset()
    allowed_days: tuple[int, ...] = ()  # day indices; empty means every day
    allowed: tuple[Span, ...] = ()  # empty means any time within the daily hours
    preferred: tuple[Span, ...] = ()
    undesired: tuple[Span, ...] = ()
    prohibited: tuple[Span, ...] = ()
    language: str = ""
    interpretation: bool = False
    track: str = ""
    tags: frozenset[str] = frozenset()
    target_timezones: tuple[str, ...] = ()
    optional: bool = False
    people: tuple[Participation, ...] = ()
    attends: tuple[str, ...] = ()  # group keys that must be there
    interested: tuple[str, ...] = ()  # group keys that would like to be there
    resources: tuple[tuple[str, int], ...] = ()
    place_rules: tuple[PlaceRuleInfo, ...] = ()
    pin_room: str | None = None
    pin_channel: str | None = None
    pin_start: int | None = None

    @property
    def needs_room(self) -> bool:
        return self.mode != "online"

    @property
    def needs_channel(self) -> bool:
        return self.mode != "on_site"


@dataclass(frozen=True)
class RelationInfo:
    kind: str
    first: str
    second: str
    gap: int = 0


@dataclass(frozen=True)
class Placement:
    """Where and when one session takes place."""

    session: str
    start: int
    room: str | None = None
    channel: str | None = None


Schedule = dict[str, Placement]


@dataclass(frozen=True)
class Problem:
    event: EventInfo
    cities: tuple[CityInfo, ...] = ()
    travel: tuple[tuple[str, str, int], ...] = ()
    rooms: tuple[RoomInfo, ...] = ()
    channels: tuple[ChannelInfo, ...] = ()
    people: tuple[PersonInfo, ...] = ()
    groups: tuple[GroupInfo, ...] = ()
    resources: tuple[ResourceInfo, ...] = ()
    sessions: tuple[SessionInfo, ...] = ()
    relations: tuple[RelationInfo, ...] = ()
    weights: tuple[tuple[str, int], ...] = ()
    extras: tuple = field(default=(), compare=False)

    # -- look-ups -----------------------------------------------------------------------------

    @cached_property
    def session(self) -> dict[str, SessionInfo]:
        return {s.key: s for s in self.sessions}

    @cached_property
    def room(self) -> dict[str, RoomInfo]:
        return {r.key: r for r in self.rooms}

    @cached_property
    def channel(self) -> dict[str, ChannelInfo]:
        return {c.key: c for c in self.channels}

    @cached_property
    def person(self) -> dict[str, PersonInfo]:
        return {p.key: p for p in self.people}

    @cached_property
    def group(self) -> dict[str, GroupInfo]:
        return {g.key: g for g in self.groups}

    @cached_property
    def resource(self) -> dict[str, ResourceInfo]:
        return {r.key: r for r in self.resources}

    @cached_property
    def city(self) -> dict[str, CityInfo]:
        return {c.key: c for c in self.cities}

    @cached_property
    def travel_minutes(self) -> dict[tuple[str, str], int]:
        return {(a, b): minutes for a, b, minutes in self.travel}

    def travel_between(self, a: str, b: str) -> int:
        """Minutes from city a to city b (0 within a city; the other direction if only that is known)."""
        if a == b:
            return 0
        return self.travel_minutes.get((a, b), self.travel_minutes.get((b, a), 0))

    @cached_property
    def weight(self) -> dict[str, int]:
        return dict(self.weights)

    # -- time ---------------------------------------------------------------------------------

    @property
    def horizon(self) -> int:
        return self.event.hours[-1].end if self.event.hours else 0

    def moment(self, minute: int) -> datetime:
        return self.event.epoch + timedelta(minutes=minute)

    def minute(self, moment: datetime) -> int:
        return round((moment - self.event.epoch).total_seconds() / 60)

    def day_of(self, minute: int) -> int:
        """The index of the event day a minute falls on (by the daily hours, else by the calendar)."""
        for index, hours in enumerate(self.event.hours):
            if hours.start <= minute < hours.end:
                return index
        local_day = self.moment(minute).astimezone(zone(self.event.timezone)).date()
        return (local_day - self.event.days[0]).days


def event_info(name: str, tz: str, start: date, day_count: int, day_start, day_end,
               granularity: int) -> EventInfo:
    """The event's epoch, days and daily hours as minutes since the epoch."""
    epoch = at(start, datetime.min.time(), tz).astimezone(timezone.utc)
    days = tuple(start + timedelta(days=i) for i in range(day_count))

    def minute(day, clock):
        return round((at(day, clock, tz).astimezone(timezone.utc) - epoch).total_seconds() / 60)

    hours = tuple(Span(minute(day, day_start), minute(day, day_end)) for day in days)
    return EventInfo(name=name, timezone=tz, epoch=epoch, days=days, hours=hours,
                     granularity=granularity)
