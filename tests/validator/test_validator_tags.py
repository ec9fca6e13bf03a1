"""The tag rules: one family per weight "<family>.<category>", costs weight × shared values × minutes.

Base problem (conftest): 28–29 May 2021, 09:00–18:00 Asia/Shanghai (UTC+8); Hall A and Hall B
(100 seats) in Jinan, Dezhou Hall in Dezhou, Main Stream online. Sessions last 60 minutes unless
told. popular_large_room's satisfied/violated pair is in test_validator_soft.py; its edge cases
are here.
"""

from __future__ import annotations

import pytest

from scheduler.weights import (DEFAULT_WEIGHTS, LEVEL_FLOW, TAG_FAMILIES, TAG_OVERLAP, TAG_SAME_DAY,
                               TAG_SAME_ROOM, effective_weights, tag_number, tag_rule, tag_rules,
                               tag_values)

OFF = {name: 0 for name in DEFAULT_WEIGHTS}  # only the rules a test switches on cost anything


def tagged(tiny, key, *tags, duration=60, **fields):
    return tiny.session(key, duration=duration, tags=frozenset(tags), **fields)


def found(tiny, sessions, *placements, rooms=None, **weights):
    """(rule, sessions, cost) of every soft violation, with only ``weights`` switched on."""
    result = tiny.check(tiny.problem(sessions, rooms=rooms, weights=OFF | weights),
                        tiny.schedule(*placements))
    assert result.is_feasible, [v.message for v in result.hard]
    return [(v.rule, v.sessions, v.cost) for v in result.soft], result


# -- the weight names ---------------------------------------------------------------------------

def test_tag_rule_names_a_family_and_a_category():
    assert tag_rule("tag_overlap.theme") == (TAG_OVERLAP, "theme")
    assert tag_rule("level_flow.track-ish") == (LEVEL_FLOW, "track-ish")
    for name in ("tag_overlap", "tag_overlap.", "tag_overlaps.theme", "room_fit", "tag_overlap.theme:Cloud"):
        assert tag_rule(name) is None, name
    weights = {"tag_overlap.theme": 10, "tag_overlap.content": 0, "tag_same_day.theme": 2}
    assert tag_rules(weights, TAG_OVERLAP) == {"theme": 10}
    assert tag_rules(weights, TAG_SAME_ROOM) == {}
    assert effective_weights(weights | {"tag_overlaps.theme": 5})["tag_same_day.theme"] == 2
    assert "tag_overlaps.theme" not in effective_weights({"tag_overlaps.theme": 5})


def test_tag_values_and_numbers():
    tags = {"theme:Cloud", "theme:AI", "themes:Trade", "level:2", "popularity:551", "Cloud"}
    assert tag_values(tags, "theme") == {"Cloud", "AI"}
    assert tag_number(tags, "level") == 2 and tag_number(tags, "popularity") == 551
    assert tag_number({"level:advanced"}, "level") is None
    assert tag_number(tags, "size") is None


# -- tag_overlap --------------------------------------------------------------------------------

def test_tag_overlap_satisfied(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud"), tagged(tiny, "b", "theme:Cloud"),
                tagged(tiny, "c", "theme:Trade")]
    violations, _ = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                          tiny.place("b", 0, "10:00"),  # starts as A ends: no overlap
                          tiny.place("c", 0, "09:00", room="hall-b"),  # another theme
                          **{"tag_overlap.theme": 10})
    assert violations == []


def test_tag_overlap_violated(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", title="Cloud Basics"),
                tagged(tiny, "b", "theme:Cloud", duration=90, title="Cloud Security")]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 0, "09:30", room="hall-b"), **{"tag_overlap.theme": 10})
    # 09:30–10:00 together: 10 × 1 value × 30 minutes.
    assert violations == [("tag_overlap.theme", ("a", "b"), 300)]
    [v] = tiny.of(result, "tag_overlap.theme")
    assert v.times == (tiny.span(0, "09:00", "10:00"), tiny.span(0, "09:30", "11:00"))
    assert v.message.startswith("'Cloud Basics' and 'Cloud Security' share 1 theme tag and overlap")
    assert result.costs()["tag_overlap.theme"] == 300


def test_tag_overlap_cost_grows_with_shared_values(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "theme:AI", "theme:Data"),
                tagged(tiny, "b", "theme:Cloud", "theme:AI", "theme:Trade", duration=90)]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 0, "09:30", room="hall-b"), **{"tag_overlap.theme": 10})
    assert violations == [("tag_overlap.theme", ("a", "b"), 10 * 2 * 30)]
    assert "share 2 theme tags and overlap" in tiny.of(result, "tag_overlap.theme")[0].message


