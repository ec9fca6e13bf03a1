"""Scenarios kept in the project file: save, switch, promote, rename, delete, list.

The assignment table always holds the schedule the organiser is editing. While the main
schedule is active it *is* the main schedule; while a scenario is active, the main schedule
waits in a hidden scenario row of kind 'main' (the stash) and edits change the scenario.
Placements are copied between the tables row for row in SQL, so a round trip gives back
exactly the stored values. Every operation is one transaction and returns the ``Changes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlmodel import Session as DbSession
from sqlmodel import select

from ..domain import models as m
from ..errors import DataError, NotFound
from ..project import Changes, Project

MAIN = "main"  # the name of the stash row, and how people name the main schedule
RESERVED = (MAIN, "working")
TOUCHED = Changes.of(m.Scenario, m.ScenarioPlacement, m.ActiveScenario)
WITH_SCHEDULE = TOUCHED | Changes.of(m.Assignment)
COLUMNS = "session_id, room_id, channel_id, start"


@dataclass(frozen=True)
class ScenarioSummary:
    """A scenario as listed: its name, note, times and how many sessions it places."""

    name: str
    note: str
    created_at: datetime
    updated_at: datetime
    placed: int
    active: bool


@dataclass(frozen=True)
class Promotion:
    """What ``promote`` did: the name under which the replaced main schedule was kept."""

    kept: str
    changes: Changes


# -- reading ------------------------------------------------------------------------------------


def active(project: Project) -> str | None:
    """The name of the scenario being edited, or None when it is the main schedule."""
    with project.transaction() as db:
        row = _active_row(db)
        return row.name if row is not None else None


def scenarios(project: Project) -> list[ScenarioSummary]:
    """Every scenario (not the hidden main), by name; the active one counts its live edits."""
    with project.transaction() as db:
        current = _active_row(db)
        counts = dict(db.exec(select(m.ScenarioPlacement.scenario_id, sa.func.count())
                              .group_by(m.ScenarioPlacement.scenario_id)).all())
        live = db.exec(select(sa.func.count()).select_from(m.Assignment)).one()
        rows = db.exec(select(m.Scenario).where(m.Scenario.kind == "scenario")).all()
        return [ScenarioSummary(row.name, row.note, row.created_at, row.updated_at,
                                live if current is not None and row.id == current.id
                                else counts.get(row.id, 0),
                                current is not None and row.id == current.id)
                for row in sorted(rows, key=lambda r: (r.name.casefold(), r.name))]


def placement_rows(project: Project, name: str | None) -> list[tuple[int, int | None, int | None,
                                                                     datetime]]:
    """(session id, room id, channel id, start) of a scenario, or of the main schedule (None),
    as they stand now: the assignment table for the one being edited."""
    with project.transaction() as db:
        current = _active_row(db)
        if name is None:
            holder = None if current is None else _stash(db)
        else:
            holder = _named(db, name)
            holder = None if current is not None and holder.id == current.id else holder
        if holder is None:
            rows = db.exec(select(m.Assignment)).all()
        else:
            rows = db.exec(select(m.ScenarioPlacement)
                           .where(m.ScenarioPlacement.scenario_id == holder.id)).all()
        return [(r.session_id, r.room_id, r.channel_id, r.start) for r in rows]


# -- changing -----------------------------------------------------------------------------------


def save_scenario(project: Project, name: str, note: str = "", *, overwrite: bool = False,
                  now: datetime | None = None) -> Changes:
    """Keep the schedule being edited as scenario ``name``; the schedule edited stays as it is."""
    name = checked_name(name)
    stamp = _now(now)
    with project.transaction(f"scenario '{name}'") as db:
        row = _find(db, name)
        if row is not None and not overwrite:
            raise DataError(f"a scenario named '{name}' already exists: choose another name, "
                            "or overwrite it")
        if row is None:
            row = m.Scenario(name=name, note=note, created_at=stamp, updated_at=stamp)
            db.add(row)
            db.flush()
        else:
            row.note, row.updated_at = note, stamp
            db.add(row)
        _copy_in(db, row.id)
    return TOUCHED


def switch_to(project: Project, name: str | None, *, now: datetime | None = None) -> Changes:
    """Edit scenario ``name`` (None: the main schedule) from now on.

    The schedule being edited goes back to where it came from (the active scenario, or the
    stash when leaving the main schedule); the target's placements fill the assignment table.
    """
    about = f"switching to scenario '{name}'" if name else "switching to the main schedule"
    with project.transaction(about) as db:
        current = _active_row(db)
        target = _named(db, name) if name is not None else None
        if (target.id if target else None) == (current.id if current else None):
            return Changes()
        _put_back(db, current, _now(now))
        if target is None:
            stash = _stash(db)
            _copy_out(db, stash.id)
            db.delete(stash)
        else:
            _copy_out(db, target.id)
        _set_active(db, target)
    return WITH_SCHEDULE


def promote(project: Project, name: str, *, now: datetime | None = None) -> Promotion:
    """Make scenario ``name`` the main schedule; the main schedule it replaces is kept as a
    scenario ("Main before promoting …"), so nothing is lost. Afterwards main is active."""
    stamp = _now(now)
    with project.transaction(f"promoting scenario '{name}'") as db:
        target = _named(db, name)
        current = _active_row(db)
        _put_back(db, current, stamp)
        kept = m.Scenario(name=_free_name(db, _kept_name(target.name, stamp)), created_at=stamp,
                          updated_at=stamp, note=f"The main schedule before '{target.name}' "
                                                 "was promoted.")
        db.add(kept)
        db.flush()
        if current is None:
            _copy_in(db, kept.id)
        else:
            stash = _stash(db)
            _copy_between(db, stash.id, kept.id)
            db.delete(stash)
        _copy_out(db, target.id)
        _set_active(db, None)
        kept_name = kept.name
    return Promotion(kept_name, WITH_SCHEDULE)


def rename(project: Project, old: str, new: str) -> Changes:
    new = checked_name(new)
    with project.transaction(f"scenario '{old}'") as db:
        row = _named(db, old)
        other = _find(db, new)
        if other is not None and other.id != row.id:
            raise DataError(f"a scenario named '{new}' already exists")
        row.name = new
        db.add(row)
    return TOUCHED


def delete_scenario(project: Project, name: str) -> Changes:
    with project.transaction(f"scenario '{name}'") as db:
        row = _named(db, name)
        current = _active_row(db)
        if current is not None and current.id == row.id:
            raise DataError(f"scenario '{name}' is being edited: switch to the main schedule "
                            "or another scenario before deleting it")
        db.delete(row)
    return TOUCHED


def checked_name(name: str) -> str:
    """The name without surrounding spaces, or a DataError saying why it cannot be one."""
    name = (name or "").strip()
    if not name:
        raise DataError("a scenario needs a name")
    if name.casefold() in RESERVED:
        raise DataError(f"'{name}' cannot name a scenario: it names the "
                        f"{'main schedule' if name.casefold() == MAIN else 'schedule being edited'}")
    if name.isdigit():
        raise DataError(f"'{name}' cannot name a scenario: numbers name published versions")
    return name


# -- rows ---------------------------------------------------------------------------------------


def _find(db: DbSession, name: str) -> m.Scenario | None:
    return db.exec(select(m.Scenario).where(m.Scenario.name == name,
                                            m.Scenario.kind == "scenario")).first()


def _named(db: DbSession, name: str) -> m.Scenario:
    row = _find(db, (name or "").strip())
    if row is None:
        names = sorted(db.exec(select(m.Scenario.name).where(m.Scenario.kind == "scenario")).all())
        known = ", ".join(f"'{n}'" for n in names) if names else "none yet"
        raise NotFound(f"no scenario named '{name}' (scenarios: {known})")
    return row


def _active_row(db: DbSession) -> m.Scenario | None:
    state = db.get(m.ActiveScenario, 1)
    return db.get(m.Scenario, state.scenario_id) if state and state.scenario_id else None


def _set_active(db: DbSession, target: m.Scenario | None) -> None:
    state = db.get(m.ActiveScenario, 1) or m.ActiveScenario(id=1)
    state.scenario_id = target.id if target is not None else None
    db.add(state)
    db.flush()


def _stash(db: DbSession, create: bool = False) -> m.Scenario:
    row = db.exec(select(m.Scenario).where(m.Scenario.kind == MAIN)).first()
    if row is None and create:
        stamp = _now(None)
        row = m.Scenario(name=MAIN, kind=MAIN, created_at=stamp, updated_at=stamp,
                         note="The main schedule, kept while a scenario is edited.")
        db.add(row)
        db.flush()
    if row is None:
        raise DataError("the main schedule is missing from the project file "
                        "(no stash while a scenario is active)")
    return row


def _put_back(db: DbSession, current: m.Scenario | None, stamp: datetime) -> None:
    """Store the schedule being edited where it came from (the stash when it is main)."""
    holder = current if current is not None else _stash(db, create=True)
    if _differs(db, holder.id):
        holder.updated_at = stamp
        db.add(holder)
    _copy_in(db, holder.id)


def _differs(db: DbSession, scenario_id: int) -> bool:
    query = (f"SELECT {COLUMNS} FROM assignment EXCEPT SELECT {COLUMNS} FROM scenarioplacement "
             "WHERE scenario_id = :id")
    reverse = (f"SELECT {COLUMNS} FROM scenarioplacement WHERE scenario_id = :id "
               f"EXCEPT SELECT {COLUMNS} FROM assignment")
    return any(db.execute(sa.text(q), {"id": scenario_id}).first() for q in (query, reverse))


def _copy_in(db: DbSession, scenario_id: int) -> None:
    """The assignment table -> the scenario's placements (replacing them)."""
    db.flush()
    db.execute(sa.text("DELETE FROM scenarioplacement WHERE scenario_id = :id"), {"id": scenario_id})
    db.execute(sa.text(f"INSERT INTO scenarioplacement (scenario_id, {COLUMNS}) "
                       f"SELECT :id, {COLUMNS} FROM assignment"), {"id": scenario_id})


