"""A finding of the lint, and the words its messages are made of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Literal

from ..eventtime import local

Severity = Literal["error", "warning"]
Subject = tuple[str, str]


@dataclass(frozen=True)
class Finding:
    """One problem in the data.

    ``severity`` is "error" when no schedule can exist and "warning" when the data is
    suspicious but solvable; ``code`` is a short stable slug; ``subjects`` are
    (kind, key) pairs such as ("session", "sme-finance-forum") a GUI can select.
    """

    severity: Severity
    code: str
    message: str
    subjects: tuple[Subject, ...] = ()


def error_unless_optional(*sessions) -> Severity:
    """An impossible session is only an error if the schedule cannot go without it."""
    return "warning" if any(s.optional for s in sessions) else "error"


def error_if_any_required(sessions) -> Severity:
    """Each of these sessions is impossible on its own: an error if one is required."""
    return "error" if any(not s.optional for s in sessions) else "warning"


def optional_note(*sessions) -> str:
    names = [s for s in sessions if s.optional]
    if not names:
        return ""
    one = len(names) == 1
    return (f"; {listing(s.title_en for s in names)} {'is' if one else 'are'} optional, "
            f"so the schedule can go without {'it' if one else 'them'}")


def subjects(*rows) -> tuple[Subject, ...]:
    """("session", "opening"), ("room", "hall-a") … for the rows given (None is skipped)."""
    return tuple((type(row).__name__.lower(), row.key) for row in rows if row is not None)


def quoted(name: str) -> str:
    return f"'{name}'"


def listing(names: Iterable[str], limit: int = 5) -> str:
    """'A', 'B' and 'C' — at most ``limit`` names, then "and 4 more"."""
    names = [quoted(n) for n in names]
    if len(names) > limit:
        names = names[:limit] + [f"{len(names) - limit} more"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def words(items: Iterable[str]) -> str:
    """streaming, stage and interpretation_booths (not quoted: feature names)."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def span_text(minutes: int) -> str:
    """90 -> '1 h 30 min'."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def moment_text(moment: datetime, tz: str) -> str:
    """A moment as people at the event read it: '28 May 09:00'."""
    return local(moment, tz).strftime("%d %b %H:%M").lstrip("0")


def day_text(day: date) -> str:
    """'28 May'."""
    return f"{day.day} {day:%b}"


def count_text(number: int) -> str:
    return f"{number:,}"
