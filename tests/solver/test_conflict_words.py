"""The requirements an infeasibility explanation names carry a template id and raw values.

The desktop words them in the organiser's language from ``wording`` and ``params``; the English
``description`` is rendered from the same template, so the two cannot drift. The model is built
in explain mode and every guard (not only those of one conflict) is checked.
"""

from __future__ import annotations

import pickle
from string import Formatter

from scheduler.problem import (GroupInfo, PersonInfo, Placement, PlaceRuleInfo, RelationInfo,
                               ResourceInfo, Span)
from scheduler.solver.conflict_words import TEMPLATES, english
from scheduler.solver.run import build
from solver_kit import hm, infeasible, live, make, room, session

KEYED = {"session": "session", "first": "session", "second": "session", "room": "room",
         "channel": "channel", "person": "person", "group": "group", "resource": "resource"}


def _lookup(problem, kind):
    return {"session": problem.session, "room": problem.room, "channel": problem.channel,
            "person": problem.person, "group": problem.group, "resource": problem.resource}[kind]


def _check(problem, wording, params, description):
    assert wording in TEMPLATES, description
    assert pickle.loads(pickle.dumps(params)) == params
    names = {f for _, f, _, _ in Formatter().parse(TEMPLATES[wording]) if f}
    assert {name for name, _ in params} == names, wording
    assert english(problem, wording, params) == description
    for name, value in params:
        if name in KEYED:
            assert value in _lookup(problem, KEYED[name]), (wording, value)
        if name == "owner":
            assert value[1] in _lookup(problem, value[0]), (wording, value)


def _busy_problem():
    """One problem that asks for nearly every kind of requirement."""
    rules = (PlaceRuleInfo("allowed", "city", "dezhou"), PlaceRuleInfo("allowed", "channel", "live"))
    sessions = [
        session("opening", expected_onsite=450, people=["amy"], attends=("asean",), pin_start=hm("09:00"),
                resources=(("booths", 1),), allowed=(Span(hm("09:00"), hm("12:00")),)),
        session("forum", expected_onsite=20, required_features={"stage"}, people=["amy"],
                attends=("asean",), place_rules=rules[:1], pin_room="hall", resources=(("booths", 1),)),
        session("webinar", mode="online", expected_online=800, pin_channel="live", place_rules=rules[1:]),
        session("replay", mode="online", expected_online=5000),
    ]
    relations = [RelationInfo(kind, "opening", "forum", 15) for kind in
                 ("before", "same_time", "not_same_time", "same_day", "different_day", "sometime")]
    return make(sessions, [room("hall", unavailable=[Span(hm("12:00"), hm("13:00"))]),
                           room("dezhou-hall", city="dezhou")],
                channels=[live(100), live(1000, "backup", unavailable=(
                    Span(hm("12:00"), hm("13:00")),))],
                people=[PersonInfo("amy", "Amy", unavailable=(
                    Span(hm("16:00"), hm("17:00")),))],
                groups=[GroupInfo("asean", "ASEAN delegation", size=40, unavailable=(
                    Span(hm("16:00"), hm("17:00")),))],
                resources=[ResourceInfo("booths", "Interpretation booths", capacity=1)],
                relations=relations, travel=[("jinan", "dezhou", 90), ("dezhou", "jinan", 90)])


def test_every_guard_of_a_busy_problem_words_itself_from_its_values():
    problem = _busy_problem()
    ctx, _ = build(problem, explain_mode=True)
    previous = {"opening": Placement("opening", hm("09:00"), "hall"),
                "webinar": Placement("webinar", hm("09:00"), None, "live")}
    frozen_ctx, _ = build(problem, previous=previous, now=hm("09:30"), explain_mode=True)
    seen = set()
    for guard in ctx.guards + frozen_ctx.guards:
        _check(problem, guard.wording, guard.params, guard.description)
        seen.add(guard.wording)
    assert set(TEMPLATES) - seen <= {"frozen.past"}, sorted(set(TEMPLATES) - seen)


def test_an_explanation_keeps_the_words_of_its_requirements():
    problem = make([session("forum", expected_onsite=450)], [room("hall", seats=400)])
    why = infeasible(problem)
    wordings = {c.wording for c in why.conflicts}
    assert "room_suitable.needs" in wordings
    for conflict in why.conflicts:
        _check(problem, conflict.wording, conflict.params, conflict.description)
    assert "'Forum' needs a room with 450 seats" in [c.description for c in why.conflicts]


def test_three_sessions_for_one_room_name_the_room_in_english():
    problem = make([session(k) for k in "abc"], hours=("09:00", "11:00"))
    why = infeasible(problem)
    assert "Hall holds one session at a time" in [c.description for c in why.conflicts]
    for conflict in why.conflicts:
        _check(problem, conflict.wording, conflict.params, conflict.description)


def test_a_session_that_cannot_start_in_the_past_says_so():
    problem = make([session("late")], hours=("09:00", "10:00"))
    why = infeasible(problem, now=hm("09:30"))
    assert any(c.wording == "frozen.past" for c in why.conflicts), why.text()
    for conflict in why.conflicts:
        _check(problem, conflict.wording, conflict.params, conflict.description)