def test_tag_overlap_counts_every_overlapping_pair(tiny):
    sessions = [tagged(tiny, k, "theme:Cloud") for k in "abc"] + [tagged(tiny, "d", "theme:Cloud")]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 0, "09:15", room="hall-b"),
                               tiny.place("c", 0, "09:45", room="dezhou-hall"),
                               tiny.place("d", 1, "09:00"),  # another day: overlaps nobody
                               **{"tag_overlap.theme": 2})
    # a–b 45 minutes, a–c 15, b–c 30 (09:45–10:15).
    assert sorted(violations) == [("tag_overlap.theme", ("a", "b"), 90), ("tag_overlap.theme", ("a", "c"), 30),
                                  ("tag_overlap.theme", ("b", "c"), 60)]
    assert result.total_cost == 180


def test_tag_overlap_switched_off_costs_nothing(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud"), tagged(tiny, "b", "theme:Cloud")]
    placements = (tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:00", room="hall-b"))
    assert found(tiny, sessions, *placements)[0] == []
    assert found(tiny, sessions, *placements, **{"tag_overlap.theme": 0})[0] == []
    # A weight of another family or of another category does not switch it on.
    assert found(tiny, sessions, *placements, **{"tag_same_day.theme": 5, "tag_overlap.content": 5})[0] == []


def test_tag_categories_are_separate(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "content:Cloud", "content:Panel"),
                tagged(tiny, "b", "theme:Trade", "content:Cloud", "content:Panel")]
    placements = (tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:00", room="hall-b"))
    # Same value "Cloud", but as a theme of A and a content of B: the theme rule sees nothing.
    assert found(tiny, sessions, *placements, **{"tag_overlap.theme": 10})[0] == []
    violations, result = found(tiny, sessions, *placements,
                               **{"tag_overlap.theme": 10, "tag_overlap.content": 3})
    assert violations == [("tag_overlap.content", ("a", "b"), 3 * 2 * 60)]
    assert result.costs()["tag_overlap.content"] == 360 and result.costs().get("tag_overlap.theme", 0) == 0


def test_tag_rules_of_one_pair_add_up(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "sector:Bank"),
                tagged(tiny, "b", "theme:Cloud", "sector:Bank", duration=30)]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 0, "09:00", room="hall-b"),
                               **{"tag_overlap.theme": 1, "tag_overlap.sector": 2, "tag_same_room.theme": 3})
    # The schedule's order names B first: it ends first.
    assert sorted(violations) == [("tag_overlap.sector", ("b", "a"), 60), ("tag_overlap.theme", ("b", "a"), 30),
                                  ("tag_same_room.theme", ("b", "a"), 3 * 90)]
    assert result.total_cost == 360


# -- tag_same_day -------------------------------------------------------------------------------

def test_tag_same_day_satisfied(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud"), tagged(tiny, "b", "theme:Cloud"),
                tagged(tiny, "c", "theme:Trade")]
    violations, _ = found(tiny, sessions, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "17:00"),
                          tiny.place("c", 1, "09:00"), **{"tag_same_day.theme": 2})
    assert violations == []


def test_tag_same_day_violated(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", title="Cloud Basics"),
                tagged(tiny, "b", "theme:Cloud", duration=45, title="Cloud Security")]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 1, "09:00", room="dezhou-hall"), **{"tag_same_day.theme": 2})
    # 2 × 1 value × (60 + 45) minutes.
    assert violations == [("tag_same_day.theme", ("a", "b"), 210)]
    [v] = tiny.of(result, "tag_same_day.theme")
    assert v.times == (tiny.span(0, "09:00", "10:00"), tiny.span(1, "09:00", "09:45"))
    assert v.message == "'Cloud Basics' and 'Cloud Security' share 1 theme tag but are on different days"


def test_tag_same_day_cost_grows_with_shared_values(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "theme:AI"), tagged(tiny, "b", "theme:AI", "theme:Cloud"),
                tagged(tiny, "c", "theme:Cloud", mode="online")]
    violations, _ = found(tiny, sessions, tiny.place("a", 0, "09:00"), tiny.place("b", 1, "09:00"),
                          tiny.place("c", 0, "12:00", room=None, channel="main-stream"),
                          **{"tag_same_day.theme": 2})
    # a–b share 2 values; c (online, no room) is on A's day but not B's and shares one with each.
    assert sorted(violations) == [("tag_same_day.theme", ("a", "b"), 2 * 2 * 120),
                                  ("tag_same_day.theme", ("c", "b"), 2 * 1 * 120)]


# -- tag_same_room ------------------------------------------------------------------------------

