"""The change log between two versions (or a version and the working schedule).

Sessions are compared by UID: added, cancelled, removed (deleted from the
project) and changed, each change named by kind with old and new values in the
event's time zone; then, per person and per group, which of their sessions
changed and how: who must be told what.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ..errors import SlotwiseError
from ..eventtime import zone
from ..project import Project
from .versions import CANCELLED, WORKING, version_entries, working_entries

# The kinds of change, in the order they are listed.
KINDS = ("status", "day", "time", "city", "room", "channel", "delivery_mode")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NOT_SCHEDULED = "not scheduled"
NONE = "none"

Ref = int | str  # a version number or "working"


@dataclass(frozen=True)
class Change:
    kind: str  # one of KINDS
    old: str
    new: str


@dataclass(frozen=True)
class SessionChange:
    """What happened to one session; ``when`` and ``where`` as it stands now (as it stood, if gone)."""

    uid: str
    key: str
    title_en: str
    title_zh: str
    what: str  # added, cancelled, removed or changed
    when: str
    where: str
    changes: tuple[Change, ...] = ()

    def kinds(self) -> tuple[str, ...]:
        return tuple(c.kind for c in self.changes)


@dataclass(frozen=True)
class Concern:
    """One changed session of a person (with their role) or a group (with its attendance)."""

    session: SessionChange
    part: str


@dataclass(frozen=True)
class Impact:
    """Someone to tell, and about which of their sessions."""

    key: str
    name_en: str
    name_zh: str
    concerns: tuple[Concern, ...]

    def session_keys(self) -> set[str]:
        return {c.session.key for c in self.concerns}


@dataclass(frozen=True)
class ChangeLog:
    old_label: str
    new_label: str
    timezone: str
    added: tuple[SessionChange, ...] = ()
    cancelled: tuple[SessionChange, ...] = ()
    removed: tuple[SessionChange, ...] = ()
    changed: tuple[SessionChange, ...] = ()
    people: tuple[Impact, ...] = ()
    groups: tuple[Impact, ...] = ()

    @property
    def sessions(self) -> tuple[SessionChange, ...]:
        return self.added + self.cancelled + self.removed + self.changed

    def __bool__(self) -> bool:
        return bool(self.sessions)

    def person(self, key: str) -> Impact | None:
        return next((i for i in self.people if i.key == key), None)

    def group(self, key: str) -> Impact | None:
        return next((i for i in self.groups if i.key == key), None)


def parse_ref(text: str | int) -> Ref:
    """A version number, or "working" for the schedule as it stands (not yet published)."""
    if isinstance(text, int) or str(text).strip().isdigit():
        number = int(text)
        if number > 0:
            return number
    elif str(text).strip().lower() == WORKING:
        return WORKING
    raise SlotwiseError(f"'{text}' is not a version number or '{WORKING}'")


def ref_label(ref: Ref) -> str:
    return "the working schedule" if ref == WORKING else f"version {ref}"


def entries_of(project: Project, ref: Ref) -> dict:
    ref = parse_ref(ref)
    return working_entries(project) if ref == WORKING else version_entries(project, ref)


def diff(project: Project, a: Ref, b: Ref) -> ChangeLog:
    """What changed from ``a`` to ``b`` (version numbers or "working")."""
    old, new = entries_of(project, a), entries_of(project, b)
    return compare(old, new, project.event().timezone, ref_label(parse_ref(a)), ref_label(parse_ref(b)))


def compare(old: Mapping, new: Mapping, tz: str, old_label: str = "before",
            new_label: str = "after") -> ChangeLog:
    """The change log between two sets of entries keyed by session UID."""
    found = {"added": [], "cancelled": [], "removed": [], "changed": []}
    pairs = {}
    for uid in list(old) + [uid for uid in new if uid not in old]:
        a, b = old.get(uid), new.get(uid)
        change = _session_change(a, b, tz)
        if change is not None:
            found[change.what].append(change)
            pairs[uid] = (a, b)
    by_time = _order(pairs)
    ordered = {what: tuple(sorted(items, key=by_time)) for what, items in found.items()}
    everything = sorted((c for items in found.values() for c in items), key=by_time)
    return ChangeLog(old_label, new_label, tz, **ordered,
                     people=_impacts(everything, pairs, "people", "role"),
                     groups=_impacts(everything, pairs, "groups", "attendance"))


def _session_change(a, b, tz: str) -> SessionChange | None:
    live_a = a is not None and a.status != CANCELLED
    live_b = b is not None and b.status != CANCELLED
    if not live_a and not live_b:
        return None  # never announced, or already told it is off
    if a is None:
        return _made("added", b, tz)
    if not live_b:
        gone = b is None or b.data.get("deleted")
        return _made("removed" if gone else "cancelled", a, tz,
                     (Change("status", a.status, CANCELLED),) if b is not None else ())
    changes = tuple(changes_between(a, b, tz))
    return _made("changed", b, tz, changes) if changes else None


def _made(what: str, entry, tz: str, changes: tuple[Change, ...] = ()) -> SessionChange:
    data = entry.data
    return SessionChange(uid=entry.session_uid, key=data.get("key", ""),
                         title_en=data.get("title_en", ""), title_zh=data.get("title_zh", ""),
                         what=what, when=when(entry, tz), where=where(entry), changes=changes)


def changes_between(a, b, tz: str) -> list[Change]:
    """Every kind of change from entry ``a`` to entry ``b``, in the order of KINDS."""
    out = []
    if a.status != b.status:
        out.append(Change("status", a.status, b.status))
    if (a.start is None) != (b.start is None):
        out.append(Change("time", when(a, tz), when(b, tz)))
    elif a.start is not None:
        if _day(a.start, tz) != _day(b.start, tz):
            out.append(Change("day", _day(a.start, tz), _day(b.start, tz)))
        if _hours(a, tz) != _hours(b, tz):
            out.append(Change("time", _hours(a, tz), _hours(b, tz)))
    for kind in ("city", "room", "channel"):
        if a.data.get(f"{kind}_key") != b.data.get(f"{kind}_key"):
            out.append(Change(kind, _name(a.data, kind), _name(b.data, kind)))
    if a.data.get("delivery_mode") != b.data.get("delivery_mode"):
        out.append(Change("delivery_mode", _mode(a.data), _mode(b.data)))
    return out


def when(entry, tz: str) -> str:
    """'Fri 2021-05-28 09:00–09:30' in the event's zone, or 'not scheduled'."""
    if entry.start is None:
        return NOT_SCHEDULED
    return f"{_day(entry.start, tz)} {_hours(entry, tz)}"


