"""One pair per soft rule: avoided when it can be, and costed exactly when it cannot.

Each violated case also checks that the model's cost for the rule equals the
independent validator's cost for the same schedule.
"""

from __future__ import annotations

from scheduler.problem import (GroupInfo, Participation, PersonInfo, Placement, PlaceRuleInfo, Span)
from scheduler.validator import validate
from solver_kit import hm, live, make, room, session, solved

ONLY = {name: 0 for name in ("room_fit", "idle_gap", "city_change", "days_spread", "track_parallel",
                             "group_interest_parallel", "audience_hours", "remote_speaker_hours")}


def only(rule: str, weight: int | None = None) -> dict:
    weights = dict(ONLY)
    if weight is not None:
        weights[rule] = weight
    else:
        weights.pop(rule, None)
    return weights


def cost_agrees(problem, result, rule):
    check = validate(problem, result.schedule, previous=None)
    assert check.costs()[rule] == result.costs.get(rule, 0)
    return result.costs.get(rule, 0)


def test_track_parallel_satisfied():
    sessions = [session("a", track="rcep"), session("b", track="rcep")]
    result = solved(make(sessions, [room("r1"), room("r2")], weights=only("track_parallel")))
    assert result.costs.get("track_parallel", 0) == 0


def test_track_parallel_violated():
    sessions = [session("a", track="rcep"), session("b", track="rcep")]
    problem = make(sessions, [room("r1"), room("r2")], hours=("09:00", "10:00"),
                   weights=only("track_parallel"))
    assert cost_agrees(problem, solved(problem), "track_parallel") == 60


def test_group_interest_parallel_satisfied_and_violated():
    group = GroupInfo("smes", "SMEs", size=30)
    sessions = [session("a", interested=("smes",)), session("b", interested=("smes",))]
    rooms = [room("r1"), room("r2")]
    ok = solved(make(sessions, rooms, groups=[group], weights=only("group_interest_parallel")))
    assert ok.costs.get("group_interest_parallel", 0) == 0
    tight = make(sessions, rooms, groups=[group], hours=("09:00", "10:00"),
                 weights=only("group_interest_parallel"))
    assert cost_agrees(tight, solved(tight), "group_interest_parallel") == 40


def test_audience_hours_satisfied():
    s = session("b2b", mode="online", target_timezones=("Asia/Yangon",))
    result = solved(make([s], [], channels=[live()], hours=("08:00", "18:00"),
                         weights=only("audience_hours")))
    # 09:00 in Yangon is 10:30 in Shanghai.
    assert result.schedule["b2b"].start >= hm("10:30")
    assert result.costs.get("audience_hours", 0) == 0


def test_audience_hours_violated():
    s = session("b2b", mode="online", target_timezones=("Asia/Yangon",))
    problem = make([s], [], channels=[live()], hours=("09:00", "10:00"), weights=only("audience_hours"))
    assert cost_agrees(problem, solved(problem), "audience_hours") == 60


def test_remote_speaker_hours_satisfied_and_violated():
    bo = PersonInfo("bo", "Bo", home_timezone="Asia/Jayapura")  # UTC+9: Shanghai 20:00 is 21:00 there
    talk = session("talk", people=[Participation("bo", "speaker", "remote")])
    ok = solved(make([talk], people=[bo], hours=("09:00", "21:30"), weights=only("remote_speaker_hours")))
    assert ok.costs.get("remote_speaker_hours", 0) == 0
    late = make([talk], people=[bo], hours=("20:00", "21:00"), weights=only("remote_speaker_hours"))
    assert cost_agrees(late, solved(late), "remote_speaker_hours") == 3 * 60


def test_room_fit_satisfied_and_violated():
    rooms = [room("hall", seats=800), room("meeting", seats=40)]
    result = solved(make([session("forum", expected_onsite=30)], rooms, weights=only("room_fit")))
    assert result.schedule["forum"].room == "meeting"
    assert result.costs["room_fit"] == 1
    big_only = make([session("forum", expected_onsite=30)], [room("hall", seats=800)],
                    weights=only("room_fit"))
    assert cost_agrees(big_only, solved(big_only), "room_fit") == 77


