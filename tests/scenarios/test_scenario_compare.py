"""Comparing schedules on crafted pairs: what moved, cost per rule, hard violations."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.errors import DataError, NotFound
from scheduler.eventtime import zone
from scheduler.publishing import publish
from scheduler.scenarios import (MOVED, NEWLY_PLACED, UNPLACED, SideRef, compare, parse_side,
                                 save_scenario, switch_to)
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.validator import validate
from scenarios_kit import make_clash, shift


def test_a_clash_in_scenario_b_shows_as_one_moved_session_and_a_hard_violation_of_b_only(project):
    problem = snapshot(project)
    main = stored_schedule(project, problem)
    save_scenario(project, "B")
    switch_to(project, "B")
    other, moved, plan_b = make_clash(project)
    switch_to(project, None)

    result = compare(project, "main", "B")

    assert [mv.key for mv in result.moves] == [moved]
    move = result.moves[0]
    assert move.what == MOVED and "room" in [c.kind for c in move.changes]
    room = problem.room[main[other].room]
    assert room.name in move.after_where and room.name not in move.before_where
    assert result.a.hard == ()
    overlaps = [v for v in result.b.hard if v.rule == "room_overlap"]
    assert len(overlaps) == 1 and set(overlaps[0].sessions) == {other, moved}
    expected_a, expected_b = validate(problem, main), validate(problem, plan_b)
    assert result.a.validation.costs() == expected_a.costs()
    assert result.b.validation.costs() == expected_b.costs()
    for row in result.costs(everything=True):
        assert row.difference == expected_b.costs()[row.rule] - expected_a.costs()[row.rule]
    assert result.cost_difference == expected_b.total_cost - expected_a.total_cost


def test_the_sides_swap_when_the_arguments_do(project):
    key = sorted(stored_schedule(project, snapshot(project)))[0]
    save_scenario(project, "B")
    switch_to(project, "B")
    shift(project, key, 60)
    forward, backward = compare(project, "main", "B"), compare(project, "B", "main")
    assert forward.a.label == "the main schedule" and forward.b.label == "scenario 'B'"
    assert [(m.before_when, m.after_when) for m in forward.moves] == \
        [(m.after_when, m.before_when) for m in backward.moves]
    assert forward.cost_difference == -backward.cost_difference


def test_a_time_shift_is_worded_as_the_change_log_words_it(project):
    key = "keynote"
    problem = snapshot(project)
    before = stored_schedule(project, problem)[key]
    save_scenario(project, "Later")
    switch_to(project, "Later")
    shift(project, key, 60)
    [move] = compare(project, "main", "Later").moves
    assert move.key == key and move.title == problem.session[key].title
    assert [c.kind for c in move.changes] == ["time"]
    tz = zone(problem.event.timezone)
    start = problem.moment(before.start).astimezone(tz)
    end = start + timedelta(minutes=problem.session[key].duration)
    later = start + timedelta(minutes=60)
    assert move.before_when == f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M}"
    assert move.after_when == f"{later:%a %Y-%m-%d %H:%M}–{end + timedelta(minutes=60):%H:%M}"
    assert move.before_where == move.after_where
    assert problem.room[before.room].name in move.after_where


def test_unplaced_and_newly_placed_sessions(project):
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    key = sorted(schedule)[0]
    save_scenario(project, "Without")
    switch_to(project, "Without")
    save_schedule(project, problem, {k: p for k, p in schedule.items() if k != key})
    there = compare(project, "main", "Without")
    back = compare(project, "Without", "main")
    assert [(m.key, m.what, m.after_when) for m in there.moves] == [(key, UNPLACED, "not scheduled")]
    assert [(m.key, m.what, m.before_where) for m in back.moves] == [(key, NEWLY_PLACED, "no place")]
    missing = [v for v in there.b.hard if key in v.sessions]
    assert [v.rule for v in missing] == ([] if problem.session[key].optional else ["scheduled_once"])
    assert not [v for v in there.a.hard if key in v.sessions]


def test_working_is_the_schedule_being_edited_and_main_the_main_schedule(project):
    key = sorted(stored_schedule(project, snapshot(project)))[0]
    save_scenario(project, "B")
    switch_to(project, "B")
    shift(project, key, 30)
    assert [m.key for m in compare(project, "main", "working").moves] == [key]
    assert compare(project, "B", "working").moves == ()


def test_a_published_version_can_be_one_side(project):
    key = sorted(stored_schedule(project, snapshot(project)))[0]
    publish(project, "v1")
    assert compare(project, 1, "main").moves == ()
    save_scenario(project, "B")
    switch_to(project, "B")
    shift(project, key, 30)
    result = compare(project, "1", "B")
    assert result.a.label == "version 1" and [m.key for m in result.moves] == [key]
    with pytest.raises(NotFound, match="no version 2"):
        compare(project, 2, "main")


def test_sides_are_parsed_and_unknown_names_explained(project):
    assert parse_side("Main") == SideRef("main")
    assert parse_side(" 3 ") == SideRef("version", number=3)
    assert parse_side("Plan B") == SideRef("scenario", name="Plan B")
    with pytest.raises(DataError, match="name a schedule"):
        parse_side(" ")
    with pytest.raises(NotFound, match="no scenario named 'Plan C'"):
        compare(project, "main", "Plan C")


def test_as_dict_carries_what_the_text_shows(project):
    save_scenario(project, "B")
    switch_to(project, "B")
    other, moved, _ = make_clash(project)
    data = compare(project, "main", "B").as_dict()
    assert data["a"]["hard_violations"] == 0 and data["b"]["hard_violations"] >= 1
    assert [m["key"] for m in data["moves"]] == [moved]
    assert all(c["difference"] == c["b"] - c["a"] for c in data["costs"])
