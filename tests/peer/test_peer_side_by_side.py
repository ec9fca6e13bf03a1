"""Both solvers on the same events: a small generated event, and hand-made cases where the
peer's ILP lets two events that must not overlap run at the same time."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:pulp")

pytest.importorskip("conference_scheduler", reason="conference-scheduler (the peer) is not "
                    "installed: pip install -e '.[test]'")

from benchmarks.peer import must_move, slotwise_problem, solve_slotwise
from benchmarks.peer_cs import findings, solve_peer
from benchmarks.peer_model import (Event, Instance, Slot, capacity_demand_difference, generate,
                                   number_of_changes)
from benchmarks.peer_translate import to_schedule
from scheduler.validator import validate
from scheduler.weights import RELATION


def test_both_solve_a_small_generated_event():
    before, after = generate(20, seed=2)
    problem = slotwise_problem(before)
    peer = solve_peer(before, time_limit=20)
    ours = solve_slotwise(before, problem, time_limit=5)
    everyone = {e.name for e in before.events}
    assert peer.assignment is not None and set(peer.assignment) == everyone
    assert ours.assignment is not None and set(ours.assignment) == everyone
    assert ours.hard == 0
    # One function measures every schedule; the hidden one is open to both, so neither optimum
    # is worse than it by its own measure.
    assert peer.status == ours.result.status == "optimal"
    assert capacity_demand_difference(before, peer.assignment) <= capacity_demand_difference(
        before, before.planted)
    assert ours.result.objective <= validate(problem, to_schedule(before, problem, before.planted)).total_cost

    again = solve_slotwise(after, slotwise_problem(after), time_limit=5, previous=ours.assignment)
    peer_again = solve_peer(after, time_limit=20, previous=peer.assignment)
    assert again.hard == 0
    assert number_of_changes(ours.assignment, again.assignment) >= 2 * must_move(before, after, ours.assignment)
    assert all(peer_again.assignment[e.name] in after.eligible(e) for e in after.events)


def _rooms(*events: Event, slots=(("Room A", 540, 200), ("Room B", 570, 200), ("Room C", 630, 50))) -> Instance:
    """One 60-minute slot per room (venue, start, seats) on one day; by default A 09:00–10:00 and
    B 09:30–10:30 share half an hour, and the small room C is the way out."""
    rooms = tuple((name, "hour", seats) for name, _, seats in slots)
    return Instance("hand-made", 1, rooms, tuple(Slot(name, 0, start, 60, seats)
                                                 for name, start, seats in slots), events, {})


SAME_TIME = (("Room A", 540, 200), ("Room B", 540, 200), ("Room C", 630, 50), ("Room D", 840, 10))


def test_peer_accepts_a_clash_in_partially_overlapping_slots():
    """A 09:00–10:00 and B 09:30–10:30 share half an hour, but for the peer they are not
    concurrent: it fills the two large rooms and the two talks clash."""
    instance = _rooms(Event("Keynote", "talk", 60, 40, clashes=("Panel",)),
                      Event("Panel", "talk", 60, 40))
    problem = slotwise_problem(instance)
    peer = solve_peer(instance, time_limit=10)
    assert sorted(peer.assignment.values()) == [0, 1]
    found = findings(instance, problem, peer.assignment)
    assert (found.hard, found.partial_overlap) == (1, 1)
    result = validate(problem, to_schedule(instance, problem, peer.assignment))
    assert [v.rule for v in result.hard] == [RELATION]

    ours = solve_slotwise(instance, problem, time_limit=5)
    assert ours.hard == 0 and 2 in ours.assignment.values()


def test_peer_keeps_a_clash_apart_when_both_events_have_an_unavailability():
    """Control: A and B at the same time hold each other, so the peer sees that clash."""
    instance = _rooms(Event("Keynote", "talk", 60, 40, unavailable=frozenset({0}), clashes=("Panel",)),
                      Event("Panel", "talk", 60, 40, unavailable=frozenset({3})), slots=SAME_TIME)
    peer = solve_peer(instance, time_limit=10)
    assert 2 in peer.assignment.values()
    assert findings(instance, slotwise_problem(instance), peer.assignment).hard == 0


def test_peer_writes_a_listed_clash_for_one_order_of_the_slots_only():
    """The same, but Panel has no unavailability of its own: the peer writes "Keynote in A or
    Panel in B, not both" and nothing for Keynote in B and Panel in A, which it then chooses."""
    instance = _rooms(Event("Keynote", "talk", 60, 40, unavailable=frozenset({0}), clashes=("Panel",)),
                      Event("Panel", "talk", 60, 40), slots=SAME_TIME)
    problem = slotwise_problem(instance)
    peer = solve_peer(instance, time_limit=10)
    assert peer.assignment == {"Keynote": 1, "Panel": 0}
    found = findings(instance, problem, peer.assignment)
    assert (found.hard, found.partial_overlap, found.missed_clash) == (1, 0, 1)
    assert solve_slotwise(instance, problem, time_limit=5).hard == 0


def test_peer_ignores_a_shared_tag_when_neither_event_has_an_unavailability():
    """Clash constraints are written only for events with an unavailability list; two events
    that share a tag and nothing else run at the same time."""
    instance = _rooms(Event("Workshop 1", "talk", 60, 40, tags=("testing",)),
                      Event("Workshop 2", "talk", 60, 40, tags=("testing",)), slots=SAME_TIME[:3])
    problem = slotwise_problem(instance)
    peer = solve_peer(instance, time_limit=10)
    assert sorted(peer.assignment.values()) == [0, 1]
    found = findings(instance, problem, peer.assignment)
    assert (found.hard, found.partial_overlap, found.missed_clash) == (1, 0, 1)
    assert solve_slotwise(instance, problem, time_limit=5).hard == 0
