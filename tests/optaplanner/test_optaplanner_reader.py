"""Reading and writing OptaPlanner conference-scheduling .xlsx files (section 5 of the benchmark README):
the shipped files as published, errors that point at sheet, row and column, and the writer's round trip."""

from __future__ import annotations

import warnings
from datetime import date, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from scheduler.errors import InputError
from scheduler.optaplanner import DEFAULT_WEIGHTS, read_dataset, score, write_dataset

from optaplanner_kit import benchmarks

SMALL = "18talks-6timeslots-5rooms.xlsx"
FILES = {  # file: (days, timeslots, rooms, speakers, Lab talks, Breakout talks, unavailable speaker cells)
    SMALL: (1, 6, 5, 12, 2, 16, 0),
    "36talks-12timeslots-5rooms.xlsx": (2, 12, 5, 24, 4, 32, 0),
    "72talks-12timeslots-10rooms.xlsx": (2, 12, 10, 48, 8, 64, 7),
    "108talks-18timeslots-10rooms.xlsx": (3, 18, 10, 72, 12, 96, 20),
}


def open_book(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the files have no default style
        return openpyxl.load_workbook(path)


def edited(tmp_path: Path, edit) -> Path:
    """A copy of the 18-talk file in tmp_path with `edit(book)` applied."""
    book = open_book(benchmarks() / SMALL)
    edit(book)
    target = tmp_path / SMALL
    book.save(target)
    return target


def with_cell(tmp_path: Path, sheet: str, cell: str, value) -> Path:
    def edit(book):
        book[sheet][cell].value = value
    return edited(tmp_path, edit)


# The shipped files.

@pytest.mark.parametrize("file", FILES)
def test_the_shipped_files_read_as_published(file):
    days, slots, rooms, speakers, labs, breakouts, unavailable = FILES[file]
    dataset = read_dataset(benchmarks() / file)
    assert len({t.day for t in dataset.timeslots}) == days
    assert (len(dataset.timeslots), len(dataset.rooms), len(dataset.speakers)) == (slots, rooms, speakers)
    assert [t.talk_type for t in dataset.talks].count("Lab") == labs
    assert [t.talk_type for t in dataset.talks].count("Breakout") == breakouts
    assert sum(len(s.unavailable) for s in dataset.speakers) == unavailable
    assert all(not room.unavailable for room in dataset.rooms)
    assert dataset.min_pause == 15
    assert dataset.weights == DEFAULT_WEIGHTS
    assigned = [t for t in dataset.talks if t.timeslot is not None or t.room is not None]
    assert [(t.talk_type, t.pinned, t.room) for t in assigned] == [("Lab", False, "R 5"),
                                                                   ("Breakout", True, "R 1")]


def test_the_18_talk_file_in_detail():
    dataset = read_dataset(benchmarks() / SMALL)
    assert dataset.name == "Javoxx 2021"
    lunch = dataset.timeslots[3]
    assert (lunch.index, lunch.day, lunch.start, lunch.end) == (3, date(2018, 10, 1), time(13), time(15))
    assert (lunch.talk_types, lunch.tags) == ({"Lab"}, {"After lunch"})
    large = dataset.rooms[2]
    assert (large.name, large.capacity, large.talk_types, large.tags) == ("R 3", 630, {"Breakout"},
                                                                          {"Recorded", "Large"})
    assert dataset.speakers[-1].name == "Beth Green"
    assert dataset.speakers[-1].undesired_timeslot_tags == {"After lunch"}
    s00, s05, s10 = (next(t for t in dataset.talks if t.code == code) for code in ("S00", "S05", "S10"))
    assert s00.speakers == ("Amy Cole", "Beth Fox")
    assert s00.content_tags == {"OpenShift", "Kubernetes"}
    assert (s00.audience_level, s00.favorite_count, s00.crowd_control_risk) == (2, 551, 1)
    assert (s00.timeslot, s00.room, s00.published_timeslot, s00.published_room) == (0, "R 5", 0, "R 5")
    assert s05.prerequisite_codes == {"S02"}
    assert (s10.pinned, s10.timeslot, s10.room, s10.published_timeslot, s10.published_room) == (
        True, 1, "R 1", None, None)


def test_list_cells_split_on_comma_space_only(tmp_path):
    dataset = read_dataset(with_cell(tmp_path, "Talks", "E2", "A,B, C, , D"))
    assert dataset.talks[0].theme_tags == {"A,B", "C", "D"}


def test_a_solid_555753_fill_marks_an_unavailable_timeslot(tmp_path):
    def edit(book):
        book["Rooms"]["F3"].fill = PatternFill("solid", fgColor="00555753")  # R 1, 10:15-11:00
        book["Speakers"]["O4"].fill = PatternFill("solid", fgColor="FF555753")  # Beth Fox, 16:30-17:15
    dataset = read_dataset(edited(tmp_path, edit))
    assert dataset.rooms[0].unavailable == {1}
    assert dataset.speakers[1].unavailable == {5}
    assert score(dataset).constraint("Room unavailable timeslot").matches[0].talks == ("S10",)


def test_blank_rows_are_skipped(tmp_path):
    def edit(book):
        book["Talks"].insert_rows(5, 2)
        book["Talks"]["A5"].value = ""
        book["Speakers"].insert_rows(4)
    dataset = read_dataset(edited(tmp_path, edit))
    assert read_dataset(benchmarks() / SMALL) == dataset


# Errors name the sheet, row and column.

@pytest.mark.parametrize(("sheet", "cell", "value", "row", "field", "problem"), [
    ("Talks", "Y2", "10:30", "sheet Talks, row 2", "Timeslot day", "is no timeslot"),
    ("Talks", "AD3", "12:15", "sheet Talks, row 3", "Published Timeslot", "is empty"),
    ("Talks", "D3", "Chad Green, Nobody", "sheet Talks, row 3", "Speakers", "Nobody"),
    ("Talks", "AA2", "R 9", "sheet Talks, row 2", "Room", "R 9"),
    ("Talks", "T2", "S99", "sheet Talks, row 2", "Prerequisite talks codes", "S99"),
    ("Talks", "C4", "Keynote", "sheet Talks, row 4", "Talk type", "Keynote"),
    ("Talks", "H5", "expert", "sheet Talks, row 5", "Audience level", "not a number"),
    ("Talks", "W6", "yes", "sheet Talks, row 6", "Pinned by user", "TRUE or FALSE"),
    ("Talks", "A7", "S00", "sheet Talks, row 7", "Code", "twice"),
    ("Talks", "E1", "Theme tags", "sheet Talks, row 1", "Theme track tags", "header"),
    ("Configuration", "A6", "Room conflicts", "sheet Configuration, row 6", "Constraint", "Room conflicts"),
    ("Configuration", "B7", "100hard/0soft", "sheet Configuration, row 7", "Score weight", "100hard/0soft"),
    ("Configuration", "B2", "15", "sheet Configuration, row 2", "Minimum consecutive talks pause in minutes",
     "not a number"),
    ("Timeslots", "B3", time(10, 15), "sheet Timeslots, row 3", "Start", "HH:mm"),
    ("Timeslots", "C4", "11:00", "sheet Timeslots, row 4", "End", "after the start"),
    ("Timeslots", "A2", "2018-10-01", "sheet Timeslots, row 2", "Day", "Mon 2018-10-01"),
    ("Rooms", "B3", "sixty", "sheet Rooms, row 3", "Capacity", "not a number"),
    ("Rooms", "B4", 0, "sheet Rooms, row 4", "Capacity", "at least 1"),
    ("Rooms", "G2", "11:30-12:30", "sheet Rooms, row 2", "11:30-12:15", "header"),
    ("Speakers", "K5", "x", "sheet Speakers, row 5", "Mon 2018-10-01 10:15-11:00", "must be empty"),
    ("Speakers", "A6", "Amy Cole", "sheet Speakers, row 6", "Name", "twice"),
])
def test_bad_input_names_sheet_row_and_column(tmp_path, sheet, cell, value, row, field, problem):
    with pytest.raises(InputError) as raised:
        read_dataset(with_cell(tmp_path, sheet, cell, value))
    assert (raised.value.file, raised.value.row, raised.value.field) == (SMALL, row, field)
    assert problem in raised.value.problem
    assert f"{SMALL}, {row}, field '{field}'" in str(raised.value)


def test_a_fill_of_another_colour_is_refused(tmp_path):
    def edit(book):
        book["Speakers"]["J3"].fill = PatternFill("solid", fgColor="00FF0000")
    with pytest.raises(InputError) as raised:
        read_dataset(edited(tmp_path, edit))
    assert (raised.value.row, raised.value.field) == ("sheet Speakers, row 3", "Mon 2018-10-01 10:15-12:15")


def test_a_missing_constraint_is_named(tmp_path):
    def edit(book):
        book["Configuration"].delete_rows(12)  # Crowd control
    with pytest.raises(InputError, match="lacks the weight of Crowd control") as raised:
        read_dataset(edited(tmp_path, edit))
    assert raised.value.row == "sheet Configuration"


def test_a_missing_sheet_is_named(tmp_path):
    def edit(book):
        del book["Speakers"]
    with pytest.raises(InputError, match="Speakers"):
        read_dataset(edited(tmp_path, edit))


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    fake = tmp_path / "talks.xlsx"
    fake.write_text("Code,Title\n")
    with pytest.raises(InputError, match="not an Excel workbook"):
        read_dataset(fake)
    with pytest.raises(InputError, match="does not exist"):
        read_dataset(tmp_path / "missing.xlsx")


# The writer.

def full_assignment(dataset) -> dict[str, tuple[int, str]]:
    """Every talk in a timeslot and room of its type, cycling through them: a made-up complete schedule."""
    assignment = {}
    for n, talk in enumerate(dataset.talks):
        slots = [t.index for t in dataset.timeslots if talk.talk_type in t.talk_types]
        rooms = [r.name for r in dataset.rooms if not r.talk_types or talk.talk_type in r.talk_types]
        assignment[talk.code] = (slots[n % len(slots)], rooms[n // len(slots) % len(rooms)])
    return assignment


def test_writer_round_trip_on_the_18_talk_file(tmp_path):
    dataset = read_dataset(benchmarks() / SMALL)
    assignment = full_assignment(dataset)
    written = write_dataset(dataset, assignment, tmp_path / "solved.xlsx")
    again = read_dataset(written)
    assert again == dataset.with_assignment(assignment)
    assert again.assignment() == assignment
    before, after = score(dataset, assignment), score(again)
    assert before.key == after.key
    assert before.init == 0 and before.hard < 0  # a made-up schedule: it does break rules
    assert [c.matches for c in before.constraints] == [c.matches for c in after.constraints]


@pytest.mark.parametrize("file", [f for f in FILES if f != SMALL])
def test_writer_round_trip_keeps_unavailability(tmp_path, file):
    dataset = read_dataset(benchmarks() / file)
    assignment = full_assignment(dataset)
    again = read_dataset(write_dataset(dataset, assignment, tmp_path / file))
    assert again == dataset.with_assignment(assignment)
    assert score(again).text_with_init() == score(dataset, assignment).text_with_init()


def test_writer_fills_the_solved_columns_and_replaces_the_file_whole(tmp_path):
    dataset = read_dataset(benchmarks() / SMALL)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"an older file")
    write_dataset(dataset, {"S03": (4, "R 2")}, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no temporary file left behind
    talks = open_book(target)["Talks"]
    assert [cell.value for cell in talks[5][23:27]] == ["Mon 2018-10-01", "15:30", "16:15", "R 2"]
    assert talks["AB2"].value == "Mon 2018-10-01"  # S00's published timeslot stays
    assert read_dataset(target).assignment()["S00"] == (None, None)  # absent from the assignment
