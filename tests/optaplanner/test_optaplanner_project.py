"""OptaPlanner datasets as Slotwise projects: the import and its mapping, OptaPlanner's score of the stored
schedule (section 8 of the benchmark README), the export back to .xlsx, and the profile that keeps the
dataset whole through a whole-event JSON round trip."""

from __future__ import annotations

import json
import shutil
import warnings
from dataclasses import replace
from datetime import datetime, time, timezone
from pathlib import Path

import openpyxl
import pytest

from scheduler import Project, ProjectFileError
from scheduler.cli import main
from scheduler.domain import models as m
from scheduler.errors import InputError, InputErrors
from scheduler.interchange.json_format import create_project_from_json, dump_event, write_event_json
from scheduler.optaplanner import Match, Timeslot, read_dataset, score, write_dataset
from scheduler.optaplanner.project_import import KIND, import_dataset
from scheduler.optaplanner.project_score import (assignment_of, dataset_of, read_assignment,
                                                 score_project)
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot, stored_schedule

from optaplanner_kit import SMALL, benchmarks

FILES = {  # file: (talks, rooms, speakers, the pre-assigned state's score without init (section 8))
    SMALL: (18, 5, 12, "0hard/0medium/-2145soft"),
    "36talks-12timeslots-5rooms.xlsx": (36, 5, 24, "0hard/0medium/-1650soft"),
    "72talks-12timeslots-10rooms.xlsx": (72, 10, 48, "0hard/0medium/0soft"),
    "108talks-18timeslots-10rooms.xlsx": (108, 10, 72, "0hard/0medium/0soft"),
}
UTC = timezone.utc



