"""The solver's public API on real data: the samples, determinism, progress and cancel.

Every answer is checked by the independent validator.
"""

from __future__ import annotations

import json
import threading
import time

import pytest

from resources import sample_path
from scheduler.generate import generate_event
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import snapshot
from scheduler.solver import Progress, solve
from scheduler.validator import validate


def load(folder, name: str, document: dict | None = None):
    """The problem snapshot of a sample (by name) or of a generated document."""
    source = sample_path(name) if document is None else folder / f"{name}.json"
    if document is not None:
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with create_project_from_json(folder / f"{name}.slotwise", source) as project:
        return snapshot(project)


def sound(problem, result, **context):
    """Insist the answer has a schedule with every required session and no hard violation."""
    assert result.schedule is not None, result.message
    check = validate(problem, result.schedule, **context)
    assert check.is_feasible, [v.message for v in check.hard]
    assert {s.key for s in problem.sessions if not s.optional} <= set(result.schedule)
    return check


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return load(tmp_path_factory.mktemp("small"), "small")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return load(tmp_path_factory.mktemp("generated"), "generated-300", generate_event(300, seed=1))


def test_small_sample_is_solved_to_optimality_at_the_validators_cost(small):
    result = solve(small, time_limit=10, workers=2)
    check = sound(small, result)
    assert result.status == "optimal" and result.gap == 0.0
    assert result.objective == check.total_cost
    assert {rule: cost for rule, cost in result.costs.items() if cost} == \
        {rule: cost for rule, cost in check.costs().items() if cost}


def test_the_same_seed_with_one_worker_gives_the_same_schedule(small):
    first = solve(small, time_limit=5, workers=1, seed=7)
    second = solve(small, time_limit=5, workers=1, seed=7)
    sound(small, first)
    sound(small, second)
    assert second.schedule == first.schedule
    assert (second.status, second.objective) == (first.status, first.objective)


def test_progress_reports_better_schedules_in_order(small):
    steps: list[Progress] = []
    result = solve(small, time_limit=5, workers=2, on_progress=steps.append)
    sound(small, result)
    assert steps and all(isinstance(step, Progress) for step in steps)
    assert list(result.progress) == steps
    elapsed = [step.elapsed for step in steps]
    assert elapsed == sorted(elapsed) and elapsed[-1] <= result.elapsed
    costs = [step.objective for step in steps if step.objective is not None]
    assert costs, "at least one schedule was reported"
    assert all(later <= earlier for earlier, later in zip(costs, costs[1:])), costs
    assert costs[-1] == result.objective
    assert [step.solutions for step in steps] == list(range(1, len(steps) + 1))
    assert all(step.bound <= step.objective for step in steps
               if step.bound is not None and step.objective is not None)


@pytest.mark.parametrize("flag", ["event", "callable"])
def test_cancel_stops_a_long_solve_within_seconds(generated, flag):
    started = time.monotonic()
    if flag == "event":
        cancel = threading.Event()
        timer = threading.Timer(0.3, cancel.set)
        timer.start()
    else:
        cancel = lambda: time.monotonic() - started > 0.3  # noqa: E731
    try:
        result = solve(generated, time_limit=60, workers=2, cancel=cancel)
    finally:
        if flag == "event":
            timer.cancel()
    took = time.monotonic() - started
    assert took < 5, f"the solve ran {took:.1f} s after being cancelled at 0.3 s"
    assert result.status == "stopped"
    if result.schedule is not None:
        sound(generated, result)
    else:
        assert "Stopped" in result.message


@pytest.mark.slow
def test_the_shandong_sample_solves_without_a_hard_violation(tmp_path):
    problem = load(tmp_path, "shandong")
    result = solve(problem, time_limit=20, workers=2)
    assert result.status in ("optimal", "timed_out"), result.message
    check = sound(problem, result)
    assert len(result.schedule) == len(problem.sessions)
    assert result.objective == check.total_cost


@pytest.mark.parametrize("sessions", [1, 2, 3, 6, 9])
def test_tiny_generated_events_have_a_sound_planted_schedule(tmp_path, sessions):
    """Even a handful of sessions gets a room with interpretation booths when one needs it."""
    document = generate_event(sessions, seed=1, with_schedule=True)
    problem = load(tmp_path, f"generated-{sessions}", document)
    planted = {p["session"] for p in document["schedule"]}
    assert len(planted) == sessions
    result = solve(problem, time_limit=5, workers=1)
    sound(problem, result)
