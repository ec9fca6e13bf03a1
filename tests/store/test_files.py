"""Project files: create, open, close, copy; refusing files that are not (or no longer) usable
without changing them; upgrading old files with a backup; two programs writing at once."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from scheduler import DataError, Project, ProjectFileError
from scheduler.domain import models as m
from scheduler.interchange.json_format import dump_event
from scheduler.store import migrate
from scheduler.store.engine import APPLICATION_ID, make_engine

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "fixture-0001.slotwise"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


def unchanged_after_failed_open(path: Path) -> str:
    """Try to open ``path``; it must fail, and the file's bytes must stay as they were."""
    before = sha256(path) if path.is_file() else None
    with pytest.raises(ProjectFileError) as error:
        Project.open(path)
    if before is not None:
        assert sha256(path) == before
        wal = Path(f"{path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0, "nothing may wait to be written to it"
    return str(error.value)


def add_sessions(project: Project, count: int, prefix: str = "s") -> None:
    project.add(*(m.Session(key=f"{prefix}{i}", title_en=f"Session {i} " + "·" * 200)
                  for i in range(count)))


# -- create, open, close ---------------------------------------------------------------------

def test_a_created_project_opens_again_with_its_event_and_data(project_path, event):
    with Project.create(project_path, event()) as project:
        project.add(m.City(key="jinan", name_en="Jinan", name_zh="济南"))
    with Project.open(project_path) as project:
        assert project.event().name_zh == "中国—东盟（山东）中小企业合作发展大会"
        assert project.get(m.City, "jinan").name_zh == "济南"


def test_a_closed_project_is_one_self_contained_file(project_path, event, tmp_path):
    with Project.create(project_path, event()) as project:
        add_sessions(project, 5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.slotwise"]
    moved = shutil.copy(project_path, tmp_path / "sent-by-mail.slotwise")
    with Project.open(moved) as project:
        assert project.counts()["sessions"] == 5


def test_the_file_is_in_wal_mode_and_marked_as_slotwise(project, project_path):
    assert pragma(project_path, "journal_mode") == "wal"
    assert pragma(project_path, "application_id") == APPLICATION_ID == 0x534C5754
    assert project_path.read_bytes()[68:72] == b"SLWT"


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path, event):
    target = tmp_path / "taken.slotwise"
    target.write_text("someone's notes")
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(target, event())
    assert target.read_text() == "someone's notes"


def test_create_wants_the_slotwise_suffix(tmp_path, event):
    with pytest.raises(ProjectFileError, match=r"\.slotwise"):
        Project.create(tmp_path / "event.db", event())
    assert list(tmp_path.iterdir()) == []


def test_create_with_a_bad_event_leaves_no_file(tmp_path, event):
    with pytest.raises(DataError, match="timezone: 'Asia/Beijing'"):
        Project.create(tmp_path / "bad.slotwise", event(timezone="Asia/Beijing"))
    assert list(tmp_path.iterdir()) == []


# -- files that cannot be opened -------------------------------------------------------------

def test_opening_a_missing_file_says_so_and_creates_nothing(tmp_path):
    message = unchanged_after_failed_open(tmp_path / "nowhere.slotwise")
    assert "no such project file" in message
    assert list(tmp_path.iterdir()) == []


def test_opening_a_folder_says_it_is_a_folder(tmp_path):
    folder = tmp_path / "folder.slotwise"
    folder.mkdir()
    assert "folder" in unchanged_after_failed_open(folder)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"Agenda for Jinan\n" * 20, bytes(range(256)) * 4])
def test_opening_a_text_or_binary_file_says_it_is_not_a_project(tmp_path, content):
    path = tmp_path / "notes.slotwise"
    path.write_bytes(content)
    assert "not a Slotwise project" in unchanged_after_failed_open(path)


def test_opening_another_programs_database_names_it_as_such(tmp_path):
    path = tmp_path / "contacts.slotwise"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
        connection.execute("INSERT INTO contact VALUES ('Li Wei')")
    connection.close()
    message = unchanged_after_failed_open(path)
    assert "not a Slotwise project" in message and "another program" in message


def quick_check(path: Path) -> str:
    try:
        return pragma(path, "quick_check")
    except sqlite3.DatabaseError as exc:
        return str(exc)


