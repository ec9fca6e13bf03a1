"""Scenarios in the window: save, switch, compare and promote through the widgets; undo of a
switch or a promotion puts every row back exactly."""

from __future__ import annotations

import json
import shutil
import time

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_kit import Metronome, open_window, settled, wait_for_findings  # noqa: F401 (fixture)
from resources import sample_path
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.scenarios import active, scenarios
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
from scheduler.validator import validate

TABLES = ("assignment", "scenario", "scenarioplacement", "activescenario")


@pytest.fixture(scope="module")
def solved_file(tmp_path_factory):
    """The small sample solved by the real engine, checked by the validator."""
    path = tmp_path_factory.mktemp("solved") / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=3, workers=2, seed=1)
        assert result.schedule is not None and validate(problem, result.schedule).is_feasible
        save_schedule(project, problem, result.schedule)
    return path


@pytest.fixture
def window(qtbot, solved_file, tmp_path):
    return open_window(qtbot, shutil.copy(solved_file, tmp_path / "small.slotwise"))


def raw(project) -> dict[str, set]:
    """The four tables a scenario operation touches, exactly as stored."""
    with project.transaction() as db:
        return {name: set(db.execute(sa.text(f"SELECT * FROM {name}")).all()) for name in TABLES}


def save_through_dialog(qtbot, window, name: str, note: str = "") -> None:
    window.scenarios.panel.save_button.click()
    dialog = window.scenarios.save_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText(name)
    dialog.note.setText(note)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def listed(window) -> list[str]:
    panel = window.scenarios.panel
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def make_clash(window) -> tuple[str, str]:
    """Move an unpinned on-site session into another's room and start, by hand (one undo step)."""
    state = window.state
    on_site = sorted((p for p in state.schedule.values() if p.room and not p.channel),
                     key=lambda p: (p.start, p.session))
    first = on_site[0]
    moved = next(p for p in on_site if p.room != first.room
                 and state.problem.session[p.session].pin_start is None
                 and state.problem.session[p.session].pin_room is None)
    assert window.editor.place_session(moved.session, state.problem.moment(first.start),
                                       first.room, None)
    return first.session, moved.session


def test_save_switch_compare_and_promote_through_the_widgets(qtbot, window):
    project, feature = window.project, window.scenarios
    main = stored_schedule(project, snapshot(project))
    save_through_dialog(qtbot, window, "Plan B", "hall lost")
    assert any("Plan B" in text and "hall lost" in text for text in listed(window))
    assert not feature.banner.isVisible()

    assert feature.panel.choose("Plan B")
    feature.panel.switch_button.click()
    assert active(project) == "Plan B"
    assert feature.banner.isVisible()
    assert "Scenario 'Plan B' — edits change this scenario" in feature.banner.label.text()
    assert listed(window)[1].startswith("● Plan B")
    other, moved = make_clash(window)

    feature.panel.compare_button.click()
    dialog = feature.compare_dialog
    qtbot.waitUntil(lambda: dialog.comparison is not None and not dialog.busy, timeout=30_000)
    assert dialog.a.currentText() == "Main schedule" and dialog.b.currentText() == "Scenario: Plan B"
    assert dialog.moves.rowCount() == 1
    assert dialog.moves.item(0, 0).toolTip() == moved
    assert dialog.moves.item(0, 1).text().startswith("moved")
    hard_b = [dialog.side_b.hard.item(r).text() for r in range(dialog.side_b.hard.count())]
    assert any(text.startswith("[room overlap]") for text in hard_b)
    assert [dialog.side_a.hard.item(r).text() for r in range(dialog.side_a.hard.count())] == \
        ["No hard violations."]
    problem = snapshot(project)
    expected_a = validate(problem, main).costs()
    expected_b = validate(problem, stored_schedule(project, problem)).costs()
    shown = {dialog.costs.item(r, 0).text(): dialog.costs.item(r, 3).text()
             for r in range(dialog.costs.rowCount() - 1)}
    for rule, difference in shown.items():
        want = expected_b[rule.replace(" ", "_")] - expected_a[rule.replace(" ", "_")]
        assert difference == (f"{want:+,}" if want else "0")
    assert set(shown) == {rule.replace("_", " ") for rule in expected_a
                          if expected_a[rule] or expected_b[rule]}

    plan_b = stored_schedule(project, problem)
    qtbot.mouseClick(feature.banner.promote_button, Qt.MouseButton.LeftButton)
    assert active(project) is None and not feature.banner.isVisible()
    assert stored_schedule(project, snapshot(project)) == plan_b
    names = [s.name for s in scenarios(project)]
    assert any(n.startswith("Main before promoting Plan B") for n in names)
    assert "moved" not in window.scenarios.panel.message.text()
    assert "is now the main schedule" in window.scenarios.panel.message.text()


