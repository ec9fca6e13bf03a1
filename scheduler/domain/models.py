"""The tables of a Slotwise project (SQLModel on SQLite).

Every table has a short, stable ``key`` used for references in files people
edit (JSON, CSV, XLSX); sessions also carry a UUID (``uid``) that calendars
rely on. Names people read have an English and an optional Chinese form.
Times are aware datetimes stored in UTC; dates and daily hours are in the
event's time zone.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from .columns import JSONDict, StringList, UTCDateTime
from .enums import (
    Attendance,
    DeliveryMode,
    GroupKind,
    PlaceRuleKind,
    Presence,
    RelationKind,
    Role,
    SessionKind,
    SessionStatus,
    SessionWindowKind,
    WindowKind,
    values,
)


def one_of(column: str, enum) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values(enum))
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_valid")


def exactly_one(*columns: str, name: str) -> sa.CheckConstraint:
    total = " + ".join(f"({c} IS NOT NULL)" for c in columns)
    return sa.CheckConstraint(f"{total} = 1", name=name)


def non_empty(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"length({column}) > 0", name=f"{column}_not_empty")


def at_least_zero(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} >= 0", name=f"{column}_not_negative")


def fk(target: str, *, ondelete: str = "CASCADE", nullable: bool = False):
    return Field(default=None if nullable else ..., foreign_key=target, ondelete=ondelete,
                 nullable=nullable, index=True)


def strings():
    return Field(default_factory=list, sa_type=StringList, sa_column_kwargs={"nullable": False})


def new_uid() -> str:
    return str(uuid.uuid4())


class Event(SQLModel, table=True):
    """The one event a project file schedules."""

    __table_args__ = (
        sa.CheckConstraint("id = 1", name="single_event"),
        non_empty("name_en"),
        non_empty("timezone"),
        sa.CheckConstraint("day_count > 0", name="day_count_positive"),
        sa.CheckConstraint("day_end > day_start", name="hours_end_after_start"),
        sa.CheckConstraint("granularity_minutes > 0 AND granularity_minutes <= 240",
                           name="granularity_positive"),
    )

    id: int = Field(default=1, primary_key=True)
    name_en: str
    name_zh: str = ""
    timezone: str
    start_date: date
    day_count: int = 1
    day_start: time = time(8, 0)
    day_end: time = time(18, 0)
    granularity_minutes: int = 5
    organiser_name: str = ""
    organiser_email: str = ""
    url: str = ""
    weights: dict = Field(default_factory=dict, sa_type=JSONDict, sa_column_kwargs={"nullable": False})


class City(SQLModel, table=True):
    __table_args__ = (non_empty("key"), non_empty("name_en"))

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str = Field(unique=True)
    name_zh: str = ""
    timezone: str = ""


class TravelTime(SQLModel, table=True):
    """Minutes needed to go from one city to another by the chosen mode."""

    __table_args__ = (
        sa.CheckConstraint("minutes >= 0", name="minutes_not_negative"),
        sa.CheckConstraint("from_city_id != to_city_id", name="distinct_cities"),
    )

    from_city_id: int = Field(foreign_key="city.id", ondelete="CASCADE", primary_key=True)
    to_city_id: int = Field(foreign_key="city.id", ondelete="CASCADE", primary_key=True)
    minutes: int
    mode: str = "road"


class Venue(SQLModel, table=True):
    __table_args__ = (
        non_empty("key"), non_empty("name_en"),
        sa.UniqueConstraint("city_id", "name_en", name="venue_name_per_city"),
        sa.CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude_range"),
        sa.CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude_range"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    city_id: int = fk("city.id")
    name_en: str
    name_zh: str = ""
    address_en: str = ""
    address_zh: str = ""
    latitude: float | None = None
    longitude: float | None = None


class Room(SQLModel, table=True):
    __table_args__ = (
        non_empty("key"), non_empty("name_en"), at_least_zero("seats"),
        at_least_zero("changeover_minutes"),
        sa.UniqueConstraint("venue_id", "name_en", name="room_name_per_venue"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    venue_id: int = fk("venue.id")
    name_en: str
    name_zh: str = ""
    seats: int = 0
    features: list[str] = strings()
    tags: list[str] = strings()
    changeover_minutes: int = 0


class Channel(SQLModel, table=True):
    __table_args__ = (
        non_empty("key"), non_empty("name_en"), at_least_zero("viewer_capacity"),
        at_least_zero("changeover_minutes"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str = Field(unique=True)
    name_zh: str = ""
    platform: str = ""
    viewer_capacity: int = 0
    join_url: str = ""
    changeover_minutes: int = 0


class Person(SQLModel, table=True):
    __table_args__ = (non_empty("key"), non_empty("name_en"))

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str = Field(unique=True)
    name_zh: str = ""
    organisation: str = ""
    position: str = ""
    email: str = ""
    home_timezone: str = ""


class Group(SQLModel, table=True):
    """A delegation or audience that moves together."""

    __tablename__ = "audience_group"
    __table_args__ = (non_empty("key"), non_empty("name_en"), at_least_zero("size"),
                      one_of("kind", GroupKind))

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str = Field(unique=True)
    name_zh: str = ""
    kind: str = GroupKind.DELEGATION.value
    size: int = 0
    home_timezone: str = ""


class GroupMember(SQLModel, table=True):
    group_id: int = Field(foreign_key="audience_group.id", ondelete="CASCADE", primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)


class Resource(SQLModel, table=True):
    """Anything scarce with a capacity: interpreter teams, camera crews, coaches."""

    __table_args__ = (non_empty("key"), non_empty("name_en"), at_least_zero("capacity"))

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str = Field(unique=True)
    name_zh: str = ""
    kind: str = ""
    capacity: int = 1


class Window(SQLModel, table=True):
    """A time window on a room, channel, person, group or resource.

    ``unavailable`` windows block use; ``preferred``/``undesired`` feed soft
    rules; ``capacity`` windows give a resource another capacity meanwhile.
    """

    __tablename__ = "time_window"
    __table_args__ = (
        one_of("kind", WindowKind),
        sa.CheckConstraint('"end" > start', name="window_ends_after_start"),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        exactly_one("room_id", "channel_id", "person_id", "group_id", "resource_id",
                    name="window_has_one_owner"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = WindowKind.UNAVAILABLE.value
    start: datetime = Field(sa_type=UTCDateTime)
    end: datetime = Field(sa_type=UTCDateTime)
    capacity: int | None = None
    note: str = ""
    room_id: int | None = fk("room.id", nullable=True)
    channel_id: int | None = fk("channel.id", nullable=True)
    person_id: int | None = fk("person.id", nullable=True)
    group_id: int | None = fk("audience_group.id", nullable=True)
    resource_id: int | None = fk("resource.id", nullable=True)


class Session(SQLModel, table=True):
    __table_args__ = (
        non_empty("key"), non_empty("title_en"),
        one_of("kind", SessionKind), one_of("delivery_mode", DeliveryMode),
        one_of("status", SessionStatus),
        sa.CheckConstraint("duration_minutes > 0", name="duration_positive"),
        at_least_zero("expected_onsite"), at_least_zero("expected_online"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    key: str = Field(unique=True)
    title_en: str
    title_zh: str = ""
    description: str = ""
    kind: str = SessionKind.TALK.value
    delivery_mode: str = DeliveryMode.ON_SITE.value
    duration_minutes: int = 60
    expected_onsite: int = 0
    expected_online: int = 0
    required_features: list[str] = strings()
    allowed_days: list[str] = strings()
    language: str = "zh"
    interpretation: bool = False
    track: str = ""
    tags: list[str] = strings()
    target_timezones: list[str] = strings()
    optional: bool = False
    status: str = SessionStatus.CONFIRMED.value
    pin_room_id: int | None = fk("room.id", ondelete="SET NULL", nullable=True)
    pin_channel_id: int | None = fk("channel.id", ondelete="SET NULL", nullable=True)
    pin_start: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SessionPerson(SQLModel, table=True):
    """A person's part in a session, and whether they are there or join remotely."""

    __table_args__ = (one_of("role", Role), one_of("presence", Presence))

    session_id: int = Field(foreign_key="session.id", ondelete="CASCADE", primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True, index=True)
    role: str = Role.SPEAKER.value
    presence: str = Presence.ON_SITE.value