def test_tag_same_room_satisfied(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud"), tagged(tiny, "b", "theme:Cloud"),
                tagged(tiny, "c", "theme:Cloud"), tagged(tiny, "d", "theme:Cloud", mode="online"),
                tagged(tiny, "e", "theme:Trade")]
    violations, _ = found(tiny, sessions, tiny.place("a", 0, "09:00"), tiny.place("b", 0, "11:00"),
                          tiny.place("c", 1, "09:00", room="hall-b"),  # another day: any room
                          tiny.place("d", 0, "09:00", room=None, channel="main-stream"),  # no room
                          tiny.place("e", 0, "13:00", room="hall-b"),  # another theme
                          **{"tag_same_room.theme": 3})
    assert violations == []


def test_tag_same_room_violated(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "theme:AI", title="Cloud Basics"),
                tagged(tiny, "b", "theme:AI", "theme:Cloud", "theme:Data", duration=30, title="Cloud Security")]
    violations, result = found(tiny, sessions, tiny.place("a", 0, "09:00"),
                               tiny.place("b", 0, "15:00", room="hall-b"), **{"tag_same_room.theme": 3})
    # 3 × 2 values × (60 + 30) minutes, although they do not overlap.
    assert violations == [("tag_same_room.theme", ("a", "b"), 540)]
    [v] = tiny.of(result, "tag_same_room.theme")
    assert v.times == (tiny.span(0, "09:00", "10:00"), tiny.span(0, "15:00", "15:30"))
    assert v.message == ("'Cloud Basics' and 'Cloud Security' share 2 theme tags but are in Hall A "
                         "and Hall B on the same day")


# -- level_flow ---------------------------------------------------------------------------------

def test_level_flow_satisfied(tiny):
    sessions = [tagged(tiny, "intro", "theme:Cloud", "level:1"),
                tagged(tiny, "deep", "theme:Cloud", "level:3"),
                tagged(tiny, "next-day", "theme:Cloud", "level:4")]
    violations, _ = found(tiny, sessions, tiny.place("intro", 0, "09:00"),
                          tiny.place("deep", 0, "10:00"),  # starts exactly as the intro ends
                          tiny.place("next-day", 1, "09:00"), **{"level_flow.theme": 2})
    assert violations == []


def test_level_flow_violated(tiny):
    sessions = [tagged(tiny, "intro", "theme:Cloud", "level:1", title="Cloud Basics"),
                tagged(tiny, "deep", "theme:Cloud", "level:3", duration=90, title="Cloud Internals")]
    violations, result = found(tiny, sessions, tiny.place("deep", 0, "09:00"),
                               tiny.place("intro", 0, "14:00"), **{"level_flow.theme": 2})
    # The easier session is named first, whatever the schedule order: 2 × 1 × (60 + 90).
    assert violations == [("level_flow.theme", ("intro", "deep"), 300)]
    [v] = tiny.of(result, "level_flow.theme")
    assert v.times == (tiny.span(0, "14:00", "15:00"), tiny.span(0, "09:00", "10:30"))
    assert v.message == ("'Cloud Basics' (level 1) ends after 'Cloud Internals' (level 3) starts; "
                         "they share 1 theme tag")


def test_level_flow_violated_by_an_overlap_and_across_days(tiny):
    sessions = [tagged(tiny, "intro", "theme:Cloud", "theme:AI", "level:1"),
                tagged(tiny, "mid", "theme:Cloud", "theme:AI", "level:2", duration=30),
                tagged(tiny, "deep", "theme:AI", "level:3", duration=90)]
    violations, _ = found(tiny, sessions, tiny.place("intro", 0, "09:00"),
                          tiny.place("mid", 0, "09:55", room="hall-b"),  # 5 minutes before the intro ends
                          tiny.place("deep", 0, "11:00"), **{"level_flow.theme": 1})
    assert violations == [("level_flow.theme", ("intro", "mid"), 2 * 90)]
    violations, _ = found(tiny, sessions, tiny.place("intro", 1, "09:00"),
                          tiny.place("mid", 1, "10:00"), tiny.place("deep", 0, "11:00"),
                          **{"level_flow.theme": 1})
    # Day 1 is after day 0: both earlier levels end after Deep starts (one shared value each).
    assert sorted(violations) == [("level_flow.theme", ("intro", "deep"), 150),
                                  ("level_flow.theme", ("mid", "deep"), 120)]


def test_level_flow_ignores_equal_levels_and_sessions_without_a_level(tiny):
    sessions = [tagged(tiny, "a", "theme:Cloud", "level:2"), tagged(tiny, "b", "theme:Cloud", "level:2"),
                tagged(tiny, "c", "theme:Cloud"), tagged(tiny, "d", "theme:Cloud", "level:advanced"),
                tagged(tiny, "e", "theme:Trade", "level:1")]
    violations, _ = found(tiny, sessions, tiny.place("b", 0, "09:00"), tiny.place("a", 0, "10:00"),
                          tiny.place("c", 0, "09:00", room="hall-b"),
                          tiny.place("d", 0, "09:00", room="dezhou-hall"),
                          tiny.place("e", 0, "15:00"),  # level 1 after level 2, but another theme
                          **{"level_flow.theme": 5})
    assert violations == []


