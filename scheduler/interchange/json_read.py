"""Read a whole event from JSON (schema version 1, see docs/json-format.md).

A file is read completely and every problem is collected before anything is
stored; the new project is built in a temporary file and moved into place only
when it is whole, so a failed import leaves nothing behind and replaces
nothing.
"""

from __future__ import annotations

import json
import uuid
from datetime import time
from pathlib import Path

from ..domain import models as m
from ..domain.rules import row_problems
from ..errors import DataError, ProjectFileError
from ..eventtime import is_zone
from ..project import Project, built_in_place
from .fields import Problems, Reader
from .json_scenarios import SECTIONS as SCENARIO_SECTIONS
from .json_scenarios import load_scenarios
from .json_write import SCHEMA_VERSION

SESSION_NAMESPACE = uuid.NAMESPACE_URL


def derived_uid(key: str) -> str:
    return str(uuid.uuid5(SESSION_NAMESPACE, f"slotwise:session:{key}"))


def read_document(file: Path) -> dict:
    problems = Problems(file.name)
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.add("no such file")
    except UnicodeDecodeError:
        problems.add("is not UTF-8 text")
    except json.JSONDecodeError as exc:
        problems.add(f"is not valid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}")
    else:
        if not isinstance(document, dict):
            problems.add("must hold a JSON object at the top")
        elif document.get("schema_version") != SCHEMA_VERSION:
            problems.add(f"schema_version {document.get('schema_version')!r} is not supported "
                         f"(this Slotwise reads {SCHEMA_VERSION})", None, "schema_version")
        else:
            return document
    problems.raise_if_any()
    raise AssertionError("unreachable")


def create_project_from_json(target: Path, file: Path, *, replace: bool = False) -> Project:
    """Make the project ``target`` from a whole-event JSON file, atomically."""
    target, file = Path(target), Path(file)
    if target.exists() and not replace:
        raise ProjectFileError(f"{target}: already exists; use --replace to overwrite it")
    document = read_document(file)
    with built_in_place(target, "importing") as partial:
        event = _Load(document, Problems(file.name)).event()
        project = Project.create(partial, event)
        try:
            load_document(project, document, file.name)
        finally:
            project.close()
    return Project.open(target)


def load_document(project: Project, document: dict, source: str) -> None:
    """Store everything after the event into a project that holds only its event."""
    load = _Load(document, Problems(source), project.event().timezone)
    load.check_top_level()
    try:
        with project.transaction() as db:
            load.run(db)
            load.problems.raise_if_any()
    except DataError as exc:
        load.problems.add(f"the data breaks a rule of the project file: {exc}")
        load.problems.raise_if_any()


