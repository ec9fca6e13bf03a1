"""Reading typed values out of parsed files, with the place of every problem.

A ``Reader`` walks one item of an input file; each ``take_*`` call converts one
field or records an ``InputError`` naming file, item and field. Nothing is
raised until the whole file has been read, so a person sees every problem at
once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from ..errors import InputError, InputErrors
from ..eventtime import parse_clock, parse_day, parse_moment

MISSING = object()


@dataclass
class Problems:
    file: str
    found: list[InputError] = field(default_factory=list)
    _fields: set = field(default_factory=set, repr=False)

    def add(self, problem: str, row=None, name: str | None = None) -> None:
        if name is not None:
            if (row, name) in self._fields:
                return  # one problem per field: the first says what to fix, repeats are noise
            self._fields.add((row, name))
        self.found.append(InputError(problem, file=self.file, row=row, field=name))

    def raise_if_any(self) -> None:
        if self.found:
            raise InputErrors(self.found)


class Reader:
    """Typed access to one JSON object; problems go to ``problems`` with this item's place."""

    def __init__(self, item, where: str, problems: Problems, tz: str = "UTC"):
        self.where = where
        self.problems = problems
        self.tz = tz
        self.used: set[str] = set()
        self.item = item if isinstance(item, dict) else {}
        self.shapeless = not isinstance(item, dict)
        if self.shapeless:
            self.fail("must be an object with named fields")

    def fail(self, problem: str, name: str | None = None) -> None:
        if self.shapeless and name is not None:
            return  # "must be an object" says it all; its fields cannot be right or wrong
        self.problems.add(problem, self.where, name)

    def raw(self, name: str, default=MISSING):
        self.used.add(name)
        if name in self.item:
            return self.item[name]
        if default is MISSING:
            self.fail("is required", name)
            return None
        return default

    def check_unknown(self) -> None:
        for name in self.item:
            if name not in self.used:
                self.fail("is not a known field (a typo?)", name)

    def _typed(self, name, default, kinds, words):
        value = self.raw(name, default)
        if value is None or value is default:
            return value
        if not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool)):
            self.fail(f"must be {words}, not {value!r}", name)
            return default if default is not MISSING else None
        return value

    def text(self, name: str, default=MISSING) -> str | None:
        return self._typed(name, default, (str,), "text")

    def whole(self, name: str, default=MISSING) -> int | None:
        return self._typed(name, default, (int,), "a whole number")

    def number(self, name: str, default=MISSING) -> float | None:
        return self._typed(name, default, (int, float), "a number")

    def flag(self, name: str, default=MISSING) -> bool | None:
        return self._typed(name, default, (bool,), "true or false")

    def texts(self, name: str) -> list[str]:
        value = self.raw(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"must be a list of text, not {value!r}", name)
            return []
        return value

    def items(self, name: str) -> list:
        value = self.raw(name, [])
        if not isinstance(value, list):
            self.fail("must be a list", name)
            return []
        return value

    def _parsed(self, name, default, parse):
        value = self.text(name, default)
        if value is None or value is default:
            return value
        try:
            return parse(value)
        except ValueError as exc:
            self.fail(str(exc), name)
            return None

    def day(self, name: str, default=MISSING) -> date | None:
        return self._parsed(name, default, parse_day)

    def clock(self, name: str, default=MISSING) -> time | None:
        return self._parsed(name, default, parse_clock)

    def moment(self, name: str, default=MISSING) -> datetime | None:
        return self._parsed(name, default, lambda text: parse_moment(text, self.tz))

    def ref(self, name: str, table: dict[str, int], what: str, default=MISSING) -> int | None:
        """The id of the thing whose key is in field ``name``; None (with a problem) if unknown."""
        key = self.text(name, default)
        if key is None or key is default:
            return None if key is default else key
        if key not in table:
            self.fail(f"names {what} '{key}', which is not in the file", name)
            return None
        return table[key]
