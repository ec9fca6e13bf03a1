"""An applied solve and a list import are each one undo step; undo gives back exactly what was."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from desktop.solving import SolveOperation, SolveOptions, apply_result
from resources import sample_path
from scheduler import Project
from scheduler.domain import models as m
from scheduler.history import solve_runs
from scheduler.interchange.json_format import create_project_from_json, write_event_json
from scheduler.interchange.tables_csv import export_csv
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
from desktop_kit import open_window

LEFT_OUT = ("press-briefing", "tourism-webinar", "b2b-digital")


@pytest.fixture
def partly_scheduled(tmp_path):
    """The small sample with a solved schedule stored, less three sessions (path, schedule)."""
    path = tmp_path / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        schedule = solve(problem, time_limit=10, workers=1).schedule
        schedule = {key: p for key, p in schedule.items() if key not in LEFT_OUT}
        save_schedule(project, problem, schedule)
    return path, schedule


def stored(path):
    """The schedule in the file, read through a connection of its own."""
    with Project.open(path) as project:
        return stored_schedule(project, snapshot(project))


def on_screen(window) -> set[tuple]:
    return {(b.session, b.kind, b.key, b.start)
            for view in window.tabs.views for b in view.day_scene().all_blocks()}


def as_blocks(schedule) -> set[tuple]:
    return {(p.session, kind, key, p.start) for p in schedule.values()
            for kind, key in (("room", p.room), ("channel", p.channel)) if key}


def exported(project, path) -> bytes:
    return write_event_json(project, path).read_bytes()


def test_an_applied_solve_is_one_undo_step_back_to_the_schedule_stored_before(qtbot, partly_scheduled):
    path, before = partly_scheduled
    window = open_window(qtbot, path)
    assert on_screen(window) == as_blocks(before)
    assert set(window.unscheduled.shown_keys()) == set(LEFT_OUT)
    with qtbot.waitSignal(window.solve_finished, timeout=60_000) as finished:
        window.start_solve(SolveOptions(time_limit=3, workers=2))
    result = finished.args[0]
    assert len(result.schedule) == 10
    assert window.undo_action.text() == "&Undo Apply solve (10 sessions scheduled)"
    assert stored(path) == result.schedule
    assert on_screen(window) == as_blocks(result.schedule)
    assert window.unscheduled.shown_keys() == []

    window.undo_action.trigger()
    assert stored(path) == before, "the three sessions are unscheduled again, the rest as they were"
    assert on_screen(window) == as_blocks(before)
    assert set(window.unscheduled.shown_keys()) == set(LEFT_OUT)
    with Project.open(path) as project:
        assert len(solve_runs(project)) == 1, "the solve history is a log: undo keeps it"

    window.redo_action.trigger()
    assert stored(path) == result.schedule
    assert on_screen(window) == as_blocks(result.schedule)
    assert window.unscheduled.shown_keys() == []


def test_a_refused_solve_result_stores_nothing_and_makes_no_undo_step(qtbot, editor):
    project = editor.project
    problem = snapshot(project)
    result = solve(problem, time_limit=10, workers=1)
    first, second = sorted((p for p in result.schedule.values() if p.room and not p.channel),
                           key=lambda p: p.start)[:2]
    clashing = {**result.schedule, second.session: replace(second, room=first.room, start=first.start)}
    operation = SolveOperation(problem)
    outcome = apply_result(editor, operation, replace(result, schedule=clashing))
    assert not outcome.stored and "hard rule" in outcome.message
    outcome = apply_result(editor, operation, replace(result, schedule=None, message="Infeasible"))
    assert not outcome.stored and outcome.message == "Infeasible"
    assert editor.stack.count() == 0
    assert stored_schedule(project, problem) == {}
    assert [run.stored for run in solve_runs(project)] == [False, False], "both are in the history"
    assert apply_result(editor, operation, result).stored
    assert editor.stack.count() == 1 and stored_schedule(project, problem) == result.schedule


def edit_lists(folder):
    """Change a session's title, add a session, a person and a room, in the exported CSV files."""
    def rewrite(name, change):
        table = folder / name
        with open(table, encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
        change(rows[0], rows)
        with open(table, "w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows(rows)

    def sessions(header, rows):
        for row in rows[1:]:
            if row[header.index("key")] == "opening":
                row[header.index("title_en")] = "Opening of the Sample Day"
        added = dict(zip(header, rows[1])) | {"key": "late-addition", "uid": "",
                                              "title_en": "Late Addition", "title_zh": ""}
        rows.append([added[name] for name in header])

    def people(header, rows):
        added = dict(zip(header, rows[1])) | {"key": "new-speaker", "name_en": "New Speaker",
                                              "name_zh": ""}
        rows.append([added[name] for name in header])

    def rooms(header, rows):
        added = dict(zip(header, rows[1])) | {"key": "annex-hall", "name_en": "Annex Hall",
                                              "name_zh": ""}
        rows.append([added[name] for name in header])

    rewrite("sessions.csv", sessions)
    rewrite("people.csv", people)
    rewrite("rooms.csv", rooms)


def test_a_list_import_is_one_undo_step_and_undo_gives_back_exactly_the_data_before(
        qtbot, partly_scheduled, tmp_path):
    path, _ = partly_scheduled
    window = open_window(qtbot, path)
    assert window.editor.set_field(m.Session, "keynote", "duration_minutes", 35)  # a step below
    lists = tmp_path / "lists"
    lists.mkdir()
    export_csv(window.project, lists)
    edit_lists(lists)
    before = exported(window.project, tmp_path / "before.json")

    for name in ("rooms.csv", "people.csv", "sessions.csv"):
        window.import_file(lists / name)
    assert window.editor.stack.count() == 4, "one step per file imported"
    assert window.undo_action.text() == "&Undo Import sessions.csv"
    after = exported(window.project, tmp_path / "after.json")
    assert after != before
    assert "Late Addition" in {s.title for s in window.state.problem.sessions}
    assert window.project.get(m.Room, "annex-hall").name_en == "Annex Hall"

    for _ in range(3):
        window.undo_action.trigger()
    assert exported(window.project, tmp_path / "undone.json") == before
    assert "Late Addition" not in {s.title for s in window.state.problem.sessions}
    for _ in range(3):
        window.redo_action.trigger()
    assert exported(window.project, tmp_path / "redone.json") == after
    assert "Late Addition" in {s.title for s in window.state.problem.sessions}

    for _ in range(4):  # the step made before the imports still undoes: ids did not move
        window.undo_action.trigger()
    assert window.project.get(m.Session, "keynote").duration_minutes == 30


def test_a_workbook_import_is_undone_exactly_too(qtbot, partly_scheduled, tmp_path):
    from openpyxl import load_workbook

    from scheduler.interchange.tables_xlsx import export_xlsx

    path, _ = partly_scheduled
    window = open_window(qtbot, path)
    book_path = export_xlsx(window.project, tmp_path / "lists.xlsx")
    book = load_workbook(book_path)
    sheet = book["Sessions"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("key")].value == "closing":
            row[header.index("duration_minutes")].value = 25
    book.save(book_path)
    before = exported(window.project, tmp_path / "before.json")
    summary = window.import_file(book_path)
    assert summary.updated["sessions"] == 1
    assert window.project.get(m.Session, "closing").duration_minutes == 25
    window.undo_action.trigger()
    assert exported(window.project, tmp_path / "undone.json") == before
    window.redo_action.trigger()
    assert window.project.get(m.Session, "closing").duration_minutes == 25


def test_a_recorded_delete_is_undone_with_what_the_database_deleted_and_unlinked(editor, tmp_path):
    """Deleting a room removes its assignments and windows and unpins sessions pinned to it;
    undo brings every row back with the same ids."""
    project = editor.project
    problem = snapshot(project)
    save_schedule(project, problem, solve(problem, time_limit=10, workers=1).schedule)
    assert editor.set_pinned("opening", True)
    pinned_room = project.get(m.Session, "opening").pin_room_id
    room = next(r for r in project.all(m.Room) if r.id == pinned_room)
    before = exported(project, tmp_path / "before.json")
    step = editor.record(f"Delete {room.name_en}", lambda: project.delete(m.Room, room.key))
    assert set(step.diff.tables) >= {"room", "assignment", "session"}
    assert project.get(m.Session, "opening").pin_room_id is None
    after = exported(project, tmp_path / "after.json")
    editor.undo()
    assert exported(project, tmp_path / "undone.json") == before
    assert project.get(m.Room, room.key).id == room.id
    editor.redo()
    assert exported(project, tmp_path / "redone.json") == after
