"""The online programme in an audience's zone: exact local clock times (half-hour offsets
too), sessions over local midnight with both dates, and the business-hours mark."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_kit import EVENT, ZH, make, place, session
from scheduler.agendas import ASEAN_ZONES, offered_zones, online_programme
from scheduler.problem import PersonInfo, Placement

OPENING = "09:00"  # Shanghai
EPOCH = datetime(2021, 5, 27, 16, tzinfo=timezone.utc)  # midnight of 28 May in Shanghai


def programme_of(*entries, zone="Asia/Jakarta", **kwargs):
    """``entries``: (key, mode, day, clock, duration)."""
    problem = make([session(k, duration, mode=mode) for k, mode, _, _, duration in entries])
    schedule = dict(place(k, day, clock, None if mode == "online" else "hall-a",
                          None if mode == "on_site" else "main-stream")
                    for k, mode, day, clock, _ in entries)
    return online_programme(problem, schedule, zone, **kwargs)


@pytest.mark.parametrize("zone, start, end", [
    ("Asia/Jakarta", "08:00", "08:40"),  # UTC+7
    ("Asia/Yangon", "07:30", "08:10"),  # UTC+6:30
    ("Asia/Jayapura", "10:00", "10:40"),  # UTC+9
    ("Asia/Shanghai", "09:00", "09:40")])
def test_the_opening_is_shown_at_the_audiences_clock_time(zone, start, end):
    programme = programme_of(("opening", "hybrid", 0, OPENING, 40), zone=zone)
    (item,) = programme.items
    assert (f"{item.local.start:%H:%M}", f"{item.local.end:%H:%M}") == (start, end)
    assert item.local.start_date == date(2021, 5, 28) and not item.local.crosses_midnight
    assert item.event_time.text == "09:00–09:40"
    assert item.local.start.utcoffset() == item.local.start.tzinfo.utcoffset(item.local.start)


def test_only_scheduled_sessions_with_an_online_part_are_listed_in_time_order():
    problem = make([session("hall"), session("web", mode="online"),
                    session("both", mode="hybrid"), session("later", mode="online")])
    schedule = dict([place("hall", 0, "09:00", "hall-a"),
                     place("both", 0, "11:00", "hall-a", "main-stream"),
                     place("web", 0, "10:00", None, "main-stream")])
    programme = online_programme(problem, schedule, "Asia/Manila", zh=ZH)
    assert [i.session for i in programme.items] == ["web", "both"]
    assert programme.items[1].place.words() == "Hall A, Jinan IEC, Jinan · Main Stream"


def test_a_session_over_local_midnight_in_auckland_keeps_both_dates():
    # 19:30–20:30 in Shanghai is 23:30–00:30 in Auckland (NZST, UTC+12, in May)
    programme = programme_of(("late", "online", 0, "19:30", 60), zone="Pacific/Auckland")
    (item,) = programme.items
    assert item.local.start == datetime(2021, 5, 28, 23, 30, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert (item.local.start_date, item.local.end_date) == (date(2021, 5, 28), date(2021, 5, 29))
    assert item.local.crosses_midnight and item.local.text == "23:30–00:30 (+1)"
    assert item.outside_hours
    assert list(programme.dates()) == [date(2021, 5, 28)]


def test_in_new_york_a_session_can_start_the_day_before_the_event():
    # 11:30–12:30 in Shanghai on 28 May is 23:30 on 27 May to 00:30 on 28 May in New York (EDT)
    programme = programme_of(("noon", "hybrid", 0, "11:30", 60), zone="America/New_York")
    (item,) = programme.items
    assert (item.local.start_date, item.local.end_date) == (date(2021, 5, 27), date(2021, 5, 28))
    assert f"{item.local.start:%H:%M}" == "23:30" and item.local.days_later == 1
    assert item.local.start.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize("shanghai, duration, outside", [
    ("10:00", 540, False),  # Jakarta 09:00–18:00: exactly the business hours
    ("09:55", 60, True),  # starts 08:55
    ("10:00", 545, True),  # ends 18:05
    ("18:55", 5, False),  # 17:55–18:00
    ("19:00", 5, True),  # 18:00–18:05
])
def test_business_hours_at_their_boundaries(shanghai, duration, outside):
    programme = programme_of(("s", "online", 0, shanghai, duration))
    assert programme.items[0].outside_hours is outside
    assert programme.outside_count == int(outside)


def test_business_hours_can_be_chosen_and_must_make_sense():
    entry = ("s", "online", 0, "16:00", 60)  # Jakarta 15:00–16:00
    assert not programme_of(entry).items[0].outside_hours
    assert programme_of(entry, business_hours=(time(8), time(15, 30))).items[0].outside_hours
    with pytest.raises(ValueError, match="18:00–09:00"):
        programme_of(entry, business_hours=(time(18), time(9)))
    with pytest.raises(ValueError, match="Asia/Jakata"):
        programme_of(entry, zone="Asia/Jakata")


def test_offered_zones_start_with_the_event_then_the_audiences_and_homes():
    problem = make([session("a", target_timezones=("Asia/Yangon", "Asia/Dili")),
                    session("b", target_timezones=("Asia/Dili",))],
                   people=[PersonInfo("x", "X", home_timezone="Europe/Berlin"),
                           PersonInfo("y", "Y", home_timezone="Asia/Jakarta")])
    zones = offered_zones(problem)
    assert zones[:5] == ("Asia/Shanghai", "Asia/Dili", "Asia/Yangon", "Asia/Jakarta",
                         "Europe/Berlin")
    assert set(ASEAN_ZONES) <= set(zones) and len(zones) == len(set(zones))


def test_the_kits_epoch_is_midnight_in_shanghai():
    assert EVENT.epoch == EPOCH


ZONES = ["Asia/Yangon", "Asia/Kathmandu", "Asia/Jayapura", "Pacific/Chatham", "America/St_Johns",
         "Pacific/Kiritimati", "Pacific/Pago_Pago", "Australia/Lord_Howe", "Europe/London", "UTC"]


@settings(max_examples=200, deadline=None)
@given(start=st.integers(-1440, 3 * 1440), duration=st.integers(5, 600),
       zone=st.sampled_from(ZONES))
def test_converted_times_are_the_zones_clock_for_any_minute(start, duration, zone):
    problem = make([session("s", duration, mode="online")])
    schedule = {"s": Placement("s", start, None, "main-stream")}
    (item,) = online_programme(problem, schedule, zone).items
    utc = EPOCH + timedelta(minutes=start)
    expected_start = utc.astimezone(ZoneInfo(zone))
    expected_end = (utc + timedelta(minutes=duration)).astimezone(ZoneInfo(zone))
    assert item.local.start.replace(tzinfo=None) == expected_start.replace(tzinfo=None)
    assert item.local.end.replace(tzinfo=None) == expected_end.replace(tzinfo=None)
    assert item.local.days_later == (expected_end.date() - expected_start.date()).days
    within = (expected_start.date() == expected_end.date()
              and time(9) <= expected_start.time() and expected_end.time() <= time(18))
    assert item.outside_hours is not within
