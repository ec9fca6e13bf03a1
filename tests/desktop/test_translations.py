"""Chinese and English: the shipped translation covers every text of desktop/, the window
speaks the language chosen (at start-up and when switched), and dates follow the locale.

The translations are real: lupdate reads the sources, lrelease compiles the shipped .ts, and
QTranslators with the compiled .qm are installed on the test's QApplication."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDockWidget, QTabBar

from desktop import locale_format as lf
from desktop import settings as prefs
from desktop import translations
from desktop.file_actions import NewProjectDialog
from scheduler.domain import models as m

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json

from desktop_kit import open_window, settings_in

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "resources" / "translations" / "slotwise_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.fixture
def small_path(tmp_path):
    path = tmp_path / "small.slotwise"
    create_project_from_json(path, sample_path("small")).close()
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The user cache folder (where a source install compiles the .qm) inside the test's folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def chinese_settings(qapp, tmp_path, cache):
    """Settings of the test's own with the language set to Chinese; English comes back after."""
    with settings_in(qapp, tmp_path / "settings", "translations") as folder:
        prefs.set_language("zh")
        yield folder
    translations.install(qapp, "en")


@pytest.fixture
def english_afterwards(qapp, cache):
    yield
    translations.install(qapp, "en")


# -- the .ts against the code ------------------------------------------------------------------

def test_every_text_in_the_code_is_in_the_shipped_translation(tmp_path):
    fresh = tmp_path / "slotwise_zh_CN.ts"
    translations.lupdate(fresh)
    in_code, shipped = messages(fresh), messages(SHIPPED)
    missing = sorted(set(in_code) - set(shipped))
    assert len(in_code) > 500
    assert not missing, ("texts without a translation (run `python -m desktop.translations update` "
                         f"and translate them): {missing[:20]}")


def test_every_text_is_filed_under_its_own_context(qapp, english_afterwards):
    """lupdate files a text under the empty context when the code names its context through a
    variable or a helper; desktop/solving.py, desktop/commands/placing.py and the drop marker
    name theirs literally now, so nothing is homeless and each text is found where it is asked
    for (the translator looks nowhere else)."""
    homeless = [source for (context, source) in messages(SHIPPED) if not context]
    assert not homeless, homeless[:10]
    translations.install(qapp, "zh")
    assert QCoreApplication.translate("DropMarker", "Not allowed") == "不允许"
    assert QCoreApplication.translate("SolveOperation", "Apply solve (1 session scheduled)") == \
        "应用求解结果（已安排 1 个场次）"
    assert QCoreApplication.translate("PlaceSessionCommand", "Unpin '{title}'") == "解除锁定“{title}”"
    assert QCoreApplication.translate("NoSuchContext", "no such text") == "no such text"


def test_every_message_is_translated_with_the_same_placeholders():
    shipped = messages(SHIPPED)
    assert len(shipped) > 500
    for (context, source), message in shipped.items():
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                (context, source, text)
            if "&" in source.replace("&&", ""):
                assert "&" in text, f"the accelerator of {source!r} is lost in {text!r}"


# -- compiling and loading ---------------------------------------------------------------------

