"""A person's agenda and a group's itinerary: sessions in order, journeys between cities,
and the short-journey mark agreeing with the validator's travel rule."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_kit import (MODES, ZH, at, group, make, on_site, place, remote, session,
                        short_legs, travel_findings)
from scheduler.agendas import AgendaItem, TravelLeg, group_itinerary, person_agenda
from scheduler.problem import PersonInfo


def jinan_then_taian(second_start: str, presence=on_site):
    """Lan speaks in Jinan 09:00–10:00, then in Tai'an (hybrid) at ``second_start`` on day 1."""
    problem = make([session("a", people=on_site("lan")),
                    session("b", mode="hybrid", people=presence("lan", role="panelist"))])
    schedule = dict([place("a", 0, "09:00", "hall-a"),
                     place("b", 0, second_start, "taian-hall", "main-stream")])
    return problem, schedule


def test_enough_time_gives_a_leg_that_is_not_short_and_no_travel_finding():
    problem, schedule = jinan_then_taian("11:30")
    agenda = person_agenda(problem, schedule, "lan", modes=MODES)
    first, leg, second = agenda.rows
    assert (first.session, second.session) == ("a", "b")
    assert isinstance(leg, TravelLeg)
    assert (leg.from_city, leg.to_city, leg.minutes, leg.mode) == ("jinan", "taian", 75, "road")
    assert (leg.leave, leg.arrive, leg.deadline, leg.gap) == (at(0, "10:00"), at(0, "11:15"),
                                                             at(0, "11:30"), 90)
    assert leg.leave_time.text == "10:00–11:15"
    assert not leg.short
    assert travel_findings(problem, schedule, "people", "lan") == set()


def test_too_little_time_marks_the_leg_short_as_the_validator_does():
    problem, schedule = jinan_then_taian("11:00")
    agenda = person_agenda(problem, schedule, "lan", modes=MODES)
    (leg,) = agenda.legs
    assert leg.gap == 60 and leg.minutes == 75 and leg.short
    assert short_legs(agenda) == travel_findings(problem, schedule, "people", "lan") == {("a", "b")}


@pytest.mark.parametrize("start, short", [("11:10", True), ("11:15", False), ("11:20", False)])
def test_a_gap_of_exactly_the_journey_is_enough(start, short):
    problem, schedule = jinan_then_taian(start)
    agenda = person_agenda(problem, schedule, "lan")
    assert agenda.legs[0].short is short
    assert bool(travel_findings(problem, schedule, "people", "lan")) is short


def test_a_remote_speaker_needs_no_journey():
    problem, schedule = jinan_then_taian("10:05", presence=remote)
    agenda = person_agenda(problem, schedule, "lan", modes=MODES)
    assert agenda.legs == ()
    assert [(i.session, i.presence) for i in agenda.items] == [("a", "on_site"), ("b", "remote")]
    assert travel_findings(problem, schedule, "people", "lan") == set()


def test_roles_places_and_the_home_zone_are_shown():
    problem, schedule = jinan_then_taian("11:30")
    agenda = person_agenda(problem, schedule, "lan", zh=ZH, modes=MODES)
    first, second = agenda.items
    assert agenda.name.pick("zh") == "阮氏兰" and agenda.name.pick("en") == "Nguyen Thi Lan"
    assert second.role == "panelist" and second.mode == "hybrid"
    assert second.place.words() == "Tai'an Hall, Tai'an Centre, Tai'an · Main Stream"
    assert first.place.words("zh") == "Hall A, Jinan IEC, 济南"
    assert first.title.pick("zh") == "会议甲" and second.title.pick("zh") == "Session B"
    # Ho Chi Minh City is an hour behind Shanghai
    assert first.event_time.text == "09:00–10:00" and first.home_time.text == "08:00–09:00"
    assert first.home_time.zone == "Asia/Ho_Chi_Minh"


def test_no_home_time_when_the_person_lives_in_the_events_zone():
    problem = make([session("a", people=on_site("li"))],
                   people=[PersonInfo("li", "Li Yanan", home_timezone="Asia/Shanghai")])
    agenda = person_agenda(problem, dict([place("a", 1, "14:00", "hall-a")]), "li")
    (item,) = agenda.items
    assert item.home_time is None and item.day == 1
    assert item.event_time.start == datetime.fromisoformat("2021-05-29T14:00:00+08:00")


