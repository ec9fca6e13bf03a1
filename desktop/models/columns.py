"""Which fields each list shows, under which header, and what kind of value each holds.

The kind decides how a cell is shown, which editor it gets and how typed text becomes a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
    header: str
    kind: Kind = Kind.TEXT
    target: type | None = None  # REFERENCE: the model referred to
    nullable: bool = False  # REFERENCE/MOMENT/FLOAT: may be empty
    links: Links | None = None
    editable: bool = True

    def choices(self, model: type) -> tuple[str, ...]:
        enum = ENUM_FIELDS.get((model, self.field))
        return tuple(member.value for member in enum) if enum else ()


@dataclass(frozen=True)
class TableSpec:
    """One list of a project as a table: its name, its model and its columns."""

    name: str  # "rooms"
    title: str  # "Rooms"
    model: type
    columns: tuple[Column, ...]

    def column(self, field: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.field == field)


def names(en: str = "name_en", zh: str = "name_zh") -> tuple[Column, ...]:
    return (Column("key", "Key"), Column(en, "Name" if en == "name_en" else "Title"),
            Column(zh, "Chinese name" if zh == "name_zh" else "Chinese title"))


K = Kind
SESSION_PEOPLE = Links(m.SessionPerson, "session_id", "person_id", m.Person)
GROUP_MEMBERS = Links(m.GroupMember, "group_id", "person_id", m.Person)

SPECS: dict[str, TableSpec] = {spec.name: spec for spec in (
    TableSpec("sessions", "Sessions", m.Session, names("title_en", "title_zh") + (
        Column("kind", "Kind", K.ENUM), Column("delivery_mode", "Delivery", K.ENUM),
        Column("duration_minutes", "Minutes", K.INT),
        Column("expected_onsite", "On site", K.INT), Column("expected_online", "Online", K.INT),
        Column("people", "People", K.LINKS, links=SESSION_PEOPLE),
        Column("required_features", "Needs features", K.LIST),
        Column("language", "Language"), Column("interpretation", "Interpretation", K.BOOL),
        Column("track", "Track"), Column("tags", "Tags", K.LIST),
        Column("allowed_days", "Allowed days", K.LIST),
        Column("target_timezones", "Audience time zones", K.LIST),
        Column("optional", "Optional", K.BOOL), Column("status", "Status", K.ENUM),
        Column("pin_room_id", "Pinned room", K.REFERENCE, m.Room, nullable=True),
        Column("pin_channel_id", "Pinned channel", K.REFERENCE, m.Channel, nullable=True),
        Column("pin_start", "Pinned start", K.MOMENT, nullable=True),
        Column("description", "Description"))),
    TableSpec("people", "People", m.Person, names() + (
        Column("organisation", "Organisation"), Column("position", "Position"),
        Column("email", "Email"), Column("home_timezone", "Home time zone", K.TIMEZONE))),
    TableSpec("groups", "Groups", m.Group, names() + (
        Column("kind", "Kind", K.ENUM), Column("size", "Size", K.INT),
        Column("members", "Members", K.LINKS, links=GROUP_MEMBERS),
        Column("home_timezone", "Home time zone", K.TIMEZONE))),
    TableSpec("cities", "Cities", m.City, names() + (
        Column("timezone", "Time zone", K.TIMEZONE),)),
    TableSpec("venues", "Venues", m.Venue, (
        Column("key", "Key"), Column("city_id", "City", K.REFERENCE, m.City)) + names()[1:] + (
        Column("address_en", "Address"), Column("address_zh", "Chinese address"),
        Column("latitude", "Latitude", K.FLOAT, nullable=True),
        Column("longitude", "Longitude", K.FLOAT, nullable=True))),
    TableSpec("rooms", "Rooms", m.Room, (
        Column("key", "Key"), Column("venue_id", "Venue", K.REFERENCE, m.Venue)) + names()[1:] + (
        Column("seats", "Seats", K.INT), Column("features", "Features", K.LIST),
        Column("tags", "Tags", K.LIST), Column("changeover_minutes", "Changeover", K.INT))),
    TableSpec("channels", "Channels", m.Channel, names() + (
        Column("platform", "Platform"), Column("viewer_capacity", "Viewers", K.INT),
        Column("join_url", "Join URL"), Column("changeover_minutes", "Changeover", K.INT))),
    TableSpec("resources", "Resources", m.Resource, names() + (
        Column("kind", "Kind"), Column("capacity", "Capacity", K.INT))),
    TableSpec("relations", "Relations", m.Relation, (
        Column("kind", "Kind", K.ENUM),
        Column("first_id", "First session", K.REFERENCE, m.Session),
        Column("second_id", "Second session", K.REFERENCE, m.Session),
        Column("min_gap_minutes", "Gap (minutes)", K.INT))),
)}
