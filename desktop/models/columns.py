"""Which fields each list shows, under which header, and what kind of value each holds.

The kind decides how a cell is shown, which editor it gets and how typed text becomes a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scheduler.domain import models as m
from scheduler.domain.rules import ENUM_FIELDS


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    ENUM = "enum"
    LIST = "list"  # a list of words: features, tags, days
    TIMEZONE = "timezone"
    REFERENCE = "reference"  # the id of another row, shown by its name
    MOMENT = "moment"  # an aware time, shown and typed in the event's zone
    LINKS = "links"  # rows of a link table: a session's people, a group's members


@dataclass(frozen=True)
class Links:
    """A link table that joins the row (``owner``) to rows of ``target``."""

    model: type
    owner: str  # e.g. "session_id"
    target_field: str  # e.g. "person_id"
    target: type  # e.g. Person


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # in English; ``title`` in the chosen language
    kind: Kind = Kind.TEXT
    target: type | None = None  # REFERENCE: the model referred to
    nullable: bool = False  # REFERENCE/MOMENT/FLOAT: may be empty
    links: Links | None = None
    editable: bool = True

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)

    def choices(self, model: type) -> tuple[str, ...]:
        enum = ENUM_FIELDS.get((model, self.field))
        return tuple(member.value for member in enum) if enum else ()


@dataclass(frozen=True)
class TableSpec:
    """One list of a project as a table: its name, its model and its columns."""

    name: str  # "rooms"
    title: str  # "Rooms", in English; ``shown_title`` in the chosen language
    model: type
    columns: tuple[Column, ...]

    @property
    def shown_title(self) -> str:
        return QCoreApplication.translate("Lists", self.title)

    def column(self, field: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.field == field)


def names(en: str = "name_en", zh: str = "name_zh") -> tuple[Column, ...]:
    return (Column("key", QT_TRANSLATE_NOOP("Columns", "Key")),
            Column(en, QT_TRANSLATE_NOOP("Columns", "Name") if en == "name_en"
                   else QT_TRANSLATE_NOOP("Columns", "Title")),
            Column(zh, QT_TRANSLATE_NOOP("Columns", "Chinese name") if zh == "name_zh"
                   else QT_TRANSLATE_NOOP("Columns", "Chinese title")))


K = Kind
SESSION_PEOPLE = Links(m.SessionPerson, "session_id", "person_id", m.Person)
GROUP_MEMBERS = Links(m.GroupMember, "group_id", "person_id", m.Person)

SPECS: dict[str, TableSpec] = {spec.name: spec for spec in (
    TableSpec("sessions", QT_TRANSLATE_NOOP("Lists", "Sessions"), m.Session,
              names("title_en", "title_zh") + (
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), K.ENUM),
        Column("delivery_mode", QT_TRANSLATE_NOOP("Columns", "Delivery"), K.ENUM),
        Column("duration_minutes", QT_TRANSLATE_NOOP("Columns", "Minutes"), K.INT),
        Column("expected_onsite", QT_TRANSLATE_NOOP("Columns", "On site"), K.INT),
        Column("expected_online", QT_TRANSLATE_NOOP("Columns", "Online"), K.INT),
        Column("people", QT_TRANSLATE_NOOP("Columns", "People"), K.LINKS, links=SESSION_PEOPLE),
        Column("required_features", QT_TRANSLATE_NOOP("Columns", "Needs features"), K.LIST),
        Column("language", QT_TRANSLATE_NOOP("Columns", "Language")),
        Column("interpretation", QT_TRANSLATE_NOOP("Columns", "Interpretation"), K.BOOL),
        Column("track", QT_TRANSLATE_NOOP("Columns", "Track")),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), K.LIST),
        Column("allowed_days", QT_TRANSLATE_NOOP("Columns", "Allowed days"), K.LIST),
        Column("target_timezones", QT_TRANSLATE_NOOP("Columns", "Audience time zones"), K.LIST),
        Column("optional", QT_TRANSLATE_NOOP("Columns", "Optional"), K.BOOL),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), K.ENUM),
        Column("pin_room_id", QT_TRANSLATE_NOOP("Columns", "Pinned room"), K.REFERENCE, m.Room,
               nullable=True),
        Column("pin_channel_id", QT_TRANSLATE_NOOP("Columns", "Pinned channel"), K.REFERENCE,
               m.Channel, nullable=True),
        Column("pin_start", QT_TRANSLATE_NOOP("Columns", "Pinned start"), K.MOMENT, nullable=True),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description")))),
    TableSpec("people", QT_TRANSLATE_NOOP("Lists", "People"), m.Person, names() + (
        Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation")),
        Column("position", QT_TRANSLATE_NOOP("Columns", "Position")),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email")),
        Column("home_timezone", QT_TRANSLATE_NOOP("Columns", "Home time zone"), K.TIMEZONE))),
    TableSpec("groups", QT_TRANSLATE_NOOP("Lists", "Groups"), m.Group, names() + (
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), K.ENUM),
        Column("size", QT_TRANSLATE_NOOP("Columns", "Size"), K.INT),
        Column("members", QT_TRANSLATE_NOOP("Columns", "Members"), K.LINKS, links=GROUP_MEMBERS),
        Column("home_timezone", QT_TRANSLATE_NOOP("Columns", "Home time zone"), K.TIMEZONE))),
    TableSpec("cities", QT_TRANSLATE_NOOP("Lists", "Cities"), m.City, names() + (
        Column("timezone", QT_TRANSLATE_NOOP("Columns", "Time zone"), K.TIMEZONE),)),
    TableSpec("venues", QT_TRANSLATE_NOOP("Lists", "Venues"), m.Venue, (
        Column("key", QT_TRANSLATE_NOOP("Columns", "Key")),
        Column("city_id", QT_TRANSLATE_NOOP("Columns", "City"), K.REFERENCE, m.City),
        *names()[1:],
        Column("address_en", QT_TRANSLATE_NOOP("Columns", "Address")),
        Column("address_zh", QT_TRANSLATE_NOOP("Columns", "Chinese address")),
        Column("latitude", QT_TRANSLATE_NOOP("Columns", "Latitude"), K.FLOAT, nullable=True),
        Column("longitude", QT_TRANSLATE_NOOP("Columns", "Longitude"), K.FLOAT, nullable=True))),
    TableSpec("rooms", QT_TRANSLATE_NOOP("Lists", "Rooms"), m.Room, (
        Column("key", QT_TRANSLATE_NOOP("Columns", "Key")),
        Column("venue_id", QT_TRANSLATE_NOOP("Columns", "Venue"), K.REFERENCE, m.Venue),
        *names()[1:],
        Column("seats", QT_TRANSLATE_NOOP("Columns", "Seats"), K.INT),
        Column("features", QT_TRANSLATE_NOOP("Columns", "Features"), K.LIST),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), K.LIST),
        Column("changeover_minutes", QT_TRANSLATE_NOOP("Columns", "Changeover"), K.INT))),
    TableSpec("channels", QT_TRANSLATE_NOOP("Lists", "Channels"), m.Channel, names() + (
        Column("platform", QT_TRANSLATE_NOOP("Columns", "Platform")),
        Column("viewer_capacity", QT_TRANSLATE_NOOP("Columns", "Viewers"), K.INT),
        Column("join_url", QT_TRANSLATE_NOOP("Columns", "Join URL")),
        Column("changeover_minutes", QT_TRANSLATE_NOOP("Columns", "Changeover"), K.INT))),
    TableSpec("resources", QT_TRANSLATE_NOOP("Lists", "Resources"), m.Resource, names() + (
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind")),
        Column("capacity", QT_TRANSLATE_NOOP("Columns", "Capacity"), K.INT))),
    TableSpec("relations", QT_TRANSLATE_NOOP("Lists", "Relations"), m.Relation, (
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), K.ENUM),
        Column("first_id", QT_TRANSLATE_NOOP("Columns", "First session"), K.REFERENCE, m.Session),
        Column("second_id", QT_TRANSLATE_NOOP("Columns", "Second session"), K.REFERENCE, m.Session),
        Column("min_gap_minutes", QT_TRANSLATE_NOOP("Columns", "Gap (minutes)"), K.INT))),
)}
