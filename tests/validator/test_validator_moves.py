"""The verdict on one hand move (scheduler.validator.moves): what it breaks, what it costs.

Base problem (conftest): Hall A and Hall B in Jinan, Dezhou Hall in Dezhou, Main Stream online,
09:00–18:00 on 28–29 May 2021.
"""

from __future__ import annotations

from scheduler.problem import Span
from scheduler.validator import validate
from scheduler.validator.moves import (Move, check_and_keep, judge, judge_and_keep, judge_kept,
                                       moved_problem, moved_schedule)


def _two_talks(tiny, **speaker):
    problem = tiny.problem([tiny.session("keynote", people=tiny.on_site("zhou")),
                            tiny.session("forum")],
                           people=[tiny.person("zhou", **speaker)])
    schedule = tiny.schedule(tiny.place("keynote", 0, "10:00"), tiny.place("forum", 0, "09:00", "hall-b"))
    return problem, schedule


def test_a_move_to_a_free_cell_is_allowed_and_its_cost_change_is_the_validators(tiny):
    problem, schedule = _two_talks(tiny)
    before = validate(problem, schedule)
    move = Move("keynote", tiny.at(0, "14:00"), "hall-a")
    verdict = judge(problem, schedule, None, before, move)
    after = validate(moved_problem(problem, move), moved_schedule(schedule, move))
    assert verdict.allowed and verdict.reason == "" and verdict.broken == ()
    assert verdict.cost_change == after.total_cost - before.total_cost


def test_a_move_into_an_occupied_room_is_refused_with_the_overlap(tiny):
    problem, schedule = _two_talks(tiny)
    verdict = judge(problem, schedule, None, validate(problem, schedule),
                    Move("keynote", tiny.at(0, "09:30"), "hall-b"))
    assert not verdict.allowed
    assert verdict.broken[0].rule == "room_overlap"
    assert verdict.reason == verdict.broken[0].message and "Hall B" in verdict.reason


def test_a_move_to_when_the_speaker_is_away_names_the_speaker(tiny):
    problem, schedule = _two_talks(tiny, unavailable=(tiny.span(0, "13:00", "15:00"),))
    verdict = judge(problem, schedule, None, validate(problem, schedule),
                    Move("keynote", tiny.at(0, "13:30"), "hall-a"))
    assert [v.rule for v in verdict.broken] == ["availability"]
    assert "Zhou" in verdict.reason


def test_hard_findings_that_were_there_before_do_not_count(tiny):
    """The forum already clashes with a talk in Hall B; moving the keynote elsewhere is allowed."""
    problem = tiny.problem([tiny.session("keynote"), tiny.session("forum"), tiny.session("talk")])
    schedule = tiny.schedule(tiny.place("keynote", 0, "10:00"), tiny.place("forum", 0, "09:00", "hall-b"),
                             tiny.place("talk", 0, "09:30", "hall-b"))
    before = validate(problem, schedule)
    assert [v.rule for v in before.hard] == ["room_overlap"]
    verdict = judge(problem, schedule, None, before, Move("keynote", tiny.at(0, "15:00"), "hall-a"))
    assert verdict.allowed


def test_a_pinning_move_pins_the_session_there_and_a_plain_one_takes_its_pins_along(tiny):
    problem = tiny.problem([tiny.session("keynote", pin_start=tiny.at(0, "10:00"), pin_room="hall-a"),
                            tiny.session("forum")])
    move = Move("keynote", tiny.at(0, "11:00"), "hall-b", pin=False)
    info = moved_problem(problem, move).session["keynote"]
    assert (info.pin_start, info.pin_room, info.pin_channel) == (tiny.at(0, "11:00"), "hall-b", None)
    pinned = moved_problem(problem, Move("forum", tiny.at(0, "12:00"), "hall-a")).session["forum"]
    assert (pinned.pin_start, pinned.pin_room, pinned.pin_channel) == (tiny.at(0, "12:00"), "hall-a", None)
    schedule = tiny.schedule(tiny.place("keynote", 0, "10:00"), tiny.place("forum", 0, "14:00"))
    assert judge(problem, schedule, None, validate(problem, schedule), move).allowed


def test_an_online_session_put_in_a_room_breaks_the_mode_rule(tiny):
    problem = tiny.problem([tiny.session("webinar", mode="online")])
    schedule = tiny.schedule(tiny.place("webinar", 0, "10:00", None, "main-stream"))
    verdict = judge(problem, schedule, None, validate(problem, schedule),
                    Move("webinar", tiny.at(0, "10:00"), "hall-a"))
    assert "place_matches_mode" in {v.rule for v in verdict.broken}


def test_a_move_outside_the_daily_hours_is_refused(tiny):
    problem, schedule = _two_talks(tiny)
    verdict = judge(problem, schedule, None, validate(problem, schedule),
                    Move("keynote", tiny.at(0, "17:30"), "hall-a"))
    assert [v.rule for v in verdict.broken] == ["within_hours"]


def test_the_kept_schedule_gives_the_same_verdict_as_a_fresh_judge(tiny):
    problem, schedule = _two_talks(tiny, unavailable=(Span(tiny.at(0, "13:00"), tiny.at(0, "15:00")),))
    move = Move("keynote", tiny.at(0, "13:30"), "hall-b")
    assert judge_kept(("nobody", 1), move) is None
    kept = check_and_keep(("test", 1), problem, schedule, schedule)
    assert kept == validate(problem, schedule, previous=schedule)
    expected = judge(problem, schedule, schedule, kept, move)
    assert judge_kept(("test", 1), move) == expected
    assert judge_and_keep(("test", 2), problem, schedule, schedule, move) == expected
    assert expected.cost_change > 0, "moving away from the previous schedule costs stability"
