"""Moving, placing, pinning and unscheduling sessions by hand in the timetable, each one undo step.

A drop the validator allows moves the session AND pins it there; a drop that would break a hard
rule is refused with the reason, and nothing is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.main_window import MainWindow
from desktop.timetable import palette
from scheduler import Project
from scheduler.domain import models as m
from scheduler.problem import Placement
import desktop_kit as kit
from drag_kit import path, solved_file  # noqa: F401 (fixtures)
from drag_kit import (block_of, cell, drag_block, drop_from_list, pins, scene_of, stored,
                      stored_session, verdict_on)


def open_window(qtbot, path) -> MainWindow:
    window = kit.open_window(qtbot, path, active=True)
    kit.wait_for_findings(qtbot, window)  # the worker keeps this schedule for the verdicts
    return window


def on_site(schedule) -> str:
    return next(k for k, p in sorted(schedule.items()) if p.room and not p.channel)


def column(window, kind, key) -> int:
    return scene_of(window).grid.index_of(kind, key)


def test_dragging_a_block_moves_and_pins_the_session_at_the_snapped_time_and_undo_restores_both(
        qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = on_site(before)
    move = cell(window, key, "room")
    assert pins(path, key) == (None, None, None)
    assert drag_block(qtbot, window, block_of(window, key), column(window, "room", move.room),
                      move.start + 2)  # between two 5-minute marks: the move snaps back

    assert stored(path)[key] == Placement(key, move.start, move.room, None)
    assert pins(path, key) == (move.start, move.room, None), "the drop pins it there"
    assert {k: p for k, p in stored(path).items() if k != key} == \
        {k: p for k, p in before.items() if k != key}, "nothing else moved"
    title, name = window.state.problem.session[key].title, window.state.problem.room[move.room].name
    assert window.undo_action.text() == \
        f"&Undo Move and pin '{title}' to {name}, Fri {window.state.clock(move.start)}"
    assert window.statusBar().currentMessage() == f"Move and pin '{title}' to {name}, " \
        f"Fri {window.state.clock(move.start)}"
    block = block_of(window, key)
    grid = scene_of(window).grid
    assert (block.key, block.start, block.pinned_here) == (move.room, move.start, True)
    assert block.pos().y() == pytest.approx(grid.y(move.start) + 1)
    assert grid.x(grid.index_of("room", move.room)) <= block.sceneBoundingRect().center().x() \
        < grid.x(grid.index_of("room", move.room) + 1)

    window.undo_action.trigger()
    assert stored(path) == before and pins(path, key) == (None, None, None)
    block = block_of(window, key)
    assert (block.key, block.start, block.pinned) == (before[key].room, before[key].start, False)
    assert block.pos().y() == pytest.approx(scene_of(window).grid.y(before[key].start) + 1)
    window.redo_action.trigger()
    assert stored(path)[key].room == move.room and block_of(window, key).key == move.room
    assert pins(path, key) == (move.start, move.room, None)


def test_a_hybrid_sessions_channel_block_moves_its_channel_and_time_and_keeps_its_room(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(before.items()) if p.room and p.channel)
    move = cell(window, key, "channel", own=True)
    assert move.start != before[key].start
    assert move.room == before[key].room, "the room stays"
    assert drag_block(qtbot, window, block_of(window, key, "channel"),
                      column(window, "channel", move.channel), move.start)
    assert stored(path)[key] == Placement(key, move.start, before[key].room, move.channel)
    assert pins(path, key) == (move.start, before[key].room, move.channel)
    assert {b.kind: b.key for b in scene_of(window).blocks[key]} == \
        {"room": before[key].room, "channel": move.channel}


def test_a_session_dragged_from_the_unscheduled_list_is_placed_and_pinned_where_it_is_dropped(
        qtbot, path):
    window = open_window(qtbot, path)
    key = on_site(stored(path))
    assert window.editor.unschedule(key)
    assert key in window.unscheduled.shown_keys() and key not in scene_of(window).blocks
    kit.wait_for_findings(qtbot, window)
    move = cell(window, key, "room")
    assert drop_from_list(qtbot, window, key, column(window, "room", move.room), move.start + 2)

    assert stored(path)[key] == Placement(key, move.start, move.room, None)
    assert pins(path, key) == (move.start, move.room, None)
    assert key not in window.unscheduled.shown_keys()
    assert block_of(window, key).start == move.start
    title = window.state.problem.session[key].title
    assert window.undo_action.text().startswith(f"&Undo Place and pin '{title}' to ")
    window.undo_action.trigger()
    assert key not in stored(path) and key in window.unscheduled.shown_keys()
    assert pins(path, key) == (None, None, None)


def test_a_hybrid_session_dropped_in_a_room_gets_a_channel_free_at_that_time(qtbot, path):
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(stored(path).items()) if p.room and p.channel)
    assert window.editor.unschedule(key)
    kit.wait_for_findings(qtbot, window)
    move = cell(window, key, "room")
    assert drop_from_list(qtbot, window, key, column(window, "room", move.room), move.start)
    placed = stored(path)[key]
    assert (placed.room, placed.start) == (move.room, move.start) and placed.channel
    assert {b.kind for b in scene_of(window).blocks[key]} == {"room", "channel"}
    kit.wait_for_findings(qtbot, window)
    assert not [v for v in window.state.findings.get(key, ()) if v.severity == "hard"]


def pin_pixels(block) -> int:
    """How many pixels of the pin's head are painted on the block."""
    scene, area = block.scene(), block.sceneBoundingRect()
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    head = palette.HARD.darker(110).rgb()
    return sum(image.pixel(x, y) == head for x in range(image.width()) for y in range(12))


