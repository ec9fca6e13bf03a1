"""Scenarios in the whole-event JSON (docs/json-format.md): they survive export and import
exactly, also in the middle of editing one; bad references are named and create nothing; files
and projects without scenarios, and the CSV/XLSX lists, are as they were."""

from __future__ import annotations

import copy
import shutil
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from scheduler import Project
from scheduler.errors import InputErrors
from scheduler.interchange.json_format import create_project_from_json, dump_event, write_event_json
from scheduler.interchange.tables_csv import export_csv
from scheduler.interchange.tables_import import import_tables
from scheduler.interchange.tables_xlsx import export_xlsx
from scheduler.scenarios import active, save_scenario, scenarios, switch_to
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from test_json import RICH, changed, sha256, write

DATA = Path(__file__).resolve().parents[1] / "data"
NOON = datetime(2021, 5, 22, 4, 0, tzinfo=timezone.utc)


def placed(session, room, channel, start) -> dict:
    return {"session": session, "room": room, "channel": channel, "start": start}


PLAN_B = [placed("opening", "dezhou-hall", "zoom-main", "2021-05-28T10:00:00+08:00"),
          placed("b2b-online", None, "zoom-main", "2021-05-28T15:00:00+08:00"),
          placed("site-visit", "dezhou-hall", None, "2021-05-29T09:00:00+08:00")]

# RICH with three scenarios, the main schedule being edited.
SCENARIOS = copy.deepcopy(RICH) | {
    "scenarios": [
        {"name": "Plan B", "note": "Hall A lost on day 1", "created_at": "2021-05-21T10:00:00+08:00",
         "updated_at": "2021-05-21T11:30:00+08:00", "placements": PLAN_B},
        {"name": "线上方案", "note": "", "created_at": "2021-05-21T12:00:00+08:00",
         "updated_at": "2021-05-21T12:00:00+08:00", "placements": []},
        {"name": "Plan C", "note": "only the opening", "created_at": "2021-05-21T12:05:00+08:00",
         "updated_at": "2021-05-21T12:05:00+08:00",
         "placements": [placed("opening", "hall-a", None, "2021-05-28T09:00:00+08:00")]},
    ],
    "active_scenario": None,
    "main_schedule": None,
}

# The same, in the middle of editing Plan B: the schedule is Plan B with one more edit (its
# stored placements are what it held when switched to), the main schedule waits.
ACTIVE = copy.deepcopy(SCENARIOS) | {
    "schedule": [PLAN_B[0], placed("b2b-online", None, "zoom-main", "2021-05-29T10:00:00+08:00"),
                 PLAN_B[2]],
    "active_scenario": "Plan B",
    "main_schedule": {"note": "The main schedule, kept while a scenario is edited.",
                      "created_at": "2021-05-21T13:00:00+08:00",
                      "updated_at": "2021-05-21T13:00:00+08:00",
                      "placements": copy.deepcopy(RICH["schedule"])},
}


def edit(document: dict, **edits) -> dict:
    """``document`` with ``changed``'s edits (``changed`` works on RICH: swap it in)."""
    import test_json

    saved, test_json.RICH = test_json.RICH, document
    try:
        return changed(**edits)
    finally:
        test_json.RICH = saved


def stored(project) -> dict[str, set]:
    """The scenario tables as stored, with keys and names for ids (so two files compare)."""
    queries = {
        "scenario": "SELECT name, kind, note, created_at, updated_at FROM scenario",
        "placement": "SELECT c.name, s.key, r.key, ch.key, p.start FROM scenarioplacement p "
                     "JOIN scenario c ON c.id = p.scenario_id JOIN session s ON s.id = p.session_id "
                     "LEFT JOIN room r ON r.id = p.room_id LEFT JOIN channel ch ON ch.id = p.channel_id",
        "active": "SELECT c.name FROM activescenario a JOIN scenario c ON c.id = a.scenario_id",
        "assignment": "SELECT s.key, r.key, ch.key, a.start FROM assignment a "
                      "JOIN session s ON s.id = a.session_id LEFT JOIN room r ON r.id = a.room_id "
                      "LEFT JOIN channel ch ON ch.id = a.channel_id",
    }
    with project.transaction() as db:
        return {name: set(db.execute(sa.text(q)).all()) for name, q in queries.items()}


# -- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("document", [SCENARIOS, ACTIVE], ids=["main-active", "plan-b-active"])
def test_scenarios_are_imported_whole_and_exported_the_same_bytes(tmp_path, document):
    with create_project_from_json(tmp_path / "first.slotwise", write(tmp_path, document)) as project:
        assert dump_event(project) == document
        assert list(dump_event(project)) == list(document)
        first = write_event_json(project, tmp_path / "first.json")
    with create_project_from_json(tmp_path / "second.slotwise", first) as project:
        second = write_event_json(project, tmp_path / "second.json")
    assert first.read_bytes() == second.read_bytes()
    assert "线上方案" in first.read_text(encoding="utf-8")


