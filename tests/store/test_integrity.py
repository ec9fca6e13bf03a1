"""The project file refuses bad data: through the Project API with a readable message, and in
the database itself when the Python checks are bypassed (raw SQL on the file)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from scheduler import DataError, Project
from scheduler.domain import models as m

SHANGHAI = timezone(timedelta(hours=8))


def at(hour: int, day: int = 28) -> datetime:
    return datetime(2021, 5, day, hour, tzinfo=SHANGHAI)


@pytest.fixture
def places(project):
    """Jinan, one venue with Hall A, a livestream channel and a session pinned to Hall A."""
    city = m.City(key="jinan", name_en="Jinan", name_zh="济南")
    project.add(city)
    venue = m.Venue(key="iec", city_id=city.id, name_en="Shandong International Convention Centre")
    project.add(venue)
    room = m.Room(key="hall-a", venue_id=venue.id, name_en="Hall A", seats=400)
    channel = m.Channel(key="live", name_en="Main livestream", viewer_capacity=1200)
    project.add(room, channel)
    session = m.Session(key="opening", title_en="Opening Ceremony", title_zh="开幕式",
                        pin_room_id=room.id, pin_start=at(9))
    project.add(session)
    return {"city": city.id, "venue": venue.id, "room": room.id, "channel": channel.id,
            "session": session.id}


# -- the database itself ---------------------------------------------------------------------

GOOD_ROWS = {
    "room": {"key": "hall-b", "venue_id": "{venue}", "name_en": "Hall B", "name_zh": "",
             "seats": 80, "features": "[]", "tags": "[]", "changeover_minutes": 0},
    "session": {"uid": "3b0f4c2e-9d7a-4f3e-8a11-2c5d6e7f8a90", "key": "forum",
                "title_en": "RCEP forum", "title_zh": "", "description": "", "kind": "forum",
                "delivery_mode": "hybrid", "duration_minutes": 60, "expected_onsite": 0,
                "expected_online": 0, "required_features": "[]", "allowed_days": "[]",
                "language": "zh", "interpretation": 0, "track": "", "tags": "[]",
                "target_timezones": "[]", "optional": 0, "status": "confirmed"},
    "time_window": {"kind": "unavailable", "start": "2021-05-28T01:00:00Z",
                    "end": "2021-05-28T02:00:00Z", "note": "", "room_id": "{room}"},
    "city": {"key": "dezhou", "name_en": "Dezhou", "name_zh": "德州", "timezone": ""},
}


def raw_insert(path, table: str, ids: dict, **override) -> None:
    """INSERT a row with plain sqlite3, foreign keys on as in every connection Slotwise opens."""
    row = {name: (value.format(**ids) if isinstance(value, str) and value.startswith("{")
                  else value) for name, value in (GOOD_ROWS[table] | override).items()}
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        with connection:
            connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    finally:
        connection.close()


def raw_count(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("table", sorted(GOOD_ROWS))
def test_raw_insert_of_a_good_row_is_accepted(project, places, table):
    # The control for the refusals below: each of those differs from one of these in one field.
    before = raw_count(project.path, table)
    raw_insert(project.path, table, places)
    assert raw_count(project.path, table) == before + 1


RAW_REFUSALS = {
    "negative seats": ("room", {"seats": -1}, "CHECK constraint failed: seats_not_negative"),
    "zero duration": ("session", {"duration_minutes": 0}, "CHECK constraint failed: duration_positive"),
    "window ends before it starts": ("time_window", {"end": "2021-05-28T00:30:00Z"},
                                     "CHECK constraint failed: window_ends_after_start"),
    "window with two owners": ("time_window", {"channel_id": "{channel}"},
                               "CHECK constraint failed: window_has_one_owner"),
    "unknown session kind": ("session", {"kind": "lecture"}, "CHECK constraint failed: kind_valid"),
    "unknown delivery mode": ("session", {"delivery_mode": "in person"},
                              "CHECK constraint failed: delivery_mode_valid"),
    "room in a missing venue": ("room", {"venue_id": 999}, "FOREIGN KEY constraint failed"),
    "duplicate city name": ("city", {"name_en": "Jinan"}, "UNIQUE constraint failed: city.name_en"),
    "duplicate key": ("room", {"key": "hall-a"}, "UNIQUE constraint failed: room.key"),
    "empty title": ("session", {"title_en": ""}, "CHECK constraint failed: title_en_not_empty"),
}


@pytest.mark.parametrize("case", list(RAW_REFUSALS))
def test_database_refuses_bad_rows_written_with_raw_sql(project, places, case):
    table, override, message = RAW_REFUSALS[case]
    before = raw_count(project.path, table)
    with pytest.raises(sqlite3.IntegrityError, match=message):
        raw_insert(project.path, table, places, **override)
    assert raw_count(project.path, table) == before


# -- through the Project API -----------------------------------------------------------------

def bad_rows(ids: dict) -> dict:
    return {
        "negative seats": (m.Room(key="hall-b", venue_id=ids["venue"], name_en="Hall B", seats=-1),
                           ["room 'Hall B'", "seats"]),
        "zero duration": (m.Session(key="forum", title_en="RCEP forum", duration_minutes=0),
                          ["session 'RCEP forum'", "duration_minutes"]),
        "window ends before it starts": (m.Window(start=at(10), end=at(9), room_id=ids["room"]),
                                         ["window", "end", "must end after it starts"]),
        "window with two owners": (m.Window(start=at(9), end=at(10), room_id=ids["room"],
                                            channel_id=ids["channel"]), ["window", "one owner"]),
        "unknown session kind": (m.Session(key="forum", title_en="RCEP forum", kind="lecture"),
                                 ["session 'RCEP forum'", "kind", "'lecture'"]),
        "room in a missing venue": (m.Room(key="hall-b", venue_id=999, name_en="Hall B"),
                                    ["room 'Hall B'", "venue_id", "not in the project"]),
        "duplicate city name": (m.City(key="jinan-2", name_en="Jinan"),
                                ["city 'Jinan'", "name_en"]),
        "duplicate key": (m.Room(key="hall-a", venue_id=ids["venue"], name_en="Hall B"),
                          ["room 'Hall B'", "key"]),
        "naive time": (m.Window(start=datetime(2021, 5, 28, 9), end=datetime(2021, 5, 28, 10),
                                room_id=ids["room"]), ["window", "start", "time zone"]),
    }


@pytest.mark.parametrize("case", list(bad_rows(dict.fromkeys(["venue", "room", "channel"], 1))))
def test_add_refuses_bad_rows_naming_the_field(project, places, case):
    row, words = bad_rows(places)[case]
    before = project.counts()
    with pytest.raises(DataError) as error:
        project.add(row)
    for word in words:
        assert word in str(error.value)
    assert project.counts() == before
    assert project.all(m.Window) == []


@pytest.mark.parametrize("model, key, fields, words", [
    (m.Room, "hall-a", {"seats": -5}, ["seats"]),
    (m.Room, "hall-a", {"venue_id": 999}, ["venue_id", "venue"]),
    (m.Session, "opening", {"kind": "lecture"}, ["kind", "'lecture'"]),
    (m.Session, "opening", {"pin_start": datetime(2021, 5, 28, 9)}, ["pin_start", "time zone"]),
    (m.City, "jinan", {"name_en": ""}, ["name_en", "empty"]),
    (m.Session, "opening", {"colour": "red"}, ["colour"]),
])
def test_update_refuses_bad_values_and_keeps_the_old_ones(project, places, model, key, fields,
                                                         words):
    before = project.get(model, key).model_dump()
    with pytest.raises(DataError) as error:
        project.update(model, key, **fields)
    for word in words:
        assert word in str(error.value)
    assert project.get(model, key).model_dump() == before


def test_update_refuses_a_name_another_row_has(project, places):
    project.add(m.City(key="dezhou", name_en="Dezhou"))
    with pytest.raises(DataError, match="city 'dezhou'.*name_en"):
        project.update(m.City, "dezhou", name_en="Jinan")
    assert project.get(m.City, "dezhou").name_en == "Dezhou"


# -- foreign keys ----------------------------------------------------------------------------

def test_foreign_keys_are_enforced_on_the_projects_connections(project):
    with project.transaction() as db:
        assert db.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_deleting_a_venue_deletes_its_rooms_and_their_windows(project, places):
    project.add(m.Window(start=at(9), end=at(10), room_id=places["room"]))
    changes = project.delete(m.Venue, "iec")
    assert changes.touches(m.Venue, m.Room)
    assert project.all(m.Room) == []
    assert project.all(m.Window) == []
    assert [city.key for city in project.all(m.City)] == ["jinan"]


def test_deleting_a_room_clears_the_pins_that_named_it_but_keeps_the_session(project, places):
    changes = project.delete(m.Room, "hall-a")
    session = project.get(m.Session, "opening")
    assert session.pin_room_id is None
    assert session.pin_start == at(9)
    assert changes.touches(m.Session), "a window showing sessions must refresh their pins"


def test_deleting_a_city_deletes_travel_times_to_it(project, places):
    project.add(m.City(key="dezhou", name_en="Dezhou"))
    ids = {city.key: city.id for city in project.all(m.City)}
    project.add(m.TravelTime(from_city_id=ids["jinan"], to_city_id=ids["dezhou"], minutes=75))
    project.delete(m.City, "dezhou")
    assert project.all(m.TravelTime) == []


# -- times -----------------------------------------------------------------------------------

def test_naive_times_are_refused_even_when_the_checks_are_bypassed(project, places):
    with pytest.raises(Exception, match="no time zone"):
        with project.transaction() as db:
            db.add(m.Window(start=datetime(2021, 5, 28, 9), end=datetime(2021, 5, 28, 10),
                            room_id=places["room"]))
    assert project.all(m.Window) == []


def test_times_come_back_aware_in_utc_and_equal(project, places):
    start, end = at(9), at(10, day=29)
    project.add(m.Window(kind="preferred", start=start, end=end, room_id=places["room"]))
    [window] = project.all(m.Window)
    assert window.start == start and window.end == end
    assert window.start.utcoffset() == timedelta(0)
    assert window.start.hour == 1  # 09:00 in Shanghai is 01:00 UTC
    connection = sqlite3.connect(project.path)
    try:
        stored = connection.execute('SELECT start, "end" FROM time_window').fetchone()
    finally:
        connection.close()
    assert stored == ("2021-05-28T01:00:00Z", "2021-05-29T02:00:00Z")


def test_a_session_pin_time_survives_reopening(project_path, project, places):
    project.close()
    with Project.open(project_path) as reopened:
        pin = reopened.get(m.Session, "opening").pin_start
    assert pin == at(9) and pin.tzinfo is not None


# -- session uids ----------------------------------------------------------------------------

def test_a_sessions_uid_never_changes_across_updates(project, places):
    uid = project.get(m.Session, "opening").uid
    project.update(m.Session, "opening", title_en="Opening Plenary", duration_minutes=90,
                   pin_room_id=None, pin_start=at(10))
    project.update(m.Session, "opening", key="opening-plenary")
    assert project.get(m.Session, "opening-plenary").uid == uid
    with pytest.raises(DataError, match="uid"):
        project.update(m.Session, "opening-plenary", uid="00000000-0000-4000-8000-000000000000")
    assert project.get(m.Session, "opening-plenary").uid == uid


def test_new_sessions_get_distinct_uids(project):
    project.add(m.Session(key="a", title_en="A"), m.Session(key="b", title_en="B"))
    uids = [session.uid for session in project.all(m.Session)]
    assert len(set(uids)) == 2 and all(len(uid) == 36 for uid in uids)


# -- change records --------------------------------------------------------------------------

def test_changes_name_the_tables_that_were_touched(project, places):
    assert project.add(m.City(key="dezhou", name_en="Dezhou")).tables == {"city"}
    person = m.Person(key="li-wei", name_en="Li Wei", name_zh="李伟")
    group = m.Group(key="envoys", name_en="ASEAN envoys")
    assert project.add(person, group).tables == {"person", "audience_group"}
    changes = project.update(m.Session, "opening", title_en="Opening Plenary")
    assert changes.tables == {"session"} and not changes.schedule
    assert project.update_event(day_count=3).tables == {"event"}
    deleted = project.delete(m.Room, "hall-a")
    assert {"room", "time_window", "assignment", "session"} <= deleted.tables
    assert deleted.schedule and deleted.touches(m.Room) and not deleted.touches(m.Person)
