"""Property tests: on random small events every solver answer passes the validator, the
model's costs equal the validator's, and a change either keeps the event feasible or is
named in the explanation."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.problem import GroupInfo, Participation, PlaceRuleInfo, RelationInfo, ResourceInfo
from scheduler.solver import solve
from scheduler.validator import validate
from solver_kit import hm, live, make, room, session

CITIES = ("jinan", "taian")
ZONES = ("Asia/Yangon", "Asia/Jakarta", "Asia/Jayapura", "Asia/Manila")


@st.composite
def events(draw):
    n_rooms = draw(st.integers(1, 3))
    rooms = [room(f"r{i}", seats=draw(st.sampled_from([30, 80, 200])), city=draw(st.sampled_from(CITIES)),
                  changeover=draw(st.sampled_from([0, 10])),
                  features=draw(st.sets(st.sampled_from(["streaming", "booths"]), max_size=2)))
             for i in range(n_rooms)]
    channels = [live(draw(st.sampled_from([100, 500])), f"c{i}") for i in range(draw(st.integers(1, 2)))]
    people = [f"p{i}" for i in range(draw(st.integers(1, 3)))]
    sessions = []
    for i in range(draw(st.integers(1, 6))):
        mode = draw(st.sampled_from(["on_site", "online", "hybrid"]))
        speakers = draw(st.lists(st.sampled_from(people), max_size=2, unique=True))
        sessions.append(session(
            f"s{i}", duration=draw(st.sampled_from([30, 45, 60, 90])), mode=mode,
            expected_onsite=draw(st.sampled_from([10, 50, 150])) if mode != "online" else 0,
            expected_online=draw(st.sampled_from([50, 300])) if mode != "on_site" else 0,
            track=draw(st.sampled_from(["", "trade", "rcep"])),
            optional=draw(st.booleans()),
            target_timezones=tuple(draw(st.lists(st.sampled_from(ZONES), max_size=2, unique=True))),
            people=[Participation(p, "speaker", draw(st.sampled_from(["on_site", "remote"])))
                    for p in speakers],
            attends=("delegation",) if draw(st.booleans()) else (),
            resources=(("interp", 1),) if draw(st.booleans()) else (),
            place_rules=(PlaceRuleInfo("preferred", "city", draw(st.sampled_from(CITIES))),)
            if draw(st.booleans()) else ()))
    keys = [s.key for s in sessions]
    relations = []
    if len(keys) >= 2 and draw(st.booleans()):
        kind = draw(st.sampled_from(["before", "not_same_time", "same_day", "different_day"]))
        relations.append(RelationInfo(kind, keys[0], keys[1], gap=draw(st.sampled_from([0, 15]))))
    return make(sessions, rooms, channels=channels, relations=relations,
                groups=[GroupInfo("delegation", "Delegation", size=draw(st.sampled_from([5, 25])))],
                resources=[ResourceInfo("interp", "Interpreters", capacity=draw(st.integers(1, 2)))],
                travel=(("jinan", "taian", 80),), days=draw(st.integers(1, 2)),
                hours=("09:00", "13:00"), granularity=15)


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(events())
def test_every_answer_passes_the_validator_and_costs_agree(problem):
    result = solve(problem, time_limit=10, workers=1)
    assert result.status in ("optimal", "infeasible"), result.status
    if result.status == "infeasible":
        assert result.explanation is not None and result.explanation.conflicts
        return
    check = validate(problem, result.schedule)
    assert check.is_feasible, [v.message for v in check.hard]
    model_costs = {rule: cost for rule, cost in result.costs.items() if cost}
    validator_costs = {rule: cost for rule, cost in check.costs().items() if cost}
    if not any(s.optional for s in problem.sessions):  # days_spread counts only required sessions
        assert model_costs == validator_costs
    assert result.objective == sum(result.costs.values())


@SETTINGS
@given(events(), st.data())
def test_a_pin_or_a_lost_room_keeps_feasibility_or_is_explained(problem, data):
    base = solve(problem, time_limit=10, workers=1)
    if base.status != "optimal":
        return
    change = data.draw(st.sampled_from(["pin", "remove_room"]))
    if change == "pin" or len(problem.rooms) == 1:
        target = data.draw(st.sampled_from(problem.sessions))
        start = data.draw(st.sampled_from([hm("09:00"), hm("10:00"), hm("11:00")]))
        changed = replace(problem, sessions=tuple(
            replace(s, pin_start=start) if s.key == target.key else s for s in problem.sessions))
        culprits = {("session", target.key)}
    else:
        lost = data.draw(st.sampled_from(problem.rooms))
        changed = replace(problem, rooms=tuple(r for r in problem.rooms if r.key != lost.key))
        culprits = {("session", s.key) for s in problem.sessions if s.needs_room}
    result = solve(changed, time_limit=10, workers=1, previous=base.schedule)
    if result.status == "infeasible":
        named = {s for c in result.explanation.conflicts for s in c.subjects}
        assert named & culprits, (result.explanation.text(), culprits)
    else:
        assert validate(changed, result.schedule).is_feasible
