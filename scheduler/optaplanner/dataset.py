"""The OptaPlanner conference-scheduling problem as read from its .xlsx files.

Plain frozen records, independent of Slotwise's own model, so the scorer can be checked against the
OptaPlanner benchmark files without going through the solver. Tag columns are sets (the files use them as
sets); a talk's speakers stay an ordered tuple, as in the file. Timeslots are known by their 0-based row in
the Timeslots sheet, rooms and speakers by name, talks by code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from ..errors import DataError

Weight = tuple[int, int, int]  # (hard, medium, soft), each >= 0
Assignment = dict[str, tuple[int | None, str | None]]  # talk code -> (timeslot index, room name)
NO_TAGS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ConstraintInfo:
    """A row of the Configuration sheet: the name, the Java default weight and the sheet's description."""

    name: str
    default_weight: Weight
    description: str


def _info(name: str, weight: Weight, description: str) -> ConstraintInfo:
    return ConstraintInfo(name, weight, description)


_SLOT = "a talk's timeslot, per minute"
_ROOM = "a talk's room, per minute"

# The 37 constraints in the order of the Configuration sheet (section 4 of the specification).
CONSTRAINTS: tuple[ConstraintInfo, ...] = (
    _info("Room unavailable timeslot", (100000, 0, 0),
          "Penalty per talk with an unavailable room in its timeslot, per minute"),
    _info("Room conflict", (1000, 0, 0),
          "Penalty per 2 talks in the same room and overlapping timeslots, per overlapping minute"),
    _info("Speaker unavailable timeslot", (100, 0, 0),
          "Penalty per talk with an unavailable speaker in its timeslot, per minute"),
    _info("Speaker conflict", (10, 0, 0),
          "Penalty per 2 talks with the same speaker and overlapping timeslots, per overlapping minute"),
    _info("Talk prerequisite talks", (10, 0, 0),
          "Penalty per prerequisite talk of a talk that doesn't end before the second talk starts, "
          "per minute of either talk"),
    _info("Talk mutually-exclusive-talks tags", (1, 0, 0),
          "Penalty per common mutually exclusive talks tag of 2 talks with overlapping timeslots, "
          "per overlapping minute"),
    _info("Consecutive talks pause", (1, 0, 0),
          "Penalty per 2 consecutive talks for the same speaker with a pause less than the minimum pause, "
          "per minute of either talk"),
    _info("Crowd control", (1, 0, 0),
          "Penalty per talk with a non-zero crowd control risk that are not in paired with exactly one other "
          "such talk, per minute of either talk"),
    _info("Speaker required timeslot tags", (1, 0, 0), f"Penalty per missing required tag in {_SLOT}"),
    _info("Speaker prohibited timeslot tags", (1, 0, 0), f"Penalty per prohibited tag in {_SLOT}"),
    _info("Talk required timeslot tags", (1, 0, 0), f"Penalty per missing required tag in {_SLOT}"),
    _info("Talk prohibited timeslot tags", (1, 0, 0), f"Penalty per prohibited tag in {_SLOT}"),
    _info("Speaker required room tags", (1, 0, 0), f"Penalty per missing required tag in {_ROOM}"),
    _info("Speaker prohibited room tags", (1, 0, 0), f"Penalty per prohibited tag in {_ROOM}"),
    _info("Talk required room tags", (1, 0, 0), f"Penalty per missing required tag in {_ROOM}"),
    _info("Talk prohibited room tags", (1, 0, 0), f"Penalty per prohibited tag in {_ROOM}"),
    _info("Published timeslot", (0, 1, 0),
          "Penalty per published talk with a different timeslot than its published timeslot, per match"),
    _info("Published room", (0, 0, 10),
          "Penalty per published talk with a different room than its published room, per match"),
    _info("Theme track conflict", (0, 0, 10),
          "Penalty per common theme track of 2 talks with overlapping timeslots, per overlapping minute"),
    _info("Theme track room stability", (0, 0, 10),
          "Penalty per common theme track of 2 talks in a different room on the same day, "
          "per minute of either talk"),
    _info("Sector conflict", (0, 0, 10),
          "Penalty per common sector of 2 talks with overlapping timeslots, per overlapping minute"),
    _info("Audience type diversity", (0, 0, 1),
          "Reward per 2 talks with a different audience type and the same timeslot, "
          "per (overlapping) minute"),
    _info("Audience type theme track conflict", (0, 0, 1),
          "Penalty per 2 talks with a common audience type, a common theme track and overlapping timeslots, "
          "per overlapping minute"),
    _info("Audience level diversity", (0, 0, 1),
          "Reward per 2 talks with a different audience level and the same timeslot, "
          "per (overlapping) minute"),
    _info("Content audience level flow violation", (0, 0, 10),
          "Penalty per common content of 2 talks with a different audience level for which the easier talk "
          "isn't scheduled earlier than the other talk, per minute of either talk"),
    _info("Content conflict", (0, 0, 100),
          "Penalty per common content of 2 talks with overlapping timeslots, per overlapping minute"),
    _info("Language diversity", (0, 0, 10),
          "Reward per 2 talks with a different language and the the same timeslot, per (overlapping) minute"),
    _info("Same day talks", (0, 0, 10),
          "Penalty per common content or theme track of 2 talks with a different day, "
          "per minute of either talk"),
    _info("Popular talks", (0, 0, 10),
          "Penalty per 2 talks where the less popular one (has lower favorite count) is assigned "
          "a larger room than the more popular talk"),
    _info("Speaker preferred timeslot tags", (0, 0, 20), f"Penalty per missing preferred tag in {_SLOT}"),
    _info("Speaker undesired timeslot tags", (0, 0, 20), f"Penalty per undesired tag in {_SLOT}"),
    _info("Talk preferred timeslot tags", (0, 0, 20), f"Penalty per missing preferred tag in {_SLOT}"),
    _info("Talk undesired timeslot tags", (0, 0, 20), f"Penalty per undesired tag in {_SLOT}"),
    _info("Speaker preferred room tags", (0, 0, 20), f"Penalty per missing preferred tag in {_ROOM}"),
    _info("Speaker undesired room tags", (0, 0, 20), f"Penalty per undesired tag in {_ROOM}"),
    _info("Talk preferred room tags", (0, 0, 20), f"Penalty per missing preferred tag in {_ROOM}"),
    _info("Talk undesired room tags", (0, 0, 20), f"Penalty per undesired tag in {_ROOM}"),
)
CONSTRAINT_NAMES: tuple[str, ...] = tuple(info.name for info in CONSTRAINTS)
DEFAULT_WEIGHTS: dict[str, Weight] = {info.name: info.default_weight for info in CONSTRAINTS}


