"""The main window: title, panels, and solving in the background without freezing the GUI."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.solving import SolveOptions
from resources import sample_path
from scheduler import Project
from scheduler.generate import generate_event
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
from scheduler.validator import validate
from desktop_kit import open_window, wait_for_findings

SMALL_TITLE = "Slotwise — ASEAN–China SME Cooperation Day (small sample) — small.slotwise"


@pytest.fixture
def small_path(tmp_path):
    """The small sample, nothing scheduled yet."""
    create_project_from_json(tmp_path / "small.slotwise", sample_path("small")).close()
    return tmp_path / "small.slotwise"


def store(path, choose=lambda problem, schedule: schedule):
    """Solve the project directly, let ``choose`` edit the schedule, store it; returns it."""
    with Project.open(path) as project:
        problem = snapshot(project)
        schedule = choose(problem, solve(problem, time_limit=10, workers=1).schedule)
        save_schedule(project, problem, schedule)
    return problem, schedule


@pytest.fixture
def generated_path(tmp_path):
    """A generated 300-session event: big enough that a solve takes a while."""
    source = tmp_path / "generated.json"
    source.write_text(json.dumps(generate_event(300, seed=2)), encoding="utf-8")
    create_project_from_json(tmp_path / "generated.slotwise", source).close()
    return tmp_path / "generated.slotwise"


def finish(qtbot, window, timeout=120_000):
    """Cancel a running solve and wait for its thread to end (so no test leaves one behind)."""
    if window.solving:
        with qtbot.waitSignal(window.solve_finished, timeout=timeout):
            window.cancel_solve()


def test_the_title_names_the_event_and_the_file(qtbot, small_path):
    window = open_window(qtbot, small_path)
    assert window.windowTitle() == SMALL_TITLE
    assert "中国—东盟中小企业合作日（小型示例）" in window.summary.text()


def test_the_conflicts_panel_lists_every_finding_and_choosing_one_selects_its_block(qtbot, small_path):
    def clash(problem, schedule):
        on_site = sorted((p for p in schedule.values() if p.room and not p.channel), key=lambda p: p.start)
        first, second = on_site[0], next(p for p in on_site if p.room != on_site[0].room)
        return {**schedule, second.session: replace(second, room=first.room, start=first.start)}

    problem, schedule = store(small_path, clash)
    window = open_window(qtbot, small_path)
    wait_for_findings(qtbot, window)
    findings = validate(problem, schedule).violations
    panel = window.conflicts
    assert panel.proxy.rowCount() == len(findings) > 0
    assert sorted(panel.violation_at(r).message for r in range(len(findings))) == \
        sorted(v.message for v in findings)
    hard_row = next(r for r in range(len(findings)) if panel.violation_at(r).rule == "room_overlap")
    assert hard_row == 0 or panel.violation_at(0).severity == "hard", "hard findings come first"
    panel.choose(hard_row)
    key = panel.violation_at(hard_row).sessions[0]
    view = window.tabs.currentWidget()
    selected = view.day_scene().selected_blocks()
    assert selected and {b.session for b in selected} == {key}
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(selected[0].sceneBoundingRect())
    assert window.details.key == key
    assert problem.session[key].title in window.details.toPlainText()
    panel.hard_only.setChecked(True)
    assert panel.proxy.rowCount() == sum(v.severity == "hard" for v in findings)


def test_the_unscheduled_list_shows_what_is_left_and_filters_it(qtbot, small_path):
    left_out = {"press-briefing", "tourism-webinar", "b2b-digital"}
    store(small_path, lambda problem, schedule: {k: p for k, p in schedule.items() if k not in left_out})
    window = open_window(qtbot, small_path)
    panel = window.unscheduled
    assert set(panel.shown_keys()) == left_out
    assert "3 unscheduled" in panel.count.text()
    for key in left_out:
        assert not any(key in view.day_scene().blocks for view in window.tabs.views)
    panel.text.setText("webinar")
    assert panel.shown_keys() == ["tourism-webinar"]
    assert "1 of 3" in panel.count.text()
    panel.text.setText("")
    panel.mode.setCurrentIndex(panel.mode.findData("online"))
    assert set(panel.shown_keys()) == {"tourism-webinar", "b2b-digital"}
    panel.mode.setCurrentIndex(0)
    panel.text.setText("新闻")  # Chinese titles match too: 新闻发布会 is the press briefing
    assert panel.shown_keys() == ["press-briefing"]
    panel.list.setCurrentIndex(panel.proxy.index(0, 0))
    assert window.details.key == "press-briefing"
    assert "Not scheduled" in window.details.toPlainText()


def test_a_solve_runs_to_the_end_and_the_window_shows_what_it_stored(qtbot, small_path):
    window = open_window(qtbot, small_path)
    assert not any(view.day_scene().all_blocks() for view in window.tabs.views)
    with qtbot.waitSignal(window.solve_finished, timeout=60_000) as finished:
        window.start_solve(SolveOptions(time_limit=3, workers=2))
        assert window.windowTitle() == SMALL_TITLE + " (solving…)"
        assert window.solve_panel.cancel_button.isEnabled()
    result = finished.args[0]
    assert result.schedule and window.windowTitle() == SMALL_TITLE
    with Project.open(small_path) as project:
        stored = stored_schedule(project, snapshot(project))
        history = project.counts()
    assert stored == result.schedule
    blocks = {b.session for view in window.tabs.views for b in view.day_scene().all_blocks()}
    assert blocks == set(stored)
    assert window.unscheduled.shown_keys() == []
    assert "Stored" in window.solve_panel.status.text()
    assert window.solve_panel.chart.objective, "the chart saw the solve's progress"
    assert history["scheduled"] == len(stored)


def test_the_engine_works_on_another_thread_with_a_snapshot_only(qtbot, small_path, monkeypatch):
    import scheduler.solver as engine

    seen = {}
    real = engine.solve

    def spy(problem, **options):
        seen["thread"] = threading.current_thread()
        seen["problem"] = problem
        return real(problem, **options)

    monkeypatch.setattr(engine, "solve", spy)
    window = open_window(qtbot, small_path)
    with qtbot.waitSignal(window.solve_finished, timeout=60_000):
        window.start_solve(SolveOptions(time_limit=3, workers=1))
    assert seen["thread"] is not threading.main_thread()
    assert type(seen["problem"]).__name__ == "Problem"


def test_cancel_stops_a_long_solve_soon(qtbot, generated_path):
    window = open_window(qtbot, generated_path)
    with qtbot.waitSignal(window.solve_finished, timeout=120_000) as finished:
        operation = window.start_solve(SolveOptions(time_limit=120, workers=2))
        qtbot.wait(1500)
        assert window.solving
        cancelled_at = time.monotonic()
        qtbot.mouseClick(window.solve_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert "Stopping" in window.solve_panel.status.text()
    stopped_after = time.monotonic() - cancelled_at
    assert operation.cancelled
    assert finished.args[0].status == "stopped"
    assert stopped_after < 20, f"the solve went on for {stopped_after:.1f} s after Cancel"
    assert not window.solving and "(solving" not in window.windowTitle()


def test_the_gui_thread_keeps_running_while_the_engine_works(qtbot, generated_path):
    window = open_window(qtbot, generated_path)
    ticks = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    window.start_solve(SolveOptions(time_limit=60, workers=2))
    try:
        qtbot.wait(200)
        timer.start()
        qtbot.wait(1000)
        timer.stop()
        assert window.solving, "the solve was still running while the ticks were counted"
        assert len(ticks) >= 15, f"only {len(ticks)} ticks of a 50 ms timer in 1 s of solving"
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        assert max(gaps) < 0.5, f"the GUI thread stalled for {max(gaps):.2f} s"
    finally:
        finish(qtbot, window)


def test_a_failing_engine_is_reported_and_the_window_recovers(qtbot, small_path, monkeypatch):
    import scheduler.solver as engine

    def broken(problem, **options):
        raise RuntimeError("no licence for the moon")

    monkeypatch.setattr(engine, "solve", broken)
    window = open_window(qtbot, small_path)
    with qtbot.waitSignal(window.solve_failed, timeout=30_000) as failed:
        window.start_solve(SolveOptions(time_limit=3, workers=1))
    assert "no licence for the moon" in failed.args[0]
    assert "no licence for the moon" in window.solve_panel.status.text()
    assert window.windowTitle() == SMALL_TITLE and window.solve_panel.solve_button.isEnabled()


def test_closing_the_window_while_solving_stops_the_engine_and_closes_the_file(qtbot, generated_path):
    window = open_window(qtbot, generated_path)
    operation = window.start_solve(SolveOptions(time_limit=120, workers=2))
    qtbot.wait(300)
    window.close()
    assert operation.cancelled and not operation.is_running()
    assert window.project is None
