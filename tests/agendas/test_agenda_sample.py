"""The agendas on the Shandong sample after a real solve, checked against the validator."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agenda_kit import short_legs
from resources import sample_path
from scheduler.agendas import (chinese_names, group_itinerary, online_programme, person_agenda,
                               travel_modes)
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import snapshot
from scheduler.solver import solve
from scheduler.validator import validate
from scheduler.weights import TRAVEL_TIME


@pytest.fixture(scope="module")
def solved(tmp_path_factory):
    """The sample's problem, a schedule the solver found in 5 s (no hard violation), and the
    Chinese names and travel modes read from the project file."""
    path = tmp_path_factory.mktemp("sample") / "shandong.slotwise"
    with create_project_from_json(path, sample_path("shandong")) as project:
        problem = snapshot(project)
        zh, modes = chinese_names(project), travel_modes(project)
    result = solve(problem, time_limit=5, workers=2)
    assert result.schedule is not None, result.message
    assert validate(problem, result.schedule).is_feasible
    return problem, result.schedule, zh, modes


def findings(problem, schedule, field, key):
    return {tuple(v.sessions) for v in validate(problem, schedule).hard
            if v.rule == TRAVEL_TIME and key in getattr(v, field)}


def agrees(agenda, found) -> bool:
    """Every short leg is a finding, and between the two sessions of every finding lies a
    short leg (the sample's matrix keeps the triangle rule, so a breach shows on the way)."""
    order = [i.session for i in agenda.items]
    covered = all(any(leg.short and {leg.after, leg.before} <= set(order[order.index(a):
                                                                         order.index(b) + 1])
                      for leg in agenda.legs) for a, b in found)
    return short_legs(agenda) <= found and covered


def test_the_envoys_travel_to_taian_in_time_over_two_days(solved):
    problem, schedule, zh, modes = solved
    agenda = group_itinerary(problem, schedule, "asean-envoys", zh=zh, modes=modes,
                             optional=False)
    assert set(agenda.days()) == {0, 1}
    cities = {i.place.city for i in agenda.items}
    assert {"jinan", "taian"} <= cities  # their programme has a Tai'an afternoon on day 2
    assert agenda.legs and all(leg.mode == "road" for leg in agenda.legs)
    for leg in agenda.legs:
        assert leg.minutes == problem.travel_between(leg.from_city, leg.to_city) > 0
    assert short_legs(agenda) == findings(problem, schedule, "groups", "asean-envoys") == set()
    assert agenda.name.pick("zh") == "东盟国家使节团"


def test_a_hand_made_late_start_shows_as_a_short_leg_and_as_a_finding(solved):
    problem, schedule, zh, modes = solved
    envoys = group_itinerary(problem, schedule, "asean-envoys", optional=False)
    leg = envoys.legs[0]
    moved = dict(schedule)
    moved[leg.before] = replace(schedule[leg.before], start=leg.leave + 10)  # no time to travel
    after = group_itinerary(problem, moved, "asean-envoys", optional=False)
    assert (leg.after, leg.before) in short_legs(after)
    assert agrees(after, findings(problem, moved, "groups", "asean-envoys"))
    for group in problem.groups:  # every delegation and every person, not only the envoys
        agenda = group_itinerary(problem, moved, group.key, optional=False)
        assert agrees(agenda, findings(problem, moved, "groups", group.key)), group.key
    for person in problem.people:
        agenda = person_agenda(problem, moved, person.key)
        assert agrees(agenda, findings(problem, moved, "people", person.key)), person.key


def test_a_speaker_with_a_journey_and_a_remote_talk(solved):
    problem, schedule, zh, modes = solved
    agenda = person_agenda(problem, schedule, "teo-boon-heng", zh=zh, modes=modes)
    assert any((leg.from_city, leg.to_city) == ("jinan", "taian") and leg.minutes == 75
               for leg in agenda.legs)
    closing = next(i for i in agenda.items if i.session == "online-closing")
    assert closing.presence == "remote" and closing.place.city is None
    assert short_legs(agenda) == set()


def test_the_yangon_audience_sees_every_online_part_half_an_hour_behind_shanghai(solved):
    problem, schedule, zh, modes = solved
    programme = online_programme(problem, schedule, "Asia/Yangon", zh=zh)
    expected = {s.key for s in problem.sessions if s.mode != "on_site" and s.key in schedule}
    assert {i.session for i in programme.items} == expected
    for item in programme.items:
        shift = item.event_time.start.replace(tzinfo=None) - item.local.start.replace(tzinfo=None)
        assert shift.total_seconds() == 90 * 60
    opening = next(i for i in programme.items if i.session == "opening-ceremony")
    assert opening.title.pick("zh") == "开幕式"
