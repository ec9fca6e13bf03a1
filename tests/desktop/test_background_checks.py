"""The validator runs in the background: the GUI keeps its pace, findings of the latest refresh
are shown (older ones dropped), and closing or switching projects mid-check is clean."""

from __future__ import annotations

import json
import time
from html import escape

import pytest

from desktop.checking import Checks
from desktop.panels.conflicts import CHECKING
from desktop.solving import SolveOptions
from desktop.timetable import palette
from scheduler import Project
from scheduler.generate import generate_event
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import published_schedule, snapshot, stored_schedule
from scheduler.validator import validate
import desktop_kit as kit
from desktop_kit import Metronome, settled  # noqa: F401 (fixture)


def generated(tmp_path, sessions: int, seed: int = 1):
    """A generated event with its planted schedule stored, as a project file."""
    source = tmp_path / f"generated-{sessions}.json"
    source.write_text(json.dumps(generate_event(sessions, seed=seed, with_schedule=True)),
                      encoding="utf-8")
    create_project_from_json(tmp_path / f"generated-{sessions}.slotwise", source).close()
    return tmp_path / f"generated-{sessions}.slotwise"


def validated(path):
    """What the validator finds on the file's stored schedule, run directly."""
    with Project.open(path) as project:
        problem = snapshot(project)
        return validate(problem, stored_schedule(project, problem),
                        previous=published_schedule(project, problem))


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    return generated(tmp_path_factory.mktemp("big"), 1000)


@pytest.fixture
def big(big_file, tmp_path):
    copy = tmp_path / big_file.name
    copy.write_bytes(big_file.read_bytes())
    return copy


@pytest.fixture
def medium(tmp_path):
    return generated(tmp_path, 120, seed=2)


def on_site(window) -> list[str]:
    """Scheduled sessions held in a room only, by key."""
    return sorted(k for k, p in window.state.schedule.items() if p.room and not p.channel)


def test_the_findings_arrive_and_match_the_validator_run_directly(qtbot, medium):
    window = kit.open_window(qtbot, medium)
    key = on_site(window)[0]
    window.select_session(key)
    assert window.editor.unschedule(key)  # a hard finding: the session is not scheduled
    assert window.checking and not window.state.checked
    assert CHECKING in window.conflicts.summary.text() and window.conflicts.proxy.rowCount() == 0
    assert "checking" in window.summary.text()
    assert "Checking the findings" in window.details.toPlainText()

    kit.wait_for_findings(qtbot, window)
    expected = validated(medium)
    assert window.state.validation == expected
    assert any(v.rule == "scheduled_once" and v.sessions == (key,) for v in expected.hard)
    panel = window.conflicts
    assert sorted(panel.violation_at(r).message for r in range(panel.proxy.rowCount())) == \
        sorted(v.message for v in expected.violations)
    assert f"{len(expected.hard)} hard" in panel.summary.text() and CHECKING not in panel.summary.text()
    assert "checking" not in window.summary.text()
    assert "scheduled once" in window.details.toPlainText()  # the rule's display name
    hard = {k for v in expected.hard for k in v.sessions}
    blocks = [b for view in window.tabs.views for b in view.day_scene().all_blocks()]
    assert {b.session for b in blocks if b.outline_color == palette.HARD} == \
        hard & {b.session for b in blocks}
    soft_only = next(b for b in blocks if b.session not in hard and b.findings)
    assert soft_only.severity == "soft" and escape(soft_only.findings[0].message) in soft_only.toolTip()


def test_the_gui_thread_keeps_its_pace_while_1000_sessions_are_checked(qtbot, big, settled):
    window = kit.open_window(qtbot, big)
    kit.wait_for_findings(qtbot, window)
    metronome = Metronome()
    qtbot.wait(100)
    started = time.perf_counter()
    assert window.editor.unschedule(on_site(window)[0])  # the window refreshes at once
    refreshed = time.perf_counter() - started
    assert window.checking
    kit.wait_for_findings(qtbot, window)
    checked = time.perf_counter() - started
    qtbot.wait(100)
    longest = metronome.stop()
    assert longest < 0.15, (f"the GUI thread stalled {longest:.3f} s (refresh {refreshed:.3f} s, "
                              f"findings after {checked:.3f} s)")
    assert window.state.validation == validated(big)


def test_two_edits_in_quick_succession_show_only_the_last_findings(qtbot, medium):
    window = kit.open_window(qtbot, medium)
    kit.wait_for_findings(qtbot, window)
    shown = []
    window.findings_ready.connect(lambda: shown.append(window.state.validation))
    first, second = on_site(window)[:2]
    assert window.editor.unschedule(first)
    after_first = validated(medium)
    assert window.editor.unschedule(second)  # before the first edit's findings are in
    kit.wait_for_findings(qtbot, window)
    qtbot.wait(300)  # time for a stale answer to come in, if it were not dropped
    final = validated(medium)
    assert final != after_first, "the two edits are told apart by their findings"
    assert shown == [final]
    assert window.state.validation == final
    assert {v.sessions for v in final.hard if v.rule == "scheduled_once"} >= {(first,), (second,)}


