"""iCalendar feeds of a published version (RFC 5545, 5546 PUBLISH, 7986), built with icalendar.

Update semantics: UID from the session's UID (never its time or room);
SEQUENCE as stored per entry; DTSTAMP is the version's publish time in UTC;
CREATED and LAST-MODIFIED are the publish times of the version where the entry
first appeared and where it last changed, so re-exports of unchanged sessions
are byte-identical. Cancelled sessions stay, with STATUS:CANCELLED.

icalendar 7.x pitfalls avoided here: FEATURE given as a list (a comma string
would be quoted); REFRESH-INTERVAL given VALUE=DURATION explicitly;
X-PUBLISHED-TTL given as a vDuration (a bare timedelta is written "1:00:00");
UIDs always passed in; the VTIMEZONE built for the event's years only (not
add_missing_timezones() over 1970-2038, which drags in Asia/Shanghai's
1986-91 daylight saving).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from icalendar import Calendar, Event, Timezone, vCalAddress, vDuration, vText, vUri

from ..domain import models as m
from ..errors import DataError, SlotwiseError
from ..eventtime import zone
from ..interchange.json_write import write_atomically
from ..project import Project
from .feeds import Feed, feeds, slug
from .versions import version_entries, versions

PRODID = "-//Slotwise//Slotwise schedule feeds//EN"
TTL = timedelta(hours=1)
STATUS = {"confirmed": "CONFIRMED", "tentative": "TENTATIVE", "cancelled": "CANCELLED"}
INDEX = "index.json"
# progress(what, done, total): called after each feed is built (what: its file name),
# so a window can show how far a long export is; it may raise to stop the work.
Progress = Callable[[str, int, int], None]


def uid_of(session_uid: str) -> str:
    return f"{session_uid}@slotwise"


def history(project: Project, number: int) -> dict[str, tuple[datetime, datetime]]:
    """Per session UID: (publish time of its first version, of the version where it last changed)."""
    out: dict[str, tuple[datetime, datetime]] = {}
    last: dict[str, tuple] = {}
    for version in versions(project):
        if version.number > number:
            break
        when = version.published_at.astimezone(timezone.utc)
        for uid, entry in version_entries(project, version.number).items():
            content = _content(entry)
            if uid not in out:
                out[uid] = (when, when)
            elif last[uid] != content:
                out[uid] = (out[uid][0], when)
            last[uid] = content
    return out


def _content(entry: m.VersionEntry) -> tuple:
    return (entry.status, entry.sequence, entry.start, entry.end, entry.room_key, entry.channel_key,
            json.dumps(entry.data, sort_keys=True, ensure_ascii=False, default=str))


def organizer(event: m.Event) -> vCalAddress:
    email = (event.organiser_email or "").strip()
    if not email:
        email = f"{slug(event.name_en)}@example.org"
    address = vCalAddress(f"mailto:{email}")
    name = (event.organiser_name or "").strip() or event.name_en
    address.params["CN"] = vText(name)
    return address


def vtimezone(tzid: str, years: tuple[int, int]) -> Timezone:
    """A VTIMEZONE covering only the given years (first, last), both included."""
    return Timezone.from_tzid(tzid, first_date=date(years[0], 1, 1), last_date=date(years[1] + 1, 1, 1))


def calendar(feed: Feed, event: m.Event, version: m.Version,
             times: dict[str, tuple[datetime, datetime]], source: str) -> Calendar:
    tzid = event.timezone
    tz = zone(tzid)
    title = f"{event.name_en} — {feed.name_en}" if feed.kind != "programme" else event.name_en
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", title)
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", tzid)
    cal.add("refresh-interval", vDuration(TTL), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(TTL))
    cal.add("source", vUri(source), parameters={"VALUE": "URI"})
    years = sorted({d.astimezone(tz).year for e in feed.entries for d in (e.start, e.end)}) \
        or [event.start_date.year]
    cal.add_component(vtimezone(tzid, (years[0], years[-1])))
    stamp = version.published_at.astimezone(timezone.utc)
    who = organizer(event)
    for entry in feed.entries:
        created, modified = times.get(entry.session_uid, (stamp, stamp))
        cal.add_component(vevent(entry, tz, stamp, created, modified, who))
    return cal


def vevent(entry: m.VersionEntry, tz, stamp: datetime, created: datetime, modified: datetime,
           who: vCalAddress) -> Event:
    data = entry.data
    ev = Event()
    ev.add("uid", uid_of(entry.session_uid))
    ev.add("dtstamp", stamp)
    ev.add("created", created)
    ev.add("last-modified", modified)
    ev.add("sequence", entry.sequence)
    ev.add("dtstart", entry.start.astimezone(tz))
    ev.add("dtend", entry.end.astimezone(tz))
    ev.add("summary", summary(data))
    ev.add("status", STATUS.get(entry.status, "CONFIRMED"))
    ev.add("organizer", who)
    mode = data.get("delivery_mode")
    if mode in ("on_site", "hybrid") and data.get("room_key"):
        ev.add("location", location(data))
        if data.get("latitude") is not None and data.get("longitude") is not None:
            ev.add("geo", (float(data["latitude"]), float(data["longitude"])))
    join = data.get("join_url")
    if mode in ("online", "hybrid") and join:
        ev.add("url", join)
        label = data.get("channel_name_en") or "Join online"
        if data.get("channel_platform"):
            label = f"{label} ({data['channel_platform']})"
        ev.add("conference", vUri(join),
               parameters={"VALUE": "URI", "FEATURE": ["AUDIO", "VIDEO"], "LABEL": label})
    ev.add("description", description(data))
    categories = [c for c in [data.get("track"), *(data.get("tags") or [])] if c]
    if categories:
        ev.add("categories", categories)
    return ev


def summary(data: dict) -> str:
    en, zh = data.get("title_en") or data.get("key") or "", data.get("title_zh") or ""
    return f"{en} / {zh}" if zh and zh != en else en


def location(data: dict) -> str:
    parts = [data.get("room_name_en"), data.get("venue_name_en"), data.get("venue_address_en")]
    city = data.get("city_name_en")
    if city and city not in (data.get("venue_address_en") or ""):
        parts.append(city)
    return ", ".join(p for p in parts if p)


def description(data: dict) -> str:
    lines = []
    if data.get("description"):
        lines += [data["description"], ""]
    lines.append(f"Kind: {data.get('kind') or '-'}")
    lines.append(f"Delivery: {(data.get('delivery_mode') or '-').replace('_', '-')}")
    people = data.get("people") or []
    if people:
        lines.append("Speakers:")
        for p in people:
            name = p.get("name_en") or p.get("key")
            if p.get("name_zh"):
                name = f"{name} ({p['name_zh']})"
            role = (p.get("role") or "").replace("_", " ")
            presence = "remote" if p.get("presence") == "remote" else "on site"
            lines.append(f"- {name}: {role}, {presence}")
    if data.get("language"):
        interp = ", with interpretation" if data.get("interpretation") else ""
        lines.append(f"Language: {data['language']}{interp}")
    if data.get("join_url") and data.get("delivery_mode") in ("online", "hybrid"):
        lines.append(f"Join: {data['join_url']}")
    if data.get("deleted"):
        lines.append("This session has been removed from the programme.")
    return "\n".join(lines)


def build(project: Project, number: int | None = None, out: Path | None = None,
          base_url: str | None = None, progress: Progress | None = None,
          ) -> tuple[m.Version, list[tuple[Feed, bytes]], bytes]:
    """Every feed of a version (default: the latest) as bytes, and the index; nothing written.
    ``progress`` hears of each feed built; if it raises, nothing has been written."""
    published = versions(project)
    if not published:
        raise DataError("export-ics: nothing has been published yet (run 'slotwise publish' first)")
    if number is None:
        version = published[-1]
    else:
        matching = [v for v in published if v.number == number]
        if not matching:
            raise DataError(f"export-ics: no version {number} "
                            f"(versions {published[0].number}–{published[-1].number})")
        version = matching[0]
    event = project.event()
    entries = version_entries(project, version.number)
    times = history(project, version.number)
    built = []
    chosen = feeds(entries)
    for feed in chosen:
        if base_url:
            source = f"{base_url.rstrip('/')}/{feed.filename}"
        else:
            source = ((out or Path(".")) / feed.filename).resolve().as_uri()
        built.append((feed, calendar(feed, event, version, times, source).to_ical()))
        if progress is not None:
            progress(feed.filename, len(built), len(chosen))
    index = {
        "event": event.name_en, "version": version.number,
        "published_at": version.published_at.astimezone(timezone.utc).isoformat(),
        "timezone": event.timezone,
        "feeds": [{"file": feed.filename,
                   "name": (f"{event.name_en} — {feed.name_en}" if feed.kind != "programme"
                            else event.name_en),
                   "covers": feed.covers, "events": len(feed.entries)} for feed, _ in built],
    }
    return version, built, (json.dumps(index, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export(project: Project, out: Path, number: int | None = None,
           base_url: str | None = None, progress: Progress | None = None,
           ) -> tuple[m.Version, list[Path]]:
    """Write every feed and index.json into ``out``; all is built before anything is written
    (``progress`` hears of each feed built, as in ``build``)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SlotwiseError(f"--out: {out} is not a folder")
    version, built, index = build(project, number, out, base_url, progress)
    written = []
    try:
        for feed, data in built:
            write_atomically(out / feed.filename, data)
            written.append(out / feed.filename)
        write_atomically(out / INDEX, index)
    except OSError as exc:
        raise SlotwiseError(f"--out: cannot write into {out} ({exc.strerror})") from exc
    return version, written + [out / INDEX]
