"""Time in the event's zone: days of the event, local parsing and formatting.

Times are stored as aware UTC datetimes; people read and write them in the
event's zone. A written time may carry its own offset; a time without one is
read in the event's zone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    """The IANA zone of that name; ValueError with a readable message if unknown."""
    if not name or name != name.strip():
        raise ValueError(f"'{name}' is not an IANA time zone name")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"'{name}' is not an IANA time zone name (e.g. Asia/Shanghai)") from exc


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    return sorted(available_timezones())


def event_days(start_date: date, day_count: int) -> list[date]:
    return [start_date + timedelta(days=i) for i in range(day_count)]


def local(moment: datetime, tz: str) -> datetime:
    return moment.astimezone(zone(tz))


def at(day: date, clock: time, tz: str) -> datetime:
    """The aware moment of a wall-clock time on a day in a zone."""
    return datetime.combine(day, clock, tzinfo=zone(tz))


def parse_moment(text: str, tz: str) -> datetime:
    """Parse ISO-8601 text; a time without offset is read in ``tz``. Returns aware UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except (TypeError, ValueError) as exc:
        raise ValueError(f"'{text}' is not a date and time like 2021-05-28T09:00") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(tz))
    return moment.astimezone(timezone.utc)


def format_moment(moment: datetime, tz: str) -> str:
    """ISO-8601 in the event's zone with its offset, e.g. 2021-05-28T09:00:00+08:00."""
    return local(moment, tz).isoformat()


def parse_clock(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except (AttributeError, ValueError) as exc:
        raise ValueError(f"'{text}' is not a time of day like 08:30") from exc


def format_clock(clock: time) -> str:
    return clock.strftime("%H:%M")


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (AttributeError, ValueError) as exc:
        raise ValueError(f"'{text}' is not a date like 2021-05-28") from exc
