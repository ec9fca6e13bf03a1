"""The tag rules in the engine: each one changes the best schedule, and costs what the validator says.

Every problem has only the rules it names switched on. Each solve must be proven optimal, pass the
validator without a hard violation, and report per-rule costs and an objective equal to the
validator's for the same schedule. The property tests at the end do the same on random events, and
on the smallest ones compare the optimum with every schedule there is.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.problem import Placement, PlaceRuleInfo, Span
from scheduler.solver import solve
from scheduler.solver.candidates import grid_starts
from scheduler.validator import validate
from scheduler.weights import DEFAULT_WEIGHTS, TAG_FAMILIES
from solver_kit import hm, live, make, room, session

OFF = {name: 0 for name in DEFAULT_WEIGHTS}
FIRST_HOUR = (Span(hm("09:00"), hm("10:00")),)
ROOMS = [room("hall", seats=300), room("annex", seats=50)]


def only(**weights) -> dict:
    """Every default rule off, then ``weights`` (tag rules are named like "tag_overlap.theme")."""
    return OFF | weights


def w(name: str, weight: int) -> dict:
    """A weight whose name is no keyword (it has a dot): only(**w("tag_overlap.theme", 10))."""
    return {name: weight}


def optimal(problem, **options):
    """Solve to optimality; the validator agrees with every cost and finds no hard violation."""
    result = solve(problem, time_limit=10, workers=2, **options)
    assert result.status == "optimal", (result.status, result.message)
    check = validate(problem, result.schedule)
    assert check.is_feasible, [v.message for v in check.hard]
    assert {r: c for r, c in result.costs.items() if c} == {r: c for r, c in check.costs().items() if c}
    assert result.objective == check.total_cost == sum(result.costs.values())
    return result, check


def day(placement: Placement) -> int:
    return placement.start // 1440



def nonzero(costs: dict) -> dict:
    return {rule: cost for rule, cost in costs.items() if cost}


def by_pair(check, rule: str) -> dict:
    """{frozenset of the two sessions: cost} of a rule's violations."""
    return {frozenset(v.sessions): v.cost for v in check.soft if v.rule == rule}


# -- tag_overlap --------------------------------------------------------------------------------

def test_tag_overlap_moves_sessions_of_one_theme_apart():
    sessions = [session(k, tags={"theme:Cloud"}, preferred=FIRST_HOUR) for k in "ab"]
    free, _ = optimal(make(sessions, ROOMS, hours=("09:00", "11:00"), weights=only(session_preferred_time=1)))
    assert free.schedule["a"].start == free.schedule["b"].start == hm("09:00")
    assert free.objective == 0
    # 60 minutes outside the preferred hour (60) is cheaper than 60 minutes together (10 × 60).
    problem = make(sessions, ROOMS, hours=("09:00", "11:00"),
                   weights=only(session_preferred_time=1, **w("tag_overlap.theme", 10)))
    result, _ = optimal(problem)
    assert sorted(p.start for p in result.schedule.values()) == [hm("09:00"), hm("10:00")]
    assert nonzero(result.costs) == {"session_preferred_time": 60}


def test_tag_overlap_other_categories_do_not_count():
    sessions = [session(k, tags={"content:Cloud", f"theme:{k}"}, preferred=FIRST_HOUR) for k in "ab"]
    problem = make(sessions, ROOMS, hours=("09:00", "11:00"),
                   weights=only(session_preferred_time=1, **w("tag_overlap.theme", 10)))
    result, _ = optimal(problem)
    assert result.schedule["a"].start == result.schedule["b"].start == hm("09:00")
    assert result.objective == 0


def test_tag_overlap_violated_costs_each_pair_and_shared_value():
    sessions = [session("a", tags={"theme:Cloud", "theme:AI"}), session("b", tags={"theme:AI", "theme:Cloud"}),
                session("c", tags={"theme:Cloud", "theme:Trade"}, duration=30)]
    problem = make(sessions, ROOMS + [room("studio", seats=20)], hours=("09:00", "10:00"),
                   weights=only(**w("tag_overlap.theme", 2)))
    result, check = optimal(problem)
    # All three run in the same hour: a–b share 2 values for 60 minutes, c 1 with each for 30.
    assert by_pair(check, "tag_overlap.theme") == {frozenset("ab"): 2 * 2 * 60, frozenset("ac"): 2 * 30,
                                                   frozenset("bc"): 2 * 30}
    assert nonzero(result.costs) == {"tag_overlap.theme": 360}


