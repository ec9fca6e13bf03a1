"""The soft rules: one satisfied/violated pair per rule with the exact cost (default weights).

Base problem (conftest): 28–29 May 2021, 09:00–18:00 Asia/Shanghai (UTC+8);
Hall A and Hall B (100 seats) in Jinan, Dezhou Hall in Dezhou, Main Stream online.
"""

from __future__ import annotations

from scheduler.weights import DEFAULT_WEIGHTS, SOFT_RULES


def costs(tiny, result, rule):
    """(subjects, cost) of each violation of a soft rule."""
    found = tiny.of(result, rule)
    assert all(v.severity == "soft" and v.cost > 0 for v in found)
    return found


# -- optional_left_out ------------------------------------------------------------------------

def test_optional_left_out_satisfied(tiny):
    p = tiny.problem([tiny.session("tour", optional=True)])
    result = tiny.check(p, tiny.schedule(tiny.place("tour", 0, "09:00")))
    assert costs(tiny, result, "optional_left_out") == []


def test_optional_left_out_violated(tiny):
    p = tiny.problem([tiny.session("tour", optional=True, title="Site Visit to Dezhou"), tiny.session("a")])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00")))
    [v] = costs(tiny, result, "optional_left_out")
    assert (v.sessions, v.cost) == (("tour",), 2000)
    assert v.message == "Optional session 'Site Visit to Dezhou' is left out"
    assert result.is_feasible


# -- stability --------------------------------------------------------------------------------

def _moved(tiny, before, after, **session):
    p = tiny.problem([tiny.session("a", **session)], groups=[tiny.group("asean", size=25)],
                     channels=[tiny.channel("main-stream"), tiny.channel("side-stream")])
    result = tiny.check(p, tiny.schedule(after), previous=tiny.schedule(before))
    return {rule: [(v.sessions, v.cost) for v in tiny.of(result, rule)] for rule in SOFT_RULES
            if rule.startswith("stability_")}


def test_stability_day_satisfied(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "17:00"))
    assert moved["stability_day"] == []
    assert moved["stability_time"] == [(("a",), 20)]


def test_stability_day_violated(tiny):
    people = tiny.on_site("amy", "bo") + tiny.remote("cy")
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 1, "09:00"), people=people)
    assert moved["stability_day"] == [(("a",), 150)]
    assert moved["stability_time"] == []


def test_stability_time_satisfied(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "09:00", room="hall-b"))
    assert moved["stability_time"] == [] and moved["stability_day"] == []


def test_stability_time_violated(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "09:05"))
    assert moved["stability_time"] == [(("a",), 20)]


def test_stability_scales_with_affected_people(tiny):
    nine = tiny.on_site(*(f"p{i}" for i in range(9)))
    assert _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "10:00"),
                  people=nine)["stability_time"] == [(("a",), 20)]
    assert _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "10:00"),
                  people=nine + tiny.remote("p9"))["stability_time"] == [(("a",), 40)]
    # 5 people + a group of 25 → 30 affected → 1 + 3 = 4
    assert _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 1, "10:00"),
                  people=nine[:5], attends=("asean",))["stability_day"] == [(("a",), 600)]


def test_stability_room_satisfied(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "10:00"))
    assert moved["stability_room"] == [] and moved["stability_city"] == []


def test_stability_room_violated(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "09:00", room="hall-b"))
    assert moved["stability_room"] == [(("a",), 40)]
    assert moved["stability_city"] == []


def test_stability_city_satisfied(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "09:00", room="hall-b"))
    assert moved["stability_city"] == []


def test_stability_city_violated(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00"), tiny.place("a", 0, "09:00", room="dezhou-hall"))
    assert moved["stability_city"] == [(("a",), 300)]
    assert moved["stability_room"] == []


def test_stability_channel_satisfied(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00", room=None), tiny.place("a", 0, "09:00", room=None,
                                                                             channel="side-stream"))
    assert moved["stability_channel"] == [] and moved["stability_room"] == []


def test_stability_channel_violated(tiny):
    moved = _moved(tiny, tiny.place("a", 0, "09:00", room=None, channel="main-stream"),
                   tiny.place("a", 0, "09:00", room=None, channel="side-stream"), mode="online")
    assert moved["stability_channel"] == [(("a",), 20)]


def test_stability_message_names_the_session_and_both_times(tiny):
    p = tiny.problem([tiny.session("a", title="RCEP Briefing")])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 1, "10:00")),
                        previous=tiny.schedule(tiny.place("a", 0, "09:00")))
    [v] = tiny.of(result, "stability_day")
    assert v.message == "'RCEP Briefing' moved from Fri 28 May 09:00 to Sat 29 May 10:00"


