"""The OptaPlanner conference-scheduling scorer: every constraint satisfied and violated on a tiny hand-built
conference, the worked hand checks (section 7 of the benchmark README) and the sanity figures (section 8)
on the real files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from scheduler.errors import DataError
from scheduler.optaplanner import (CONSTRAINT_NAMES, DEFAULT_WEIGHTS, Dataset, Match, Room, Speaker, Talk,
                                   Timeslot, read_dataset, score)

from optaplanner_kit import benchmarks

MON, TUE = date(2018, 10, 1), date(2018, 10, 2)
# One day of the datasets' grid, on Monday and Tuesday, plus a Monday slot that touches B1's end.
GRID = [("10:15", "12:15", "Lab", ()), ("10:15", "11:00", "Breakout", ()), ("11:30", "12:15", "Breakout", ()),
        ("13:00", "15:00", "Lab", ("After lunch",)), ("15:30", "16:15", "Breakout", ()),
        ("16:30", "17:15", "Breakout", ())]
LAB, B1, B2, LUNCH, B3, B4 = range(6)  # Monday; + TUESDAY for the same slot on Tuesday
TUESDAY = 6
TOUCH = 12  # Monday 11:00-11:30, starts when B1 ends


def clock(text: str) -> time:
    return time.fromisoformat(text)


def grid() -> tuple[Timeslot, ...]:
    slots = [Timeslot(day_index * 6 + i, day, clock(start), clock(end), frozenset({kind}), frozenset(tags))
             for day_index, day in enumerate((MON, TUE)) for i, (start, end, kind, tags) in enumerate(GRID)]
    return tuple(slots) + (Timeslot(TOUCH, MON, time(11, 0), time(11, 30), frozenset({"Breakout"})),)


ROOMS = (Room("R1", 60, tags=frozenset({"Recorded"})), Room("R2", 240),
         Room("R3", 630, tags=frozenset({"Recorded", "Large"})))
SPEAKERS = (Speaker("Amy"), Speaker("Bob"))
AFTER_LUNCH = frozenset({"After lunch"})


def tags(*names: str) -> frozenset[str]:
    return frozenset(names)


def talk(code: str, slot: int | None, room: str | None = "R1", **fields) -> Talk:
    return Talk(code, timeslot=slot, room=room, **fields)


def conference(*talks: Talk, speakers=SPEAKERS, rooms=ROOMS, pause: int = 15, **weights) -> Dataset:
    return Dataset("Test conference", pause, DEFAULT_WEIGHTS | weights, grid(), rooms, speakers, talks)


def result(name: str, *talks: Talk, **options):
    return score(conference(*talks, **options)).constraint(name)


def check(found, matches: list[Match], total: int) -> None:
    assert found.matches == matches
    assert found.total == total


def nothing(found) -> None:
    check(found, [], 0)


# 1-8: hard constraints on time, rooms and speakers.

def test_room_unavailable_timeslot_violated():
    rooms = (replace(ROOMS[0], unavailable=frozenset({B1})),) + ROOMS[1:]
    check(result("Room unavailable timeslot", talk("A", B1), rooms=rooms), [Match(("A",), 45)], -4_500_000)


def test_room_unavailable_timeslot_satisfied():
    """Membership of the exact timeslot: the Lab slot overlapping the unavailable B1 is fine."""
    rooms = (replace(ROOMS[0], unavailable=frozenset({B1})),) + ROOMS[1:]
    nothing(result("Room unavailable timeslot", talk("A", LAB), talk("B", B1, "R2"), rooms=rooms))


def test_room_conflict_violated():
    check(result("Room conflict", talk("A", LAB), talk("B", B2)), [Match(("A", "B"), 45)], -45_000)


def test_room_conflict_satisfied():
    """Touching timeslots do not overlap, and overlapping talks in other rooms are fine."""
    nothing(result("Room conflict", talk("A", B1), talk("B", TOUCH), talk("C", LAB, "R2")))


def test_speaker_unavailable_timeslot_violated_per_distinct_speaker_even_without_room():
    speakers = (Speaker("Amy", unavailable=frozenset({B1})), Speaker("Bob", unavailable=frozenset({B1})))
    found = score(conference(talk("A", B1, None, speakers=("Amy", "Bob", "Amy")), speakers=speakers))
    check(found.constraint("Speaker unavailable timeslot"), [Match(("A",), 45), Match(("A",), 45)], -9000)
    assert found.init == -1


def test_speaker_unavailable_timeslot_satisfied():
    speakers = (Speaker("Amy", unavailable=frozenset({B1})), Speaker("Bob"))
    nothing(result("Speaker unavailable timeslot", talk("A", LAB, speakers=("Amy",)),
                   talk("B", B1, speakers=("Bob",)), speakers=speakers))


def test_speaker_conflict_violated_once_per_shared_speaker():
    found = result("Speaker conflict", talk("A", LAB, speakers=("Amy", "Bob")),
                   talk("B", B2, "R2", speakers=("Bob", "Amy")))
    check(found, [Match(("A", "B"), 45), Match(("A", "B"), 45)], -900)


def test_speaker_conflict_satisfied():
    nothing(result("Speaker conflict", talk("A", B1, speakers=("Amy",)), talk("B", TOUCH, speakers=("Amy",)),
                   talk("C", LAB, "R2", speakers=("Bob",))))


def test_talk_prerequisite_talks_violated():
    found = result("Talk prerequisite talks", talk("P", B3),
                   talk("D", B1, "R2", prerequisite_codes=tags("P")))
    check(found, [Match(("P", "D"), 90)], -900)


def test_talk_prerequisite_talks_satisfied_when_it_ends_as_the_other_starts():
    nothing(result("Talk prerequisite talks", talk("P", B1), talk("D", TOUCH, prerequisite_codes=tags("P")),
                   talk("E", B1, "R2", prerequisite_codes=tags("U")), talk("U", None, None)))


def test_talk_mutually_exclusive_talks_tags_violated():
    found = result("Talk mutually-exclusive-talks tags",
                   talk("A", LAB, mutually_exclusive_tags=tags("x", "y")),
                   talk("B", B1, "R2", mutually_exclusive_tags=tags("x", "y", "z")))
    check(found, [Match(("A", "B"), 90)], -90)


def test_talk_mutually_exclusive_talks_tags_satisfied():
    nothing(result("Talk mutually-exclusive-talks tags", talk("A", B1, mutually_exclusive_tags=tags("x")),
                   talk("B", B2, mutually_exclusive_tags=tags("x")),
                   talk("C", LAB, "R2", mutually_exclusive_tags=tags("y"))))


def test_consecutive_talks_pause_violated_by_a_short_gap():
    found = result("Consecutive talks pause", talk("A", B3, speakers=("Amy",)),
                   talk("B", B4, speakers=("Amy",)), pause=30)
    check(found, [Match(("A", "B"), 90)], -90)


def test_consecutive_talks_pause_satisfied_at_exactly_the_pause():
    nothing(result("Consecutive talks pause", talk("A", B3, speakers=("Amy",)),
                   talk("B", B4, speakers=("Amy",)), talk("C", B4 + TUESDAY, speakers=("Amy",)),
                   talk("D", B3, "R2", speakers=("Bob",))))


def test_crowd_control_violated_by_three_risky_talks_in_one_timeslot():
    risky = [talk(code, B1, room, crowd_control_risk=1) for code, room in zip("XYZ", ("R1", "R2", "R3"))]
    found = result("Crowd control", *risky)
    check(found, [Match(("X",), 45), Match(("Y",), 45), Match(("Z",), 45)], -135)


def test_crowd_control_satisfied_by_a_lone_or_paired_risky_talk():
    """Quirk: a lone risky talk is not penalised; only slots with three or more are."""
    nothing(result("Crowd control", talk("W", B3, crowd_control_risk=1), talk("U", B4, crowd_control_risk=1),
                   talk("V", B4, "R2", crowd_control_risk=2), talk("L", LAB, "R3", crowd_control_risk=1),
                   talk("N", B4, "R3")))


# 9-16: hard tag constraints, per missing or unwanted tag, per minute of the talk's timeslot.

def test_speaker_required_timeslot_tags_violated_summed_over_speakers():
    speakers = (Speaker("Amy", required_timeslot_tags=AFTER_LUNCH),
                Speaker("Bob", required_timeslot_tags=tags("After lunch", "Morning")))
    found = result("Speaker required timeslot tags", talk("A", B1, speakers=("Amy", "Bob")),
                   speakers=speakers)
    check(found, [Match(("A",), 135)], -135)


def test_speaker_required_timeslot_tags_satisfied():
    speakers = (Speaker("Amy", required_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    nothing(result("Speaker required timeslot tags", talk("A", LUNCH, speakers=("Amy", "Bob")),
                   speakers=speakers))


def test_speaker_prohibited_timeslot_tags_violated():
    speakers = (Speaker("Amy", prohibited_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    found = result("Speaker prohibited timeslot tags", talk("A", LUNCH, speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 120)], -120)


def test_speaker_prohibited_timeslot_tags_satisfied():
    speakers = (Speaker("Amy", prohibited_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    nothing(result("Speaker prohibited timeslot tags", talk("A", LAB, speakers=("Amy",)),
                   talk("B", LUNCH, speakers=("Bob",)), speakers=speakers))


def test_talk_required_timeslot_tags_violated():
    found = result("Talk required timeslot tags", talk("A", B1, required_timeslot_tags=AFTER_LUNCH))
    check(found, [Match(("A",), 45)], -45)


def test_talk_required_timeslot_tags_satisfied():
    nothing(result("Talk required timeslot tags", talk("A", LUNCH, required_timeslot_tags=AFTER_LUNCH)))


def test_talk_prohibited_timeslot_tags_violated():
    found = result("Talk prohibited timeslot tags", talk("A", LUNCH, prohibited_timeslot_tags=AFTER_LUNCH))
    check(found, [Match(("A",), 120)], -120)


def test_talk_prohibited_timeslot_tags_satisfied():
    nothing(result("Talk prohibited timeslot tags", talk("A", LAB, prohibited_timeslot_tags=AFTER_LUNCH)))


def test_speaker_required_room_tags_violated():
    speakers = (Speaker("Amy", required_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    found = result("Speaker required room tags", talk("A", B1, "R1", speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 45)], -45)


def test_speaker_required_room_tags_satisfied():
    speakers = (Speaker("Amy", required_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    nothing(result("Speaker required room tags", talk("A", B1, "R3", speakers=("Amy",)), speakers=speakers))


def test_speaker_prohibited_room_tags_violated_per_tag():
    speakers = (Speaker("Amy", prohibited_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    found = result("Speaker prohibited room tags", talk("A", LAB, "R3", speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 240)], -240)


def test_speaker_prohibited_room_tags_satisfied():
    speakers = (Speaker("Amy", prohibited_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    nothing(result("Speaker prohibited room tags", talk("A", LAB, "R2", speakers=("Amy",)),
                   speakers=speakers))


def test_talk_required_room_tags_violated():
    check(result("Talk required room tags", talk("A", B1, "R1", required_room_tags=tags("Large"))),
          [Match(("A",), 45)], -45)


def test_talk_required_room_tags_satisfied():
    nothing(result("Talk required room tags", talk("A", B1, "R3", required_room_tags=tags("Large"))))


def test_talk_prohibited_room_tags_violated():
    check(result("Talk prohibited room tags", talk("A", B1, "R1", prohibited_room_tags=tags("Recorded"))),
          [Match(("A",), 45)], -45)


def test_talk_prohibited_room_tags_satisfied():
    nothing(result("Talk prohibited room tags", talk("A", B1, "R2", prohibited_room_tags=tags("Recorded"))))


# 17-18: published timeslot and room.

def test_published_timeslot_violated():
    check(result("Published timeslot", talk("A", B2, published_timeslot=B1)), [Match(("A",), 1)], -1)
    assert score(conference(talk("A", B2, published_timeslot=B1))).medium == -1


def test_published_timeslot_satisfied():
    nothing(result("Published timeslot", talk("A", B1, published_timeslot=B1), talk("B", B2, "R2")))


def test_published_room_violated():
    check(result("Published room", talk("A", B1, "R2", published_room="R1")), [Match(("A",), 1)], -10)


def test_published_room_satisfied():
    nothing(result("Published room", talk("A", B1, "R1", published_room="R1"), talk("B", B2, "R2")))


# 19-29: soft constraints between talks.

def test_theme_track_conflict_violated_per_common_theme():
    found = result("Theme track conflict", talk("A", LAB, theme_tags=tags("AI", "Cloud")),
                   talk("B", B2, "R2", theme_tags=tags("AI", "Cloud", "IoT")))
    check(found, [Match(("A", "B"), 90)], -900)


def test_theme_track_conflict_satisfied():
    nothing(result("Theme track conflict", talk("A", B1, theme_tags=tags("AI")),
                   talk("B", TOUCH, "R2", theme_tags=tags("AI")),
                   talk("C", LAB, "R3", theme_tags=tags("IoT"))))


def test_theme_track_room_stability_violated():
    found = result("Theme track room stability", talk("A", B1, "R1", theme_tags=tags("AI")),
                   talk("B", B4, "R2", theme_tags=tags("AI")))
    check(found, [Match(("A", "B"), 90)], -900)


def test_theme_track_room_stability_satisfied():
    nothing(result("Theme track room stability", talk("A", B1, "R1", theme_tags=tags("AI")),
                   talk("B", B4, "R1", theme_tags=tags("AI")),
                   talk("C", B1 + TUESDAY, "R2", theme_tags=tags("AI"))))


def test_sector_conflict_violated():
    found = result("Sector conflict", talk("A", LAB, sector_tags=tags("Banking")),
                   talk("B", B1, "R2", sector_tags=tags("Banking")))
    check(found, [Match(("A", "B"), 45)], -450)


def test_sector_conflict_satisfied():
    nothing(result("Sector conflict", talk("A", B1, sector_tags=tags("Banking")),
                   talk("B", B2, sector_tags=tags("Banking")),
                   talk("C", B1, "R2", sector_tags=tags("Retail"))))


def test_audience_type_diversity_rewards_common_audience_types_in_one_timeslot():
    """Quirk: despite its name, a common audience type in the same timeslot is rewarded."""
    found = result("Audience type diversity", talk("A", B1, audience_types=tags("Managers", "Programmers")),
                   talk("B", B1, "R2", audience_types=tags("Managers", "Programmers")))
    check(found, [Match(("A", "B"), 90)], 90)


def test_audience_type_diversity_gives_nothing_to_different_types_or_timeslots():
    nothing(result("Audience type diversity", talk("A", B1, audience_types=tags("Managers")),
                   talk("B", B1, "R2", audience_types=tags("Programmers")),
                   talk("C", LAB, "R3", audience_types=tags("Managers"))))


def test_audience_type_theme_track_conflict_violated():
    found = result("Audience type theme track conflict",
                   talk("A", LAB, theme_tags=tags("AI"), audience_types=tags("Managers", "Programmers")),
                   talk("B", B1, "R2", theme_tags=tags("AI"), audience_types=tags("Managers", "Programmers")))
    check(found, [Match(("A", "B"), 90)], -90)


def test_audience_type_theme_track_conflict_satisfied():
    nothing(result("Audience type theme track conflict",
                   talk("A", LAB, theme_tags=tags("AI"), audience_types=tags("Managers")),
                   talk("B", B1, "R2", theme_tags=tags("AI"), audience_types=tags("Programmers")),
                   talk("C", B1, "R3", theme_tags=tags("IoT"), audience_types=tags("Managers"))))


def test_audience_level_diversity_rewards_different_levels_in_one_timeslot():
    found = result("Audience level diversity", talk("A", B1, audience_level=1),
                   talk("B", B1, "R2", audience_level=3))
    check(found, [Match(("A", "B"), 45)], 45)


def test_audience_level_diversity_gives_nothing_to_equal_levels_or_other_timeslots():
    nothing(result("Audience level diversity", talk("A", B1, audience_level=1),
                   talk("B", B1, "R2", audience_level=1), talk("C", LAB, "R3", audience_level=3)))


def test_content_audience_level_flow_violation_violated():
    found = result("Content audience level flow violation",
                   talk("E", B3, audience_level=1, content_tags=tags("Drools", "jBPM")),
                   talk("H", B1, "R2", audience_level=3, content_tags=tags("Drools")))
    check(found, [Match(("E", "H"), 90)], -900)


def test_content_audience_level_flow_violation_satisfied():
    nothing(result("Content audience level flow violation",
                   talk("E", B1, audience_level=1, content_tags=tags("Drools")),
                   talk("H", TOUCH, "R2", audience_level=3, content_tags=tags("Drools")),
                   talk("S", B1, "R3", audience_level=1, content_tags=tags("Drools"))))


def test_content_conflict_violated():
    found = result("Content conflict", talk("A", LAB, content_tags=tags("Drools")),
                   talk("B", B1, "R2", content_tags=tags("Drools")))
    check(found, [Match(("A", "B"), 45)], -4500)


def test_content_conflict_satisfied():
    nothing(result("Content conflict", talk("A", B1, content_tags=tags("Drools")),
                   talk("B", TOUCH, content_tags=tags("Drools")),
                   talk("C", B1, "R2", content_tags=tags("jBPM"))))


def test_language_diversity_rewards_different_languages_in_one_timeslot():
    found = result("Language diversity", talk("A", B1, language="en"), talk("B", B1, "R2", language="fr"))
    check(found, [Match(("A", "B"), 45)], 450)


def test_language_diversity_gives_nothing_to_one_language_or_other_timeslots():
    nothing(result("Language diversity", talk("A", B1, language="en"), talk("B", B1, "R2", language="en"),
                   talk("C", LAB, "R3", language="fr")))


def test_same_day_talks_violated_per_common_content_and_theme():
    found = result("Same day talks", talk("A", B1, content_tags=tags("Drools"), theme_tags=tags("AI")),
                   talk("B", B1 + TUESDAY, content_tags=tags("Drools"), theme_tags=tags("AI")))
    check(found, [Match(("A", "B"), 180)], -1800)


def test_same_day_talks_satisfied():
    nothing(result("Same day talks", talk("A", B1, content_tags=tags("Drools"), theme_tags=tags("AI")),
                   talk("B", B4, content_tags=tags("Drools"), theme_tags=tags("AI")),
                   talk("C", B1 + TUESDAY, content_tags=tags("jBPM"), theme_tags=tags("IoT"))))


def test_popular_talks_violated_without_any_time_condition():
    """Quirk: a less popular Monday talk in a larger room than a more popular Tuesday Lab still counts."""
    found = result("Popular talks", talk("LO", B1, "R3", favorite_count=10),
                   talk("HI", LAB + TUESDAY, "R1", favorite_count=20))
    check(found, [Match(("LO", "HI"), 165)], -1650)


def test_popular_talks_satisfied():
    nothing(result("Popular talks", talk("A", B1, "R3", favorite_count=20),
                   talk("B", B2, "R1", favorite_count=10), talk("C", B3, "R3", favorite_count=10),
                   talk("D", B4, "R3", favorite_count=20)))


# 30-37: soft tag constraints.

def test_speaker_preferred_timeslot_tags_violated():
    speakers = (Speaker("Amy", preferred_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    found = result("Speaker preferred timeslot tags", talk("A", B1, speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 45)], -900)


def test_speaker_preferred_timeslot_tags_satisfied():
    speakers = (Speaker("Amy", preferred_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    nothing(result("Speaker preferred timeslot tags", talk("A", LUNCH, speakers=("Amy",)),
                   talk("B", B1, speakers=("Bob",)), speakers=speakers))


def test_speaker_undesired_timeslot_tags_violated():
    speakers = (Speaker("Amy", undesired_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    found = result("Speaker undesired timeslot tags", talk("A", LUNCH, speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 120)], -2400)


def test_speaker_undesired_timeslot_tags_satisfied():
    speakers = (Speaker("Amy", undesired_timeslot_tags=AFTER_LUNCH), Speaker("Bob"))
    nothing(result("Speaker undesired timeslot tags", talk("A", LAB, speakers=("Amy",)), speakers=speakers))


def test_talk_preferred_timeslot_tags_violated():
    found = result("Talk preferred timeslot tags", talk("A", LAB, preferred_timeslot_tags=AFTER_LUNCH))
    check(found, [Match(("A",), 120)], -2400)


def test_talk_preferred_timeslot_tags_satisfied():
    nothing(result("Talk preferred timeslot tags", talk("A", LUNCH, preferred_timeslot_tags=AFTER_LUNCH)))


def test_talk_undesired_timeslot_tags_violated():
    found = result("Talk undesired timeslot tags", talk("A", LUNCH, undesired_timeslot_tags=AFTER_LUNCH))
    check(found, [Match(("A",), 120)], -2400)


def test_talk_undesired_timeslot_tags_satisfied():
    nothing(result("Talk undesired timeslot tags", talk("A", B1, undesired_timeslot_tags=AFTER_LUNCH)))


def test_speaker_preferred_room_tags_violated():
    speakers = (Speaker("Amy", preferred_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    found = result("Speaker preferred room tags", talk("A", B1, "R2", speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 90)], -1800)


def test_speaker_preferred_room_tags_satisfied():
    speakers = (Speaker("Amy", preferred_room_tags=tags("Recorded", "Large")), Speaker("Bob"))
    nothing(result("Speaker preferred room tags", talk("A", B1, "R3", speakers=("Amy",)), speakers=speakers))


def test_speaker_undesired_room_tags_violated():
    speakers = (Speaker("Amy", undesired_room_tags=tags("Recorded")), Speaker("Bob"))
    found = result("Speaker undesired room tags", talk("A", B1, "R1", speakers=("Amy",)), speakers=speakers)
    check(found, [Match(("A",), 45)], -900)


def test_speaker_undesired_room_tags_satisfied():
    speakers = (Speaker("Amy", undesired_room_tags=tags("Recorded")), Speaker("Bob"))
    nothing(result("Speaker undesired room tags", talk("A", B1, "R2", speakers=("Amy",)), speakers=speakers))


def test_talk_preferred_room_tags_violated():
    check(result("Talk preferred room tags", talk("A", B1, "R2", preferred_room_tags=tags("Recorded"))),
          [Match(("A",), 45)], -900)


def test_talk_preferred_room_tags_satisfied():
    nothing(result("Talk preferred room tags", talk("A", B1, "R1", preferred_room_tags=tags("Recorded"))))


def test_talk_undesired_room_tags_violated():
    found = result("Talk undesired room tags",
                   talk("A", B1, "R3", undesired_room_tags=tags("Recorded", "Large")))
    check(found, [Match(("A",), 90)], -1800)


def test_talk_undesired_room_tags_satisfied():
    nothing(result("Talk undesired room tags", talk("A", B1, "R2", undesired_room_tags=tags("Recorded"))))


def test_every_constraint_has_its_pair_of_tests():
    """Each of the 37 constraints has (at least) a satisfied and a violated test above, named after it."""
    tests = [name for name in globals() if name.startswith("test_")]
    for constraint in CONSTRAINT_NAMES:
        stem = "test_" + constraint.lower().replace("-", "_").replace(" ", "_") + "_"
        assert len([name for name in tests if name.startswith(stem)]) >= 2, constraint


# Section 7: the worked hand checks.

def test_hand_check_a_crowd_control():
    found = score(conference(
        *(talk(code, B1, room, crowd_control_risk=1) for code, room in zip("XYZ", ("R1", "R2", "R3"))),
        talk("W", B3, crowd_control_risk=1), talk("U", B4, "R1", crowd_control_risk=1),
        talk("V", B4, "R2", crowd_control_risk=1), talk("N", LUNCH, "R2"), talk("M", LUNCH, "R1")))
    assert found.constraint("Crowd control").match_weight_sum == 135
    assert found.hard == -135


@pytest.mark.parametrize(("pause", "hard"), [(15, -615), (30, -705)])
def test_hand_check_b_consecutive_talks_pause_and_speaker_conflict(pause, hard):
    found = score(conference(talk("P", LAB, "R1", speakers=("Amy",)), talk("Q", B2, "R2", speakers=("Amy",)),
                             talk("R", B3, "R1", speakers=("Amy",)), talk("S", B4, "R2", speakers=("Amy",)),
                             pause=pause))
    assert found.constraint("Speaker conflict").total == -450
    expected = [Match(("P", "Q"), 165)] + ([Match(("R", "S"), 90)] if pause == 30 else [])
    assert found.constraint("Consecutive talks pause").matches == expected
    assert found.hard == hard


def flow(e_slot: int, h_slot: int, **themes):
    easy = talk("E", e_slot, "R1", audience_level=1, content_tags=tags("Drools", "jBPM"),
                theme_tags=themes.get("e", tags("AI")))
    hard = talk("H", h_slot, "R2", audience_level=3, content_tags=tags("Drools"),
                theme_tags=themes.get("h", tags("AI")))
    return score(conference(easy, hard))


def test_hand_check_c_content_audience_level_flow_violation():
    assert flow(B3, B1).constraint("Content audience level flow violation").total == -900
    assert flow(B1, B2).constraint("Content audience level flow violation").total == 0
    tuesday_before_monday = flow(B1 + TUESDAY, B4, e=tags("AI"), h=tags("IoT"))
    assert tuesday_before_monday.constraint("Content audience level flow violation").total == -900
    assert tuesday_before_monday.constraint("Same day talks").total == -900


def test_hand_check_d_audience_type_diversity_rewards_the_same_type():
    same = score(conference(talk("T1", B1, audience_types=tags("Managers")),
                            talk("T2", B1, "R2", audience_types=tags("Managers"))))
    other = score(conference(talk("T1", B1, audience_types=tags("Managers")),
                             talk("T2", B1, "R2", audience_types=tags("Programmers"))))
    assert same.constraint("Audience type diversity").total == 45
    assert same.soft == 45
    assert other.constraint("Audience type diversity").total == 0


# Fixtures of OptaPlanner's own ConferenceSchedulingConstraintProviderTest (hourly slots, Monday and Tuesday).

HOURLY = (Timeslot(0, MON, time(9), time(10)), Timeslot(1, MON, time(10), time(11)),
          Timeslot(2, MON, time(11), time(12)), Timeslot(3, TUE, time(9), time(10)))


def hourly(*talks: Talk, pause: int = 15) -> Dataset:
    return Dataset("Unit test", pause, timeslots=HOURLY, rooms=ROOMS, speakers=SPEAKERS, talks=talks)


def test_optaplanner_unit_test_same_day_talks():
    themed = [("1", 0, "a", "a"), ("3", 3, "b", "a"), ("4", 3, "a", "a"), ("5", 0, "a", "b"),
              ("7", 3, "b", "b"), ("8", 3, "a", "b")]
    dataset = hourly(*(talk(code, slot, content_tags=tags(content), theme_tags=tags(theme))
                       for code, slot, content, theme in themed))
    assert score(dataset).constraint("Same day talks").match_weight_sum == 960


def test_optaplanner_unit_test_consecutive_talks_pause():
    dataset = hourly(talk("1", 0, speakers=("Amy",)), talk("2", 1, speakers=("Amy",)),
                     talk("3", 2, speakers=("Amy",)), talk("4", 0, speakers=("Bob",)), pause=10)
    assert score(dataset).constraint("Consecutive talks pause").match_weight_sum == 240


def test_optaplanner_unit_test_content_audience_level_flow_violation():
    dataset = hourly(talk("1", 0, audience_level=1, content_tags=tags("a")),
                     talk("2", 0, audience_level=2, content_tags=tags("a")),
                     talk("3", 0, audience_level=3, content_tags=tags("b")),
                     talk("4", 1, audience_level=1, content_tags=tags("a")))
    assert score(dataset).constraint("Content audience level flow violation").match_weight_sum == 240


def test_optaplanner_unit_test_audience_type_theme_track_conflict():
    pairs = [("1", 0, "a", "b"), ("2", 0, "a", "a"), ("3", 0, "b", "a"), ("4", 1, "a", "a"),
             ("5", 0, "a", "b"), ("6", 0, "a", "c")]
    dataset = hourly(*(talk(code, slot, audience_types=tags(audience), theme_tags=tags(theme))
                       for code, slot, audience, theme in pairs))
    assert score(dataset).constraint("Audience type theme track conflict").match_weight_sum == 60


# The score as a whole.

def test_init_counts_every_unassigned_variable_and_nothing_else_scores_unassigned_talks():
    found = score(conference(talk("A", None, None, content_tags=tags("x")), talk("B", B1, None),
                             talk("C", B1, content_tags=tags("x"))))
    assert found.init == -3
    assert (found.hard, found.medium, found.soft) == (0, 0, 0)
    assert found.text() == "0hard/0medium/0soft"
    assert found.text_with_init() == "-3init/0hard/0medium/0soft"
    assert str(found) == "-3init/0hard/0medium/0soft"


def test_the_weight_sets_the_level_and_zero_switches_a_constraint_off():
    talks = (talk("A", LAB, content_tags=tags("x")), talk("B", B1, "R2", content_tags=tags("x")))
    medium = score(conference(*talks, **{"Content conflict": (0, 2, 0)}))
    assert medium.constraint("Content conflict").level == "medium"
    assert (medium.hard, medium.medium, medium.soft) == (0, -90, 0)
    off = score(conference(*talks, **{"Content conflict": (0, 0, 0)}))
    assert off.constraint("Content conflict").matches == []
    assert off.soft == 0


def test_an_explicit_assignment_replaces_the_stored_one():
    dataset = conference(talk("A", B1, "R1", content_tags=tags("x")),
                         talk("B", None, None, content_tags=tags("x")))
    found = score(dataset, {"A": (LAB, "R1"), "B": (B2, "R2")})
    assert found.init == 0
    assert found.constraint("Content conflict").matches == [Match(("A", "B"), 45)]


@pytest.mark.parametrize("assignment", [{"Z": (B1, "R1")}, {"A": (99, "R1")}, {"A": (B1, "R9")}])
def test_an_assignment_naming_what_does_not_exist_is_refused(assignment):
    with pytest.raises(DataError):
        score(conference(talk("A", None, None)), assignment)


# Section 8: the sanity figures on the real files.

@pytest.mark.parametrize(("file", "expected"), [
    ("18talks-6timeslots-5rooms.xlsx", "-32init/0hard/0medium/-2145soft"),
    ("36talks-12timeslots-5rooms.xlsx", "-68init/0hard/0medium/-1650soft"),
    ("72talks-12timeslots-10rooms.xlsx", "-140init/0hard/0medium/0soft"),
    ("108talks-18timeslots-10rooms.xlsx", "-212init/0hard/0medium/0soft"),
])
def test_sanity_figures_of_the_shipped_files(file, expected):
    assert score(read_dataset(benchmarks() / file)).text_with_init() == expected


def test_the_18_talk_score_is_explained_by_three_constraints():
    found = score(read_dataset(benchmarks() / "18talks-6timeslots-5rooms.xlsx"))
    explained = {item.name: (item.matches, item.total) for item in found.constraints if item.matches}
    assert explained == {
        "Theme track conflict": ([Match(("S00", "S10"), 45)], -450),
        "Theme track room stability": ([Match(("S00", "S10"), 165)], -1650),
        "Audience type theme track conflict": ([Match(("S00", "S10"), 45)], -45),
    }


def test_the_36_talk_score_is_one_popular_talks_match():
    found = score(read_dataset(benchmarks() / "36talks-12timeslots-5rooms.xlsx"))
    assert [(item.name, item.match_weight_sum) for item in found.constraints if item.matches] == [
        ("Popular talks", 165)]
