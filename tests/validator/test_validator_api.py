"""The validator's public API, its wording, and its independence from the solver."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import sys
from pathlib import Path

import pytest

import scheduler.validator as validator
from scheduler.problem import Span
from scheduler.validator import Validation, Violation, validate
from scheduler.validator.messages import when
from scheduler.weights import HARD_RULES, SOFT_RULES, TAG_FAMILIES

PACKAGE = Path(validator.__file__).parent
ALLOWED = {"scheduler.problem", "scheduler.weights", "scheduler.eventtime"}


def _messy(tiny):
    """A problem and schedule that break several hard and soft rules at once."""
    p = tiny.problem([tiny.session("a", title="SME Finance Forum", expected_onsite=150, track="finance",
                                   people=tiny.on_site("amy")),
                      tiny.session("b", title="RCEP Briefing", track="finance", people=tiny.on_site("amy")),
                      tiny.session("c", title="Online Matchmaking", mode="online",
                                   target_timezones=("Asia/Yangon",)),
                      tiny.session("d", title="Signing Ceremony"),
                      tiny.session("e", title="Tour", optional=True)],
                     people=[tiny.person("amy", name="Amy Tan")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30"),
                             tiny.place("c", 0, "09:00", room=None, channel="main-stream"))
    return p, schedule


def test_validation_groups_and_sums_violations(tiny):
    p, schedule = _messy(tiny)
    result = validate(p, schedule)
    assert not result.is_feasible
    assert result.hard and all(v.severity == "hard" and v.cost == 0 for v in result.hard)
    assert result.soft and all(v.severity == "soft" and v.cost > 0 for v in result.soft)
    assert result.hard + result.soft == result.violations
    assert set(result.costs()) == set(SOFT_RULES)
    assert sum(result.costs().values()) == result.total_cost
    assert result.costs()["optional_left_out"] == 2000 and result.costs()["stability_day"] == 0
    assert {v.rule for v in result.for_session("a")} == {"room_suitable", "room_overlap", "person_overlap",
                                                         "track_parallel"}
    assert {v.rule for v in result.for_session("d")} == {"scheduled_once"}
    assert {v.rule for v in result.violations} <= set(HARD_RULES) | set(SOFT_RULES)


def test_an_empty_schedule_of_an_empty_problem_is_feasible_and_free(tiny):
    result = validate(tiny.problem([]), {})
    assert result == Validation(()) and result.is_feasible and result.total_cost == 0
    assert result.costs() == dict.fromkeys(SOFT_RULES, 0)


def test_the_api_is_keyword_only_and_immutable(tiny):
    p, schedule = _messy(tiny)
    with pytest.raises(TypeError):
        validate(p, schedule, {}, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        validate(p, schedule).violations[0].cost = 1
    assert [f.name for f in dataclasses.fields(Violation)] == [
        "rule", "severity", "message", "cost", "sessions", "people", "groups", "rooms", "channels",
        "resources", "times", "wording", "params"]


def test_every_message_names_a_session_by_title(tiny):
    p, schedule = _messy(tiny)
    for v in validate(p, schedule).violations:
        assert any(f"'{p.session[k].title}'" in v.message for k in v.sessions), v


def test_times_read_in_the_event_zone(tiny):
    p = tiny.problem([])
    assert when(p, tiny.span(0, "09:30", "10:15")) == "Fri 28 May 09:30–10:15"
    assert when(p, Span(tiny.at(0, "23:30"), tiny.at(1, "00:30"))) == "Fri 28 May 23:30–Sat 29 May 00:30"


def test_one_function_per_rule_named_after_it():
    assert list(validator.RULES) == list(HARD_RULES + SOFT_RULES + TAG_FAMILIES)
    for name, check in validator.RULES.items():
        assert check.__name__ == name
        assert inspect.getdoc(check).startswith("Hard:" if name in HARD_RULES else "Soft:"), name


def test_the_validator_imports_only_the_problem_weights_zones_and_the_standard_library():
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                assert f"scheduler.{node.module}" in ALLOWED, (path.name, node.module)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module == "__future__" or node.module.split(".")[0] in sys.stdlib_module_names, \
                    (path.name, node.module)
            elif isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] in sys.stdlib_module_names for a in node.names), path.name
