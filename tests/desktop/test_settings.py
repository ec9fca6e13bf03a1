"""What the app remembers between runs: the language of names and the last export folder.

Every test keeps its settings in a folder of its own under a test-only organisation, so the
user's settings are never read or written; a "restart" is a new MainWindow.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

import desktop.main_window as main_window
from desktop import settings as prefs
from resources import sample_path
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot
import desktop_kit as kit
from desktop_kit import open_window


@pytest.fixture(autouse=True)
def own_settings(qapp, tmp_path):
    with kit.settings_in(qapp, tmp_path / "settings", "settings-tests") as folder:
        assert prefs.store().fileName().startswith(str(folder))
        yield folder


@pytest.fixture
def small_path(tmp_path):
    """The small sample with the opening stored at its pin, and the keynote's Chinese title
    removed (it must fall back to English)."""
    document = json.loads(sample_path("small").read_text(encoding="utf-8"))
    keynote = next(s for s in document["sessions"] if s["key"] == "keynote")
    keynote["title_zh"] = ""
    source = tmp_path / "small.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "small.slotwise"
    with create_project_from_json(path, source) as project:
        problem = snapshot(project)
        save_schedule(project, problem, {"opening": Placement("opening", problem.session["opening"].pin_start,
                                                              "sicec-main-hall", "livestream-main")})
    return path


def shown_names(window) -> dict:
    """What the organiser reads: the opening's block, the Main Hall column, the unscheduled
    keynote, the details of the opening."""
    scene = window.tabs.views[0].day_scene()
    [block, *_] = scene.blocks["opening"]
    hall = next(c for c in scene.grid.columns if c.key == "sicec-main-hall")
    window.select_session("opening")
    row = window.unscheduled.shown_keys().index("keynote")
    keynote = window.unscheduled.proxy.index(row, 0).data()
    return {"block": (block.texts["title"], block.texts["title_zh"]),
            "column": (hall.name, hall.name_zh, hall.group, hall.subgroup),
            "unscheduled": keynote.splitlines()[0], "details": window.details.toPlainText()}


def test_english_is_the_language_until_chosen_otherwise(qtbot, small_path):
    window = open_window(qtbot, small_path)
    assert window.language == "en" and window.language_actions["en"].isChecked()
    shown = shown_names(window)
    assert shown["block"] == ("Opening Ceremony", "开幕式")
    assert shown["column"] == ("Main Hall", "主会场", "Jinan 济南",
                               "Shandong International Convention & Exhibition Center 山东国际会展中心")
    assert shown["unscheduled"] == "Keynote: SMEs and the RCEP Opportunity"
    assert shown["details"].startswith("Opening Ceremony\n开幕式")


def test_chinese_names_are_shown_and_remembered_across_a_restart(qtbot, small_path):
    window = open_window(qtbot, small_path)
    window.language_actions["zh"].trigger()
    assert window.language == "zh" and window.language_actions["zh"].isChecked()
    assert not window.language_actions["en"].isChecked()

    def check_chinese(shown):
        assert shown["block"] == ("开幕式", "Opening Ceremony"), "Chinese first, English below"
        assert shown["column"] == ("主会场", "Main Hall", "济南 Jinan",
                                   "山东国际会展中心 Shandong International Convention & Exhibition Center")
        assert shown["unscheduled"] == "Keynote: SMEs and the RCEP Opportunity", "no Chinese: English"
        assert shown["details"].startswith("开幕式\nOpening Ceremony")

    check_chinese(shown_names(window))
    assert "济南" in [window.unscheduled.city.itemText(i) for i in range(window.unscheduled.city.count())]
    window.close()

    again = open_window(qtbot, small_path)
    assert again.language == "zh" and again.language_actions["zh"].isChecked()
    check_chinese(shown_names(again))
    again.language_actions["en"].trigger()
    assert shown_names(again)["block"] == ("Opening Ceremony", "开幕式")
    assert prefs.language() == "en"


def test_chinese_names_change_only_what_is_shown(qtbot, small_path):
    window = open_window(qtbot, small_path)
    kit.wait_for_findings(qtbot, window)
    english = window.state
    window.set_language("zh")
    kit.wait_for_findings(qtbot, window)
    assert english.validation is not None
    assert {s.key for s in window.state.problem.sessions} == {s.key for s in english.problem.sessions}
    assert window.state.schedule == english.schedule
    assert window.state.validation == english.validation
    with Project.open(small_path) as project:
        assert snapshot(project).session["opening"].title == "Opening Ceremony", "the data is as it was"


def test_export_and_save_a_copy_start_in_the_last_folder_used(qtbot, small_path, tmp_path, monkeypatch):
    asked, answers = [], []

    def save_dialog(parent, caption, start, *rest):
        asked.append((caption, start))
        return answers.pop(0)

    monkeypatch.setattr(main_window.QFileDialog, "getSaveFileName", save_dialog)
    exports, copies = tmp_path / "exports", tmp_path / "copies"
    exports.mkdir()
    copies.mkdir()
    window = open_window(qtbot, small_path)

    answers.append((str(exports / "programme"), "Event JSON (*.json)"))
    window.export_action.trigger()
    assert asked[-1] == ("Export", str(tmp_path / "small")), "at first: the project's folder"
    assert (exports / "programme.json").is_file()
    assert prefs.last_export_folder() == exports.resolve()

    answers.append((str(copies / "backup.slotwise"), ""))
    window.save_copy_action.trigger()
    assert asked[-1] == ("Save a copy as", str(exports.resolve() / "small copy.slotwise"))
    assert (copies / "backup.slotwise").is_file()
    window.close()

    again = open_window(qtbot, small_path)
    answers.append(("", ""))  # the organiser cancels
    again.export_action.trigger()
    assert asked[-1] == ("Export", str(copies.resolve() / "small")), "remembered across a restart"


def test_a_remembered_folder_that_is_gone_is_forgotten(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    prefs.set_last_export_folder(gone)
    assert prefs.last_export_folder() == gone.resolve()
    gone.rmdir()
    assert prefs.last_export_folder() is None


def test_the_keys_are_stored_under_their_names_and_bad_values_fall_back(qapp):
    prefs.set_language("zh")
    assert QSettings().value(prefs.LANGUAGE) == "zh"
    QSettings().setValue(prefs.LANGUAGE, "klingon")
    assert prefs.language() == "en"
    with pytest.raises(ValueError):
        prefs.set_language("klingon")


def test_an_app_without_an_organisation_remembers_nothing(qapp, tmp_path):
    qapp.setOrganizationName("")
    prefs.set_language("zh")
    prefs.set_last_export_folder(tmp_path)
    assert prefs.language() == "en" and prefs.last_export_folder() is None
    assert prefs.window_layout() == (None, None)