def test_an_imported_project_editing_a_scenario_goes_on_as_the_exported_one_would(tmp_path):
    with create_project_from_json(tmp_path / "e.slotwise", write(tmp_path, ACTIVE)) as project:
        assert active(project) == "Plan B"
        listed = {s.name: (s.placed, s.active, s.note) for s in scenarios(project)}
        assert listed == {"Plan B": (3, True, "Hall A lost on day 1"), "Plan C": (1, False, "only the opening"),
                          "线上方案": (0, False, "")}
        switch_to(project, None, now=NOON)  # the edits go to Plan B, the main schedule comes back
        after = dump_event(project)
    assert after["schedule"] == RICH["schedule"]
    assert after["active_scenario"] is None and after["main_schedule"] is None
    plan_b = after["scenarios"][0]
    assert plan_b["placements"] == ACTIVE["schedule"]
    assert plan_b["updated_at"] == "2021-05-22T12:00:00+08:00", "its edits since the switch count"


def test_a_project_mid_scenario_made_by_the_store_survives_export_and_import_exactly(tmp_path):
    """Made with save, edit, switch, edit: every row of the scenario tables comes back, and both
    projects go on the same way."""
    original = create_project_from_json(tmp_path / "made.slotwise", write(tmp_path, RICH))
    save_scenario(original, "Plan B", "later opening", now=NOON)
    later(original, "opening", 60)
    switch_to(original, "Plan B", now=NOON)
    later(original, "b2b-online", 30)  # an edit of Plan B not yet put back into it
    exported = write_event_json(original, tmp_path / "made.json")
    copied = create_project_from_json(tmp_path / "copy.slotwise", exported)
    try:
        assert stored(copied) == stored(original)
        assert stored(original)["active"] == {("Plan B",)}
        for project in (original, copied):
            switch_to(project, None, now=datetime(2021, 5, 23, tzinfo=timezone.utc))
        assert dump_event(copied) == dump_event(original)
        assert stored(copied) == stored(original)
    finally:
        original.close()
        copied.close()


def later(project, key: str, minutes: int) -> None:
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    schedule[key] = replace(schedule[key], start=schedule[key].start + minutes)
    save_schedule(project, problem, schedule)


def test_the_stored_0004_fixture_mid_scenario_round_trips_to_the_same_bytes(tmp_path):
    fixture = Path(shutil.copy(DATA / "fixture-0004.slotwise", tmp_path / "fixture.slotwise"))
    with Project.open(fixture) as project:
        first = write_event_json(project, tmp_path / "first.json")
        tables = stored(project)
    with create_project_from_json(tmp_path / "copy.slotwise", first) as project:
        second = write_event_json(project, tmp_path / "second.json")
        assert stored(project) == tables
        assert active(project) == "Plan B"
    assert first.read_bytes() == second.read_bytes()


# -- files and projects without scenarios ----------------------------------------------------------


def test_a_file_without_scenarios_imports_and_its_export_is_unchanged(tmp_path):
    """Files written before scenarios existed (schema_version 1 as well) still import."""
    source = write(tmp_path, RICH)
    with create_project_from_json(tmp_path / "e.slotwise", source) as project:
        assert scenarios(project) == [] and active(project) is None
        exported = dump_event(project)
        save_scenario(project, "Plan B", now=NOON)  # and scenarios work on what was imported
        assert [s.name for s in scenarios(project)] == ["Plan B"]
    assert exported == RICH
    assert not set(exported) & {"scenarios", "active_scenario", "main_schedule"}


def test_empty_scenario_sections_written_by_hand_are_accepted(tmp_path):
    document = RICH | {"scenarios": [], "active_scenario": None, "main_schedule": None}
    with create_project_from_json(tmp_path / "e.slotwise", write(tmp_path, document)) as project:
        assert scenarios(project) == [] and dump_event(project) == RICH


def test_csv_and_xlsx_lists_are_the_same_with_or_without_scenarios(tmp_path):
    plain = create_project_from_json(tmp_path / "plain.slotwise", write(tmp_path, RICH, "plain.json"))
    mid = create_project_from_json(tmp_path / "mid.slotwise", write(tmp_path, ACTIVE, "mid.json"))
    try:
        for project, name in ((plain, "plain"), (mid, "mid")):
            export_csv(project, tmp_path / f"{name}-csv")
            export_xlsx(project, tmp_path / f"{name}.xlsx")
        for file in sorted((tmp_path / "plain-csv").iterdir()):
            assert file.read_bytes() == (tmp_path / "mid-csv" / file.name).read_bytes(), file.name
        assert sha256(tmp_path / "plain.xlsx") == sha256(tmp_path / "mid.xlsx")
        before = dump_event(mid)
        assert not import_tables(mid, tmp_path / "plain-csv").changes  # the same lists back in
        assert dump_event(mid) == before, "importing lists leaves the scenarios alone"
    finally:
        plain.close()
        mid.close()


