"""The hard rules: one satisfied/violated pair per rule, plus the edges docs/rules.md names.

Base problem (conftest): 28–29 May 2021, 09:00–18:00 Asia/Shanghai, 5-minute steps;
Hall A and Hall B in Jinan, Dezhou Hall in Dezhou, Main Stream online.
"""

from __future__ import annotations

from scheduler.problem import Placement, RelationInfo
from scheduler.weights import HARD_RULES


def only(tiny, result, rule):
    """The violations of ``rule``, after checking they are all hard and cost nothing."""
    found = tiny.of(result, rule)
    assert all(v.severity == "hard" and v.cost == 0 for v in found)
    return found


# -- scheduled_once ---------------------------------------------------------------------------

def test_scheduled_once_satisfied(tiny):
    p = tiny.problem([tiny.session("opening"), tiny.session("tour", optional=True)])
    result = tiny.check(p, tiny.schedule(tiny.place("opening", 0, "09:00")))
    assert only(tiny, result, "scheduled_once") == []
    assert result.is_feasible


def test_scheduled_once_violated(tiny):
    p = tiny.problem([tiny.session("opening"), tiny.session("forum")])
    result = tiny.check(p, tiny.schedule(tiny.place("opening", 0, "09:00")))
    [v] = only(tiny, result, "scheduled_once")
    assert v.sessions == ("forum",)
    assert "'Forum' is not scheduled" == v.message
    assert not result.is_feasible


def test_scheduled_once_violated_by_a_placement_of_no_session(tiny):
    p = tiny.problem([tiny.session("opening")])
    schedule = tiny.schedule(tiny.place("opening", 0, "09:00"), tiny.place("ghost", 0, "11:00"))
    [v] = only(tiny, tiny.check(p, schedule), "scheduled_once")
    assert v.sessions == ("ghost",)


def test_scheduled_once_violated_by_a_placement_under_another_key(tiny):
    p = tiny.problem([tiny.session("opening"), tiny.session("forum")])
    schedule = {"opening": Placement("forum", tiny.at(0, "09:00"), "hall-a"),
                "forum": Placement("forum", tiny.at(0, "11:00"), "hall-a")}
    [v] = only(tiny, tiny.check(p, schedule), "scheduled_once")
    assert v.sessions == ("opening", "forum")


# -- place_matches_mode -----------------------------------------------------------------------

def test_place_matches_mode_satisfied(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b", mode="online"), tiny.session("c", mode="hybrid")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"),
                             tiny.place("b", 0, "11:00", room=None, channel="main-stream"),
                             tiny.place("c", 0, "13:00", room="hall-b", channel="main-stream"))
    assert only(tiny, tiny.check(p, schedule), "place_matches_mode") == []


def test_place_matches_mode_violated(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b", mode="online"), tiny.session("c", mode="hybrid")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00", channel="main-stream"),
                             tiny.place("b", 0, "11:00", room="hall-b"),
                             tiny.place("c", 0, "13:00", room="hall-b"))
    found = only(tiny, tiny.check(p, schedule), "place_matches_mode")
    assert [v.sessions for v in found] == [("a",), ("b",), ("c",)]
    assert found[0].channels == ("main-stream",) and found[1].rooms == ("hall-b",)
    assert found[0].message == "'A' is on site but is on Main Stream"
    assert found[1].message == "'B' is online but is in Hall B and has no online channel"
    assert found[2].message == "'C' is hybrid but has no online channel"


# -- room_suitable ----------------------------------------------------------------------------

def test_room_suitable_satisfied(tiny):
    rooms = [tiny.room("hall-a", seats=120, features=frozenset({"streaming", "stage"}),
                       tags=frozenset({"vip"}))]
    people = [tiny.person("amy", place_rules=(tiny.rule("allowed", "city", "jinan"),
                                               tiny.rule("prohibited", "room_tag", "basement")))]
    session = tiny.session("forum", expected_onsite=120, required_features=frozenset({"streaming"}),
                           place_rules=(tiny.rule("allowed", "room_tag", "vip"),
                                        tiny.rule("prohibited", "venue", "elsewhere")),
                           people=tiny.on_site("amy"))
    p = tiny.problem([session], rooms=rooms, people=people)
    result = tiny.check(p, tiny.schedule(tiny.place("forum", 0, "09:00")))
    assert only(tiny, result, "room_suitable") == []
    assert result.is_feasible


