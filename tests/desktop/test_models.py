"""Table models over a project's lists: they follow the Qt model rules, read through the
Project, refresh from Changes and edit only by asking the editor for undo commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from scheduler import Changes, Project
from scheduler.domain import models as m
from scheduler.interchange.json_format import dump_event

from desktop.models import SPECS, EntityTableModel, TravelMatrixModel, ValueRole, table_model

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def stored(project: Project) -> dict:
    with Project.open(project.path) as other:
        return dump_event(other)


def cell(model: EntityTableModel, key, field: str) -> QModelIndex:
    return model.index(model.row_of(key), model.spec.column(field))


def fatal_tester(model) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)


class SignalledRows:
    """The row count a view would believe, from the model's signals alone."""

    def __init__(self, model):
        self.model, self.rows = model, model.rowCount()
        model.rowsInserted.connect(lambda _p, first, last: self._add(last - first + 1))
        model.rowsRemoved.connect(lambda _p, first, last: self._add(first - last - 1))
        model.modelReset.connect(lambda: setattr(self, "rows", model.rowCount()))

    def _add(self, count: int) -> None:
        self.rows += count


def cells(model) -> list[list]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_every_table_model_keeps_the_qt_model_rules_through_edits_and_undo(editor, small):
    models = {name: table_model(name, editor) for name in SPECS}
    travel = TravelMatrixModel(small, editor)
    testers = [fatal_tester(model) for model in (*models.values(), travel)]
    counted = [SignalledRows(model) for model in (*models.values(), travel)]
    assert all(model.rowCount() > 0 for model in models.values())

    def check_against_fresh_models():
        for counter in counted:
            assert counter.rows == counter.model.rowCount(), "rows changed without a signal"
        for name, model in models.items():
            assert cells(model) == cells(EntityTableModel(small, SPECS[name])), name
        assert cells(travel) == cells(TravelMatrixModel(small))

    rooms, sessions = models["rooms"], models["sessions"]
    steps = [
        lambda: rooms.setData(cell(rooms, "sicec-room-201", "seats"), 90),
        lambda: sessions.setData(cell(sessions, "opening", "people"), [1], ValueRole),
        lambda: travel.setData(travel.index(0, 1), 70),
        lambda: editor.add_new(m.Room),
        lambda: editor.duplicate_rows(m.Session, ["opening", "keynote"]),
        lambda: editor.delete_rows(m.City, ["jinan"]),  # venues, rooms, windows and pins go too
    ]
    for step in steps:
        assert step()
        check_against_fresh_models()
    assert rooms.rowCount() == 1
    for move in (editor.undo, editor.redo, editor.undo):
        while (editor.stack.canUndo() if move == editor.undo else editor.stack.canRedo()):
            move()
            check_against_fresh_models()
    assert rooms.rowCount() == 3 and sessions.rowCount() == 10
    assert len(testers) == len(SPECS) + 1


def test_cells_show_names_lists_and_checks_and_leave_other_roles_alone(editor):
    rooms, sessions = table_model("rooms", editor), table_model("sessions", editor)
    hall = cell(rooms, "sicec-main-hall", "venue_id")
    assert hall.data(DISPLAY) == "Shandong International Convention & Exhibition Center"
    assert hall.data(EDIT) == 1
    assert cell(rooms, "sicec-main-hall", "features").data(DISPLAY) == \
        "streaming; interpretation_booths; stage"
    assert cell(rooms, "sicec-main-hall", "name_zh").data(DISPLAY) == "主会场"
    assert cell(sessions, "opening", "interpretation").data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert cell(sessions, "opening", "people").data(DISPLAY) == "Zhou Liqun; Teo Boon Heng; Li Yanan"
    assert cell(sessions, "opening", "pin_start").data(DISPLAY) == "2021-05-28 09:00"  # event time
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.UserRole + 50):
        assert hall.data(role) is None
    assert rooms.headerData(rooms.spec.column("seats"), Qt.Orientation.Horizontal) == "Seats"


def test_editing_a_title_through_the_model_is_stored_and_undone(editor, small):
    sessions = table_model("sessions", editor)
    title = cell(sessions, "opening", "title_en")
    assert sessions.setData(title, "Grand Opening")
    assert title.data(DISPLAY) == "Grand Opening"
    assert next(s for s in stored(small)["sessions"] if s["key"] == "opening")["title_en"] == \
        "Grand Opening"
    editor.undo()
    assert title.data(DISPLAY) == "Opening Ceremony"
    assert next(s for s in stored(small)["sessions"] if s["key"] == "opening")["title_en"] == \
        "Opening Ceremony"
    editor.redo()
    assert title.data(DISPLAY) == "Grand Opening"


@pytest.mark.parametrize("name, key, field, value, reason", [
    ("rooms", "sicec-main-hall", "seats", -10, "Seats: must be a whole number of 0 or more"),
    ("rooms", "sicec-main-hall", "seats", "many", "Seats: must be a whole number, not 'many'"),
    ("people", "li-yanan", "home_timezone", "Asia/Atlantis", "not an IANA time zone name"),
    ("cities", "jinan", "timezone", "Mars/Olympus", "not an IANA time zone name"),
    ("channels", "livestream-main", "name_en", "", "Name: must not be empty"),
    ("sessions", "opening", "kind", "gala", "'gala' is not one of"),
    ("sessions", "opening", "pin_start", "tomorrow", "is not a date and time"),
    ("rooms", "sicec-main-hall", "venue_id", "nowhere", "there is no venue 'nowhere'"),
])
def test_invalid_input_is_refused_with_its_reason_and_nothing_is_stored(
        qtbot, editor, small, name, key, field, value, reason):
    model = table_model(name, editor)
    before = dump_event(small)
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(cell(model, key, field), value)
    assert reason in refused.args[0]
    assert reason in model.last_error
    assert stored(small) == before
    assert editor.stack.count() == 0


