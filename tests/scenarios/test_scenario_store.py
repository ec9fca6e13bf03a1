"""Scenarios kept in the file: save, switch round trips, promote, rename, delete, publishing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.domain import models as m
from scheduler.errors import DataError, NotFound
from scheduler.publishing import publish, versions
from scheduler.scenarios import (active, delete_scenario, promote, rename, save_scenario,
                                 scenarios, switch_to)
from scheduler.snapshot import snapshot, stored_schedule
from scenarios_kit import assignment_rows, shift

NOON = datetime(2026, 11, 27, 12, 5, tzinfo=timezone.utc)


def names(project) -> list[str]:
    return [s.name for s in scenarios(project)]


def test_saving_keeps_the_schedule_and_lists_it_with_its_note_and_count(project):
    rows = assignment_rows(project)
    save_scenario(project, "  Plan B ", "hall lost", now=NOON)
    [summary] = scenarios(project)
    assert (summary.name, summary.note, summary.placed, summary.active) == (
        "Plan B", "hall lost", len(rows), False)
    assert summary.created_at == summary.updated_at == NOON
    assert active(project) is None and assignment_rows(project) == rows  # still editing main


def test_a_duplicate_name_is_refused_unless_overwritten(project):
    save_scenario(project, "Plan B")
    key = next(iter(stored_schedule(project, snapshot(project))))
    shift(project, key, 30)
    with pytest.raises(DataError, match="a scenario named 'Plan B' already exists"):
        save_scenario(project, "Plan B")
    edited = assignment_rows(project)
    save_scenario(project, "Plan B", "second try", overwrite=True)
    switch_to(project, "Plan B")
    assert assignment_rows(project) == edited
    assert [s.note for s in scenarios(project)] == ["second try"]


@pytest.mark.parametrize("name, why", [("", "needs a name"), ("  ", "needs a name"),
                                       ("Main", "names the main schedule"),
                                       ("working", "schedule being edited"),
                                       ("12", "numbers name published versions")])
def test_names_that_mean_something_else_are_refused(project, name, why):
    with pytest.raises(DataError, match=why):
        save_scenario(project, name)
    assert names(project) == []


def test_main_a_b_main_gives_back_exactly_the_main_schedule(project):
    main = assignment_rows(project)
    keys = sorted(stored_schedule(project, snapshot(project)))
    save_scenario(project, "A")
    save_scenario(project, "B")
    switch_to(project, "A")
    shift(project, keys[0], 15)
    a_edited = assignment_rows(project)
    switch_to(project, "B")
    shift(project, keys[1], 45)
    b_edited = assignment_rows(project)
    assert active(project) == "B"
    switch_to(project, None)
    assert active(project) is None
    assert assignment_rows(project) == main
    switch_to(project, "A")
    assert assignment_rows(project) == a_edited  # the edits went back into A
    switch_to(project, "B")
    assert assignment_rows(project) == b_edited
    switch_to(project, None)
    assert assignment_rows(project) == main
    assert names(project) == ["A", "B"]  # the stash of main is never listed


def test_switching_to_the_active_one_changes_nothing(project):
    assert not switch_to(project, None)
    save_scenario(project, "A")
    assert switch_to(project, "A")
    assert not switch_to(project, "A")


def test_sessions_added_after_saving_are_unscheduled_in_the_scenario_deleted_ones_gone(project):
    schedule = stored_schedule(project, snapshot(project))
    gone = sorted(schedule)[0]
    save_scenario(project, "A")
    project.delete(m.Session, gone)
    project.add(m.Session(key="late-addition", title_en="Late addition", duration_minutes=30))
    switch_to(project, "A")
    now = stored_schedule(project, snapshot(project))
    assert gone not in now and "late-addition" not in now
    assert set(now) == set(schedule) - {gone}
    assert [s.placed for s in scenarios(project)] == [len(schedule) - 1]


def test_promote_makes_the_scenario_main_and_keeps_the_old_main(project):
    main = assignment_rows(project)
    key = sorted(stored_schedule(project, snapshot(project)))[2]
    save_scenario(project, "Plan B")
    switch_to(project, "Plan B")
    shift(project, key, 60)
    plan_b = assignment_rows(project)
    done = promote(project, "Plan B", now=NOON)
    assert active(project) is None
    assert assignment_rows(project) == plan_b
    assert done.kept.startswith("Main before promoting Plan B (") and done.kept in names(project)
    switch_to(project, done.kept)
    assert assignment_rows(project) == main  # nothing was lost
    switch_to(project, None)
    assert assignment_rows(project) == plan_b


def test_promoting_from_main_twice_keeps_two_distinct_copies(project):
    save_scenario(project, "Plan B")
    first = promote(project, "Plan B", now=NOON).kept
    second = promote(project, "Plan B", now=NOON).kept
    assert first != second and {first, second} <= set(names(project))


def test_rename_and_delete(project):
    save_scenario(project, "A")
    save_scenario(project, "B")
    with pytest.raises(DataError, match="a scenario named 'B' already exists"):
        rename(project, "A", "B")
    rename(project, "A", "Plan A")
    assert names(project) == ["B", "Plan A"]
    switch_to(project, "Plan A")
    with pytest.raises(DataError, match="is being edited"):
        delete_scenario(project, "Plan A")
    delete_scenario(project, "B")
    assert names(project) == ["Plan A"]
    with pytest.raises(NotFound, match="no scenario named 'B'.*'Plan A'"):
        switch_to(project, "B")


def test_publishing_is_refused_while_a_scenario_is_edited(project):
    save_scenario(project, "Plan B")
    switch_to(project, "Plan B")
    with pytest.raises(DataError, match="switch back to the main schedule or promote"):
        publish(project, "not yet")
    assert versions(project) == []
    switch_to(project, None)
    assert publish(project, "now").number == 1


# -- any sequence of switches and edits: each schedule comes back as it was left ---------------

TARGETS = st.sampled_from([None, "A", "B"])
STEPS = st.lists(st.tuples(TARGETS, st.integers(0, 9), st.sampled_from([0, 5, 30, -20])),
                 min_size=1, max_size=8)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_switches_and_edits_keep_every_schedule_apart(project_file, steps):
    from scheduler import Project

    with Project.open(project_file) as project:
        switch_to(project, None)
        for name in ("A", "B"):
            save_scenario(project, name, overwrite=True)
        expected = {name: assignment_rows(project) for name in (None, "A", "B")}
        keys = sorted(stored_schedule(project, snapshot(project)))
        for target, index, minutes in steps:
            switch_to(project, target)
            assert assignment_rows(project) == expected[target]
            if minutes:
                shift(project, keys[index % len(keys)], minutes)
                expected[target] = assignment_rows(project)
        for name in ("A", "B", None):
            switch_to(project, name)
            assert assignment_rows(project) == expected[name]