def test_room_suitable_violated_by_seats(tiny):
    rooms = [tiny.room("room-3", seats=60, name="Meeting Room 3")]
    p = tiny.problem([tiny.session("forum", title="SME Finance Forum", expected_onsite=120)], rooms=rooms)
    [v] = only(tiny, tiny.check(p, tiny.schedule(tiny.place("forum", 0, "09:00", room="room-3"))),
               "room_suitable")
    assert v.message == "'SME Finance Forum' (120 expected on site) is in Meeting Room 3 (60 seats)"
    assert (v.sessions, v.rooms) == (("forum",), ("room-3",))


def test_room_suitable_violated_by_features_and_session_rules(tiny):
    session = tiny.session("forum", required_features=frozenset({"interpretation_booths"}),
                           place_rules=(tiny.rule("allowed", "city", "dezhou"),
                                        tiny.rule("prohibited", "room", "hall-a"),
                                        tiny.rule("prohibited", "channel", "main-stream")))
    p = tiny.problem([session])
    found = only(tiny, tiny.check(p, tiny.schedule(tiny.place("forum", 0, "09:00"))), "room_suitable")
    assert [v.message for v in found] == [
        "'Forum' needs interpretation_booths, which Hall A does not have",
        "'Forum' may only be in city Dezhou, not in Hall A",
        "'Forum' must not be in Hall A, but is in Hall A"]
    assert all(v.sessions == ("forum",) and v.rooms == ("hall-a",) for v in found)


def test_room_suitable_violated_by_an_on_site_persons_rules_only(tiny):
    people = [tiny.person("amy", place_rules=(tiny.rule("allowed", "venue", "dezhou-centre"),)),
              tiny.person("bo", place_rules=(tiny.rule("prohibited", "city", "jinan"),)),
              tiny.person("cy", place_rules=(tiny.rule("prohibited", "city", "jinan"),))]
    session = tiny.session("forum", people=tiny.on_site("amy", "bo") + tiny.remote("cy"))
    p = tiny.problem([session], people=people)
    found = only(tiny, tiny.check(p, tiny.schedule(tiny.place("forum", 0, "09:00"))), "room_suitable")
    assert [v.people for v in found] == [("amy",), ("bo",)]
    assert found[0].message == "Amy (on site at 'Forum') may only be in venue Dezhou Centre, not in Hall A"


# -- channel_suitable -------------------------------------------------------------------------

def test_channel_suitable_satisfied(tiny):
    session = tiny.session("webinar", mode="online", expected_online=1000,
                           place_rules=(tiny.rule("allowed", "channel", "main-stream"),
                                        tiny.rule("prohibited", "city", "jinan")))
    p = tiny.problem([session])
    result = tiny.check(p, tiny.schedule(tiny.place("webinar", 0, "09:00", room=None, channel="main-stream")))
    assert only(tiny, result, "channel_suitable") == []
    assert result.is_feasible


def test_channel_suitable_violated(tiny):
    channels = [tiny.channel("main-stream"), tiny.channel("side-stream", capacity=200)]
    session = tiny.session("webinar", mode="online", expected_online=1001,
                           place_rules=(tiny.rule("prohibited", "channel", "main-stream"),))
    side = tiny.session("side", mode="online", expected_online=200,
                        place_rules=(tiny.rule("allowed", "channel", "main-stream"),))
    p = tiny.problem([session, side], channels=channels)
    schedule = tiny.schedule(tiny.place("webinar", 0, "09:00", room=None, channel="main-stream"),
                             tiny.place("side", 0, "09:00", room=None, channel="side-stream"))
    found = only(tiny, tiny.check(p, schedule), "channel_suitable")
    assert [(v.sessions, v.channels) for v in found] == [
        (("side",), ("side-stream",)), (("webinar",), ("main-stream",)), (("webinar",), ("main-stream",))]
    assert found[0].message == "'Side' may only be on Main Stream, not on Side Stream"
    assert found[1].message == "'Webinar' (1001 expected online) is on Main Stream (1000 viewers)"
    assert found[2].message == "'Webinar' must not be on Main Stream"


