"""Publishing versions: numbers, frozen copies, RFC 5545 sequence numbers, one transaction."""

from __future__ import annotations

import importlib
from datetime import datetime, timedelta, timezone

import pytest

from scheduler.domain import models as m
from scheduler.errors import DataError, NotFound
from scheduler.interchange.json_format import create_project_from_json, write_event_json
from scheduler.problem import Placement
from scheduler.publishing import publish, version_entries, versions, working_entries
from scheduler.snapshot import published_schedule, snapshot, stored_schedule
from publishing_kit import place

# The module, not the function of the same name that the package exports.
versions_module = importlib.import_module("scheduler.publishing.versions")
SHANGHAI = timezone(timedelta(hours=8))
UTC = timezone.utc


@pytest.fixture
def project(scheduled):
    """The small sample with its schedule stored, nothing published."""
    return scheduled


def uid(project, key: str) -> str:
    return project.get(m.Session, key).uid


def entry(project, number, key: str) -> m.VersionEntry:
    entries = working_entries(project) if number == "working" else version_entries(project, number)
    return entries[uid(project, key)]


def sequences(project, number: int) -> dict[str, int]:
    return {e.data["key"]: e.sequence for e in version_entries(project, number).values()}


def add_roundtable(project) -> None:
    """A new session with a speaker and a delegation, scheduled at 14:30 in Meeting Room 201."""
    project.add(m.Session(key="investment-roundtable", title_en="Investment Roundtable",
                          title_zh="投资圆桌", kind="panel", duration_minutes=60))
    session = project.get(m.Session, "investment-roundtable")
    project.add(m.SessionPerson(session_id=session.id, person_id=project.get(m.Person, "chen-zhiyuan").id,
                                role="moderator"),
                m.GroupSession(group_id=project.get(m.Group, "asean-delegation").id, session_id=session.id))
    place(project, "investment-roundtable", start=870, room="sicec-room-201")


def test_first_version_freezes_every_session_with_what_a_calendar_needs(project):
    version = publish(project, "First programme", now=datetime(2021, 5, 20, 10, 0, 30, 999_999, SHANGHAI))
    assert (version.number, version.note) == (1, "First programme")
    assert version.published_at == datetime(2021, 5, 20, 2, 0, 30, tzinfo=UTC)
    assert version.published_at.utcoffset() == timedelta(0)

    entries = version_entries(project, 1)
    assert len(entries) == 10
    assert {e.sequence for e in entries.values()} == {0}
    assert {e.status for e in entries.values()} == {"confirmed"}
    opening = entries[uid(project, "opening")]
    assert (opening.start, opening.end) == (datetime(2021, 5, 28, 1, 0, tzinfo=UTC),
                                            datetime(2021, 5, 28, 1, 30, tzinfo=UTC))
    assert (opening.room_key, opening.channel_key) == ("sicec-main-hall", "livestream-main")
    data = opening.data
    assert (data["title_en"], data["title_zh"]) == ("Opening Ceremony", "开幕式")
    assert (data["kind"], data["delivery_mode"], data["language"], data["interpretation"]) == \
        ("opening", "hybrid", "zh", True)
    assert (data["track"], data["tags"]) == ("Plenary", ["belt-and-road"])
    assert (data["room_name_en"], data["room_name_zh"]) == ("Main Hall", "主会场")
    assert (data["venue_key"], data["venue_name_zh"]) == ("jinan-sicec", "山东国际会展中心")
    assert data["venue_address_en"] == "1 Rizhao Road, Huaiyin District, Jinan, Shandong"
    assert (data["latitude"], data["longitude"]) == (36.6625, 116.8877)
    assert (data["city_key"], data["city_name_en"], data["city_name_zh"]) == ("jinan", "Jinan", "济南")
    assert (data["channel_name_en"], data["join_url"]) == \
        ("Main Livestream", "https://live.example.org/sme-day/main")
    assert {"key": "teo-boon-heng", "name_en": "Teo Boon Heng", "name_zh": "张文兴", "role": "speaker",
            "presence": "on_site"} in data["people"]
    assert [p["key"] for p in data["people"]] == ["zhou-liqun", "teo-boon-heng", "li-yanan"]
    assert data["groups"] == [{"key": "asean-delegation", "name_en": "ASEAN Delegation",
                               "name_zh": "东盟代表团", "attendance": "attends"}]
    assert (data["expected_onsite"], data["expected_online"]) == (150, 600)
    webinar = entries[uid(project, "tourism-webinar")]
    assert webinar.room_key is None and webinar.data["venue_key"] is None
    assert webinar.data["channel_key"] == "livestream-main"


