"""Schema 0004: older files upgrade and gain scenarios; the stored 0004 fixture opens; the
database itself refuses what the scenario rules forbid."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from scheduler import DataError, Project
from scheduler.publishing import publish
from scheduler.scenarios import active, compare, save_scenario, scenarios, switch_to
from scheduler.store import migrate
from scenarios_kit import assignment_rows

DATA = Path(__file__).resolve().parents[1] / "data"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_stored_fixture_from_schema_0004_still_opens_with_its_scenario(tmp_path):
    """The small sample, solved, saved as scenario 'Plan B' and left editing it."""
    fixture = DATA / "fixture-0004.slotwise"
    original = sha256(fixture)
    copy = Path(shutil.copy(fixture, tmp_path / "fixture.slotwise"))
    with Project.open(copy) as project:
        [plan_b] = scenarios(project)
        assert (plan_b.name, plan_b.note, plan_b.placed, plan_b.active) == ("Plan B", "fixture", 10, True)
        assert active(project) == "Plan B"
        assert compare(project, "main", "Plan B").moves == ()
        with pytest.raises(DataError, match="switch back to the main schedule"):
            publish(project, "refused")
        edited = assignment_rows(project)
        switch_to(project, None)
        assert active(project) is None and assignment_rows(project) == edited
    assert sha256(fixture) == original


@pytest.mark.parametrize("name", ["fixture-0001.slotwise", "fixture-0003.slotwise"])
def test_older_fixtures_upgrade_to_0004_and_take_scenarios(tmp_path, name):
    copy = Path(shutil.copy(DATA / name, tmp_path / "old.slotwise"))
    with Project.open(copy) as project:
        assert scenarios(project) == [] and active(project) is None
        main = assignment_rows(project)
        save_scenario(project, "Plan B")
        switch_to(project, "Plan B")
        switch_to(project, None)
        assert assignment_rows(project) == main
    assert migrate.inspect_file(copy).revision == migrate.head_revision() == "0004"
    assert list(tmp_path.glob("old.backup-*.slotwise"))


@pytest.mark.parametrize("statement", [
    "INSERT INTO scenario (name, kind, note, created_at, updated_at) "
    "VALUES ('Main', 'scenario', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    "INSERT INTO scenario (name, kind, note, created_at, updated_at) "
    "VALUES ('42', 'scenario', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    "INSERT INTO scenario (name, kind, note, created_at, updated_at) "
    "VALUES ('stash', 'main', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    "INSERT INTO activescenario (id, scenario_id) VALUES (2, NULL)",
])
def test_the_database_refuses_reserved_names_and_a_second_state_row(project, statement):
    with pytest.raises(DataError):
        with project.transaction() as db:
            db.execute(sa.text(statement))


def test_the_active_scenario_cannot_be_deleted_behind_the_code_s_back(project):
    save_scenario(project, "Plan B")
    switch_to(project, "Plan B")
    with pytest.raises(DataError):
        with project.transaction() as db:
            db.execute(sa.text("DELETE FROM scenario WHERE name = 'Plan B'"))
    assert active(project) == "Plan B"
