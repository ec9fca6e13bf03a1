"""import-availability: a person's busy times from an iCalendar file become ``unavailable`` windows.

Read: VEVENTs that are busy (TRANSP:TRANSPARENT and STATUS:CANCELLED are
skipped) and the FREEBUSY periods of VFREEBUSY components whose FBTYPE is
BUSY, BUSY-UNAVAILABLE or BUSY-TENTATIVE (BUSY when not given).

Times: a TZID is honoured (IANA names, or a VTIMEZONE in the file), UTC stays
UTC, a floating time is read in the event's zone, and an all-day (DATE) event
blocks those whole local days in the event's zone. Windows are clipped to the
event's days (dropped when outside them), merged with each other and with the
person's existing unavailable windows where they overlap or touch, and
stored in one transaction. A broken file raises InputError naming the file
and the component (and line, where it can be found); nothing is changed.

Recurring events (RRULE/RDATE) are not expanded: they are counted and only
their first occurrence is used; the caller reports how many there were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from icalendar import Calendar
from sqlmodel import select

from ..domain import models as m
from ..errors import InputError, NotFound
from ..eventtime import zone
from ..project import Project

UTC = timezone.utc
BUSY_TYPES = ("BUSY", "BUSY-UNAVAILABLE", "BUSY-TENTATIVE")
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class AvailabilityImport:
    person: m.Person
    added: int  # windows stored that were not there before
    removed: int  # existing windows merged into larger ones
    busy: int  # busy periods read from the file
    recurring: int  # events with RRULE/RDATE: only their first occurrence was used


def find_person(project: Project, name: str) -> m.Person:
    with project.transaction() as db:
        person = db.exec(select(m.Person).where(m.Person.key == name)).first() or \
            db.exec(select(m.Person).where(m.Person.name_en == name)).first()
    if person is None:
        raise NotFound(f"--person: no person with key or English name '{name}'")
    return person


def read_busy(path: Path, tzid: str) -> tuple[list[tuple[datetime, datetime]], int]:
    """Busy periods of an iCalendar file as aware UTC (start, end), and how many events recur."""
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", file=file) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("is not UTF-8 text", file=file) from exc
    lines = text.replace("\r\n", "\n").split("\n")
    try:
        cal = Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as exc:
        raise InputError(f"not iCalendar ({_one_line(exc)})", file=file,
                         row=_first_bad_line(lines)) from exc
    if isinstance(cal, list) or cal.name != "VCALENDAR":
        raise InputError("not iCalendar (no BEGIN:VCALENDAR)", file=file)
    local = zone(tzid)
    out: list[tuple[datetime, datetime]] = []
    recurring = 0
    counters: dict[str, int] = {}
    for comp in cal.walk():
        if comp.name not in ("VEVENT", "VFREEBUSY"):
            continue
        counters[comp.name] = counters.get(comp.name, 0) + 1
        where = f"{comp.name} {counters[comp.name]}" + (f" (UID {comp['UID']})" if "UID" in comp else "")
        for prop, problem in getattr(comp, "errors", []) or []:
            raise InputError(f"{prop}: {problem}", file=file,
                             row=_located(where, lines, prop, comp.get(prop)))
        try:
            if comp.name == "VEVENT":
                if str(comp.get("TRANSP", "")).upper() == "TRANSPARENT" \
                        or str(comp.get("STATUS", "")).upper() == "CANCELLED":
                    continue
                if "RRULE" in comp or "RDATE" in comp:
                    recurring += 1
                period = _event_period(comp, local)
                if period:
                    out.append(period)
            else:
                for value in _as_list(comp.get("FREEBUSY")):
                    fbtype = str(value.params.get("FBTYPE", "BUSY")).upper()
                    if fbtype not in BUSY_TYPES:
                        continue
                    for start, end in value.dt if isinstance(value.dt, list) else [value.dt]:
                        start = _aware(start, local)
                        end = start + end if isinstance(end, timedelta) else _aware(end, local)
                        if end > start:
                            out.append((start, end))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise InputError(_one_line(exc), file=file, row=where) from exc
    return out, recurring


def _event_period(ev, local) -> tuple[datetime, datetime] | None:
    if "DTSTART" not in ev:
        raise ValueError("DTSTART: missing")
    start = ev.decoded("DTSTART")
    if not isinstance(start, datetime):  # all day: those whole local days
        if "DTEND" in ev:
            last = ev.decoded("DTEND")
        elif "DURATION" in ev:
            last = start + ev.decoded("DURATION")
        else:
            last = start + timedelta(days=1)
        if isinstance(last, datetime):
            last = last.date()
        if last <= start:
            last = start + timedelta(days=1)
        return _midnight(start, local), _midnight(last, local)
    _known_zone(ev, "DTSTART", start)
    start = _aware(start, local)
    if "DTEND" in ev:
        end = ev.decoded("DTEND")
        if not isinstance(end, datetime):
            raise ValueError("DTEND: a date where DTSTART has a time")
        _known_zone(ev, "DTEND", end)
        end = _aware(end, local)
    elif "DURATION" in ev:
        end = start + ev.decoded("DURATION")
    else:
        return None  # an instant blocks nothing
    if end < start:
        raise ValueError("DTEND: before DTSTART")
    return (start, end) if end > start else None


def _known_zone(ev, name: str, value: datetime) -> None:
    tzid = ev[name].params.get("TZID")
    if tzid and value.tzinfo is None:
        raise ValueError(f"{name}: unknown time zone '{tzid}' (no VTIMEZONE for it in the file)")


def _aware(moment: datetime, local) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=local)  # floating: read in the event's zone
    return moment.astimezone(UTC)


def _midnight(day: date, local) -> datetime:
    return datetime.combine(day, time(0), tzinfo=local).astimezone(UTC)


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _first_bad_line(lines: list[str]) -> str | None:
    for number, line in enumerate(lines, 1):
        if line and not line[0].isspace() and ":" not in line:
            return f"line {number}"
    return None


def _located(where: str, lines: list[str], prop: str, value) -> str:
    try:
        needle = value.to_ical() if hasattr(value, "to_ical") else (value or "")
    except Exception:  # noqa: BLE001 - only used to find the line
        needle = ""
    needle = needle.decode("utf-8", "replace") if isinstance(needle, bytes) else str(needle)
    for number, line in enumerate(lines, 1):
        if line.upper().startswith(prop.upper()) and (not needle or needle in line):
            return f"{where}, line {number}"
    return where


def merge(periods: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Union of periods: overlapping or touching ones become one."""
    out: list[list[datetime]] = []
    for start, end in sorted(periods):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def import_availability(project: Project, person_name: str, path: Path) -> AvailabilityImport:
    """Read the file, then store the windows in one transaction; nothing changes on an error."""
    person = find_person(project, person_name)
    event = project.event()
    busy, recurring = read_busy(Path(path), event.timezone)
    local = zone(event.timezone)
    first = _midnight(event.start_date, local)
    last = _midnight(event.start_date + timedelta(days=event.day_count), local)
    clipped = [(max(s, first), min(e, last)) for s, e in busy]
    clipped = [(s, e) for s, e in clipped if e > s]
    note = f"imported from {Path(path).name}"
    added = removed = 0
    with project.transaction(f"person '{person.key}'") as db:
        existing = db.exec(select(m.Window).where(m.Window.person_id == person.id,
                                                  m.Window.kind == UNAVAILABLE)).all()
        spans = {(w.start.astimezone(UTC), w.end.astimezone(UTC)): w for w in existing}
        for start, end in merge(clipped + list(spans)):
            if (start, end) in spans:
                continue  # already there (the imported times lie inside it)
            for (s, e), window in spans.items():
                if start <= s and e <= end:  # absorbed into the merged window
                    db.delete(window)
                    removed += 1
            db.add(m.Window(kind=UNAVAILABLE, start=start, end=end, person_id=person.id, note=note))
            added += 1
    return AvailabilityImport(person, added, removed, len(busy), recurring)
