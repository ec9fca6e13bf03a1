"""Field checks done before data reaches the database, with messages for people.

The database's own constraints are the backstop; these give the reason in
words and are shared by the Project API, the importers and the editors.
"""

from __future__ import annotations

from datetime import datetime

from ..eventtime import is_zone, parse_day
from . import models as m
from .enums import (Attendance, DeliveryMode, GroupKind, PlaceRuleKind, Presence, RelationKind,
                    Role, SessionKind, SessionStatus, SessionWindowKind, WindowKind, values)

ENUM_FIELDS = {
    (m.Session, "kind"): SessionKind,
    (m.Session, "delivery_mode"): DeliveryMode,
    (m.Session, "status"): SessionStatus,
    (m.SessionPerson, "role"): Role,
    (m.SessionPerson, "presence"): Presence,
    (m.GroupSession, "attendance"): Attendance,
    (m.Group, "kind"): GroupKind,
    (m.Relation, "kind"): RelationKind,
    (m.Window, "kind"): WindowKind,
    (m.SessionWindow, "kind"): SessionWindowKind,
    (m.PlaceRule, "kind"): PlaceRuleKind,
}
NOT_NEGATIVE = {"seats", "viewer_capacity", "changeover_minutes", "expected_onsite", "expected_online",
                "size", "capacity", "min_gap_minutes", "minutes"}
POSITIVE = {"duration_minutes", "day_count", "granularity_minutes", "amount", "number"}
REQUIRED_TEXT = {"key", "name_en", "title_en"}
ZONE_FIELDS = {"timezone", "home_timezone"}


def field_problem(model: type, name: str, value) -> str | None:
    """Why ``value`` is not acceptable for ``model.name``, or None when it is."""
    enum = ENUM_FIELDS.get((model, name))
    if enum is not None and value not in values(enum):
        return f"'{value}' is not one of: {', '.join(values(enum))}"
    if name in NOT_NEGATIVE and value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return f"must be a whole number of 0 or more, not {value!r}"
    if name in POSITIVE and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
        return f"must be a whole number above 0, not {value!r}"
    if name in REQUIRED_TEXT and (not isinstance(value, str) or not value.strip()):
        return "must not be empty"
    if name in ZONE_FIELDS and value and not is_zone(value):
        return f"'{value}' is not an IANA time zone name (e.g. Asia/Shanghai)"
    if name == "timezone" and model is m.Event and not value:
        return "must name the event's time zone (e.g. Asia/Shanghai)"
    if name == "target_timezones":
        bad = [z for z in value or [] if not is_zone(z)]
        if bad:
            return f"not IANA time zone names: {', '.join(bad)}"
    if name == "allowed_days":
        for text in value or []:
            try:
                parse_day(text)
            except ValueError as exc:
                return str(exc)
    if name in ("latitude", "longitude") and value is not None:
        limit = 90 if name == "latitude" else 180
        if not isinstance(value, (int, float)) or not -limit <= value <= limit:
            return f"must be a number between -{limit} and {limit}"
    if name in ("start", "end", "pin_start", "published_at") and value is not None:
        if not isinstance(value, datetime) or value.tzinfo is None:
            return "must be a date and time with a time zone"
    return None


def row_problems(obj) -> list[tuple[str, str]]:
    """Every (field, reason) that is wrong with ``obj`` on its own."""
    model = type(obj)
    found = []
    for name in model.model_fields:
        problem = field_problem(model, name, getattr(obj, name))
        if problem:
            found.append((name, problem))
    if isinstance(obj, m.Event) and obj.day_end <= obj.day_start:
        found.append(("day_end", "the day must end after it starts"))
    if isinstance(obj, (m.Window, m.SessionWindow)) and obj.start and obj.end and obj.end <= obj.start:
        found.append(("end", "the window must end after it starts"))
    if isinstance(obj, m.Relation) and obj.first_id is not None and obj.first_id == obj.second_id:
        found.append(("second", "a relation needs two different sessions"))
    return found
