"""The window as a workspace: editors with undo, the File menu's actions, remembered settings."""

from __future__ import annotations

import csv
import json
from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from desktop import file_actions as files
from desktop.editors import EDITOR_KINDS
from resources import sample_path
from scheduler import Project, SlotwiseError
from scheduler.domain import models as m
from scheduler.interchange.json_format import create_project_from_json, dump_event
from scheduler.interchange.tables_csv import export_csv
import desktop_kit as kit
from desktop_kit import open_window


@pytest.fixture(autouse=True)
def own_settings(qapp, tmp_path):
    with kit.settings_in(qapp, tmp_path / "settings", "workspace-tests") as folder:
        assert files.settings().fileName().startswith(str(folder))
        yield folder


@pytest.fixture
def small_path(tmp_path):
    create_project_from_json(tmp_path / "small.slotwise", sample_path("small")).close()
    return tmp_path / "small.slotwise"


def stored_title(path, key: str) -> str:
    with Project.open(path) as project:
        return next(s for s in dump_event(project)["sessions"] if s["key"] == key)["title_en"]


def set_title(widget, key: str, title: str) -> bool:
    model = widget.model
    return model.setData(model.index(model.row_of(key), widget.spec.column("title_en")), title,
                         Qt.ItemDataRole.EditRole)


def test_an_edit_in_the_sessions_editor_is_stored_and_undone_and_redone(qtbot, small_path):
    window = open_window(qtbot, small_path)
    assert not window.undo_action.isEnabled()
    sessions = window.show_editor("sessions")
    assert window.editor_docks["sessions"].isVisible()
    assert set_title(sessions, "opening", "Grand Opening")
    assert stored_title(small_path, "opening") == "Grand Opening"
    assert "Grand Opening" in {s.title for s in window.state.problem.sessions}, "the window refreshed"
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Set title of session 'Opening Ceremony'"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redo_action.shortcuts()]
    window.undo_action.trigger()
    assert stored_title(small_path, "opening") == "Opening Ceremony"
    assert "Opening Ceremony" in {s.title for s in window.state.problem.sessions}
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert stored_title(small_path, "opening") == "Grand Opening"


def test_every_editor_kind_opens_from_the_data_menu_and_refusals_reach_the_status_bar(qtbot, small_path):
    window = open_window(qtbot, small_path)
    for kind in EDITOR_KINDS:
        window.data_actions[kind].trigger()
        assert window.editor_docks[kind].isVisible()
    assert not window.editor.set_field(m.Session, "opening", "title_en", "")
    assert window.statusBar().currentMessage() == window.editor.last_error != ""


def test_new_project_makes_a_file_that_opens(qtbot, tmp_path):
    window = open_window(qtbot)
    assert not window.data_actions["sessions"].isEnabled()
    path = window.new_project(tmp_path / "fresh.slotwise", "Trade Fair", "Asia/Bangkok",
                              date(2026, 3, 2), 2, (time(9, 0), time(17, 30)), 15)
    assert window.project is not None and window.project.path == path
    assert "Trade Fair" in window.windowTitle()
    assert window.data_actions["sessions"].isEnabled()
    with Project.open(path) as project:
        event = project.event()
    assert (event.name_en, event.timezone, event.start_date, event.day_count) == \
        ("Trade Fair", "Asia/Bangkok", date(2026, 3, 2), 2)
    assert (event.day_start, event.day_end, event.granularity_minutes) == (time(9), time(17, 30), 15)
    with pytest.raises(SlotwiseError):  # the file is there now
        window.new_project(path, "Again", "Asia/Bangkok", date(2026, 3, 2), 1, "08:00-18:00", 5)


def test_save_a_copy_writes_a_file_that_opens_and_the_original_stays_open(qtbot, small_path, tmp_path):
    window = open_window(qtbot, small_path)
    copy = window.save_copy(tmp_path / "copy.slotwise")
    assert window.project.path == small_path
    with Project.open(copy) as project:
        assert project.event().name_en == window.project.event().name_en
        assert project.counts() == window.project.counts()


