"""The peer benchmark's generated events: the same event in both models, and a planted schedule
both accept (tests/benchmarks/peer_model.py, peer_translate.py, peer_cs.py)."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:pulp")

pytest.importorskip("conference_scheduler", reason="conference-scheduler (the peer) is not "
                    "installed: pip install -e '.[test]'")

from conference_scheduler import converter
from conference_scheduler import validator as peer_validator
from conference_scheduler.lp_problem import objective_functions, utils

from benchmarks.peer import slotwise_problem
from benchmarks.peer_cs import to_peer
from benchmarks.peer_model import (capacity_demand_difference, generate, number_of_changes,
                                   seats_short)
from benchmarks.peer_translate import key, to_schedule, translation_gaps
from scheduler.validator import validate


@pytest.fixture(scope="module")
def event():
    return generate(20, seed=1)


def test_generator_is_seeded():
    assert generate(20, seed=4) == generate(20, seed=4)
    assert generate(20, seed=4) != generate(20, seed=5)


@pytest.mark.parametrize("changed", [False, True], ids=["first", "after the change"])
def test_translation_keeps_every_event_and_slot(event, changed):
    instance = event[changed]
    events, slots = to_peer(instance)
    problem = slotwise_problem(instance)
    assert [e.name for e in events] == [e.name for e in instance.events]
    assert [(s.venue, s.duration, s.capacity) for s in slots] == [
        (s.venue, s.duration, s.capacity) for s in instance.slots]
    assert {s.key for s in problem.sessions} == {key(e.name) for e in instance.events}
    assert {r.key: r.seats for r in problem.rooms} == {key(v): seats for v, _, seats in instance.rooms}
    assert translation_gaps(instance) == []


def test_peer_sees_the_same_allowed_slots(event):
    """The peer's own availability array gives each event exactly the slots we translate."""
    instance = event[0]
    events, slots = to_peer(instance)
    array = utils.slot_availability_array(events, slots)
    for row, e in enumerate(instance.events):
        assert set(np.nonzero(array[row])[0]) == set(instance.eligible(e)), e.name


def test_planted_schedule_is_valid_in_both_models(event):
    for instance in event:
        problem = slotwise_problem(instance)
        assert validate(problem, to_schedule(instance, problem, instance.planted)).is_feasible
        events, slots = to_peer(instance)
        index = {e.name: i for i, e in enumerate(instance.events)}
        solution = [(index[name], slot) for name, slot in instance.planted.items()]
        assert peer_validator.is_valid_solution(solution, events, slots)


def test_measures_agree_with_the_peers_own_functions(event):
    instance = event[0]
    events, slots = to_peer(instance)
    index = {e.name: i for i, e in enumerate(instance.events)}
    planted = instance.planted
    moved = dict(planted)
    first, second = list(planted)[:2]
    moved[first], moved[second] = planted[second], planted[first]

    def array(assignment):
        # int8 as the peer builds it overflows under NumPy 2 once capacities pass 127
        cells = [(index[n], s) for n, s in assignment.items()]
        return converter.solution_to_array(cells, events, slots).astype(int)

    theirs = objective_functions.efficiency_capacity_demand_difference(slots, events, array(planted))
    assert capacity_demand_difference(instance, planted) == theirs
    original = converter.array_to_schedule(array(planted), events, slots)
    changes = objective_functions.number_of_changes(slots, events, original, array(moved))
    assert number_of_changes(planted, moved) == changes == 4
    assert seats_short(instance, planted) == 0