def test_unscheduled_and_cancelled_sessions_are_published_too(project):
    place(project, "b2b-digital", start=None)
    project.update(m.Session, "press-briefing", status="cancelled")
    project.update(m.Session, "keynote", status="tentative")
    publish(project, "First")

    unscheduled = entry(project, 1, "b2b-digital")
    assert (unscheduled.status, unscheduled.start, unscheduled.end, unscheduled.room_key,
            unscheduled.channel_key, unscheduled.sequence) == ("confirmed", None, None, None, None, 0)
    cancelled = entry(project, 1, "press-briefing")
    assert (cancelled.status, cancelled.start, cancelled.sequence) == ("cancelled", None, 0)
    assert cancelled.data["title_zh"] == "新闻发布会"
    assert entry(project, 1, "keynote").status == "tentative"
    assert len(version_entries(project, 1)) == 10


def test_sequence_goes_up_by_one_only_when_time_place_or_status_changes(project):
    publish(project, "v1")
    place(project, "keynote", start=660)  # time
    place(project, "closing", room="taian-taishan-hall")  # room, venue and city
    place(project, "tourism-webinar", channel="b2b-room")  # channel only: not a SEQUENCE change
    project.update(m.Session, "rcep-forum", title_en="RCEP Policy Forum 2021")  # words only
    project.update(m.Session, "press-briefing", status="cancelled")
    project.delete(m.Session, "b2b-digital")
    add_roundtable(project)
    publish(project, "v2")

    assert [v.number for v in versions(project)] == [1, 2]
    assert sequences(project, 2) == {
        "opening": 0, "press-briefing": 1, "keynote": 1, "rcep-forum": 0, "sme-finance-panel": 0,
        "taian-forum": 0, "b2b-agri-food": 0, "b2b-digital": 1, "tourism-webinar": 0, "closing": 1,
        "investment-roundtable": 0}

    place(project, "keynote", start=690)
    publish(project, "v3")
    assert sequences(project, 3) == sequences(project, 2) | {"keynote": 2}
    for number in (2, 3):
        press = entry(project, number, "press-briefing")
        assert (press.status, press.sequence) == ("cancelled", 1)
        assert press.start == datetime(2021, 5, 28, 1, 30, tzinfo=UTC)  # where people expect it
        assert press.room_key == "sicec-room-201"


def test_a_deleted_session_keeps_its_last_entry_marked_cancelled_for_good(project):
    publish(project, "v1")
    before = version_entries(project, 1)[uid(project, "b2b-digital")]
    project.delete(m.Session, "b2b-digital")
    publish(project, "v2")
    publish(project, "v3")
    for number in (2, 3):
        gone = version_entries(project, number)[before.session_uid]
        assert (gone.status, gone.sequence) == ("cancelled", 1)
        assert (gone.start, gone.end, gone.channel_key) == (before.start, before.end, "b2b-room")
        assert gone.data == before.data | {"deleted": True}


def test_a_reinstated_session_counts_up_again(project):
    publish(project, "v1")
    project.update(m.Session, "press-briefing", status="cancelled")
    publish(project, "v2")
    project.update(m.Session, "press-briefing", status="confirmed")
    place(project, "press-briefing", start=570, room="sicec-room-201")
    publish(project, "v3")
    press = entry(project, 3, "press-briefing")
    assert (press.status, press.sequence) == ("confirmed", 2)


