"""Scenarios in the whole-event JSON: the "scenarios", "active_scenario" and "main_schedule"
sections (docs/json-format.md).

They are written only when the project holds a scenario, so the files of every other project
stay byte for byte as they were, and a Slotwise that predates them refuses such a file by
naming the section instead of dropping the scenarios silently. Everything is kept as stored:
the active scenario's own placements (what it held when last saved or switched to; its edits
are the "schedule"), the hidden main schedule waiting while a scenario is edited, and every
note and time, so a project in the middle of editing a scenario comes back exactly.
"""

from __future__ import annotations

from ..domain import models as m
from .fields import Reader

SECTIONS = ("scenarios", "active_scenario", "main_schedule")
STASH = "main"  # the kind (and name) of the hidden row holding the main schedule


# -- writing ------------------------------------------------------------------------------------


def dump_scenarios(dump) -> dict:
    """The three sections, or nothing when the project holds no scenario (``dump`` is the
    writer's ``_Dump``: its rows, keys and time format)."""
    rows = dump.rows(m.Scenario)
    if not rows:
        return {}
    state = dump.db.get(m.ActiveScenario, 1)
    active_id = state.scenario_id if state is not None else None
    stash = next((row for row in rows if row.kind == STASH), None)
    return {
        "scenarios": [{"name": row.name} | _held(dump, row) for row in rows if row.kind != STASH],
        "active_scenario": next((row.name for row in rows if row.id == active_id), None),
        "main_schedule": _held(dump, stash) if stash is not None else None,
    }


def _held(dump, row: m.Scenario) -> dict:
    return {"note": row.note, "created_at": dump.when(row.created_at),
            "updated_at": dump.when(row.updated_at),
            "placements": [dump.assignment(p)
                           for p in dump.rows(m.ScenarioPlacement, scenario_id=row.id)]}


# -- reading ------------------------------------------------------------------------------------


def load_scenarios(load) -> None:
    """Store the scenarios, the hidden main schedule and which scenario is active (``load`` is
    the reader's ``_Load``, after sessions, rooms and channels are in)."""
    stored: dict[str, m.Scenario] = {}
    for r, _ in load.section("scenarios", label="name"):
        name = _name(r)
        if name in stored:
            r.fail(f"a scenario named '{name}' is given twice", "name")
        stored[name] = _scenario(load, r, name, "scenario")
    _active(load, stored)
    _main_schedule(load)


def _name(r: Reader) -> str:
    from ..errors import DataError
    from ..scenarios.store import checked_name  # here: the scenarios package imports publishing,
    #                                             which imports this package
    name = r.text("name")
    if not isinstance(name, str):
        return ""
    try:
        if checked_name(name) != name:
            r.fail("must not begin or end with spaces", "name")
    except DataError as exc:
        r.fail(str(exc), "name")
    return name


def _scenario(load, r: Reader, name: str, kind: str) -> m.Scenario:
    row = load.store(r, m.Scenario(name=name, kind=kind, note=r.text("note", ""),
                                   created_at=r.moment("created_at"),
                                   updated_at=r.moment("updated_at")), keyed=False)
    placed = set()
    for i, item in enumerate(r.items("placements")):
        p = Reader(item, f"{r.where}.placements[{i}]", load.problems, load.tz)
        session = p.ref("session", load.table(m.Session), "session")
        room = p.ref("room", load.table(m.Room), "room", None)
        channel = p.ref("channel", load.table(m.Channel), "channel", None)
        if p.item.get("room") is None and p.item.get("channel") is None:
            p.fail("a placement needs a room, a channel or both", "room")
        if session is not None and session in placed:
            p.fail(f"session '{p.item.get('session')}' is placed twice in this scenario", "session")
        placed.add(session)
        load.store(p, m.ScenarioPlacement(scenario_id=row.id, session_id=session, room_id=room,
                                          channel_id=channel, start=p.moment("start")), keyed=False)
    return row


def _active(load, stored: dict[str, m.Scenario]) -> None:
    name = load.doc.get("active_scenario")
    if name is None or not isinstance(load.doc.get("scenarios", []), list):
        return  # (a scenarios section that is no list is reported already)
    if not isinstance(name, str):
        load.problems.add(f"must be a scenario's name or null, not {name!r}", None,
                          "active_scenario")
    elif name not in stored:
        load.problems.add(f"names scenario '{name}', which is not in the file", None,
                          "active_scenario")
    else:
        if not load.problems.found:
            load.db.add(m.ActiveScenario(id=1, scenario_id=stored[name].id))
            load.db.flush()


def _main_schedule(load) -> None:
    """The hidden main schedule: there while a scenario is active, and only then."""
    held = load.doc.get("main_schedule")
    named = load.doc.get("active_scenario") is not None
    if held is None:
        if named:
            load.problems.add("is required while a scenario is active: it holds the main "
                              "schedule", None, "main_schedule")
        return
    if not named:
        load.problems.add("must be null while the main schedule is active (no active_scenario)",
                          None, "main_schedule")
        return
    r = Reader(held, "main_schedule", load.problems, load.tz)
    r.top_level = True  # its fields are checked once its placements are read
    _scenario(load, r, STASH, STASH)
    r.check_unknown()