def test_undo_of_a_switch_and_of_a_promotion_restores_every_row(qtbot, window):
    project, feature = window.project, window.scenarios
    feature.save_as("Plan B")
    start = raw(project)
    assert feature.switch("Plan B")
    make_clash(window)
    switched = raw(project)
    window.editor.undo()  # the clash
    window.editor.undo()  # the switch
    assert raw(project) == start and active(project) is None
    assert not feature.banner.isVisible()
    window.editor.redo()
    window.editor.redo()
    assert raw(project) == switched and active(project) == "Plan B"
    assert feature.banner.isVisible()

    assert feature.promote("Plan B")
    promoted = raw(project)
    assert active(project) is None
    window.editor.undo()
    assert raw(project) == switched and active(project) == "Plan B"
    window.editor.redo()
    assert raw(project) == promoted


def test_refusals_are_shown_and_make_no_undo_step(qtbot, window):
    feature = window.scenarios
    feature.save_as("Plan B")
    steps = window.editor.stack.count()
    assert not feature.save_as("Plan B")
    assert "already exists" in feature.panel.message.text()
    assert not feature.save_as("main")
    assert "names the main schedule" in feature.panel.message.text()
    assert window.editor.stack.count() == steps
    feature.switch("Plan B")
    feature.panel.choose("Plan B")
    assert not feature.panel.delete_button.isEnabled()  # the scenario being edited
    assert not feature.panel.switch_button.isEnabled()


def test_rename_and_delete_through_the_panel(qtbot, window):
    feature = window.scenarios
    feature.save_as("Plan B")
    feature.panel.choose("Plan B")
    feature.panel.rename_button.click()
    dialog = feature.rename_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue("Plan C")
    dialog.accept()
    assert [s.name for s in scenarios(window.project)] == ["Plan C"]
    assert feature.panel.chosen() == "Plan C"
    feature.panel.delete_button.click()
    assert scenarios(window.project) == []
    window.editor.undo()
    assert [s.name for s in scenarios(window.project)] == ["Plan C"]


def test_the_compare_dialog_offers_published_versions_and_swaps(qtbot, window):
    from scheduler.publishing import publish

    publish(window.project, "first")
    feature = window.scenarios
    feature.save_as("Plan B")
    feature.switch("Plan B")
    make_clash(window)
    dialog = feature.show_compare()
    qtbot.waitUntil(lambda: dialog.comparison is not None and not dialog.busy, timeout=30_000)
    texts = [dialog.a.itemText(i) for i in range(dialog.a.count())]
    assert texts == ["Main schedule", "Scenario: Plan B", "Version 1 — first"]
    before = dialog.comparison
    dialog.swap()
    qtbot.waitUntil(lambda: dialog.comparison is not before and not dialog.busy, timeout=30_000)
    assert dialog.a.currentText() == "Scenario: Plan B" and dialog.b.currentText() == "Main schedule"
    assert dialog.comparison.cost_difference == -before.cost_difference
    dialog.b.setCurrentIndex(2)  # version 1: the main schedule as published
    qtbot.waitUntil(lambda: dialog.comparison.b.ref.kind == "version" and not dialog.busy,
                    timeout=30_000)
    assert dialog.moves.rowCount() == 1


def test_deleting_a_session_and_undoing_it_brings_back_its_place_in_every_scenario(qtbot, window):
    from scheduler.domain import models as m

    project, feature = window.project, window.scenarios
    feature.save_as("Plan B")
    feature.switch("Plan B")
    before = raw(project)
    key = sorted(window.state.schedule)[0]
    assert window.editor.delete_rows(m.Session, [key])
    assert raw(project)["scenarioplacement"] < before["scenarioplacement"]  # gone from the main too
    window.editor.undo()
    assert raw(project) == before


# -- the comparison off the GUI thread ------------------------------------------------------------