def test_p_pins_a_block_where_it_is_and_unpins_it_and_the_pin_is_in_the_file(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = on_site(before)
    view = window.tabs.view_of_day(0)
    view.setFocus()
    view.select_block(block_of(window, key))
    assert not block_of(window, key).pinned and pin_pixels(block_of(window, key)) == 0

    qtbot.keyClick(view, Qt.Key.Key_P)
    session = stored_session(path, key)
    assert session.pin_start == window.state.problem.moment(before[key].start)
    with Project.open(path) as project:
        assert project.get(m.Room, before[key].room).id == session.pin_room_id
    assert session.pin_channel_id is None
    block = block_of(window, key)
    assert block.pinned and block.isSelected() and pin_pixels(block) > 0
    assert window.undo_action.text().startswith(f"&Undo Pin '{block.info.title}' to ")

    view = window.tabs.view_of_day(0)  # a new one, read from the file again
    assert view.hasFocus(), "the keys go on working after an edit"
    qtbot.keyClick(view, Qt.Key.Key_P)
    session = stored_session(path, key)
    assert (session.pin_start, session.pin_room_id, session.pin_channel_id) == (None, None, None)
    assert not block_of(window, key).pinned
    window.undo_action.trigger()
    assert stored_session(path, key).pin_start is not None and block_of(window, key).pinned
    assert stored(path) == before, "pinning moves nothing"


def test_a_pinned_session_dragged_elsewhere_is_pinned_at_its_new_place(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = on_site(before)
    assert window.editor.set_pinned(key, True)
    kit.wait_for_findings(qtbot, window)
    move = cell(window, key, "room")
    assert drag_block(qtbot, window, block_of(window, key), column(window, "room", move.room),
                      move.start)
    assert pins(path, key) == (move.start, move.room, None)
    kit.wait_for_findings(qtbot, window)
    assert not [v for v in window.state.findings.get(key, ()) if v.rule == "pin"]
    assert block_of(window, key).pinned_here
    window.undo_action.trigger()
    assert pins(path, key) == (before[key].start, before[key].room, None)


def test_the_block_menu_and_the_delete_key_unschedule_and_undo_puts_it_back(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = on_site(before)
    view = window.tabs.view_of_day(0)
    menu = view.block_menu(block_of(window, key))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Move to…", "Pin here", "Unpin", "Unschedule"}
    assert actions["Pin here"].isEnabled() and not actions["Unpin"].isEnabled()
    actions["Pin here"].trigger()
    assert stored_session(path, key).pin_start is not None
    menu = view.block_menu(block_of(window, key))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Pin here"].isEnabled() and actions["Unpin"].isEnabled()

    actions["Unschedule"].trigger()
    assert key not in stored(path) and key not in scene_of(window).blocks
    assert key in window.unscheduled.shown_keys()
    assert window.undo_action.text() == f"&Undo Unschedule '{window.state.problem.session[key].title}'"
    window.undo_action.trigger()
    assert stored(path) == before

    view = window.tabs.view_of_day(0)
    view.select_block(block_of(window, key))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert key not in stored(path) and key in window.unscheduled.shown_keys()


def test_a_move_onto_another_session_is_refused_with_the_validators_reason(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    on_site_ones = sorted((p for p in before.values() if p.room and not p.channel),
                          key=lambda p: p.start)
    first = on_site_ones[0]
    second = next(p for p in on_site_ones if p.room != first.room)
    move = window.timetable_editing.move_at(second.session, "room", first.room, first.start)
    verdict = verdict_on(window, move)
    assert not verdict.allowed and "room_overlap" in {v.rule for v in verdict.broken}
    assert not drag_block(qtbot, window, block_of(window, second.session),
                          column(window, "room", first.room), first.start)
    assert stored(path) == before and pins(path, second.session) == (None, None, None)
    assert not window.undo_action.isEnabled(), "no undo step"
    assert window.statusBar().currentMessage() == f"Not moved: {verdict.reason}"
    assert block_of(window, second.session).opacity() == 1.0
    assert not scene_of(window).marker.isVisible()


def test_an_online_session_dropped_in_a_room_is_refused_with_the_reason(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(before.items()) if p.channel and not p.room)
    room = window.state.problem.rooms[0].key
    assert not drag_block(qtbot, window, block_of(window, key, "channel"),
                          column(window, "room", room), before[key].start)
    assert stored(path) == before
    assert not window.undo_action.isEnabled()
    title = window.state.problem.session[key].title
    assert window.statusBar().currentMessage() == \
        f"'{title}' is online: drop it on an online channel, not in a room"
    assert block_of(window, key, "channel").opacity() == 1.0
    assert not scene_of(window).marker.isVisible()
