"""CSV and XLSX lists: what an organiser editing them in a spreadsheet would notice."""

from __future__ import annotations

import csv
import shutil
import tempfile
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scheduler import Project
from scheduler.domain import models as m
from scheduler.errors import InputErrors
from scheduler.interchange.tables_csv import export_csv
from scheduler.interchange.tables_import import import_tables
from scheduler.interchange.tables_xlsx import export_xlsx

# -- projects ---------------------------------------------------------------------------------

LISTED = (m.City, m.Venue, m.Room, m.Channel, m.Person, m.Session, m.SessionPerson)


def new_project(path: Path) -> Project:
    """An event in Jinan with two venues and two people: what every test project shares."""
    project = Project.create(path, m.Event(
        name_en="ASEAN–China SME Conference", name_zh="中国—东盟中小企业大会", timezone="Asia/Shanghai",
        start_date=date(2021, 5, 28), day_count=2))
    project.add(m.City(key="jinan", name_en="Jinan", name_zh="济南"))
    jinan = project.get(m.City, "jinan")
    project.add(m.Venue(key="jinan-iec", city_id=jinan.id, name_en="Jinan IEC", name_zh="济南会展中心"),
                m.Venue(key="shandong-hotel", city_id=jinan.id, name_en="Shandong Hotel"))
    project.add(m.Person(key="amy-tan", name_en="Amy Tan", organisation="ASEAN–China Centre",
                         home_timezone="Asia/Singapore"),
                m.Person(key="li-wei", name_en="Li Wei", name_zh="李伟", position="副主任",
                         home_timezone="Asia/Shanghai"))
    return project


def fill(project: Project) -> Project:
    """Rooms, channels and sessions that use every column, Chinese text included."""
    iec = project.get(m.Venue, "jinan-iec")
    hotel = project.get(m.Venue, "shandong-hotel")
    project.add(m.Room(key="jinan-iec-hall-a", venue_id=iec.id, name_en="Hall A", name_zh="A厅", seats=800,
                       features=["stage", "streaming", "interpretation_booths"], tags=["plenary"],
                       changeover_minutes=15),
                m.Room(key="shandong-hotel-hall-a", venue_id=hotel.id, name_en="Hall A", seats=120),
                m.Channel(key="zoom-main", name_en="Zoom main", name_zh="主会场直播", platform="Zoom",
                          viewer_capacity=1200, join_url="https://example.org/j/1?a=1,2",
                          changeover_minutes=5))
    hall = project.get(m.Room, "jinan-iec-hall-a")
    zoom = project.get(m.Channel, "zoom-main")
    project.add(
        m.Session(key="opening", title_en='Opening ceremony, "RCEP"; welcome', title_zh="开幕式",
                  description="Line one\nline two, with a comma", kind="opening", delivery_mode="hybrid",
                  duration_minutes=90, expected_onsite=200, expected_online=1200,
                  required_features=["stage", "streaming"], allowed_days=["2021-05-28"], language="zh",
                  interpretation=True, track="Main", tags=["RCEP", "Belt and Road"],
                  target_timezones=["Asia/Yangon", "Asia/Jayapura"], status="confirmed",
                  pin_room_id=hall.id, pin_channel_id=zoom.id,
                  pin_start=datetime(2021, 5, 28, 1, 0, tzinfo=timezone.utc)),
        m.Session(key="b2b", title_en="B2B matchmaking", kind="b2b", duration_minutes=120, optional=True,
                  status="tentative"),
        m.Session(key="tea", title_en="Tea break", kind="break", duration_minutes=20),
    )
    opening = project.get(m.Session, "opening")
    project.add(
        m.SessionPerson(session_id=opening.id, person_id=project.get(m.Person, "amy-tan").id,
                        role="speaker", presence="remote"),
        m.SessionPerson(session_id=opening.id, person_id=project.get(m.Person, "li-wei").id,
                        role="moderator", presence="on_site"),
    )
    return project