class _Load:
    SECTIONS = ("schema_version", "event", "cities", "travel_times", "venues", "rooms", "channels",
                "people", "groups", "resources", "sessions", "relations", "schedule", "versions",
                "profiles") + SCENARIO_SECTIONS

    def __init__(self, document: dict, problems: Problems, tz: str = "UTC"):
        self.doc = document
        self.problems = problems
        self.tz = tz
        self.ids: dict[type, dict[str, int]] = {}
        self.db = None

    # -- helpers ------------------------------------------------------------------------------

    def check_top_level(self) -> None:
        for name in self.doc:
            if name not in self.SECTIONS:
                self.problems.add("is not a known section (a typo?)", None, name)

    def section(self, name: str, label: str = "key"):
        """Yield a reader per item; once the caller is done with an item, flag unknown fields.
        Items are named in problems by their ``label`` field (their key, a scenario's name)."""
        items = self.doc.get(name, [])
        if not isinstance(items, list):
            self.problems.add("must be a list", None, name)
            return
        for i, item in enumerate(items):
            reader = Reader(item, self.where(name, i, item, label), self.problems, self.tz)
            reader.top_level = True
            yield reader, i
            reader.check_unknown()

    @staticmethod
    def where(section: str, index: int, item, label: str = "key") -> str:
        key = item.get(label) if isinstance(item, dict) else None
        return f"{section}[{index}]" + (f" '{key}'" if isinstance(key, str) else "")

    def store(self, reader: Reader, row, keyed: bool = True):
        """Check a row, add it, and remember its id under its key."""
        if not getattr(reader, "top_level", False):
            reader.check_unknown()
        for name, why in row_problems(row):
            reader.fail(why, name)
        table = self.ids.setdefault(type(row), {}) if keyed else None
        if keyed and row.key in table:
            reader.fail(f"the key '{row.key}' is used twice", "key")
        if not self.problems.found:
            self.db.add(row)
            self.db.flush()
        if keyed and isinstance(row.key, str):
            table[row.key] = row.id
        return row

    def table(self, model) -> dict[str, int]:
        return self.ids.get(model, {})

    def zone_field(self, reader: Reader, name: str) -> str:
        value = reader.text(name, "")
        if value and not is_zone(value):
            reader.fail(f"'{value}' is not an IANA time zone name (e.g. Asia/Shanghai)", name)
        return value or ""

    # -- event --------------------------------------------------------------------------------

    def event(self) -> m.Event:
        if "event" not in self.doc:
            self.problems.add("is required (the event's name, time zone and dates)", None, "event")
            self.problems.raise_if_any()
        r = Reader(self.doc.get("event"), "event", self.problems)
        event = m.Event(
            name_en=r.text("name_en"), name_zh=r.text("name_zh", ""), timezone=r.text("timezone"),
            start_date=r.day("start_date"), day_count=r.whole("day_count", 1),
            day_start=r.clock("day_start", None) or time(8, 0),
            day_end=r.clock("day_end", None) or time(18, 0),
            granularity_minutes=r.whole("granularity_minutes", 5),
            organiser_name=r.text("organiser_name", ""),
            organiser_email=r.text("organiser_email", ""), url=r.text("url", ""),
            weights=r.raw("weights", {}))
        if not isinstance(event.weights, dict) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in event.weights.values()):
            r.fail("must map soft-rule names to numbers", "weights")
        r.check_unknown()
        if not self.problems.found:
            for name, why in row_problems(event):
                r.fail(why, name)
        self.problems.raise_if_any()
        return event

    # -- everything else ----------------------------------------------------------------------

    def run(self, db) -> None:
        self.db = db
        for step in (self.cities, self.travel_times, self.venues, self.rooms, self.channels,
                     self.people, self.resources, self.sessions, self.groups, self.relations,
                     self.schedule, self.versions, self.profiles, self.scenarios):
            step()

    def named(self, r: Reader) -> dict:
        return {"key": r.text("key"), "name_en": r.text("name_en"), "name_zh": r.text("name_zh", "")}

    def cities(self) -> None:
        for r, _ in self.section("cities"):
            self.store(r, m.City(**self.named(r), timezone=self.zone_field(r, "timezone")))

    def travel_times(self) -> None:
        cities = self.table(m.City)
        for r, _ in self.section("travel_times"):
            self.store(r, m.TravelTime(
                from_city_id=r.ref("from", cities, "city"), to_city_id=r.ref("to", cities, "city"),
                minutes=r.whole("minutes"), mode=r.text("mode", "road")), keyed=False)

    def venues(self) -> None:
        for r, _ in self.section("venues"):
            self.store(r, m.Venue(
                key=r.text("key"), city_id=r.ref("city", self.table(m.City), "city"),
                name_en=r.text("name_en"), name_zh=r.text("name_zh", ""),
                address_en=r.text("address_en", ""), address_zh=r.text("address_zh", ""),
                latitude=r.number("latitude", None), longitude=r.number("longitude", None)))

    def windows(self, r: Reader, **owner) -> None:
        for i, item in enumerate(r.items("windows")):
            w = Reader(item, f"{r.where}.windows[{i}]", self.problems, self.tz)
            self.store(w, m.Window(kind=w.text("kind", "unavailable"), start=w.moment("start"),
                                   end=w.moment("end"), capacity=w.whole("capacity", None),
                                   note=w.text("note", ""), **owner), keyed=False)

    def place_rules(self, r: Reader, **owner) -> None:
        targets = (("city", m.City), ("venue", m.Venue), ("room", m.Room), ("channel", m.Channel))
        for i, item in enumerate(r.items("place_rules")):
            p = Reader(item, f"{r.where}.place_rules[{i}]", self.problems, self.tz)
            fields = {f"{name}_id": p.ref(name, self.table(model), name, None) for name, model in targets}
            fields["room_tag"] = p.text("room_tag", None)
            if sum(1 for name, _ in targets if p.item.get(name) is not None) + (
                    fields["room_tag"] is not None) != 1:
                p.fail("needs exactly one of city, venue, room, channel or room_tag")
            self.store(p, m.PlaceRule(kind=p.text("kind", "allowed"), **fields, **owner), keyed=False)

    def rooms(self) -> None:
        for r, _ in self.section("rooms"):
            room = self.store(r, m.Room(
                key=r.text("key"), venue_id=r.ref("venue", self.table(m.Venue), "venue"),
                name_en=r.text("name_en"), name_zh=r.text("name_zh", ""), seats=r.whole("seats", 0),
                features=r.texts("features"), tags=r.texts("tags"),
                changeover_minutes=r.whole("changeover_minutes", 0)))
            self.windows(r, room_id=room.id)

    def channels(self) -> None:
        for r, _ in self.section("channels"):
            channel = self.store(r, m.Channel(
                **self.named(r), platform=r.text("platform", ""),
                viewer_capacity=r.whole("viewer_capacity", 0), join_url=r.text("join_url", ""),
                changeover_minutes=r.whole("changeover_minutes", 0)))
            self.windows(r, channel_id=channel.id)

    def people(self) -> None:
        for r, _ in self.section("people"):
            person = self.store(r, m.Person(
                **self.named(r), organisation=r.text("organisation", ""),
                position=r.text("position", ""), email=r.text("email", ""),
                home_timezone=self.zone_field(r, "home_timezone")))
            self.windows(r, person_id=person.id)
            self.place_rules(r, person_id=person.id)

    def resources(self) -> None:
        for r, _ in self.section("resources"):
            resource = self.store(r, m.Resource(**self.named(r), kind=r.text("kind", ""),
                                                capacity=r.whole("capacity", 1)))
            self.windows(r, resource_id=resource.id)

    def groups(self) -> None:
        for r, _ in self.section("groups"):
            group = self.store(r, m.Group(**self.named(r), kind=r.text("kind", "delegation"),
                                          size=r.whole("size", 0),
                                          home_timezone=self.zone_field(r, "home_timezone")))
            people = self.table(m.Person)
            for i, key in enumerate(r.texts("members")):
                if key not in people:
                    r.fail(f"member {i + 1} names person '{key}', which is not in the file", "members")
                elif not self.problems.found:
                    self.db.add(m.GroupMember(group_id=group.id, person_id=people[key]))
            for i, item in enumerate(r.items("sessions")):
                a = Reader(item, f"{r.where}.sessions[{i}]", self.problems)
                self.store(a, m.GroupSession(
                    group_id=group.id, session_id=a.ref("session", self.table(m.Session), "session"),
                    attendance=a.text("attendance", "attends")), keyed=False)
            self.windows(r, group_id=group.id)

    def sessions(self) -> None:
        for r, _ in self.section("sessions"):
            key = r.text("key")
            s = self.store(r, m.Session(
                key=key, uid=r.text("uid", None) or derived_uid(key or ""),
                title_en=r.text("title_en"), title_zh=r.text("title_zh", ""),
                description=r.text("description", ""), kind=r.text("kind", "talk"),
                delivery_mode=r.text("delivery_mode", "on_site"),
                duration_minutes=r.whole("duration_minutes", 60),
                expected_onsite=r.whole("expected_onsite", 0),
                expected_online=r.whole("expected_online", 0),
                required_features=r.texts("required_features"), allowed_days=r.texts("allowed_days"),
                language=r.text("language", "zh"), interpretation=r.flag("interpretation", False),
                track=r.text("track", ""), tags=r.texts("tags"),
                target_timezones=r.texts("target_timezones"), optional=r.flag("optional", False),
                status=r.text("status", "confirmed"), **self.pin(r)))
            self.session_links(r, s)

    def pin(self, r: Reader) -> dict:
        pin = r.raw("pin", None)
        if pin is None:
            return {}
        p = Reader(pin, f"{r.where}.pin", self.problems, self.tz)
        fields = {"pin_room_id": p.ref("room", self.table(m.Room), "room", None),
                  "pin_channel_id": p.ref("channel", self.table(m.Channel), "channel", None),
                  "pin_start": p.moment("start", None)}
        p.check_unknown()
        return fields

    def session_links(self, r: Reader, s: m.Session) -> None:
        for i, item in enumerate(r.items("people")):
            p = Reader(item, f"{r.where}.people[{i}]", self.problems)
            self.store(p, m.SessionPerson(
                session_id=s.id, person_id=p.ref("person", self.table(m.Person), "person"),
                role=p.text("role", "speaker"), presence=p.text("presence", "on_site")), keyed=False)
        for i, item in enumerate(r.items("resources")):
            p = Reader(item, f"{r.where}.resources[{i}]", self.problems)
            self.store(p, m.SessionResource(
                session_id=s.id, resource_id=p.ref("resource", self.table(m.Resource), "resource"),
                amount=p.whole("amount", 1)), keyed=False)
        for i, item in enumerate(r.items("windows")):
            w = Reader(item, f"{r.where}.windows[{i}]", self.problems, self.tz)
            self.store(w, m.SessionWindow(session_id=s.id, kind=w.text("kind", "allowed"),
                                          start=w.moment("start"), end=w.moment("end")), keyed=False)
        self.place_rules(r, session_id=s.id)

    def relations(self) -> None:
        sessions = self.table(m.Session)
        for r, _ in self.section("relations"):
            self.store(r, m.Relation(
                kind=r.text("kind"), first_id=r.ref("first", sessions, "session"),
                second_id=r.ref("second", sessions, "session"),
                min_gap_minutes=r.whole("min_gap_minutes", 0)), keyed=False)

    def schedule(self) -> None:
        for r, _ in self.section("schedule"):
            self.store(r, m.Assignment(
                session_id=r.ref("session", self.table(m.Session), "session"),
                room_id=r.ref("room", self.table(m.Room), "room", None),
                channel_id=r.ref("channel", self.table(m.Channel), "channel", None),
                start=r.moment("start")), keyed=False)

    def versions(self) -> None:
        for r, _ in self.section("versions"):
            version = self.store(r, m.Version(number=r.whole("number"),
                                              published_at=r.moment("published_at"),
                                              note=r.text("note", "")), keyed=False)
            for i, item in enumerate(r.items("entries")):
                e = Reader(item, f"{r.where}.entries[{i}]", self.problems, self.tz)
                self.store(e, m.VersionEntry(
                    version_id=version.id, session_uid=e.text("session_uid"),
                    status=e.text("status", "confirmed"), sequence=e.whole("sequence", 0),
                    start=e.moment("start", None), end=e.moment("end", None),
                    room_key=e.text("room", None), channel_key=e.text("channel", None),
                    data=e.raw("data", {})), keyed=False)

    def scenarios(self) -> None:
        load_scenarios(self)

    def profiles(self) -> None:
        seen = set()
        for r, _ in self.section("profiles"):
            kind, name, data = r.text("kind"), r.text("name", ""), r.raw("data", {})
            if kind == "":
                r.fail("must not be empty", "kind")
            if not isinstance(data, dict):
                r.fail(f"must be an object, not {data!r}", "data")
            if (kind, name) in seen:
                r.fail(f"a profile of kind '{kind}' named '{name}' is given twice", "name")
            seen.add((kind, name))
            self.store(r, m.BenchmarkProfile(kind=kind, name=name, data=data), keyed=False)
