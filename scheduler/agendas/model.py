"""What the agenda views hand out: plain frozen dataclasses, no behaviour beyond reading.

A name carries its English and (where the data has one) its Chinese spelling, so a view
shows either without computing the agenda again. Times are kept twice: as minutes since the
event's epoch (what the schedule and the validator speak) and as wall-clock moments in a
zone (what a reader sees).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Name:
    en: str
    zh: str = ""

    def pick(self, language: str) -> str:
        """The name in ``language`` ("en" or "zh"); English where there is no Chinese one."""
        return self.zh if language == "zh" and self.zh else self.en

    def __bool__(self) -> bool:
        return bool(self.en or self.zh)


NO_NAME = Name("")


@dataclass(frozen=True)
class LocalSpan:
    """A stretch of time as the clock reads it in one zone."""

    zone: str
    start: datetime  # aware, in ``zone``
    end: datetime

    @property
    def start_date(self) -> date:
        return self.start.date()

    @property
    def end_date(self) -> date:
        return self.end.date()

    @property
    def days_later(self) -> int:
        """How many local dates after the start the end falls (1 for a session over midnight)."""
        return (self.end_date - self.start_date).days

    @property
    def crosses_midnight(self) -> bool:
        return self.days_later > 0

    @property
    def text(self) -> str:
        """E.g. '23:30–00:30 (+1)': the end marked with the days it is later."""
        later = f" (+{self.days_later})" if self.days_later else ""
        return f"{self.start:%H:%M}–{self.end:%H:%M}{later}"


@dataclass(frozen=True)
class Place:
    """Where a session is: its room (venue, city) and/or its online channel."""

    room: str | None = None
    room_name: Name = NO_NAME
    venue_name: Name = NO_NAME
    city: str | None = None
    city_name: Name = NO_NAME
    channel: str | None = None
    channel_name: Name = NO_NAME

    def words(self, language: str = "en") -> str:
        """E.g. 'Main Hall, SICEC, Jinan · Main Livestream'."""
        parts = []
        if self.room:
            on_site = [self.room_name.pick(language), self.venue_name.pick(language),
                       self.city_name.pick(language)]
            parts.append(", ".join(p for p in on_site if p))
        if self.channel:
            parts.append(self.channel_name.pick(language))
        return " · ".join(parts)


@dataclass(frozen=True)
class AgendaItem:
    """One session in somebody's agenda."""

    session: str
    title: Name
    kind: str
    mode: str  # on_site, online, hybrid
    day: int  # index of the event day
    start: int  # minutes since the event's epoch
    end: int
    event_time: LocalSpan  # in the event's zone
    home_time: LocalSpan | None  # in the person's home zone, when it is another zone
    role: str  # the person's roles ("speaker, host"); a group's "attends" or "interested"
    presence: str  # on_site, remote (a person) or online (a group watching an online session)
    optional: bool  # a group's "interested" session
    place: Place

    @property
    def on_site(self) -> bool:
        """Present in the session's room, so the city matters for travel."""
        return self.presence == "on_site" and self.place.city is not None


@dataclass(frozen=True)
class TravelLeg:
    """The journey between two sessions in different cities, in the agenda's time order."""

    after: str  # the session left (its key)
    before: str  # the session travelled to
    day: int  # the event day of the session travelled to
    from_city: str
    to_city: str
    from_name: Name
    to_name: Name
    minutes: int  # from the travel-time matrix
    mode: str  # "road", "rail", … ("" when the matrix does not say)
    leave: int  # the earliest departure: the end of ``after`` (event minutes)
    arrive: int  # the earliest arrival: leave + minutes
    deadline: int  # the latest arrival: the start of ``before``
    leave_time: LocalSpan  # leave..arrive in the event's zone
    optional: bool  # one end is a session the group may skip

    @property
    def gap(self) -> int:
        """The minutes between the two sessions (negative when they overlap)."""
        return self.deadline - self.leave

    @property
    def short(self) -> bool:
        """The gap is shorter than the journey: the validator's travel_time rule is broken."""
        return self.gap < self.minutes


@dataclass(frozen=True)
class Agenda:
    """A person's or a group's sessions and journeys, in time order."""

    kind: str  # "person" or "group"
    key: str
    name: Name
    event_zone: str
    home_zone: str  # the person's home zone ("" when unknown or for a group)
    rows: tuple[AgendaItem | TravelLeg, ...]
    unscheduled: tuple[str, ...] = ()  # their sessions that have no place yet (keys)

    @property
    def items(self) -> tuple[AgendaItem, ...]:
        return tuple(r for r in self.rows if isinstance(r, AgendaItem))

    @property
    def legs(self) -> tuple[TravelLeg, ...]:
        return tuple(r for r in self.rows if isinstance(r, TravelLeg))

    def days(self) -> dict[int, tuple[AgendaItem | TravelLeg, ...]]:
        """The rows of each event day (by index), days in order."""
        out: dict[int, list] = {}
        for row in self.rows:
            out.setdefault(row.day, []).append(row)
        return {day: tuple(rows) for day, rows in sorted(out.items())}


@dataclass(frozen=True)
class OnlineItem:
    """One session with an online part, as the online audience in one zone sees it."""

    session: str
    title: Name
    kind: str
    mode: str
    start: int
    end: int
    event_time: LocalSpan
    local: LocalSpan  # in the audience's zone
    outside_hours: bool  # some part of it lies outside the local business hours
    place: Place


@dataclass(frozen=True)
class OnlineProgramme:
    zone: str
    business_hours: tuple  # (start, end) datetime.time of the local working day
    items: tuple[OnlineItem, ...]

    def dates(self) -> dict[date, tuple[OnlineItem, ...]]:
        """The items by the local date they start on, dates in order."""
        out: dict[date, list[OnlineItem]] = {}
        for item in self.items:
            out.setdefault(item.local.start_date, []).append(item)
        return {day: tuple(items) for day, items in sorted(out.items())}

    @property
    def outside_count(self) -> int:
        return sum(item.outside_hours for item in self.items)