def test_only_on_site_sessions_in_another_city_make_a_leg_and_unscheduled_ones_are_listed():
    # Jinan, then an online talk (remote), then Jinan again, then Dezhou: one leg, Jinan->Dezhou
    problem = make([session("a", people=on_site("lan")),
                    session("o", mode="online", people=remote("lan")),
                    session("c", people=on_site("lan")),
                    session("d", people=on_site("lan")),
                    session("later", people=on_site("lan"))])
    schedule = dict([place("a", 0, "09:00", "hall-a"), place("o", 0, "10:30", None, "main-stream"),
                     place("c", 0, "12:00", "hall-a"), place("d", 0, "15:00", "dezhou-hall")])
    agenda = person_agenda(problem, schedule, "lan", modes=MODES)
    kinds = [r.session if isinstance(r, AgendaItem) else f"{r.from_city}>{r.to_city}"
             for r in agenda.rows]
    assert kinds == ["a", "o", "c", "jinan>dezhou", "d"]
    assert agenda.legs[0].mode == "rail" and agenda.legs[0].after == "c"
    assert agenda.unscheduled == ("later",)


def two_day_group():
    """The envoys: Jinan and Tai'an on day 1, Dezhou on day 2 with an online talk they may
    watch and an optional lunch in Jinan they could not reach in time."""
    envoys = group()
    problem = make([session("a", attends=("envoys",)),
                    session("b", attends=("envoys",), mode="hybrid"),
                    session("c", attends=("envoys",)),
                    session("web", mode="online", interested=("envoys",)),
                    session("lunch", interested=("envoys",)),
                    session("other")], groups=[envoys])
    schedule = dict([place("a", 0, "09:00", "hall-a"),
                     place("b", 0, "14:00", "taian-hall", "main-stream"),
                     place("web", 1, "08:00", None, "main-stream"),
                     place("c", 1, "10:00", "dezhou-hall"),
                     place("lunch", 1, "11:30", "hall-a"),
                     place("other", 0, "09:00", "taian-hall")])
    return problem, schedule


def test_a_group_itinerary_covers_both_days_with_its_journeys():
    problem, schedule = two_day_group()
    agenda = group_itinerary(problem, schedule, "envoys", zh=ZH, modes=MODES)
    days = agenda.days()
    assert list(days) == [0, 1]
    assert [r.session for r in days[0] if isinstance(r, AgendaItem)] == ["a", "b"]
    assert [r.session for r in days[1] if isinstance(r, AgendaItem)] == ["web", "c", "lunch"]
    overnight = next(leg for leg in agenda.legs if leg.before == "c")
    assert (overnight.from_city, overnight.to_city, overnight.minutes) == ("taian", "dezhou", 150)
    assert overnight.day == 1 and not overnight.short  # leaves day 1 at 15:00, due 10:00 next day
    assert agenda.name.pick("zh") == "使节团"
    optional = {i.session: i.optional for i in agenda.items}
    assert optional == {"a": False, "b": False, "web": True, "c": False, "lunch": True}
    assert next(i for i in agenda.items if i.session == "web").presence == "online"
    to_lunch = next(leg for leg in agenda.legs if leg.before == "lunch")
    assert to_lunch.short and to_lunch.optional and to_lunch.mode == "rail"


def test_without_optional_sessions_the_short_legs_are_the_validators_findings():
    problem, schedule = two_day_group()
    schedule["b"] = place("b", 0, "10:10", "taian-hall", "main-stream")[1]  # 10 min after a
    agenda = group_itinerary(problem, schedule, "envoys", optional=False)
    assert {i.session for i in agenda.items} == {"a", "b", "c"}
    assert short_legs(agenda) == travel_findings(problem, schedule, "groups", "envoys") \
        == {("a", "b")}


@settings(max_examples=60, deadline=None)
@given(starts=st.lists(st.integers(0, 2 * 14 * 12 - 1), min_size=3, max_size=3),
       rooms=st.lists(st.sampled_from(["hall-a", "taian-hall", "dezhou-hall"]), min_size=3,
                      max_size=3),
       presences=st.lists(st.sampled_from([on_site, remote]), min_size=3, max_size=3))
def test_short_legs_agree_with_the_validator_for_any_three_sessions(starts, rooms, presences):
    """Consecutive journeys are what a person does; in a matrix that keeps the triangle rule,
    a broken pair anywhere shows as a short leg on the way between them."""
    problem = make([session(k, people=p("lan")) for k, p in zip("abc", presences)])
    schedule = {k: place(k, n // (14 * 12), f"{8 + n % (14 * 12) // 12}:{n % 12 * 5:02d}", r)[1]
                for k, n, r in zip("abc", starts, rooms)}
    agenda = person_agenda(problem, schedule, "lan")
    found = travel_findings(problem, schedule, "people", "lan")
    assert short_legs(agenda) <= found
    order = [i.session for i in agenda.items]
    for a, b in found:  # some short leg lies between the two sessions the validator names
        between = order[order.index(a):order.index(b) + 1]
        assert any(leg.short and leg.after in between and leg.before in between
                   for leg in agenda.legs)
