"""The list editors, their cell editors and the availability grid, driven as a person would."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLineEdit

from scheduler import Project
from scheduler.domain import models as m
from scheduler.interchange.json_format import dump_event

from desktop.editors import (EDITOR_KINDS, AvailabilityEditor, EntityEditor, ZonePicker,
                             make_editor, render_editor_png)


@pytest.fixture
def shown(qtbot, editor):
    """Open an editor widget of a kind, shown offscreen."""

    def show(kind: str):
        widget = make_editor(kind, editor)
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


def stored(project: Project) -> dict:
    with Project.open(project.path) as other:
        return dump_event(other)


def stored_session(project: Project, key: str) -> dict:
    return next(s for s in stored(project)["sessions"] if s["key"] == key)


def view_index(widget: EntityEditor, key, field: str):
    """The index the table view shows for a row and field (through its sort/filter proxy)."""
    source = widget.model.index(widget.model.row_of(key), widget.spec.column(field))
    return widget.proxy.mapFromSource(source)


def open_cell_editor(widget: EntityEditor, key, field: str, kind=QLineEdit):
    index = view_index(widget, key, field)
    widget.view.setCurrentIndex(index)
    widget.view.edit(index)
    found = widget.view.viewport().findChild(kind)
    assert found is not None, f"no {kind.__name__} opened on {field}"
    return index, found


def test_every_editor_can_be_built(shown):
    for kind in EDITOR_KINDS:
        assert shown(kind).isVisible()


def test_typing_a_new_title_stores_it_and_undo_and_redo_follow(qtbot, shown, editor, small):
    sessions = shown("sessions")
    _, line = open_cell_editor(sessions, "opening", "title_en")
    line.selectAll()
    qtbot.keyClicks(line, "Grand Opening")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: view_index(sessions, "opening", "title_en").data() == "Grand Opening")
    assert stored_session(small, "opening")["title_en"] == "Grand Opening"
    editor.undo()
    assert stored_session(small, "opening")["title_en"] == "Opening Ceremony"
    editor.redo()
    assert stored_session(small, "opening")["title_en"] == "Grand Opening"


def test_a_refused_value_shows_its_reason_under_the_table(qtbot, shown, small):
    people = shown("people")
    before = dump_event(small)
    _, picker = open_cell_editor(people, "li-yanan", "home_timezone", ZonePicker)
    picker.setEditText("Asia/Atlantis")
    people.delegate.commitData.emit(picker)
    assert people.message.isVisible()
    assert "'Asia/Atlantis' is not an IANA time zone name" in people.message.text()
    assert stored(small) == before


def test_enum_cells_offer_the_enums_values(shown):
    sessions = shown("sessions")
    _, combo = open_cell_editor(sessions, "opening", "kind", QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())][:3] == ["plenary", "opening", "keynote"]
    assert combo.currentData() == "opening"


def test_the_time_zone_picker_finds_a_zone_from_part_of_its_name(qapp):
    picker = ZonePicker()
    completer = picker.completer()
    completer.setCompletionPrefix("jakart")
    assert completer.currentCompletion() == "Asia/Jakarta"
    picker.set_zone("Asia/Bangkok")
    assert picker.zone() == "Asia/Bangkok"


def test_a_list_field_is_edited_in_a_checklist_that_takes_free_text(qtbot, shown, small):
    rooms = shown("rooms")
    index = view_index(rooms, "sicec-main-hall", "features")
    dialog = rooms.delegate.open_dialog(rooms.proxy.mapToSource(index))
    offered = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert {"streaming", "stage", "interpretation_booths"} <= set(offered)
    dialog.set_checked("stage", False)
    dialog.add_free_text("wifi")
    dialog.accept()
    assert next(r for r in stored(small)["rooms"] if r["key"] == "sicec-main-hall")["features"] == \
        ["streaming", "interpretation_booths", "wifi"]


def test_a_sessions_people_are_picked_from_a_checklist_of_people(qtbot, shown, editor, small):
    sessions = shown("sessions")
    index = view_index(sessions, "press-briefing", "people")
    sessions.view.edit(index)  # double-click or F2 opens the picker
    qtbot.waitUntil(lambda: sessions.delegate.dialog is not None and sessions.delegate.dialog.isVisible())
    picker = sessions.delegate.dialog
    assert "李雅楠" in " ".join(picker.list.item(i).text() for i in range(picker.list.count()))
    picker.set_checked(small.get(m.Person, "li-yanan").id)
    picker.accept()
    people = [p["person"] for p in stored_session(small, "press-briefing")["people"]]
    assert "li-yanan" in people and len(people) == 2
    editor.undo()
    assert len(stored_session(small, "press-briefing")["people"]) == 1


def test_add_duplicate_and_delete_buttons_edit_the_list(qtbot, shown, editor, small):
    rooms = shown("rooms")
    before = dump_event(small)
    assert not rooms.delete_button.isEnabled()
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    assert rooms.selected_idents() == ["room-1"]
    rooms.select(["sicec-main-hall"])
    qtbot.mouseClick(rooms.duplicate_button, Qt.MouseButton.LeftButton)
    assert rooms.selected_idents() == ["sicec-main-hall-copy"]
    rooms.select(["sicec-room-201", "taian-taishan-hall"])
    qtbot.mouseClick(rooms.delete_button, Qt.MouseButton.LeftButton)
    assert [r["key"] for r in stored(small)["rooms"]] == ["sicec-main-hall", "room-1",
                                                           "sicec-main-hall-copy"]
    assert editor.stack.undoText() == "Delete 2 rooms"
    for _ in range(3):
        editor.undo()
    assert stored(small) == before
    assert rooms.model.rowCount() == 3


def test_one_column_of_the_selection_is_set_in_one_undo_step(qtbot, shown, editor, small):
    rooms = shown("rooms")
    before = dump_event(small)
    rooms.select(["sicec-main-hall", "sicec-room-201", "taian-taishan-hall"])
    rooms.view.selectionModel().setCurrentIndex(view_index(rooms, "sicec-room-201", "seats"),
                                                rooms.view.selectionModel().SelectionFlag.NoUpdate)
    dialog = rooms.ask_column_for_selection()
    assert dialog.input.get() == 120
    dialog.input.put(75)
    dialog.accept()
    assert [r["seats"] for r in stored(small)["rooms"]] == [75, 75, 75]
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Set seats of 3 rooms"
    editor.undo()
    assert stored(small) == before


def test_an_edit_in_a_sorted_and_filtered_table_reaches_the_right_row(qtbot, shown, small):
    sessions = shown("sessions")
    sessions.view.sortByColumn(sessions.spec.column("title_en"), Qt.SortOrder.DescendingOrder)
    sessions.filter.setText("forum")
    assert sessions.proxy.rowCount() == 2
    index = view_index(sessions, "taian-forum", "duration_minutes")
    assert sessions.proxy.setData(index, 100)
    assert stored_session(small, "taian-forum")["duration_minutes"] == 100
    assert stored_session(small, "rcep-forum")["duration_minutes"] != 100


# -- the availability grid ---------------------------------------------------------------------

def shanghai(hour: int, minute: int = 0) -> datetime:
    """28 May 2021 at a time of the event's zone (UTC+8), as stored (UTC)."""
    return datetime(2021, 5, 28, hour - 8, minute, tzinfo=timezone.utc)