def test_importing_a_csv_list_updates_the_project_and_the_views(qtbot, small_path, tmp_path):
    window = open_window(qtbot, small_path)
    sessions = window.show_editor("sessions")
    assert set_title(sessions, "opening", "Grand Opening")  # an undo step below the import's
    out = tmp_path / "lists"
    out.mkdir()
    export_csv(window.project, out)
    table = out / "sessions.csv"
    with open(table, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    title = rows[0].index("title_en")
    for row in rows[1:]:
        if row[0] == "opening":
            row[title] = "Opening of the Sample Day"
    with open(table, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    summary = window.import_file(table)
    assert summary.updated["sessions"] == 1
    assert stored_title(small_path, "opening") == "Opening of the Sample Day"
    assert "Opening of the Sample Day" in {s.title for s in window.state.problem.sessions}
    model = sessions.model
    shown = model.index(model.row_of("opening"), sessions.spec.column("title_en")).data()
    assert shown == "Opening of the Sample Day"
    assert window.undo_action.text() == "&Undo Import sessions.csv"  # one step, on top
    window.undo_action.trigger()
    assert stored_title(small_path, "opening") == "Grand Opening"


def test_importing_json_makes_and_opens_a_new_project(qtbot, small_path, tmp_path):
    window = open_window(qtbot, small_path)
    document = json.loads(sample_path("small").read_text(encoding="utf-8"))
    document["event"]["name_en"] = "Imported Day"
    source = tmp_path / "imported.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = window.import_file(source)
    assert target == tmp_path / "imported.slotwise" and target.exists()
    assert window.project.path == target
    assert "Imported Day" in window.windowTitle()
    assert stored_title(small_path, "opening") == "Opening Ceremony", "the old project is untouched"
    with pytest.raises(SlotwiseError):  # never over an existing file
        window.import_file(source)


def test_export_by_file_type(qtbot, small_path, tmp_path):
    window = open_window(qtbot, small_path)
    [json_file] = window.export_file(tmp_path / "out.json")
    assert json.loads(json_file.read_text(encoding="utf-8"))["event"]["name_en"]
    [book] = window.export_file(tmp_path / "out.xlsx")
    assert book.stat().st_size > 0
    written = window.export_file(tmp_path / "lists.csv")
    assert {p.name for p in written} == {"sessions.csv", "people.csv", "rooms.csv", "channels.csv"}
    assert all(p.parent == tmp_path / "lists" for p in written)


def test_open_recent_lists_the_files_opened_newest_first(qtbot, small_path, tmp_path, monkeypatch):
    import desktop.main_window as main_window

    warnings = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    other = tmp_path / "other.slotwise"
    create_project_from_json(other, sample_path("small")).close()
    window = open_window(qtbot, small_path)
    window.load_project(other)
    shown = [a.text() for a in window.fill_recent_menu()]
    assert shown == [str(other.resolve()), str(small_path.resolve())]
    for n in range(10):
        files.remember_file(tmp_path / f"{n}.slotwise")
    assert len(files.recent_files()) == files.RECENT_LIMIT
    window.fill_recent_menu()[0].trigger()  # it does not exist: a message, and nothing changes
    assert warnings and window.project.path == other


def test_the_window_layout_is_saved_on_close_and_restored(qtbot, small_path):
    window = open_window(qtbot, small_path)
    window.docks["details"].hide()
    window.close()
    assert files.settings().value("window/state") is not None
    again = open_window(qtbot, small_path)
    assert not again.docks["details"].isVisible()
    assert again.docks["unscheduled"].isVisible()


def test_the_new_dialog_gives_what_new_project_takes(qtbot, tmp_path):
    window = open_window(qtbot)
    dialog = files.NewProjectDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Dialog Day")
    dialog.zone.set_zone("Asia/Jakarta")
    dialog.days.setValue(3)
    path = window.new_project(files.as_project_path(tmp_path / "from-dialog"), **dialog.values())
    assert path.name == "from-dialog.slotwise"
    with Project.open(path) as project:
        assert (project.event().timezone, project.event().day_count) == ("Asia/Jakarta", 3)


def test_an_app_without_an_organisation_keeps_no_settings(qapp, own_settings):
    qapp.setOrganizationName("")
    assert files.settings() is None and files.recent_files() == []