def test_published_copies_do_not_follow_later_edits(project):
    publish(project, "v1")
    project.update(m.Room, "sicec-main-hall", name_en="Grand Hall", name_zh="大会堂")
    project.update(m.Person, "teo-boon-heng", name_zh="张先生")
    project.update(m.Session, "opening", title_en="Grand Opening")
    project.update(m.Venue, "jinan-sicec", address_en="2 Rizhao Road")

    frozen = entry(project, 1, "opening").data
    assert (frozen["room_name_en"], frozen["room_name_zh"]) == ("Main Hall", "主会场")
    assert frozen["title_en"] == "Opening Ceremony"
    assert frozen["venue_address_en"] == "1 Rizhao Road, Huaiyin District, Jinan, Shandong"
    assert next(p for p in frozen["people"] if p["key"] == "teo-boon-heng")["name_zh"] == "张文兴"

    now = entry(project, "working", "opening")
    assert (now.data["room_name_en"], now.data["title_en"]) == ("Grand Hall", "Grand Opening")
    assert now.sequence == 0  # a new name is not a move
    publish(project, "v2")
    assert entry(project, 2, "opening").data["room_name_zh"] == "大会堂"
    assert entry(project, 1, "opening").data["room_name_zh"] == "主会场"


def test_working_entries_are_what_publish_would_write_and_store_nothing(project):
    publish(project, "v1")
    place(project, "keynote", start=660)
    project.update(m.Session, "press-briefing", status="cancelled")
    working = working_entries(project)
    assert project.counts()["versions"] == 1
    assert all(e.version_id is None for e in working.values())

    publish(project, "v2")
    stored = version_entries(project, 2)
    assert list(working) == list(stored)
    for session_uid, planned in working.items():
        written = stored[session_uid]
        assert (planned.status, planned.sequence, planned.start, planned.end, planned.room_key,
                planned.channel_key, planned.data) == \
            (written.status, written.sequence, written.start, written.end, written.room_key,
             written.channel_key, written.data)


def test_a_publish_that_fails_midway_stores_nothing(project, monkeypatch):
    real = versions_module._frozen

    def one_bad_entry(db):
        entries = real(db)
        list(entries.values())[-1].sequence = -1  # the database refuses this row at commit
        return entries

    monkeypatch.setattr(versions_module, "_frozen", one_bad_entry)
    with pytest.raises(DataError, match="publishing"):
        publish(project, "v1")
    assert versions(project) == []
    assert project.all(m.VersionEntry) == []

    monkeypatch.undo()
    assert publish(project, "v1").number == 1
    assert len(version_entries(project, 1)) == 10


def test_the_time_of_publishing_must_be_aware(project):
    with pytest.raises(DataError, match="time zone"):
        publish(project, "v1", now=datetime(2021, 5, 20, 10, 0))
    assert versions(project) == []


def test_asking_for_a_version_that_does_not_exist_says_which_exist(project):
    with pytest.raises(NotFound, match="nothing has been published yet"):
        version_entries(project, 1)
    publish(project, "v1")
    publish(project, "v2")
    with pytest.raises(NotFound, match=r"no version 3 \(the project has versions 1–2\)"):
        version_entries(project, 3)


def test_re_solving_keeps_to_the_latest_version_without_its_cancellations(project):
    publish(project, "v1")
    project.update(m.Session, "press-briefing", status="cancelled")
    publish(project, "v2")
    problem = snapshot(project)
    kept = published_schedule(project, problem)
    assert set(kept) == set(stored_schedule(project, snapshot(project))) - {"press-briefing"}
    assert kept["keynote"] == Placement("keynote", 600, "sicec-main-hall", "livestream-main")


def test_versions_survive_a_json_round_trip(project, tmp_path):
    publish(project, "v1", now=datetime(2021, 5, 20, 2, 0, tzinfo=UTC))
    project.delete(m.Session, "b2b-digital")
    publish(project, "v2", now=datetime(2021, 5, 21, 2, 0, tzinfo=UTC))
    exported = write_event_json(project, tmp_path / "event.json")
    copy = create_project_from_json(tmp_path / "copy.slotwise", exported)
    with copy:
        assert [(v.number, v.note, v.published_at) for v in versions(copy)] == \
            [(v.number, v.note, v.published_at) for v in versions(project)]
        for number in (1, 2):
            assert {u: (e.sequence, e.status, e.data) for u, e in version_entries(copy, number).items()} == \
                {u: (e.sequence, e.status, e.data) for u, e in version_entries(project, number).items()}
