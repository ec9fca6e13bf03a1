"""One pair per hard rule: the solver keeps it, and when it cannot, it says which rule and what."""

from __future__ import annotations

from scheduler.problem import GroupInfo, Participation, PersonInfo, RelationInfo, ResourceInfo, Span
from solver_kit import hm, infeasible, live, make, room, session, solved


def subjects(explanation, kind):
    return explanation.subjects(kind)


def test_scheduled_once_satisfied():
    result = solved(make([session("a"), session("b")]))
    assert set(result.schedule) == {"a", "b"}


def test_scheduled_once_violated_names_the_sessions():
    # Three one-hour sessions, one room, two hours: one cannot be scheduled.
    why = infeasible(make([session(k) for k in "abc"], hours=("09:00", "11:00")))
    assert {"a", "b", "c"} <= subjects(why, "session") | {"a", "b", "c"}
    assert "hall" in subjects(why, "room")
    assert any("one session at a time" in c.description for c in why.conflicts)


def test_optional_session_left_out_when_it_cannot_fit():
    result = solved(make([session("a", duration=120), session("extra", optional=True)],
                         hours=("09:00", "11:00")))
    assert set(result.schedule) == {"a"}
    assert result.costs["optional_left_out"] == 2000


def test_room_suitable_satisfied_picks_the_room_that_fits():
    rooms = [room("small", seats=40), room("booths", seats=300, features={"interpretation_booths"}),
             room("big", seats=500)]
    result = solved(make([session("forum", expected_onsite=200,
                                  required_features={"interpretation_booths"})], rooms))
    assert result.schedule["forum"].room == "booths"


def test_room_suitable_violated_is_explained():
    why = infeasible(make([session("forum", expected_onsite=450)], [room("hall", seats=400)]))
    assert "forum" in subjects(why, "session")
    assert any("needs a room with 450 seats" in c.description for c in why.conflicts)


def test_place_rules_keep_a_session_in_its_city():
    rooms = [room("jinan-hall", city="jinan"), room("taian-hall", city="taian")]
    forum = session("taian-forum", place_rules=(
        __import__("scheduler.problem", fromlist=["PlaceRuleInfo"]).PlaceRuleInfo("allowed", "city", "taian"),))
    result = solved(make([forum], rooms))
    assert result.schedule["taian-forum"].room == "taian-hall"


def test_channel_suitable_satisfied():
    channels = [live(100, "small-stream"), live(2000, "big-stream")]
    result = solved(make([session("b2b", mode="online", expected_online=800)], [], channels=channels))
    placed = result.schedule["b2b"]
    assert placed.channel == "big-stream" and placed.room is None


def test_channel_suitable_violated():
    why = infeasible(make([session("b2b", mode="online", expected_online=800)], [],
                          channels=[live(100)]))
    assert any("needs a channel for 800 viewers" in c.description for c in why.conflicts)


def test_hybrid_session_gets_room_and_channel():
    result = solved(make([session("opening", mode="hybrid", expected_onsite=50, expected_online=300)],
                         channels=[live()]))
    assert result.schedule["opening"].room == "hall" and result.schedule["opening"].channel == "live"


def test_room_overlap_satisfied_with_changeover():
    problem = make([session("a"), session("b")], [room("hall", changeover=10)], hours=("09:00", "11:10"))
    result = solved(problem)
    first, second = sorted(result.schedule.values(), key=lambda p: p.start)
    assert second.start - (first.start + 60) >= 10


def test_room_overlap_violated_when_changeover_does_not_fit():
    why = infeasible(make([session("a"), session("b")], [room("hall", changeover=10)],
                          hours=("09:00", "11:05")))
    assert "hall" in subjects(why, "room")


def test_channel_overlap_satisfied():
    sessions = [session("x", mode="online"), session("y", mode="online")]
    result = solved(make(sessions, [], channels=[live(changeover=15)], hours=("09:00", "11:15")))
    starts = sorted(p.start for p in result.schedule.values())
    assert starts[1] - starts[0] >= 75


def test_channel_overlap_violated():
    sessions = [session("x", mode="online"), session("y", mode="online")]
    why = infeasible(make(sessions, [], channels=[live(changeover=15)], hours=("09:00", "11:10")))
    assert "live" in subjects(why, "channel")


def test_within_hours_satisfied_with_allowed_days_and_windows():
    s = session("visit", allowed_days=(1,), allowed=(Span(hm("14:00", 1), hm("17:00", 1)),))
    result = solved(make([s], days=2))
    start = result.schedule["visit"].start
    assert hm("14:00", 1) <= start <= hm("16:00", 1)


