"""Publish the latest version to a CalDAV server: one calendar collection per chosen feed.

Each collection is kept in step with the latest published version:

- one object per session, named from the session's UID (``<session uid>.ics``),
  holding one VEVENT built by the same code as the iCalendar feeds (``ics.vevent``)
  with its VTIMEZONE, and no METHOD (RFC 4791 forbids METHOD in stored objects);
- objects are PUT in place with the version's SEQUENCE, never one raised by the
  client library (``increase_seqno=False``);
- cancelled sessions stay, as STATUS:CANCELLED (the version carries them);
- objects of ours (UID ending ``@slotwise``) whose session is no longer in the
  feed — it moved out of the feed's city, room, … — are DELETED: the session
  still exists, it just no longer belongs in this calendar; a session removed
  from the programme is still in the feed, as CANCELLED. Copies of one of our
  UIDs under another object name are deleted, so nothing is duplicated;
  objects of others are left alone.

Errors talking to the server end as one-line ``SlotwiseError`` messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timezone

from icalendar import Calendar

from ..domain import models as m
from ..errors import DataError, SlotwiseError
from ..eventtime import zone
from ..project import Project
from .feeds import Feed, feeds
from .ics import PRODID, Progress, history, organizer, uid_of, vevent, vtimezone
from .versions import version_entries, versions

OURS = "@slotwise"


@dataclass
class CollectionReport:
    """What one push did to one collection."""

    feed: str
    url: str
    created: bool = False
    put: int = 0
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)  # UIDs


def object_name(session_uid: str) -> str:
    return f"{session_uid}.ics"


def collection_name(feed: Feed) -> str:
    return feed.filename.removesuffix(".ics")


def feed_label(feed: Feed) -> str:
    return feed.kind if feed.key is None else f"{feed.kind}:{feed.key}"


def choose(all_feeds: list[Feed], wanted: list[str] | None) -> list[Feed]:
    """The feeds named by ``wanted`` ("programme", "online", "city:jinan" …); default the programme."""
    by_label = {feed_label(f): f for f in all_feeds}
    out = []
    for name in wanted or ["programme"]:
        feed = by_label.get(name.strip())
        if feed is None:
            known = ", ".join(by_label)
            raise DataError(f"--feeds: no feed '{name}' in the latest version (feeds: {known})")
        if feed not in out:
            out.append(feed)
    return out


def object_calendar(entry: m.VersionEntry, tzid: str, stamp, times, who) -> bytes:
    """One session as a stored CalDAV object: VTIMEZONE and VEVENT, no METHOD."""
    tz = zone(tzid)
    years = sorted({d.astimezone(tz).year for d in (entry.start, entry.end)})
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add_component(vtimezone(tzid, (years[0], years[-1])))
    created, modified = times.get(entry.session_uid, (stamp, stamp))
    cal.add_component(vevent(entry, tz, stamp, created, modified, who))
    return cal.to_ical()


def push(project: Project, url: str, user: str | None = None, password: str | None = None,
         wanted: list[str] | None = None, client=None, progress: Progress | None = None,
         ) -> tuple[m.Version, list[CollectionReport]]:
    """Bring one collection per chosen feed in step with the latest version.

    ``progress(feed, done, total)`` hears of each collection as it starts (done 0) and of each
    of its objects (sessions) once handled, so a window can show how far a slow server got;
    an exception it raises (a cancel) stops the push and reaches the caller unchanged."""
    published = versions(project)
    if not published:
        raise DataError("publish-caldav: nothing has been published yet (run 'slotwise publish' first)")
    version = published[-1]
    event = project.event()
    entries = version_entries(project, version.number)
    chosen = choose(feeds(entries), wanted)
    times = history(project, version.number)
    stamp = version.published_at.astimezone(timezone.utc)
    who = organizer(event)
    base = url if url.endswith("/") else url + "/"
    try:
        if client is None:
            client = _client(base, user, password)
        reports = [_sync(client, base, feed, event, version,
                         {e.session_uid: object_calendar(e, event.timezone, stamp, times, who)
                          for e in feed.entries}, progress)
                   for feed in chosen]
    except SlotwiseError:
        raise
    except Exception as exc:  # noqa: BLE001 - narrowed in _explain, re-raised otherwise
        raise _explain(exc, base) from exc
    return version, reports


def _client(base: str, user: str | None, password: str | None):
    from caldav import DAVClient

    options = {"url": base, "require_tls": False}
    if user:
        # Send the credentials at once: a server without authentication never asks for them,
        # but uses the name to create the user's home collection.
        options |= {"username": user, "password": password or "", "auth_type": "basic"}
    return DAVClient(**options)


def _sync(client, base: str, feed: Feed, event: m.Event, version: m.Version,
          objects: dict[str, bytes], progress: Progress | None = None) -> CollectionReport:
    from caldav import Calendar as DavCalendar
    from caldav import CalendarSet
    from caldav import Event as DavEvent
    from caldav.lib import error

    name = collection_name(feed)
    title = f"{event.name_en} — {feed.name_en}" if feed.kind != "programme" else event.name_en
    report = CollectionReport(feed_label(feed), base + name + "/")
    tell = progress or (lambda *_: None)
    tell(report.feed, 0, len(objects))
    calendar = DavCalendar(client=client, url=report.url)
    try:
        calendar.get_display_name()
    except error.NotFoundError:
        try:
            calendar = CalendarSet(client=client, url=base).make_calendar(name=title, cal_id=name)
        except error.MkcalendarError as exc:
            raise SlotwiseError(f"CalDAV server: cannot create the calendar {report.url} "
                                f"(does {base} exist?)") from exc
        report.created = True

    # What the server holds now, by UID.
    held: dict[str, list] = {}
    for obj in calendar.search(event=True):
        parsed = Calendar.from_ical(obj.data)
        for ev in parsed.walk("VEVENT")[:1]:
            held.setdefault(str(ev.get("UID", "")), []).append((obj, ev))

    for session_uid, data in objects.items():
        uid = uid_of(session_uid)
        target = calendar.url.join(object_name(session_uid))
        ours = Calendar.from_ical(data).walk("VEVENT")[0]
        copies = held.pop(uid, [])
        same_place = [c for c in copies if str(c[0].url) == str(target)]
        for obj, _ in copies:
            if str(obj.url) != str(target):
                obj.delete()
        if same_place and _same(same_place[0][1], ours):
            report.unchanged += 1
        else:
            DavEvent(client=client, url=target, data=data.decode("utf-8"), parent=calendar) \
                .save(increase_seqno=False)
            report.put += 1
        tell(report.feed, report.put + report.unchanged, len(objects))

    for uid, copies in held.items():
        if uid.endswith(OURS):
            for obj, _ in copies:
                obj.delete()
            report.deleted.append(uid)
    return report


def _same(held, ours) -> bool:
    """Whether the stored VEVENT already is this version's (same stamp, sequence, times, status)."""
    names = ("SEQUENCE", "DTSTAMP", "LAST-MODIFIED", "STATUS", "DTSTART", "DTEND")
    try:
        return all(held.decoded(n, None) == ours.decoded(n, None) for n in names)
    except Exception:  # noqa: BLE001 - an unreadable stored object is simply replaced
        return False


def _explain(exc: Exception, base: str) -> SlotwiseError:
    from caldav.lib import error

    if isinstance(exc, error.AuthorizationError):
        return SlotwiseError(f"CalDAV server {base} refused the user name or password (401)")
    if isinstance(exc, error.DAVError):
        reason = " ".join(str(exc).split())[:200]
        return SlotwiseError(f"CalDAV server {base}: {reason}")
    if isinstance(exc, OSError):  # niquests' connection errors are OSErrors too
        return SlotwiseError(f"cannot reach the CalDAV server {base}")
    raise exc