# -- track_parallel ---------------------------------------------------------------------------

def test_track_parallel_satisfied(tiny):
    p = tiny.problem([tiny.session("a", track="finance"), tiny.session("b", track="finance"),
                      tiny.session("c", track="trade"), tiny.session("d"), tiny.session("e")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00"),
                             tiny.place("c", 0, "09:00", room="hall-b"),
                             tiny.place("d", 0, "10:00", room="hall-b"),
                             tiny.place("e", 0, "10:00", room="dezhou-hall"))
    assert costs(tiny, tiny.check(p, schedule), "track_parallel") == []


def test_track_parallel_violated(tiny):
    p = tiny.problem([tiny.session(k, track="finance") for k in "abc"] + [tiny.session("d", track="trade")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"),
                             tiny.place("c", 0, "09:55", room="dezhou-hall"),
                             tiny.place("d", 0, "09:00", room=None))
    found = costs(tiny, tiny.check(p, schedule), "track_parallel")
    # Three finance sessions at once: two of them would have to move.
    assert [(v.sessions, v.cost) for v in found] == [(("b", "a"), 60), (("c", "a"), 60)]
    assert "track 'finance'" in found[0].message


# -- group_interest_parallel ------------------------------------------------------------------

def test_group_interest_parallel_satisfied(tiny):
    p = tiny.problem([tiny.session("a", attends=("asean",)), tiny.session("b", interested=("asean",)),
                      tiny.session("c", interested=("asean",)), tiny.session("d", interested=("press",))],
                     groups=[tiny.group("asean"), tiny.group("press")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "10:00"),
                             tiny.place("c", 0, "11:00"),
                             tiny.place("d", 0, "09:00", room="hall-b"))
    assert costs(tiny, tiny.check(p, schedule), "group_interest_parallel") == []


def test_group_interest_parallel_violated(tiny):
    p = tiny.problem([tiny.session("a", attends=("asean",)), tiny.session("b", interested=("asean",)),
                      tiny.session("c", interested=("asean",), attends=("press",)),
                      tiny.session("d", attends=("press",))],
                     groups=[tiny.group("asean"), tiny.group("press")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:30", room="hall-b"),
                             tiny.place("c", 1, "09:00"), tiny.place("d", 1, "09:00", room="hall-b"))
    found = costs(tiny, tiny.check(p, schedule), "group_interest_parallel")
    assert [(v.sessions, v.groups, v.cost) for v in found] == [
        (("b", "a"), ("asean",), 40), (("d", "c"), ("press",), 40)]


# -- audience_hours ---------------------------------------------------------------------------

def _audience(tiny, clock, *zones, mode="online", duration=60):
    p = tiny.problem([tiny.session("a", mode=mode, duration=duration, target_timezones=zones)])
    room = "hall-a" if mode != "online" else None
    channel = "main-stream" if mode != "on_site" else None
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, clock, room=room, channel=channel)))
    return [(v.sessions, v.cost) for v in costs(tiny, result, "audience_hours")], result


def test_audience_hours_satisfied(tiny):
    # 10:30–11:00 Shanghai is 09:00–09:30 in Yangon: starting exactly at 09:00 there is fine.
    found, _ = _audience(tiny, "10:30", "Asia/Shanghai", "Asia/Jakarta", "Asia/Jayapura", "Asia/Yangon",
                         duration=30)
    assert found == []
    found, _ = _audience(tiny, "09:00", "Asia/Yangon", mode="on_site")
    assert found == []


def test_audience_hours_violated_in_yangon(tiny):
    # 09:00–10:00 in Shanghai is 07:30–08:30 in Yangon (UTC+6:30): all 60 minutes before 09:00 there.
    found, result = _audience(tiny, "09:00", "Asia/Yangon", "Asia/Shanghai")
    assert found == [(("a",), 60)]
    [v] = tiny.of(result, "audience_hours")
    assert v.message == ("'A' (Fri 28 May 09:00–10:00) runs 60 minutes outside 09:00–18:00 for its "
                         "audience in Asia/Yangon")


def test_audience_hours_counts_minutes_per_zone(tiny):
    assert _audience(tiny, "10:00", "Asia/Yangon", mode="hybrid")[0] == [(("a",), 30)]
    # 17:00–18:00 Shanghai is 18:00–19:00 in Jayapura (UTC+9) but 15:30–16:30 in Yangon.
    assert _audience(tiny, "17:00", "Asia/Jayapura", "Asia/Yangon")[0] == [(("a",), 60)]