# -- tag_same_day -------------------------------------------------------------------------------

def test_tag_same_day_puts_a_theme_on_one_day():
    sessions = [session("a", tags={"theme:Cloud"}, preferred=FIRST_HOUR),
                session("b", tags={"theme:Cloud"}, preferred=(Span(hm("09:00", 1), hm("10:00", 1)),))]
    free, _ = optimal(make(sessions, ROOMS, days=2, weights=only(session_preferred_time=1)))
    assert (day(free.schedule["a"]), day(free.schedule["b"])) == (0, 1)
    # One session off its preferred hour (60) is cheaper than two days (1 × (60 + 60)).
    problem = make(sessions, ROOMS, days=2, weights=only(session_preferred_time=1, **w("tag_same_day.theme", 1)))
    result, _ = optimal(problem)
    assert day(result.schedule["a"]) == day(result.schedule["b"])
    assert nonzero(result.costs) == {"session_preferred_time": 60}


def test_tag_same_day_violated_when_the_days_are_fixed():
    sessions = [session("a", tags={"theme:Cloud", "theme:AI"}, allowed_days=(0,)),
                session("b", tags={"theme:Cloud", "theme:AI"}, duration=45, allowed_days=(1,)),
                session("c", tags={"theme:Trade"}, allowed_days=(1,))]
    result, check = optimal(make(sessions, ROOMS, days=2, weights=only(**w("tag_same_day.theme", 3))))
    assert by_pair(check, "tag_same_day.theme") == {frozenset("ab"): 3 * 2 * (60 + 45)}
    assert nonzero(result.costs) == {"tag_same_day.theme": 630}


def test_tag_same_day_may_leave_an_optional_session_out():
    sessions = [session("a", tags={"theme:Cloud"}, allowed_days=(0,)),
                session("b", tags={"theme:Cloud"}, allowed_days=(1,), optional=True)]
    cheap = make(sessions, ROOMS, days=2, weights=only(optional_left_out=2000, **w("tag_same_day.theme", 10)))
    result, _ = optimal(cheap)
    assert set(result.schedule) == {"a", "b"}
    assert nonzero(result.costs) == {"tag_same_day.theme": 10 * 120}
    dear = make(sessions, ROOMS, days=2, weights=only(optional_left_out=2000, **w("tag_same_day.theme", 100)))
    result, _ = optimal(dear)
    assert set(result.schedule) == {"a"}
    assert nonzero(result.costs) == {"optional_left_out": 2000}


# -- tag_same_room ------------------------------------------------------------------------------

def test_tag_same_room_keeps_a_theme_in_one_room():
    sessions = [session("a", tags={"theme:Cloud"}, place_rules=(PlaceRuleInfo("preferred", "room", "hall"),)),
                session("b", tags={"theme:Cloud"}, place_rules=(PlaceRuleInfo("preferred", "room", "annex"),))]
    free, _ = optimal(make(sessions, ROOMS, weights=only(preferred_place=50)))
    assert (free.schedule["a"].room, free.schedule["b"].room) == ("hall", "annex")
    # One session out of its preferred room (50) is cheaper than two rooms (1 × (60 + 60)).
    problem = make(sessions, ROOMS, weights=only(preferred_place=50, **w("tag_same_room.theme", 1)))
    result, _ = optimal(problem)
    assert result.schedule["a"].room == result.schedule["b"].room
    assert nonzero(result.costs) == {"preferred_place": 50}