# -- room_overlap -----------------------------------------------------------------------------

def test_room_overlap_satisfied_with_changeover_exactly_met(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b")], rooms=[tiny.room("hall-a", changeover=15)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:15"))
    result = tiny.check(p, schedule)
    assert only(tiny, result, "room_overlap") == []
    assert result.is_feasible


def test_room_overlap_violated_by_changeover_one_minute_short(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b")], rooms=[tiny.room("hall-a", changeover=15)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:14"))
    [v] = only(tiny, tiny.check(p, schedule), "room_overlap")
    assert (v.sessions, v.rooms) == (("a", "b"), ("hall-a",))
    assert "15 minutes to change over" in v.message and "'A'" in v.message and "'B'" in v.message


def test_room_overlap_violated(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b", duration=30), tiny.session("c")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30"),
                             tiny.place("c", 0, "09:00", room="hall-b"))
    [v] = only(tiny, tiny.check(p, schedule), "room_overlap")
    assert (v.sessions, v.rooms) == (("a", "b"), ("hall-a",))
    assert v.message == "'A' (Fri 28 May 09:00–10:00) and 'B' (Fri 28 May 09:30–10:00) overlap in Hall A"
    assert v.times == (tiny.span(0, "09:00", "10:00"), tiny.span(0, "09:30", "10:00"))


def test_room_overlap_reports_each_pair_once(tiny):
    p = tiny.problem([tiny.session(k, duration=120) for k in "abc"])
    schedule = tiny.schedule(*(tiny.place(k, 0, "09:00") for k in "abc"))
    found = only(tiny, tiny.check(p, schedule), "room_overlap")
    assert sorted(v.sessions for v in found) == [("a", "b"), ("a", "c"), ("b", "c")]


# -- channel_overlap --------------------------------------------------------------------------