def test_only_the_latest_question_is_answered(qtbot, medium):
    with Project.open(medium) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
    fewer = {k: p for k, p in schedule.items() if k != next(iter(schedule))}
    checks = Checks()
    answers = []
    checks.finished.connect(answers.append)
    assert checks.answer(problem, schedule, None) is None
    checks.ask(problem, schedule, None)
    checks.ask(problem, fewer, None)
    qtbot.waitUntil(lambda: not checks.pending, timeout=60_000)
    qtbot.wait(500)  # time for the first answer to come in, if it had not been dropped
    assert answers == [validate(problem, fewer)]
    assert checks.answer(problem, dict(fewer), None) == answers[0], "the same question: the same answer"
    assert checks.answer(problem, schedule, None) is None
    assert not checks.pending


def test_closing_the_window_during_a_check_is_clean(qtbot, big):
    window = kit.open_window(qtbot, big)
    kit.wait_for_findings(qtbot, window)
    arrived = []
    window.findings_ready.connect(lambda: arrived.append(True))
    assert window.editor.unschedule(on_site(window)[0])
    assert window.checking
    window.close()
    assert window.project is None and not window.checking
    qtbot.wait(1500)  # the check ends meanwhile; its answer goes nowhere
    assert not arrived
    assert window.state is not None and not window.state.checked


def test_opening_another_project_during_a_check_shows_the_new_projects_findings(qtbot, big, medium):
    window = kit.open_window(qtbot, big)
    kit.wait_for_findings(qtbot, window)
    assert window.editor.unschedule(on_site(window)[0])
    assert window.checking
    window.load_project(medium)
    kit.wait_for_findings(qtbot, window)
    qtbot.wait(300)
    assert window.project.path == medium
    assert window.state.validation == validated(medium)
    shown = {window.conflicts.violation_at(r).message for r in range(window.conflicts.proxy.rowCount())}
    assert shown == {v.message for v in validated(medium).violations}


def test_a_stored_solve_is_not_validated_again(qtbot, tmp_path):
    from resources import sample_path

    create_project_from_json(tmp_path / "small.slotwise", sample_path("small")).close()
    window = kit.open_window(qtbot, tmp_path / "small.slotwise")
    kit.wait_for_findings(qtbot, window)
    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        assert window.start_solve(SolveOptions(time_limit=5, workers=1)) is not None
    assert window.state.schedule, "the solve was stored"
    assert not window.checking, "the refresh reused the findings apply_result had"
    assert window.state.validation == validated(tmp_path / "small.slotwise")


def test_an_edit_rebuilds_only_its_day_and_the_other_days_outlines_come_back(qtbot, medium):
    window = kit.open_window(qtbot, medium)
    kit.wait_for_findings(qtbot, window)
    day = {key: window.state.day_of(p) for key, p in window.state.schedule.items()}
    key = next(k for k in on_site(window) if day[k] == 0)
    views = list(window.tabs.views)
    other = views[1].day_scene()
    outlined = {b.session for b in other.all_blocks() if b.findings}
    assert outlined, "day 2 has findings to show"
    assert window.editor.unschedule(key)
    assert window.tabs.views[0] is not views[0], "day 1 is built again"
    assert window.tabs.views[1] is views[1], "day 2 is kept"
    assert not any(b.findings for b in other.all_blocks()), "no outlines while checking"
    kit.wait_for_findings(qtbot, window)
    expected = window.state.findings
    assert {b.session for b in other.all_blocks() if b.findings} == \
        {b.session for b in other.all_blocks() if expected.get(b.session)}
    assert all(b.findings == expected.get(b.session, ()) for b in other.all_blocks())


def test_a_move_reads_the_schedule_again_and_a_data_edit_everything(qtbot, medium):
    from scheduler.domain import models as m

    window = kit.open_window(qtbot, medium)
    problem = window.read.problem
    key = on_site(window)[0]
    assert window.editor.unschedule(key)
    assert window.read.problem is problem and key not in window.read.schedule
    assert window.editor.set_field(m.Session, key, "title_en", "Renamed in the editor")
    assert window.read.problem is not problem
    assert window.state.problem.session[key].title == "Renamed in the editor"
    kit.wait_for_findings(qtbot, window)
    assert window.state.validation == validated(medium)


def test_a_blocks_tooltip_is_written_when_the_cursor_rests_on_it(qtbot, medium):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window = kit.open_window(qtbot, medium)
    kit.wait_for_findings(qtbot, window)
    view = window.tabs.view_of_day(0)
    block = next(b for b in view.day_scene().all_blocks() if b.findings)
    view.ensureVisible(block)
    at = view.mapFromScene(block.sceneBoundingRect().center())
    assert view.itemAt(at) is block
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                       view.viewport().mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    QToolTip.hideText()
    assert escape(block.info.title) in shown
    assert escape(block.findings[0].message) in shown