def where(entry) -> str:
    """'Main Hall, Shandong … Center, Jinan + Main Livestream (online)'."""
    data = entry.data
    room = ", ".join(filter(None, (data.get("room_name_en"), data.get("venue_name_en"),
                                   data.get("city_name_en"))))
    channel = f"{data['channel_name_en']} (online)" if data.get("channel_name_en") else ""
    return " + ".join(filter(None, (room, channel))) or "no place"


def _day(moment: datetime, tz: str) -> str:
    local = moment.astimezone(zone(tz))
    return f"{WEEKDAYS[local.weekday()]} {local:%Y-%m-%d}"


def _hours(entry, tz: str) -> str:
    start = entry.start.astimezone(zone(tz))
    end = entry.end.astimezone(zone(tz)) if entry.end else None
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"


def _name(data: dict, kind: str) -> str:
    return data.get(f"{kind}_name_en") or data.get(f"{kind}_key") or NONE


def _mode(data: dict) -> str:
    return (data.get("delivery_mode") or NONE).replace("_", " ")


def _order(pairs):
    def key(change: SessionChange):
        a, b = pairs[change.uid]
        entry = b if b is not None and b.start is not None else a
        start = entry.start.isoformat() if entry is not None and entry.start else "~"
        return start, change.key, change.uid

    return key


def _impacts(changes: list[SessionChange], pairs, field: str, part: str) -> tuple[Impact, ...]:
    """Per person (or group) in the session before or after: their changed sessions."""
    names: dict[str, dict] = {}
    concerns: dict[str, list[Concern]] = {}
    for change in changes:
        a, b = pairs[change.uid]
        involved = {}
        for entry in (a, b):  # the newer entry's role wins
            for item in (entry.data.get(field, []) if entry is not None else []):
                involved[item["key"]] = item
        for key, item in involved.items():
            names[key] = item
            concerns.setdefault(key, []).append(Concern(change, item.get(part, "")))
    ordered = sorted(names, key=lambda k: (names[k].get("name_en", k).casefold(), k))
    return tuple(Impact(key, names[key].get("name_en", key), names[key].get("name_zh", ""),
                        tuple(concerns[key])) for key in ordered)
