"""Compare two schedules side by side: the main schedule, a scenario, or a published version.

Both sides are read onto one problem snapshot and checked by the independent validator, with
stability measured against the last publication (as the window does), so their costs can be
set side by side rule by rule. Sessions that moved are worded as the change log words them
(scheduler/publishing/changes.py: day, time, city, room, channel).

``compare`` reads and computes in one go; ``read_sides`` (quick, reads the file) and
``compare_sides`` (validates, touches no file) let a GUI do the second part off its thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import select

from ..domain import models as m
from ..domain.enums import SessionStatus
from ..errors import DataError
from ..problem import Placement, Problem, Schedule
from ..project import Project
from ..publishing.changes import Change, changes_between, when, where
from ..publishing.versions import CANCELLED, version_entries
from ..snapshot import published_schedule, snapshot, stored_schedule
from ..validator import Validation, Violation, validate
from .store import MAIN, placement_rows

WORKING = "working"
MOVED, NEWLY_PLACED, UNPLACED = "moved", "newly placed", "unplaced"


@dataclass(frozen=True)
class SideRef:
    """One side to compare: kind 'main', 'working', 'scenario' (with a name) or 'version'."""

    kind: str
    name: str = ""
    number: int = 0

    @property
    def label(self) -> str:
        return {"main": "the main schedule", "working": "the schedule being edited",
                "scenario": f"scenario '{self.name}'", "version": f"version {self.number}"}[self.kind]

    @property
    def text(self) -> str:
        """How the side is written on a command line."""
        return {"scenario": self.name, "version": str(self.number)}.get(self.kind, self.kind)


def parse_side(text: str | int) -> SideRef:
    """'main', 'working', a version number, or a scenario name."""
    value = str(text).strip()
    if not value:
        raise DataError("name a schedule to compare: 'main', 'working', a version number "
                        "or a scenario name")
    if value.isdigit():
        return SideRef("version", number=int(value))
    if value.casefold() in (MAIN, WORKING):
        return SideRef(value.casefold())
    return SideRef("scenario", name=value)


@dataclass(frozen=True)
class Sides:
    """What a comparison needs, read from the project: no database access after this."""

    problem: Problem
    previous: Schedule | None
    refs: tuple[SideRef, SideRef]
    schedules: tuple[Schedule, Schedule]
    titles_zh: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Side:
    """One compared schedule and what the validator found in it."""

    ref: SideRef
    schedule: Schedule
    validation: Validation

    @property
    def label(self) -> str:
        return self.ref.label

    @property
    def total_cost(self) -> int:
        return self.validation.total_cost

    @property
    def hard(self) -> tuple[Violation, ...]:
        return self.validation.hard


@dataclass(frozen=True)
class Move:
    """A session placed differently on the two sides, with before/after in the event's words."""

    key: str
    title: str
    title_zh: str
    what: str  # moved, newly placed, unplaced
    before_when: str
    before_where: str
    after_when: str
    after_where: str
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class RuleCost:
    rule: str
    a: int
    b: int

    @property
    def difference(self) -> int:
        return self.b - self.a


@dataclass(frozen=True)
class Comparison:
    a: Side
    b: Side
    moves: tuple[Move, ...]
    timezone: str

    def costs(self, everything: bool = False) -> tuple[RuleCost, ...]:
        """Cost per soft rule on both sides; only rules that cost something unless ``everything``."""
        ca, cb = self.a.validation.costs(), self.b.validation.costs()
        rules = list(ca) + [rule for rule in cb if rule not in ca]
        return tuple(RuleCost(r, ca.get(r, 0), cb.get(r, 0)) for r in rules
                     if everything or ca.get(r, 0) or cb.get(r, 0))

    @property
    def cost_difference(self) -> int:
        return self.b.total_cost - self.a.total_cost

    def as_dict(self) -> dict:
        """Plain data for JSON."""
        def side(s: Side) -> dict:
            return {"label": s.label, "ref": s.ref.text, "placed": len(s.schedule),
                    "total_cost": s.total_cost, "hard_violations": len(s.hard),
                    "hard": [{"rule": v.rule, "message": v.message, "sessions": list(v.sessions)}
                             for v in s.hard]}

        return {"a": side(self.a), "b": side(self.b), "cost_difference": self.cost_difference,
                "costs": [{"rule": c.rule, "a": c.a, "b": c.b, "difference": c.difference}
                          for c in self.costs()],
                "moves": [{"key": mv.key, "title": mv.title, "what": mv.what,
                           "a": {"when": mv.before_when, "where": mv.before_where},
                           "b": {"when": mv.after_when, "where": mv.after_where},
                           "changes": [{"kind": c.kind, "a": c.old, "b": c.new} for c in mv.changes]}
                          for mv in self.moves]}