@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each shipped file imported once, by file name; tests that change a project work on a copy."""
    folder = tmp_path_factory.mktemp("imported")
    made = {}

    def get(file: str) -> Path:
        if file not in made:
            made[file] = folder / f"{Path(file).stem}.slotwise"
            import_dataset(benchmarks() / file, made[file]).close()
        return made[file]

    return get


@pytest.fixture
def small(imported, tmp_path) -> Path:
    """A copy of the imported 18-talk project, free to change."""
    return Path(shutil.copy(imported(SMALL), tmp_path / "small.slotwise"))


def cli(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def utc(day, hh: int, mm: int) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=UTC)


# The import.

@pytest.mark.parametrize("file", FILES)
def test_import_makes_a_session_per_talk_a_room_per_room_a_person_per_speaker(imported, file):
    talks, rooms, speakers, _ = FILES[file]
    with Project.open(imported(file)) as project:
        counts = project.counts()
        dataset = dataset_of(project)
        [profile] = project.all(m.BenchmarkProfile)
        event = project.event()
    assert (counts["sessions"], counts["rooms"], counts["people"]) == (talks, rooms, speakers)
    assert dataset == read_dataset(benchmarks() / file), "the profile rebuilds the dataset exactly"
    assert (profile.kind, profile.name) == (KIND, dataset.name)
    assert (event.name_en, event.timezone, event.granularity_minutes) == (dataset.name, "UTC", 15)
    assert (event.start_date, event.day_count) == (dataset.timeslots[0].day,
                                                   len({t.day for t in dataset.timeslots}))
    assert (event.day_start, event.day_end) == (time(10, 15), time(17, 15))


@pytest.mark.parametrize("file", FILES)
def test_the_pre_assigned_talks_are_the_stored_schedule(imported, file):
    with Project.open(imported(file)) as project:
        dataset = dataset_of(project)
        stored = read_assignment(project)
        pinned = [s for s in project.all(m.Session) if s.pin_start is not None]
        [version] = project.all(m.Version)
        entries = project.all(m.VersionEntry, version_id=version.id)
    lab, breakout = (t for t in dataset.talks if t.timeslot is not None)
    assert stored.assignment == {lab.code: (lab.timeslot, "R 5"), breakout.code: (breakout.timeslot, "R 1")}
    assert stored.problems == ()
    assert [(s.key, s.pin_start, s.pin_room_id is not None) for s in pinned] == [
        (breakout.code, utc(dataset.timeslots[0].day, 10, 15), True)]
    published = [(e.data["key"], e.start, e.room_key) for e in entries if e.start is not None]
    assert published == [(lab.code, utc(dataset.timeslots[0].day, 10, 15), "r-5")]
    assert len(entries) == len(dataset.talks), "version 1 lists every talk, the unpublished unplaced"


def test_the_mapping_of_rooms_speakers_and_talks(tmp_path):
    dataset = read_dataset(benchmarks() / SMALL)
    rooms = (replace(dataset.rooms[0], unavailable=frozenset({4})),
             replace(dataset.rooms[1], talk_types=frozenset())) + dataset.rooms[2:]
    speakers = (replace(dataset.speakers[0], unavailable=frozenset({0, 5})),) + dataset.speakers[1:]
    changed = replace(dataset, rooms=rooms, speakers=speakers)
    source = write_dataset(changed, changed.assignment(), tmp_path / "changed.xlsx")
    with import_dataset(source, tmp_path / "changed.slotwise") as project:
        r1, r2 = project.get(m.Room, "r-1"), project.get(m.Room, "r-2")
        windows = {(w.room_id, w.person_id, w.start.time(), w.end.time()) for w in project.all(m.Window)
                   if w.kind == "unavailable"}
        amy = project.get(m.Person, "amy-cole")
        s00, s05 = project.get(m.Session, "S00"), project.get(m.Session, "S05")
        s00_windows = [(w.kind, w.start.time(), w.end.time())
                       for w in project.all(m.SessionWindow, session_id=s00.id)]
        speakers_of_s00 = {link.person_id for link in project.all(m.SessionPerson, session_id=s00.id)}
        relations = [(r.kind, r.first_id, r.second_id, r.min_gap_minutes) for r in project.all(m.Relation)]
        s02 = project.get(m.Session, "S02")
        beth = project.get(m.Person, "beth-fox")
        assert dataset_of(project) == changed
    assert (r1.seats, r1.features, r1.tags) == (60, ["Breakout"], ["Recorded"])
    assert r2.features == ["Breakout", "Lab"], "no talk types in the file: every type fits"
    assert windows == {(r1.id, None, time(15, 30), time(16, 15)), (None, amy.id, time(10, 15), time(12, 15)),
                       (None, amy.id, time(16, 30), time(17, 15))}
    assert (s00.title_en, s00.kind, s00.track, s00.required_features, s00.language) == (
        "Hands on real-time OpenShift", "talk", "Lab", ["Lab"], "en")
    assert s00.tags == ["theme:Artificial Intelligence", "content:Kubernetes", "content:OpenShift",
                        "audience:Managers", "level:2", "popularity:551"]
    assert (s00.duration_minutes, s05.duration_minutes) == (120, 45)
    assert s00_windows == [("allowed", time(10, 15), time(12, 15)), ("allowed", time(13), time(15))]
    assert speakers_of_s00 == {amy.id, beth.id}
    assert relations == [("before", s02.id, s05.id, 0)], "S05 has S02 as its prerequisite"


def test_the_grid_and_durations_follow_the_timeslots(tmp_path):
    """A Breakout slot of 60 minutes starting at 09:05: the grid becomes 5, Breakout talks the shortest."""
    dataset = read_dataset(benchmarks() / SMALL)
    early = Timeslot(6, dataset.timeslots[0].day, time(9, 5), time(10, 5), frozenset({"Breakout"}))
    changed = replace(dataset, timeslots=dataset.timeslots + (early,))
    source = write_dataset(changed, changed.assignment(), tmp_path / "changed.xlsx")
    with import_dataset(source, tmp_path / "changed.slotwise") as project:
        event = project.event()
        s05 = project.get(m.Session, "S05")
        [profile] = project.all(m.BenchmarkProfile)
    assert (event.granularity_minutes, event.day_start) == (5, time(9, 5))
    assert s05.duration_minutes == 45
    assert profile.data["durations"] == {"Breakout": 45, "Lab": 120}


def test_import_replaces_a_project_only_when_asked(imported, tmp_path):
    target = Path(shutil.copy(imported(SMALL), tmp_path / "event.slotwise"))
    before = target.read_bytes()
    with pytest.raises(ProjectFileError, match="already exists.*--replace"):
        import_dataset(benchmarks() / "36talks-12timeslots-5rooms.xlsx", target)
    assert target.read_bytes() == before
    with import_dataset(benchmarks() / "36talks-12timeslots-5rooms.xlsx", target, replace=True) as project:
        assert project.counts()["sessions"] == 36
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.slotwise"]


def test_bad_input_is_named_by_sheet_row_and_column_and_leaves_nothing(tmp_path, capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the files have no default style
        book = openpyxl.load_workbook(benchmarks() / SMALL)
    book["Rooms"]["B4"].value = "many"
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(InputError) as raised:
        import_dataset(tmp_path / "bad.xlsx", tmp_path / "bad.slotwise")
    assert (raised.value.row, raised.value.field) == ("sheet Rooms, row 4", "Capacity")
    code, out, err = cli(capsys, "import-optaplanner", str(tmp_path / "bad.xlsx"),
                         str(tmp_path / "bad.slotwise"))
    assert (code, out) == (1, [])
    assert err.startswith("slotwise: error: bad.xlsx, sheet Rooms, row 4, field 'Capacity'")
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]


# The score.

@pytest.mark.parametrize("file", FILES)
def test_score_optaplanner_prints_the_breakdown_and_the_score_last(imported, capsys, file):
    code, out, err = cli(capsys, "score-optaplanner", str(imported(file)))
    assert (code, err) == (0, "")
    assert out[-1] == FILES[file][3]
    rows = {line[:40].strip(): line.split() for line in out if line[:40].strip() in
            {"Room conflict", "Theme track conflict", "Audience type diversity"}}
    assert rows["Room conflict"][-4:] == ["hard", "1000hard/0medium/0soft", "0", "0"]
    if file == SMALL:
        assert rows["Theme track conflict"][-4:] == ["soft", "0hard/0medium/10soft", "1", "-450"]
        assert "(-32init)" in out[0]


def test_a_hand_made_schedule_is_scored_as_the_scorer_says(small):
    """S02 and S03 in the same room and timeslot: a room conflict of 45 minutes, 1000hard each."""
    with Project.open(small) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        at = problem.minute(utc(problem.event.days[0], 15, 30))
        schedule |= {key: Placement(key, at, "r-2") for key in ("S02", "S03")}
        save_schedule(project, problem, schedule)
        found = score_project(project)
        dataset = dataset_of(project)
    expected = dataset.assignment() | {"S02": (4, "R 2"), "S03": (4, "R 2")}
    assert found.key == score(dataset, expected).key
    assert found.constraint("Room conflict").matches == [Match(("S02", "S03"), 45)]
    assert found.hard == -45_000 and found.init == -28


def test_a_placement_on_no_timeslot_counts_as_unassigned_and_is_reported(small, capsys):
    with Project.open(small) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        schedule["S10"] = replace(schedule["S10"], start=schedule["S10"].start + 15)  # 10:30-11:15
        save_schedule(project, problem, schedule)
        assert assignment_of(project)["S10"] == (None, "R 1")
    code, out, _ = cli(capsys, "score-optaplanner", str(small))
    assert code == 0
    assert out[0] == ("Note: talk S10 at 2018-10-01 10:30–11:15 is in no timeslot of the dataset: "
                      "it counts as without a timeslot")
    assert "(-33init)" in out[1]


def test_score_of_a_project_without_a_dataset_is_one_line_on_stderr(project, project_path, capsys):
    project.close()
    code, out, err = cli(capsys, "score-optaplanner", str(project_path))
    assert (code, out) == (1, [])
    assert "holds no OptaPlanner dataset" in err and err.count("\n") == 1


# The export.

@pytest.mark.parametrize("file", FILES)
def test_export_writes_the_dataset_with_the_projects_assignment(imported, tmp_path, capsys, file):
    out = tmp_path / "out.xlsx"
    code, lines, _ = cli(capsys, "export-optaplanner", str(imported(file)), str(out))
    assert (code, lines) == (0, [str(out)])
    with Project.open(imported(file)) as project:
        expected = dataset_of(project).with_assignment(assignment_of(project))
    assert read_dataset(out) == expected


def test_export_writes_a_changed_schedule(small, tmp_path, capsys):
    with Project.open(small) as project:
        problem = snapshot(project)
        at = problem.minute(utc(problem.event.days[0], 16, 30))
        save_schedule(project, problem, {"S03": Placement("S03", at, "r-3")})
    assert cli(capsys, "export-optaplanner", str(small), str(tmp_path / "out.xlsx"))[0] == 0
    written = read_dataset(tmp_path / "out.xlsx")
    assert written.assignment() == {t.code: (5, "R 3") if t.code == "S03" else (None, None)
                                    for t in written.talks}
    assert written.talks[0].published_timeslot == 0, "the published placement is the dataset's"


# The profile in a whole-event JSON round trip.

def test_whole_event_json_keeps_the_profile(small, tmp_path):
    with Project.open(small) as project:
        problem = snapshot(project)
        later = problem.minute(utc(problem.event.days[0], 11, 30))
        save_schedule(project, problem, stored_schedule(project, problem) | {
            "S02": Placement("S02", later, "r-2"), "S05": Placement("S05", later - 75, "r-3")})
        before = score_project(project)
        first = write_event_json(project, tmp_path / "first.json")
        dataset = dataset_of(project)
    with create_project_from_json(tmp_path / "again.slotwise", first) as again:
        after = score_project(again)
        assert dataset_of(again) == dataset
        second = write_event_json(again, tmp_path / "second.json")
        [profile] = again.all(m.BenchmarkProfile)
    assert after.text_with_init() == before.text_with_init()
    assert before.constraint("Talk prerequisite talks").total == -900  # S02 does not end before S05
    assert (profile.kind, profile.name) == (KIND, "Javoxx 2021")
    assert second.read_bytes() == first.read_bytes()


def test_a_project_without_profiles_exports_no_profiles_section(project):
    assert "profiles" not in dump_event(project)


@pytest.mark.parametrize(("profiles", "where"), [
    ([{"kind": "", "name": "x", "data": {}}], "profiles[0], field 'kind': must not be empty"),
    ([{"kind": KIND, "data": []}], "profiles[0], field 'data': must be an object"),
    ([{"kind": KIND}, {"kind": KIND}], "profiles[1], field 'name': a profile of kind"),
    ([{"kind": KIND, "nmae": "x"}], "profiles[0], field 'nmae': is not a known field"),
])
def test_bad_profiles_in_json_are_named(tmp_path, profiles, where):
    source = tmp_path / "event.json"
    source.write_text(json.dumps({"schema_version": 1, "profiles": profiles, "event": {
        "name_en": "X", "timezone": "UTC", "start_date": "2018-10-01"}}), encoding="utf-8")
    with pytest.raises(InputErrors) as raised:
        create_project_from_json(tmp_path / "event.slotwise", source)
    assert f"event.json, {where}" in str(raised.value)
    assert len(raised.value.errors) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["event.json"]
