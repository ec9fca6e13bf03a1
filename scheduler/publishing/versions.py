"""Published versions: the current schedule frozen, numbered, with RFC 5545 sequence numbers.

A version holds one entry per session: every session the project holds now
(scheduled or not, cancelled or not), plus every session an earlier version
published that has since been deleted. An entry is a frozen copy: ``data``
holds what a calendar or a change log needs, so later edits of rooms, people
or titles never change what was published.

Keys of ``data``: key, title_en, title_zh, description, kind, delivery_mode,
language, interpretation, track, tags, duration_minutes, expected_onsite,
expected_online, timezone (the event's), room_key, room_name_en, room_name_zh,
venue_key, venue_name_en, venue_name_zh, venue_address_en, venue_address_zh,
latitude, longitude, city_key, city_name_en, city_name_zh, channel_key,
channel_name_en, channel_name_zh, channel_platform, join_url, people (list of
{key, name_en, name_zh, role, presence}), groups (list of {key, name_en,
name_zh, attendance}); and ``deleted: true`` once the session is no longer in
the project. Place fields are None when the session has no room or channel.

SEQUENCE (RFC 5545): 0 the first time a session is published; +1 in a version
where its start, end, room, venue or status differs from its previous entry;
never down. A published session that is cancelled or deleted keeps its last
published entry (time, place, data) with status "cancelled": that costs +1
once, and later versions repeat it unchanged. A session cancelled before it was
ever published is frozen as it is now, without time or place, at sequence 0.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlmodel import Session as DbSession
from sqlmodel import select

from ..domain import models as m
from ..domain.enums import SessionStatus
from ..errors import DataError, NotFound
from ..project import Project

CANCELLED = SessionStatus.CANCELLED.value
WORKING = "working"


@dataclass(frozen=True)
class VersionSummary:
    """A version with its counts, for listings."""

    version: m.Version
    sessions: int
    scheduled: int
    cancelled: int


def publish(project: Project, note: str, now: datetime | None = None) -> m.Version:
    """Freeze the current schedule as the next version, in one transaction."""
    published_at = _to_the_second(now or datetime.now(timezone.utc))
    with project.transaction("publishing") as db:
        _refuse_while_scenario(db)
        entries = _frozen(db)
        last = db.exec(select(m.Version.number).order_by(m.Version.number.desc())).first()
        version = m.Version(number=(last or 0) + 1, published_at=published_at, note=note)
        db.add(version)
        db.flush()
        for entry in entries.values():
            entry.version_id = version.id
            db.add(entry)
    return version


def _refuse_while_scenario(db: DbSession) -> None:
    """Only the main schedule is published: a scenario being edited is a what-if."""
    state = db.get(m.ActiveScenario, 1)
    scenario = db.get(m.Scenario, state.scenario_id) if state and state.scenario_id else None
    if scenario is not None:
        raise DataError(f"scenario '{scenario.name}' is being edited, not the main schedule: "
                        "switch back to the main schedule or promote the scenario first")


def versions(project: Project) -> list[m.Version]:
    with project.transaction() as db:
        return list(db.exec(select(m.Version).order_by(m.Version.number)).all())


def version_summaries(project: Project) -> list[VersionSummary]:
    out = []
    with project.transaction() as db:
        for version in db.exec(select(m.Version).order_by(m.Version.number)).all():
            entries = db.exec(select(m.VersionEntry).where(m.VersionEntry.version_id == version.id)).all()
            cancelled = sum(e.status == CANCELLED for e in entries)
            scheduled = sum(e.status != CANCELLED and e.start is not None for e in entries)
            out.append(VersionSummary(version, len(entries), scheduled, cancelled))
    return out


def version_entries(project: Project, number: int) -> dict[str, m.VersionEntry]:
    """The entries of version ``number`` by session UID, in time order."""
    with project.transaction() as db:
        version = db.exec(select(m.Version).where(m.Version.number == number)).first()
        if version is None:
            raise NotFound(f"no version {number} ({_which_exist(db)})")
        rows = db.exec(select(m.VersionEntry).where(m.VersionEntry.version_id == version.id)).all()
        return _in_time_order(rows)


def working_entries(project: Project) -> dict[str, m.VersionEntry]:
    """What ``publish`` would write now (entries not attached to any version), nothing stored."""
    with project.transaction() as db:
        return _frozen(db)


def _which_exist(db: DbSession) -> str:
    numbers = list(db.exec(select(m.Version.number).order_by(m.Version.number)).all())
    if not numbers:
        return "nothing has been published yet"
    if len(numbers) == 1:
        return f"the project has version {numbers[0]}"
    return f"the project has versions {numbers[0]}–{numbers[-1]}"


def _to_the_second(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DataError("publishing: the time of publishing must carry a time zone")
    return moment.astimezone(timezone.utc).replace(microsecond=0)


def _in_time_order(entries) -> dict[str, m.VersionEntry]:
    far = datetime.max.replace(tzinfo=timezone.utc)
    ordered = sorted(entries, key=lambda e: (e.start or far, e.data.get("key", ""), e.session_uid))
    return {e.session_uid: e for e in ordered}


# -- freezing ------------------------------------------------------------------------------------


def _frozen(db: DbSession) -> dict[str, m.VersionEntry]:
    """The next version's entries: the project now, measured against what was published."""
    published = _last_published(db)
    out = []
    for uid, entry in _Current(db).entries().items():
        last = published.get(uid)
        if last is not None and entry.status == CANCELLED:
            out.append(_carried(last))
        else:
            entry.sequence = _next_sequence(entry, last)
            out.append(entry)
    current = {e.session_uid for e in out}
    out.extend(_carried(last, deleted=True) for uid, last in published.items() if uid not in current)
    return _in_time_order(out)


