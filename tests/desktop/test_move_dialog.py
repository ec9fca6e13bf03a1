"""Move to…: the keyboard's drag. M on a block (or Ctrl+M, or M in the unscheduled list) opens a
dialog of day, snapped start, the places the session's mode allows and "pin"; the validator's
verdict follows the fields; a forbidden move needs "Place anyway"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scheduler.problem import Placement
import desktop_kit as kit
from drag_kit import path, solved_file  # noqa: F401 (fixtures)
from drag_kit import block_of, cell, pins, stored, verdict_on


@pytest.fixture
def window(qtbot, path):
    shown = kit.open_window(qtbot, path, active=True)
    kit.wait_for_findings(qtbot, shown)
    return shown


def press_m(qtbot, window, key):
    view = window.tabs.view_of_day(0)
    view.setFocus()
    view.select_block(block_of(window, key))
    with qtbot.waitSignal(window.replanning.move_shown) as shown:
        qtbot.keyClick(view, Qt.Key.Key_M)
    return shown.args[0]


def choose(qtbot, dialog, move):
    """Set the fields to ``move`` from the keyboard's point of view (the combos' own items)."""
    dialog.start.setCurrentIndex(dialog.start.findData(move.start))
    if dialog.room is not None:
        dialog.room.setCurrentIndex(dialog.room.findData(move.room))
    if dialog.channel is not None:
        dialog.channel.setCurrentIndex(dialog.channel.findData(move.channel))
    assert dialog.move() == move
    qtbot.waitUntil(lambda: dialog.verdict is not None and dialog.verdict.move == move, timeout=20_000)


def on_site(window):
    return next(k for k, p in sorted(window.read.schedule.items()) if p.room and not p.channel)


def test_m_opens_the_dialog_on_the_sessions_place_with_snapped_starts_and_only_its_kinds_of_place(
        qtbot, window):
    key = on_site(window)
    dialog = press_m(qtbot, window, key)
    placed = window.read.schedule[key]
    assert dialog.isVisible() and dialog.move() == dialog.move().__class__(key, placed.start, placed.room)
    assert dialog.channel is None and dialog.room is not None, "on site: rooms only"
    assert dialog.pin.isChecked()
    granularity = window.read.problem.event.granularity
    starts = [dialog.start.itemData(i) for i in range(dialog.start.count())]
    assert starts and all(s % granularity == 0 for s in starts)
    assert [dialog.start.itemText(i) for i in range(2)] == [window.state.clock(s) for s in starts[:2]]
    dialog.reject()
    hybrid = next(k for k, p in sorted(window.read.schedule.items()) if p.room and p.channel)
    dialog = press_m(qtbot, window, hybrid)
    assert dialog.room is not None and dialog.channel is not None
    dialog.reject()
    online = next(k for k, p in sorted(window.read.schedule.items()) if p.channel and not p.room)
    dialog = window.replanning.open_move(online)
    assert dialog.room is None and dialog.channel is not None
    dialog.reject()


def test_an_allowed_move_from_the_dialog_moves_and_pins_as_one_undo_step(qtbot, window, path):
    key = on_site(window)
    before = stored(path)
    move = cell(window, key, "room")
    dialog = press_m(qtbot, window, key)
    choose(qtbot, dialog, move)
    assert dialog.verdict == verdict_on(window, move)
    assert dialog.ok.isEnabled() and not dialog.anyway.isVisible()
    assert dialog.text.startswith("<b") and "Allowed" in dialog.text
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Move
    assert stored(path)[key] == Placement(key, move.start, move.room)
    assert pins(path, key) == (move.start, move.room, None)
    assert window.undo_action.text().startswith("&Undo Move and pin ")
    window.undo_action.trigger()
    assert stored(path) == before and pins(path, key) == (None, None, None)


def test_a_forbidden_move_is_refused_unless_placed_anyway_and_then_the_status_bar_says_why(
        qtbot, window, path):
    key = on_site(window)
    before = stored(path)
    move = cell(window, key, "room", allowed=False)
    expected = verdict_on(window, move)
    dialog = press_m(qtbot, window, key)
    choose(qtbot, dialog, move)
    assert not dialog.ok.isEnabled() and dialog.anyway.isVisible()
    assert "Not allowed" in dialog.text and expected.reason in dialog.text
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Move is disabled: nothing happens
    assert stored(path) == before
    dialog.pin.setChecked(False)  # a plain move: the session is not pinned
    qtbot.waitUntil(lambda: dialog.verdict is not None and not dialog.verdict.move.pin, timeout=20_000)
    dialog.anyway.click()
    assert stored(path)[key] == Placement(key, move.start, move.room)
    assert pins(path, key) == (None, None, None)
    assert window.statusBar().currentMessage().endswith(
        f" — it breaks a hard rule: {dialog.forced.reason}")
    window.undo_action.trigger()
    assert stored(path) == before


def test_ctrl_m_and_m_in_the_unscheduled_list_place_an_unscheduled_session(qtbot, window, path):
    key = on_site(window)
    assert window.editor.unschedule(key)
    kit.wait_for_findings(qtbot, window)
    window.unscheduled.select(key)
    window.tabs.clear_selection()
    listing = window.unscheduled.list
    listing.setFocus()
    with qtbot.waitSignal(window.replanning.move_shown) as shown:
        qtbot.keyClick(listing, Qt.Key.Key_M)
    dialog = shown.args[0]
    assert dialog.key == key
    dialog.reject()
    with qtbot.waitSignal(window.replanning.move_shown) as shown:
        window.replanning.move_action.trigger()  # Schedule > Move to… (Ctrl+M)
    dialog = shown.args[0]
    assert window.replanning.move_action.shortcut().toString() == "Ctrl+M"
    move = cell(window, key, "room")
    choose(qtbot, dialog, move)
    dialog.ok.click()
    assert stored(path)[key] == Placement(key, move.start, move.room)
    assert window.undo_action.text().startswith("&Undo Place and pin ")
    QApplication.processEvents()