def test_tag_same_room_violated_only_on_one_day_and_with_rooms():
    sessions = [session("a", tags={"theme:Cloud", "theme:AI"}, pin_room="hall", allowed_days=(0,)),
                session("b", tags={"theme:Cloud", "theme:AI"}, pin_room="annex", allowed_days=(0,), duration=30),
                session("c", tags={"theme:Cloud"}, pin_room="annex", allowed_days=(1,)),
                session("d", tags={"theme:Cloud"}, mode="online", allowed_days=(0,))]
    problem = make(sessions, ROOMS, channels=[live()], days=2, weights=only(**w("tag_same_room.theme", 3)))
    result, check = optimal(problem)
    # Only a–b (same day, two rooms, 2 values); c is on another day, d has no room.
    assert by_pair(check, "tag_same_room.theme") == {frozenset("ab"): 3 * 2 * (60 + 30)}
    assert nonzero(result.costs) == {"tag_same_room.theme": 540}


# -- level_flow ---------------------------------------------------------------------------------

def test_level_flow_puts_the_easier_session_first():
    sessions = [session("deep", tags={"theme:Cloud", "level:3"}, preferred=FIRST_HOUR),
                session("intro", tags={"theme:Cloud", "level:1"})]
    free, _ = optimal(make(sessions, ROOMS, hours=("09:00", "11:00"), weights=only(session_preferred_time=1)))
    assert free.schedule["deep"].start == hm("09:00") and free.objective == 0
    # Deep Dive off its preferred hour (60) is cheaper than the wrong order (1 × (60 + 60)).
    problem = make(sessions, ROOMS, hours=("09:00", "11:00"),
                   weights=only(session_preferred_time=1, **w("level_flow.theme", 1)))
    result, _ = optimal(problem)
    assert (result.schedule["intro"].start, result.schedule["deep"].start) == (hm("09:00"), hm("10:00"))
    assert nonzero(result.costs) == {"session_preferred_time": 60}


def test_level_flow_needs_its_category():
    sessions = [session("deep", tags={"theme:Cloud", "content:X", "level:3"}, preferred=FIRST_HOUR),
                session("intro", tags={"theme:Trade", "content:X", "level:1"})]
    problem = make(sessions, ROOMS, hours=("09:00", "11:00"),
                   weights=only(session_preferred_time=1, **w("level_flow.theme", 1)))
    result, _ = optimal(problem)
    assert result.schedule["deep"].start == hm("09:00") and result.objective == 0


def test_level_flow_violated_ignores_equal_levels():
    sessions = [session("intro", tags={"theme:Cloud", "theme:AI", "level:1"}),
                session("deep", tags={"theme:Cloud", "theme:AI", "level:3"}, duration=30),
                session("deeper", tags={"theme:Cloud", "level:3"}, duration=30),
                session("plain", tags={"theme:Cloud"}, duration=30)]
    problem = make(sessions, ROOMS + [room("studio", seats=20)], hours=("09:00", "10:00"),
                   weights=only(**w("level_flow.theme", 2)))
    result, check = optimal(problem)
    # In one hour the intro cannot end before either level-3 session starts.
    assert by_pair(check, "level_flow.theme") == {frozenset({"intro", "deep"}): 2 * 2 * 90,
                                                  frozenset({"intro", "deeper"}): 2 * 1 * 90}
    assert nonzero(result.costs) == {"level_flow.theme": 540}


# -- popular_large_room -------------------------------------------------------------------------

def test_popular_large_room_gives_the_popular_session_the_big_room():
    sessions = [session("hot", tags={"popularity:900"}, place_rules=(PlaceRuleInfo("preferred", "room", "annex"),)),
                session("cold", tags={"popularity:20"})]
    free, _ = optimal(make(sessions, ROOMS, hours=("09:00", "10:00"), weights=only(preferred_place=50)))
    assert (free.schedule["hot"].room, free.schedule["cold"].room) == ("annex", "hall")
    # Out of its preferred room (50) is cheaper than the inverted rooms (1 × (60 + 60)).
    problem = make(sessions, ROOMS, hours=("09:00", "10:00"), weights=only(preferred_place=50, popular_large_room=1))
    result, _ = optimal(problem)
    assert (result.schedule["hot"].room, result.schedule["cold"].room) == ("hall", "annex")
    assert nonzero(result.costs) == {"preferred_place": 50}