@dataclass(frozen=True)
class Timeslot:
    """A row of the Timeslots sheet. Timeslots may overlap; no two share both start and end."""

    index: int
    day: date
    start: time
    end: time
    talk_types: frozenset[str] = NO_TAGS
    tags: frozenset[str] = NO_TAGS

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.day, self.end)

    @property
    def minutes(self) -> int:
        return int((self.end_at - self.start_at).total_seconds()) // 60


@dataclass(frozen=True)
class Room:
    """A row of the Rooms sheet; empty talk_types means every talk type fits."""

    name: str
    capacity: int
    talk_types: frozenset[str] = NO_TAGS
    tags: frozenset[str] = NO_TAGS
    unavailable: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Speaker:
    """A row of the Speakers sheet: eight tag sets and the timeslots the speaker cannot make."""

    name: str
    required_timeslot_tags: frozenset[str] = NO_TAGS
    preferred_timeslot_tags: frozenset[str] = NO_TAGS
    prohibited_timeslot_tags: frozenset[str] = NO_TAGS
    undesired_timeslot_tags: frozenset[str] = NO_TAGS
    required_room_tags: frozenset[str] = NO_TAGS
    preferred_room_tags: frozenset[str] = NO_TAGS
    prohibited_room_tags: frozenset[str] = NO_TAGS
    undesired_room_tags: frozenset[str] = NO_TAGS
    unavailable: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Talk:
    """A row of the Talks sheet. timeslot and room are the planning variables (None = unassigned)."""

    code: str
    title: str = ""
    talk_type: str = "Breakout"
    speakers: tuple[str, ...] = ()
    theme_tags: frozenset[str] = NO_TAGS
    sector_tags: frozenset[str] = NO_TAGS
    audience_types: frozenset[str] = NO_TAGS
    audience_level: int = 1
    content_tags: frozenset[str] = NO_TAGS
    language: str = "en"
    required_timeslot_tags: frozenset[str] = NO_TAGS
    preferred_timeslot_tags: frozenset[str] = NO_TAGS
    prohibited_timeslot_tags: frozenset[str] = NO_TAGS
    undesired_timeslot_tags: frozenset[str] = NO_TAGS
    required_room_tags: frozenset[str] = NO_TAGS
    preferred_room_tags: frozenset[str] = NO_TAGS
    prohibited_room_tags: frozenset[str] = NO_TAGS
    undesired_room_tags: frozenset[str] = NO_TAGS
    mutually_exclusive_tags: frozenset[str] = NO_TAGS
    prerequisite_codes: frozenset[str] = NO_TAGS
    favorite_count: int = 0
    crowd_control_risk: int = 0
    pinned: bool = False
    timeslot: int | None = None
    room: str | None = None
    published_timeslot: int | None = None
    published_room: str | None = None


@dataclass(frozen=True)
class Dataset:
    """One conference: configuration, the four lists, and the talks' current assignment."""

    name: str
    min_pause: int = 15
    weights: dict[str, Weight] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    timeslots: tuple[Timeslot, ...] = ()
    rooms: tuple[Room, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    talks: tuple[Talk, ...] = ()

    def assignment(self) -> Assignment:
        """The assignment stored with the talks (in the shipped files: two pre-assigned talks)."""
        return {talk.code: (talk.timeslot, talk.room) for talk in self.talks}

    def with_assignment(self, assignment: Assignment) -> Dataset:
        """The same conference with another assignment; a talk absent from it is unassigned."""
        check_assignment(self, assignment)
        talks = tuple(replace(talk, timeslot=slot, room=room)
                      for talk in self.talks for slot, room in [assignment.get(talk.code, (None, None))])
        return replace(self, talks=talks)


def check_assignment(dataset: Dataset, assignment: Assignment) -> None:
    """Raise DataError when the assignment names a talk, timeslot or room the dataset lacks."""
    codes = {talk.code for talk in dataset.talks}
    slots = {timeslot.index for timeslot in dataset.timeslots}
    rooms = {room.name for room in dataset.rooms}
    for code, (slot, room) in assignment.items():
        if code not in codes:
            raise DataError(f"the assignment names talk {code!r}, which is not in {dataset.name!r}")
        if slot is not None and slot not in slots:
            raise DataError(f"talk {code!r} is assigned timeslot {slot}, which does not exist")
        if room is not None and room not in rooms:
            raise DataError(f"talk {code!r} is assigned room {room!r}, which does not exist")