def test_audience_hours_follows_daylight_saving(tiny):
    # In May London is on BST (UTC+1): 15:30–16:30 Shanghai is 08:30–09:30 there.
    assert _audience(tiny, "15:30", "Europe/London")[0] == [(("a",), 30)]
    assert _audience(tiny, "16:00", "Europe/London")[0] == []


# -- remote_speaker_hours ---------------------------------------------------------------------

def test_remote_speaker_hours_satisfied(tiny):
    people = [tiny.person("amy", home_timezone="Europe/London"),
              tiny.person("bo", home_timezone="Asia/Yangon"), tiny.person("cy")]
    p = tiny.problem([tiny.session("a", people=tiny.on_site("amy") + tiny.remote("bo", "cy"))], people=people)
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "10:00")))
    assert costs(tiny, result, "remote_speaker_hours") == []


def test_remote_speaker_hours_violated(tiny):
    people = [tiny.person("amy", home_timezone="Europe/London"),
              tiny.person("bo", home_timezone="Asia/Yangon")]
    p = tiny.problem([tiny.session("a", people=tiny.remote("amy", "bo"))], people=people)
    found = costs(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00"))), "remote_speaker_hours")
    # 02:00–03:00 in London: 60 minutes × 3; Yangon 07:30–08:30: 30 minutes before 08:00 × 3.
    assert [(v.people, v.sessions, v.cost) for v in found] == [(("amy",), ("a",), 180), (("bo",), ("a",), 90)]


# -- room_fit ---------------------------------------------------------------------------------

def test_room_fit_satisfied(tiny):
    p = tiny.problem([tiny.session("a", expected_onsite=91), tiny.session("b", expected_onsite=120),
                      tiny.session("c", mode="online")])
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:00", room="hall-b"),
                             tiny.place("c", 0, "09:00", room=None, channel="main-stream"))
    assert costs(tiny, tiny.check(p, schedule), "room_fit") == []


