"""The printed programme as plain data: per day, per city, the sessions in time order.

Built from the problem snapshot and a schedule (the stored one, for exports), with every text
already in the programme's language, so the renderers (the HTML agenda here, the Qt booklet in
the desktop) only lay it out and never decide what to say. Sessions in a room are listed under
the room's city; sessions with only an online channel get an "Online" page of their own per
day. Unscheduled sessions are left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..eventtime import zone
from ..problem import Placement, Problem, Schedule, SessionInfo
from .words import ROLES, Words, clock_range

ONLINE = "online"  # the city key of the online pages


@dataclass(frozen=True)
class Names:
    """What the snapshot leaves out: Chinese names by (kind, key), channel platforms, and the
    event's Chinese name. (The desktop's state carries the same three fields.)"""

    zh: dict[tuple[str, str], str] = field(default_factory=dict)
    platform: dict[str, str] = field(default_factory=dict)
    event_zh: str = ""


@dataclass(frozen=True)
class Entry:
    """One session as printed."""

    key: str
    start: int  # minutes since the event's epoch: the order on its page
    time: str  # 09:30–10:15 in the event's zone
    title: str  # in the programme's language ("both": the Chinese title where there is one)
    subtitle: str  # "both": the English title under a Chinese one; else empty
    details: str  # kind · track · language (· interpretation)
    place: tuple[str, ...]  # venue · room, and/or Online: channel (platform)
    people: tuple[tuple[str, str], ...]  # (role label, the names in that role)


@dataclass(frozen=True)
class Page:
    """The sessions of one day in one city (or online): one page of the booklet."""

    day: int  # index of the event day
    day_label: str
    city: str  # city key, or ONLINE
    city_label: str
    entries: tuple[Entry, ...]

    @property
    def heading(self) -> str:
        return f"{self.day_label} — {self.city_label}"


@dataclass(frozen=True)
class Programme:
    language: str  # "en", "zh" or "both"
    title: str  # the event's name
    subtitle: str  # "both": the English name under the Chinese one
    dates: str
    cities: str  # the cities with sessions, in the event's order
    pages: tuple[Page, ...]
    unscheduled: int  # sessions of the problem that have no place yet

    @cached_property
    def words(self) -> Words:
        return Words(self.language)

    @property
    def cover(self) -> str:
        """One line for the top of every page: name, dates, cities."""
        return " · ".join(part for part in (self.title, self.dates, self.cities) if part)

    @property
    def session_count(self) -> int:
        return sum(len(page.entries) for page in self.pages)


def build_programme(problem: Problem, schedule: Schedule, names: Names, language: str) -> Programme:
    """The programme of ``schedule`` in ``language`` ("en", "zh" or "both")."""
    return _Builder(problem, names, Words(language)).programme(schedule)


class _Builder:
    def __init__(self, problem: Problem, names: Names, words: Words):
        self.problem, self.names, self.words = problem, names, words
        self.zone = zone(problem.event.timezone)

    def name(self, kind: str, key: str, english: str) -> str:
        return self.words.pick(english, self.names.zh.get((kind, key), ""))

    def programme(self, schedule: Schedule) -> Programme:
        problem, words = self.problem, self.words
        pages = self.pages(schedule)
        days = problem.event.days
        used = {page.city for page in pages}
        cities = [self.name("city", c.key, c.name) for c in problem.cities if c.key in used]
        title, subtitle = self.words.pair(problem.event.name, self.names.event_zh)
        return Programme(
            language=words.language, title=title, subtitle=subtitle,
            dates=words.dates(days[0], days[-1]) if days else "", cities=" · ".join(cities),
            pages=pages, unscheduled=sum(1 for s in problem.sessions if s.key not in schedule))

    def pages(self, schedule: Schedule) -> tuple[Page, ...]:
        """Day by day; within a day the cities in the event's order, then Online."""
        grouped: dict[tuple[int, str], list[Placement]] = {}
        for placement in schedule.values():
            if placement.session not in self.problem.session:
                continue
            day = self.problem.day_of(placement.start)
            if 0 <= day < len(self.problem.event.days):
                grouped.setdefault((day, self.city_of(placement)), []).append(placement)
        order = [c.key for c in self.problem.cities] + [ONLINE]
        pages = []
        for day, city in sorted(grouped, key=lambda k: (k[0], order.index(k[1]))):
            entries = sorted((self.entry(p) for p in grouped[(day, city)]),
                             key=lambda e: (e.start, e.title))
            pages.append(Page(day=day, day_label=self.words.day(self.problem.event.days[day]),
                              city=city, city_label=self.city_label(city), entries=tuple(entries)))
        return tuple(pages)

    def city_of(self, placement: Placement) -> str:
        room = self.problem.room.get(placement.room) if placement.room else None
        return room.city if room is not None else ONLINE

    def city_label(self, city: str) -> str:
        if city == ONLINE:
            return self.words.label("online")
        return self.name("city", city, self.problem.city[city].name)

    def entry(self, placement: Placement) -> Entry:
        info = self.problem.session[placement.session]
        title, subtitle = self.words.pair(info.title, self.names.zh.get(("session", info.key), ""))
        return Entry(key=info.key, start=placement.start, time=self.time(placement.start, info.duration),
                     title=title, subtitle=subtitle, details=self.details(info),
                     place=self.place(placement), people=self.people(info))

    def time(self, start: int, duration: int) -> str:
        first = self.problem.moment(start).astimezone(self.zone)
        last = self.problem.moment(start + duration).astimezone(self.zone)
        return clock_range((first.hour, first.minute), (last.hour, last.minute))

    def details(self, info: SessionInfo) -> str:
        parts = [self.words.kind(info.kind), info.track]
        if info.language:
            parts.append(self.words.spoken(info.language))
        if info.interpretation:
            parts.append(self.words.label("interpretation"))
        return " · ".join(part for part in parts if part)

    def place(self, placement: Placement) -> tuple[str, ...]:
        lines = []
        if placement.room and placement.room in self.problem.room:
            room = self.problem.room[placement.room]
            lines.append(f"{self.name('venue', room.venue, room.venue_name)} · "
                         f"{self.name('room', room.key, room.name)}")
        if placement.channel and placement.channel in self.problem.channel:
            channel = self.problem.channel[placement.channel]
            platform = self.names.platform.get(channel.key, "")
            text = self.name("channel", channel.key, channel.name)
            text += self.words.aside(platform) if platform else ""
            lines.append(f"{self.words.label('online')}{self.words.colon}{text}" if placement.room
                         else text)
        return tuple(lines)

    def people(self, info: SessionInfo) -> tuple[tuple[str, str], ...]:
        out = []
        for role in ROLES:
            names = [self.name("person", p.person, self.problem.person[p.person].name)
                     + (self.words.aside(self.words.label("remote")) if p.presence == "remote" else "")
                     for p in info.people if p.role == role and p.person in self.problem.person]
            if names:
                out.append((self.words.role(role), self.words.comma.join(names)))
        return tuple(out)