@pytest.fixture(scope="module")
def big_with_plan_b(tmp_path_factory):
    """1,000 generated sessions with their planted schedule, and scenario 'Plan B' in which
    every third session starts 30 minutes later (written in the whole-event JSON)."""
    from datetime import datetime, timedelta

    from scheduler.generate import generate_event

    def later(entry):
        return entry | {"start": (datetime.fromisoformat(entry["start"])
                                  + timedelta(minutes=30)).isoformat()}

    folder = tmp_path_factory.mktemp("big-plan-b")
    document = generate_event(1000, seed=1, with_schedule=True)
    stamp = "2021-05-20T09:00:00+08:00"
    document |= {"scenarios": [{"name": "Plan B", "note": "", "created_at": stamp,
                                "updated_at": stamp,
                                "placements": [later(e) if i % 3 == 0 else e
                                               for i, e in enumerate(document["schedule"])]}],
                 "active_scenario": None, "main_schedule": None}
    source = folder / "big.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    create_project_from_json(folder / "big.slotwise", source).close()
    return folder / "big.slotwise"


def test_the_gui_thread_keeps_its_pace_while_1000_sessions_are_compared(qtbot, big_with_plan_b,
                                                                        tmp_path, settled):
    """Read on a thread, validated in the worker process: a 20 ms timer goes on ticking."""
    from scheduler.scenarios import compare

    window = open_window(qtbot, shutil.copy(big_with_plan_b, tmp_path / "big.slotwise"))
    wait_for_findings(qtbot, window)  # the worker process is up, as it is in use
    metronome = Metronome()
    qtbot.wait(100)
    started = time.perf_counter()
    dialog = window.scenarios.show_compare("Plan B")
    opened = time.perf_counter() - started
    qtbot.waitUntil(lambda: dialog.comparison is not None and not dialog.busy, timeout=60_000)
    first = time.perf_counter() - started
    dialog.swap()  # and once more, with the dialog and its tables full
    qtbot.waitUntil(lambda: dialog.comparison.a.ref.kind == "scenario" and not dialog.busy,
                    timeout=60_000)
    qtbot.wait(100)
    longest = metronome.stop()
    assert longest < 0.15, (f"the GUI thread stalled {longest:.3f} s (dialog shown after "
                              f"{opened:.3f} s, first comparison after {first:.3f} s)")
    with Project.open(tmp_path / "big.slotwise") as project:
        expected = compare(project, "Plan B", "main")  # directly, with the validator
    assert dialog.comparison.as_dict() == expected.as_dict()
    assert len(expected.moves) == 334 and dialog.moves.rowCount() == 334
    assert dialog.comparison.a.validation == expected.a.validation


def test_only_the_latest_choice_is_shown(qtbot, window):
    from scheduler.scenarios import compare

    feature = window.scenarios
    feature.save_as("Plan B")
    feature.switch("Plan B")
    make_clash(window)
    dialog = feature.show_compare("Plan B")
    shown = []
    dialog.compared.connect(shown.append)
    assert dialog.busy
    dialog.swap()  # while the first comparison runs
    dialog.swap()  # back: main against Plan B once more
    dialog.b.setCurrentIndex(0)  # main against main, the last choice
    qtbot.waitUntil(lambda: bool(shown) and not dialog.busy, timeout=30_000)
    qtbot.wait(300)  # time for a stale answer to come in, if it were not dropped
    assert [(c.a.ref.kind, c.b.ref.kind) for c in shown] == [("main", "main")]
    assert shown[0].as_dict() == compare(window.project, "main", "main").as_dict()
    assert dialog.moves.rowCount() == 0 and "0 session(s)" in dialog.moves_title.text()


def test_a_side_that_cannot_be_read_is_said_and_closing_mid_comparison_is_clean(qtbot, window):
    from desktop.scenarios import compare_dialog
    from scheduler.scenarios import SideRef

    dialog = window.scenarios.show_compare()
    dialog.set_choices(["Gone"], [], SideRef("main"), SideRef("scenario", name="Gone"))
    qtbot.waitUntil(lambda: not dialog.busy and "Gone" in dialog.status.text(), timeout=30_000)
    assert "no scenario named 'Gone'" in dialog.status.text()
    window.scenarios.save_as("Plan B")
    dialog = window.scenarios.show_compare("Plan B")
    assert dialog.busy
    dialog.close()
    again = window.scenarios.show_compare("Plan B")  # deletes the first dialog, mid-comparison
    qtbot.waitUntil(lambda: again.comparison is not None and not again.busy, timeout=30_000)
    assert again.comparison.moves == () and again.comparison.b.ref.name == "Plan B"
    behind = compare_dialog._reading.submit(lambda: None)  # runs once every comparison is done
    qtbot.waitUntil(behind.done, timeout=30_000)
    qtbot.wait(200)  # the first answer went nowhere, and nothing failed on the way