class GroupSession(SQLModel, table=True):
    __table_args__ = (one_of("attendance", Attendance),)

    group_id: int = Field(foreign_key="audience_group.id", ondelete="CASCADE", primary_key=True)
    session_id: int = Field(foreign_key="session.id", ondelete="CASCADE", primary_key=True, index=True)
    attendance: str = Attendance.ATTENDS.value


class SessionResource(SQLModel, table=True):
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount_positive"),)

    session_id: int = Field(foreign_key="session.id", ondelete="CASCADE", primary_key=True)
    resource_id: int = Field(foreign_key="resource.id", ondelete="CASCADE", primary_key=True, index=True)
    amount: int = 1


class SessionWindow(SQLModel, table=True):
    """A time window a session is allowed in, prefers, or should avoid."""

    __table_args__ = (
        one_of("kind", SessionWindowKind),
        sa.CheckConstraint('"end" > start', name="window_ends_after_start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = fk("session.id")
    kind: str = SessionWindowKind.ALLOWED.value
    start: datetime = Field(sa_type=UTCDateTime)
    end: datetime = Field(sa_type=UTCDateTime)


class PlaceRule(SQLModel, table=True):
    """Where a session, or every session of a person, is allowed, preferred, undesired or prohibited.

    The target is one city, venue, room, channel or room tag.
    """

    __table_args__ = (
        one_of("kind", PlaceRuleKind),
        exactly_one("session_id", "person_id", name="place_rule_has_one_owner"),
        exactly_one("city_id", "venue_id", "room_id", "channel_id", "room_tag",
                    name="place_rule_has_one_target"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = PlaceRuleKind.ALLOWED.value
    session_id: int | None = fk("session.id", nullable=True)
    person_id: int | None = fk("person.id", nullable=True)
    city_id: int | None = fk("city.id", nullable=True)
    venue_id: int | None = fk("venue.id", nullable=True)
    room_id: int | None = fk("room.id", nullable=True)
    channel_id: int | None = fk("channel.id", nullable=True)
    room_tag: str | None = None


class Relation(SQLModel, table=True):
    """A rule between two sessions: before (with a minimum gap), same time, not same time,
    same day or different day."""

    __table_args__ = (
        one_of("kind", RelationKind),
        sa.CheckConstraint("first_id != second_id", name="relation_between_two_sessions"),
        at_least_zero("min_gap_minutes"),
        sa.UniqueConstraint("kind", "first_id", "second_id", name="relation_once"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    first_id: int = fk("session.id")
    second_id: int = fk("session.id")
    min_gap_minutes: int = 0


class Assignment(SQLModel, table=True):
    """The current schedule: where and when a session takes place."""

    __table_args__ = (
        sa.CheckConstraint("room_id IS NOT NULL OR channel_id IS NOT NULL", name="assignment_has_place"),
    )

    session_id: int = Field(foreign_key="session.id", ondelete="CASCADE", primary_key=True)
    room_id: int | None = fk("room.id", nullable=True)
    channel_id: int | None = fk("channel.id", nullable=True)
    start: datetime = Field(sa_type=UTCDateTime)


class Version(SQLModel, table=True):
    """A published, frozen schedule."""

    __table_args__ = (sa.CheckConstraint("number > 0", name="number_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    published_at: datetime = Field(sa_type=UTCDateTime)
    note: str = ""


class VersionEntry(SQLModel, table=True):
    """One session as it stood in a published version (a frozen copy, not a reference)."""

    __table_args__ = (at_least_zero("sequence"), one_of("status", SessionStatus))

    version_id: int = Field(foreign_key="version.id", ondelete="CASCADE", primary_key=True)
    session_uid: str = Field(primary_key=True, max_length=36)
    status: str = SessionStatus.CONFIRMED.value
    sequence: int = 0
    start: datetime | None = Field(default=None, sa_type=UTCDateTime)
    end: datetime | None = Field(default=None, sa_type=UTCDateTime)
    room_key: str | None = None
    channel_key: str | None = None
    data: dict = Field(default_factory=dict, sa_type=JSONDict, sa_column_kwargs={"nullable": False})


class SolveRun(SQLModel, table=True):
    """One solve of the project: when, how it ended, and its report (the solve history)."""

    __table_args__ = (sa.CheckConstraint("elapsed_seconds >= 0", name="elapsed_not_negative"),)

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(sa_type=UTCDateTime)
    status: str
    objective: int | None = None
    bound: float | None = None
    elapsed_seconds: float = 0.0
    sessions: int = 0
    scheduled: int = 0
    stored: bool = False
    report: dict = Field(default_factory=dict, sa_type=JSONDict, sa_column_kwargs={"nullable": False})


class BenchmarkProfile(SQLModel, table=True):
    """A benchmark's own description of the event, kept whole beside the Slotwise model.

    ``kind`` names the benchmark (e.g. "optaplanner-conference") and ``data`` holds its problem in
    its own terms, so the benchmark's score can be recomputed exactly and its file written back.
    """

    __table_args__ = (non_empty("kind"), sa.UniqueConstraint("kind", "name", name="profile_once"))

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str = ""
    data: dict = Field(default_factory=dict, sa_type=JSONDict, sa_column_kwargs={"nullable": False})


class Scenario(SQLModel, table=True):
    """A named what-if schedule kept beside the main one (docs/scenarios.md).

    One hidden row of kind 'main', always named 'main', holds the main schedule while a scenario
    is being edited; no scenario may take that name, 'working' or a number (those name the main
    schedule, the schedule being edited and published versions wherever schedules are compared).
    """

    __table_args__ = (
        non_empty("name"),
        sa.CheckConstraint("kind IN ('scenario', 'main')", name="kind_valid"),
        sa.CheckConstraint("kind != 'main' OR name = 'main'", name="stash_named_main"),
        sa.CheckConstraint("kind = 'main' OR lower(trim(name)) NOT IN ('main', 'working')",
                           name="name_not_reserved"),
        sa.CheckConstraint("trim(name) GLOB '*[^0-9]*'", name="name_not_a_number"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "scenario"
    note: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class ScenarioPlacement(SQLModel, table=True):
    """Where and when one session takes place in a scenario; a deleted session leaves with it."""

    __table_args__ = (
        sa.CheckConstraint("room_id IS NOT NULL OR channel_id IS NOT NULL",
                           name="placement_has_place"),
    )

    scenario_id: int = Field(foreign_key="scenario.id", ondelete="CASCADE", primary_key=True)
    session_id: int = Field(foreign_key="session.id", ondelete="CASCADE", primary_key=True,
                            index=True)
    room_id: int | None = fk("room.id", nullable=True)
    channel_id: int | None = fk("channel.id", nullable=True)
    start: datetime = Field(sa_type=UTCDateTime)


class ActiveScenario(SQLModel, table=True):
    """Which scenario the assignment table holds now: at most one row; none, or a NULL
    scenario, means the main schedule. A scenario cannot be deleted while it is active."""

    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    scenario_id: int | None = Field(default=None, foreign_key="scenario.id", nullable=True)