def damaged_copy(source: Path, target: Path, how: str) -> Path:
    data = bytearray(source.read_bytes())
    page = pragma(source, "page_size")
    if how == "overwritten":
        middle = (len(data) // page // 2) * page  # a whole page in the middle of the file
        data[middle:middle + page] = b"\xa5" * page
    else:
        del data[len(data) // 2:]
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("how", ["overwritten", "truncated"])
def test_opening_a_damaged_file_says_it_is_damaged_and_changes_nothing(project, project_path,
                                                                       tmp_path, how):
    add_sessions(project, 200)
    project.close()
    assert pragma(project_path, "page_count") > 40
    damaged = damaged_copy(project_path, tmp_path / "damaged.slotwise", how)
    assert quick_check(damaged) != "ok", "the damage must be real for this test to mean anything"
    message = unchanged_after_failed_open(damaged)
    assert "damaged" in message and "backup" in message
    assert "\n" not in message, "the command line prints it on one line"


def test_opening_a_file_from_a_newer_version_asks_for_an_update(project, project_path):
    project.close()
    connection = sqlite3.connect(project_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    message = unchanged_after_failed_open(project_path)
    assert "newer version" in message and "zzzz9999" in message
    assert pragma(project_path, "application_id") == APPLICATION_ID
    assert not list(project_path.parent.glob("*.backup-*")), "no backup of a file it cannot read"


# -- upgrading -------------------------------------------------------------------------------

def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@pytest.mark.skipif(len(revisions_oldest_first()) < 2,
                    reason="only one schema revision exists: there is no older file to upgrade")
def test_opening_an_older_file_backs_it_up_then_upgrades_it(tmp_path):
    older = revisions_oldest_first()[-2]
    path = tmp_path / "old.slotwise"
    engine = make_engine(path)
    migrate.initialise(engine, older)
    engine.dispose()
    original = sha256(path)

    with Project.open(path) as project:
        assert project.counts()["sessions"] == 0

    [backup] = tmp_path.glob("old.backup-*.slotwise")
    assert backup.name.startswith(f"old.backup-{older}-")
    assert migrate.inspect_file(backup).revision == older
    assert migrate.inspect_file(path).revision == migrate.head_revision()
    assert sha256(path) != original


# -- the schema the migrations build is the schema the code declares -------------------------

def test_migrations_build_exactly_the_declared_schema(project, project_path):
    project.close()
    engine = sa.create_engine(f"sqlite:///{project_path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            assert compare_metadata(context, SQLModel.metadata) == []
            # Alembic does not compare CHECK constraints; they carry the domain's rules.
            inspector = sa.inspect(connection)
            for table in SQLModel.metadata.sorted_tables:
                stored = {(check["name"], " ".join(check["sqltext"].split()))
                          for check in inspector.get_check_constraints(table.name)}
                declared = {(check.name, " ".join(str(check.sqltext).split()))
                            for check in table.constraints if isinstance(check, sa.CheckConstraint)}
                assert stored == declared, table.name
                stored_fks = {(tuple(fk["constrained_columns"]), fk["referred_table"],
                               fk["options"].get("ondelete")) for fk in inspector.get_foreign_keys(table.name)}
                declared_fks = {(tuple(c.name for c in fk.columns), fk.referred_table.name, fk.ondelete)
                                for fk in table.foreign_key_constraints}
                assert stored_fks == declared_fks, table.name
    finally:
        engine.dispose()


# -- a file made by this version must open in every later one -------------------------------

def test_the_stored_fixture_from_schema_0001_still_opens(tmp_path):
    copy = Path(shutil.copy(FIXTURE, tmp_path / "fixture.slotwise"))
    original = sha256(FIXTURE)
    with Project.open(copy) as project:
        counts = project.counts()
        event = project.event()
        opening = project.get(m.Session, "opening")
        jinan = project.get(m.City, "jinan")
        hall = project.get(m.Room, "hall-a")
        pins = project.all(m.Session, pin_room_id=hall.id)
    assert sha256(FIXTURE) == original
    assert {key: counts[key] for key in ("sessions", "cities", "venues", "rooms", "channels",
                                         "people", "groups", "relations", "scheduled", "versions")
            } == {"sessions": 3, "cities": 2, "venues": 2, "rooms": 2, "channels": 1, "people": 2,
                  "groups": 1, "relations": 2, "scheduled": 2, "versions": 1}
    assert event.timezone == "Asia/Shanghai" and event.day_count == 2
    assert event.name_zh == "中国—东盟（山东）中小企业合作发展大会"
    assert opening.title_en == "Opening Ceremony" and opening.title_zh == "开幕式"
    assert opening.uid == "6f1c1d2e-0b8a-4c41-9a57-3f0b7a0e2c11"
    assert opening.pin_start.isoformat() == "2021-05-28T01:00:00+00:00"
    assert jinan.name_zh == "济南"
    assert [session.key for session in pins] == ["opening"]


FIXTURE_0003 = FIXTURE.with_name("fixture-0003.slotwise")


def test_the_stored_fixture_from_schema_0003_still_opens(tmp_path):
    """The small sample, solved (one solve in the history) and published as version 1."""
    from scheduler.history import solve_runs
    from scheduler.publishing import version_entries

    copy = Path(shutil.copy(FIXTURE_0003, tmp_path / "fixture.slotwise"))
    original = sha256(FIXTURE_0003)
    with Project.open(copy) as project:
        counts = project.counts()
        runs = solve_runs(project)
        entries = version_entries(project, 1)
        keynote = project.get(m.Session, "keynote")
    assert sha256(FIXTURE_0003) == original
    assert (counts["sessions"], counts["scheduled"], counts["versions"]) == (10, 10, 1)
    assert len(runs) == 1 and runs[0].stored
    assert len(entries) == 10 and entries[keynote.uid].sequence == 0
    assert keynote.title_zh


# -- Save a Copy -----------------------------------------------------------------------------

def test_save_a_copy_gives_an_identical_project_that_opens(project, tmp_path):
    city = m.City(key="jinan", name_en="Jinan", name_zh="济南")
    project.add(city)
    venue = m.Venue(key="iec", city_id=city.id, name_en="Convention Centre", name_zh="会展中心")
    project.add(venue)
    room = m.Room(key="hall-a", venue_id=venue.id, name_en="Hall A", seats=400,
                  features=["streaming"])
    project.add(room)
    add_sessions(project, 30)
    project.update(m.Session, "s0", pin_room_id=room.id, title_zh="开幕式")
    project.add(m.City(key="taian", name_en="Tai'an", name_zh="泰安"))  # still in the WAL
    target = project.save_copy(tmp_path / "copy.slotwise")
    expected = dump_event(project)
    with pytest.raises(ProjectFileError, match="itself"):
        project.save_copy(project.path)

    assert target == tmp_path / "copy.slotwise"
    assert not [f.name for f in tmp_path.iterdir() if f.name.startswith(".copy.")], "no half-made copy left"
    assert pragma(target, "application_id") == APPLICATION_ID
    with Project.open(target) as copy:
        assert dump_event(copy) == expected
        assert copy.get(m.City, "taian").name_zh == "泰安"
        assert copy.get(m.Session, "s0").pin_room_id == room.id


# -- two programs at once --------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from scheduler import Project
    from scheduler.domain import models as m

    path, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    Path(f"{go}.{name}").touch()
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    with Project.open(path) as project:
        for i in range(40):
            project.add(m.Session(key=f"{name}-{i}", title_en=f"{name} session {i}"))
""")


def test_two_programs_adding_sessions_at_once_both_succeed(project, project_path, tmp_path):
    project.close()
    go = tmp_path / "go"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(project_path), name, str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=tmp_path, env=env)
               for name in ("jinan", "dezhou")]
    deadline = time.monotonic() + 60
    while not all(Path(f"{go}.{name}").exists() for name in ("jinan", "dezhou")):
        assert time.monotonic() < deadline, "the writers did not start"
        assert all(w.poll() is None for w in writers), [w.communicate() for w in writers]
        time.sleep(0.01)
    go.touch()
    results = [w.communicate(timeout=120) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], results
    with Project.open(project_path) as reopened:
        keys = [session.key for session in reopened.all(m.Session)]
    assert len(keys) == 80
    assert {key.split("-")[0] for key in keys} == {"jinan", "dezhou"}
    assert pragma(project_path, "integrity_check") == "ok"
