"""The timetable: blocks where the schedule puts them, red outlines, hatching, zoom, keys."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.main_window import MainWindow
from desktop.timetable import palette
from desktop.timetable.layout import ZOOMS, lanes
from resources import sample_path
from scheduler.generate import generate_event
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.solver import solve
import desktop_kit as kit


@pytest.fixture
def small(tmp_path):
    """The small sample with a solved schedule stored in it (path, problem, schedule)."""
    project = create_project_from_json(tmp_path / "small.slotwise", sample_path("small"))
    problem = snapshot(project)
    schedule = solve(problem, time_limit=10, workers=1).schedule
    save_schedule(project, problem, schedule)
    project.close()
    return tmp_path / "small.slotwise", problem, schedule


@pytest.fixture
def two_days(tmp_path):
    """A generated two-day event with its planted schedule stored (path, problem, schedule)."""
    source = tmp_path / "generated.json"
    source.write_text(json.dumps(generate_event(40, seed=3, with_schedule=True)), encoding="utf-8")
    with create_project_from_json(tmp_path / "two-days.slotwise", source) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
    return tmp_path / "two-days.slotwise", problem, schedule


def open_window(qtbot, path) -> MainWindow:
    return kit.open_window(qtbot, path, active=True)


def blocks_of(window, day: int, key: str):
    return window.tabs.view_of_day(day).day_scene().blocks.get(key, [])


@pytest.mark.parametrize("fixture", ["small", "two_days"])
def test_every_scheduled_session_has_a_block_in_its_day_column_and_row(qtbot, request, fixture):
    path, problem, schedule = request.getfixturevalue(fixture)
    window = open_window(qtbot, path)
    assert window.tabs.count() == len(problem.event.days)
    days_seen = set()
    for placement in schedule.values():
        day = problem.day_of(placement.start)
        days_seen.add(day)
        scene = window.tabs.view_of_day(day).day_scene()
        places = {(b.kind, b.key): b for b in blocks_of(window, day, placement.session)}
        expected = {(k, v) for k, v in (("room", placement.room), ("channel", placement.channel)) if v}
        assert set(places) == expected, placement
        for (kind, key), block in places.items():
            column = scene.grid.index_of(kind, key)
            box = block.sceneBoundingRect()
            assert scene.grid.x(column) <= box.center().x() < scene.grid.x(column + 1)
            assert block.pos().y() == pytest.approx(scene.grid.y(placement.start) + 1)
            assert block.rect().height() == pytest.approx(
                problem.session[placement.session].duration * scene.grid.ppm - 2)
        others = [d for d in range(len(problem.event.days)) if d != day]
        assert all(not blocks_of(window, d, placement.session) for d in others)
    if fixture == "two_days":
        assert days_seen == {0, 1}, "the generated event uses both days"


def clash(path, problem, schedule) -> tuple[str, str]:
    """Store the schedule with a second on-site session moved onto the first one's room and time."""
    on_site = sorted((p for p in schedule.values() if p.room and not p.channel), key=lambda p: p.start)
    first, second = on_site[0], next(p for p in on_site if p.room != on_site[0].room)
    changed = dict(schedule)
    changed[second.session] = replace(second, room=first.room, start=first.start)
    from scheduler import Project

    with Project.open(path) as project:
        save_schedule(project, problem, changed)
    return first.session, second.session


def test_a_block_that_breaks_a_hard_rule_is_outlined_red_and_names_the_rule(qtbot, small):
    path, problem, schedule = small
    first, second = clash(path, problem, schedule)
    window = open_window(qtbot, path)
    kit.wait_for_findings(qtbot, window)
    block = blocks_of(window, 0, second)[0]
    assert block.severity == "hard"
    assert block.outline_color == palette.HARD
    assert "HARD: room overlap" in block.toolTip()  # the rule by its name (translated in Chinese)
    assert problem.session[first].title.replace("'", "&#x27;") in block.toolTip()
    hard = {key for v in window.state.validation.hard for key in v.sessions}
    blocks = window.tabs.view_of_day(0).day_scene().all_blocks()
    assert {b.session for b in blocks if b.outline_color == palette.HARD} == hard
    clean = [b for b in blocks if b.session not in hard]
    assert clean, "some sessions break no hard rule"
    assert _border_colour(block) == palette.HARD.rgb()
    assert _border_colour(clean[0]) != palette.HARD.rgb()