def snapshot(project: Project) -> dict:
    """Everything the lists can touch, as plain data, to prove an import changed nothing."""
    return {model.__tablename__: sorted((row.model_dump(mode="json") for row in project.all(model)),
                                        key=repr)
            for model in LISTED}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A closed project file with event, venues and people, to copy where many are needed."""
    path = tmp_path_factory.mktemp("template") / "template.slotwise"
    new_project(path).close()
    return path


@pytest.fixture
def base(tmp_path) -> Project:
    """Event, venues and people only."""
    project = new_project(tmp_path / "base.slotwise")
    yield project
    project.close()


@pytest.fixture
def project(tmp_path) -> Project:
    """A filled project (shadows the empty one of tests/conftest.py in this module)."""
    project = fill(new_project(tmp_path / "event.slotwise"))
    yield project
    project.close()


SHEETS = {"sessions": "Sessions", "people": "People", "rooms": "Rooms", "channels": "Channels"}


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def workbook_values(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source))


def import_errors(project: Project, source: Path):
    """Run an import that must fail; check it changed nothing and give its errors."""
    before = snapshot(project)
    with pytest.raises(InputErrors) as caught:
        import_tables(project, source)
    assert snapshot(project) == before
    return caught.value.errors


def list_file(tmp_path: Path, fmt: str, name: str, rows: list[list[str]]) -> Path:
    if fmt == "csv":
        return write_csv(tmp_path / "in" / f"{name}.csv", rows)
    return write_xlsx(tmp_path / "import.xlsx", {SHEETS[name]: rows})


# -- export -------------------------------------------------------------------------------------

def test_csv_export_writes_the_four_lists_with_bom_header_and_chinese(project, tmp_path):
    written = export_csv(project, tmp_path / "out")

    assert [p.name for p in written] == ["sessions.csv", "people.csv", "rooms.csv", "channels.csv"]
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in written)
    sessions = read_rows(tmp_path / "out" / "sessions.csv")
    assert sessions[0][:3] == ["key", "uid", "title_en"]
    assert [row[0] for row in sessions[1:]] == ["opening", "b2b", "tea"]
    opening = dict(zip(sessions[0], sessions[1]))
    assert opening["title_zh"] == "开幕式"
    assert opening["tags"] == "RCEP; Belt and Road"
    assert opening["interpretation"] == "true"
    assert opening["pin_room"] == "jinan-iec-hall-a"
    assert opening["pin_start"] == "2021-05-28T09:00:00+08:00"
    assert opening["people"] == "amy-tan:speaker:remote; li-wei:moderator:on_site"
    rooms = read_rows(tmp_path / "out" / "rooms.csv")
    assert rooms[0] == ["key", "venue", "name_en", "name_zh", "seats", "features", "tags",
                        "changeover_minutes"]
    assert rooms[1][:4] == ["jinan-iec-hall-a", "jinan-iec", "Hall A", "A厅"]


def test_xlsx_export_has_one_sheet_per_list_with_numbers_as_numbers(project, tmp_path):
    values = workbook_values(export_xlsx(project, tmp_path / "event.xlsx"))

    assert list(values) == ["Sessions", "People", "Rooms", "Channels"]
    assert values["Rooms"][1][:5] == ("jinan-iec-hall-a", "jinan-iec", "Hall A", "A厅", 800)
    assert values["People"][2][2] == "李伟"


# -- round trips --------------------------------------------------------------------------------

def test_csv_round_trip_into_the_same_project_changes_nothing(project, tmp_path):
    before = snapshot(project)

    export_csv(project, tmp_path / "out")

    summary = import_tables(project, tmp_path / "out")

    assert snapshot(project) == before
    assert summary.added == {"sessions": 0, "people": 0, "rooms": 0, "channels": 0}
    assert summary.updated == {"sessions": 0, "people": 0, "rooms": 0, "channels": 0}
    assert not summary.changes


def test_xlsx_round_trip_into_the_same_project_changes_nothing(project, tmp_path):
    before = snapshot(project)

    summary = import_tables(project, export_xlsx(project, tmp_path / "event.xlsx"))

    assert snapshot(project) == before
    assert not summary.changes


def test_csv_round_trip_into_another_project_gives_identical_files(project, base, tmp_path):
    first = export_csv(project, tmp_path / "first")

    summary = import_tables(base, tmp_path / "first")
    second = export_csv(base, tmp_path / "second")

    assert summary.added == {"sessions": 3, "people": 0, "rooms": 2, "channels": 1}
    assert [p.read_bytes() for p in second] == [p.read_bytes() for p in first]
    assert base.get(m.Session, "opening").uid == project.get(m.Session, "opening").uid


def test_xlsx_round_trip_into_another_project_gives_identical_sheets(project, base, tmp_path):
    first = export_xlsx(project, tmp_path / "first.xlsx")

    import_tables(base, first)
    second = export_xlsx(base, tmp_path / "second.xlsx")

    assert workbook_values(second) == workbook_values(first)


# -- updating and adding ----------------------------------------------------------------------

def test_update_by_key_changes_only_the_columns_in_the_file(project, tmp_path):
    source = write_csv(tmp_path / "rooms.csv", [["key", "seats"], ["jinan-iec-hall-a", "900"]])

    summary = import_tables(project, source)

    hall = project.get(m.Room, "jinan-iec-hall-a")
    assert (hall.seats, hall.name_zh, hall.tags) == (900, "A厅", ["plenary"])
    assert summary.updated["rooms"] == 1 and summary.added["rooms"] == 0
    assert summary.changes.touches(m.Room) and not summary.changes.touches(m.Session)


def test_update_session_by_uid_can_rename_its_key_and_keeps_its_people(project, tmp_path):
    uid = project.get(m.Session, "opening").uid
    source = write_csv(tmp_path / "sessions.csv", [["uid", "key"], [uid, "opening-ceremony"]])

    import_tables(project, source)

    renamed = project.get(m.Session, "opening-ceremony")
    assert renamed.uid == uid
    assert len(project.all(m.SessionPerson, session_id=renamed.id)) == 2


def test_a_session_uid_never_changes(project, tmp_path):
    source = write_csv(tmp_path / "sessions.csv", [["key", "uid"], ["opening", str(uuid.uuid4())]])

    [error] = import_errors(project, source)

    assert (error.file, error.row, error.field) == ("sessions.csv", 2, "uid")


def test_rows_without_key_are_matched_by_name(project, tmp_path):
    write_csv(tmp_path / "in" / "people.csv", [["name_en", "email"], ["Li Wei", "li.wei@example.cn"]])
    write_csv(tmp_path / "in" / "rooms.csv", [["venue", "name_en", "seats"],
                                              ["shandong-hotel", "Hall A", "150"]])
    write_csv(tmp_path / "in" / "sessions.csv", [["title_en", "duration_minutes"],
                                                 ["B2B matchmaking", "150"]])

    summary = import_tables(project, tmp_path / "in")

    assert project.get(m.Person, "li-wei").email == "li.wei@example.cn"
    assert project.get(m.Room, "shandong-hotel-hall-a").seats == 150
    assert project.get(m.Room, "jinan-iec-hall-a").seats == 800
    assert project.get(m.Session, "b2b").duration_minutes == 150
    assert summary.updated == {"sessions": 1, "people": 1, "rooms": 1}


def test_a_title_shared_by_two_sessions_adds_a_new_one(project, tmp_path):
    project.add(m.Session(key="tea-2", title_en="Tea break", duration_minutes=20))
    source = write_csv(tmp_path / "sessions.csv", [["title_en", "duration_minutes"], ["Tea break", "30"]])

    summary = import_tables(project, source)

    assert summary.added["sessions"] == 1
    assert [s.duration_minutes for s in project.all(m.Session, title_en="Tea break")] == [20, 20, 30]


def test_new_rows_are_added_with_keys_made_from_their_names(project, tmp_path):
    write_csv(tmp_path / "in" / "rooms.csv", [["venue", "name_en", "seats"], ["jinan-iec", "Hall C", "50"]])
    write_csv(tmp_path / "in" / "people.csv", [["name_en", "name_zh"], ["王芳", ""], ["Zhang San", ""]])
    write_csv(tmp_path / "in" / "sessions.csv", [
        ["key", "title_en", "pin_room", "people"],
        ["", "RCEP forum", "jinan-iec-hall-c", "person:speaker:on_site; zhang-san:moderator"],
    ])

    summary = import_tables(project, tmp_path / "in")

    assert summary.added == {"sessions": 1, "people": 2, "rooms": 1}
    assert project.get(m.Person, "person").name_en == "王芳"
    forum = project.get(m.Session, "rcep-forum")
    assert forum.pin_room_id == project.get(m.Room, "jinan-iec-hall-c").id
    assert forum.uid == str(uuid.uuid5(uuid.NAMESPACE_URL, "slotwise:session:rcep-forum"))
    links = {(link.role, link.presence) for link in project.all(m.SessionPerson, session_id=forum.id)}
    assert links == {("speaker", "on_site"), ("moderator", "on_site")}
    assert summary.changes.touches(m.Session, m.SessionPerson, m.Person, m.Room)


def test_generated_keys_do_not_collide(project, tmp_path):
    source = write_csv(tmp_path / "sessions.csv", [["title_en"], ["Opening"], ["Opening!"]])

    import_tables(project, source)

    assert [s.key for s in project.all(m.Session)][-2:] == ["opening-2", "opening-3"]


def test_empty_cells_mean_default_and_absent_columns_keep_values(project, tmp_path):
    source = write_csv(tmp_path / "sessions.csv", [
        ["key", "pin_room", "tags", "duration_minutes", "people"], ["opening", "", "", "", ""]])

    import_tables(project, source)

    opening = project.get(m.Session, "opening")
    assert (opening.pin_room_id, opening.tags, opening.duration_minutes) == (None, [], 60)
    assert opening.pin_channel_id == project.get(m.Channel, "zoom-main").id
    assert opening.title_zh == "开幕式"
    assert project.all(m.SessionPerson, session_id=opening.id) == []


def test_cells_are_read_leniently_where_spreadsheets_differ(project, tmp_path):
    source = write_csv(tmp_path / "sessions.csv", [
        ["Key", "optional", "interpretation", "kind", "pin_start", "duration_minutes", "tags"],
        ["tea", "YES", "0", " Break ", "2021-05-29T10:30", "45.0", " a ;; b ;"]])

    import_tables(project, source)

    tea = project.get(m.Session, "tea")
    assert (tea.optional, tea.interpretation, tea.kind, tea.duration_minutes, tea.tags) == (
        True, False, "break", 45, ["a", "b"])
    assert tea.pin_start == datetime(2021, 5, 29, 2, 30, tzinfo=timezone.utc)  # read in Asia/Shanghai


def test_semicolon_separated_csv_from_european_excel_is_read(project, tmp_path):
    source = tmp_path / "rooms.csv"
    source.write_text("key;seats\r\njinan-iec-hall-a;900\r\n", encoding="utf-8")

    import_tables(project, source)

    assert project.get(m.Room, "jinan-iec-hall-a").seats == 900


def test_xlsx_whole_numbers_may_be_floats_but_fractions_are_errors(project, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"Rooms": [["key", "seats"], ["jinan-iec-hall-a", 120.0]]})
    bad = write_xlsx(tmp_path / "bad.xlsx", {"Rooms": [["key", "seats"], ["jinan-iec-hall-a", 120.5]]})

    import_tables(project, good)
    [error] = import_errors(project, bad)

    assert project.get(m.Room, "jinan-iec-hall-a").seats == 120
    assert (error.file, error.row, error.field) == ("bad.xlsx, sheet Rooms", 2, "seats")


def test_empty_sheets_in_a_workbook_are_ignored(project, tmp_path):
    source = write_xlsx(tmp_path / "event.xlsx", {"Sheet1": [], "Rooms": [], "Channels": [
        ["key", "viewer_capacity"], ["zoom-main", 3000]]})

    import_tables(project, source)

    assert project.get(m.Channel, "zoom-main").viewer_capacity == 3000


# -- bad files ----------------------------------------------------------------------------------

def test_a_file_that_is_not_csv_is_refused(project, tmp_path):
    export_xlsx(project, tmp_path / "event.xlsx").rename(tmp_path / "people.csv")

    [error] = import_errors(project, tmp_path / "people.csv")

    assert error.file == "people.csv" and "binary" in error.problem


def test_a_csv_that_is_not_utf8_is_refused_and_its_sibling_is_not_imported(project, tmp_path):
    write_csv(tmp_path / "in" / "rooms.csv", [["key", "seats"], ["jinan-iec-hall-a", "900"]])
    (tmp_path / "in" / "people.csv").write_bytes("key,name_zh\r\nli-wei,李伟伟\r\n".encode("gbk"))

    [error] = import_errors(project, tmp_path / "in")

    assert error.file == "people.csv" and "UTF-8" in error.problem


@pytest.mark.parametrize("name, content", [
    ("speakers.csv", b"key,name_en\r\nx,X\r\n"),
    ("event.xlsx", b"key,name_en\r\nx,X\r\n"),
    ("event.txt", b"key,name_en\r\n"),
    ("rooms.csv", b""),
])
def test_unknown_or_unreadable_files_are_refused(project, tmp_path, name, content):
    (tmp_path / name).write_bytes(content)

    [error] = import_errors(project, tmp_path / name)

    assert error.file == name and error.row is None


def test_a_folder_without_lists_is_refused(project, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("hello")

    [error] = import_errors(project, tmp_path / "empty")

    assert error.file == "empty"


def test_a_workbook_of_empty_sheets_is_refused(project, tmp_path):
    [error] = import_errors(project, write_xlsx(tmp_path / "event.xlsx", {"Sheet1": [], "Rooms": []}))

    assert error.file == "event.xlsx" and "none of the lists" in error.problem


def test_an_unknown_sheet_with_data_is_refused(project, tmp_path):
    source = write_xlsx(tmp_path / "event.xlsx", {
        "Rooms": [["key", "seats"], ["jinan-iec-hall-a", 900]], "Speakers": [["key"], ["amy-tan"]]})

    [error] = import_errors(project, source)

    assert error.file == "event.xlsx, sheet Speakers"


# -- bad rows -----------------------------------------------------------------------------------

ROOM = ["key", "venue", "name_en", "seats"]
GOOD_ROOM = ["jinan-iec-hall-a", "jinan-iec", "Hall A", "900"]
SESSION = ["key", "title_en", "kind", "duration_minutes", "pin_room", "pin_start", "optional", "people",
           "target_timezones", "uid"]
GOOD_SESSION = ["tea", "Tea break", "break", "25", "", "", "false", "", "", ""]
PERSON = ["key", "name_en", "home_timezone"]
GOOD_PERSON = ["amy-tan", "Amy Tan", "Asia/Jakarta"]


def session(**cells) -> list[str]:
    row = dict(zip(SESSION, ["lunch", "Lunch", "banquet", "60", "", "", "false", "", "", ""]))
    return list((row | cells).values())


BAD_ROWS = {
    "word for seats": ("rooms", ROOM, GOOD_ROOM, ["x", "jinan-iec", "Hall X", "abc"], "seats",
                       "whole number"),
    "negative seats": ("rooms", ROOM, GOOD_ROOM, ["x", "jinan-iec", "Hall X", "-5"], "seats", "0 or more"),
    "unknown venue": ("rooms", ROOM, GOOD_ROOM, ["x", "atlantis", "Hall X", "5"], "venue", "atlantis"),
    "duplicate key": ("rooms", ROOM, GOOD_ROOM, GOOD_ROOM, "key", "also on row 2"),
    "same name in venue": ("rooms", ROOM, GOOD_ROOM, ["x", "jinan-iec", "Hall A", "5"], "name_en",
                           "another room"),
    "empty name": ("rooms", ROOM, GOOD_ROOM, ["x", "jinan-iec", "", "5"], "name_en", "must not be empty"),
    "fraction": ("sessions", SESSION, GOOD_SESSION, session(duration_minutes="12.5"), "duration_minutes",
                 "whole number"),
    "unknown kind": ("sessions", SESSION, GOOD_SESSION, session(kind="feast"), "kind", "not one of"),
    "unknown room": ("sessions", SESSION, GOOD_SESSION, session(pin_room="hall-z"), "pin_room", "hall-z"),
    "bad time": ("sessions", SESSION, GOOD_SESSION, session(pin_start="tomorrow"), "pin_start", "tomorrow"),
    "bad boolean": ("sessions", SESSION, GOOD_SESSION, session(optional="maybe"), "optional",
                    "true or false"),
    "unknown person": ("sessions", SESSION, GOOD_SESSION, session(people="nobody:speaker"), "people",
                       "nobody"),
    "unknown role": ("sessions", SESSION, GOOD_SESSION, session(people="amy-tan:singer"), "people", "singer"),
    "bad audience zone": ("sessions", SESSION, GOOD_SESSION, session(target_timezones="Asia/Yangon; UTC+7"),
                          "target_timezones", "UTC+7"),
    "bad uid": ("sessions", SESSION, GOOD_SESSION, session(uid="123"), "uid", "not a UUID"),
    "bad time zone": ("people", PERSON, GOOD_PERSON, ["bob", "Bob", "Mars/Olympus"], "home_timezone",
                      "Mars/Olympus"),
    "name of another person": ("people", PERSON, GOOD_PERSON, ["bob", "Li Wei", ""], "name_en",
                               "another person"),
    "capacity in words": ("channels", ["key", "name_en", "viewer_capacity"], ["zoom-main", "Zoom main", "10"],
                          ["zoom-2", "Zoom 2", "lots"], "viewer_capacity", "whole number"),
}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("case", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_a_bad_row_names_file_row_and_field_and_nothing_is_imported(project, tmp_path, fmt, case):
    name, header, good, bad, field, words = case
    source = list_file(tmp_path, fmt, name, [header, good, bad])

    [error] = import_errors(project, source.parent if fmt == "csv" else source)

    assert error.file == (f"{name}.csv" if fmt == "csv" else f"import.xlsx, sheet {SHEETS[name]}")
    assert (error.row, error.field) == (3, field)
    assert words in error.problem


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_unknown_column_is_an_error_in_the_header(project, tmp_path, fmt):
    source = list_file(tmp_path, fmt, "rooms", [["key", "seats", "colour"],
                                                 ["jinan-iec-hall-a", "900", "red"]])

    [error] = import_errors(project, source)

    assert (error.row, error.field) == (1, "colour")


def test_a_short_csv_row_is_an_error(project, tmp_path):
    source = write_csv(tmp_path / "rooms.csv", [ROOM, GOOD_ROOM, ["x", "jinan-iec"]])

    [error] = import_errors(project, source)

    assert (error.file, error.row, error.field) == ("rooms.csv", 3, "name_en")


def test_a_value_under_no_header_is_an_error(project, tmp_path):
    source = write_csv(tmp_path / "rooms.csv", [["key", "seats", ""], ["jinan-iec-hall-a", "900", "oops"]])

    [error] = import_errors(project, source)

    assert error.row == 2 and "column 3" in error.problem


def test_a_new_row_without_a_needed_column_is_an_error(project, tmp_path):
    source = write_csv(tmp_path / "rooms.csv", [["key", "name_en"], ["hall-z", "Hall Z"]])

    [error] = import_errors(project, source)

    assert (error.row, error.field) == (2, "venue")


def test_every_problem_is_reported_with_spreadsheet_row_numbers(project, tmp_path):
    source = write_csv(tmp_path / "people.csv", [
        ["key", "name_en", "home_timezone", "email"],
        ["bob", "Li Wei", "", "two\nlines"],       # row 2 spans two lines of the file
        ["carol", "Carol", "Mars/Olympus", ""],
        ["dave", "", "Europe/Nowhere", ""],
    ])

    errors = import_errors(project, source)

    assert [(e.row, e.field) for e in errors] == [
        (2, "name_en"), (3, "home_timezone"), (4, "name_en"), (4, "home_timezone")]


# -- text survives ------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
SPICE = st.sampled_from([",", '"', ";", "\n", "\r\n", "\r", "中文标题", "😀", "=SUM(A1)", "_x000D_",
                         " ", "\t"])
FREE_TEXT = st.lists(st.one_of(TEXT, SPICE), max_size=6).map("".join)
TITLE = FREE_TEXT.filter(str.strip)


def copy_of(template: Path, folder: Path, name: str) -> Project:
    shutil.copy(template, folder / name)
    return Project.open(folder / name)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@settings(max_examples=30, deadline=None)
@given(titles=st.lists(st.tuples(TITLE, FREE_TEXT, FREE_TEXT), min_size=1, max_size=3))
@example(titles=[('Say "hi", then; go\r\nnow 你好 😀', "=1+2", "_x000D_ and \x01")])
def test_free_text_survives_a_round_trip(template, fmt, titles):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        first, second = (folder / "first", folder / "second") if fmt == "csv" else (
            folder / "first.xlsx", folder / "second.xlsx")
        export = export_csv if fmt == "csv" else export_xlsx
        source, target = copy_of(template, folder, "a.slotwise"), copy_of(template, folder, "b.slotwise")
        try:
            source.add(*(m.Session(key=f"s{i}", title_en=en, title_zh=zh, description=text)
                         for i, (en, zh, text) in enumerate(titles)))
            export(source, first)
            import_tables(target, first)
            export(target, second)
            got = [(s.title_en, s.title_zh, s.description) for s in target.all(m.Session)]
        finally:
            source.close()
            target.close()
        assert got == titles
        if fmt == "csv":
            assert [p.read_bytes() for p in sorted(second.iterdir())] == [
                p.read_bytes() for p in sorted(first.iterdir())]
        else:
            assert workbook_values(second) == workbook_values(first)