def test_a_reference_may_be_typed_as_a_key(editor, small):
    rooms = table_model("rooms", editor)
    assert rooms.setData(cell(rooms, "sicec-room-201", "venue_id"), "taian-tcc")
    assert small.get(m.Room, "sicec-room-201").venue_id == small.get(m.Venue, "taian-tcc").id


def test_the_model_refreshes_only_when_its_tables_change(editor, small):
    rooms = table_model("rooms", editor)
    reloads = []
    original = rooms.reload
    rooms.reload = lambda: (reloads.append(1), original())
    editor.set_field(m.Session, "opening", "title_en", "Grand Opening")
    editor.set_field(m.Person, "li-yanan", "position", "Host")
    assert reloads == []
    editor.set_field(m.Venue, "jinan-sicec", "name_en", "SICEC")
    assert reloads == [1], "rooms show their venue's name"
    assert cell(rooms, "sicec-main-hall", "venue_id").data(DISPLAY) == "SICEC"


def test_a_change_announced_from_elsewhere_refreshes_the_model(editor, small):
    rooms = table_model("rooms", editor)
    small.update(m.Room, "sicec-room-201", seats=99)  # e.g. an import, outside the undo stack
    editor.announce(Changes.of(m.Room))
    assert cell(rooms, "sicec-room-201", "seats").data(DISPLAY) == 99


def test_a_sessions_people_are_set_from_a_list_of_people(editor, small):
    sessions = table_model("sessions", editor)
    ids = {p.key: p.id for p in small.all(m.Person)}
    people = cell(sessions, "press-briefing", "people")
    assert sessions.setData(people, [ids["li-yanan"], ids["dewi-kartika-sari"]], ValueRole)
    assert people.data(DISPLAY) == "Li Yanan; Dewi Kartika Sari"
    editor.undo()
    assert people.data(EDIT) == [p.person_id for p in
                                 small.all(m.SessionPerson,
                                           session_id=small.get(m.Session, "press-briefing").id)]


def test_checkboxes_edit_booleans(editor, small):
    sessions = table_model("sessions", editor)
    check = cell(sessions, "opening", "interpretation")
    assert sessions.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert sessions.setData(check, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert small.get(m.Session, "opening").interpretation is False


def test_without_an_editor_the_model_is_read_only(small):
    rooms = EntityTableModel(small, SPECS["rooms"])
    seats = cell(rooms, "sicec-main-hall", "seats")
    assert not rooms.flags(seats) & Qt.ItemFlag.ItemIsEditable
    assert not rooms.setData(seats, 10)
    assert "read-only" in rooms.last_error
    assert small.get(m.Room, "sicec-main-hall").seats == 400


def test_the_travel_matrix_edits_minutes_between_cities(qtbot, editor, small):
    travel = TravelMatrixModel(small, editor)
    fatal_tester(travel)
    assert travel.headerData(1, Qt.Orientation.Horizontal) == "Tai'an"
    assert travel.data(travel.index(0, 0)) == "—"
    assert not travel.flags(travel.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert travel.data(travel.index(0, 1)) == 75
    assert travel.setData(travel.index(0, 1), "95")
    assert travel.data(travel.index(0, 1)) == 95
    with qtbot.waitSignal(travel.refused):
        assert not travel.setData(travel.index(0, 1), -4)
    assert travel.setData(travel.index(1, 0), "")
    assert travel.data(travel.index(1, 0)) == ""
    assert [t["minutes"] for t in stored(small)["travel_times"]] == [95]
    editor.undo()
    editor.undo()
    assert [t["minutes"] for t in stored(small)["travel_times"]] == [75, 75]


@pytest.mark.parametrize("name, key, field, value, reason", [
    ("rooms", "sicec-room-201", "name_en", "Main Hall", "another room in this venue is already called"),
    ("people", "li-yanan", "name_en", "Zhou Liqun", "another person is already called 'Zhou Liqun'"),
    ("sessions", "closing", "key", "opening", "another session has the key 'opening'"),
])
def test_a_name_or_key_that_is_taken_is_refused_at_the_field(editor, small, name, key, field, value,
                                                             reason):
    model = table_model(name, editor)
    assert not model.setData(cell(model, key, field), value)
    assert reason in model.last_error
    assert editor.stack.count() == 0


def test_a_room_may_share_its_name_with_a_room_of_another_venue(editor, small):
    rooms = table_model("rooms", editor)
    assert rooms.setData(cell(rooms, "taian-taishan-hall", "name_en"), "Main Hall")


def test_setting_a_value_a_row_already_has_adds_no_undo_step(editor):
    rooms, sessions = table_model("rooms", editor), table_model("sessions", editor)
    assert rooms.setData(cell(rooms, "sicec-main-hall", "seats"), 400)
    assert sessions.setData(cell(sessions, "opening", "people"),
                            list(reversed(cell(sessions, "opening", "people").data(EDIT))), ValueRole)
    assert editor.stack.count() == 0
