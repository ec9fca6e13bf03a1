"""What a publication would change, read when the Publish dialog opens (no Qt here).

The next version's number, the change log from the last published version to the working
schedule, who must be told (people and groups from the change log; rooms and channels a
changed session leaves or enters), and the calendar feeds the version will have. Reading it
takes about 0.6 s for 1,000 sessions, so the dialog has it read on a worker thread
(``operation.PreviewRead``), like the publishing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from scheduler.project import Project
from scheduler.publishing import ChangeLog, SessionChange, compare, version_entries, versions
from scheduler.publishing.caldav_push import feed_label
from scheduler.publishing.feeds import feeds
from scheduler.publishing.versions import CANCELLED, working_entries

PLACES = ("room", "channel")


@dataclass(frozen=True)
class Place:
    """A room or channel where a changed session was or will be: its staff must be told."""

    kind: str  # "room" or "channel"
    key: str
    name_en: str
    name_zh: str
    sessions: tuple[SessionChange, ...]


@dataclass(frozen=True)
class FeedChoice:
    """One calendar feed the version will have, as the Push list offers it."""

    label: str  # what caldav_push.push takes: "programme", "online", "city:jinan" …
    kind: str  # "programme", "online", "city", "venue", "room", "channel", "person", "group"
    name_en: str
    name_zh: str
    events: int


@dataclass(frozen=True)
class Preview:
    last: int | None  # the latest published version (None: nothing published yet)
    log: ChangeLog  # from ``last`` (or from nothing) to the working schedule
    sessions: int  # entries of the version to be published
    scheduled: int  # of those, with a time and not cancelled
    details_changed: tuple[SessionChange, ...]  # same time and place, other details (title …)
    places: tuple[Place, ...]
    feeds: tuple[FeedChoice, ...]

    @property
    def next_number(self) -> int:
        return (self.last or 0) + 1

    @property
    def first(self) -> bool:
        return self.last is None

    @property
    def unchanged(self) -> bool:
        """Nothing a new version would change: the latest one already says it all."""
        return self.last is not None and not self.log and not self.details_changed

    def places_of(self, kind: str) -> tuple[Place, ...]:
        return tuple(p for p in self.places if p.kind == kind)


def read_preview(project: Project) -> Preview:
    """The preview of publishing the project now."""
    published = versions(project)
    last = published[-1].number if published else None
    old = version_entries(project, last) if last is not None else {}
    new = working_entries(project)
    tz = project.event().timezone
    log = compare(old, new, tz, f"version {last}" if last else "nothing", "the working schedule")
    logged = {c.uid for c in log.sessions}
    details = compare({}, {uid: new[uid] for uid in _other_details(old, new, logged)}, tz).added
    return Preview(
        last=last, log=log, sessions=len(new),
        scheduled=sum(e.start is not None and e.status != CANCELLED for e in new.values()),
        details_changed=details, places=_places(log, old, new),
        feeds=tuple(FeedChoice(feed_label(f), f.kind, f.name_en, f.name_zh, len(f.entries))
                    for f in feeds(new)))


def _other_details(old: dict, new: dict, logged: set[str]) -> list[str]:
    """Sessions in both whose frozen details differ although the change log has nothing on them
    (a title, a speaker, a description): a new version still carries those to the calendars."""
    return [uid for uid, entry in new.items()
            if uid in old and uid not in logged and _content(entry) != _content(old[uid])]


def _content(entry) -> tuple:
    return entry.status, entry.start, entry.end, entry.room_key, entry.channel_key, entry.data


def _places(log: ChangeLog, old: dict, new: dict) -> tuple[Place, ...]:
    """Every room and channel a changed session uses before or after, with those sessions."""
    found: dict[tuple[str, str], tuple[dict, list[SessionChange]]] = {}
    for change in log.sessions:
        for entry in (old.get(change.uid), new.get(change.uid)):
            if entry is None:
                continue
            for kind in PLACES:
                key = entry.data.get(f"{kind}_key")
                if key:
                    data, sessions = found.setdefault((kind, key), (entry.data, []))
                    if change not in sessions:
                        sessions.append(change)
    out = [Place(kind, key, data.get(f"{kind}_name_en") or key, data.get(f"{kind}_name_zh") or "",
                 tuple(sessions)) for (kind, key), (data, sessions) in found.items()]
    return tuple(sorted(out, key=lambda p: (PLACES.index(p.kind), p.name_en.casefold(), p.key)))
