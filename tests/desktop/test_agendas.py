"""The Agendas dock: pick a person, a group or a zone through its widgets, see the rows of each
day with the journeys, click a row to select the session, switch the names to Chinese."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_kit import open_window, settings_in, wait_for_findings
from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
from scheduler.validator import validate


@pytest.fixture(scope="module")
def solved_file(tmp_path_factory):
    """The Shandong sample with a schedule the solver found in 5 s (checked by the validator)."""
    path = tmp_path_factory.mktemp("agendas") / "solved.slotwise"
    with create_project_from_json(path, sample_path("shandong")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=5, workers=2)
        assert result.schedule is not None and validate(problem, result.schedule).is_feasible
        save_schedule(project, problem, result.schedule)
    return path


@pytest.fixture
def window(qtbot, qapp, tmp_path, solved_file):
    path = tmp_path / "shandong.slotwise"
    shutil.copy(solved_file, path)
    with settings_in(qapp, tmp_path / "settings", "agendas-test"):
        made = open_window(qtbot, path)
        wait_for_findings(qtbot, made)
        yield made


def pick(qtbot, panel, kind_text: str, typed: str) -> None:
    """Choose the kind in its combo, then type into the subject combo and press Enter."""
    panel.kind.setCurrentIndex(panel.kind.findText(kind_text))
    panel.subject.lineEdit().selectAll()
    qtbot.keyClicks(panel.subject.lineEdit(), typed)
    qtbot.keyClick(panel.subject.lineEdit(), Qt.Key.Key_Return)


def texts(panel) -> list[str]:
    return [" | ".join(row.text(c) for c in range(panel.tree.columnCount()))
            for row in panel.rows()]


def test_a_speakers_agenda_shows_her_days_and_the_journey_to_taian(qtbot, window):
    panel = window.agendas.panel
    pick(qtbot, panel, "Person", "Teo Boon Heng")
    assert panel.current_key() == "teo-boon-heng"
    problem, schedule = window.read.problem, window.read.schedule
    own = [s for s in problem.sessions if any(p.person == "teo-boon-heng" for p in s.people)]
    rows = texts(panel)
    session_rows = [r for r in panel.rows() if r.data(0, Qt.ItemDataRole.UserRole)
                    and not r.isFirstColumnSpanned()]
    assert {r.data(0, Qt.ItemDataRole.UserRole) for r in session_rows} == \
        {s.key for s in own if s.key in schedule}
    assert any("Jinan → Tai'an, 75 min by road" in r for r in rows)
    assert panel.tree.topLevelItemCount() == 2  # both days
    assert panel.tree.headerItem().text(1) == "Session"  # he lives in the event's zone
    assert any("speaker (remote)" in r for r in rows)  # the online closing


def test_a_speaker_from_jayapura_sees_her_home_time_an_hour_later(qtbot, window):
    panel = window.agendas.panel
    pick(qtbot, panel, "Person", "Yohanes")
    assert panel.current_key() == "yohanes-wenda"
    assert panel.tree.headerItem().text(1) == "Home time (Asia/Jayapura)"
    for row in panel.rows():
        shanghai, home = row.text(0)[:5], row.text(1)[:5]
        hours, minutes = map(int, shanghai.split(":"))
        assert home == "{:02d}:{:02d}".format(*_plus((hours, minutes), 60))


def test_a_delegation_over_two_days_and_its_optional_sessions(qtbot, window):
    panel = window.agendas.panel
    pick(qtbot, panel, "Group", "ASEAN Envoys")
    assert panel.current_key() == "asean-envoys"
    with_optional = len(panel.rows())
    assert panel.tree.topLevelItemCount() == 2
    assert any("optional (interested)" in r for r in texts(panel))
    panel.optional.setChecked(False)
    assert len(panel.rows()) < with_optional
    assert not any("optional" in r for r in texts(panel))


def test_the_yangon_programme_marks_the_sessions_outside_business_hours(qtbot, window):
    panel = window.agendas.panel
    pick(qtbot, panel, "Online audience", "Yangon")
    assert panel.current_key() == "Asia/Yangon"
    assert panel.opens.isVisible() and not panel.optional.isVisible()
    rows = panel.rows()
    problem, schedule = window.read.problem, window.read.schedule
    online = [s for s in problem.sessions if s.mode != "on_site" and s.key in schedule]
    assert len(rows) == len(online)
    opening = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == "opening-ceremony")
    start = schedule["opening-ceremony"].start
    shanghai = (problem.moment(start).hour, problem.moment(start).minute)
    assert opening.text(2).startswith("{:02d}:{:02d}".format(*_plus(shanghai, 8 * 60)))
    assert opening.text(0).startswith("{:02d}:{:02d}".format(*_plus(shanghai, 6 * 60 + 30)))
    outside = [r for r in rows if "outside 09:00–18:00" in r.text(1)]
    assert outside and all(r.background(0).color() != r.background(0).color().__class__("white")
                           and r.background(0).style() != Qt.BrushStyle.NoBrush for r in outside)
    inside = [r for r in rows if r not in outside]
    assert inside and all(r.background(0).style() == Qt.BrushStyle.NoBrush for r in inside)
    before = len(outside)
    panel.closes.setTime(panel.closes.time().addSecs(-4 * 3600))  # 14:00: more are outside
    assert sum("outside 09:00–14:00" in r.text(1) for r in panel.rows()) > before


def _plus(clock, minutes):
    total = (clock[0] * 60 + clock[1] + minutes) % 1440
    return total // 60, total % 60


def test_clicking_a_row_selects_the_session_in_the_timetable(qtbot, window):
    panel = window.agendas.panel
    window.agendas.dock.raise_()  # the organiser brings the tab forward
    qtbot.waitUntil(panel.tree.isVisible)
    pick(qtbot, panel, "Group", "ASEAN Envoys")
    row = next(r for r in panel.rows() if r.data(0, Qt.ItemDataRole.UserRole) == "taian-forum"
               and not r.isFirstColumnSpanned())
    panel.tree.scrollToItem(row)
    rect = panel.tree.visualItemRect(row)
    where = QPoint(rect.left() + 30, rect.center().y())  # the row is wider than the dock
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.details.key == "taian-forum"
    assert window.tabs.currentIndex() == 1  # the forum is on day 2


def test_the_chinese_language_shows_chinese_names_and_keeps_the_choice(qtbot, window):
    window.agendas.show("person", "teo-boon-heng")
    window.set_language("zh")
    wait_for_findings(qtbot, window)
    panel = window.agendas.panel
    assert panel.current_key() == "teo-boon-heng"
    assert panel.subject.currentText() == "张文兴 · Teo Boon Heng"
    rows = texts(panel)
    assert any("开幕式" in r for r in rows)
    assert any("济南" in r and "泰安" in r for r in rows)
    window.set_language("en")


def test_an_edit_updates_the_agenda(qtbot, window):
    """A schedule stored by hand too early for the journey shows at once, the leg in red."""
    feature = window.agendas
    feature.show("group", "asean-envoys")
    panel = feature.panel
    panel.optional.setChecked(False)  # what they must attend
    legs = [r for r in panel.rows() if r.isFirstColumnSpanned()]
    assert legs and not any("too short" in r.text(0) for r in legs)
    state = window.read
    itinerary_leg = next(r for r in legs if "Tai'an" in r.text(0) and "optional" not in r.text(0))
    target = itinerary_leg.data(0, Qt.ItemDataRole.UserRole)
    before = state.schedule[target]
    from dataclasses import replace
    leave = next(state.schedule[s.key].start + s.duration for s in state.problem.sessions
                 if s.key == "sister-city-roundtable")
    moved = dict(state.schedule)
    moved[target] = replace(before, start=leave + 10)
    with qtbot.waitSignal(window.state_changed):
        save_schedule(window.project, state.problem, moved)
        window.refresh()
    assert stored_schedule(window.project, state.problem)[target].start == leave + 10
    short = [r for r in panel.rows() if "too short" in r.text(0)]
    assert short and short[0].foreground(0).color().name() == "#b00020"


def test_save_agenda_as_csv_and_html(qtbot, window, tmp_path):
    feature = window.agendas
    feature.show("person", "teo-boon-heng")
    csv_path = feature.save(tmp_path / "teo.csv")
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Day,Time (Asia/Shanghai)")
    assert len(lines) == 1 + len(feature.panel.rows())
    html = feature.save(tmp_path / "teo.html").read_text(encoding="utf-8")
    assert "<h1>Teo Boon Heng</h1>" in html and "Jinan → Tai&#x27;an" in html


def test_view_menu_opens_the_agenda_of_a_person_in_the_selected_session(qtbot, window):
    window.select_session("opening-ceremony")
    actions = window.agendas.fill_people_menu()
    names = [a.text() for a in actions]
    assert "Zhou Liqun" in names
    actions[names.index("Zhou Liqun")].trigger()
    assert window.agendas.panel.current_key() == "zhou-liqun"
    assert window.agendas.dock.isVisible()
