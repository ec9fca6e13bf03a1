"""The data lint: one pair of tests per check (it fires / it does not), on tiny projects.

The base project is clean: one city with a venue, two rooms and a channel, over two
days (28–29 May 2021, 08:00–18:00 Asia/Shanghai). Each test adds what it needs.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from scheduler import Project
from scheduler.domain import models as m
from scheduler.eventtime import at
from scheduler.lint import Finding, check, format_findings, has_errors

TZ = "Asia/Shanghai"
DAY1, DAY2 = date(2021, 5, 28), date(2021, 5, 29)


def local(day: date, hh: int, mm: int = 0) -> datetime:
    return at(day, time(hh, mm), TZ).astimezone(timezone.utc)


class World:
    """A tiny project and helpers to add rows to it by key."""

    def __init__(self, project: Project):
        self.project = project
        self.jinan = self.add(m.City(key="jinan", name_en="Jinan", timezone=TZ))
        self.iec = self.add(m.Venue(key="iec", city_id=self.jinan.id, name_en="Jinan IEC"))
        self.hall_a = self.room("hall-a", seats=400, features=["interpretation_booths", "streaming"])
        self.hall_b = self.room("hall-b", seats=800, features=["streaming", "stage"])
        self.stream = self.add(m.Channel(key="main-stream", name_en="Main Stream", viewer_capacity=2000))

    def add(self, *rows):
        self.project.add(*rows)
        return rows[0]

    def room(self, key: str, venue=None, **fields) -> m.Room:
        fields.setdefault("seats", 100)
        return self.add(m.Room(key=key, venue_id=(venue or self.iec).id, name_en=title(key), **fields))

    def session(self, key: str, **fields) -> m.Session:
        fields.setdefault("kind", "plenary")
        if fields.get("delivery_mode") in ("online", "hybrid"):
            fields.setdefault("target_timezones", ["Asia/Jakarta"])
        return self.add(m.Session(key=key, title_en=title(key), **fields))

    def person(self, key: str, **fields) -> m.Person:
        return self.add(m.Person(key=key, name_en=title(key), **fields))

    def group(self, key: str, **fields) -> m.Group:
        return self.add(m.Group(key=key, name_en=title(key), **fields))

    def takes_part(self, person, session, **fields) -> None:
        self.add(m.SessionPerson(session_id=session.id, person_id=person.id, **fields))

    def attends(self, group, session, attendance="attends") -> None:
        self.add(m.GroupSession(group_id=group.id, session_id=session.id, attendance=attendance))

    def relate(self, kind: str, first, second, gap: int = 0) -> None:
        self.add(m.Relation(kind=kind, first_id=first.id, second_id=second.id, min_gap_minutes=gap))

    def rule(self, kind: str, **fields) -> None:
        self.add(m.PlaceRule(kind=kind, **fields))

    def findings(self, code: str | None = None) -> list[Finding]:
        return [f for f in check(self.project) if code is None or f.code == code]


def title(key: str) -> str:
    return key.replace("-", " ").title()


@pytest.fixture
def world(tmp_path):
    event = m.Event(name_en="ASEAN-China SME Conference", timezone=TZ, start_date=DAY1, day_count=2)
    project = Project.create(tmp_path / "t.slotwise", event)
    yield World(project)
    project.close()


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


def test_clean_project_has_no_findings(world):
    world.session("opening", expected_onsite=300, duration_minutes=90)
    world.session("webinar", delivery_mode="online", expected_online=1200)
    assert world.findings() == []


# -- rooms ------------------------------------------------------------------------------------

def test_no_rooms_fires_for_on_site_and_hybrid_sessions(tmp_path):
    event = m.Event(name_en="Bare", timezone=TZ, start_date=DAY1)
    with Project.create(tmp_path / "bare.slotwise", event) as project:
        project.add(m.Session(key="forum", title_en="Trade Forum", kind="plenary"),
                    m.Session(key="webinar", title_en="Webinar", kind="plenary", delivery_mode="online",
                              target_timezones=[TZ]),
                    m.Channel(key="zoom", name_en="Zoom", viewer_capacity=10))
        finding = only([f for f in check(project) if f.code == "no-rooms"])
    assert finding.severity == "error"
    assert "'Trade Forum'" in finding.message and "no rooms" in finding.message
    assert finding.subjects == (("session", "forum"),)


def test_no_rooms_is_quiet_when_only_online_sessions(tmp_path):
    event = m.Event(name_en="Bare", timezone=TZ, start_date=DAY1)
    with Project.create(tmp_path / "bare.slotwise", event) as project:
        project.add(m.Session(key="webinar", title_en="Webinar", kind="plenary", delivery_mode="online",
                              target_timezones=[TZ]),
                    m.Channel(key="zoom", name_en="Zoom", viewer_capacity=10))
        assert check(project) == []


def test_no_allowed_room_fires_when_rules_exclude_every_room(world):
    dezhou = world.add(m.City(key="dezhou", name_en="Dezhou"))
    visit = world.session("site-visit")
    world.rule("allowed", session_id=visit.id, city_id=dezhou.id)
    finding = only(world.findings("no-allowed-room"))
    assert finding.severity == "error"
    assert "'Site Visit'" in finding.message
    assert finding.subjects == (("session", "site-visit"),)


def test_no_allowed_room_fires_when_pinned_to_a_prohibited_room(world):
    gala = world.session("gala", pin_room_id=world.hall_b.id)
    world.rule("prohibited", session_id=gala.id, room_tag="ballroom")
    world.project.update(m.Room, "hall-b", tags=["ballroom"])
    finding = only(world.findings("no-allowed-room"))
    assert "pinned to 'Hall B'" in finding.message
    assert ("room", "hall-b") in finding.subjects


def test_no_allowed_room_is_quiet_when_one_room_is_left(world):
    talk = world.session("talk")
    world.rule("prohibited", session_id=talk.id, room_id=world.hall_a.id)
    assert world.findings() == []


def test_no_room_with_features_reports_the_closest_room(world):
    world.session("launch", required_features=["interpretation_booths", "streaming", "led_wall"])
    finding = only(world.findings("no-room-with-features"))
    assert finding.severity == "error"
    assert finding.message == ("'Launch' needs interpretation_booths, streaming and led_wall, but no "
                               "room it may use has them all (closest: 'Hall A' has "
                               "interpretation_booths and streaming but lacks led_wall)")
    assert finding.subjects == (("session", "launch"), ("room", "hall-a"))


def test_no_room_with_features_is_quiet_when_a_room_has_them(world):
    world.session("launch", required_features=["stage", "streaming"])
    assert world.findings() == []


def test_no_room_big_enough_names_the_largest_room_with_the_features(world):
    world.session("sme-finance-forum", expected_onsite=450, required_features=["interpretation_booths"])
    finding = only(world.findings("no-room-big-enough"))
    assert finding.severity == "error"
    assert finding.message == ("'Sme Finance Forum' needs 450 seats and interpretation_booths, but no "
                               "room it may use has both (largest with interpretation_booths: "
                               "'Hall A', 400 seats)")
    assert finding.subjects == (("session", "sme-finance-forum"), ("room", "hall-a"))


def test_no_room_big_enough_respects_place_rules_of_on_site_people(world):
    minister = world.person("minister")
    world.rule("prohibited", person_id=minister.id, room_id=world.hall_b.id)
    forum = world.session("forum", expected_onsite=500)
    world.takes_part(minister, forum)
    finding = only(world.findings("no-room-big-enough"))
    assert "the largest room it may use is 'Hall A', 400 seats" in finding.message


def test_no_room_big_enough_respects_pins(world):
    world.session("forum", expected_onsite=500, pin_room_id=world.hall_a.id)
    assert only(world.findings("no-room-big-enough")).subjects == (("session", "forum"),
                                                                   ("room", "hall-a"))


def test_no_room_big_enough_is_quiet_when_a_remote_persons_rule_would_exclude_the_room(world):
    minister = world.person("minister", home_timezone="Asia/Bangkok")
    world.rule("prohibited", person_id=minister.id, room_id=world.hall_b.id)
    forum = world.session("forum", expected_onsite=500)
    world.takes_part(minister, forum, presence="remote")
    assert world.findings() == []


def test_pin_wrong_mode_fires_for_an_online_session_pinned_to_a_room(world):
    world.session("webinar", delivery_mode="online", pin_room_id=world.hall_a.id)
    finding = only(world.findings("pin-wrong-mode"))
    assert finding.severity == "error"
    assert finding.message == "'Webinar' is online but pinned to the room 'Hall A'"
    assert finding.subjects == (("session", "webinar"), ("room", "hall-a"))


def test_pin_wrong_mode_is_quiet_for_a_hybrid_session_pinned_to_a_room(world):
    world.session("forum", delivery_mode="hybrid", pin_room_id=world.hall_a.id,
                  pin_channel_id=world.stream.id)
    assert world.findings() == []


# -- channels ---------------------------------------------------------------------------------

def test_no_channels_fires_for_online_sessions(world):
    world.project.delete(m.Channel, "main-stream")
    world.session("webinar", delivery_mode="online")
    finding = only(world.findings("no-channels"))
    assert finding.severity == "error" and "'Webinar'" in finding.message
    assert finding.subjects == (("session", "webinar"),)


def test_no_channels_is_quiet_for_on_site_sessions(world):
    world.project.delete(m.Channel, "main-stream")
    world.session("banquet")
    assert world.findings() == []


def test_no_allowed_channel_fires_when_every_channel_is_prohibited(world):
    webinar = world.session("webinar", delivery_mode="online")
    world.rule("prohibited", session_id=webinar.id, channel_id=world.stream.id)
    finding = only(world.findings("no-allowed-channel"))
    assert "'Webinar'" in finding.message and finding.subjects == (("session", "webinar"),)


def test_no_allowed_channel_is_quiet_for_room_rules_and_peoples_channel_rules(world):
    webinar = world.session("webinar", delivery_mode="hybrid")
    world.rule("allowed", session_id=webinar.id, room_id=world.hall_a.id)
    host = world.person("host")
    world.rule("prohibited", person_id=host.id, channel_id=world.stream.id)
    world.takes_part(host, webinar)
    assert world.findings() == []


def test_no_channel_big_enough_fires_when_viewers_exceed_every_channel(world):
    world.add(m.Channel(key="backup", name_en="Backup Stream", viewer_capacity=500))
    world.session("sme-matchmaking", delivery_mode="hybrid", expected_online=2500)
    finding = only(world.findings("no-channel-big-enough"))
    assert finding.severity == "error"
    assert finding.message == ("'Sme Matchmaking' expects 2,500 online viewers, but the largest channel "
                               "it may use, 'Main Stream', takes 2,000")
    assert finding.subjects == (("session", "sme-matchmaking"), ("channel", "main-stream"))


def test_no_channel_big_enough_is_quiet_when_one_channel_suffices(world):
    world.session("sme-matchmaking", delivery_mode="online", expected_online=2000)
    assert world.findings() == []


# -- resources --------------------------------------------------------------------------------

def test_resource_too_small_fires_when_a_session_needs_more_units(world):
    crews = world.add(m.Resource(key="camera-crews", name_en="Camera Crews", capacity=2))
    opening = world.session("opening")
    world.add(m.SessionResource(session_id=opening.id, resource_id=crews.id, amount=3))
    finding = only(world.findings("resource-too-small"))
    assert finding.severity == "error"
    assert finding.message == "'Opening' needs 3 of 'Camera Crews', but there are never more than 2"
    assert finding.subjects == (("session", "opening"), ("resource", "camera-crews"))


def test_resource_too_small_is_quiet_when_a_capacity_window_adds_units(world):
    crews = world.add(m.Resource(key="camera-crews", name_en="Camera Crews", capacity=2))
    world.add(m.Window(kind="capacity", resource_id=crews.id, capacity=3,
                       start=local(DAY1, 8), end=local(DAY1, 12)))
    opening = world.session("opening")
    world.add(m.SessionResource(session_id=opening.id, resource_id=crews.id, amount=3))
    assert world.findings() == []


# -- time -------------------------------------------------------------------------------------

def test_no_time_long_enough_fires_for_a_session_longer_than_a_day(world):
    world.session("marathon", duration_minutes=11 * 60)
    finding = only(world.findings("no-time-long-enough"))
    assert finding.severity == "error"
    assert finding.message == ("'Marathon' lasts 11 h, but the longest time it may use is 10 h "
                               "(28 May 08:00–18:00)")
    assert finding.subjects == (("session", "marathon"),)


def test_no_time_long_enough_intersects_allowed_days_and_windows(world):
    forum = world.session("forum", duration_minutes=180, allowed_days=["2021-05-29"])
    world.add(m.SessionWindow(session_id=forum.id, start=local(DAY1, 8), end=local(DAY1, 18)))
    world.add(m.SessionWindow(session_id=forum.id, start=local(DAY2, 16), end=local(DAY2, 20)))
    finding = only(world.findings("no-time-long-enough"))
    assert "the longest time it may use is 2 h (29 May 16:00–18:00)" in finding.message


def test_no_time_long_enough_fires_when_allowed_days_miss_the_event(world):
    world.session("forum", allowed_days=["2021-06-01"])
    assert "may use no time at all" in only(world.findings("no-time-long-enough")).message


def test_no_time_long_enough_is_quiet_when_a_window_fits(world):
    forum = world.session("forum", duration_minutes=120, allowed_days=["2021-05-29"])
    world.add(m.SessionWindow(session_id=forum.id, start=local(DAY2, 16), end=local(DAY2, 20)))
    world.add(m.SessionWindow(session_id=forum.id, kind="prohibited",
                              start=local(DAY2, 8), end=local(DAY2, 18)))
    world.session("full-day", duration_minutes=600)
    assert world.findings() == []


def test_pin_outside_event_fires_for_a_day_after_the_event(world):
    world.session("signing", pin_start=local(date(2021, 5, 30), 9))
    finding = only(world.findings("pin-outside-event"))
    assert finding.severity == "error"
    assert finding.message == ("'Signing' is pinned to start 30 May 09:00, which is not a day of the "
                               "event (28 May to 29 May)")
    assert finding.subjects == (("session", "signing"),)


def test_pin_outside_event_fires_when_the_session_runs_past_closing(world):
    world.session("signing", pin_start=local(DAY1, 17, 30))
    assert "runs until 18:30, outside the event's hours 08:00–18:00" in \
        only(world.findings("pin-outside-event")).message


def test_pin_off_grid_fires_for_a_start_between_grid_steps(world):
    world.session("signing", pin_start=local(DAY1, 9, 7))
    finding = only(world.findings("pin-off-grid"))
    assert finding.message == ("'Signing' is pinned to start 28 May 09:07, which is not on the "
                               "event's 5-minute grid")


def test_pin_outside_allowed_time_fires_for_a_day_the_session_may_not_use(world):
    world.session("signing", pin_start=local(DAY1, 9), allowed_days=["2021-05-29"])
    assert only(world.findings("pin-outside-allowed-time")).subjects == (("session", "signing"),)


def test_pin_in_prohibited_time_fires_when_the_pin_overlaps_a_prohibited_window(world):
    signing = world.session("signing", pin_start=local(DAY1, 9))
    world.add(m.SessionWindow(session_id=signing.id, kind="prohibited",
                              start=local(DAY1, 9, 30), end=local(DAY1, 11)))
    assert "prohibited" in only(world.findings("pin-in-prohibited-time")).message


def test_pins_are_quiet_inside_the_hours_windows_and_grid(world):
    signing = world.session("signing", pin_start=local(DAY2, 17), allowed_days=["2021-05-29"])
    world.add(m.SessionWindow(session_id=signing.id, start=local(DAY2, 16), end=local(DAY2, 18)))
    world.add(m.SessionWindow(session_id=signing.id, kind="prohibited",
                              start=local(DAY2, 9), end=local(DAY2, 17)))
    assert world.findings() == []


# -- people and groups ------------------------------------------------------------------------

def test_unavailable_whole_event_fires_for_a_person_with_sessions(world):
    envoy = world.person("envoy")
    world.add(m.Window(person_id=envoy.id, start=local(DAY1, 0), end=local(DAY2, 23)))
    keynote = world.session("keynote")
    world.takes_part(envoy, keynote)
    finding = only(world.findings("unavailable-whole-event"))
    assert finding.severity == "error"
    assert finding.message == ("'Envoy' is unavailable for the whole event, but takes part in "
                               "'Keynote'")
    assert finding.subjects == (("person", "envoy"), ("session", "keynote"))


def test_unavailable_whole_event_fires_for_a_group_that_attends(world):
    delegation = world.group("thai-delegation")
    world.add(m.Window(group_id=delegation.id, start=local(DAY1, 8), end=local(DAY1, 18)))
    world.add(m.Window(group_id=delegation.id, start=local(DAY2, 8), end=local(DAY2, 18)))
    world.attends(delegation, world.session("site-visit"))
    assert only(world.findings("unavailable-whole-event")).subjects[0] == ("group", "thai-delegation")


def test_unavailable_whole_event_is_quiet_with_an_hour_free_or_no_sessions(world):
    envoy = world.person("envoy")
    world.add(m.Window(person_id=envoy.id, start=local(DAY1, 0), end=local(DAY2, 17)))
    world.takes_part(envoy, world.session("keynote"))
    idle = world.person("idle")
    world.add(m.Window(person_id=idle.id, start=local(DAY1, 0), end=local(DAY2, 23)))
    assert world.findings() == []


def test_overbooked_fires_when_sessions_outlast_the_event(world):
    host = world.person("host")
    for n in range(3):
        world.takes_part(host, world.session(f"block-{n}", duration_minutes=420))
    finding = only(world.findings("overbooked"))
    assert finding.severity == "error"
    assert finding.message == ("'Host' takes part in 'Block 0', 'Block 1' and 'Block 2', 21 h in total, "
                               "but the event is open for only 20 h")
    assert finding.subjects[0] == ("person", "host")


def test_overbooked_counts_only_the_time_a_group_is_available(world):
    delegation = world.group("delegation")
    world.add(m.Window(group_id=delegation.id, start=local(DAY1, 8), end=local(DAY1, 18)))
    world.attends(delegation, world.session("tour", duration_minutes=360))
    world.attends(delegation, world.session("talks", duration_minutes=360))
    assert "is available for only 10 h of the event" in only(world.findings("overbooked")).message


def test_overbooked_is_quiet_when_sessions_fit_or_are_only_of_interest(world):
    host = world.person("host")
    world.takes_part(host, world.session("block-1", duration_minutes=600))
    world.takes_part(host, world.session("block-2", duration_minutes=600))
    world.takes_part(host, world.session("if-time-allows", optional=True))
    audience = world.group("audience", kind="audience")
    world.attends(audience, world.session("extra", duration_minutes=600), attendance="interested")
    world.attends(audience, world.session("block-3", duration_minutes=600))
    world.attends(audience, world.session("block-4", duration_minutes=600))
    assert world.findings() == []


# -- relations --------------------------------------------------------------------------------

def test_before_cycle_reports_the_circle_in_order(world):
    a, b, c = (world.session(k) for k in ("welcome", "keynote", "panel-talk"))
    world.relate("before", a, b)
    world.relate("before", b, c)
    world.relate("before", c, a)
    finding = only(world.findings("before-cycle"))
    assert finding.severity == "error"
    assert "'Welcome' → 'Keynote' → 'Panel Talk' → 'Welcome'" in finding.message
    assert finding.subjects == (("session", "welcome"), ("session", "keynote"),
                                ("session", "panel-talk"))


def test_before_cycle_is_quiet_for_a_chain(world):
    a, b, c = (world.session(k) for k in ("welcome", "keynote", "panel-talk"))
    world.relate("before", a, b)
    world.relate("before", b, c)
    world.relate("before", a, c)
    assert world.findings() == []


def test_contradictory_relations_fires_for_same_time_and_different_day(world):
    a, b = world.session("forum-a"), world.session("forum-b")
    world.relate("same_time", a, b)
    world.relate("different_day", b, a)
    finding = only(world.findings("contradictory-relations"))
    assert finding.severity == "error"
    assert finding.message == ("'Forum B' and 'Forum A' must be at the same time and also on different "
                               "days, which cannot both hold")
    assert set(finding.subjects) == {("session", "forum-a"), ("session", "forum-b")}


def test_contradictory_relations_follows_chains_of_same_time(world):
    a, b, c = world.session("forum-a"), world.session("forum-b"), world.session("forum-c")
    world.relate("same_time", a, b)
    world.relate("same_time", b, c)
    world.relate("not_same_time", a, c)
    finding = only(world.findings("contradictory-relations"))
    assert "(tied through 'Forum B') and also not at the same time" in finding.message
    assert finding.subjects == (("session", "forum-a"), ("session", "forum-c"),
                                ("session", "forum-b"))


def test_contradictory_relations_fires_for_same_day_and_different_day(world):
    a, b = world.session("forum-a"), world.session("forum-b")
    world.relate("same_day", a, b)
    world.relate("different_day", a, b)
    assert "must be on the same day and also on different days" in \
        only(world.findings("contradictory-relations")).message


def test_contradictory_relations_is_quiet_for_same_time_with_different_durations(world):
    a = world.session("forum-a", duration_minutes=60)
    b = world.session("forum-b", duration_minutes=90)
    c = world.session("forum-c")
    world.relate("same_time", a, b)
    world.relate("same_day", a, c)
    world.relate("not_same_time", a, c)
    assert world.findings() == []


def test_before_cannot_fit_fires_when_the_gap_outlasts_the_event(world):
    arrival, talks = world.session("arrival"), world.session("talks")
    world.relate("before", arrival, talks, gap=2 * 24 * 60)
    finding = only(world.findings("before-cannot-fit"))
    assert finding.severity == "error"
    assert finding.message == ("'Arrival' must end at least 48 h before 'Talks' starts, but 'Arrival' "
                               "cannot end before 28 May 09:00 and 'Talks' must start by 29 May 17:00")
    assert finding.subjects == (("session", "arrival"), ("session", "talks"))


def test_before_cannot_fit_uses_pins_and_allowed_days(world):
    arrival = world.session("arrival", allowed_days=["2021-05-29"])
    talks = world.session("talks", pin_start=local(DAY2, 8, 30))
    world.relate("before", arrival, talks)
    finding = only(world.findings("before-cannot-fit"))
    assert "cannot end before 29 May 09:00 and 'Talks' must start by 29 May 08:30" in finding.message


def test_before_cannot_fit_is_quiet_when_the_pin_leaves_just_enough_time(world):
    arrival = world.session("arrival", allowed_days=["2021-05-29"])
    talks = world.session("talks", pin_start=local(DAY2, 9))
    world.relate("before", arrival, talks)
    assert world.findings() == []


def test_before_cannot_fit_is_quiet_when_an_overnight_gap_fits(world):
    arrival, talks = world.session("arrival"), world.session("talks")
    world.relate("before", arrival, talks, gap=20 * 60)
    assert world.findings() == []


# -- cancelled and optional sessions -----------------------------------------------------------

def test_cancelled_sessions_are_never_reported(world):
    huge = world.session("mega-forum", status="cancelled", expected_onsite=9000, duration_minutes=900,
                         pin_room_id=world.hall_a.id, delivery_mode="online", target_timezones=[])
    other = world.session("other")
    world.relate("same_time", huge, other)
    world.relate("different_day", huge, other)
    assert world.findings() == []


def test_an_impossible_optional_session_is_only_a_warning(world):
    world.session("side-event", expected_onsite=9000, optional=True)
    finding = only(world.findings("no-room-big-enough"))
    assert finding.severity == "warning"
    assert "optional" in finding.message


# -- warnings ---------------------------------------------------------------------------------

def test_no_interpretation_fires_without_booths_resource_or_interpreter(world):
    forum = world.session("forum", interpretation=True)
    world.rule("allowed", session_id=forum.id, room_id=world.hall_b.id)
    finding = only(world.findings("no-interpretation"))
    assert finding.severity == "warning"
    assert "'Forum' needs interpretation" in finding.message
    assert finding.subjects == (("session", "forum"),)


def test_no_interpretation_is_quiet_with_an_interpretation_resource_or_booths(world):
    team = world.add(m.Resource(key="team", name_en="EN-ZH Team", kind="interpretation"))
    webinar = world.session("webinar", delivery_mode="online", interpretation=True)
    world.add(m.SessionResource(session_id=webinar.id, resource_id=team.id))
    world.session("forum", interpretation=True)  # may use Hall A, which has booths
    briefing = world.session("briefing", interpretation=True, pin_room_id=world.hall_b.id)
    world.takes_part(world.person("interpreter"), briefing, role="interpreter")
    assert world.findings() == []


def test_remote_person_without_timezone_fires(world):
    envoy = world.person("envoy")
    world.takes_part(envoy, world.session("keynote", delivery_mode="hybrid"), presence="remote")
    finding = only(world.findings("remote-person-without-timezone"))
    assert finding.severity == "warning"
    assert finding.message.startswith("'Envoy' joins 'Keynote' remotely but has no home time zone")
    assert finding.subjects == (("person", "envoy"), ("session", "keynote"))


def test_remote_person_without_timezone_is_quiet_on_site_or_with_a_zone(world):
    keynote = world.session("keynote", delivery_mode="hybrid")
    world.takes_part(world.person("host"), keynote)
    world.takes_part(world.person("envoy", home_timezone="Asia/Yangon"), keynote, presence="remote")
    assert world.findings() == []


def test_no_target_timezones_fires_for_hybrid_sessions(world):
    world.session("forum", delivery_mode="hybrid", target_timezones=[])
    finding = only(world.findings("no-target-timezones"))
    assert finding.severity == "warning" and "'Forum'" in finding.message
    assert finding.subjects == (("session", "forum"),)


def test_no_target_timezones_is_quiet_on_site(world):
    world.session("forum", target_timezones=[])
    assert world.findings() == []


def test_session_without_people_fires_for_a_keynote(world):
    world.session("vision-2030", kind="keynote")
    finding = only(world.findings("session-without-people"))
    assert finding.severity == "warning"
    assert finding.message == "'Vision 2030' is a keynote but nobody is assigned to it"


def test_session_without_people_is_quiet_for_breaks_and_staffed_panels(world):
    world.session("coffee", kind="break")
    panel = world.session("panel", kind="panel")
    world.takes_part(world.person("moderator"), panel, role="moderator")
    assert world.findings() == []


def test_missing_travel_time_fires_between_cities_with_venues(world):
    dezhou = world.add(m.City(key="dezhou", name_en="Dezhou"))
    world.add(m.Venue(key="dezhou-hall", city_id=dezhou.id, name_en="Dezhou Hall"))
    finding = only(world.findings("missing-travel-time"))
    assert finding.severity == "warning"
    assert "no travel time between 'Jinan' and 'Dezhou'" in finding.message
    assert finding.subjects == (("city", "jinan"), ("city", "dezhou"))


def test_missing_travel_time_is_quiet_with_one_direction_or_cities_without_venues(world):
    dezhou = world.add(m.City(key="dezhou", name_en="Dezhou"))
    world.add(m.City(key="taian", name_en="Tai'an"))
    world.add(m.Venue(key="dezhou-hall", city_id=dezhou.id, name_en="Dezhou Hall"))
    world.add(m.TravelTime(from_city_id=dezhou.id, to_city_id=world.jinan.id, minutes=95))
    assert world.findings() == []


def test_room_without_seats_fires(world):
    world.room("control-room", seats=0)
    finding = only(world.findings("room-without-seats"))
    assert finding.severity == "warning"
    assert "'Control Room'" in finding.message and finding.subjects == (("room", "control-room"),)


def test_room_without_seats_is_quiet_with_one_seat(world):
    world.room("booth", seats=1)
    assert world.findings() == []


# -- output -----------------------------------------------------------------------------------

def test_format_findings_puts_errors_first_one_per_line(world):
    world.room("control-room", seats=0)
    world.session("marathon", duration_minutes=11 * 60)
    findings = world.findings()
    assert [f.severity for f in findings] == ["error", "warning"]
    lines = format_findings(reversed(findings)).splitlines()
    assert lines[0].startswith("error: 'Marathon' lasts 11 h")
    assert lines[1] == "warning: 'Control Room' (Jinan IEC) has 0 seats"
    assert has_errors(findings)


def test_has_errors_is_false_for_warnings_only(world):
    world.room("control-room", seats=0)
    findings = world.findings()
    assert findings and not has_errors(findings)
    assert format_findings([]) == ""