def _copy_out(db: DbSession, scenario_id: int) -> None:
    """The scenario's placements -> the assignment table (replacing it)."""
    db.flush()
    db.execute(sa.text("DELETE FROM assignment"))
    db.execute(sa.text(f"INSERT INTO assignment ({COLUMNS}) SELECT {COLUMNS} "
                       "FROM scenarioplacement WHERE scenario_id = :id"), {"id": scenario_id})


def _copy_between(db: DbSession, source: int, target: int) -> None:
    db.flush()
    db.execute(sa.text(f"INSERT INTO scenarioplacement (scenario_id, {COLUMNS}) "
                       f"SELECT :target, {COLUMNS} FROM scenarioplacement WHERE scenario_id = :source"),
               {"source": source, "target": target})


def _kept_name(promoted: str, stamp: datetime) -> str:
    local = stamp.astimezone()
    return f"Main before promoting {promoted} ({local:%Y-%m-%d %H:%M})"


def _free_name(db: DbSession, name: str) -> str:
    candidate, number = name, 2
    while _find(db, candidate) is not None:
        candidate, number = f"{name} #{number}", number + 1
    return candidate


def _now(now: datetime | None) -> datetime:
    moment = now or datetime.now(timezone.utc)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DataError("scenarios: the time must carry a time zone")
    return moment.astimezone(timezone.utc).replace(microsecond=0)
