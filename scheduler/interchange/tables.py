"""The lists organisers keep in spreadsheets — sessions, people, rooms, channels — as columns.

One definition per list serves CSV and XLSX alike. A column is a header, the
model field it fills and a codec that turns the field into a cell and a cell
back into the field. Cells arrive as text from both formats (an XLSX number
120.0 arrives as "120"), so one parser serves both.

Cell rules, the same in every list:

* Headers are the model's field names; references use keys (``venue``,
  ``pin_room``, ``pin_channel``) and ``people`` reads
  ``amy-tan:speaker:remote; li-wei:moderator`` (role defaults to speaker,
  presence to on_site).
* Lists are written joined with "; " and read split on ";", items trimmed and
  empty items dropped, so an item cannot itself contain ";".
* Booleans are written true/false; yes/no/1/0 are read too, in any case.
* Numbers are whole numbers ("120" and "120.0" read as 120, "120.5" is an error).
* ``pin_start`` is written in the event's zone with its offset; a time read
  without an offset is in the event's zone.
* An empty cell means the field's default (empty text, empty list, no pin,
  60 minutes …); required names and a room's venue cannot be empty, and a
  blank key or uid is left to the importer (see tables_apply).
* Free text (titles, names, descriptions, organisation …) is kept exactly as
  written, surrounding spaces included, so it survives a round trip; every
  other cell is trimmed. Headers are read in any case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Callable, Union

from sqlmodel import Session as DbSession
from sqlmodel import select

from ..domain import models as m
from ..domain.enums import Presence, Role
from ..domain.rules import field_problem
from ..eventtime import format_moment, parse_moment
from ..project import Project

Cell = Union[str, int]
LARGEST = 2**63 - 1  # SQLite's integers stop here


class Lookup:
    """Keys and ids, and a session's people, read from the open database session.

    Asked afresh every time: during an import earlier rows add things that
    later rows refer to.
    """

    def __init__(self, db: DbSession, timezone: str):
        self.db = db
        self.timezone = timezone

    def id_of(self, model: type, key: str) -> int:
        found = self.db.exec(select(model.id).where(model.key == key)).first()
        if found is None:
            raise ValueError(f"there is no {noun(model)} with key '{key}'")
        return found

    def key_of(self, model: type, row_id: int) -> str:
        return self.db.exec(select(model.key).where(model.id == row_id)).one()

    def people_of(self, session_id: int | None) -> tuple[tuple[str, str, str], ...]:
        """(person key, role, presence) of a session, by person key: the order files use."""
        link = m.SessionPerson
        query = (select(m.Person.key, link.role, link.presence)
                 .join(m.Person, m.Person.id == link.person_id)
                 .where(link.session_id == session_id).order_by(m.Person.key))
        return tuple(tuple(row) for row in self.db.exec(query).all())


def noun(model: type) -> str:
    return model.__name__.lower()


# -- codecs: cell text -> value (ValueError with a reason) and value -> cell --------------------

@dataclass(frozen=True)
class Codec:
    load: Callable[[str, Lookup], object]
    dump: Callable[[object, Lookup], Cell]
    strip: bool = True  # free text keeps its spaces; everything else is trimmed


def load_int(text: str, _lookup: Lookup | None = None) -> int:
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        raise ValueError(f"'{text}' is not a whole number")
    if abs(number) > LARGEST:
        raise ValueError(f"'{text}' is too large")
    return int(number)


def load_bool(text: str, _lookup: Lookup | None = None) -> bool:
    word = text.lower()
    if word in ("true", "yes", "1"):
        return True
    if word in ("false", "no", "0"):
        return False
    raise ValueError(f"'{text}' is not true or false (yes/no and 1/0 work too)")


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


def load_uid(text: str, _lookup: Lookup | None = None) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueError(f"'{text}' is not a UUID (like 0b6f3c1e-5d0a-4c8e-9f43-2a7d1e6b9c10)") from None


def load_people(text: str, lookup: Lookup) -> tuple[tuple[str, str, str], ...]:
    """Read "key:role:presence; …", checking every entry before giving up."""
    links, problems = {}, []
    for item in split_list(text):
        parts = [part.strip() for part in item.split(":")]
        if len(parts) > 3:
            problems.append(f"'{item}' is not person:role:presence")
            continue
        key, role, presence = (parts + ["", ""])[:3]
        link = (key, role.lower() or Role.SPEAKER.value, presence.lower() or Presence.ON_SITE.value)
        problems += link_problems(link, lookup, links)
        links[key] = link
    if problems:
        raise ValueError("; ".join(problems))
    return tuple(sorted(links.values()))


def link_problems(link: tuple[str, str, str], lookup: Lookup, earlier: dict) -> list[str]:
    key, role, presence = link
    problems = [field_problem(m.SessionPerson, "role", role),
                field_problem(m.SessionPerson, "presence", presence)]
    if key in earlier:
        problems.append(f"'{key}' is listed twice")
    try:
        lookup.id_of(m.Person, key)
    except ValueError as exc:
        problems.append(str(exc))
    return [problem for problem in problems if problem]


def dump_people(links, _lookup: Lookup) -> str:
    return "; ".join(":".join(link) for link in links)


def reference(model: type) -> Codec:
    """A key in the cell, an id in the field."""
    return Codec(load=lambda text, lookup: lookup.id_of(model, text),
                 dump=lambda value, lookup: "" if value is None else lookup.key_of(model, value))


TEXT = Codec(load=lambda text, _: text, dump=lambda value, _: value or "", strip=False)
WORD = Codec(load=lambda text, _: text, dump=lambda value, _: value or "")
ENUM = Codec(load=lambda text, _: text.lower(), dump=lambda value, _: value)
INT = Codec(load=load_int, dump=lambda value, _: value)
BOOL = Codec(load=load_bool, dump=lambda value, _: "true" if value else "false")
LIST = Codec(load=lambda text, _: split_list(text), dump=lambda value, _: "; ".join(value))
UID = Codec(load=load_uid, dump=lambda value, _: value)
PEOPLE = Codec(load=load_people, dump=dump_people)
MOMENT = Codec(load=lambda text, lookup: parse_moment(text, lookup.timezone),
               dump=lambda value, lookup: "" if value is None else format_moment(value, lookup.timezone))


# -- columns and lists ------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    name: str
    codec: Codec
    field: str = ""  # the model field it fills; the name unless a reference

    def __post_init__(self):
        object.__setattr__(self, "field", self.field or self.name)


@dataclass(frozen=True)
class Table:
    """One list: its CSV file stem, its XLSX sheet, its model and its columns."""

    name: str
    sheet: str
    model: type
    name_field: str  # what a row without a key is matched by
    columns: tuple[Column, ...] = field(repr=False)

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    @property
    def headers(self) -> list[str]:
        return [column.name for column in self.columns]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def column_name(self, field_name: str) -> str:
        """The header a model field is shown under, for error messages."""
        return next((c.name for c in self.columns if c.field == field_name), field_name)


def columns(**codecs: Codec) -> tuple[Column, ...]:
    return tuple(Column(name, codec) for name, codec in codecs.items())


NAMES = columns(key=WORD, name_en=TEXT, name_zh=TEXT)

CHANNELS = Table("channels", "Channels", m.Channel, "name_en", NAMES + columns(
    platform=TEXT, viewer_capacity=INT, join_url=WORD, changeover_minutes=INT))

PEOPLE_LIST = Table("people", "People", m.Person, "name_en", NAMES + columns(
    organisation=TEXT, position=TEXT, email=WORD, home_timezone=WORD))

ROOMS = Table("rooms", "Rooms", m.Room, "name_en", (
    NAMES[0], Column("venue", reference(m.Venue), "venue_id"), *NAMES[1:], *columns(
        seats=INT, features=LIST, tags=LIST, changeover_minutes=INT)))

SESSIONS = Table("sessions", "Sessions", m.Session, "title_en", columns(
    key=WORD, uid=UID, title_en=TEXT, title_zh=TEXT, description=TEXT, kind=ENUM,
    delivery_mode=ENUM, duration_minutes=INT, expected_onsite=INT, expected_online=INT,
    required_features=LIST, allowed_days=LIST, language=WORD, interpretation=BOOL, track=TEXT,
    tags=LIST, target_timezones=LIST, optional=BOOL, status=ENUM) + (
    Column("pin_room", reference(m.Room), "pin_room_id"),
    Column("pin_channel", reference(m.Channel), "pin_channel_id"),
    Column("pin_start", MOMENT),
    Column("people", PEOPLE),
))

TABLES = (SESSIONS, PEOPLE_LIST, ROOMS, CHANNELS)  # as files and sheets are listed
IMPORT_ORDER = (CHANNELS, PEOPLE_LIST, ROOMS, SESSIONS)  # sessions refer to the other three


def table_for_file(name: str) -> Table | None:
    return next((t for t in TABLES if t.file_name == name.lower()), None)


def table_for_sheet(name: str) -> Table | None:
    return next((t for t in TABLES if t.sheet.lower() == name.strip().lower()), None)


# -- rows ---------------------------------------------------------------------------------------

@dataclass
class Sheet:
    """One list as read from a file: text cells, and the spreadsheet row number of each row."""

    table: Table
    file: str  # how errors name it: "rooms.csv" or "event.xlsx, sheet Rooms"
    header: list[str]
    rows: list[tuple[int, list[str]]]


def current_values(obj, table: Table, lookup: Lookup) -> dict[str, object]:
    """Every field of a stored thing, plus a session's people."""
    values = obj.model_dump()
    if table is SESSIONS:
        values["people"] = lookup.people_of(obj.id)
    return values


def to_cells(obj, table: Table, lookup: Lookup) -> list[Cell]:
    values = current_values(obj, table, lookup)
    return [column.codec.dump(values[column.field], lookup) for column in table.columns]


def read_cell(table: Table, column: Column, text: str, lookup: Lookup):
    """The field value of one cell; None for a blank key or uid (the importer decides)."""
    if column.codec.strip:
        text = text.strip()
    if text:
        return column.codec.load(text, lookup)
    if column.field in ("key", "uid"):
        return None
    if column.field == "people":
        return ()
    info = table.model.model_fields[column.field]
    if info.is_required():
        raise ValueError("must not be empty")
    return info.get_default(call_default_factory=True)


def export_tables(project: Project) -> dict[Table, list[list[Cell]]]:
    """Header and rows of every list, read in one transaction so the lists agree."""
    with project.transaction() as db:
        lookup = Lookup(db, db.get(m.Event, 1).timezone)
        return {table: [table.headers] + [
            to_cells(obj, table, lookup)
            for obj in db.exec(select(table.model).order_by(table.model.id)).all()
        ] for table in TABLES}
