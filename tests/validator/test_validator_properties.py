"""Properties that hold for every schedule hypothesis can think of."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from scheduler.problem import Placement, Span
from scheduler.weights import SOFT_RULES

OPEN, CLOSE, DAY = 9 * 60, 18 * 60, 1440
ZONES = ("Asia/Shanghai", "Asia/Yangon", "Asia/Jayapura", "Europe/London", "America/New_York")
durations = st.integers(min_value=1, max_value=24).map(lambda steps: steps * 5)


@st.composite
def sequential(draw, tiny):
    """Sessions one after another (gaps on the grid) over both days, each in its own room."""
    count = draw(st.integers(min_value=1, max_value=10))
    lengths = draw(st.lists(durations, min_size=count, max_size=count))
    gaps = draw(st.lists(st.integers(min_value=0, max_value=12).map(lambda s: s * 5),
                         min_size=count, max_size=count))
    modes = draw(st.lists(st.sampled_from(["on_site", "online", "hybrid"]), min_size=count, max_size=count))
    day, clock, placements, sessions = 0, OPEN, [], []
    for i, (length, gap, mode) in enumerate(zip(lengths, gaps, modes)):
        clock += gap
        if clock + length > CLOSE:
            day, clock = day + 1, OPEN
        assume(day < 2)
        key = f"s{i}"
        sessions.append(tiny.session(key, duration=length, mode=mode, people=tiny.on_site("amy"),
                                     attends=("asean",), optional=draw(st.booleans())))
        placements.append(Placement(key, day * DAY + clock, f"room-{i}" if mode != "online" else None,
                                    f"channel-{i}" if mode != "on_site" else None))
        clock += length
    rooms = [tiny.room(f"room-{i}") for i in range(count)]
    channels = [tiny.channel(f"channel-{i}") for i in range(count)]
    p = tiny.problem(sessions, rooms=rooms, channels=channels, people=[tiny.person("amy")],
                     groups=[tiny.group("asean", size=40)])
    return p, {pl.session: pl for pl in placements}


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_sessions_apart_in_their_own_rooms_break_no_hard_rule(tiny, data):
    problem, schedule = data.draw(sequential(tiny))
    result = tiny.check(problem, schedule)
    assert result.hard == (), [v.message for v in result.hard]


@settings(max_examples=60, deadline=None)
@given(data=st.data(), first=durations, second=durations,
       start=st.integers(0, 60).map(lambda s: OPEN + 5 * s))
def test_overlapping_in_one_room_is_always_a_room_overlap_naming_both(tiny, data, first, second, start):
    shift = data.draw(st.integers(min_value=-second + 1, max_value=first - 1))
    p = tiny.problem([tiny.session("a", duration=first, title="Opening"),
                      tiny.session("b", duration=second, title="Closing")])
    schedule = {"a": Placement("a", start, "hall-a"), "b": Placement("b", start + shift, "hall-a")}
    found = tiny.of(tiny.check(p, schedule), "room_overlap")
    assert len(found) == 1 and set(found[0].sessions) == {"a", "b"} and found[0].rooms == ("hall-a",)
    assert "'Opening'" in found[0].message and "'Closing'" in found[0].message


@st.composite
def anything(draw, tiny):
    """A problem with random wishes and a random (often bad) schedule."""
    people = [tiny.person(f"p{i}", home_timezone=draw(st.sampled_from(("",) + ZONES)),
                          preferred=draw(st.lists(spans(), max_size=2)),
                          undesired=draw(st.lists(spans(), max_size=2))) for i in range(3)]
    sessions, schedule = [], {}
    for i in range(draw(st.integers(0, 8))):
        mode = draw(st.sampled_from(["on_site", "online", "hybrid"]))
        who = draw(st.lists(st.sampled_from([p.key for p in people]), max_size=3, unique=True))
        sessions.append(tiny.session(
            f"s{i}", duration=draw(durations), mode=mode, optional=draw(st.booleans()),
            expected_onsite=draw(st.integers(0, 150)), track=draw(st.sampled_from(["", "finance", "trade"])),
            target_timezones=tuple(draw(st.lists(st.sampled_from(ZONES), max_size=2))),
            preferred=tuple(draw(st.lists(spans(), max_size=2))),
            undesired=tuple(draw(st.lists(spans(), max_size=2))),
            people=tuple(tiny.on_site(k)[0] if draw(st.booleans()) else tiny.remote(k)[0] for k in who),
            attends=tuple(draw(st.lists(st.sampled_from(["asean", "press"]), max_size=1))),
            interested=tuple(draw(st.lists(st.sampled_from(["asean", "press"]), max_size=1)))))
        if draw(st.integers(0, 4)):
            schedule[f"s{i}"] = Placement(f"s{i}", draw(st.integers(0, 2 * DAY)),
                                          draw(st.sampled_from([None, "hall-a", "hall-b", "dezhou-hall"])),
                                          draw(st.sampled_from([None, "main-stream"])))
    moved = draw(st.lists(st.sampled_from(sorted(schedule) or ["x"]), unique=True))
    previous = {k: Placement(k, draw(st.integers(0, 2 * DAY)),
                             draw(st.sampled_from([None, "hall-a", "dezhou-hall"]))) for k in moved}
    p = tiny.problem(sessions, people=people,
                     groups=[tiny.group("asean", size=40), tiny.group("press", size=5)],
                     travel=(("jinan", "dezhou", 90),))
    return p, schedule, previous


def spans():
    return st.tuples(st.integers(0, 2 * DAY), st.integers(0, 600)).map(lambda t: Span(t[0], t[0] + t[1]))


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_costs_sum_to_the_total_and_are_never_negative(tiny, data):
    problem, schedule, previous = data.draw(anything(tiny))
    now = data.draw(st.none() | st.integers(0, 2 * DAY))
    result = tiny.check(problem, schedule, previous=previous, now=now)
    costs = result.costs()
    assert set(costs) == set(SOFT_RULES)
    assert sum(costs.values()) == result.total_cost
    assert all(cost >= 0 for cost in costs.values())
    assert all(v.cost > 0 for v in result.soft) and all(v.cost == 0 for v in result.hard)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_message_names_one_of_its_sessions(tiny, data):
    problem, schedule, previous = data.draw(anything(tiny))
    for v in tiny.check(problem, schedule, previous=previous, now=OPEN).violations:
        titles = [f"'{problem.session[k].title}'" for k in v.sessions if k in problem.session]
        assert not titles or any(t in v.message for t in titles), v