def test_room_fit_violated(tiny):
    p = tiny.problem([tiny.session("a", expected_onsite=45)])
    [v] = costs(tiny, tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00"))), "room_fit")
    assert (v.sessions, v.rooms, v.cost) == (("a",), ("hall-a",), 5)


# -- session and person times -----------------------------------------------------------------

def _timed(tiny, clock, duration=60, people=(), **session):
    p = tiny.problem([tiny.session("a", duration=duration, people=tiny.on_site(*(x.key for x in people)),
                                   **session)], people=people)
    return tiny.check(p, tiny.schedule(tiny.place("a", 0, clock)))


def test_session_preferred_time_satisfied(tiny):
    windows = (tiny.span(0, "09:00", "10:00"), tiny.span(0, "10:00", "11:00"))
    assert costs(tiny, _timed(tiny, "09:30", preferred=windows), "session_preferred_time") == []


def test_session_preferred_time_violated(tiny):
    windows = (tiny.span(0, "09:00", "10:00"), tiny.span(0, "10:15", "11:00"))
    [v] = costs(tiny, _timed(tiny, "09:30", preferred=windows), "session_preferred_time")
    assert (v.sessions, v.cost) == (("a",), 15)


def test_session_undesired_time_satisfied(tiny):
    windows = (tiny.span(0, "09:00", "09:45"), tiny.span(0, "09:30", "10:00"))
    assert costs(tiny, _timed(tiny, "10:00", undesired=windows), "session_undesired_time") == []


def test_session_undesired_time_violated(tiny):
    windows = (tiny.span(0, "09:00", "09:45"), tiny.span(0, "09:30", "10:00"))
    [v] = costs(tiny, _timed(tiny, "09:30", undesired=windows), "session_undesired_time")
    assert (v.sessions, v.cost) == (("a",), 60)


def test_person_preferred_time_satisfied(tiny):
    people = [tiny.person("amy", preferred=(tiny.span(0, "13:00", "18:00"),)), tiny.person("bo")]
    assert costs(tiny, _timed(tiny, "13:00", 90, people), "person_preferred_time") == []


def test_person_preferred_time_violated(tiny):
    people = [tiny.person("amy", preferred=(tiny.span(0, "13:00", "18:00"),)), tiny.person("bo")]
    [v] = costs(tiny, _timed(tiny, "12:00", 90, people), "person_preferred_time")
    assert (v.sessions, v.people, v.cost) == (("a",), ("amy",), 60)
    assert "Amy's preferred times" in v.message


def test_person_undesired_time_satisfied(tiny):
    people = [tiny.person("amy", undesired=(tiny.span(0, "12:00", "14:00"),))]
    assert costs(tiny, _timed(tiny, "14:00", 60, people), "person_undesired_time") == []


def test_person_undesired_time_violated(tiny):
    people = [tiny.person("amy", undesired=(tiny.span(0, "12:00", "14:00"),))]
    [v] = costs(tiny, _timed(tiny, "13:30", 60, people), "person_undesired_time")
    assert (v.sessions, v.people, v.cost) == (("a",), ("amy",), 60)


# -- places -----------------------------------------------------------------------------------

def _placed(tiny, session_rules=(), amy_rules=(), cy_rules=(), room="hall-a", channel="main-stream"):
    rooms = [tiny.room("hall-a", tags=frozenset({"basement"})), tiny.room("hall-b"),
             tiny.room("dezhou-hall", city="dezhou", venue="dezhou-centre")]
    people = [tiny.person("amy", place_rules=amy_rules), tiny.person("cy", place_rules=cy_rules)]
    session = tiny.session("a", mode="hybrid", place_rules=session_rules,
                           people=tiny.on_site("amy") + tiny.remote("cy"))
    p = tiny.problem([session], rooms=rooms, people=people,
                     channels=[tiny.channel("main-stream"), tiny.channel("side-stream")])
    return tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00", room=room, channel=channel)))


def test_preferred_place_satisfied(tiny):
    result = _placed(tiny, session_rules=(tiny.rule("preferred", "venue", "iec"),
                                          tiny.rule("preferred", "channel", "main-stream")),
                     amy_rules=(tiny.rule("preferred", "room_tag", "basement"),),
                     cy_rules=(tiny.rule("preferred", "city", "dezhou"),))
    assert costs(tiny, result, "preferred_place") == []


def test_preferred_place_violated(tiny):
    result = _placed(tiny, session_rules=(tiny.rule("preferred", "city", "dezhou"),
                                          tiny.rule("preferred", "channel", "side-stream")),
                     amy_rules=(tiny.rule("preferred", "room", "hall-b"),),
                     cy_rules=(tiny.rule("preferred", "city", "dezhou"),))
    found = costs(tiny, result, "preferred_place")
    assert [(v.people, v.rooms, v.channels, v.cost) for v in found] == [
        ((), ("hall-a",), ("main-stream",), 50), ((), ("hall-a",), ("main-stream",), 50),
        (("amy",), ("hall-a",), ("main-stream",), 50)]
    assert found[0].message == "'A' would rather be in city Dezhou, but is in Hall A and Main Stream"


def test_undesired_place_satisfied(tiny):
    result = _placed(tiny, session_rules=(tiny.rule("undesired", "city", "dezhou"),
                                          tiny.rule("undesired", "channel", "side-stream")),
                     amy_rules=(tiny.rule("undesired", "room", "hall-b"),),
                     cy_rules=(tiny.rule("undesired", "room", "hall-a"),))
    assert costs(tiny, result, "undesired_place") == []


def test_undesired_place_violated(tiny):
    result = _placed(tiny, session_rules=(tiny.rule("undesired", "room_tag", "basement"),
                                          tiny.rule("undesired", "city", "jinan"),
                                          tiny.rule("undesired", "channel", "main-stream")),
                     amy_rules=(tiny.rule("undesired", "room", "hall-a"),))
    found = costs(tiny, result, "undesired_place")
    assert [(v.sessions, v.people, v.cost) for v in found] == [
        (("a",), (), 80), (("a",), (), 80), (("a",), (), 80), (("a",), ("amy",), 80)]
    assert tiny.of(result, "undesired_place")[0].message == (
        "'A' would rather not be in rooms tagged 'basement', but is in Hall A and Main Stream")


# -- idle_gap ---------------------------------------------------------------------------------

def _day_of(tiny, *placements, people=("amy",), groups=("asean",), presence="on_site"):
    sessions = [tiny.session(p.session, people=tiny.on_site(*people) if presence == "on_site"
                             else tiny.remote(*people), attends=groups) for p in placements]
    p = tiny.problem(sessions, people=[tiny.person(k) for k in people],
                     groups=[tiny.group(k) for k in groups],
                     travel=(("jinan", "dezhou", 60),))
    return tiny.check(p, tiny.schedule(*placements))


def test_idle_gap_satisfied(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:00"),
                     tiny.place("c", 1, "17:00"))
    assert costs(tiny, result, "idle_gap") == []


def test_idle_gap_violated(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "12:00"),
                     tiny.place("c", 1, "17:00"))
    found = costs(tiny, result, "idle_gap")
    assert [(v.people, v.groups, v.sessions, v.cost) for v in found] == [
        (("amy",), (), ("a", "b"), 60), ((), ("asean",), ("a", "b"), 60)]
    assert found[0].message == "Amy waits 120 minutes between sessions on Fri 28 May ('A' and 'B')"