def _border_colour(block) -> int:
    """The colour actually painted just inside the block's left edge, half-way down."""
    scene = block.scene()
    area = block.sceneBoundingRect()
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image.pixelColor(3, image.height() // 2).rgb()


def test_both_clashing_blocks_stay_visible_side_by_side(qtbot, small):
    path, problem, schedule = small
    first, second = clash(path, problem, schedule)
    window = open_window(qtbot, path)
    a, b = (next(x for x in blocks_of(window, 0, key) if x.kind == "room") for key in (first, second))
    assert (a.lanes, b.lanes) == (2, 2) and {a.lane, b.lane} == {0, 1}
    assert not a.sceneBoundingRect().adjusted(2, 2, -2, -2).intersects(
        b.sceneBoundingRect().adjusted(2, 2, -2, -2))


def test_unavailable_room_times_are_hatched(qtbot, small):
    path, problem, _ = small
    window = open_window(qtbot, path)
    scene = window.tabs.view_of_day(0).day_scene()
    room = next(r for r in problem.rooms if r.unavailable)
    window_span = room.unavailable[0]
    items = [(item, column) for item, column, _ in scene.unavailable
             if column == scene.grid.index_of("room", room.key)]
    assert len(items) == 1
    item = items[0][0]
    assert item.brush().style() == Qt.BrushStyle.BDiagPattern
    assert item.rect().top() == pytest.approx(scene.grid.y(window_span.start))
    assert item.rect().bottom() == pytest.approx(scene.grid.y(window_span.end))
    assert "unavailable" in item.toolTip()


def test_hybrid_sessions_show_in_their_room_and_their_channel(qtbot, small):
    path, problem, schedule = small
    window = open_window(qtbot, path)
    hybrid = next(p for p in schedule.values() if problem.session[p.session].mode == "hybrid")
    blocks = blocks_of(window, 0, hybrid.session)
    assert sorted(b.kind for b in blocks) == ["channel", "room"]
    assert [b.twin for b in sorted(blocks, key=lambda b: b.kind)] == [True, False]
    assert "HYB" in blocks[0].texts["badges"]


def test_zoom_keys_change_the_height_of_time_not_the_columns(qtbot, small):
    path, problem, schedule = small
    window = open_window(qtbot, path)
    scene = window.tabs.view_of_day(0).day_scene()
    block = scene.all_blocks()[0]
    height, width, ppm = block.rect().height(), block.rect().width(), scene.grid.ppm
    view = window.tabs.view_of_day(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert scene.grid.ppm > ppm and block.rect().height() > height
    assert block.rect().width() == width
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert scene.grid.ppm < ppm and block.rect().height() < height
    assert block.pos().y() == pytest.approx(scene.grid.y(block.start) + 1)
    assert scene.grid.ppm in ZOOMS


def test_arrow_keys_and_tab_move_between_blocks(qtbot, two_days):
    path, problem, schedule = two_days
    window = open_window(qtbot, path)
    view = window.tabs.view_of_day(0)
    scene = view.day_scene()
    grid = scene.grid
    in_time_order = sorted(scene.all_blocks(), key=lambda b: (b.start, grid.index_of(b.kind, b.key), b.lane))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_blocks() == [in_time_order[0]]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_blocks() == [in_time_order[1]]
    current = in_time_order[1]
    column = grid.index_of(current.kind, current.key)
    same_column = [b for b in in_time_order if grid.index_of(b.kind, b.key) == column]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    if len(same_column) > same_column.index(current) + 1:
        assert scene.selected_blocks() == [same_column[same_column.index(current) + 1]]
    current = scene.selected_blocks()[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    moved = scene.selected_blocks()[0]
    assert grid.index_of(moved.kind, moved.key) > grid.index_of(current.kind, current.key)
    assert window.details.key == moved.session


def test_only_the_rooms_in_use_can_be_shown(qtbot, two_days):
    path, problem, schedule = two_days
    emptied = next(p.room for p in schedule.values() if p.room and problem.day_of(p.start) == 0)
    schedule = {k: p for k, p in schedule.items()
                if not (p.room == emptied and problem.day_of(p.start) == 0)}
    from scheduler import Project

    with Project.open(path) as project:
        save_schedule(project, problem, schedule)
    window = open_window(qtbot, path)
    everything = len(window.tabs.view_of_day(0).day_scene().grid.columns)
    window.only_used_action.trigger()
    scene = window.tabs.view_of_day(0).day_scene()
    used = {(k, v) for p in schedule.values() if problem.day_of(p.start) == 0
            for k, v in (("room", p.room), ("channel", p.channel)) if v}
    assert {(c.kind, c.key) for c in scene.grid.columns} == used
    assert len(used) < everything
    for block in scene.all_blocks():
        column = scene.grid.index_of(block.kind, block.key)
        assert scene.grid.x(column) <= block.sceneBoundingRect().center().x() < scene.grid.x(column + 1)


def test_overlapping_blocks_get_lanes_and_separate_ones_do_not():
    out = lanes([(0, 60, "a"), (30, 90, "b"), (60, 120, "c"), (200, 260, "d")])
    assert out["a"] == (0, 2) and out["b"] == (1, 2) and out["c"] == (0, 2)
    assert out["d"] == (0, 1)


def test_chinese_titles_are_on_the_blocks_when_there_is_room(qtbot, small):
    path, problem, schedule = small
    window = open_window(qtbot, path)
    block = blocks_of(window, 0, "opening")[0]
    assert block.texts["title_zh"] == "开幕式"
    assert "开幕式" in block.toolTip()


def test_many_qt_calls_do_not_wear_out_none_and_true(qapp):
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call and to True per
    emit; without desktop.timetable.qt_compat this aborts the interpreter long before the end."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from desktop.timetable import qt_compat

    class Chatty(QObject):
        said = Signal(str)

    chatty, heard = Chatty(), []
    chatty.said.connect(heard.append)
    calls = max(30_000, 2 * qt_compat.REFS_BEFORE)  # more than None had to lose
    for n in range(calls):
        chatty.setObjectName("x")
        if n % 3 == 0:
            chatty.said.emit("x")
    assert len(heard) == len(range(0, calls, 3))
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
