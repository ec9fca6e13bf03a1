"""Which published entries go in which calendar feed, and the feeds' file names.

Feeds of one version: the whole programme; one per city, venue, room, channel,
person and group that some entry of the version names; and the online feed
(every session an online participant can join: online or hybrid, with a
channel or a join link). Only entries with a time become events: a session
that was never scheduled has nothing a calendar can show. Cancelled entries
keep their last time and place, so they stay in the feeds they were in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain import models as m

PROGRAMME = "programme"
ONLINE = "online"
# Feed kinds in index order, with the entry data field that names the thing covered.
KINDS = ("city", "venue", "room", "channel", "person", "group")
_KEY_FIELD = {"city": "city_key", "venue": "venue_key", "room": "room_key", "channel": "channel_key"}


@dataclass
class Feed:
    """One calendar: its file name, what it covers and its entries (in time order)."""

    kind: str  # "programme", "online" or one of KINDS
    key: str | None
    name_en: str
    name_zh: str
    filename: str
    entries: list[m.VersionEntry] = field(default_factory=list)

    @property
    def covers(self) -> dict:
        return {"kind": self.kind, "key": self.key, "name_en": self.name_en, "name_zh": self.name_zh}


def slug(text: str) -> str:
    """A file-name-safe form of a key: lowercase ASCII letters, digits and dashes."""
    out = re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")
    return out or "x"


def is_online(entry: m.VersionEntry) -> bool:
    """Whether an online participant can join the session."""
    data = entry.data
    return data.get("delivery_mode") in ("online", "hybrid") and bool(
        entry.channel_key or data.get("channel_key") or data.get("join_url"))


def feeds(entries: dict[str, m.VersionEntry] | list[m.VersionEntry]) -> list[Feed]:
    """All feeds of a version's entries, programme first, then online, then by kind and key."""
    timed = [e for e in (entries.values() if isinstance(entries, dict) else entries)
             if e.start is not None and e.end is not None]
    out = [Feed(PROGRAMME, None, "Programme", "全部日程", f"{PROGRAMME}.ics", list(timed)),
           Feed(ONLINE, None, "Online", "线上参与", f"{ONLINE}.ics", [e for e in timed if is_online(e)])]
    used = {f.filename for f in out}
    for kind in KINDS:
        by_key: dict[str, Feed] = {}
        for entry in timed:
            for key, name_en, name_zh in _covered(kind, entry):
                feed = by_key.get(key)
                if feed is None:
                    feed = by_key[key] = Feed(kind, key, name_en or key, name_zh or "",
                                              _unique(f"{kind}-{slug(key)}", used))
                if not feed.entries or feed.entries[-1] is not entry:
                    feed.entries.append(entry)
        out.extend(by_key[key] for key in sorted(by_key))
    return out


def _covered(kind: str, entry: m.VersionEntry):
    data = entry.data
    if kind in _KEY_FIELD:
        key = data.get(_KEY_FIELD[kind])
        if key is None and kind in ("room", "channel"):
            key = entry.room_key if kind == "room" else entry.channel_key
        if key:
            yield key, data.get(f"{kind}_name_en"), data.get(f"{kind}_name_zh")
        return
    for row in data.get("people" if kind == "person" else "groups") or []:
        yield row["key"], row.get("name_en"), row.get("name_zh")


def _unique(stem: str, used: set[str]) -> str:
    name, n = f"{stem}.ics", 2
    while name in used:
        name, n = f"{stem}-{n}.ics", n + 1
    used.add(name)
    return name