# -- city_change ------------------------------------------------------------------------------

def test_city_change_satisfied(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 1, "14:00", room="dezhou-hall"))
    assert costs(tiny, result, "city_change") == []
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "14:00", room="dezhou-hall"),
                     groups=(), presence="remote")
    assert costs(tiny, result, "city_change") == []


def test_city_change_violated(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "14:00", room="dezhou-hall"),
                     tiny.place("c", 0, "16:00", room="dezhou-hall"))
    found = costs(tiny, result, "city_change")
    assert [(v.people, v.groups, v.sessions, v.cost) for v in found] == [
        (("amy",), (), ("a", "b", "c"), 100), ((), ("asean",), ("a", "b", "c"), 100)]
    assert found[0].message == "Amy goes to 2 cities on Fri 28 May: Jinan ('A') and Dezhou ('B' and 'C')"


# -- days_spread ------------------------------------------------------------------------------

def test_days_spread_satisfied(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "14:00"))
    assert costs(tiny, result, "days_spread") == []


def test_days_spread_satisfied_when_the_work_needs_two_days(tiny):
    p = tiny.problem([tiny.session(k, duration=300, people=tiny.on_site("amy")) for k in "ab"],
                     people=[tiny.person("amy")])
    result = tiny.check(p, tiny.schedule(tiny.place("a", 0, "09:00"), tiny.place("b", 1, "09:00")))
    assert costs(tiny, result, "days_spread") == []


def test_days_spread_violated(tiny):
    result = _day_of(tiny, tiny.place("a", 0, "09:00"), tiny.place("b", 1, "14:00"))
    found = costs(tiny, result, "days_spread")
    assert [(v.people, v.groups, v.sessions, v.cost) for v in found] == [
        (("amy",), (), ("a", "b"), 100), ((), ("asean",), ("a", "b"), 100)]


# -- popular_large_room -----------------------------------------------------------------------

def _popular(tiny, keynote_room, side_room):
    rooms = [tiny.room("hall-a", seats=300), tiny.room("hall-b", seats=80)]
    p = tiny.problem([tiny.session("keynote", duration=45, tags=frozenset({"popularity:551"})),
                      tiny.session("side", tags=frozenset({"popularity:40"}))], rooms=rooms)
    return tiny.check(p, tiny.schedule(tiny.place("keynote", 0, "09:00", room=keynote_room),
                                       tiny.place("side", 0, "09:00", room=side_room)))


def test_popular_large_room_satisfied(tiny):
    assert costs(tiny, _popular(tiny, "hall-a", "hall-b"), "popular_large_room") == []


def test_popular_large_room_violated(tiny):
    result = _popular(tiny, "hall-b", "hall-a")
    [v] = costs(tiny, result, "popular_large_room")
    # The less popular session is named first; weight 1 × (45 + 60) minutes.
    assert (v.sessions, v.rooms, v.cost) == (("side", "keynote"), ("hall-a", "hall-b"), 105)
    assert v.message == ("'Keynote' (popularity 551) is in Hall B (80 seats), smaller than Hall A "
                         "(300 seats) of the less popular 'Side'")


# -- weights ----------------------------------------------------------------------------------

def test_project_weights_are_used_and_zero_switches_a_rule_off(tiny):
    sessions = [tiny.session("a", expected_onsite=45), tiny.session("tour", optional=True)]
    schedule = tiny.schedule(tiny.place("a", 0, "09:00"))
    result = tiny.check(tiny.problem(sessions, weights={"room_fit": 3, "optional_left_out": 0}), schedule)
    assert [v.cost for v in tiny.of(result, "room_fit")] == [15]
    assert tiny.of(result, "optional_left_out") == []


def test_every_soft_rule_has_a_satisfied_and_a_violated_test():
    names = set(globals())
    assert set(SOFT_RULES) == set(DEFAULT_WEIGHTS)
    for rule in SOFT_RULES:
        assert any(n.startswith(f"test_{rule}_satisfied") for n in names), rule
        assert any(n.startswith(f"test_{rule}_violated") for n in names), rule
