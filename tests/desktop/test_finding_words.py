"""Findings and explanations in the organiser's language.

A real clash on the small sample (two sessions in Meeting Room 201 at 10:00) is checked by the
validator in its worker process; in Chinese the conflicts panel, the block's tooltip and the
details panel say it in Chinese with the Chinese titles, room name and date, in English they
show the validator's own message.
"""

from __future__ import annotations

import re
from dataclasses import replace
from string import Formatter

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import settings as prefs
from desktop import translations
from desktop.finding_templates import CONFLICTS, FINDINGS
from desktop.finding_words import conflict_text, finding_text
from desktop.panels.explanation import names_of
from desktop.timetable.texts import tooltip
from resources import sample_path
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot
from scheduler.solver import conflict_words
from scheduler.solver.result import Conflict, Explanation
from scheduler.validator import wording
from desktop_kit import open_window, settings_in, wait_for_findings

PANEL, PRESS, ROOM, TEN = "sme-finance-panel", "press-briefing", "sicec-room-201", 600
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def clash_path(tmp_path):
    """The small sample with two on-site sessions in one room at the same time."""
    path = tmp_path / "small.slotwise"
    create_project_from_json(path, sample_path("small")).close()
    with Project.open(path) as project:
        problem = snapshot(project)
        save_schedule(project, problem, {PANEL: Placement(PANEL, TEN, ROOM),
                                         PRESS: Placement(PRESS, TEN, ROOM)})
    return path


