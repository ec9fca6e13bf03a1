"""Every finding carries a template id and raw values, and they give back its English message.

The desktop renders findings in Chinese from ``wording`` and ``params`` alone, so each id must
be reachable, its values must be keys that exist in the problem (and survive pickling, as the
validation crosses a process boundary), and the English renderer must give exactly the message
the organiser reads in English. Crafted problems below reach every id of TEMPLATES.
"""

from __future__ import annotations

import pickle
import random

import pytest

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement, RelationInfo
from scheduler.snapshot import snapshot
from scheduler.validator import validate
from scheduler.validator.wording import KINDS, TEMPLATES, english, placeholders

OPENING, CLOSING = "opening", "closing"

# -- crafted cases: (wording, problem, schedule, validate keywords) ----------------------------


def _cases(t):
    at, place, sched = t.at, t.place, t.schedule
    s = lambda key="opening", **kw: t.session(key, **kw)  # noqa: E731
    two = lambda **kw: [s(OPENING, **kw), s(CLOSING, **kw)]  # noqa: E731
    backup = [t.channel(), t.channel("backup")]
    amy = t.on_site("amy")
    yield "scheduled_once.missing", t.problem([s()]), {}, {}
    yield "scheduled_once.unknown", t.problem([]), sched(place("ghost", 0, "10:00")), {}
    yield ("scheduled_once.other", t.problem([s(), s("talk")]),
           {OPENING: place("talk", 0, "10:00"), "talk": place("talk", 0, "12:00")}, {})
    yield "place_matches_mode.wrong", t.problem([s(mode="online")]), sched(place(OPENING, 0, "10:00")), {}
    yield "room_suitable.unknown", t.problem([s()]), sched(place(OPENING, 0, "10:00", "attic")), {}
    yield "room_suitable.seats", t.problem([s(expected_onsite=150)]), sched(place(OPENING, 0, "10:00")), {}
    yield ("room_suitable.features", t.problem([s(required_features=frozenset({"stage", "booths"}))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("room_suitable.only", t.problem([s(place_rules=(t.rule("allowed", "city", "dezhou"),))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("room_suitable.person_only",
           t.problem([s(people=amy)], people=[t.person("amy", place_rules=(
               t.rule("allowed", "venue", "dezhou-centre"),))]), sched(place(OPENING, 0, "10:00")), {})
    yield ("room_suitable.not", t.problem([s(place_rules=(t.rule("prohibited", "room_tag", "vip"),))],
                                          rooms=[t.room("hall-a", tags=frozenset({"vip"}))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("room_suitable.person_not",
           t.problem([s(people=amy)], people=[t.person("amy", place_rules=(
               t.rule("prohibited", "room", "hall-a"),))]), sched(place(OPENING, 0, "10:00")), {})
    online = dict(mode="online")
    yield ("channel_suitable.unknown", t.problem([s(**online)]),
           sched(place(OPENING, 0, "10:00", None, "radio")), {})
    yield ("channel_suitable.capacity", t.problem([s(expected_online=5000, **online)]),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    yield ("channel_suitable.only",
           t.problem([s(place_rules=(t.rule("allowed", "channel", "backup"),), **online)], channels=backup),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    yield ("channel_suitable.not",
           t.problem([s(place_rules=(t.rule("prohibited", "channel", "main-stream"),), **online)]),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    yield "within_hours.grid", t.problem([s()]), sched(place(OPENING, 0, "10:02")), {}
    yield "within_hours.hours", t.problem([s()]), sched(place(OPENING, 0, "17:30")), {}
    yield "within_hours.no_day", t.problem([s()]), {OPENING: Placement(OPENING, at(3, "10:00"), "hall-a")}, {}
    yield "within_hours.days", t.problem([s(allowed_days=(1,))]), sched(place(OPENING, 0, "10:00")), {}
    yield "within_hours.no_days", t.problem([s(allowed_days=(5,))]), sched(place(OPENING, 0, "10:00")), {}
    yield ("within_hours.allowed", t.problem([s(allowed=(t.span(1, "09:00", "12:00"),))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("within_hours.excluded", t.problem([s(prohibited=(t.span(0, "10:30", "11:30"),))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("availability.unavailable",
           t.problem([s()], rooms=[t.room("hall-a", unavailable=(t.span(0, "10:00", "12:00"),))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield "pin.room", t.problem([s(pin_room="hall-b")]), sched(place(OPENING, 0, "10:00")), {}
    yield ("pin.channel", t.problem([s(pin_channel="backup", **online)], channels=backup),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    yield "pin.start", t.problem([s(pin_start=at(0, "09:00"))]), sched(place(OPENING, 0, "10:00")), {}
    before = sched(place(OPENING, 0, "09:00"))
    yield ("frozen.left_out", t.problem([s(optional=True)]), {},
           dict(previous=before, now=at(0, "09:30")))
    yield ("frozen.moved", t.problem([s()]), sched(place(OPENING, 0, "10:00", "hall-b")),
           dict(previous=before, now=at(0, "09:30")))
    yield "frozen.early", t.problem([s()]), sched(place(OPENING, 0, "10:00")), dict(now=at(0, "12:00"))
    yield from _pairs(t, two, sched, place)
    yield from _soft_cases(t, s, two, sched, place, backup)


def _pairs(t, two, sched, place):
    clash = sched(place(OPENING, 0, "10:00"), place(CLOSING, 0, "10:30"))
    yield "room_overlap.overlap", t.problem(two()), clash, {}
    yield ("room_overlap.changeover", t.problem(two(), rooms=[t.room("hall-a", changeover=15)]),
           sched(place(OPENING, 0, "10:00"), place(CLOSING, 0, "11:05")), {})
    streamed = dict(mode="online")
    yield ("channel_overlap.overlap", t.problem(two(**streamed)),
           sched(place(OPENING, 0, "10:00", None, "main-stream"),
                 place(CLOSING, 0, "10:30", None, "main-stream")), {})
    yield ("channel_overlap.changeover", t.problem(two(**streamed), channels=[t.channel(changeover=10)]),
           sched(place(OPENING, 0, "10:00", None, "main-stream"),
                 place(CLOSING, 0, "11:05", None, "main-stream")), {})
    apart = sched(place(OPENING, 0, "10:00"), place(CLOSING, 0, "10:30", "hall-b"))
    yield ("person_overlap.both", t.problem(two(people=t.on_site("amy", "bo")),
                                            people=[t.person("amy"), t.person("bo")]), apart, {})
    yield ("group_overlap.both", t.problem(two(attends=("asean",)), groups=[t.group("asean")]), apart, {})
    yield ("travel_time.journey",
           t.problem(two(people=t.on_site("amy")), people=[t.person("amy")],
                     travel=[("jinan", "dezhou", 90), ("dezhou", "jinan", 90)]),
           sched(place(OPENING, 0, "10:00"), place(CLOSING, 0, "11:30", "dezhou-hall")), {})
    for kind, gap, wording in (("before", 0, "before"), ("before", 30, "before_gap"),
                               ("same_time", 0, "same_time"), ("not_same_time", 0, "not_same_time"),
                               ("same_day", 0, "same_day"), ("different_day", 0, "different_day")):
        day = 1 if kind == "same_day" else 0
        yield (f"relation.{wording}", t.problem(two(), relations=[RelationInfo(kind, OPENING, CLOSING, gap)]),
               sched(place(OPENING, 0, "10:00"), place(CLOSING, day, "10:30", "hall-b")), {})
    needs = dict(resources=(("booths", 1),))
    yield ("resource_capacity.some", t.problem(two(**needs), resources=[t.resource("booths")]), apart, {})
    yield ("resource_capacity.none",
           t.problem([t.session(OPENING, **needs)],
                     resources=[t.resource("booths", unavailable=(t.span(0, "09:00", "18:00"),))]),
           sched(place(OPENING, 0, "10:00")), {})


def _soft_cases(t, s, two, sched, place, backup):
    yield "optional_left_out.left_out", t.problem([s(optional=True)]), {}, {}
    yield ("stability.times", t.problem([s()]), sched(place(OPENING, 0, "10:00")),
           dict(previous=sched(place(OPENING, 0, "09:00"))))
    yield ("stability.rooms", t.problem([s()]), sched(place(OPENING, 0, "10:00", "dezhou-hall")),
           dict(previous=sched(place(OPENING, 0, "10:00"))))
    yield ("stability.channels", t.problem([s(mode="online")], channels=backup),
           sched(place(OPENING, 0, "10:00", None, "backup")),
           dict(previous=sched(place(OPENING, 0, "10:00", None, "main-stream"))))
    apart = sched(place(OPENING, 0, "10:00"), place(CLOSING, 0, "10:30", "hall-b"))
    yield "track_parallel.parallel", t.problem(two(track="finance")), apart, {}
    yield ("group_interest_parallel.both", t.problem(two(interested=("asean",)), groups=[t.group("asean")]),
           apart, {})
    yield "room_fit.empty", t.problem([s(expected_onsite=20)]), sched(place(OPENING, 0, "10:00")), {}
    amy = t.on_site("amy")
    wish = lambda kind, target, value: (t.rule(kind, target, value),)  # noqa: E731
    yield ("preferred_place.room", t.problem([s(place_rules=wish("preferred", "room", "hall-b"))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("preferred_place.person_room",
           t.problem([s(people=amy)], people=[t.person("amy", place_rules=wish("preferred", "city", "dezhou"))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("preferred_place.channel",
           t.problem([s(mode="online", place_rules=wish("preferred", "channel", "backup"))], channels=backup),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    yield ("undesired_place.room", t.problem([s(place_rules=wish("undesired", "room", "hall-a"))]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("undesired_place.person_room",
           t.problem([s(people=amy)], people=[t.person("amy", place_rules=wish("undesired", "venue", "iec"))]),
           sched(place(OPENING, 0, "10:00")), {})
    spread = sched(place(OPENING, 0, "09:00"), place(CLOSING, 0, "16:00", "dezhou-hall"))
    yield "idle_gap.waits", t.problem(two(people=amy), people=[t.person("amy")]), spread, {}
    yield "city_change.cities", t.problem(two(people=amy), people=[t.person("amy")]), spread, {}
    yield ("days_spread.spread", t.problem(two(people=amy), people=[t.person("amy")]),
           sched(place(OPENING, 0, "10:00"), place(CLOSING, 1, "10:00")), {})
    themed = lambda level: dict(tags=frozenset({"theme:rcep", f"level:{level}"}))  # noqa: E731
    tagged = [s(OPENING, **themed(2)), s(CLOSING, **themed(1))]
    weights = {"tag_overlap.theme": 1, "tag_same_day.theme": 1, "tag_same_room.theme": 1,
               "level_flow.theme": 1}
    yield "tag_overlap.overlap", t.problem(tagged, weights=weights), apart, {}
    yield "tag_same_room.rooms", t.problem(tagged, weights=weights), apart, {}
    yield "level_flow.order", t.problem(tagged, weights=weights), apart, {}
    yield ("tag_same_day.days", t.problem(tagged, weights=weights),
           sched(place(OPENING, 0, "10:00"), place(CLOSING, 1, "10:00")), {})
    yield ("popular_large_room.smaller",
           t.problem([s(OPENING, tags=frozenset({"popularity:9"})), s(CLOSING, tags=frozenset({"popularity:1"}))],
                     rooms=[t.room("hall-a", seats=50), t.room("hall-b", seats=500)]), apart, {})
    late = sched(place(OPENING, 0, "17:00", None, "main-stream"))
    yield ("audience_hours.outside", t.problem([s(mode="online", target_timezones=("Asia/Jayapura",))]),
           late, {})
    yield ("remote_speaker_hours.outside",
           t.problem([s(mode="online", people=t.remote("amy"))],
                     people=[t.person("amy", home_timezone="America/New_York")]),
           sched(place(OPENING, 0, "10:00", None, "main-stream")), {})
    morning = (t.span(0, "09:00", "10:30"),)
    yield "session_preferred_time.outside", t.problem([s(preferred=morning)]), sched(place(OPENING, 0, "10:00")), {}
    yield "session_undesired_time.inside", t.problem([s(undesired=morning)]), sched(place(OPENING, 0, "10:00")), {}
    yield ("person_preferred_time.outside",
           t.problem([s(people=amy)], people=[t.person("amy", preferred=morning)]),
           sched(place(OPENING, 0, "10:00")), {})
    yield ("person_undesired_time.inside",
           t.problem([s(people=amy)], people=[t.person("amy", undesired=morning)]),
           sched(place(OPENING, 0, "10:00")), {})


@pytest.fixture(scope="module")
def crafted(tiny):
    """(wording asked for, problem, its findings) of every crafted case."""
    return [(wording, problem, validate(problem, schedule, **kwargs).violations)
            for wording, problem, schedule, kwargs in _cases(tiny)]


# -- the checks -------------------------------------------------------------------------------

def _check_words(problem, violation):
    """The finding's values suffice for its message: same names, keys of the problem, picklable."""
    assert violation.wording in TEMPLATES, violation
    params = pickle.loads(pickle.dumps(violation.params))
    assert params == violation.params
    assert {name for name, _ in params} == placeholders(TEMPLATES[violation.wording])
    assert english(problem, violation.wording, params) == violation.message
    for name, value in params:
        _check_keys(problem, KINDS[name], value)


def _check_keys(problem, kind, value):
    """Keys of sessions, rooms, people … named by a finding exist in the problem."""
    lookups = {"session": problem.session, "room": problem.room, "channel": problem.channel,
               "person": problem.person, "group": problem.group, "resource": problem.resource,
               "city": problem.city}
    if kind == "sessions":
        assert set(value) <= set(problem.session)
    elif kind == "who":
        for sub_kind, key in value:
            assert key in lookups[sub_kind]
    elif kind == "number":
        assert isinstance(value, int)
    elif kind in ("at", "day", "clock"):
        assert isinstance(value, int)


def test_every_wording_is_reached_by_a_crafted_case(crafted):
    reached = {v.wording for _, _, found in crafted for v in found}
    assert set(TEMPLATES) <= reached, sorted(set(TEMPLATES) - reached)
    for wording, _, found in crafted:
        assert wording in {v.wording for v in found}, (wording, [v.message for v in found])


def test_the_english_renderer_gives_back_every_message(crafted):
    for _, problem, found in crafted:
        for violation in found:
            _check_words(problem, violation)
            assert violation.rule.partition(".")[0] in violation.wording or \
                violation.wording.startswith("stability.")


def test_known_keys_of_crafted_cases_exist_in_the_problem(crafted, tiny):
    """Where the schedule names only sessions of the problem, so does every finding."""
    for wording, problem, found in crafted:
        if wording.startswith("scheduled_once."):
            continue
        for violation in found:
            for name, value in violation.params:
                if KINDS[name] == "session":
                    assert value in problem.session, (wording, violation.message)


@pytest.mark.parametrize("wording, expected", [
    ("place_matches_mode.wrong", "'Opening' is online but is in Hall A and has no online channel"),
    ("room_suitable.person_only", "Amy (on site at 'Opening') may only be in venue Dezhou Centre, "
                                  "not in Hall A"),
    ("within_hours.days", "'Opening' is on Fri 28 May, but may only be on Sat 29 May"),
    ("availability.unavailable", "Hall A is unavailable Fri 28 May 10:00–12:00, but 'Opening' is at "
                                 "Fri 28 May 10:00–11:00"),
    ("frozen.moved", "'Opening' had already started (Fri 28 May 09:00, Hall A) but is moved to "
                     "Fri 28 May 10:00, Hall B"),
    ("room_overlap.changeover", "Hall A needs 15 minutes to change over between 'Opening' (ends "
                                "Fri 28 May 11:00) and 'Closing' (starts Fri 28 May 11:05); there are 5"),
    ("person_overlap.both", "Amy and Bo are in both 'Opening' (Fri 28 May 10:00–11:00) and 'Closing' "
                            "(Fri 28 May 10:30–11:30), which overlap"),
    ("group_overlap.both", "Asean is in both 'Opening' (Fri 28 May 10:00–11:00) and 'Closing' "
                           "(Fri 28 May 10:30–11:30), which overlap"),
    ("resource_capacity.some", "'Opening' and 'Closing' need 2 of Booths Fri 28 May 10:30–11:00, but "
                               "only 1 is available"),
    ("resource_capacity.none", "'Opening' needs 1 of Booths Fri 28 May 10:00–11:00, but none is available"),
    ("stability.rooms", "'Opening' moved from Hall A (Jinan) to Dezhou Hall (Dezhou)"),
    ("city_change.cities", "Amy goes to 2 cities on Fri 28 May: Jinan ('Opening') and Dezhou ('Closing')"),
    ("days_spread.spread", "Amy's sessions ('Opening' and 'Closing') are spread over 2 days; 1 day would do"),
    ("tag_overlap.overlap", "'Opening' and 'Closing' share 1 theme tag and overlap (Fri 28 May 10:30–11:00)"),
    ("audience_hours.outside", "'Opening' (Fri 28 May 17:00–18:00) runs 60 minutes outside 09:00–18:00 "
                               "for its audience in Asia/Jayapura"),
    ("relation.before_gap", "'Opening' must end at least 30 minutes before 'Closing' starts, but it "
                            "ends Fri 28 May 11:00 and 'Closing' starts Fri 28 May 10:30"),
])
def test_english_words_are_the_organisers_sentences(crafted, wording, expected):
    """The sentences as the validator has always written them (tests, the CLI and logs rely on them)."""
    messages = [v.message for asked, _, found in crafted if asked == wording for v in found
                if v.wording == wording]
    assert expected in messages, messages


def test_findings_of_random_schedules_of_the_sample(tmp_path):
    """The Shandong sample under random placements: every finding's words give back its message."""
    project = create_project_from_json(tmp_path / "s.slotwise", sample_path("shandong"))
    try:
        problem = snapshot(project)
    finally:
        project.close()
    rng = random.Random(7)
    starts = [h.start + 5 * k for h in problem.event.hours for k in range((h.end - h.start) // 5)]
    seen = set()
    for _ in range(3):
        schedule = {}
        for info in problem.sessions:
            if rng.random() < 0.9:
                room = rng.choice(problem.rooms).key if info.needs_room else None
                channel = rng.choice(problem.channels).key if info.needs_channel else None
                schedule[info.key] = Placement(info.key, rng.choice(starts), room, channel)
        previous = {k: Placement(k, rng.choice(starts), p.room, p.channel) for k, p in schedule.items()}
        for violation in validate(problem, schedule, previous=previous).violations:
            _check_words(problem, violation)
            seen.add(violation.wording)
    assert len(seen) >= 10, seen