def test_popular_large_room_violated_ignores_equal_popularity_and_seats():
    sessions = [session("hot", duration=45, tags={"popularity:900"}, pin_room="annex"),
                session("cold", tags={"popularity:20"}, pin_room="hall"),
                session("twin", tags={"popularity:20"}, pin_room="studio")]  # like cold; seats like hot's
    problem = make(sessions, ROOMS + [room("studio", seats=50)], weights=only(popular_large_room=2))
    result, check = optimal(problem)
    assert by_pair(check, "popular_large_room") == {frozenset({"hot", "cold"}): 2 * (45 + 60)}
    assert nonzero(result.costs) == {"popular_large_room": 210}


# -- properties -----------------------------------------------------------------------------------

CATEGORIES = ("theme", "sector")


@st.composite
def tagged_events(draw, sessions=(2, 6), days=(1, 2), hours=("09:00", "12:00"), granularity=15,
                  durations=(30, 45, 50, 60, 90)):
    """Random small events whose sessions carry tags of two categories, levels and popularities."""
    rooms = [room(f"r{i}", seats=seats) for i, seats in
             enumerate(draw(st.lists(st.sampled_from([40, 100, 300]), min_size=2, max_size=3)))]
    made = []
    for i in range(draw(st.integers(*sessions))):
        tags = {f"{c}:{v}" for c in CATEGORIES for v in draw(st.sets(st.sampled_from("ABC"), max_size=2))}
        if draw(st.booleans()):
            tags.add(f"level:{draw(st.integers(1, 3))}")
        if draw(st.booleans()):
            tags.add(f"popularity:{draw(st.sampled_from([10, 50, 500]))}")
        made.append(session(f"s{i}", duration=draw(st.sampled_from(durations)), tags=tags,
                            mode=draw(st.sampled_from(["on_site", "on_site", "online", "hybrid"])),
                            optional=draw(st.booleans())))
    weights = {f"{family}.{c}": draw(st.sampled_from([0, 1, 3])) for family in TAG_FAMILIES for c in CATEGORIES}
    weights |= {"popular_large_room": draw(st.sampled_from([0, 1, 2])),
                "optional_left_out": draw(st.sampled_from([0, 100, 2000]))}
    return make(made, rooms, channels=[live(1000, "c0"), live(1000, "c1")], days=draw(st.integers(*days)),
                hours=hours, granularity=granularity, weights=only(**weights))


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(tagged_events())
def test_the_optimal_objective_is_the_validators_cost(problem):
    result = solve(problem, time_limit=10, workers=2)
    assert result.status in ("optimal", "infeasible"), result.status
    if result.status == "optimal":
        check = validate(problem, result.schedule)
        assert check.is_feasible, [v.message for v in check.hard]
        assert result.objective == check.total_cost
        assert nonzero(result.costs) == nonzero(check.costs())


def every_schedule(problem):
    """Each way to place (or, if optional, leave out) every session on the grid."""
    def options(s):
        rooms = [r.key for r in problem.rooms] if s.needs_room else [None]
        channels = [c.key for c in problem.channels] if s.needs_channel else [None]
        return ([None] if s.optional else []) + [Placement(s.key, t, r, c) for t in grid_starts(problem, s)
                                                 for r in rooms for c in channels]
    for combo in itertools.product(*(options(s) for s in problem.sessions)):
        yield {p.session: p for p in combo if p is not None}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tagged_events(sessions=(2, 3), hours=("09:00", "10:30"), granularity=30, durations=(30, 45, 60)))
def test_the_optimum_is_the_cheapest_schedule_the_validator_knows(problem):
    """The engine neither over- nor under-charges a schedule it does not choose."""
    checks = (validate(problem, schedule) for schedule in every_schedule(problem))
    best = min((check.total_cost for check in checks if check.is_feasible), default=None)
    result = solve(problem, time_limit=10, workers=2)
    assert result.status == ("infeasible" if best is None else "optimal")
    assert result.objective == best
