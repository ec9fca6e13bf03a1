"""Column types: aware UTC date-times and JSON string lists for SQLite."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """An aware datetime stored as ISO-8601 text in UTC ("2021-05-28T01:00:00Z").

    Naive datetimes are refused: the store never guesses a time zone.
    """

    impl = sa.String(20)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"time {value!r} has no time zone")
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


class StringList(TypeDecorator):
    """A list of strings stored as a JSON array, kept in the given order."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        items = list(value or [])
        if not all(isinstance(item, str) for item in items):
            raise ValueError(f"expected a list of text, got {value!r}")
        return json.dumps(items, ensure_ascii=False)

    def process_result_value(self, value, dialect):
        return json.loads(value) if value else []


class JSONDict(TypeDecorator):
    """A JSON object stored as text."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(value or {}, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value, dialect):
        return json.loads(value) if value else {}
