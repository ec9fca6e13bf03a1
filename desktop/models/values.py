"""Cell values: how a field is shown, and how typed input becomes a field value (or a reason)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from scheduler.eventtime import local, parse_moment

from ..commands.rows import shown_noun
from ..display_words import value_word

from .columns import Column, Kind


class Refused(ValueError):
    """Input that cannot become a value of the field; the message says why."""


def shown(column: Column, value, names: dict[int, tuple[str, str]], tz: str):
    """The text (or number) a cell shows."""
    kind = column.kind
    if value is None:
        return ""
    if kind in (Kind.LIST,):
        return "; ".join(value)
    if kind is Kind.LINKS:
        return "; ".join(names.get(i, ("", f"#{i}"))[1] for i in value)
    if kind is Kind.REFERENCE:
        return names.get(value, ("", f"#{value}"))[1]
    if kind is Kind.MOMENT:
        return local(value, tz).strftime("%Y-%m-%d %H:%M")
    if kind is Kind.ENUM:
        return value_word(value)
    if kind is Kind.BOOL:
        return None
    return value


def typed(column: Column, value, names: dict[int, tuple[str, str]], tz: str):
    """A field value from what an editor (or a caller) gives; Refused with a reason if it can't."""
    kind = column.kind
    if kind is Kind.INT:
        return _whole(value)
    if kind is Kind.FLOAT:
        return _number(value)
    if kind is Kind.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1", "false", "no", "0"):
            return value.strip().lower() in ("true", "yes", "1")
        raise Refused(QCoreApplication.translate("CellValues", "must be true or false, not {value}")
                      .format(value=repr(value)))
    if kind is Kind.LIST:
        items = value.split(";") if isinstance(value, str) else list(value or [])
        return list(dict.fromkeys(str(item).strip() for item in items if str(item).strip()))
    if kind is Kind.LINKS:
        ids = list(value or [])
        unknown = [i for i in ids if i not in names]
        if unknown:
            raise Refused(QCoreApplication.translate("CellValues", "no {thing} with id {id}").format(
                thing=shown_noun(column.links.target), id=unknown[0]))
        return ids
    if kind is Kind.REFERENCE:
        return _reference(column, value, names)
    if kind is Kind.MOMENT:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise Refused(QCoreApplication.translate(
                    "CellValues", "must be a date and time with a time zone"))
            return value
        try:
            return parse_moment(str(value), tz)
        except ValueError as exc:
            raise Refused(str(exc)) from None
    text = "" if value is None else str(value)
    return text.strip() if kind is Kind.TIMEZONE or column.field == "key" else text


def _whole(value) -> int:
    if isinstance(value, bool):
        raise Refused(_whole_number(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError:
        raise Refused(_whole_number(value)) from None


def _whole_number(value) -> str:
    return QCoreApplication.translate("CellValues", "must be a whole number, not {value}").format(
        value=repr(value))


def _a_number(value) -> str:
    return QCoreApplication.translate("CellValues", "must be a number, not {value}").format(
        value=repr(value))


def _number(value) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise Refused(_a_number(value))
    try:
        return float(value)
    except (TypeError, ValueError):
        raise Refused(_a_number(value)) from None


def _reference(column: Column, value, names: dict[int, tuple[str, str]]):
    noun = shown_noun(column.target)
    if value is None or value == "":
        if column.nullable:
            return None
        raise Refused(QCoreApplication.translate("CellValues", "must name a {thing}").format(
            thing=noun))
    if isinstance(value, int) and not isinstance(value, bool) and value in names:
        return value
    if isinstance(value, str):
        found = [i for i, (key, label) in names.items() if value.strip() in (key, label)]
        if found:
            return found[0]
    raise Refused(QCoreApplication.translate("CellValues", "there is no {thing} '{name}'").format(
        thing=noun, name=value))