# -- bad input ---------------------------------------------------------------------------------

PLAN_B_AT = "scenarios[0] 'Plan B'"
BAD = {
    "unknown session": (edit(ACTIVE, **{"scenarios.0.placements.1.session": "closing"}),
                        f"{PLAN_B_AT}.placements[1], field 'session': names session 'closing', "
                        "which is not in the file"),
    "unknown room": (edit(ACTIVE, **{"scenarios.0.placements.2.room": "hall-z"}),
                     f"{PLAN_B_AT}.placements[2], field 'room': names room 'hall-z'"),
    "unknown channel": (edit(ACTIVE, **{"scenarios.2.placements.0.channel": "teams"}),
                        "scenarios[2] 'Plan C'.placements[0], field 'channel': names channel 'teams'"),
    "unknown room in the main schedule": (
        edit(ACTIVE, **{"main_schedule.placements.0.room": "hall-z"}),
        "main_schedule.placements[0], field 'room': names room 'hall-z'"),
    "no place": (edit(ACTIVE, **{"scenarios.0.placements.1.channel": None}),
                 f"{PLAN_B_AT}.placements[1], field 'room': a placement needs a room, a channel"),
    "placed twice": (edit(ACTIVE, **{"scenarios.0.placements.2.session": "opening"}),
                     f"{PLAN_B_AT}.placements[2], field 'session': session 'opening' is placed twice"),
    "bad start": (edit(ACTIVE, **{"scenarios.0.placements.0.start": "28 May, 10:00"}),
                  f"{PLAN_B_AT}.placements[0], field 'start'"),
    "unknown placement field": (edit(ACTIVE, **{"scenarios.0.placements.0.rooom": "hall-a"}),
                                f"{PLAN_B_AT}.placements[0], field 'rooom': is not a known field"),
    "missing time": (edit(ACTIVE, **{"scenarios.1.created_at": None}),
                     "scenarios[1] '线上方案', field 'created_at': is required"),
    "unknown scenario field": (edit(ACTIVE, **{"scenarios.1.notes": ""}),
                               "scenarios[1] '线上方案', field 'notes': is not a known field"),
    "reserved name": (edit(ACTIVE, **{"scenarios.1.name": "Main"}),
                      "scenarios[1] 'Main', field 'name': 'Main' cannot name a scenario"),
    "number as name": (edit(ACTIVE, **{"scenarios.1.name": "2"}),
                       "scenarios[1] '2', field 'name': '2' cannot name a scenario"),
    "spaces around a name": (edit(ACTIVE, **{"scenarios.1.name": " Plan D"}),
                             "scenarios[1] ' Plan D', field 'name': must not begin or end"),
    "name twice": (edit(ACTIVE, **{"scenarios.2.name": "Plan B"}),
                   "scenarios[2] 'Plan B', field 'name': a scenario named 'Plan B' is given twice"),
    "unknown active scenario": (edit(ACTIVE, active_scenario="Plan Z"),
                                "field 'active_scenario': names scenario 'Plan Z', which is not"),
    "active scenario without the main schedule": (
        ACTIVE | {"main_schedule": None},
        "field 'main_schedule': is required while a scenario is active"),
    "main schedule while main is active": (ACTIVE | {"active_scenario": None},
                                           "field 'main_schedule': must be null"),
    "scenarios not a list": (edit(ACTIVE, scenarios={"Plan B": []}), "field 'scenarios': must be a list"),
}


@pytest.mark.parametrize("replacing", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize("case", list(BAD))
def test_bad_scenarios_are_named_precisely_and_nothing_is_created(tmp_path, event, case, replacing):
    document, where = BAD[case]
    source = write(tmp_path, document)
    target = tmp_path / "event.slotwise"
    if replacing:
        Project.create(target, event(name_en="The plan so far")).close()
        before = sha256(target)
    with pytest.raises(InputErrors) as error:
        create_project_from_json(target, source, replace=replacing)
    message = str(error.value)
    assert f"event.json, {where}" in message
    assert len(error.value.errors) == 1, message
    if replacing:
        assert sha256(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        (["event.json", "event.slotwise"] if replacing else ["event.json"])