def test_the_packaging_command_compiles_a_qm_that_qt_loads(tmp_path):
    out = tmp_path / "bundle"
    result = subprocess.run([sys.executable, "-m", "desktop.translations", "compile", str(out)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    qm = out / "slotwise_zh_CN.qm"
    assert qm.is_file() and str(qm) in result.stdout
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"


def test_a_source_install_compiles_into_the_cache_and_again_when_the_ts_changes(
        tmp_path, cache, monkeypatch):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    ts = shipped / SHIPPED.name
    ts.write_bytes(SHIPPED.read_bytes())
    monkeypatch.setattr(translations, "shipped_folder", lambda: shipped)
    first = translations.qm_file("zh_CN")
    assert first is not None and first.is_relative_to(cache) and first.is_file()
    made = first.stat().st_mtime_ns
    assert translations.qm_file("zh_CN").stat().st_mtime_ns == made, "no recompiling while current"
    later = first.stat().st_mtime + 10
    os.utime(ts, (later, later))
    assert translations.qm_file("zh_CN").stat().st_mtime_ns != made, "recompiled after the .ts"


def test_installing_chinese_and_then_english(qapp, english_afterwards):
    installed = translations.install(qapp, "zh")
    assert len(installed) == 2, "ours and Qt's qtbase"
    assert translations.installed_language() == "zh"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消", "Qt's own buttons"
    assert QLocale().language() == QLocale.Language.Chinese
    assert translations.install(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert translations.installed_language() == "en"


# -- the window --------------------------------------------------------------------------------

def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def dock_titles(window) -> dict[str, str]:
    return {name: dock.windowTitle() for name, dock in window.docks.items()}


def test_the_window_starts_in_the_stored_language(qtbot, chinese_settings, small_path):
    window = open_window(qtbot, small_path)
    assert menu_titles(window)[:5] == ["文件(&F)", "编辑(&E)", "数据(&D)", "视图(&V)", "日程(&S)"]
    assert dock_titles(window) == {"unscheduled": "未安排", "details": "详情", "conflicts": "冲突",
                                   "solve": "求解"}
    assert window.data_actions["sessions"].text() == "场次…"
    dialog = NewProjectDialog(window)
    assert dialog.windowTitle() == "新建项目"
    assert window.editor.set_field(m.Room, "sicec-room-201", "seats", 77)
    assert window.undo_action.text() == "撤销(&U) 设置会场“Meeting Room 201”的座位数"
    assert "2021年5月28日" in window.summary.text() and "共 1 天" in window.summary.text()
    assert window.tabs.tabText(0).endswith("5月28日 周五")


def test_english_is_english(qtbot, small_path, english_afterwards):
    window = open_window(qtbot, small_path)
    assert menu_titles(window)[:5] == ["&File", "&Edit", "&Data", "&View", "&Schedule"]
    assert dock_titles(window)["conflicts"] == "Conflicts"
    assert NewProjectDialog(window).windowTitle() == "New project"
    assert window.editor.set_field(m.Room, "sicec-room-201", "seats", 77)
    assert window.undo_action.text() == "&Undo Set seats of room 'Meeting Room 201'"
    assert "28 May 2021" in window.summary.text()


def test_switching_language_takes_effect_at_once_and_keeps_the_work(qtbot, tmp_path, qapp,
                                                                  small_path, cache):
    with settings_in(qapp, tmp_path / "settings", "switch"):
        window = open_window(qtbot, small_path)
        project, editor = window.project, window.editor
        assert window.editor.set_field(m.Room, "sicec-room-201", "seats", 77)
        window.select_session("opening")
        docks_before = len(window.findChildren(QDockWidget))

        window.language_actions["zh"].trigger()
        qtbot.wait(50)  # the dock sizes settle on the next turn of the event loop
        assert prefs.language() == "zh" and window.language_actions["zh"].isChecked()
        assert menu_titles(window)[0] == "文件(&F)" and dock_titles(window)["solve"] == "求解"
        assert window.project is project and window.editor is editor, "the same project and history"
        assert window.undo_action.isEnabled()
        assert window.undo_action.text() == "撤销(&U) Set seats of room 'Meeting Room 201'", \
            "a step keeps the words it was named in"
        assert window.details.key == "opening" and window.details.toPlainText().startswith("开幕式")
        assert len(window.findChildren(QDockWidget)) == docks_before, "no dock twice"
        shown_tabs = {bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
                      for i in range(bar.count())}
        assert {"冲突", "求解"} <= shown_tabs and not {"Conflicts", "Solve"} & shown_tabs

        window.undo_action.trigger()  # the history still works
        with project.transaction() as db:
            assert db.get(m.Room, project.get(m.Room, "sicec-room-201").id).seats != 77

        window.language_actions["en"].trigger()
        assert menu_titles(window)[0] == "&File" and dock_titles(window)["solve"] == "Solve"
        assert prefs.language() == "en" and translations.installed_language() == "en"


def test_no_switch_while_solving_is_refused_with_a_reason(qtbot, small_path, english_afterwards):
    from desktop.solving import SolveOptions

    window = open_window(qtbot, small_path)
    assert window.start_solve(SolveOptions(time_limit=5, workers=1)) is not None
    window.language_actions["zh"].trigger()
    assert window.language == "en" and window.language_actions["en"].isChecked()
    assert menu_titles(window)[0] == "&File"
    assert "solve" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        window.cancel_solve()


# -- dates and times ---------------------------------------------------------------------------

@pytest.mark.parametrize("locale, day, full, span, across, clock", [
    ("en_GB", "Fri 28 May", "28 May 2021", "28–29 May 2021", "31 May – 1 June 2021", "09:05"),
    ("zh_CN", "5月28日 周五", "2021年5月28日", "2021年5月28日–29日", "2021年5月31日–6月1日", "09:05"),
])
def test_dates_and_times_follow_the_locale(locale, day, full, span, across, clock):
    chosen = QLocale(locale)
    assert lf.day_text(date(2021, 5, 28), chosen) == day
    assert lf.date_text(date(2021, 5, 28), chosen) == full
    assert lf.date_range(date(2021, 5, 28), date(2021, 5, 29), chosen) == span
    assert lf.date_range(date(2021, 5, 31), date(2021, 6, 1), chosen) == across
    assert lf.clock(time(9, 5), chosen) == clock


def test_the_default_locale_follows_the_installed_language(qapp, english_afterwards):
    translations.install(qapp, "zh")
    assert lf.day_text(date(2021, 5, 29)) == "5月29日 周六"
    translations.install(qapp, "en")
    assert lf.day_text(date(2021, 5, 29)) == "Sat 29 May"


def test_the_day_and_time_of_a_move_follow_the_installed_language(qapp, small_path,
                                                                  english_afterwards):
    """What the re-solve review and the Move dialog write for an event minute (09:30 on the
    first day, in the event's zone)."""
    from scheduler import Project
    from scheduler.snapshot import snapshot

    from desktop.timetable.state import local_words

    with Project.open(small_path) as project:
        problem = snapshot(project)
    translations.install(qapp, "zh")
    assert local_words(problem, 570) == ("5月28日 周五", "09:30")
    translations.install(qapp, "en")
    assert local_words(problem, 570) == ("Fri 28 May", "09:30")
