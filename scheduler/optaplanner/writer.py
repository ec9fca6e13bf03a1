"""Write a conference, with a new assignment, as an OptaPlanner conference-scheduling .xlsx file.

The five input sheets in the layout `read_dataset` reads (and OptaPlanner imports): the same headers, the
day headers above the availability grids, unavailable timeslots filled 555753, and the solved timeslot and
room in the Talks sheet. Tag lists are written sorted, as they are sets. The view sheets OptaPlanner adds
to its own output are not written.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from ..interchange.json_write import write_atomically
from .dataset import CONSTRAINTS, Assignment, Dataset, Timeslot
from .reader import (PAUSE, ROOM_HEADERS, SPEAKER_HEADERS, TALK_HEADERS, TIMESLOT_HEADERS, UNAVAILABLE,
                     day_text, slot_labels)

PAUSE_DESCRIPTION = "The amount of time a speaker needs between 2 talks"
GREY = PatternFill("solid", fgColor="00" + UNAVAILABLE)
YELLOW = PatternFill("solid", fgColor="00FCE94F")  # the planning variables, as OptaPlanner colours them
PLUM = PatternFill("solid", fgColor="00AD7FA8")  # a pinned talk
BOLD = Font(bold=True)


def write_dataset(dataset: Dataset, assignment: Assignment, out_path: str | Path) -> Path:
    """Write `dataset` with `assignment` (a talk absent from it is unassigned); returns the file written.

    The file is written beside the target and renamed over it, so a reader never sees half a file.
    """
    dataset = dataset.with_assignment(assignment)
    book = openpyxl.Workbook()
    book.remove(book.active)
    write_configuration(book.create_sheet("Configuration"), dataset)
    write_timeslots(book.create_sheet("Timeslots"), dataset)
    write_rooms(book.create_sheet("Rooms"), dataset)
    write_speakers(book.create_sheet("Speakers"), dataset)
    write_talks(book.create_sheet("Talks"), dataset)
    buffer = io.BytesIO()
    book.save(buffer)
    out_path = Path(out_path)
    write_atomically(out_path, buffer.getvalue())
    return out_path


def put(sheet, row: int, values: list) -> list:
    """Write a row from column A; text stays text even when it starts with '='."""
    cells = []
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
        cells.append(cell)
    return cells


def joined(items) -> str:
    return ", ".join(items)


def tags(items: frozenset[str]) -> str:
    return joined(sorted(items))


def write_configuration(sheet, dataset: Dataset) -> None:
    put(sheet, 1, ["Conference name", dataset.name])
    put(sheet, 2, [PAUSE, dataset.min_pause, PAUSE_DESCRIPTION])
    for cell in put(sheet, 4, ["Constraint", "Score weight", "Description"]):
        cell.font = BOLD
    row = 5
    for info in CONSTRAINTS:
        if info.name in ("Published timeslot", "Published room"):
            row += 1  # the blank rows that set the medium constraint apart, as in the original files
        hard, medium, soft = dataset.weights[info.name]
        put(sheet, row, [info.name, f"{hard}hard/{medium}medium/{soft}soft", info.description])
        row += 1


def write_timeslots(sheet, dataset: Dataset) -> None:
    for cell in put(sheet, 1, TIMESLOT_HEADERS):
        cell.font = BOLD
    for row, t in enumerate(dataset.timeslots, start=2):
        put(sheet, row, [*slot_cells(dataset, t.index), tags(t.talk_types), tags(t.tags)])


def write_grid_header(sheet, headers: list[str], timeslots: tuple[Timeslot, ...]) -> None:
    """Row 1: the day above the first timeslot of each day (merged across it); row 2: the column names."""
    first = len(headers) + 1
    put(sheet, 1, [""] * len(headers))
    for i, t in enumerate(timeslots):
        if i == 0 or timeslots[i - 1].day != t.day:
            span = next((j for j in range(i + 1, len(timeslots)) if timeslots[j].day != t.day),
                        len(timeslots))
            sheet.cell(row=1, column=first + i, value=day_text(t.day)).font = BOLD
            if span - i > 1:
                sheet.merge_cells(start_row=1, start_column=first + i, end_row=1, end_column=first + span - 1)
    for cell in put(sheet, 2, headers + slot_labels(timeslots)):
        cell.font = BOLD
    sheet.freeze_panes = "B3"


def write_availability(sheet, row: int, first: int, timeslots: tuple[Timeslot, ...],
                       unavailable: frozenset[int]) -> None:
    for t in timeslots:
        cell = sheet.cell(row=row, column=first + t.index, value="")
        if t.index in unavailable:
            cell.fill = GREY


def write_rooms(sheet, dataset: Dataset) -> None:
    write_grid_header(sheet, ROOM_HEADERS, dataset.timeslots)
    for row, room in enumerate(dataset.rooms, start=3):
        put(sheet, row, [room.name, room.capacity, tags(room.talk_types), tags(room.tags)])
        write_availability(sheet, row, len(ROOM_HEADERS) + 1, dataset.timeslots, room.unavailable)


def write_speakers(sheet, dataset: Dataset) -> None:
    write_grid_header(sheet, SPEAKER_HEADERS, dataset.timeslots)
    for row, s in enumerate(dataset.speakers, start=3):
        put(sheet, row, [s.name] + [tags(items) for items in (
            s.required_timeslot_tags, s.preferred_timeslot_tags, s.prohibited_timeslot_tags,
            s.undesired_timeslot_tags, s.required_room_tags, s.preferred_room_tags, s.prohibited_room_tags,
            s.undesired_room_tags)])
        write_availability(sheet, row, len(SPEAKER_HEADERS) + 1, dataset.timeslots, s.unavailable)


def slot_cells(dataset: Dataset, index: int | None) -> list[str]:
    if index is None:
        return ["", "", ""]
    t = next(t for t in dataset.timeslots if t.index == index)
    return [day_text(t.day), f"{t.start:%H:%M}", f"{t.end:%H:%M}"]


def write_talks(sheet, dataset: Dataset) -> None:
    for cell in put(sheet, 1, TALK_HEADERS):
        cell.font = BOLD
    sheet.freeze_panes = "C2"
    for row, talk in enumerate(dataset.talks, start=2):
        cells = put(sheet, row, [
            talk.code, talk.title, talk.talk_type, joined(talk.speakers), tags(talk.theme_tags),
            tags(talk.sector_tags), tags(talk.audience_types), talk.audience_level, tags(talk.content_tags),
            talk.language, tags(talk.required_timeslot_tags), tags(talk.preferred_timeslot_tags),
            tags(talk.prohibited_timeslot_tags), tags(talk.undesired_timeslot_tags),
            tags(talk.required_room_tags), tags(talk.preferred_room_tags), tags(talk.prohibited_room_tags),
            tags(talk.undesired_room_tags), tags(talk.mutually_exclusive_tags), tags(talk.prerequisite_codes),
            talk.favorite_count, talk.crowd_control_risk, talk.pinned,
            *slot_cells(dataset, talk.timeslot), talk.room or "",
            *slot_cells(dataset, talk.published_timeslot), talk.published_room or ""])
        if talk.pinned:
            cells[22].fill = PLUM
        else:
            for cell in cells[23:27]:
                cell.fill = YELLOW
