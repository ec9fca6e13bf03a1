"""Make a Slotwise project from an OptaPlanner conference-scheduling .xlsx file.

The dataset becomes an ordinary event the engine, the editors and the exports understand, and is also
kept whole in a BenchmarkProfile, so OptaPlanner's score can be recomputed exactly (project_score) and
the file written back. The mapping:

* event: the conference name; time zone UTC (the file has none); from the first timeslot's day over the
  span of days; daily hours from the earliest timeslot start to the latest end; the time grid is the
  gcd of the timeslots' clock minutes (15 in the shipped files; at most 240).
* one city and one venue, both "venue"; rooms -> rooms: seats = capacity, tags = tags, features = the
  talk types the room takes (an empty list in the file means every type, so the room gets them all);
  a room's unavailable timeslots -> unavailable windows.
* speakers -> people, their unavailable timeslots -> unavailable windows; their eight tag lists live
  only in the profile.
* talks -> sessions: key = code, title, kind "talk", track = talk type, required feature = talk type,
  tags "theme:…", "sector:…", "content:…", "audience:…", language; the duration is the length of the
  type's timeslots (the shortest if they differ; recorded in the profile); speakers on site; one
  `allowed` window per timeslot of the talk's type; prerequisites -> `before` relations with gap 0;
  a pinned talk's timeslot and room -> pin_start and pin_room.
* the constraints -> Slotwise rules and weights (rules_map), so `slotwise solve` optimises them;
* the initial assignment -> the stored schedule; the published timeslots and rooms -> version 1
  (only talks with both); everything else (weights, minimum pause, tag sets, favourite counts, crowd
  control risk, audience levels, mutually exclusive tags, the timeslot list) -> the profile only.

A talk with a timeslot but no room cannot be stored as a Slotwise placement; it stays in the profile
only (none of the shipped files has one).
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import get_origin, get_type_hints

from sqlmodel import select

from ..domain import models as m
from ..errors import DataError, ProjectFileError
from ..eventtime import format_moment, zone
from ..interchange.json_format import SCHEMA_VERSION, create_project_from_json
from ..project import Project, built_in_place
from ..store.engine import SUFFIX
from .dataset import Dataset, Room, Speaker, Talk, Timeslot
from .reader import read_dataset
from . import rules_map as rules

KIND = "optaplanner-conference"
TIMEZONE = "UTC"
PLACE = "venue"  # the key of the one city and the one venue
MAX_GRID = 240  # the event's granularity is at most this many minutes
TAG_PREFIXES = (("theme", "theme_tags"), ("sector", "sector_tags"), ("content", "content_tags"),
                ("audience", "audience_types"))
RECORDS = {"timeslots": Timeslot, "rooms": Room, "speakers": Speaker, "talks": Talk}


# -- the profile ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """The dataset and how it was mapped onto the project (the data of its BenchmarkProfile)."""

    dataset: Dataset
    timezone: str
    room_keys: dict[str, str]  # dataset room name -> Slotwise room key
    speaker_keys: dict[str, str]  # speaker name -> person key
    durations: dict[str, int]  # talk type -> session minutes
    file: str = ""

    @classmethod
    def of(cls, dataset: Dataset, file: str = "") -> Profile:
        return cls(dataset, TIMEZONE, keys(room.name for room in dataset.rooms),
                   keys(speaker.name for speaker in dataset.speakers), durations(dataset), file)

    def data(self) -> dict:
        d = self.dataset
        return {"dataset": {"name": d.name, "min_pause": d.min_pause,
                            "weights": {name: list(weight) for name, weight in d.weights.items()},
                            **{part: [record_data(item) for item in getattr(d, part)] for part in RECORDS}},
                "timezone": self.timezone, "room_keys": self.room_keys,
                "speaker_keys": self.speaker_keys, "durations": self.durations, "file": self.file}

    @classmethod
    def from_data(cls, data: dict) -> Profile:
        """The profile stored by `data()`; DataError naming what is wrong when it was damaged."""
        try:
            d = data["dataset"]
            weights = {name: tuple(int(part) for part in weight) for name, weight in d["weights"].items()}
            dataset = Dataset(d["name"], int(d["min_pause"]), weights,
                              *(tuple(record_from(kind, item) for item in d[part])
                                for part, kind in RECORDS.items()))
            zone(data["timezone"])
            return cls(dataset, data["timezone"], dict(data["room_keys"]), dict(data["speaker_keys"]),
                       {kind: int(minutes) for kind, minutes in data["durations"].items()},
                       data.get("file", ""))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataError(f"the {KIND} profile is damaged ({type(exc).__name__}: {exc})") from exc


def record_data(record) -> dict:
    """A dataset record as JSON: tag sets as sorted lists, days and clock times as ISO text."""
    return {f.name: to_json(getattr(record, f.name)) for f in fields(record)}


def to_json(value):
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def record_from(kind: type, item: dict):
    """The record `record_data` wrote, with each field converted back by its declared type."""
    hints = get_type_hints(kind)
    unknown = set(item) - set(hints)
    if unknown:
        raise ValueError(f"{kind.__name__} has no field {', '.join(sorted(unknown))}")
    return kind(**{name: from_json(hints[name], value) for name, value in item.items()})


def from_json(hint, value):
    origin = get_origin(hint) or hint
    if origin is frozenset:
        return frozenset(value)
    if origin is tuple:
        return tuple(value)
    if origin is date:
        return date.fromisoformat(value)
    if origin is time:
        return time.fromisoformat(value)
    return value


def keys(names) -> dict[str, str]:
    """Short keys for names ('R 1' -> 'r-1'), made unique by a number."""
    out: dict[str, str] = {}
    for name in names:
        base = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-") or "item"
        key, n = base, 1
        while key in out.values():
            n += 1
            key = f"{base}-{n}"
        out[name] = key
    return out


def durations(dataset: Dataset) -> dict[str, int]:
    """Talk type -> the length of its timeslots (the shortest when they differ)."""
    lengths: dict[str, set[int]] = {}
    for slot in dataset.timeslots:
        for kind in slot.talk_types:
            lengths.setdefault(kind, set()).add(slot.minutes)
    return {kind: min(found) for kind, found in sorted(lengths.items())}


# -- the import -------------------------------------------------------------------------------------


def import_dataset(xlsx: Path, target: Path, *, replace: bool = False) -> Project:
    """Make the project `target` from an OptaPlanner .xlsx file, atomically; returns it open.

    The project is built beside the target and moved into place only when whole, so a failed import
    leaves nothing behind and replaces nothing.
    """
    xlsx, target = Path(xlsx), Path(target)
    if target.suffix != SUFFIX:
        raise ProjectFileError(f"{target}: a project file's name must end in {SUFFIX}")
    if target.exists() and not replace:
        raise ProjectFileError(f"{target}: already exists; use --replace to overwrite it")
    profile = Profile.of(read_dataset(xlsx), xlsx.name)
    with built_in_place(target, "optaplanner") as partial:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / f"{xlsx.stem}.json"
            source.write_text(json.dumps(Document(profile).document(), ensure_ascii=False), encoding="utf-8")
            project = create_project_from_json(partial, source, replace=True)
        with project:
            publish_published(project, profile)
    return Project.open(target)


class Document:
    """The whole-event JSON document (docs/json-format.md) of a dataset."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.dataset = profile.dataset
        self.slots = {slot.index: slot for slot in self.dataset.timeslots}

    def moment(self, slot: Timeslot, end: bool = False) -> str:
        clock = slot.end if end else slot.start
        return format_moment(datetime.combine(slot.day, clock, tzinfo=zone(TIMEZONE)), TIMEZONE)

    def windows(self, unavailable: frozenset[int]) -> list[dict]:
        return [{"kind": "unavailable", "start": self.moment(self.slots[i]),
                 "end": self.moment(self.slots[i], end=True)} for i in sorted(unavailable)]

    def document(self) -> dict:
        d = self.dataset
        return {
            "schema_version": SCHEMA_VERSION, "event": self.event(),
            "cities": [{"key": PLACE, "name_en": "Venue"}],
            "venues": [{"key": PLACE, "city": PLACE, "name_en": "Venue"}],
            "rooms": [self.room(room) for room in d.rooms],
            "resources": rules.crowd_resources(d),
            "people": [self.person(s) for s in d.speakers],
            "sessions": [self.session(talk) for talk in d.talks],
            "relations": [{"kind": "before", "first": first, "second": talk.code, "min_gap_minutes": 0}
                          for talk in d.talks for first in sorted(talk.prerequisite_codes)
                          if first != talk.code] + rules.exclusive_relations(d),
            "schedule": [self.placement(code, slot, room) for code, (slot, room) in initial(d).items()],
            "profiles": [{"kind": KIND, "name": d.name, "data": self.profile.data()}],
        }

    def event(self) -> dict:
        slots = self.dataset.timeslots
        first, last = min(s.day for s in slots), max(s.day for s in slots)
        return {"name_en": self.dataset.name, "timezone": TIMEZONE, "start_date": first.isoformat(),
                "day_count": (last - first).days + 1,
                "day_start": min(s.start for s in slots).strftime("%H:%M"),
                "day_end": max(s.end for s in slots).strftime("%H:%M"),
                "granularity_minutes": grid(slots),
                "weights": rules.engine_weights(self.dataset, self.profile.durations)}

    def person(self, speaker) -> dict:
        slots = self.dataset.timeslots
        return {"key": self.profile.speaker_keys[speaker.name], "name_en": speaker.name,
                "windows": self.windows(speaker.unavailable)
                + rules.tag_windows(slots, speaker.preferred_timeslot_tags, "preferred", self.moment)
                + rules.tag_windows(slots, speaker.undesired_timeslot_tags, "undesired", self.moment),
                "place_rules": rules.room_rules(speaker)}

    def room(self, room: Room) -> dict:
        types = room.talk_types or frozenset().union(*(s.talk_types for s in self.dataset.timeslots))
        return {"key": self.profile.room_keys[room.name], "venue": PLACE, "name_en": room.name,
                "seats": room.capacity, "features": sorted(types), "tags": sorted(room.tags),
                "windows": self.windows(room.unavailable)}

    def session(self, talk: Talk) -> dict:
        slots = rules.allowed_slots(self.dataset, talk)
        pin = None
        if talk.pinned and (talk.timeslot is not None or talk.room is not None):
            pin = {"room": self.profile.room_keys.get(talk.room), "channel": None,
                   "start": None if talk.timeslot is None else self.moment(self.slots[talk.timeslot])}
        return {
            "key": talk.code, "title_en": talk.title or talk.code, "kind": "talk",
            "duration_minutes": self.profile.durations[talk.talk_type],
            "required_features": [talk.talk_type], "language": talk.language, "track": talk.talk_type,
            "tags": [f"{prefix}:{tag}" for prefix, name in TAG_PREFIXES
                     for tag in sorted(getattr(talk, name))] + rules.talk_tags(talk),
            "people": [{"person": self.profile.speaker_keys[name], "role": "speaker", "presence": "on_site"}
                       for name in dict.fromkeys(talk.speakers)],
            "windows": [{"kind": "allowed", "start": self.moment(slot), "end": self.moment(slot, end=True)}
                        for slot in slots]
            + rules.tag_windows(slots, talk.preferred_timeslot_tags, "preferred", self.moment)
            + rules.tag_windows(slots, talk.undesired_timeslot_tags, "undesired", self.moment),
            "place_rules": rules.room_rules(talk),
            "resources": rules.crowd_use(talk),
            "pin": pin,
        }

    def placement(self, code: str, slot: int, room: str) -> dict:
        return {"session": code, "room": self.profile.room_keys[room], "channel": None,
                "start": self.moment(self.slots[slot])}


