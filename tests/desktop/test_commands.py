"""Undo commands and the ProjectEditor: every edit is stored at once, undone exactly, and
refused edits leave neither data nor history behind."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtGui import QUndoStack

from scheduler import Project
from scheduler.domain import models as m
from scheduler.interchange.json_format import dump_event

from desktop.commands import (DeleteRowCommand, DuplicateRowCommand, SetFieldCommand)
from desktop.commands.windows import plan_unavailable


def utc(hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 5, 28, hour, minute, tzinfo=timezone.utc)


def stored(project: Project) -> dict:
    """The project as a fresh connection reads it from the file: only committed data."""
    with Project.open(project.path) as other:
        return dump_event(other)


def session(document: dict, key: str) -> dict:
    return next(s for s in document["sessions"] if s["key"] == key)


def test_set_field_remembers_the_old_value_when_built(small):
    stack = QUndoStack()
    command = SetFieldCommand(small, m.Room, "sicec-room-201", "seats", 90)
    assert (command.old_value, command.new_value) == (120, 90)
    assert command.text() == "Set seats of room 'Meeting Room 201'"
    stack.push(command)
    assert small.get(m.Room, "sicec-room-201").seats == 90
    stack.undo()
    assert small.get(m.Room, "sicec-room-201").seats == 120
    stack.redo()
    assert small.get(m.Room, "sicec-room-201").seats == 90


def test_every_edit_undo_and_redo_is_committed_to_the_file(editor, small):
    assert editor.set_field(m.Session, "keynote", "title_en", "Keynote on RCEP")
    assert session(stored(small), "keynote")["title_en"] == "Keynote on RCEP"
    editor.undo()
    assert session(stored(small), "keynote")["title_en"] == "Keynote: SMEs and the RCEP Opportunity"
    editor.redo()
    assert session(stored(small), "keynote")["title_en"] == "Keynote on RCEP"


def test_redo_and_undo_announce_what_they_touched(qtbot, editor):
    with qtbot.waitSignal(editor.changed) as edited:
        editor.set_field(m.Room, "sicec-room-201", "seats", 10)
    assert edited.args[0].touches(m.Room) and not edited.args[0].touches(m.Session)
    with qtbot.waitSignal(editor.changed) as undone:
        editor.undo()
    assert undone.args[0].touches(m.Room)


def test_deleting_a_session_and_undoing_restores_it_with_every_link(editor, small):
    keynote = small.get(m.Session, "keynote")
    small.add(m.Assignment(session_id=keynote.id, room_id=small.get(m.Room, "sicec-main-hall").id,
                           start=utc(2)),
              m.PlaceRule(session_id=keynote.id, kind="prohibited", room_tag="meeting"))
    before = dump_event(small)
    assert session(before, "keynote")["people"] and session(before, "keynote")["windows"]
    assert before["relations"] and before["schedule"]

    assert editor.delete_rows(m.Session, ["keynote"])
    gone = stored(small)
    assert "keynote" not in [s["key"] for s in gone["sessions"]]
    assert gone["relations"] == [] and gone["schedule"] == []
    assert all(s["session"] != "keynote" for s in gone["groups"][0]["sessions"])

    editor.undo()
    assert stored(small) == before
    editor.redo()
    assert stored(small) == gone


def test_deleting_a_city_and_undoing_restores_venues_rooms_windows_and_pins(editor, small):
    before = dump_event(small)
    assert editor.delete_rows(m.City, ["jinan"])
    after = stored(small)
    assert [r["key"] for r in after["rooms"]] == ["taian-taishan-hall"]
    assert session(after, "opening")["pin"]["room"] is None, "the pin to a lost room is cleared"
    editor.undo()
    assert stored(small) == before


def test_a_multi_row_edit_is_one_undo_step(editor, small):
    before = dump_event(small)
    rooms = [room.key for room in small.all(m.Room)]
    assert editor.set_fields(m.Room, rooms, "seats", 50)
    assert editor.stack.count() == 1
    assert editor.stack.undoText() == "Set seats of 3 rooms"
    assert {room["seats"] for room in stored(small)["rooms"]} == {50}
    editor.undo()
    assert [room["seats"] for room in stored(small)["rooms"]] == [400, 120, 200]
    assert stored(small) == before


def test_a_refused_row_in_a_multi_row_edit_leaves_nothing_behind(editor, small):
    before = dump_event(small)
    same_venue = ["sicec-main-hall", "sicec-room-201"]
    assert not editor.set_fields(m.Room, same_venue, "name_en", "Hall")
    assert "another room already has" in editor.last_error
    assert stored(small) == before
    assert editor.stack.count() == 0 and not editor.stack.canRedo()


@pytest.mark.parametrize("model, key, field, value, reason", [
    (m.Room, "sicec-main-hall", "seats", -5, "0 or more"),
    (m.City, "jinan", "timezone", "Asia/Atlantis", "not an IANA time zone"),
    (m.Person, "li-yanan", "name_en", "  ", "must not be empty"),
])
def test_invalid_values_are_refused_with_a_reason_and_not_stored(qtbot, editor, small, model, key,
                                                                 field, value, reason):
    before = dump_event(small)
    with qtbot.waitSignal(editor.failed) as failed:
        assert not editor.set_field(model, key, field, value)
    assert reason in failed.args[0]
    assert stored(small) == before
    assert editor.stack.count() == 0


def test_renaming_a_key_can_be_undone(editor, small):
    assert editor.set_field(m.Session, "closing", "key", "closing-ceremony")
    assert small.get(m.Session, "closing-ceremony")
    editor.undo()
    assert small.get(m.Session, "closing").key == "closing"


def test_duplicating_a_session_copies_its_people_with_a_new_key_and_uid(editor, small):
    before = dump_event(small)
    assert editor.duplicate_rows(m.Session, ["opening"])
    copy = session(stored(small), "opening-copy")
    original = session(before, "opening")
    assert copy["title_en"] == "Opening Ceremony (copy)"
    assert copy["uid"] != original["uid"]
    assert copy["people"] == original["people"]
    editor.undo()
    assert stored(small) == before
    editor.redo()
    assert session(stored(small), "opening-copy") == copy


def test_adding_a_row_then_undo_and_redo_keeps_its_identity(editor, small):
    key = editor.add_new(m.Room)
    assert key == "room-1"
    room = small.get(m.Room, key)
    assert room.venue_id == small.all(m.Venue)[0].id
    editor.undo()
    assert [r.key for r in small.all(m.Room)] == ["sicec-main-hall", "sicec-room-201",
                                                  "taian-taishan-hall"]
    editor.redo()
    assert small.get(m.Room, key).id == room.id


def test_setting_a_sessions_people_keeps_roles_and_undo_restores_them(editor, small):
    before = dump_event(small)
    opening = small.get(m.Session, "opening")
    ids = {p.key: p.id for p in small.all(m.Person)}
    assert editor.set_links(m.SessionPerson, "session_id", opening.id, "person_id",
                            [ids["li-yanan"], ids["chen-zhiyuan"]], "Set people")
    people = session(stored(small), "opening")["people"]
    assert {p["person"]: p["role"] for p in people} == {"li-yanan": "host", "chen-zhiyuan": "speaker"}
    editor.undo()
    assert stored(small) == before


def test_travel_times_are_set_cleared_and_restored(editor, small):
    before = dump_event(small)
    jinan, taian = (c.id for c in small.all(m.City))
    assert editor.set_travel_time(jinan, taian, 80)
    assert stored(small)["travel_times"][0]["minutes"] == 80
    assert editor.set_travel_time(jinan, taian, None)
    assert len(stored(small)["travel_times"]) == 1
    assert not editor.set_travel_time(jinan, taian, -1)
    editor.undo()
    editor.undo()
    assert stored(small) == before


def test_a_command_that_no_longer_fits_the_data_is_reported_and_the_history_cleared(
        qtbot, editor, small):
    editor.set_field(m.Room, "sicec-room-201", "seats", 10)
    small.delete(m.Room, "sicec-room-201")  # changed behind the editor's back
    with qtbot.waitSignal(editor.failed) as failed:
        editor.undo()
    assert "Could not undo" in failed.args[0] and "no room with key" in failed.args[0]
    qtbot.waitUntil(lambda: editor.stack.count() == 0)


def test_delete_command_snapshots_when_built(small):
    command = DeleteRowCommand(small, m.Person, "teo-boon-heng")
    kinds = {model.__name__ for model, _ in command.rows}
    assert {"Person", "SessionPerson", "GroupMember"} <= kinds
    stack = QUndoStack()
    before = dump_event(small)
    stack.push(command)
    assert "teo-boon-heng" not in [p["key"] for p in dump_event(small)["people"]]
    stack.undo()
    assert dump_event(small) == before


def test_duplicate_command_names_its_copy(small):
    command = DuplicateRowCommand(small, m.Room, "sicec-main-hall")
    assert command.text() == "Duplicate room 'Main Hall'"
    assert command.ident == "sicec-main-hall-copy"


# -- painting unavailable time (plain interval arithmetic) --------------------------------------

class W:
    def __init__(self, start, end, note=""):
        self.start, self.end, self.note = start, end, note


def test_painting_next_to_a_window_joins_them_and_keeps_its_note():
    rehearsal = W(utc(0), utc(0, 30), "rehearsal")
    plan = plan_unavailable([rehearsal], painted=[(utc(0, 30), utc(1))], erased=[])
    assert plan.remove == [rehearsal]
    assert plan.add == [(utc(0), utc(1), "rehearsal")]


def test_erasing_the_middle_of_a_window_splits_it():
    block = W(utc(1), utc(4))
    plan = plan_unavailable([block], painted=[], erased=[(utc(2), utc(3))])
    assert plan.remove == [block]
    assert plan.add == [(utc(1), utc(2), ""), (utc(3), utc(4), "")]


def test_windows_the_stroke_does_not_touch_stay_as_they_are():
    far = W(utc(8), utc(9), "press")
    plan = plan_unavailable([far], painted=[(utc(1), utc(2))], erased=[])
    assert plan.remove == [] and plan.add == [(utc(1), utc(2), "")]


def test_painting_time_that_is_already_unavailable_changes_nothing():
    block = W(utc(1), utc(4))
    assert not plan_unavailable([block], painted=[(utc(2), utc(3))], erased=[])


def test_a_macro_is_announced_once_and_undo_from_the_menu_announces_too(qtbot, editor, small):
    heard = []
    editor.changed.connect(heard.append)
    editor.set_fields(m.Room, [room.key for room in small.all(m.Room)], "seats", 5)
    assert len(heard) == 1 and heard[0].touches(m.Room)
    undo = editor.undo_action(editor)
    assert undo.text() == "&Undo Set seats of 3 rooms"
    undo.trigger()
    assert len(heard) == 2 and small.get(m.Room, "sicec-main-hall").seats == 400