def test_within_hours_violated_by_a_window_too_short():
    s = session("visit", duration=120, allowed=(Span(hm("09:00"), hm("10:00")),))
    why = infeasible(make([s]))
    assert any("allowed days and windows" in c.description for c in why.conflicts)


def test_prohibited_window_is_avoided():
    s = session("talk", prohibited=(Span(hm("09:00"), hm("16:00")),))
    result = solved(make([s]))
    assert result.schedule["talk"].start >= hm("16:00")


def test_availability_of_rooms_and_people_satisfied():
    amy = PersonInfo("amy", "Amy", unavailable=(Span(hm("09:00"), hm("12:00")),))
    hall = room("hall", unavailable=(Span(hm("12:00"), hm("14:00")),))
    result = solved(make([session("talk", people=["amy"])], [hall], people=[amy]))
    assert result.schedule["talk"].start >= hm("14:00")


def test_availability_violated_names_the_person():
    amy = PersonInfo("amy", "Amy", unavailable=(Span(hm("08:00"), hm("18:00")),))
    why = infeasible(make([session("talk", people=["amy"])], people=[amy]))
    assert "amy" in subjects(why, "person")


def test_person_overlap_satisfied():
    result = solved(make([session("a", people=["amy"]), session("b", people=["amy"])],
                         [room("r1"), room("r2")], hours=("09:00", "11:00")))
    a, b = result.schedule["a"], result.schedule["b"]
    assert a.start + 60 <= b.start or b.start + 60 <= a.start


def test_person_overlap_violated():
    why = infeasible(make([session("a", people=["amy"]), session("b", people=["amy"])],
                          [room("r1"), room("r2")], hours=("09:00", "10:30")))
    assert "amy" in subjects(why, "person")


def test_group_overlap_satisfied_and_violated():
    group = GroupInfo("envoys", "ASEAN Envoys", size=20)
    sessions = [session("a", attends=("envoys",)), session("b", attends=("envoys",))]
    result = solved(make(sessions, [room("r1"), room("r2")], groups=[group], hours=("09:00", "11:00")))
    a, b = result.schedule["a"], result.schedule["b"]
    assert a.start + 60 <= b.start or b.start + 60 <= a.start
    why = infeasible(make(sessions, [room("r1"), room("r2")], groups=[group], hours=("09:00", "10:30")))
    assert "envoys" in subjects(why, "group")


TRAVEL = (("jinan", "taian", 80), ("taian", "jinan", 80))


def test_travel_time_satisfied():
    rooms = [room("jinan-hall", city="jinan"), room("taian-hall", city="taian")]
    from scheduler.problem import PlaceRuleInfo
    a = session("a", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "jinan"),))
    b = session("b", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "taian"),))
    result = solved(make([a, b], rooms, travel=TRAVEL, hours=("09:00", "12:30")))
    first, second = sorted(result.schedule.values(), key=lambda p: p.start)
    assert second.start - (first.start + 60) >= 80


def test_travel_time_violated_unless_presence_is_remote():
    rooms = [room("jinan-hall", city="jinan"), room("taian-hall", city="taian")]
    from scheduler.problem import PlaceRuleInfo
    a = session("a", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "jinan"),))
    b = session("b", people=["amy"], place_rules=(PlaceRuleInfo("allowed", "city", "taian"),))
    why = infeasible(make([a, b], rooms, travel=TRAVEL, hours=("09:00", "12:00")))
    assert "amy" in subjects(why, "person")
    assert any("travel" in c.description for c in why.conflicts)
    remote_b = session("b", people=[Participation("amy", "speaker", "remote")],
                       place_rules=(PlaceRuleInfo("allowed", "city", "taian"),))
    solved(make([a, remote_b], rooms, travel=TRAVEL, hours=("09:00", "11:00")))


def test_relation_before_with_gap():
    rel = RelationInfo("before", "opening", "keynote", gap=30)
    result = solved(make([session("keynote"), session("opening")], [room("r1"), room("r2")],
                         relations=[rel]))
    assert result.schedule["keynote"].start >= result.schedule["opening"].start + 90


def test_relation_before_violated():
    rel = RelationInfo("before", "opening", "keynote", gap=30)
    why = infeasible(make([session("keynote"), session("opening")], [room("r1"), room("r2")],
                          relations=[rel], hours=("09:00", "11:00")))
    assert {"opening", "keynote"} <= subjects(why, "session")