def test_level_flow_needs_its_category_switched_on(tiny):
    sessions = [tagged(tiny, "intro", "theme:Cloud", "content:Cloud", "level:1"),
                tagged(tiny, "deep", "theme:Trade", "content:Cloud", "level:3")]
    placements = (tiny.place("deep", 0, "09:00"), tiny.place("intro", 0, "10:00"))
    assert found(tiny, sessions, *placements, **{"level_flow.theme": 5, "tag_overlap.content": 5})[0] == []
    assert found(tiny, sessions, *placements, **{"level_flow.content": 5})[0] == [
        ("level_flow.content", ("intro", "deep"), 5 * 120)]


# -- popular_large_room (the satisfied/violated pair is in test_validator_soft.py) ---------------

def _halls(tiny, big=300, small=80):
    """Hall A with ``big`` seats, Hall B and Dezhou Hall with ``small``."""
    return [tiny.room("hall-a", seats=big), tiny.room("hall-b", seats=small),
            tiny.room("dezhou-hall", seats=small, city="dezhou", venue="dezhou-centre")]


def test_popular_large_room_ignores_equal_popularity_and_equal_seats(tiny):
    sessions = [tagged(tiny, "a", "popularity:50"), tagged(tiny, "b", "popularity:50"),
                tagged(tiny, "c", "popularity:900"), tagged(tiny, "d", "popularity:10", mode="online")]
    placements = (tiny.place("a", 0, "09:00"),  # 300 seats
                  tiny.place("b", 0, "09:00", room="hall-b"),  # 80 seats, as popular as A
                  tiny.place("c", 0, "10:00", room="dezhou-hall"),  # 80 seats, like Hall B
                  tiny.place("d", 0, "09:00", room=None, channel="main-stream"))  # no room
    # The only inverted pair is A (50, 300 seats) and C (900, 80 seats).
    assert found(tiny, sessions, *placements, rooms=_halls(tiny), popular_large_room=1)[0] == [
        ("popular_large_room", ("a", "c"), 120)]
    sessions[2] = tagged(tiny, "c", "popularity:50")
    assert found(tiny, sessions, *placements, rooms=_halls(tiny), popular_large_room=1)[0] == []


def test_popular_large_room_ignores_sessions_without_popularity_and_equal_rooms(tiny):
    sessions = [tagged(tiny, "a"), tagged(tiny, "b", "popularity:900"), tagged(tiny, "c", "popularity:5")]
    placements = (tiny.place("a", 0, "09:00"), tiny.place("b", 0, "09:00", room="hall-b"),
                  tiny.place("c", 0, "10:00", room="dezhou-hall"))
    assert found(tiny, sessions, *placements, rooms=_halls(tiny), popular_large_room=1)[0] == []
    assert found(tiny, sessions, *placements, rooms=_halls(tiny, big=80), popular_large_room=9)[0] == []


def test_popular_large_room_uses_its_weight_and_zero_switches_it_off(tiny):
    sessions = [tagged(tiny, "keynote", "popularity:900", duration=45), tagged(tiny, "side", "popularity:12")]
    placements = (tiny.place("keynote", 0, "09:00", room="hall-b"), tiny.place("side", 1, "09:00"))
    # Different times and days do not matter: 3 × (45 + 60).
    assert found(tiny, sessions, *placements, rooms=_halls(tiny), popular_large_room=3)[0] == [
        ("popular_large_room", ("side", "keynote"), 315)]
    assert found(tiny, sessions, *placements, rooms=_halls(tiny), popular_large_room=0)[0] == []


@pytest.mark.parametrize("family", TAG_FAMILIES)
def test_each_family_is_switched_on_by_its_own_weight(tiny, family):
    """One schedule that breaks every family but tag_same_day: only the family with a weight costs."""
    sessions = [tagged(tiny, "intro", "theme:Cloud", "level:1"), tagged(tiny, "deep", "theme:Cloud", "level:3")]
    placements = (tiny.place("deep", 0, "09:00"), tiny.place("intro", 0, "09:30", room="hall-b"))
    violations, _ = found(tiny, sessions, *placements, **{f"{family}.theme": 1})
    expected = {TAG_OVERLAP: 30, TAG_SAME_DAY: 0, TAG_SAME_ROOM: 120, LEVEL_FLOW: 120}[family]
    assert [cost for rule, _, cost in violations if rule == f"{family}.theme"] == ([expected] if expected else [])
    assert all(rule == f"{family}.theme" for rule, _, _ in violations)
