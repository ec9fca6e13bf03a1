"""Write a whole event as JSON (schema version 1, see docs/json-format.md)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from sqlmodel import Session as DbSession
from sqlmodel import select

from ..domain import models as m
from ..eventtime import format_clock, format_moment
from ..project import Project
from .json_scenarios import dump_scenarios

SCHEMA_VERSION = 1


def dump_event(project: Project) -> dict:
    """The whole project as a JSON-ready dict, every field written, in a stable order."""
    with project.transaction() as db:
        return _Dump(db).document()


def write_event_json(project: Project, out: Path) -> Path:
    text = json.dumps(dump_event(project), ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(out), text.encode("utf-8"))
    return Path(out)


def write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: readers see the old file or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Dump:
    def __init__(self, db: DbSession):
        self.db = db
        self.event = db.get(m.Event, 1)
        self.tz = self.event.timezone
        self.keys = {model: {row.id: row.key for row in self.rows(model)}
                     for model in (m.City, m.Venue, m.Room, m.Channel, m.Person, m.Group,
                                   m.Resource, m.Session)}

    def rows(self, model, **where):
        query = select(model).filter_by(**where)
        for column in model.__table__.primary_key.columns:
            query = query.order_by(column)
        return self.db.exec(query).all()

    def key(self, model, row_id):
        return None if row_id is None else self.keys[model][row_id]

    def when(self, moment):
        return None if moment is None else format_moment(moment, self.tz)

    def document(self) -> dict:
        document = {
            "schema_version": SCHEMA_VERSION,
            "event": self.event_part(),
            "cities": [self.city(row) for row in self.rows(m.City)],
            "travel_times": [self.travel(row) for row in self.rows(m.TravelTime)],
            "venues": [self.venue(row) for row in self.rows(m.Venue)],
            "rooms": [self.room(row) for row in self.rows(m.Room)],
            "channels": [self.channel(row) for row in self.rows(m.Channel)],
            "people": [self.person(row) for row in self.rows(m.Person)],
            "groups": [self.group(row) for row in self.rows(m.Group)],
            "resources": [self.resource(row) for row in self.rows(m.Resource)],
            "sessions": [self.session(row) for row in self.rows(m.Session)],
            "relations": [self.relation(row) for row in self.rows(m.Relation)],
            "schedule": [self.assignment(row) for row in self.rows(m.Assignment)],
            "versions": [self.version(row) for row in self.rows(m.Version)],
        }
        profiles = [self.profile(row) for row in self.rows(m.BenchmarkProfile)]
        if profiles:  # only then: files of projects without benchmarks stay as they were
            document["profiles"] = profiles
        document |= dump_scenarios(self)  # likewise: only when the project holds a scenario
        return document

    def event_part(self) -> dict:
        e = self.event
        return {"name_en": e.name_en, "name_zh": e.name_zh, "timezone": e.timezone,
                "start_date": e.start_date.isoformat(), "day_count": e.day_count,
                "day_start": format_clock(e.day_start), "day_end": format_clock(e.day_end),
                "granularity_minutes": e.granularity_minutes, "organiser_name": e.organiser_name,
                "organiser_email": e.organiser_email, "url": e.url, "weights": e.weights}

    @staticmethod
    def named(row) -> dict:
        return {"key": row.key, "name_en": row.name_en, "name_zh": row.name_zh}

    def city(self, row) -> dict:
        return self.named(row) | {"timezone": row.timezone}

    def travel(self, row) -> dict:
        return {"from": self.key(m.City, row.from_city_id), "to": self.key(m.City, row.to_city_id),
                "minutes": row.minutes, "mode": row.mode}

    def venue(self, row) -> dict:
        return {"key": row.key, "city": self.key(m.City, row.city_id), "name_en": row.name_en,
                "name_zh": row.name_zh, "address_en": row.address_en, "address_zh": row.address_zh,
                "latitude": row.latitude, "longitude": row.longitude}

    def windows(self, **owner) -> list[dict]:
        return [{"kind": w.kind, "start": self.when(w.start), "end": self.when(w.end),
                 "capacity": w.capacity, "note": w.note} for w in self.rows(m.Window, **owner)]

    def place_rules(self, **owner) -> list[dict]:
        out = []
        targets = (("city", m.City), ("venue", m.Venue), ("room", m.Room), ("channel", m.Channel))
        for rule in self.rows(m.PlaceRule, **owner):
            target = next(((name, self.key(model, getattr(rule, f"{name}_id")))
                           for name, model in targets if getattr(rule, f"{name}_id") is not None),
                          ("room_tag", rule.room_tag))
            out.append({"kind": rule.kind, target[0]: target[1]})
        return out

    def room(self, row) -> dict:
        return {"key": row.key, "venue": self.key(m.Venue, row.venue_id), "name_en": row.name_en,
                "name_zh": row.name_zh, "seats": row.seats, "features": row.features,
                "tags": row.tags, "changeover_minutes": row.changeover_minutes,
                "windows": self.windows(room_id=row.id)}

    def channel(self, row) -> dict:
        return self.named(row) | {
            "platform": row.platform, "viewer_capacity": row.viewer_capacity,
            "join_url": row.join_url, "changeover_minutes": row.changeover_minutes,
            "windows": self.windows(channel_id=row.id)}

    def person(self, row) -> dict:
        return self.named(row) | {
            "organisation": row.organisation, "position": row.position, "email": row.email,
            "home_timezone": row.home_timezone, "windows": self.windows(person_id=row.id),
            "place_rules": self.place_rules(person_id=row.id)}

    def group(self, row) -> dict:
        return self.named(row) | {
            "kind": row.kind, "size": row.size, "home_timezone": row.home_timezone,
            "members": [self.key(m.Person, link.person_id)
                        for link in self.rows(m.GroupMember, group_id=row.id)],
            "sessions": [{"session": self.key(m.Session, link.session_id),
                          "attendance": link.attendance}
                         for link in self.rows(m.GroupSession, group_id=row.id)],
            "windows": self.windows(group_id=row.id)}

    def resource(self, row) -> dict:
        return self.named(row) | {"kind": row.kind, "capacity": row.capacity,
                                  "windows": self.windows(resource_id=row.id)}

    def session(self, s) -> dict:
        pinned = s.pin_room_id is not None or s.pin_channel_id is not None or s.pin_start is not None
        return {
            "key": s.key, "uid": s.uid, "title_en": s.title_en, "title_zh": s.title_zh,
            "description": s.description, "kind": s.kind, "delivery_mode": s.delivery_mode,
            "duration_minutes": s.duration_minutes, "expected_onsite": s.expected_onsite,
            "expected_online": s.expected_online, "required_features": s.required_features,
            "allowed_days": s.allowed_days, "language": s.language,
            "interpretation": s.interpretation, "track": s.track, "tags": s.tags,
            "target_timezones": s.target_timezones, "optional": s.optional, "status": s.status,
            "people": [{"person": self.key(m.Person, link.person_id), "role": link.role,
                        "presence": link.presence}
                       for link in self.rows(m.SessionPerson, session_id=s.id)],
            "resources": [{"resource": self.key(m.Resource, link.resource_id), "amount": link.amount}
                          for link in self.rows(m.SessionResource, session_id=s.id)],
            "windows": [{"kind": w.kind, "start": self.when(w.start), "end": self.when(w.end)}
                        for w in self.rows(m.SessionWindow, session_id=s.id)],
            "place_rules": self.place_rules(session_id=s.id),
            "pin": {"room": self.key(m.Room, s.pin_room_id),
                    "channel": self.key(m.Channel, s.pin_channel_id),
                    "start": self.when(s.pin_start)} if pinned else None,
        }

    def relation(self, row) -> dict:
        return {"kind": row.kind, "first": self.key(m.Session, row.first_id),
                "second": self.key(m.Session, row.second_id), "min_gap_minutes": row.min_gap_minutes}

    def assignment(self, row) -> dict:
        return {"session": self.key(m.Session, row.session_id), "room": self.key(m.Room, row.room_id),
                "channel": self.key(m.Channel, row.channel_id), "start": self.when(row.start)}

    def version(self, row) -> dict:
        return {"number": row.number, "published_at": self.when(row.published_at), "note": row.note,
                "entries": [{"session_uid": e.session_uid, "status": e.status, "sequence": e.sequence,
                             "start": self.when(e.start), "end": self.when(e.end),
                             "room": e.room_key, "channel": e.channel_key, "data": e.data}
                            for e in self.rows(m.VersionEntry, version_id=row.id)]}

    @staticmethod
    def profile(row) -> dict:
        return {"kind": row.kind, "name": row.name, "data": row.data}