def test_channel_overlap_satisfied(tiny):
    p = tiny.problem([tiny.session("a", mode="online"), tiny.session("b", mode="online")],
                     channels=[tiny.channel(changeover=10)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00", room=None, channel="main-stream"),
                             tiny.place("b", 0, "10:10", room=None, channel="main-stream"))
    assert only(tiny, tiny.check(p, schedule), "channel_overlap") == []


def test_channel_overlap_violated(tiny):
    p = tiny.problem([tiny.session("a", mode="online"), tiny.session("b", mode="hybrid")],
                     channels=[tiny.channel(changeover=10)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00", room=None, channel="main-stream"),
                             tiny.place("b", 0, "10:05", room="hall-a", channel="main-stream"))
    [v] = only(tiny, tiny.check(p, schedule), "channel_overlap")
    assert (v.sessions, v.channels, v.rooms) == (("a", "b"), ("main-stream",), ())


# -- within_hours -----------------------------------------------------------------------------

def test_within_hours_satisfied_ending_exactly_at_closing(tiny):
    p = tiny.problem([tiny.session("a", duration=90), tiny.session("b", duration=540)])
    schedule = tiny.schedule(tiny.place("a", 1, "16:30"), tiny.place("b", 0, "09:00", room="hall-b"))
    result = tiny.check(p, schedule)
    assert only(tiny, result, "within_hours") == []
    assert result.is_feasible


def test_within_hours_violated_after_closing_and_before_opening(tiny):
    p = tiny.problem([tiny.session("a", duration=90), tiny.session("b")])
    schedule = tiny.schedule(tiny.place("a", 1, "16:35"), tiny.place("b", 0, "08:55", room="hall-b"))
    found = only(tiny, tiny.check(p, schedule), "within_hours")
    assert [v.message for v in found] == [
        "'B' at Fri 28 May 08:55–09:55 is outside the daily hours (09:00–18:00)",
        "'A' at Sat 29 May 16:35–18:05 is outside the daily hours (09:00–18:00)"]
    assert [v.sessions for v in found] == [("b",), ("a",)]


def test_within_hours_violated_off_the_grid(tiny):
    p = tiny.problem([tiny.session("a")])
    [v] = only(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:02"))), "within_hours")
    assert v.sessions == ("a",)
    assert v.message == "'A' starts at Fri 28 May 09:02, off the 5-minute grid"


def test_within_hours_violated_on_a_day_not_allowed(tiny):
    p = tiny.problem([tiny.session("a", allowed_days=(1,)), tiny.session("b", allowed_days=(1,))])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 1, "09:00"))
    [v] = only(tiny, tiny.check(p, schedule), "within_hours")
    assert v.sessions == ("a",)
    assert v.message == "'A' is on Fri 28 May, but may only be on Sat 29 May"


def test_within_hours_violated_outside_allowed_and_inside_prohibited_windows(tiny):
    session = tiny.session("a", allowed=(tiny.span(0, "09:00", "10:00"), tiny.span(0, "10:00", "11:00")),
                           prohibited=(tiny.span(0, "10:20", "10:40"),))
    fine = tiny.session("b", allowed=(tiny.span(0, "09:00", "10:00"),),
                        prohibited=(tiny.span(0, "10:00", "10:40"),))
    p = tiny.problem([session, fine])
    schedule = tiny.schedule(tiny.place("a", 0, "09:30"), tiny.place("b", 0, "09:00", room="hall-b"))
    found = only(tiny, tiny.check(p, schedule), "within_hours")
    assert [v.sessions for v in found] == [("a",), ("a",)]
    assert "outside its allowed times" in found[0].message
    assert found[1].times == (tiny.span(0, "09:30", "10:30"), tiny.span(0, "10:20", "10:40"))


# -- availability -----------------------------------------------------------------------------

def test_availability_satisfied_next_to_unavailable_windows(tiny):
    off = (tiny.span(0, "08:00", "09:00"), tiny.span(0, "10:00", "12:00"))
    p = tiny.problem([tiny.session("a", people=tiny.on_site("amy"), attends=("press",))],
                     rooms=[tiny.room("hall-a", unavailable=off)],
                     people=[tiny.person("amy", unavailable=off)],
                     groups=[tiny.group("press", unavailable=off)])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00")))
    assert only(tiny, result, "availability") == []
    assert result.is_feasible


def test_availability_violated(tiny):
    off = (tiny.span(0, "09:55", "12:00"),)
    p = tiny.problem([tiny.session("a", mode="hybrid", people=tiny.remote("amy"), attends=("press",))],
                     rooms=[tiny.room("hall-a", unavailable=off)], channels=[tiny.channel(unavailable=off)],
                     people=[tiny.person("amy", unavailable=off)],
                     groups=[tiny.group("press", unavailable=off)])
    found = only(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00", channel="main-stream"))),
                 "availability")
    assert [(v.rooms, v.channels, v.people, v.groups) for v in found] == [
        (("hall-a",), (), (), ()), ((), ("main-stream",), (), ()), ((), (), ("amy",), ()),
        ((), (), (), ("press",))]
    assert all(v.sessions == ("a",) for v in found)
    assert found[2].message == ("Amy is unavailable Fri 28 May 09:55–12:00, but 'A' is at "
                                "Fri 28 May 09:00–10:00")


# -- person_overlap ---------------------------------------------------------------------------

def test_person_overlap_satisfied(tiny):
    p = tiny.problem([tiny.session("a", people=tiny.on_site("amy")),
                      tiny.session("b", people=tiny.remote("amy")),
                      tiny.session("c", people=tiny.on_site("bo"))], people=[tiny.person("amy")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00", room="hall-b"),
                             tiny.place("c", 0, "09:30", room="dezhou-hall"))
    assert only(tiny, tiny.check(p, schedule), "person_overlap") == []


def test_person_overlap_violated_with_remote_presence(tiny):
    p = tiny.problem([tiny.session("a", people=tiny.on_site("amy", "bo")),
                      tiny.session("b", people=tiny.remote("amy", "bo"))],
                     people=[tiny.person("amy"), tiny.person("bo")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:55", room="hall-b"))
    [v] = only(tiny, tiny.check(p, schedule), "person_overlap")
    assert (v.sessions, v.people) == (("a", "b"), ("amy", "bo"))
    assert v.message == ("Amy and Bo are in both 'A' (Fri 28 May 09:00–10:00) and 'B' "
                         "(Fri 28 May 09:55–10:55), which overlap")


# -- group_overlap ----------------------------------------------------------------------------

def test_group_overlap_satisfied_when_only_interested(tiny):
    p = tiny.problem([tiny.session("a", attends=("asean",)), tiny.session("b", interested=("asean",))],
                     groups=[tiny.group("asean", size=40)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:00", room="hall-b"))
    assert only(tiny, tiny.check(p, schedule), "group_overlap") == []


def test_group_overlap_violated(tiny):
    p = tiny.problem([tiny.session("a", attends=("asean",)), tiny.session("b", attends=("asean",))],
                     groups=[tiny.group("asean", size=40)])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"))
    [v] = only(tiny, tiny.check(p, schedule), "group_overlap")
    assert (v.sessions, v.groups, v.people) == (("a", "b"), ("asean",), ())
    assert v.message.startswith("Asean is in both 'A'")


# -- travel_time ------------------------------------------------------------------------------

def _travel_problem(tiny, presence="on_site", travel=(("jinan", "dezhou", 120),)):
    people = tiny.on_site("amy") if presence == "on_site" else tiny.remote("amy")
    return tiny.problem([tiny.session("a", people=tiny.on_site("amy")), tiny.session("b", people=people)],
                        people=[tiny.person("amy")], travel=travel)


def test_travel_time_satisfied_exactly(tiny):
    p = _travel_problem(tiny)
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "12:00", room="dezhou-hall"))
    result = tiny.check(p, schedule)
    assert only(tiny, result, "travel_time") == []
    assert result.is_feasible


def test_travel_time_violated_when_short(tiny):
    p = _travel_problem(tiny)
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:55", room="dezhou-hall"))
    [v] = only(tiny, tiny.check(p, schedule), "travel_time")
    assert (v.sessions, v.people, v.groups) == (("a", "b"), ("amy",), ())
    assert v.message == ("Amy cannot get from 'A' in Jinan (ends Fri 28 May 10:00) to 'B' in Dezhou "
                         "(starts Fri 28 May 11:55): the journey takes 120 minutes")


def test_travel_time_in_one_direction_holds_for_both(tiny):
    p = _travel_problem(tiny, travel=(("dezhou", "jinan", 120),))
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:55", room="dezhou-hall"))
    [v] = only(tiny, tiny.check(p, schedule), "travel_time")
    assert v.people == ("amy",)


def test_travel_time_satisfied_by_remote_presence(tiny):
    p = _travel_problem(tiny, presence="remote")
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00", room="dezhou-hall"))
    assert only(tiny, tiny.check(p, schedule), "travel_time") == []


def test_travel_time_violated_between_sessions_that_are_not_consecutive(tiny):
    travel = (("jinan", "dezhou", 120), ("jinan", "taian", 30))
    rooms = [tiny.room("hall-a"), tiny.room("taian-hall", city="taian"),
             tiny.room("dezhou-hall", city="dezhou")]
    p = tiny.problem([tiny.session(k, duration=30 if k != "a" else 60, people=tiny.on_site("amy"))
                      for k in "abc"], rooms=rooms, people=[tiny.person("amy")], travel=travel)
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:30", room="taian-hall"),
                             tiny.place("c", 0, "11:00", room="dezhou-hall"))
    [v] = only(tiny, tiny.check(p, schedule), "travel_time")
    assert v.sessions == ("a", "c")


def test_travel_time_violated_by_a_group(tiny):
    p = tiny.problem([tiny.session("a", attends=("asean",)), tiny.session("b", attends=("asean",))],
                     groups=[tiny.group("asean")], travel=(("jinan", "dezhou", 120),))
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:00", room="dezhou-hall"))
    [v] = only(tiny, tiny.check(p, schedule), "travel_time")
    assert (v.sessions, v.groups, v.people) == (("a", "b"), ("asean",), ())


# -- relation ---------------------------------------------------------------------------------

def _related(tiny, kind, gap=0):
    return tiny.problem([tiny.session("a"), tiny.session("b")], relations=[RelationInfo(kind, "a", "b", gap)])


def test_relation_satisfied(tiny):
    cases = [("before", 30, ("09:00", 0), ("10:30", 0)), ("same_time", 0, ("09:00", 0), ("09:00", 0)),
             ("not_same_time", 0, ("09:00", 0), ("10:00", 0)), ("same_day", 0, ("09:00", 1), ("17:00", 1)),
             ("different_day", 0, ("17:00", 0), ("09:00", 1))]
    for kind, gap, (a, day_a), (b, day_b) in cases:
        schedule = tiny.schedule(tiny.place("a", day_a, a), tiny.place("b", day_b, b, room="hall-b"))
        assert only(tiny, tiny.check(_related(tiny, kind, gap), schedule), "relation") == [], kind


def test_relation_violated(tiny):
    cases = [("before", 30, ("09:00", 0), ("10:25", 0)), ("same_time", 0, ("09:00", 0), ("09:05", 0)),
             ("not_same_time", 0, ("09:00", 0), ("09:55", 0)), ("same_day", 0, ("17:00", 0), ("09:00", 1)),
             ("different_day", 0, ("09:00", 1), ("17:00", 1))]
    for kind, gap, (a, day_a), (b, day_b) in cases:
        schedule = tiny.schedule(tiny.place("a", day_a, a), tiny.place("b", day_b, b, room="hall-b"))
        [v] = only(tiny, tiny.check(_related(tiny, kind, gap), schedule), "relation")
        assert v.sessions == ("a", "b"), kind
        assert "'A'" in v.message and "'B'" in v.message


def test_relation_same_day_message_names_both_days(tiny):
    schedule = tiny.schedule(tiny.place("a", 0, "17:00"), tiny.place("b", 1, "09:00", room="hall-b"))
    [v] = only(tiny, tiny.check(_related(tiny, "same_day"), schedule), "relation")
    assert v.message == "'A' (Fri 28 May) and 'B' (Sat 29 May) must be on the same day"


def test_relation_ignored_when_a_session_is_left_out(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b", optional=True)],
                     relations=[RelationInfo("same_time", "a", "b")])
    assert only(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00"))), "relation") == []


# -- resource_capacity ------------------------------------------------------------------------

def _interpreting(tiny, **resource):
    sessions = [tiny.session(k, resources=(("interpreters", 1),)) for k in "ab"]
    return tiny.problem(sessions, resources=[tiny.resource("interpreters", **resource)])


def test_resource_capacity_satisfied(tiny):
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"))
    assert only(tiny, tiny.check(_interpreting(tiny, capacity=2), schedule), "resource_capacity") == []
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00", room="hall-b"))
    assert only(tiny, tiny.check(_interpreting(tiny, capacity=1), schedule), "resource_capacity") == []


def test_resource_capacity_violated(tiny):
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"))
    [v] = only(tiny, tiny.check(_interpreting(tiny, capacity=1), schedule), "resource_capacity")
    assert (v.sessions, v.resources) == (("a", "b"), ("interpreters",))
    assert v.times == (tiny.span(0, "09:30", "10:00"),)
    assert v.message == "'A' and 'B' need 2 of Interpreters Fri 28 May 09:30–10:00, but only 1 is available"


def test_resource_capacity_violated_in_a_window_lowering_capacity(tiny):
    windows = ((tiny.span(0, "09:45", "12:00"), 1), (tiny.span(0, "09:50", "09:55"), 3))
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"))
    [v] = only(tiny, tiny.check(_interpreting(tiny, capacity=2, capacity_windows=windows), schedule),
               "resource_capacity")
    assert v.times == (tiny.span(0, "09:45", "10:00"),)


def test_resource_capacity_violated_when_unavailable(tiny):
    p = _interpreting(tiny, capacity=2, unavailable=(tiny.span(0, "10:15", "10:20"),))
    [v] = only(tiny, tiny.check(p, tiny.schedule(tiny.place("b", 0, "10:00"), tiny.place("a", 1, "10:00"))),
               "resource_capacity")
    assert (v.sessions, v.times) == (("b",), (tiny.span(0, "10:15", "10:20"),))
    assert v.message.endswith("but none is available")


# -- pin --------------------------------------------------------------------------------------

def test_pin_satisfied(tiny):
    p = tiny.problem([tiny.session("a", mode="hybrid", pin_room="hall-b", pin_channel="main-stream",
                                   pin_start=tiny.at(0, "10:00"))])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "10:00", room="hall-b", channel="main-stream")))
    assert only(tiny, result, "pin") == []
    assert result.is_feasible


def test_pin_violated(tiny):
    p = tiny.problem([tiny.session("a", pin_room="hall-b", pin_start=tiny.at(0, "10:00"))])
    found = only(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "10:05"))), "pin")
    assert [(v.sessions, v.rooms) for v in found] == [(("a",), ("hall-b", "hall-a")), (("a",), ())]
    assert found[0].message == "'A' is pinned to Hall B but is in Hall A"
    assert found[1].message == "'A' is pinned to start Fri 28 May 10:00 but starts Fri 28 May 10:05"