def test_session_preferred_and_undesired_time():
    s = session("talk", preferred=(Span(hm("14:00"), hm("15:00")),),
                undesired=(Span(hm("09:00"), hm("14:00")),))
    result = solved(make([s], weights=ONLY))
    assert result.schedule["talk"].start == hm("14:00")
    forced = session("talk", preferred=(Span(hm("14:00"), hm("15:00")),),
                     undesired=(Span(hm("09:00"), hm("14:00")),), pin_start=hm("13:30"))
    problem = make([forced], weights=ONLY)
    result = solved(problem)
    assert cost_agrees(problem, result, "session_preferred_time") == 30
    assert cost_agrees(problem, result, "session_undesired_time") == 2 * 30


def test_person_preferred_and_undesired_time():
    amy = PersonInfo("amy", "Amy", preferred=(Span(hm("10:00"), hm("12:00")),),
                     undesired=(Span(hm("09:00"), hm("10:00")),))
    result = solved(make([session("talk", people=["amy"])], people=[amy], weights=ONLY))
    assert hm("10:00") <= result.schedule["talk"].start <= hm("11:00")
    problem = make([session("talk", people=["amy"], pin_start=hm("09:00"))], people=[amy], weights=ONLY)
    result = solved(problem)
    assert cost_agrees(problem, result, "person_preferred_time") == 60
    assert cost_agrees(problem, result, "person_undesired_time") == 2 * 60


def test_preferred_and_undesired_place():
    rules = (PlaceRuleInfo("preferred", "room", "annex"), PlaceRuleInfo("undesired", "room_tag", "noisy"))
    rooms = [room("hall"), room("annex", tags={"noisy"})]
    result = solved(make([session("talk", place_rules=rules)], rooms, weights=ONLY))
    # Preferred (50) and undesired (80) pull apart: the hall costs 50, the annex 80.
    assert result.schedule["talk"].room == "hall"
    problem = make([session("talk", place_rules=rules, pin_room="annex")], rooms, weights=ONLY)
    result = solved(problem)
    assert cost_agrees(problem, result, "undesired_place") == 80
    assert cost_agrees(problem, result, "preferred_place") == 0


def test_idle_gap_satisfied_and_violated():
    sessions = [session("a", people=["amy"]), session("b", people=["amy"])]
    result = solved(make(sessions, [room("r1"), room("r2")], weights=only("idle_gap")))
    assert result.costs.get("idle_gap", 0) == 0
    pinned = [session("a", people=["amy"], pin_start=hm("09:00")),
              session("b", people=["amy"], pin_start=hm("13:00"))]
    problem = make(pinned, [room("r1"), room("r2")], weights=only("idle_gap"))
    assert cost_agrees(problem, solved(problem), "idle_gap") == 180 - 60


def test_city_change_and_days_spread():
    rooms = [room("jinan-hall", city="jinan"), room("taian-hall", city="taian")]
    a = session("a", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "jinan"),))
    b = session("b", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "taian"),))
    weights = {**ONLY, "city_change": 100, "days_spread": 150}
    travel = (("jinan", "taian", 80),)
    problem = make([a, b], rooms, travel=travel, days=2, weights=weights)
    result = solved(problem)
    # One day with two cities costs 100; two days cost 150: the solver keeps Amy on one day.
    assert result.schedule["a"].start // 1440 == result.schedule["b"].start // 1440
    assert cost_agrees(problem, result, "city_change") == 100
    assert cost_agrees(problem, result, "days_spread") == 0


def test_stability_moves_as_little_as_possible():
    previous = {"a": Placement("a", hm("10:00"), "r1"), "b": Placement("b", hm("10:00"), "r2")}
    problem = make([session("a", people=["amy"]), session("b")], [room("r1"), room("r2")])
    result = solved(problem, previous=previous)
    assert result.schedule == previous
    assert sum(v for k, v in result.costs.items() if k.startswith("stability")) == 0


def test_stability_cost_of_a_forced_move_is_scaled_by_people():
    previous = {"a": Placement("a", hm("10:00"), "r1")}
    people = [f"p{i}" for i in range(10)]
    moved = session("a", people=people, pin_start=hm("11:00"))
    problem = make([moved], [room("r1")])
    result = solved(problem, previous=previous)
    check = validate(problem, result.schedule, previous=previous)
    assert result.costs["stability_time"] == check.costs()["stability_time"] == 20 * 2


def test_optional_left_out_satisfied():
    result = solved(make([session("a"), session("extra", optional=True)]))
    assert set(result.schedule) == {"a", "extra"}
    assert result.costs.get("optional_left_out", 0) == 0
