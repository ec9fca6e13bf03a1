"""iCalendar feeds (export-ics): structure, update semantics and the icalendar 7.x pitfalls."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, Timezone, vUri

from scheduler import Project
from scheduler.cli import main
from scheduler.domain import models as m
from scheduler.errors import SlotwiseError
from scheduler.publishing import publish, versions
from scheduler.publishing.feeds import feeds, slug
from scheduler.publishing.ics import build, export, uid_of, vtimezone
from scheduler.snapshot import save_schedule, snapshot
from publishing_kit import place

UTC = timezone.utc
V1 = datetime(2021, 5, 20, 2, 0, tzinfo=UTC)
V2 = datetime(2021, 5, 22, 2, 0, tzinfo=UTC)


def read(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.ics"))}


def events(data: bytes) -> dict[str, Event]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def uid(project, key: str) -> str:
    return uid_of(project.get(m.Session, key).uid)


@pytest.fixture
def exported(scheduled, tmp_path):
    """Version 1 of the small sample exported: (project, out folder)."""
    publish(scheduled, "v1", now=V1)
    out = tmp_path / "feeds"
    export(scheduled, out)
    return scheduled, out


# -- feeds and structure ---------------------------------------------------------------------------


def test_one_feed_per_city_venue_room_channel_person_group_plus_programme_online_and_index(exported):
    project, out = exported
    files = read(out)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [f["file"] for f in index["feeds"]][:2] == ["programme.ics", "online.ics"]
    assert set(files) == {f["file"] for f in index["feeds"]}
    kinds = {f["covers"]["kind"] for f in index["feeds"]}
    assert kinds == {"programme", "online", "city", "venue", "room", "channel", "person", "group"}
    for name in ("city-jinan.ics", "city-taian.ics", "venue-jinan-sicec.ics", "room-sicec-room-201.ics",
                 "channel-livestream-main.ics", "person-teo-boon-heng.ics", "group-asean-delegation.ics"):
        assert name in files
    assert index["version"] == 1
    programme = events(files["programme.ics"])
    assert len(programme) == 10
    # The online feed: online and hybrid sessions with a way in; never the on-site-only ones.
    online = events(files["online.ics"])
    assert uid(project, "tourism-webinar") in online and uid(project, "opening") in online
    assert uid(project, "taian-forum") not in online and uid(project, "press-briefing") not in online
    # A city feed holds only that city's sessions.
    assert set(events(files["city-taian.ics"])) == {uid(project, "taian-forum")}
    # Names per feed.
    cal = Calendar.from_ical(files["city-taian.ics"])
    assert "Tai" in str(cal["NAME"]) and cal["NAME"] == cal["X-WR-CALNAME"]
    assert [f["name"] for f in index["feeds"] if f["file"] == "city-taian.ics"] == [str(cal["NAME"])]


def test_every_feed_parses_and_passes_the_structural_checks(exported):
    _, out = exported
    for name, data in read(out).items():
        cal = Calendar.from_ical(data)
        text = data.decode("utf-8")
        assert "\n" not in text.replace("\r\n", ""), name  # CRLF only
        assert text.endswith("\r\n")
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, (name, line)
            line.decode("utf-8")  # folding never splits a UTF-8 character
        tzids = set(re.findall(r";TZID=([^:;]+)", text))
        defined = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
        assert tzids and tzids <= defined, name
        assert "BEGIN:DAYLIGHT" not in text  # Asia/Shanghai 2021: no 1986–91 history
        assert "RDATE" not in text
        assert cal["METHOD"] == "PUBLISH" and cal["X-WR-TIMEZONE"] == "Asia/Shanghai"
        assert str(cal["SOURCE"]).startswith("file://") and str(cal["SOURCE"]).endswith(name)
        for ev in cal.walk("VEVENT"):
            assert ev["UID"].endswith("@slotwise") and "DTSTAMP" in ev
            assert re.fullmatch(r"\d{8}T\d{6}Z", ev["DTSTAMP"].to_ical().decode())
            assert ev.decoded("DTSTART").tzinfo is not None  # no floating times
            assert str(ev["ORGANIZER"]).startswith("mailto:")
        vevents = text[text.index("BEGIN:VEVENT"):] if "BEGIN:VEVENT" in text else ""
        for line in vevents.split("\r\n"):
            if line.startswith(("DTSTAMP", "LAST-MODIFIED", "CREATED")):
                assert "TZID" not in line and line.endswith("Z")
            if line.startswith(("DTSTART", "DTEND")):
                assert line.startswith(("DTSTART;TZID=Asia/Shanghai:", "DTEND;TZID=Asia/Shanghai:"))


def test_event_content_location_description_conference_categories(exported):
    project, out = exported
    programme = read(out)["programme.ics"]
    opening = events(programme)[uid(project, "opening")]
    assert str(opening["SUMMARY"]) == "Opening Ceremony / 开幕式"
    assert opening.decoded("DTSTART") == datetime(2021, 5, 28, 9, 0, tzinfo=opening.decoded("DTSTART").tzinfo)
    assert opening.decoded("DTSTART").astimezone(UTC) == datetime(2021, 5, 28, 1, 0, tzinfo=UTC)
    location = str(opening["LOCATION"])
    assert location.startswith("Main Hall, ") and "1 Rizhao Road" in location and "Jinan" in location
    assert (opening["GEO"].latitude, opening["GEO"].longitude) == (36.6625, 116.8877)
    description = str(opening["DESCRIPTION"])
    for text in ("Kind: opening", "Delivery: hybrid", "Teo Boon Heng (张文兴): speaker",
                 "Language: zh, with interpretation", "Join: https://live.example.org/sme-day/main"):
        assert text in description
    assert str(opening["URL"]) == "https://live.example.org/sme-day/main"
    assert opening["CONFERENCE"].params["VALUE"] == "URI"
    assert opening["STATUS"] == "CONFIRMED" and opening["SEQUENCE"] == 0
    assert list(opening["CATEGORIES"].cats) == ["Plenary", "belt-and-road"]
    assert opening.decoded("LAST-MODIFIED") == V1
    webinar = events(programme)[uid(project, "tourism-webinar")]
    assert "LOCATION" not in webinar and "GEO" not in webinar and "CONFERENCE" in webinar
    taian = events(programme)[uid(project, "taian-forum")]
    assert "CONFERENCE" not in taian and "URL" not in taian and "LOCATION" in taian


# -- icalendar 7.x pitfalls: each test fails if the workaround is dropped ---------------------------


def test_conference_feature_list_is_not_quoted(exported):
    _, out = exported
    text = read(out)["programme.ics"].decode().replace("\r\n ", "")
    lines = [line for line in text.split("\r\n") if line.startswith("CONFERENCE")]
    assert lines and all(";FEATURE=AUDIO,VIDEO;" in line and "VALUE=URI" in line for line in lines)
    assert '"AUDIO,VIDEO"' not in text
    # The pitfall itself: a comma string is quoted by icalendar.
    ev = Event()
    ev.add("conference", vUri("https://x.example"), parameters={"FEATURE": "AUDIO,VIDEO"})
    assert b'FEATURE="AUDIO,VIDEO"' in ev.to_ical()


def test_refresh_interval_has_value_duration_and_published_ttl_is_pt1h(exported):
    _, out = exported
    for data in read(out).values():
        lines = data.decode().split("\r\n")
        assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in lines
        assert "X-PUBLISHED-TTL:PT1H" in lines
        assert not any("1:00:00" in line for line in lines)
    # The pitfalls themselves.
    cal = Calendar()
    cal.add("x-published-ttl", timedelta(hours=1))
    assert b"X-PUBLISHED-TTL:1:00:00" in cal.to_ical()


def test_uids_come_from_the_session_and_are_stable_across_exports(exported, tmp_path):
    project, out = exported
    first = read(out)
    export(project, out)
    again = read(out)
    assert set(events(first["programme.ics"])) == set(events(again["programme.ics"]))
    assert first == again  # same version, same bytes: nothing random, nothing from the clock
    keys = ("opening", "press-briefing", "keynote", "rcep-forum", "sme-finance-panel", "taian-forum",
            "b2b-agri-food", "b2b-digital", "tourism-webinar", "closing")
    assert set(events(first["programme.ics"])) == {uid(project, key) for key in keys}
    # The pitfall: Event.new() without uid= makes a random UID each time.
    assert Event.new()["UID"] != Event.new()["UID"]


def test_vtimezone_covers_only_the_event_years_no_shanghai_daylight_saving():
    ours = vtimezone("Asia/Shanghai", (2021, 2021)).to_ical().decode()
    assert "BEGIN:DAYLIGHT" not in ours and "RDATE" not in ours
    assert "BEGIN:STANDARD" in ours and "TZOFFSETTO:+0800" in ours
    # The pitfall: add_missing_timezones() covers 1970–2038, dragging in 1986–91 daylight saving.
    cal = Calendar()
    ev = Event()
    ev.add("uid", "x@slotwise")
    ev.add("dtstart", datetime(2021, 5, 28, 9, tzinfo=Timezone.from_tzid("Asia/Shanghai").to_tz()))
    cal.add_component(ev)
    cal.add_missing_timezones()
    assert b"BEGIN:DAYLIGHT" in cal.to_ical()
    # A zone with daylight saving still gets it, but only for the years asked.
    berlin = vtimezone("Europe/Berlin", (2021, 2021)).to_ical().decode()
    assert "BEGIN:DAYLIGHT" in berlin and "1986" not in berlin and "2030" not in berlin


# -- the update story ------------------------------------------------------------------------------


def test_update_story_same_uids_sequence_up_by_one_for_moved_and_cancelled(exported):
    project, out = exported
    before = events(read(out)["programme.ics"])
    place(project, "keynote", start=660)
    project.update(m.Session, "press-briefing", status="cancelled")
    publish(project, "v2", now=V2)
    export(project, out)
    after = events(read(out)["programme.ics"])

    assert set(after) == set(before)
    keynote, press = uid(project, "keynote"), uid(project, "press-briefing")
    for key, ev in after.items():
        bump = 1 if key in (keynote, press) else 0
        assert ev["SEQUENCE"] == before[key]["SEQUENCE"] + bump, str(ev["SUMMARY"])
        assert ev.decoded("LAST-MODIFIED") == (V2 if bump else V1)
        assert ev.decoded("DTSTAMP") == V2
    assert after[press]["STATUS"] == "CANCELLED"
    assert after[press].decoded("DTSTART") == before[press].decoded("DTSTART")  # its last time
    assert after[keynote]["STATUS"] == "CONFIRMED"
    assert after[keynote].decoded("DTSTART").astimezone(UTC) == datetime(2021, 5, 28, 3, 0, tzinfo=UTC)
    # The cancelled session stays in its room's feed too.
    assert events(read(out)["room-sicec-room-201.ics"])[press]["STATUS"] == "CANCELLED"

    # --version 1 still exports version 1.
    old = out.parent / "old"
    export(project, old, 1)
    assert events(read(old)["programme.ics"])[press]["STATUS"] == "CONFIRMED"


# -- CLI and atomicity -----------------------------------------------------------------------------


def test_cli_export_ics_latest_and_given_version(scheduled_path, tmp_path, capsys):
    out = tmp_path / "cli"
    assert main(["export-ics", str(scheduled_path), "--out", str(out)]) == 1
    assert "nothing has been published" in capsys.readouterr().err
    assert not out.exists()
    with Project.open(scheduled_path) as project:
        publish(project, "v1", now=V1)
    assert main(["export-ics", str(scheduled_path), "--out", str(out),
                 "--base-url", "https://cal.example.org/sme/"]) == 0
    assert "Version 1" in capsys.readouterr().out
    cal = Calendar.from_ical((out / "online.ics").read_bytes())
    assert str(cal["SOURCE"]) == "https://cal.example.org/sme/online.ics"
    assert main(["export-ics", str(scheduled_path), "--out", str(out), "--version", "7"]) == 1
    assert "no version 7" in capsys.readouterr().err


def test_a_failed_export_leaves_the_previous_files(exported, monkeypatch):
    project, out = exported
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import scheduler.publishing.ics as ics

    def broken(*args, **kwargs):
        raise SlotwiseError("boom")

    publish(project, "v2", now=V2)
    monkeypatch.setattr(ics, "calendar", broken)
    with pytest.raises(SlotwiseError):
        export(project, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_feed_file_names_are_safe():
    assert slug("Room 201 / 会议室") == "room-201"
    assert slug("会议室") == "x"
    entry = m.VersionEntry(session_uid="u1", start=V1, end=V2, data={
        "people": [{"key": "A b", "name_en": "A"}, {"key": "a-b", "name_en": "B"}]})
    names = [f.filename for f in feeds([entry]) if f.kind == "person"]
    assert names == ["person-a-b.ics", "person-a-b-2.ics"]


# -- escaping and round trips ----------------------------------------------------------------------

TEXT = st.text(alphabet=st.sampled_from(list(",;\\\n:\"' aZ9") + ["😀", "中", "文", "é", "\u3000"]),
               min_size=1, max_size=40).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, zh=TEXT, description=TEXT)
def test_titles_and_descriptions_round_trip_unchanged(scheduled, title, zh, description):
    project = scheduled
    project.update(m.Session, "opening", title_en=title, title_zh=zh, description=description)
    publish(project, "v", now=V1 + timedelta(days=len(versions(project))))
    _, built, _ = build(project)
    data = dict((f.filename, d) for f, d in built)["programme.ics"]
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    ev = events(data)[uid(project, "opening")]
    expected = f"{title} / {zh}" if zh != title else title
    assert str(ev["SUMMARY"]) == expected
    assert str(ev["DESCRIPTION"]).startswith(description + "\n")


# -- other readers (skipped when not installed) -----------------------------------------------------


def test_every_feed_parses_with_other_readers(exported):
    project, out = exported
    ics = pytest.importorskip("ics")
    vobject = pytest.importorskip("vobject")
    recurring = pytest.importorskip("recurring_ical_events")
    stream = pytest.importorskip("ical.calendar_stream")
    for name, data in read(out).items():
        text = data.decode("utf-8")
        count = len(events(data))
        assert len(ics.Calendar(text).events) == count, name
        assert len(list(vobject.readOne(text).vevent_list)) == count, name
        found = recurring.of(Calendar.from_ical(data)).between(datetime(2021, 1, 1), datetime(2022, 1, 1))
        assert len(found) == count, name
        assert len(stream.IcsCalendarStream.calendar_from_ics(text).events) == count, name
    text = read(out)["programme.ics"].decode("utf-8")
    opening = [e for e in vobject.readOne(text).vevent_list if e.uid.value == uid(project, "opening")][0]
    assert opening.summary.value == "Opening Ceremony / 开幕式"
    assert opening.sequence.value == "0"


def test_a_solved_schedule_exports_and_parses(tmp_path):
    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json
    from scheduler.solver import solve

    with create_project_from_json(tmp_path / "solved.slotwise", sample_path("small")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=3, workers=1)
        assert result.schedule
        save_schedule(project, problem, result.schedule)
        publish(project, "solved", now=V1)
        _, written = export(project, tmp_path / "out")
    for path in written[:-1]:
        Calendar.from_ical(path.read_bytes())
    assert len(events((tmp_path / "out" / "programme.ics").read_bytes())) == len(result.schedule)


@pytest.mark.slow
def test_every_feed_of_the_shandong_sample_parses_with_five_readers(tmp_path):
    """The big sample, solved and published: every feed reads the same in five independent readers."""
    import ics
    import recurring_ical_events
    import vobject
    from ical.calendar_stream import IcsCalendarStream

    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json
    from scheduler.solver import solve
    from scheduler.validator import validate

    with create_project_from_json(tmp_path / "shandong.slotwise", sample_path("shandong")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=5, workers=2)
        assert validate(problem, result.schedule).is_feasible
        save_schedule(project, problem, result.schedule)
        publish(project, "v1", now=V1)
        export(project, tmp_path / "out")
    feeds_read = read(tmp_path / "out")
    assert len(feeds_read) > 40
    for name, data in feeds_read.items():
        assert b"\n" not in data.replace(b"\r\n", b""), name
        assert all(len(line) <= 75 for line in data.split(b"\r\n")), name
        text = data.decode("utf-8")
        count = len(events(data))
        assert count > 0, name
        assert len(ics.Calendar(text).events) == count, name
        assert len(list(vobject.readOne(text).vevent_list)) == count, name
        found = recurring_ical_events.of(Calendar.from_ical(data)).between(datetime(2021, 1, 1),
                                                                            datetime(2022, 1, 1))
        assert len(found) == count, name
        assert len(IcsCalendarStream.calendar_from_ics(text).events) == count, name
    programme = events(feeds_read["programme.ics"])
    assert len(programme) == len(result.schedule)
    assert any("开幕式" in str(e["SUMMARY"]) for e in programme.values())