@pytest.fixture
def chinese(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with settings_in(qapp, tmp_path / "settings", "finding-words"):
        prefs.set_language("zh")
        yield
    translations.install(qapp, "en")


def _clash_row(window):
    panel = window.conflicts
    rows = [r for r in range(panel.proxy.rowCount()) if panel.violation_at(r).rule == "room_overlap"]
    assert len(rows) == 1
    return rows[0]


def _finding_shown(window, row):
    return window.conflicts.proxy.index(row, 2).data()


def test_in_chinese_a_clash_reads_in_chinese_everywhere_it_is_shown(qtbot, chinese, clash_path):
    window = open_window(qtbot, clash_path)
    wait_for_findings(qtbot, window)
    row = _clash_row(window)
    text = _finding_shown(window, row)
    assert text == ("“新闻发布会”（5月28日 周五 10:00–10:30）与“中小企业金融圆桌”（5月28日 周五 10:00–11:00）"
                    "在201会议室时间重叠")
    assert window.conflicts.proxy.index(row, 1).data() == "会场时间重叠"

    window.conflicts.choose(row)
    details = window.details.toPlainText()
    assert text in details and "Meeting Room 201" not in details and "Fri" not in details

    tip = tooltip(window.state, window.state.schedule[PANEL], window.state.findings[PANEL])
    assert f"<b>硬性: 会场时间重叠</b></span> — {text}" in tip
    assert "在201会议室的 120 个座位中空出 40 个（代价 4）" in tip
    assert "room_overlap" not in tip and "hard:" not in tip and " on site" not in tip


def test_in_english_the_validators_message_is_shown(qtbot, clash_path, qapp):
    translations.install(qapp, "en")
    window = open_window(qtbot, clash_path)
    wait_for_findings(qtbot, window)
    row = _clash_row(window)
    violation = window.conflicts.violation_at(row)
    assert _finding_shown(window, row) == violation.message
    assert "Meeting Room 201" in violation.message and "Fri 28 May 10:00" in violation.message
    window.conflicts.choose(row)
    assert violation.message in window.details.toPlainText()
    tip = tooltip(window.state, window.state.schedule[PANEL], window.state.findings[PANEL])
    assert "Meeting Room 201" in tip and not HAN.search(tip.split("<br>", 2)[-1].split("—", 1)[-1])


def test_every_finding_of_the_sample_is_worded_in_chinese(qtbot, chinese, clash_path):
    """All findings of the state, not only the clash: Chinese sentences, no English left over."""
    window = open_window(qtbot, clash_path)
    wait_for_findings(qtbot, window)
    for violation in window.state.validation.violations:
        text = finding_text(violation, window.state, "zh")
        assert text != violation.message and HAN.search(text), violation.message
        assert not re.search(r"\b(is|are|and|the|not|but)\b", text), text


def test_an_unknown_wording_or_a_misfit_translation_falls_back_to_the_message(qtbot, chinese, clash_path):
    window = open_window(qtbot, clash_path)
    wait_for_findings(qtbot, window)
    violation = window.state.validation.violations[0]
    assert finding_text(replace(violation, wording="no_such.wording"), window.state, "zh") == violation.message
    assert finding_text(replace(violation, wording=""), window.state, "zh") == violation.message
    missing_value = replace(violation, params=())  # the template asks for values it does not get
    assert finding_text(missing_value, window.state, "zh") == violation.message


def test_an_explanation_names_its_requirements_in_chinese_with_links(qtbot, chinese, clash_path):
    window = open_window(qtbot, clash_path)
    problem = window.read.problem  # the names the solver sees (English)
    said = conflict_words.said(problem, "room_overlap.one_at_a_time", room=ROOM)
    needs = conflict_words.said(problem, "room_suitable.needs", session=PANEL, needs=(500, ("stage",)))
    explanation = Explanation((Conflict("room_overlap", said.description, (("room", ROOM),), said.wording,
                                        said.params),
                               Conflict("room_suitable", needs.description, (("session", PANEL),),
                                        needs.wording, needs.params)))
    assert conflict_text(explanation.conflicts[0], window.state, "en") == "Meeting Room 201 holds one session at a time"
    view = window.solve_panel.explanation
    view.show_explanation(explanation, names_of(window.state), window.state)
    shown = view.toPlainText()
    assert "没有任何日程能同时满足以下所有要求" in shown
    assert "201会议室同一时间只能举办一个场次" in shown
    assert "500 个座位" in shown and "stage" in shown
    assert ("slotwise://room/sicec-room-201", "201会议室") in view.links()


def test_every_wording_of_the_core_has_a_template_with_the_same_values():
    def names(text):
        return {field.split(":")[0] for _, field, _, _ in Formatter().parse(text) if field}

    assert set(FINDINGS) == set(wording.TEMPLATES)
    for key, source in FINDINGS.items():
        assert names(source) == names(wording.TEMPLATES[key]), key
    assert set(CONFLICTS) == set(conflict_words.TEMPLATES) - {"relation.other"}
    for key, source in CONFLICTS.items():
        assert names(source) == names(conflict_words.TEMPLATES[key]), key


def test_the_chinese_templates_are_installed(qapp, chinese):
    translations.install(qapp, "zh")
    untranslated = [s for s in FINDINGS.values() if QCoreApplication.translate("Findings", s) == s]
    untranslated += [s for s in CONFLICTS.values() if QCoreApplication.translate("Conflicts", s) == s]
    assert not untranslated


def test_the_drop_marker_says_why_not_in_chinese(qtbot, chinese, clash_path):
    """The verdict on dragging the press briefing onto the panel's room and time, as the marker
    and the Move dialog word it."""
    from desktop.timetable.marker import verdict_words
    from scheduler.validator import validate
    from scheduler.validator.moves import Move, judge

    window = open_window(qtbot, clash_path)
    problem = window.read.problem
    alone = {PANEL: Placement(PANEL, TEN, ROOM)}
    verdict = judge(problem, alone, None, validate(problem, alone), Move(PRESS, TEN, ROOM))
    assert not verdict.allowed and verdict.broken[0].rule == "room_overlap"
    headline, detail = verdict_words(verdict, window.state)
    assert headline == "不允许"
    assert detail == ("“新闻发布会”（5月28日 周五 10:00–10:30）与“中小企业金融圆桌”（5月28日 周五 10:00–11:00）"
                      "在201会议室时间重叠")
    translations.install(QCoreApplication.instance(), "en")
    assert verdict_words(verdict, window.state) == ("Not allowed", verdict.reason)
