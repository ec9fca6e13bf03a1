"""The peer itself: a generated event as conference-scheduler objects, its ILP solved by the
CBC that comes with PuLP, and what the Slotwise validator finds in its answers.

What the peer's model (conference-scheduler 3.0.1, read from its source) does and does not do:

* constraints: every event in exactly one slot; at most one event per slot; no event in a slot
  shorter than it or in its unavailability; two events that are unavailable for each other
  (listed, or sharing a tag) not in two *concurrent* slots;
* "concurrent" (``lp_problem.utils.slots_overlap``) means one slot lies within the other, so two
  slots that only partially overlap (09:00–09:45 and 09:30–10:15) never clash;
* the clash constraint is written only for events that have an unavailability list of their
  own, and for a pair of concurrent slots only with the listing event in the earlier slot of
  the list (``concurrent_slots`` yields each pair once);
* capacity is not a constraint: ``efficiency_capacity_demand_difference`` sums demand −
  capacity over the chosen slots, so it only decides which slots are used;
* ``number_of_changes`` (re-solve) counts changed cells of the event × slot array and replaces
  the capacity objective.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import pulp
from conference_scheduler import resources, scheduler
from conference_scheduler.lp_problem import objective_functions, utils

from scheduler.problem import Problem
from scheduler.validator import validate
from scheduler.weights import RELATION, ROOM_SUITABLE

from .peer_model import START_DATE, Assignment, Instance
from .peer_translate import key, to_schedule


def to_peer(instance: Instance) -> tuple[list[resources.Event], list[resources.Slot]]:
    """The event as the peer's Events and Slots, in the instance's order (day, venue, time)."""
    first = datetime.combine(START_DATE, datetime.min.time())
    slots = [resources.Slot(venue=s.venue, starts_at=first + timedelta(days=s.day, minutes=s.start),
                            duration=s.duration, capacity=s.capacity, session=s.session)
             for s in instance.slots]
    events = [resources.Event(e.name, e.duration, e.demand, tags=list(e.tags),
                              unavailability=[slots[i] for i in sorted(e.unavailable)])
              for e in instance.events]
    by_name = {e.name: e for e in events}
    for mine, e in zip(instance.events, events):
        e.add_unavailability(*(by_name[other] for other in mine.clashes))
    return events, slots


class _CBC(pulp.PULP_CBC_CMD):
    """PuLP's bundled CBC, remembering how the last solve ended."""

    outcome = "not run"

    def actualSolve(self, lp, **kwargs):
        status = super().actualSolve(lp, **kwargs)
        self.outcome = {pulp.LpSolutionOptimal: "optimal",
                        pulp.LpSolutionIntegerFeasible: "timed_out",
                        pulp.LpSolutionInfeasible: "infeasible"}.get(lp.sol_status, "no schedule")
        return status


@dataclass(frozen=True)
class PeerRun:
    status: str  # optimal, timed_out (a schedule, not proven best), no schedule
    seconds: float  # wall time of scheduler.solution: building the ILP and CBC
    assignment: Assignment | None


def solve_peer(instance: Instance, *, time_limit: float, threads: int = 2,
               previous: Assignment | None = None) -> PeerRun:
    """The peer's ILP with the capacity objective, or with ``number_of_changes`` from ``previous``."""
    events, slots = to_peer(instance)
    cbc = _CBC(msg=False, timeLimit=time_limit, threads=threads)
    options = {"objective_function": objective_functions.efficiency_capacity_demand_difference}
    if previous is not None:
        index = {e.name: i for i, e in enumerate(instance.events)}
        options = {"objective_function": objective_functions.number_of_changes,
                   "original_schedule": [resources.ScheduledItem(events[index[name]], slots[s])
                                         for name, s in previous.items()]}
    started = time.perf_counter()
    try:
        solution = scheduler.solution(events, slots, solver=cbc, **options)
    except ValueError:  # "No valid solution found"
        return PeerRun(cbc.outcome, time.perf_counter() - started, None)
    elapsed = time.perf_counter() - started
    return PeerRun(cbc.outcome, elapsed, {instance.events[e].name: s for e, s in solution})


@dataclass(frozen=True)
class Findings:
    """Hard findings of the Slotwise validator in one schedule, by what the peer missed."""

    hard: int
    partial_overlap: int  # clashing pairs in slots that only partially overlap
    missed_clash: int  # clashing pairs in nested slots (which the peer calls concurrent) whose
    # constraint the ILP never wrote: neither event has an unavailability list of its own, or
    # only the other orientation was written
    over_capacity: int  # events in a slot with fewer seats than their demand
    other: int


def findings(instance: Instance, problem: Problem, assignment: Assignment) -> Findings:
    """Validate ``assignment`` with Slotwise's validator and sort the hard findings."""
    result = validate(problem, to_schedule(instance, problem, assignment))
    _, slots = to_peer(instance)
    slot_of = {key(name): slots[index] for name, index in assignment.items()}
    partial = missed = capacity = other = 0
    for v in result.hard:
        if v.rule == RELATION and len(v.sessions) == 2:
            a, b = (slot_of[s] for s in v.sessions)
            if utils.slots_overlap(a, b):
                missed += 1
            else:
                partial += 1
        elif v.rule == ROOM_SUITABLE:
            capacity += 1
        else:
            other += 1
    return Findings(len(result.hard), partial, missed, capacity, other)
