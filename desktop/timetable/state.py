"""What the window shows, read from the project in one go on the GUI thread.

A ``ScheduleState`` is immutable: the problem snapshot, the stored schedule, the published
schedule (what stability is measured against), the validator's findings on it, and the Chinese
names the snapshot leaves out. Validating takes several times as long as reading, so
``read_state`` leaves the findings out (``validation`` None); the window has them checked in the
background, then shows ``state.with_validation(...)``. Views are rebuilt from a new state after
every change; nothing here is live.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cached_property, lru_cache

from scheduler import Changes, Project
from scheduler.domain import models as m
from scheduler.eventtime import zone
from scheduler.names import chinese_names
from scheduler.problem import Placement, Problem, Schedule, SessionInfo, Span
from scheduler.snapshot import published_schedule, snapshot, stored_schedule
from scheduler.validator import Validation, Violation, validate

SCHEDULE_TABLES = frozenset({m.Assignment.__tablename__})
LOG_TABLES = frozenset({m.SolveRun.__tablename__})  # the solve history: the state shows none of it
MODE_WORDS = {"on_site": "on-site", "online": "online", "hybrid": "hybrid"}


@dataclass(frozen=True)
class Names:
    """Chinese names by (kind, key), channel platforms, event names."""

    zh: dict[tuple[str, str], str] = field(default_factory=dict)
    platform: dict[str, str] = field(default_factory=dict)
    event_en: str = ""
    event_zh: str = ""

    def chinese(self, kind: str, key: str | None) -> str:
        return self.zh.get((kind, key), "") if key else ""


def read_names(project: Project) -> Names:
    event = project.event()
    return Names(zh=chinese_names(project), platform={c.key: c.platform for c in project.all(m.Channel)},
                 event_en=event.name_en, event_zh=event.name_zh)


@dataclass(frozen=True)
class ScheduleState:
    problem: Problem
    schedule: Schedule
    validation: Validation | None  # None until the validator has been over the schedule
    names: Names
    previous: Schedule | None = None  # the published schedule (None when nothing was published)

    @property
    def checked(self) -> bool:
        return self.validation is not None

    def with_validation(self, validation: Validation) -> ScheduleState:
        return replace(self, validation=validation)

    @cached_property
    def findings(self) -> dict[str, tuple[Violation, ...]]:
        """The validator's findings by session key (none while unchecked)."""
        out: dict[str, list[Violation]] = {}
        for v in self.validation.violations if self.validation is not None else ():
            for key in v.sessions:
                out.setdefault(key, []).append(v)
        return {key: tuple(items) for key, items in out.items()}

    @cached_property
    def unscheduled(self) -> tuple[SessionInfo, ...]:
        return tuple(s for s in self.problem.sessions if s.key not in self.schedule)

    @cached_property
    def by_day(self) -> tuple[dict[str, Placement], ...]:
        """The placements of each event day, by session key."""
        days: tuple[dict[str, Placement], ...] = tuple({} for _ in self.problem.event.days)
        for key, placement in self.schedule.items():
            day = self.day_of(placement)
            if 0 <= day < len(days):
                days[day][key] = placement
        return days

    @cached_property
    def tracks(self) -> tuple[str, ...]:
        return tuple(sorted({s.track for s in self.problem.sessions}))

    def day_of(self, placement: Placement) -> int:
        return self.problem.day_of(placement.start)

    def clock(self, minute: int) -> str:
        return f"{_moment(self.problem.event.epoch, self.problem.event.timezone, minute):%H:%M}"

    def day_name(self, index: int) -> str:
        """'Fri 28 May' / '5月28日 周五': in the language chosen (desktop.locale_format)."""
        from ..locale_format import day_text

        return day_text(self.problem.event.days[index])

    def span_text(self, start: int, end: int) -> str:
        return f"{self.clock(start)}–{self.clock(end)}"

    def session_cities(self, info: SessionInfo) -> frozenset[str]:
        """The cities a session can take place in (none for an online session)."""
        if not info.needs_room:
            return frozenset()
        if info.pin_room:
            return frozenset({self.problem.room[info.pin_room].city})
        allowed = None
        for rule in info.place_rules:
            if rule.kind != "allowed":
                continue
            cities = self._rule_cities(rule.target, rule.value)
            allowed = cities if allowed is None else allowed | cities
        return frozenset(allowed if allowed is not None else self.problem.city)

    def _rule_cities(self, target: str, value: str) -> set[str]:
        if target == "city":
            return {value}
        rooms = self.problem.rooms
        if target == "venue":
            return {r.city for r in rooms if r.venue == value}
        if target == "room":
            return {r.city for r in rooms if r.key == value}
        if target == "room_tag":
            return {r.city for r in rooms if value in r.tags}
        return set()


def read_state(project: Project, changes: Changes | None = None,
               last: ScheduleState | None = None) -> ScheduleState:
    """Snapshot, stored and published schedules and names, without findings.

    Given ``last`` (read from this project before) and the ``changes`` made since, only what
    they touched is read again: the stored schedule alone after a move or a stored solve,
    nothing after a solve that stored nothing. The snapshot is the costly part (~0.1 s for
    1,000 sessions), and this runs on the GUI thread after every edit.
    """
    if last is not None and changes is not None:
        if changes.tables <= LOG_TABLES:
            return replace(last, validation=None)
        if changes.tables <= LOG_TABLES | SCHEDULE_TABLES:
            return replace(last, schedule=stored_schedule(project, last.problem), validation=None)
    problem = snapshot(project)
    return ScheduleState(problem, stored_schedule(project, problem), None, read_names(project),
                         previous=published_schedule(project, problem))


def check(state: ScheduleState) -> Validation:
    """The validator on the state's schedule (stability measured against the last publication)."""
    return validate(state.problem, state.schedule, previous=state.previous)


def load_state(project: Project) -> ScheduleState:
    """``read_state`` and its findings, in one go on the calling thread."""
    state = read_state(project)
    return state.with_validation(check(state))


def local_words(problem: Problem, minute: int) -> tuple[str, str]:
    """('Fri 28 May' / '5月28日 周五', '09:30') of an event minute, in the event's zone; the day
    in the language chosen (desktop.locale_format)."""
    from ..locale_format import day_text

    moment = _moment(problem.event.epoch, problem.event.timezone, minute)
    return day_text(moment), f"{moment:%H:%M}"


@lru_cache(maxsize=65536)
def _moment(epoch, tz: str, minute: int) -> datetime:
    """An event minute as a time in the zone ``tz``."""
    return (epoch + timedelta(minutes=minute)).astimezone(zone(tz))


def day_span(state: ScheduleState, day: int, margin: int = 60) -> Span:
    """The stretch of a day the timetable shows: its hours, a margin, and every session on it."""
    hours = state.problem.event.hours[day]
    start, end = hours.start - margin, hours.end + margin
    for p in state.schedule.values():
        if state.day_of(p) == day:
            info = state.problem.session[p.session]
            start, end = min(start, p.start), max(end, p.start + info.duration)
    return Span(start - start % 60, end + (-end) % 60)