def drag(qtbot, grid, first: tuple[int, int], last: tuple[int, int]) -> None:
    start, end = grid.cell_rect(*first).center(), grid.cell_rect(*last).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, pos=QPoint(start.x(), (start.y() + end.y()) // 2))
    qtbot.mouseMove(grid, pos=end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def test_painting_the_grid_stores_an_unavailable_window_and_undo_removes_it(
        qtbot, shown, editor, small):
    availability: AvailabilityEditor = shown("availability")
    availability.select_owner("rooms", "sicec-room-201")
    grid = availability.grid
    assert len(grid.days) == 1 and len(grid.slots) == 20  # 08:00–18:00 in half-hours
    drag(qtbot, grid, (0, 4), (0, 6))  # 10:00 to 11:30 event time

    room = small.get(m.Room, "sicec-room-201")
    windows = small.all(m.Window, room_id=room.id)
    assert [(w.kind, w.start, w.end) for w in windows] == [
        ("unavailable", shanghai(10), shanghai(11, 30))]
    assert editor.stack.undoText() == "Mark unavailable time of room 'Meeting Room 201'"
    assert grid.is_blocked(0, 5) and not grid.is_blocked(0, 7)
    assert "10:00–11:30" in availability.summary.text()

    editor.undo()
    assert small.all(m.Window, room_id=room.id) == []
    assert not grid.is_blocked(0, 5)


def test_dragging_from_marked_time_frees_it_and_undo_brings_back_the_note(qtbot, shown, editor,
                                                                         small):
    availability = shown("availability")
    availability.select_owner("rooms", "sicec-main-hall")
    before = dump_event(small)
    room = small.get(m.Room, "sicec-main-hall")
    assert availability.grid.is_blocked(0, 0)  # the rehearsal, 08:00–08:30
    drag(qtbot, availability.grid, (0, 0), (0, 0))
    assert small.all(m.Window, room_id=room.id) == []
    editor.undo()
    assert stored(small) == before


def test_a_drag_across_blocked_and_free_time_joins_them_into_one_window(qtbot, shown, small):
    availability = shown("availability")
    availability.select_owner("rooms", "sicec-main-hall")
    drag(qtbot, availability.grid, (0, 1), (0, 3))  # 08:30–10:00, next to the rehearsal
    room = small.get(m.Room, "sicec-main-hall")
    [window] = small.all(m.Window, room_id=room.id)
    assert (window.start, window.end, window.note) == (shanghai(8), shanghai(10), "Stage rehearsal")


def test_people_and_groups_have_their_own_unavailable_time(qtbot, shown, small):
    availability = shown("availability")
    availability.select_owner("groups", "asean-delegation")
    drag(qtbot, availability.grid, (0, 18), (0, 19))  # 17:00–18:00
    group = small.get(m.Group, "asean-delegation")
    assert [(w.start, w.end) for w in small.all(m.Window, group_id=group.id)] == [
        (shanghai(17), shanghai(18))]


# -- pictures ----------------------------------------------------------------------------------

def test_an_editor_is_rendered_to_a_png(qapp, small, tmp_path):
    small.close()
    out = render_editor_png("rooms", small.path, tmp_path / "rooms.png", size=(900, 400))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 400)
    Project.open(small.path).close()