def compare(project: Project, a: str | int | SideRef, b: str | int | SideRef) -> Comparison:
    """Sessions moved, cost per rule and hard violations of ``a`` and ``b``."""
    return compare_sides(read_sides(project, a, b))


def read_sides(project: Project, a, b) -> Sides:
    refs = tuple(x if isinstance(x, SideRef) else parse_side(x) for x in (a, b))
    problem = snapshot(project)
    schedules = tuple(_schedule(project, problem, ref) for ref in refs)
    with project.transaction() as db:
        titles = dict(db.exec(select(m.Session.key, m.Session.title_zh)).all())
    return Sides(problem, published_schedule(project, problem), refs, schedules, titles)


def compare_sides(sides: Sides) -> Comparison:
    problem = sides.problem
    a, b = (Side(ref, schedule, validate(problem, schedule, previous=sides.previous))
            for ref, schedule in zip(sides.refs, sides.schedules))
    return Comparison(a, b, tuple(_moves(problem, a.schedule, b.schedule, sides.titles_zh)),
                      problem.event.timezone)


# -- reading one side ----------------------------------------------------------------------------


def _schedule(project: Project, problem: Problem, ref: SideRef) -> Schedule:
    if ref.kind == "version":
        return _version_schedule(project, problem, ref.number)
    if ref.kind == WORKING:
        return stored_schedule(project, problem)
    rows = placement_rows(project, ref.name if ref.kind == "scenario" else None)
    with project.transaction() as db:
        keys = {model: dict(db.exec(select(model.id, model.key)).all())
                for model in (m.Session, m.Room, m.Channel)}
    out = {}
    for session_id, room_id, channel_id, start in rows:
        key = keys[m.Session][session_id]
        if key in problem.session:  # a cancelled session is not part of the problem
            out[key] = Placement(key, problem.minute(start), keys[m.Room].get(room_id),
                                 keys[m.Channel].get(channel_id))
    return out


def _version_schedule(project: Project, problem: Problem, number: int) -> Schedule:
    """A published version's placements of the sessions the project holds now (rooms and
    channels deleted since then leave their sessions unplaced)."""
    by_uid = {s.uid: s.key for s in problem.sessions}
    out = {}
    for uid, entry in version_entries(project, number).items():
        key = by_uid.get(uid)
        if key is None or entry.start is None or entry.status == CANCELLED:
            continue
        if (entry.room_key and entry.room_key not in problem.room) or \
                (entry.channel_key and entry.channel_key not in problem.channel):
            continue
        out[key] = Placement(key, problem.minute(entry.start), entry.room_key, entry.channel_key)
    return out


# -- wording the moves ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """Just what changes.py reads of a version entry, made from a placement."""

    session_uid: str
    status: str
    start: datetime | None
    end: datetime | None
    data: dict


def _moves(problem: Problem, a: Schedule, b: Schedule, titles_zh: dict[str, str]):
    tz = problem.event.timezone
    order = sorted(problem.sessions, key=lambda s: (_first_start(s.key, b, a), s.key))
    for info in order:
        pa, pb = a.get(info.key), b.get(info.key)
        if pa == pb:
            continue
        ea, eb = _entry(problem, info, pa), _entry(problem, info, pb)
        what = NEWLY_PLACED if pa is None else UNPLACED if pb is None else MOVED
        yield Move(info.key, info.title, titles_zh.get(info.key, ""), what, when(ea, tz),
                   where(ea), when(eb, tz), where(eb), tuple(changes_between(ea, eb, tz)))


def _first_start(key: str, *schedules: Schedule) -> int:
    for schedule in schedules:
        if key in schedule:
            return schedule[key].start
    return 10**9


def _entry(problem: Problem, info, placement: Placement | None) -> _Entry:
    data = {"key": info.key, "title_en": info.title, "delivery_mode": info.mode}
    if placement is None:
        return _Entry(info.uid, SessionStatus.CONFIRMED.value, None, None, data)
    room = problem.room.get(placement.room) if placement.room else None
    channel = problem.channel.get(placement.channel) if placement.channel else None
    city = problem.city.get(room.city) if room else None
    data |= {"room_key": room.key if room else None, "room_name_en": room.name if room else None,
             "venue_key": room.venue if room else None,
             "venue_name_en": room.venue_name if room else None,
             "city_key": city.key if city else None, "city_name_en": city.name if city else None,
             "channel_key": channel.key if channel else None,
             "channel_name_en": channel.name if channel else None}
    start = problem.moment(placement.start)
    return _Entry(info.uid, SessionStatus.CONFIRMED.value, start,
                  start + timedelta(minutes=info.duration), data)
