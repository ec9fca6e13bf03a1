"""Whole-event JSON (docs/json-format.md): lossless round trips, stable UIDs, safe replacing,
and bad input that is named precisely and leaves nothing behind."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from pathlib import Path

import pytest

from scheduler import Project, ProjectFileError
from scheduler.domain import models as m
from scheduler.errors import InputErrors
from scheduler.interchange.json_format import (create_project_from_json, derived_uid, dump_event,
                                                write_event_json)

# Every section and every field of the format, written the way export writes it (every field,
# in the documented order, times in the event's zone), so that export must give it back as is.
RICH = {
    "schema_version": 1,
    "event": {
        "name_en": "ASEAN–China (Shandong) SME Conference for Cooperation and Development",
        "name_zh": "中国—东盟（山东）中小企业合作发展大会",
        "timezone": "Asia/Shanghai",
        "start_date": "2021-05-28",
        "day_count": 2,
        "day_start": "08:30",
        "day_end": "21:00",
        "granularity_minutes": 15,
        "organiser_name": "Shandong Provincial People's Government",
        "organiser_email": "office@example.org",
        "url": "https://example.org/asean-sme-2021",
        "weights": {"stability": 10, "preferred_window": 2.5},
    },
    "cities": [
        {"key": "jinan", "name_en": "Jinan", "name_zh": "济南", "timezone": "Asia/Shanghai"},
        {"key": "dezhou", "name_en": "Dezhou", "name_zh": "德州", "timezone": ""},
    ],
    "travel_times": [
        {"from": "jinan", "to": "dezhou", "minutes": 75, "mode": "road"},
        {"from": "dezhou", "to": "jinan", "minutes": 40, "mode": "rail"},
    ],
    "venues": [
        {"key": "jinan-iec", "city": "jinan", "name_en": "Shandong International Convention Centre",
         "name_zh": "山东国际会展中心", "address_en": "Jingshi Road", "address_zh": "经十路",
         "latitude": 36.66, "longitude": 117.12},
        {"key": "dezhou-park", "city": "dezhou", "name_en": "Dezhou Industrial Park",
         "name_zh": "德州工业园", "address_en": "", "address_zh": "",
         "latitude": None, "longitude": None},
    ],
    "rooms": [
        {"key": "hall-a", "venue": "jinan-iec", "name_en": "Hall A", "name_zh": "A厅", "seats": 400,
         "features": ["streaming", "interpretation_booths", "stage"], "tags": ["plenary"],
         "changeover_minutes": 30,
         "windows": [
             {"kind": "unavailable", "start": "2021-05-28T08:30:00+08:00",
              "end": "2021-05-28T09:00:00+08:00", "capacity": None, "note": "sound check"},
             {"kind": "preferred", "start": "2021-05-28T09:00:00+08:00",
              "end": "2021-05-28T12:00:00+08:00", "capacity": None, "note": ""},
             {"kind": "undesired", "start": "2021-05-29T18:00:00+08:00",
              "end": "2021-05-29T21:00:00+08:00", "capacity": None, "note": "cleaning"},
         ]},
        {"key": "dezhou-hall", "venue": "dezhou-park", "name_en": "Visitor Hall", "name_zh": "",
         "seats": 60, "features": [], "tags": [], "changeover_minutes": 0, "windows": []},
    ],
    "channels": [
        {"key": "zoom-main", "name_en": "Main livestream", "name_zh": "主直播", "platform": "Zoom",
         "viewer_capacity": 1200, "join_url": "https://example.org/join/main",
         "changeover_minutes": 10,
         "windows": [{"kind": "unavailable", "start": "2021-05-29T12:00:00+08:00",
                      "end": "2021-05-29T13:00:00+08:00", "capacity": None, "note": "maintenance"}]},
    ],
    "people": [
        {"key": "li-wei", "name_en": "Li Wei", "name_zh": "李伟", "organisation": "ASEAN–China Centre",
         "position": "Secretary-General", "email": "li.wei@example.org",
         "home_timezone": "Asia/Shanghai",
         "windows": [{"kind": "unavailable", "start": "2021-05-29T14:00:00+08:00",
                      "end": "2021-05-29T18:00:00+08:00", "capacity": None, "note": "flight"}],
         "place_rules": [{"kind": "prohibited", "city": "dezhou"}]},
        {"key": "aung-min", "name_en": "Aung Min", "name_zh": "", "organisation": "",
         "position": "", "email": "", "home_timezone": "Asia/Yangon", "windows": [],
         "place_rules": []},
    ],
    "groups": [
        {"key": "asean-envoys", "name_en": "ASEAN envoys", "name_zh": "东盟使节", "kind": "delegation",
         "size": 40, "home_timezone": "Asia/Jakarta", "members": ["li-wei", "aung-min"],
         "sessions": [{"session": "opening", "attendance": "attends"},
                      {"session": "b2b-online", "attendance": "interested"}],
         "windows": [{"kind": "undesired", "start": "2021-05-28T12:00:00+08:00",
                      "end": "2021-05-28T13:30:00+08:00", "capacity": None, "note": "lunch"}]},
    ],
    "resources": [
        {"key": "interpreters", "name_en": "Interpreter team", "name_zh": "同传团队",
         "kind": "interpretation", "capacity": 2,
         "windows": [{"kind": "capacity", "start": "2021-05-29T09:00:00+08:00",
                      "end": "2021-05-29T12:00:00+08:00", "capacity": 1, "note": "one team away"}]},
    ],
    "sessions": [
        {"key": "opening", "uid": "6f1c1d2e-0b8a-4c41-9a57-3f0b7a0e2c11",
         "title_en": "Opening Ceremony", "title_zh": "开幕式", "description": "Welcome speeches.",
         "kind": "opening", "delivery_mode": "hybrid", "duration_minutes": 90,
         "expected_onsite": 200, "expected_online": 1200,
         "required_features": ["streaming", "interpretation_booths"],
         "allowed_days": ["2021-05-28"], "language": "zh", "interpretation": True,
         "track": "main", "tags": ["rcep", "belt-and-road"],
         "target_timezones": ["Asia/Yangon", "Asia/Jayapura"], "optional": False,
         "status": "confirmed",
         "people": [{"person": "li-wei", "role": "speaker", "presence": "on_site"},
                    {"person": "aung-min", "role": "vip", "presence": "remote"}],
         "resources": [{"resource": "interpreters", "amount": 1}],
         "windows": [
             {"kind": "allowed", "start": "2021-05-28T09:00:00+08:00",
              "end": "2021-05-28T12:00:00+08:00"},
             {"kind": "preferred", "start": "2021-05-28T09:00:00+08:00",
              "end": "2021-05-28T10:30:00+08:00"},
             {"kind": "undesired", "start": "2021-05-28T11:00:00+08:00",
              "end": "2021-05-28T12:00:00+08:00"},
             {"kind": "prohibited", "start": "2021-05-28T10:30:00+08:00",
              "end": "2021-05-28T11:00:00+08:00"},
         ],
         "place_rules": [
             {"kind": "allowed", "city": "jinan"},
             {"kind": "preferred", "venue": "jinan-iec"},
             {"kind": "preferred", "room": "hall-a"},
             {"kind": "allowed", "channel": "zoom-main"},
             {"kind": "undesired", "room_tag": "small"},
         ],
         "pin": {"room": "hall-a", "channel": "zoom-main", "start": "2021-05-28T09:00:00+08:00"}},
        {"key": "b2b-online", "uid": "0d5b8f3a-7c39-4d7e-8a4e-5a1f6b2c9d40",
         "title_en": "B2B matchmaking", "title_zh": "企业对接会", "description": "",
         "kind": "b2b", "delivery_mode": "online", "duration_minutes": 120,
         "expected_onsite": 0, "expected_online": 300, "required_features": [],
         "allowed_days": [], "language": "en", "interpretation": False, "track": "",
         "tags": [], "target_timezones": [], "optional": True, "status": "tentative",
         "people": [], "resources": [], "windows": [], "place_rules": [],
         "pin": {"room": None, "channel": "zoom-main", "start": None}},
        {"key": "site-visit", "uid": "c3f2e1d0-1111-4a2b-8c3d-000000000003",
         "title_en": "Visit to Dezhou Industrial Park", "title_zh": "德州工业园参观",
         "description": "", "kind": "site_visit", "delivery_mode": "on_site",
         "duration_minutes": 180, "expected_onsite": 40, "expected_online": 0,
         "required_features": [], "allowed_days": ["2021-05-29"], "language": "zh",
         "interpretation": False, "track": "", "tags": [], "target_timezones": [],
         "optional": False, "status": "cancelled", "people": [], "resources": [],
         "windows": [], "place_rules": [], "pin": None},
    ],
    "relations": [
        {"kind": "before", "first": "opening", "second": "b2b-online", "min_gap_minutes": 15},
        {"kind": "not_same_time", "first": "b2b-online", "second": "site-visit",
         "min_gap_minutes": 0},
    ],
    "schedule": [
        {"session": "opening", "room": "hall-a", "channel": "zoom-main",
         "start": "2021-05-28T09:00:00+08:00"},
        {"session": "b2b-online", "room": None, "channel": "zoom-main",
         "start": "2021-05-28T14:00:00+08:00"},
    ],
    "versions": [
        {"number": 1, "published_at": "2021-05-20T18:00:00+08:00", "note": "first programme",
         "entries": [
             {"session_uid": "0d5b8f3a-7c39-4d7e-8a4e-5a1f6b2c9d40", "status": "tentative",
              "sequence": 1, "start": None, "end": None, "room": None, "channel": None,
              "data": {}},
             {"session_uid": "6f1c1d2e-0b8a-4c41-9a57-3f0b7a0e2c11", "status": "confirmed",
              "sequence": 0, "start": "2021-05-28T09:00:00+08:00",
              "end": "2021-05-28T10:30:00+08:00", "room": "hall-a", "channel": "zoom-main",
              "data": {"title_en": "Opening Ceremony", "title_zh": "开幕式"}},
         ]},
    ],
}


def write(folder: Path, document, name: str = "event.json") -> Path:
    path = folder / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False,
                                                                   indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed(**edits):
    """RICH with one edit: {"rooms[0].seats": "many"}, or None as value to remove the field."""
    document = copy.deepcopy(RICH)
    for place, value in edits.items():
        *parents, name = place.replace("]", "").replace("[", ".").split(".")
        item = document
        for part in parents:
            item = item[int(part)] if part.isdigit() else item[part]
        if value is None:
            del item[name]
        else:
            item[name] = value
    return document


# -- round trips -----------------------------------------------------------------------------

def test_import_keeps_every_field_export_writes_them_back(tmp_path):
    with create_project_from_json(tmp_path / "event.slotwise", write(tmp_path, RICH)) as project:
        exported = dump_event(project)
        counts = project.counts()
    assert exported == RICH
    assert list(exported) == list(RICH)
    assert counts["sessions"] == 3 and counts["versions"] == 1 and counts["scheduled"] == 2


def test_export_import_export_gives_the_same_bytes(tmp_path):
    with create_project_from_json(tmp_path / "first.slotwise", write(tmp_path, RICH)) as project:
        first = write_event_json(project, tmp_path / "first.json")
    with create_project_from_json(tmp_path / "second.slotwise", first) as project:
        second = write_event_json(project, tmp_path / "second.json")
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert "开幕式" in text and "\\u" not in text, "Chinese is written as text people can read"
    assert text.endswith("}\n") and text.startswith('{\n  "schema_version": 1,\n  "event": {')


def test_times_written_with_another_offset_are_the_same_moments(tmp_path):
    document = changed(**{"schedule.0.start": "2021-05-28T01:00:00Z",
                          "schedule.1.start": "2021-05-28T14:00:00"})  # no offset: event's zone
    with create_project_from_json(tmp_path / "e.slotwise", write(tmp_path, document)) as project:
        schedule = dump_event(project)["schedule"]
    assert [entry["start"] for entry in schedule] == ["2021-05-28T09:00:00+08:00",
                                                      "2021-05-28T14:00:00+08:00"]


# -- session uids ----------------------------------------------------------------------------

def test_a_left_out_uid_is_derived_from_the_key_and_stable(tmp_path):
    document = changed(**{"sessions.0.uid": None, "sessions.2.uid": None})
    source = write(tmp_path, document)
    uids = []
    for name in ("one.slotwise", "two.slotwise"):
        with create_project_from_json(tmp_path / name, source) as project:
            uids.append({s.key: s.uid for s in project.all(m.Session)})
    expected = str(uuid.uuid5(uuid.NAMESPACE_URL, "slotwise:session:opening"))
    assert uids[0] == uids[1]
    assert uids[0]["opening"] == expected == derived_uid("opening")
    assert uids[0]["site-visit"] == derived_uid("site-visit") != expected
    assert uids[0]["b2b-online"] == RICH["sessions"][1]["uid"], "a given uid is kept"


# -- replacing -------------------------------------------------------------------------------

def test_import_does_not_overwrite_a_project_unless_asked(tmp_path, event):
    target = tmp_path / "event.slotwise"
    Project.create(target, event(name_en="Last year's plan")).close()
    before = sha256(target)
    source = write(tmp_path, RICH)
    with pytest.raises(ProjectFileError, match="already exists.*--replace"):
        create_project_from_json(target, source)
    assert sha256(target) == before

    with create_project_from_json(target, source, replace=True) as project:
        assert project.event().name_en == RICH["event"]["name_en"]
        assert project.counts()["sessions"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.json", "event.slotwise"]


# -- bad input -------------------------------------------------------------------------------

NOT_JSON = '{\n  "schema_version": 1,\n  "event": {"name_en": "X",}\n}\n'

# case: (the document, where the one problem must be reported and how it begins)
BAD = {
    "not JSON": (NOT_JSON, "line 3, column 28: is not valid JSON"),
    "wrong schema_version": (changed(schema_version=2),
                             "field 'schema_version': schema_version 2"),
    "unknown field": (changed(**{"rooms.0.seatz": 3}),
                      "rooms[0] 'hall-a', field 'seatz': is not a known field"),
    "unknown section": (changed(sesions=[]), "field 'sesions': is not a known section"),
    "missing field": (changed(**{"rooms.0.name_en": None}),
                      "rooms[0] 'hall-a', field 'name_en': is required"),
    "missing event": (changed(event=None), "field 'event': is required"),
    "event not an object": (changed(event=[]), "event: must be an object with named fields"),
    "wrong type": (changed(**{"rooms.0.seats": "many"}),
                   "rooms[0] 'hall-a', field 'seats': must be a whole number, not 'many'"),
    "negative number": (changed(**{"rooms.1.seats": -3}),
                        "rooms[1] 'dezhou-hall', field 'seats'"),
    "bad enum": (changed(**{"sessions.0.kind": "lecture"}),
                 "sessions[0] 'opening', field 'kind': 'lecture'"),
    "bad event time zone": (changed(**{"event.timezone": "Asia/Beijing"}),
                            "event, field 'timezone': 'Asia/Beijing' is not an IANA time zone"),
    "bad home time zone": (changed(**{"people.1.home_timezone": "Asia/Rangoon "}),
                           "people[1] 'aung-min', field 'home_timezone'"),
    "unknown reference": (changed(**{"rooms.0.venue": "nowhere"}),
                          "rooms[0] 'hall-a', field 'venue': names venue 'nowhere', "
                          "which is not in the file"),
    "unknown pin room": (changed(**{"sessions.0.pin.room": "hall-z"}),
                         "sessions[0] 'opening'.pin, field 'room': names room 'hall-z'"),
    "duplicate key": (changed(**{"rooms.1.key": "hall-a"}),
                      "rooms[1] 'hall-a', field 'key': the key 'hall-a' is used twice"),
    "window ends before it starts": (
        changed(**{"rooms.0.windows.0.end": "2021-05-28T08:00:00+08:00"}),
        "rooms[0] 'hall-a'.windows[0], field 'end': the window must end after it starts"),
    "session window ends before it starts": (
        changed(**{"sessions.0.windows.1.end": "2021-05-28T09:00:00+08:00"}),
        "sessions[0] 'opening'.windows[1], field 'end'"),
    "bad date": (changed(**{"event.start_date": "28/05/2021"}),
                 "event, field 'start_date': '28/05/2021'"),
}


@pytest.mark.parametrize("replace", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_named_precisely_and_changes_nothing(tmp_path, event, case, replace):
    document, where = BAD[case]
    source = write(tmp_path, document)
    target = tmp_path / "event.slotwise"
    if replace:
        Project.create(target, event(name_en="The plan so far")).close()
        before = sha256(target)
    with pytest.raises(InputErrors) as error:
        create_project_from_json(target, source, replace=replace)
    message = str(error.value)
    assert f"event.json, {where}" in message
    assert len(error.value.errors) == 1, message
    if replace:
        assert sha256(target) == before
        with Project.open(target) as project:
            assert project.event().name_en == "The plan so far"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["event.json", "event.slotwise"]
    else:
        assert [p.name for p in tmp_path.iterdir()] == ["event.json"]


def test_every_problem_in_a_file_is_reported_at_once(tmp_path):
    document = changed(**{"rooms.0.seats": "many", "sessions.2.kind": "tour",
                          "people.0.email": 7})
    with pytest.raises(InputErrors) as error:
        create_project_from_json(tmp_path / "e.slotwise", write(tmp_path, document))
    places = sorted(f"{e.row} {e.field}" for e in error.value.errors)
    assert places == ["people[0] 'li-wei' email", "rooms[0] 'hall-a' seats",
                      "sessions[2] 'site-visit' kind"]
    assert not (tmp_path / "e.slotwise").exists()