# -- frozen -----------------------------------------------------------------------------------

def _re_solve(tiny):
    p = tiny.problem([tiny.session("a"), tiny.session("b"), tiny.session("c")])
    previous = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:00"))
    return p, previous, tiny.at(0, "09:30")


def test_frozen_satisfied(tiny):
    p, previous, now = _re_solve(tiny)
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"),
                             tiny.place("c", 0, "10:00"))
    assert only(tiny, tiny.check(p, schedule, previous=previous, now=now), "frozen") == []


def test_frozen_violated(tiny):
    p, previous, now = _re_solve(tiny)
    schedule = tiny.schedule(tiny.place("a", 0, "09:00", room="hall-b"), tiny.place("b", 0, "09:25"),
                             tiny.place("c", 0, "10:00"))
    found = only(tiny, tiny.check(p, schedule, previous=previous, now=now), "frozen")
    assert [v.sessions for v in found] == [("a",), ("b",)]
    assert found[0].message == ("'A' had already started (Fri 28 May 09:00, Hall A) but is moved to "
                                "Fri 28 May 09:00, Hall B")
    assert found[1].message == "'B' starts Fri 28 May 09:25, before now (Fri 28 May 09:30)"


def test_frozen_violated_by_leaving_out_a_started_session(tiny):
    _, previous, now = _re_solve(tiny)
    p = tiny.problem([tiny.session("a", optional=True), tiny.session("b")])
    found = only(tiny, tiny.check(p, tiny.schedule(tiny.place("b", 0, "11:00")), previous=previous, now=now),
                 "frozen")
    assert [v.sessions for v in found] == [("a",)]


def test_frozen_needs_now(tiny):
    p, previous, _ = _re_solve(tiny)
    schedule = tiny.schedule(tiny.place("a", 0, "10:00"), tiny.place("b", 0, "11:00"),
                             tiny.place("c", 0, "12:00"))
    assert only(tiny, tiny.check(p, schedule, previous=previous), "frozen") == []


# -- all hard rules ---------------------------------------------------------------------------

def test_every_hard_rule_has_a_satisfied_and_a_violated_test():
    names = set(globals())
    for rule in HARD_RULES:
        assert any(n.startswith(f"test_{rule}_satisfied") for n in names), rule
        assert any(n.startswith(f"test_{rule}_violated") for n in names), rule


def test_a_clean_schedule_is_feasible(tiny):
    p = tiny.problem([tiny.session("a", people=tiny.on_site("amy")),
                      tiny.session("b", people=tiny.on_site("amy"))],
                     people=[tiny.person("amy")])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00")))
    assert result.hard == () and result.is_feasible
