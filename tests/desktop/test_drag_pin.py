"""Moving, placing, pinning and unscheduling sessions by hand in the timetable, each one undo step."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.timetable import palette
from desktop.timetable.layout import COLUMN
from resources import sample_path
from scheduler import Project
from scheduler.domain import models as m
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
import desktop_kit as kit


@pytest.fixture(scope="module")
def solved_file(tmp_path_factory):
    """The small sample with a solved schedule stored (made once; each test copies it)."""
    path = tmp_path_factory.mktemp("solved") / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        save_schedule(project, problem, solve(problem, time_limit=10, workers=1).schedule)
    return path


@pytest.fixture
def path(solved_file, tmp_path):
    copy = tmp_path / "small.slotwise"
    shutil.copy(solved_file, copy)
    return copy


def open_window(qtbot, path) -> MainWindow:
    return kit.open_window(qtbot, path, active=True)


def stored(path):
    """The schedule in the file, read through a connection of its own."""
    with Project.open(path) as project:
        return stored_schedule(project, snapshot(project))


def stored_session(path, key) -> m.Session:
    with Project.open(path) as project:
        return project.get(m.Session, key)


def scene_of(window):
    return window.tabs.view_of_day(0).day_scene()


def block_of(window, key, kind="room"):
    return next(b for b in scene_of(window).blocks[key] if b.kind == kind)


def room_only(window, schedule):
    """An on-site session's key, and a room it is not in."""
    key = next(k for k, p in sorted(schedule.items()) if p.room and not p.channel)
    other = next(r.key for r in window.state.problem.rooms if r.key != schedule[key].room)
    return key, other


def shown(window, *points: QPointF) -> list[QPoint]:
    """Scroll the day so that the scene points are in view; their viewport positions."""
    view = window.tabs.view_of_day(0)
    middle = sum(points, QPointF()) / len(points)
    size = view.viewport().size()
    view.scroll_to(int(middle.x() - size.width() / 2), int(middle.y() - size.height() / 2))
    found = [view.mapFromScene(p) for p in points]
    assert all(view.viewport().rect().contains(p) for p in found), "the test drags in view"
    return found


def drag_block(qtbot, window, block, column: int, minute: int) -> None:
    """Take the block by its middle and let go with its top edge at ``minute`` of ``column``."""
    grid = scene_of(window).grid
    grab = block.sceneBoundingRect().center()
    below_top = grab.y() - (block.pos().y() - 1)
    target = QPointF(grid.x(column) + COLUMN / 2, grid.y(minute) + below_top)
    press, release = shown(window, grab, target)
    viewport = window.tabs.view_of_day(0).viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, (press + release) / 2)
    qtbot.mouseMove(viewport, release)
    assert block.dragging and scene_of(window).marker.isVisible(), "the drop target is shown"
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)


