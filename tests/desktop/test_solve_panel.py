"""The solve panel's options (pins, stability) and its explanations with links, on tiny events
made for each case and solved by the real engine."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop.panels.explanation import href, linked, parse_href
from desktop.solving import SolveOptions
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.weights import STABILITY_RULES
from desktop_kit import open_window, wait_for_findings

DAY = "2021-05-28"
NINE, ELEVEN = 9 * 60, 11 * 60  # minutes since the event's midnight


def at(clock: str) -> str:
    return f"{DAY}T{clock}:00+08:00"


def event(*sessions, people=()) -> dict:
    """One morning (09:00–12:00, 15-minute steps) in one city, two rooms, and the sessions."""
    return {
        "schema_version": 1,
        "event": {"name_en": "Test Morning", "name_zh": "测试上午", "timezone": "Asia/Shanghai",
                  "start_date": DAY, "day_count": 1, "day_start": "09:00", "day_end": "12:00",
                  "granularity_minutes": 15},
        "cities": [{"key": "jinan", "name_en": "Jinan", "name_zh": "济南", "timezone": "Asia/Shanghai"}],
        "venues": [{"key": "expo", "city": "jinan", "name_en": "Expo Centre", "name_zh": "会展中心"}],
        "rooms": [{"key": "room-a", "venue": "expo", "name_en": "Room A", "name_zh": "A厅", "seats": 100},
                  {"key": "room-b", "venue": "expo", "name_en": "Room B", "name_zh": "B厅", "seats": 100}],
        "people": list(people),
        "sessions": list(sessions),
    }


def talk(key: str, title: str, **fields) -> dict:
    return {"key": key, "title_en": title, "duration_minutes": 60, **fields}


PREFERS_NINE = [{"kind": "preferred", "start": at("09:00"), "end": at("10:00")}]
WANG = {"key": "wang", "name_en": "Wang Fang", "name_zh": "王芳"}


def make_project(tmp_path, document: dict, name: str = "test"):
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    create_project_from_json(tmp_path / f"{name}.slotwise", source).close()
    return tmp_path / f"{name}.slotwise"


def solve_in(qtbot, window, **options):
    """Start a solve with these options, wait for it, and return (operation, result)."""
    with qtbot.waitSignal(window.solve_finished, timeout=60_000) as finished:
        operation = window.start_solve(SolveOptions(time_limit=5, workers=1, **options))
        assert operation is not None, window.solve_panel.status.text()
    return operation, finished.args[0]


def stored(path) -> dict:
    with Project.open(path) as project:
        return stored_schedule(project, snapshot(project))


def click_link(browser, address: str) -> None:
    """A real mouse click on the link to ``address`` in a QTextBrowser."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == address:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center()
                QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {address}: {browser.toHtml()}")


# -- pins ----------------------------------------------------------------------------------------

@pytest.fixture
def pinned_late(tmp_path):
    """A talk that prefers 09:00 but is pinned to 11:00: the pin costs 60 points."""
    return make_project(tmp_path, event(talk("talk", "Trade talk", windows=PREFERS_NINE,
                                             pin={"start": at("11:00")})))


def test_keep_pins_on_holds_a_pinned_session_at_its_pin(qtbot, pinned_late):
    window = open_window(qtbot, pinned_late)
    assert window.solve_panel.keep_pins.isChecked(), "pins are kept unless the organiser says not"
    _, result = solve_in(qtbot, window)
    assert result.schedule["talk"].start == ELEVEN
    assert stored(pinned_late)["talk"].start == ELEVEN


def test_keep_pins_off_lets_a_solve_move_a_pinned_session_and_the_pin_stays_stored(qtbot, pinned_late):
    window = open_window(qtbot, pinned_late)
    window.solve_panel.keep_pins.setChecked(False)
    operation, result = solve_in(qtbot, window, keep_pins=False)
    assert operation.problem.session["talk"].pin_start is None, "the engine saw no pin"
    assert result.schedule["talk"].start == NINE
    assert stored(pinned_late)["talk"].start == NINE
    with Project.open(pinned_late) as project:
        assert snapshot(project).session["talk"].pin_start == ELEVEN, "the stored pin is kept"
    wait_for_findings(qtbot, window)
    assert any(v.rule == "pin" for v in window.state.validation.hard), "the broken pin is shown"
    assert "Pins were ignored" in window.solve_panel.status.text()


# -- stability -----------------------------------------------------------------------------------

@pytest.fixture
def placed_late(tmp_path):
    """The same talk, not pinned, stored at 11:00: moving it to 09:00 saves 60 points and costs
    one stability_time (20 points at 1×)."""
    path = make_project(tmp_path, event(talk("talk", "Trade talk", windows=PREFERS_NINE)))
    with Project.open(path) as project:
        save_schedule(project, snapshot(project), {"talk": Placement("talk", ELEVEN, "room-a")})
    return path


def test_the_stability_multiplier_scales_the_stability_weights_the_engine_sees(qtbot, placed_late):
    window = open_window(qtbot, placed_late)
    project_weights = snapshot(window.project).weight
    operation, _ = solve_in(qtbot, window, keep_stable=True, stability=2.5)
    seen = operation.problem.weight
    assert STABILITY_RULES and all(seen[r] == round(project_weights[r] * 2.5) for r in STABILITY_RULES)
    assert {r: w for r, w in seen.items() if r not in STABILITY_RULES} == \
        {r: w for r, w in project_weights.items() if r not in STABILITY_RULES}
    assert window.solve_panel.stability.value() == 2.5, "the panel shows what was solved"


