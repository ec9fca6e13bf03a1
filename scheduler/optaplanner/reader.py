"""Read an OptaPlanner conference-scheduling .xlsx file (section 5 of the benchmark's README).

Only the sheets Configuration, Timeslots, Rooms, Speakers and Talks are read; the view sheets OptaPlanner
writes are ignored. Text is taken as is, list cells are split on ", ", a cell filled solid 555753 marks an
unavailable timeslot, and rows with nothing in them are skipped. Anything else unexpected raises an
InputError naming the file, sheet, row and column.
"""

from __future__ import annotations

import math
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import InputError
from .dataset import CONSTRAINT_NAMES, Dataset, Room, Speaker, Talk, Timeslot, Weight

UNAVAILABLE = "555753"  # Tango Aluminium 5
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # English, whatever the locale
DAY = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{4}-\d{2}-\d{2})")
CLOCK = re.compile(r"(\d{2}):(\d{2})")
WEIGHT = re.compile(r"(\d+)hard/(\d+)medium/(\d+)soft")
PAUSE = "Minimum consecutive talks pause in minutes"
TIMESLOT_HEADERS = ["Day", "Start", "End", "Talk types", "Tags"]
ROOM_HEADERS = ["Name", "Capacity", "Talk types", "Tags"]
SPEAKER_HEADERS = ["Name", "Required timeslot tags", "Preferred timeslot tags", "Prohibited timeslot tags",
                   "Undesired timeslot tags", "Required room tags", "Preferred room tags",
                   "Prohibited room tags", "Undesired room tags"]
TALK_HEADERS = ["Code", "Title", "Talk type", "Speakers", "Theme track tags", "Sector tags", "Audience types",
                "Audience level", "Content tags", "Language", "Required timeslot tags",
                "Preferred timeslot tags", "Prohibited timeslot tags", "Undesired timeslot tags",
                "Required room tags", "Preferred room tags", "Prohibited room tags", "Undesired room tags",
                "Mutually exclusive talks tags", "Prerequisite talks codes", "Favorite count",
                "Crowd control risk", "Pinned by user", "Timeslot day", "Start", "End", "Room",
                "Published Timeslot", "Published Start", "Published End", "Published Room"]