def drop_from_list(window, key: str, column: int, minute: int) -> None:
    """Drag session ``key`` out of the unscheduled list and drop it on a cell (Qt's own drop
    events, with the list's own drag data)."""
    panel = window.unscheduled
    data = panel.proxy.mimeData([panel.proxy.index(panel.shown_keys().index(key), 0)])
    grid = scene_of(window).grid
    [pos] = shown(window, QPointF(grid.x(column) + COLUMN / 2, grid.y(minute) + 1))
    viewport = window.tabs.view_of_day(0).viewport()
    actions, button, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, data, button, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, data, button, none))
    assert scene_of(window).marker.isVisible()
    drop = QDropEvent(QPointF(pos), actions, data, button, none)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_dragging_a_block_moves_the_session_to_the_room_and_snapped_time_and_undo_moves_it_back(
        qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key, room = room_only(window, before)
    block = block_of(window, key)
    grid = scene_of(window).grid
    minute = before[key].start + 67  # between two 5-minute marks: the move snaps to 65
    drag_block(qtbot, window, block, grid.index_of("room", room), minute)

    moved = before[key].start + 65
    assert stored(path)[key] == before[key].__class__(key, moved, room, None)
    assert {k: p for k, p in stored(path).items() if k != key} == \
        {k: p for k, p in before.items() if k != key}, "nothing else moved"
    title, name = window.state.problem.session[key].title, window.state.problem.room[room].name
    assert window.undo_action.text() == f"&Undo Move '{title}' to {name}, Fri {window.state.clock(moved)}"
    block = block_of(window, key)
    grid = scene_of(window).grid
    assert (block.key, block.start) == (room, moved)
    assert block.pos().y() == pytest.approx(grid.y(moved) + 1)
    assert grid.x(grid.index_of("room", room)) <= block.sceneBoundingRect().center().x() \
        < grid.x(grid.index_of("room", room) + 1)

    window.undo_action.trigger()
    assert stored(path) == before
    block = block_of(window, key)
    assert (block.key, block.start) == (before[key].room, before[key].start)
    assert block.pos().y() == pytest.approx(scene_of(window).grid.y(before[key].start) + 1)
    window.redo_action.trigger()
    assert stored(path)[key].room == room and block_of(window, key).key == room


def test_a_hybrid_sessions_channel_block_moves_its_channel_and_time_and_keeps_its_room(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(before.items()) if p.room and p.channel)
    channel = next(c.key for c in window.state.problem.channels if c.key != before[key].channel)
    grid = scene_of(window).grid
    drag_block(qtbot, window, block_of(window, key, "channel"), grid.index_of("channel", channel),
               before[key].start - 60)
    assert stored(path)[key] == before[key].__class__(key, before[key].start - 60, before[key].room,
                                                      channel)
    assert {b.kind: b.key for b in scene_of(window).blocks[key]} == \
        {"room": before[key].room, "channel": channel}


def test_a_session_dragged_from_the_unscheduled_list_is_placed_where_it_is_dropped(qtbot, path):
    window = open_window(qtbot, path)
    key, room = room_only(window, stored(path))
    assert window.editor.unschedule(key)
    assert key in window.unscheduled.shown_keys() and key not in scene_of(window).blocks
    hours = window.state.problem.event.hours[0]
    minute = hours.start + 120
    drop_from_list(window, key, scene_of(window).grid.index_of("room", room), minute + 2)

    assert stored(path)[key].room == room and stored(path)[key].start == minute
    assert key not in window.unscheduled.shown_keys()
    assert block_of(window, key).start == minute
    title = window.state.problem.session[key].title
    assert window.undo_action.text().startswith(f"&Undo Place '{title}' to ")
    window.undo_action.trigger()
    assert key not in stored(path) and key in window.unscheduled.shown_keys()


def test_a_hybrid_session_dropped_in_a_room_gets_a_channel_free_at_that_time(qtbot, path):
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(stored(path).items()) if p.room and p.channel)
    assert window.editor.unschedule(key)
    room = window.state.problem.rooms[0].key
    minute = window.state.problem.event.hours[0].end - 60
    drop_from_list(window, key, scene_of(window).grid.index_of("room", room), minute)
    placed = stored(path)[key]
    assert (placed.room, placed.start) == (room, minute) and placed.channel
    assert {b.kind for b in scene_of(window).blocks[key]} == {"room", "channel"}
    kit.wait_for_findings(qtbot, window)
    assert not [v for v in window.state.findings.get(key, ())
                if v.rule in ("channel_overlap", "place_matches_mode")]


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
    key, _ = room_only(window, before)
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


def test_a_pinned_session_takes_its_pin_along_when_it_is_moved(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key, room = room_only(window, before)
    assert window.editor.set_pinned(key, True)
    grid = scene_of(window).grid
    drag_block(qtbot, window, block_of(window, key), grid.index_of("room", room), before[key].start + 30)
    session = stored_session(path, key)
    assert session.pin_start == window.state.problem.moment(before[key].start + 30)
    kit.wait_for_findings(qtbot, window)
    assert not [v for v in window.state.findings.get(key, ()) if v.rule == "pin"]
    assert block_of(window, key).pinned_here
    window.undo_action.trigger()
    assert stored_session(path, key).pin_start == window.state.problem.moment(before[key].start)


def test_the_block_menu_and_the_delete_key_unschedule_and_undo_puts_it_back(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key, _ = room_only(window, before)
    view = window.tabs.view_of_day(0)
    menu = view.block_menu(block_of(window, key))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Pin here", "Unpin", "Unschedule"}
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


def test_a_move_onto_another_session_is_kept_but_outlined_red_with_the_reason(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    on_site = sorted((p for p in before.values() if p.room and not p.channel), key=lambda p: p.start)
    first = on_site[0]
    second = next(p for p in on_site if p.room != first.room)
    grid = scene_of(window).grid
    drag_block(qtbot, window, block_of(window, second.session), grid.index_of("room", first.room),
               first.start)
    assert stored(path)[second.session] == second.__class__(second.session, first.start, first.room)
    kit.wait_for_findings(qtbot, window)
    block = block_of(window, second.session)
    assert block.severity == "hard" and block.outline_color == palette.HARD
    assert "room_overlap" in block.toolTip()
    message = window.statusBar().currentMessage()
    hard = [v.message for v in window.state.findings[second.session] if v.severity == "hard"]
    assert "it now breaks a hard rule: " in message and any(words in message for words in hard)


def test_an_online_session_dropped_in_a_room_is_refused_with_the_reason(qtbot, path):
    before = stored(path)
    window = open_window(qtbot, path)
    key = next(k for k, p in sorted(before.items()) if p.channel and not p.room)
    room = window.state.problem.rooms[0].key
    drag_block(qtbot, window, block_of(window, key, "channel"),
               scene_of(window).grid.index_of("room", room), before[key].start)
    assert stored(path) == before
    assert not window.undo_action.isEnabled()
    title = window.state.problem.session[key].title
    assert window.statusBar().currentMessage() == \
        f"'{title}' is online: drop it on an online channel, not in a room"
    assert block_of(window, key, "channel").opacity() == 1.0
    assert not scene_of(window).marker.isVisible()