def _last_published(db: DbSession) -> dict[str, m.VersionEntry]:
    """Each session's entry in the latest version it appears in."""
    rows = db.exec(select(m.VersionEntry).join(m.Version).order_by(m.Version.number)).all()
    return {entry.session_uid: entry for entry in rows}


def _carried(last: m.VersionEntry, deleted: bool = False) -> m.VersionEntry:
    """A published session that is cancelled (or deleted) now: its last entry, marked cancelled."""
    data = {k: v for k, v in last.data.items() if k != "deleted"} | ({"deleted": True} if deleted else {})
    entry = m.VersionEntry(session_uid=last.session_uid, status=CANCELLED, start=last.start,
                           end=last.end, room_key=last.room_key, channel_key=last.channel_key,
                           data=data)
    entry.sequence = _next_sequence(entry, last)
    return entry


def _next_sequence(entry: m.VersionEntry, last: m.VersionEntry | None) -> int:
    if last is None:
        return 0
    return last.sequence + int(significant(entry) != significant(last))


def significant(entry: m.VersionEntry) -> tuple:
    """What a calendar must be re-sent for (RFC 5545 SEQUENCE): time, room or venue, status."""
    return entry.start, entry.end, entry.room_key, entry.data.get("venue_key"), entry.status


class _Current:
    """The project's sessions as entries, read in one transaction."""

    def __init__(self, db: DbSession):
        self.db = db
        self.timezone = db.get(m.Event, 1).timezone
        self.cities, self.venues, self.rooms, self.channels, self.people, self.groups = (
            {row.id: row for row in db.exec(select(model)).all()}
            for model in (m.City, m.Venue, m.Room, m.Channel, m.Person, m.Group))
        self.assignments = {a.session_id: a for a in db.exec(select(m.Assignment)).all()}
        self.links = defaultdict(list)
        for link in db.exec(select(m.SessionPerson).order_by(m.SessionPerson.session_id,
                                                             m.SessionPerson.person_id)).all():
            self.links[("person", link.session_id)].append(link)
        for link in db.exec(select(m.GroupSession).order_by(m.GroupSession.session_id,
                                                            m.GroupSession.group_id)).all():
            self.links[("group", link.session_id)].append(link)

    def entries(self) -> dict[str, m.VersionEntry]:
        sessions = self.db.exec(select(m.Session).order_by(m.Session.id)).all()
        return {s.uid: self.entry(s) for s in sessions}

    def entry(self, s: m.Session) -> m.VersionEntry:
        placed = self.assignments.get(s.id) if s.status != CANCELLED else None
        room = self.rooms.get(placed.room_id) if placed else None
        channel = self.channels.get(placed.channel_id) if placed else None
        start = placed.start if placed else None
        return m.VersionEntry(
            session_uid=s.uid, status=s.status, start=start,
            end=start + timedelta(minutes=s.duration_minutes) if start else None,
            room_key=room.key if room else None, channel_key=channel.key if channel else None,
            data=self.data(s, room, channel))

    def data(self, s: m.Session, room: m.Room | None, channel: m.Channel | None) -> dict:
        venue = self.venues[room.venue_id] if room else None
        city = self.cities[venue.city_id] if venue else None
        return {
            "key": s.key, "title_en": s.title_en, "title_zh": s.title_zh,
            "description": s.description, "kind": s.kind, "delivery_mode": s.delivery_mode,
            "language": s.language, "interpretation": s.interpretation, "track": s.track,
            "tags": list(s.tags), "duration_minutes": s.duration_minutes,
            "expected_onsite": s.expected_onsite, "expected_online": s.expected_online,
            "timezone": self.timezone,
            **_named("room", room), **_named("venue", venue), **_named("city", city),
            "venue_address_en": venue.address_en if venue else None,
            "venue_address_zh": venue.address_zh if venue else None,
            "latitude": venue.latitude if venue else None,
            "longitude": venue.longitude if venue else None,
            **_named("channel", channel),
            "channel_platform": channel.platform if channel else None,
            "join_url": channel.join_url if channel else None,
            "people": [_named_row(self.people[link.person_id])
                       | {"role": link.role, "presence": link.presence}
                       for link in self.links[("person", s.id)]],
            "groups": [_named_row(self.groups[link.group_id]) | {"attendance": link.attendance}
                       for link in self.links[("group", s.id)]],
        }


def _named(prefix: str, row) -> dict:
    return {f"{prefix}_key": row.key if row else None,
            f"{prefix}_name_en": row.name_en if row else None,
            f"{prefix}_name_zh": row.name_zh if row else None}


def _named_row(row) -> dict:
    return {"key": row.key, "name_en": row.name_en, "name_zh": row.name_zh}