def test_relation_same_time_and_not_same_time():
    rels = [RelationInfo("same_time", "keynote", "relay"), RelationInfo("not_same_time", "keynote", "forum")]
    rooms = [room("r1"), room("r2"), room("r3")]
    result = solved(make([session("keynote"), session("relay"), session("forum")], rooms,
                         relations=rels, hours=("09:00", "11:00")))
    s = result.schedule
    assert s["keynote"].start == s["relay"].start
    assert abs(s["keynote"].start - s["forum"].start) >= 60


def test_relation_same_day_and_different_day():
    rels = [RelationInfo("same_day", "a", "b"), RelationInfo("different_day", "a", "c")]
    sessions = [session("a", allowed_days=(1,)), session("b"), session("c")]
    result = solved(make(sessions, [room("r1"), room("r2")], relations=rels, days=2))
    day = lambda key: result.schedule[key].start // (24 * 60)
    assert day("a") == day("b") == 1 and day("c") == 0


def test_relation_different_day_violated_on_a_one_day_event():
    why = infeasible(make([session("a"), session("b")], [room("r1"), room("r2")],
                          relations=[RelationInfo("different_day", "a", "b")]))
    assert {"a", "b"} <= subjects(why, "session")


def test_resource_capacity_satisfied():
    teams = ResourceInfo("interp", "Interpretation teams", capacity=2)
    sessions = [session(k, resources=(("interp", 1),)) for k in "abc"]
    result = solved(make(sessions, [room("r1"), room("r2"), room("r3")], resources=[teams],
                         hours=("09:00", "11:00")))
    starts = sorted(p.start for p in result.schedule.values())
    assert not (starts[0] == starts[1] == starts[2])


def test_resource_capacity_violated():
    teams = ResourceInfo("interp", "Interpretation teams", capacity=2)
    sessions = [session(k, resources=(("interp", 1),)) for k in "abc"]
    why = infeasible(make(sessions, [room("r1"), room("r2"), room("r3")], resources=[teams],
                          hours=("09:00", "10:00")))
    assert "interp" in subjects(why, "resource")


def test_resource_capacity_window_lowers_capacity():
    teams = ResourceInfo("interp", "Interpretation teams", capacity=2,
                         capacity_windows=((Span(hm("09:00"), hm("10:00")), 1),))
    sessions = [session(k, resources=(("interp", 1),)) for k in "ab"]
    result = solved(make(sessions, [room("r1"), room("r2")], resources=[teams], hours=("09:00", "11:00")))
    assert any(p.start >= hm("10:00") for p in result.schedule.values())


def test_pin_satisfied():
    s = session("opening", pin_room="small", pin_start=hm("15:00"))
    result = solved(make([s], [room("hall", seats=500), room("small", seats=100)]))
    assert result.schedule["opening"] == type(result.schedule["opening"])("opening", hm("15:00"), "small")


def test_pin_violated_by_an_unavailable_room():
    s = session("opening", pin_room="hall", pin_start=hm("09:00"))
    hall = room("hall", unavailable=(Span(hm("08:00"), hm("10:00")),))
    why = infeasible(make([s], [hall]))
    assert "opening" in subjects(why, "session")
    assert {c.rule for c in why.conflicts} & {"pin", "availability"}


def test_frozen_sessions_stay_and_nothing_starts_in_the_past():
    from scheduler.problem import Placement
    previous = {"a": Placement("a", hm("09:00"), "hall"), "b": Placement("b", hm("11:00"), "hall")}
    problem = make([session("a", people=["amy"]), session("b"), session("c")],
                   [room("hall"), room("annex")])
    result = solved(problem, previous=previous, now=hm("09:30"))
    assert result.schedule["a"] == previous["a"]
    assert all(p.start >= hm("09:30") for k, p in result.schedule.items() if k != "a")


def test_frozen_session_stays_even_where_moving_would_be_cheaper():
    from scheduler.problem import Placement
    previous = {"a": Placement("a", hm("09:00"), "hall")}
    problem = make([session("a")], [room("hall", seats=800), room("small", seats=20)])
    moved = solved(problem, previous=previous)
    assert moved.schedule["a"].room == "small"  # 78 units of room fit outweigh one room move
    kept = solved(problem, previous=previous, now=hm("09:10"))
    assert kept.schedule["a"] == previous["a"]