def test_a_low_stability_lets_a_re_solve_move_a_session(qtbot, placed_late):
    window = open_window(qtbot, placed_late)
    _, result = solve_in(qtbot, window, keep_stable=True, stability=1)
    assert result.schedule["talk"].start == NINE


def test_a_high_stability_keeps_a_re_solve_from_moving_a_session(qtbot, placed_late):
    window = open_window(qtbot, placed_late)
    _, result = solve_in(qtbot, window, keep_stable=True, stability=5)
    assert result.schedule["talk"].start == ELEVEN


def test_stability_is_offered_only_for_a_re_solve(qtbot, placed_late):
    window = open_window(qtbot, placed_late)
    panel = window.solve_panel
    assert not panel.keep_stable.isChecked()
    assert not panel.stability.isEnabled() and panel.stability_note.isVisible()
    assert "re-solve" in panel.stability.toolTip()
    panel.keep_stable.setChecked(True)
    assert panel.stability.isEnabled() and not panel.stability_note.isVisible()
    panel.stability.setValue(3)
    assert panel.options().stability == 3 and panel.options().keep_stable
    panel.keep_stable.setChecked(False)
    operation, _ = solve_in(qtbot, window, stability=3)  # not a re-solve: nothing to keep stable
    assert operation.problem.weights == snapshot(window.project).weights


# -- explanations with links ---------------------------------------------------------------------

@pytest.fixture
def clash(tmp_path):
    """Wang Fang speaks at two talks, both pinned to 10:00: no schedule exists."""
    return make_project(tmp_path, event(
        talk("talk-1", "Trade talk", title_zh="贸易讲座", people=[{"person": "wang"}],
             pin={"room": "room-a", "start": at("10:00")}),
        talk("talk-2", "Finance talk", title_zh="金融讲座", people=[{"person": "wang"}],
             pin={"room": "room-b", "start": at("10:00")}),
        people=[WANG]))


def test_an_infeasible_solve_is_explained_with_links_that_select_what_they_name(qtbot, clash):
    window = open_window(qtbot, clash)
    _, result = solve_in(qtbot, window)
    assert result.status == "infeasible" and result.explanation.conflicts
    panel = window.solve_panel
    assert panel.pages.currentWidget() is panel.explanation
    assert "infeasible" in panel.status.text() and "the names are links" in panel.status.text()
    links = panel.explanation.links()
    assert (href("session", "talk-1"), "Trade talk") in links
    assert (href("session", "talk-2"), "Finance talk") in links
    assert (href("person", "wang"), "Wang Fang") in links
    assert {parse_href(address) for address, _ in links} == \
        {s for c in result.explanation.conflicts for s in c.subjects}

    click_link(panel.explanation, href("session", "talk-2"))
    assert window.details.key == "talk-2"
    assert window.unscheduled.list.currentIndex().data(Qt.ItemDataRole.UserRole) == "talk-2"

    click_link(panel.explanation, href("person", "wang"))
    people = window.editor_docks["people"]
    assert people.isVisible()
    assert people.widget().selected_idents() == ["wang"]


def test_a_refused_solve_links_the_sessions_the_data_check_names(qtbot, tmp_path):
    path = make_project(tmp_path, event(talk("talk", "Trade talk", pin={"start": at("10:05")})))
    window = open_window(qtbot, path)
    assert window.start_solve(SolveOptions(time_limit=5, workers=1)) is None
    panel = window.solve_panel
    assert "Not solved" in panel.status.text()
    assert panel.pages.currentWidget() is panel.explanation
    assert "15-minute grid" in panel.explanation.toPlainText()
    assert panel.explanation.links() == [(href("session", "talk"), "Trade talk")]
    click_link(panel.explanation, href("session", "talk"))
    assert window.details.key == "talk"


def test_a_broken_pin_does_not_stop_a_solve_that_ignores_pins(qtbot, tmp_path):
    path = make_project(tmp_path, event(talk("talk", "Trade talk", pin={"start": at("10:05")})))
    window = open_window(qtbot, path)
    _, result = solve_in(qtbot, window, keep_pins=False)
    assert result.schedule["talk"].start % 15 == 0
    assert window.solve_panel.pages.currentWidget() is window.solve_panel.chart


def test_a_sentence_links_the_names_it_says_and_adds_the_others_after_it():
    names = {("session", "talk-1"): ("Trade talk", "贸易讲座"), ("person", "wang"): ("Wang Fang",)}
    html = linked("'Trade talk' needs <a stage> & more", [("session", "talk-1"), ("person", "wang"),
                                                            ("weather", "rain")], names)
    assert html == ('\'<a href="slotwise://session/talk-1" title="session talk-1">Trade talk</a>\''
                    ' needs &lt;a stage&gt; &amp; more — '
                    '<a href="slotwise://person/wang" title="person wang">Wang Fang</a>')
    assert parse_href(href("room", "hall a/2")) == ("room", "hall a/2")
    assert parse_href("https://example.org/session/x") is None