def read_dataset(path: str | Path) -> Dataset:
    """The conference in an OptaPlanner .xlsx file, with the talks' stored (pre-)assignment."""
    path = Path(path)
    if not path.is_file():
        raise InputError("does not exist", file=path.name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Workbook contains no default style"
            book = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise InputError(f"is not an Excel workbook (.xlsx): {exc}", file=path.name) from exc
    missing = [name for name in ("Configuration", "Timeslots", "Rooms", "Speakers", "Talks")
               if name not in book.sheetnames]
    if missing:
        raise InputError(f"has no sheet {', '.join(missing)}", file=path.name)
    name, pause, weights = read_configuration(Sheet(path.name, book["Configuration"]))
    timeslots = read_timeslots(Sheet(path.name, book["Timeslots"]))
    rooms = read_rooms(Sheet(path.name, book["Rooms"]), timeslots)
    speakers = read_speakers(Sheet(path.name, book["Speakers"]), timeslots)
    talks = read_talks(Sheet(path.name, book["Talks"]), timeslots, rooms, speakers)
    return Dataset(name, pause, weights, timeslots, rooms, speakers, talks)


@dataclass
class Row:
    """One row of a sheet, read by column number (0-based) against the header that names the columns."""

    file: str
    sheet: str
    number: int
    cells: tuple
    headers: list[str]

    def error(self, problem: str, column: int) -> InputError:
        in_header = column < len(self.headers)
        field = self.headers[column] if in_header else f"column {get_column_letter(column + 1)}"
        return InputError(problem, file=self.file, row=f"sheet {self.sheet}, row {self.number}", field=field)

    def value(self, column: int):
        return self.cells[column].value if column < len(self.cells) else None

    def text(self, column: int, *, required: bool = False) -> str:
        value = self.value(column)
        if value is not None and not isinstance(value, str):
            raise self.error(f"must be text, not {value!r}", column)
        if required and not value:
            raise self.error("is empty", column)
        return value or ""

    def items(self, column: int) -> list[str]:
        return [item for item in self.text(column).split(", ") if item]

    def tags(self, column: int) -> frozenset[str]:
        return frozenset(self.items(column))

    def whole(self, column: int, minimum: int) -> int:
        value = self.value(column)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            shown = "empty" if value in (None, "") else f"{value!r}, not a number"
            raise self.error(f"must be a whole number of at least {minimum}, is {shown}", column)
        if not math.isfinite(value) or value != int(value) or value < minimum:
            raise self.error(f"must be a whole number of at least {minimum}, is {value!r}", column)
        return int(value)

    def boolean(self, column: int) -> bool:
        value = self.value(column)
        if not isinstance(value, bool):
            raise self.error(f"must be TRUE or FALSE, is {value!r}", column)
        return value

    def day(self, column: int) -> date:
        """Text 'EEE yyyy-MM-dd'; only the date counts."""
        text = self.text(column)
        found = DAY.fullmatch(text)
        try:
            if found:
                return date.fromisoformat(found.group(1))
        except ValueError:
            pass
        raise self.error(f"must be a day such as 'Mon 2018-10-01', is {text!r}", column)

    def clock(self, column: int) -> time:
        """Text 'HH:mm', not an Excel time."""
        text = self.value(column)
        found = CLOCK.fullmatch(text) if isinstance(text, str) else None
        try:
            if found:
                return time(int(found.group(1)), int(found.group(2)))
        except ValueError:
            pass
        raise self.error(f"must be a time as text HH:mm such as '10:15', is {text!r}", column)

    def unavailable(self, column: int) -> bool:
        """True for a solid 555753 fill, False for no fill; any other fill or a value is an error."""
        if self.value(column) not in (None, ""):
            raise self.error(f"must be empty (a fill marks unavailability), holds {self.value(column)!r}",
                             column)
        fill = self.cells[column].fill if column < len(self.cells) else None
        if fill is None or fill.fill_type is None:
            return False
        colour = fill.fgColor.rgb if fill.fgColor.type == "rgb" else None
        if fill.fill_type == "solid" and isinstance(colour, str) and colour[-6:].upper() == UNAVAILABLE:
            return True
        raise self.error(f"has a {fill.fill_type} fill of colour {colour or fill.fgColor.type}; mark an "
                         f"unavailable timeslot with a solid fill of colour {UNAVAILABLE}", column)


class Sheet:
    """A worksheet of the file, read row by row."""

    def __init__(self, file: str, worksheet):
        self.file = file
        self.name = worksheet.title
        self.worksheet = worksheet

    def row(self, number: int, headers: list[str]) -> Row:
        cells = next(self.worksheet.iter_rows(min_row=number, max_row=number), ())
        return Row(self.file, self.name, number, cells, headers)

    def header(self, number: int, expected: list[str]) -> None:
        """The row must hold exactly these column names, and nothing to their right."""
        row = self.row(number, expected)
        for column, name in enumerate(expected):
            if row.value(column) != name:
                raise row.error(f"the header must be {name!r}, is {row.value(column)!r}", column)
        extra = first_value(row, len(expected))
        if extra is not None:
            raise row.error(f"is not a column of this sheet: {row.value(extra)!r}", extra)

    def rows(self, first: int, headers: list[str]) -> list[Row]:
        """The data rows from `first` on, without blank ones; a value right of the last column is an error."""
        found = []
        for number, cells in enumerate(self.worksheet.iter_rows(min_row=first), start=first):
            row = Row(self.file, self.name, number, cells, headers)
            if all(row.value(c) in (None, "") for c in range(len(cells))):
                continue
            extra = first_value(row, len(headers))
            if extra is not None:
                raise row.error(f"holds {row.value(extra)!r} right of the last column", extra)
            found.append(row)
        return found


def first_value(row: Row, start: int) -> int | None:
    """The first column from `start` on that holds something."""
    return next((c for c in range(start, len(row.cells)) if row.value(c) not in (None, "")), None)


def read_configuration(sheet: Sheet) -> tuple[str, int, dict[str, Weight]]:
    first = sheet.row(1, ["Conference name", "Conference name"])
    if first.value(0) != "Conference name":
        raise first.error(f"cell A1 must be 'Conference name', is {first.value(0)!r}", 0)
    name = first.text(1, required=True)
    second = sheet.row(2, [PAUSE, PAUSE, "Description"])
    if second.value(0) != PAUSE:
        raise second.error(f"cell A2 must be {PAUSE!r}, is {second.value(0)!r}", 0)
    pause = second.whole(1, 0)
    headers = ["Constraint", "Score weight", "Description"]
    rows = sheet.rows(3, headers)
    if not rows:
        raise InputError("has no constraint weights", file=sheet.file, row=f"sheet {sheet.name}")
    sheet.header(rows[0].number, headers)
    weights: dict[str, Weight] = {}
    for row in rows[1:]:
        constraint = row.text(0, required=True)
        if constraint not in CONSTRAINT_NAMES:
            raise row.error(f"{constraint!r} is not a constraint of conference scheduling", 0)
        if constraint in weights:
            raise row.error(f"{constraint!r} is given twice", 0)
        found = WEIGHT.fullmatch(row.text(1))
        if not found:
            raise row.error(f"must be a weight such as '0hard/0medium/10soft', is {row.value(1)!r}", 1)
        weights[constraint] = (int(found.group(1)), int(found.group(2)), int(found.group(3)))
    absent = [constraint for constraint in CONSTRAINT_NAMES if constraint not in weights]
    if absent:
        raise InputError(f"lacks the weight of {', '.join(absent)}", file=sheet.file,
                         row=f"sheet {sheet.name}", field="Constraint")
    return name, pause, {constraint: weights[constraint] for constraint in CONSTRAINT_NAMES}


def read_timeslots(sheet: Sheet) -> tuple[Timeslot, ...]:
    sheet.header(1, TIMESLOT_HEADERS)
    timeslots: list[Timeslot] = []
    for row in sheet.rows(2, TIMESLOT_HEADERS):
        day, start, end = row.day(0), row.clock(1), row.clock(2)
        if start >= end:
            raise row.error(f"must be after the start ({start:%H:%M}), is {end:%H:%M}", 2)
        if any((t.day, t.start, t.end) == (day, start, end) for t in timeslots):
            raise row.error("repeats an earlier timeslot (same day, start and end)", 0)
        timeslots.append(Timeslot(len(timeslots), day, start, end, row.tags(3), row.tags(4)))
    return tuple(timeslots)


def day_text(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"


def slot_labels(timeslots: tuple[Timeslot, ...]) -> list[str]:
    """The grid's column names in row 2 of Rooms and Speakers, one per timeslot in Timeslots order."""
    return [f"{t.start:%H:%M}-{t.end:%H:%M}" for t in timeslots]


def slot_fields(timeslots: tuple[Timeslot, ...]) -> list[str]:
    """The grid's columns as errors name them: with the day, since every day repeats the times."""
    return [f"{day_text(t.day)} {label}" for t, label in zip(timeslots, slot_labels(timeslots))]


def availability(row: Row, first: int, timeslots: tuple[Timeslot, ...]) -> frozenset[int]:
    return frozenset(t.index for t in timeslots if row.unavailable(first + t.index))


def unique_name(row: Row, seen: set[str]) -> str:
    name = row.text(0, required=True)
    if name in seen:
        raise row.error(f"{name!r} is given twice", 0)
    seen.add(name)
    return name


def read_rooms(sheet: Sheet, timeslots: tuple[Timeslot, ...]) -> tuple[Room, ...]:
    sheet.header(2, ROOM_HEADERS + slot_labels(timeslots))
    types = set().union(*(t.talk_types for t in timeslots))
    rooms, seen = [], set()
    for row in sheet.rows(3, ROOM_HEADERS + slot_fields(timeslots)):
        name = unique_name(row, seen)
        talk_types = row.tags(2)
        if talk_types - types:
            raise row.error(f"names talk types no timeslot has: {', '.join(sorted(talk_types - types))}", 2)
        rooms.append(Room(name, row.whole(1, 1), talk_types, row.tags(3),
                          availability(row, len(ROOM_HEADERS), timeslots)))
    return tuple(rooms)


def read_speakers(sheet: Sheet, timeslots: tuple[Timeslot, ...]) -> tuple[Speaker, ...]:
    sheet.header(2, SPEAKER_HEADERS + slot_labels(timeslots))
    speakers, seen = [], set()
    for row in sheet.rows(3, SPEAKER_HEADERS + slot_fields(timeslots)):
        name = unique_name(row, seen)
        speakers.append(Speaker(name, *(row.tags(column) for column in range(1, 9)),
                                availability(row, len(SPEAKER_HEADERS), timeslots)))
    return tuple(speakers)


def read_talks(sheet: Sheet, timeslots: tuple[Timeslot, ...], rooms: tuple[Room, ...],
               speakers: tuple[Speaker, ...]) -> tuple[Talk, ...]:
    sheet.header(1, TALK_HEADERS)
    types = set().union(*(t.talk_types for t in timeslots))
    speaker_names = {speaker.name for speaker in speakers}
    room_names = {room.name for room in rooms}
    rows, talks, seen = sheet.rows(2, TALK_HEADERS), [], set()
    for row in rows:
        code = unique_name(row, seen)
        talk_type = row.text(2, required=True)
        if talk_type not in types:
            raise row.error(f"{talk_type!r} is the talk type of no timeslot", 2)
        names = tuple(row.items(3))
        unknown = [name for name in names if name not in speaker_names]
        if unknown:
            raise row.error(f"names no speaker of sheet Speakers: {', '.join(unknown)}", 3)
        talks.append(Talk(
            code, row.text(1), talk_type, names, row.tags(4), row.tags(5), row.tags(6), row.whole(7, 1),
            row.tags(8), row.text(9), *(row.tags(column) for column in range(10, 20)),
            favorite_count=row.whole(20, 0), crowd_control_risk=row.whole(21, 0), pinned=row.boolean(22),
            timeslot=timeslot_at(row, 23, timeslots), room=room_at(row, 26, room_names),
            published_timeslot=timeslot_at(row, 27, timeslots), published_room=room_at(row, 30, room_names)))
    for row, talk in zip(rows, talks):
        unknown = sorted(talk.prerequisite_codes - seen)
        if unknown:
            raise row.error(f"names no talk of this sheet: {', '.join(unknown)}", 19)
    return tuple(talks)


def timeslot_at(row: Row, first: int, timeslots: tuple[Timeslot, ...]) -> int | None:
    """Day, start and end in three cells: all empty (no timeslot) or exactly those of one timeslot."""
    columns = range(first, first + 3)
    filled = [column for column in columns if row.text(column)]
    if not filled:
        return None
    if len(filled) < 3:
        empty = next(column for column in columns if column not in filled)
        raise row.error(f"is empty, while {', '.join(row.headers[c] for c in filled)} is filled: give the "
                        "day, start and end of a timeslot, or none of them", empty)
    key = (row.day(first), row.clock(first + 1), row.clock(first + 2))
    found = next((t.index for t in timeslots if (t.day, t.start, t.end) == key), None)
    if found is None:
        shown = " ".join(row.text(column) for column in columns)
        raise row.error(f"{shown!r} ({', '.join(row.headers[c] for c in columns)}) is no timeslot "
                        "of sheet Timeslots", first)
    return found


def room_at(row: Row, column: int, room_names: set[str]) -> str | None:
    name = row.text(column)
    if name and name not in room_names:
        raise row.error(f"{name!r} is no room of sheet Rooms", column)
    return name or None