def initial(dataset: Dataset) -> dict[str, tuple[int, str]]:
    """The talks the file places in both a timeslot and a room (the only ones a project can store)."""
    return {t.code: (t.timeslot, t.room) for t in dataset.talks
            if t.timeslot is not None and t.room is not None}


def published(dataset: Dataset) -> dict[str, tuple[int, str]]:
    return {t.code: (t.published_timeslot, t.published_room) for t in dataset.talks
            if t.published_timeslot is not None and t.published_room is not None}


def grid(slots: tuple[Timeslot, ...]) -> int:
    """The largest step (at most MAX_GRID minutes) on which every timeslot starts and ends."""
    g = math.gcd(*(clock.hour * 60 + clock.minute for s in slots for clock in (s.start, s.end)))
    return max(d for d in range(1, min(g, MAX_GRID) + 1) if g % d == 0)


def publish_published(project: Project, profile: Profile) -> None:
    """Version 1 holds the file's published placements; the stored schedule stays the initial one."""
    from ..publishing import publish

    placements = published(profile.dataset)
    if not placements:
        return
    document = Document(profile)
    replace_schedule(project, [document.placement(code, *where) for code, where in placements.items()])
    publish(project, f"Published in the OptaPlanner file {profile.file}: {len(placements)} talk(s)".strip())
    replace_schedule(project, [document.placement(code, *where)
                               for code, where in initial(profile.dataset).items()])


def replace_schedule(project: Project, placements: list[dict]) -> None:
    """Store exactly these placements (as Document.placement writes them), in one transaction."""
    with project.transaction("the schedule") as db:
        sessions = {s.key: s.id for s in db.exec(select(m.Session)).all()}
        rooms = {r.key: r.id for r in db.exec(select(m.Room)).all()}
        for old in db.exec(select(m.Assignment)).all():
            db.delete(old)
        db.flush()
        for p in placements:
            start = datetime.fromisoformat(p["start"]).astimezone(timezone.utc)
            db.add(m.Assignment(session_id=sessions[p["session"]], room_id=rooms[p["room"]],
                                start=start))
