"""OptaPlanner's conference-scheduling score, recomputed exactly and independently of Slotwise's solver.

One function per constraint, named after it, each returning its matches with their match weights
(section 4 of benchmarks/optaplanner-conference/README.md, quirks included). `score` multiplies every
constraint's summed match weight by its weight from the Configuration sheet, adds the rewards, subtracts
the penalties and counts unassigned planning variables into the init level. Brute force over pairs: the
largest file has 108 talks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import combinations, product

from ..errors import DataError
from .dataset import (CONSTRAINT_NAMES, DEFAULT_WEIGHTS, Assignment, Dataset, Room, Speaker, Talk,
                      Timeslot, Weight, check_assignment)

LEVELS = ("hard", "medium", "soft")
REWARDS = frozenset({"Audience type diversity", "Audience level diversity", "Language diversity"})


@dataclass(frozen=True)
class Match:
    """One match of a constraint: the talks involved (in the constraint's order) and its match weight."""

    talks: tuple[str, ...]
    match_weight: int


@dataclass(frozen=True)
class ConstraintScore:
    """What one constraint matched and what it cost (total: signed, on its level)."""

    name: str
    level: str
    weight: Weight
    matches: list[Match]
    total: int

    @property
    def reward(self) -> bool:
        return self.name in REWARDS

    @property
    def match_weight_sum(self) -> int:
        return sum(match.match_weight for match in self.matches)

    @property
    def impact(self) -> Weight:
        """The signed contribution to (hard, medium, soft)."""
        sign = 1 if self.reward else -1
        hard, medium, soft = (sign * part * self.match_weight_sum for part in self.weight)
        return hard, medium, soft


@dataclass(frozen=True)
class Score:
    """init/hard/medium/soft, compared in that order, higher is better; and what each constraint matched."""

    init: int
    hard: int
    medium: int
    soft: int
    constraints: list[ConstraintScore]

    @property
    def key(self) -> tuple[int, int, int, int]:
        return self.init, self.hard, self.medium, self.soft

    def text(self) -> str:
        return f"{self.hard}hard/{self.medium}medium/{self.soft}soft"

    def text_with_init(self) -> str:
        return f"{self.init}init/{self.text()}"

    def __str__(self) -> str:
        """As OptaPlanner prints it: the init level only while some variable is unassigned."""
        return self.text_with_init() if self.init else self.text()

    def constraint(self, name: str) -> ConstraintScore:
        return next(item for item in self.constraints if item.name == name)


@dataclass(frozen=True)
class Placed:
    """A talk with its timeslot (always set) and room (None only for Speaker unavailable timeslot)."""

    talk: Talk
    slot: Timeslot
    room: Room | None
    speakers: tuple[Speaker, ...]

    @property
    def code(self) -> str:
        return self.talk.code

    @property
    def start(self) -> datetime:
        return self.slot.start_at

    @property
    def end(self) -> datetime:
        return self.slot.end_at

    @property
    def day(self) -> date:
        return self.slot.day

    @property
    def minutes(self) -> int:
        return self.slot.minutes


@dataclass(frozen=True)
class Context:
    """The assigned talks (A, in planning-id order), the talks that have a timeslot, and the pause P."""

    assigned: list[Placed]
    timed: list[Placed]
    min_pause: int


def score(dataset: Dataset, assignment: Assignment | None = None) -> Score:
    """Score an assignment (talk code -> (timeslot index, room name)); a talk absent from it is unassigned.

    Without an assignment, the one stored with the talks is scored.
    """
    assignment = dataset.assignment() if assignment is None else assignment
    check_assignment(dataset, assignment)
    unknown = set(dataset.weights) - set(CONSTRAINT_NAMES)
    if unknown:
        raise DataError(f"unknown constraint(s) in the weights: {', '.join(sorted(unknown))}")
    context = build_context(dataset, assignment)
    init = -sum((slot is None) + (room is None) for slot, room in
                (assignment.get(talk.code, (None, None)) for talk in dataset.talks))
    constraints = [constraint_score(name, dataset.weights.get(name, DEFAULT_WEIGHTS[name]), context)
                   for name in CONSTRAINT_NAMES]
    hard, medium, soft = (sum(item.impact[level] for item in constraints) for level in range(3))
    return Score(init, hard, medium, soft, constraints)


def constraint_score(name: str, weight: Weight, context: Context) -> ConstraintScore:
    """A 0/0/0 weight switches the constraint off, as the engine skips it: no matches."""
    matches = FUNCTIONS[name](context) if any(weight) else []
    level = next((LEVELS[i] for i, part in enumerate(weight) if part),
                 LEVELS[next(i for i, part in enumerate(DEFAULT_WEIGHTS[name]) if part)])
    sign = 1 if name in REWARDS else -1
    total = sign * weight[LEVELS.index(level)] * sum(match.match_weight for match in matches)
    return ConstraintScore(name, level, weight, matches, total)


def build_context(dataset: Dataset, assignment: Assignment) -> Context:
    slots = {timeslot.index: timeslot for timeslot in dataset.timeslots}
    rooms = {room.name: room for room in dataset.rooms}
    speakers = {speaker.name: speaker for speaker in dataset.speakers}
    timed = []
    for talk in dataset.talks:
        slot, room = assignment.get(talk.code, (None, None))
        if slot is None:
            continue
        unknown = [name for name in talk.speakers if name not in speakers]
        if unknown:
            raise DataError(f"talk {talk.code!r} names unknown speaker(s): {', '.join(unknown)}")
        timed.append(Placed(talk, slots[slot], None if room is None else rooms[room],
                            tuple(speakers[name] for name in talk.speakers)))
    assigned = [placed for placed in timed if placed.room is not None]
    return Context(assigned, timed, dataset.min_pause)


# Helpers of section 3.

def ov(a: Placed, b: Placed) -> bool:
    return a.start < b.end and b.start < a.end


def ov_min(a: Placed, b: Placed) -> int:
    return int((min(a.end, b.end) - max(a.start, b.start)).total_seconds()) // 60


def comb(a: Placed, b: Placed) -> int:
    return a.minutes + b.minutes


def same_ts(a: Placed, b: Placed) -> bool:
    return a.slot.index == b.slot.index


def shared(x: frozenset[str], y: frozenset[str]) -> int:
    return len(x & y)


def missing(wanted: frozenset[str], present: frozenset[str]) -> int:
    return len(wanted - present)


def pause_ok(a: Placed, b: Placed, pause: int) -> bool:
    if ov(a, b):
        return False
    if a.day != b.day:
        return True
    earlier, later = (a, b) if a.start < b.start else (b, a)
    return (later.start - earlier.end).total_seconds() >= pause * 60


def distinct(speakers: tuple[Speaker, ...]) -> list[Speaker]:
    return list(dict.fromkeys(speakers))


def pair_matches(context: Context, weigh: Callable[[Placed, Placed], int]) -> list[Match]:
    """UP: every unordered pair of assigned talks once; a match wherever the weight is positive."""
    return [Match((a.code, b.code), weight) for a, b in combinations(context.assigned, 2)
            if (weight := weigh(a, b)) > 0]


def ordered_pairs(context: Context) -> Iterator[tuple[Placed, Placed]]:
    """OP: every ordered pair of assigned talks, a talk with itself included."""
    return product(context.assigned, repeat=2)


def talk_matches(context: Context, count: Callable[[Placed], int]) -> list[Match]:
    """Per assigned talk: k = count(talk); a match when k > 0, weighing k times the talk's minutes."""
    return [Match((p.code,), k * p.minutes) for p in context.assigned if (k := count(p)) > 0]


# Hard constraints (by default weight).

def room_unavailable_timeslot(context: Context) -> list[Match]:
    """Hard constraint: a talk in a room that is unavailable in its timeslot (exact slot), per minute."""
    return talk_matches(context, lambda p: int(p.slot.index in p.room.unavailable))


def room_conflict(context: Context) -> list[Match]:
    """Hard constraint: two talks in one room at overlapping times, per overlapping minute."""
    return pair_matches(context, lambda a, b: ov_min(a, b) if a.room.name == b.room.name and ov(a, b) else 0)


def speaker_unavailable_timeslot(context: Context) -> list[Match]:
    """Hard constraint: per distinct speaker unavailable in the talk's timeslot, per minute; needs no room."""
    return [Match((p.code,), p.minutes) for p in context.timed for speaker in distinct(p.speakers)
            if p.slot.index in speaker.unavailable]


def speaker_conflict(context: Context) -> list[Match]:
    """Hard constraint: per speaker of two overlapping talks, per overlapping minute."""
    return [Match((a.code, b.code), ov_min(a, b)) for a, b in combinations(context.assigned, 2)
            if ov(a, b) for speaker in distinct(a.speakers) if speaker in b.speakers]


def talk_prerequisite_talks(context: Context) -> list[Match]:
    """Hard constraint: a prerequisite that does not end by the time its dependent talk starts."""
    return [Match((p.code, d.code), comb(p, d)) for p, d in ordered_pairs(context)
            if p.code in d.talk.prerequisite_codes and p.end > d.start]


def talk_mutually_exclusive_talks_tags(context: Context) -> list[Match]:
    """Hard constraint: per common mutually-exclusive tag of two overlapping talks, per overlapping minute."""
    return pair_matches(context, lambda a, b: shared(a.talk.mutually_exclusive_tags,
                                                     b.talk.mutually_exclusive_tags) * ov_min(a, b)
                        if ov(a, b) else 0)


def consecutive_talks_pause(context: Context) -> list[Match]:
    """Hard constraint: two talks sharing a speaker that overlap or leave less than P minutes between."""
    return pair_matches(context, lambda a, b: comb(a, b) if set(a.speakers) & set(b.speakers)
                        and not pause_ok(a, b, context.min_pause) else 0)


def crowd_control(context: Context) -> list[Match]:
    """Hard constraint: a risky talk whose timeslot holds two or more other risky ones (one alone is fine)."""
    risky = [p for p in context.assigned if p.talk.crowd_control_risk > 0]
    return [Match((t.code,), t.minutes) for t in risky
            if sum(1 for u in risky if u is not t and same_ts(t, u)) >= 2]


def speaker_required_timeslot_tags(context: Context) -> list[Match]:
    """Hard constraint: per speaker's required timeslot tag missing from the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: sum(missing(s.required_timeslot_tags, p.slot.tags)
                                               for s in p.speakers))


def speaker_prohibited_timeslot_tags(context: Context) -> list[Match]:
    """Hard constraint: per speaker's prohibited tag on the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: sum(shared(s.prohibited_timeslot_tags, p.slot.tags)
                                               for s in p.speakers))


def talk_required_timeslot_tags(context: Context) -> list[Match]:
    """Hard constraint: per required timeslot tag missing from the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: missing(p.talk.required_timeslot_tags, p.slot.tags))


def talk_prohibited_timeslot_tags(context: Context) -> list[Match]:
    """Hard constraint: per prohibited tag on the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: shared(p.talk.prohibited_timeslot_tags, p.slot.tags))


def speaker_required_room_tags(context: Context) -> list[Match]:
    """Hard constraint: per speaker's required room tag missing from the talk's room, per minute."""
    return talk_matches(context, lambda p: sum(missing(s.required_room_tags, p.room.tags)
                                               for s in p.speakers))


def speaker_prohibited_room_tags(context: Context) -> list[Match]:
    """Hard constraint: per speaker's prohibited tag on the talk's room, per minute."""
    return talk_matches(context, lambda p: sum(shared(s.prohibited_room_tags, p.room.tags)
                                               for s in p.speakers))


def talk_required_room_tags(context: Context) -> list[Match]:
    """Hard constraint: per required room tag missing from the talk's room, per minute."""
    return talk_matches(context, lambda p: missing(p.talk.required_room_tags, p.room.tags))


def talk_prohibited_room_tags(context: Context) -> list[Match]:
    """Hard constraint: per prohibited tag on the talk's room, per minute."""
    return talk_matches(context, lambda p: shared(p.talk.prohibited_room_tags, p.room.tags))


# Medium constraint.

def published_timeslot(context: Context) -> list[Match]:
    """Medium constraint: a published talk moved away from its published timeslot."""
    return [Match((p.code,), 1) for p in context.assigned
            if p.talk.published_timeslot is not None and p.talk.published_timeslot != p.slot.index]


# Soft constraints.

def published_room(context: Context) -> list[Match]:
    """Soft constraint: a published talk moved away from its published room."""
    return [Match((p.code,), 1) for p in context.assigned
            if p.talk.published_room is not None and p.talk.published_room != p.room.name]


def theme_track_conflict(context: Context) -> list[Match]:
    """Soft constraint: per common theme track of two overlapping talks, per overlapping minute."""
    return pair_matches(context, lambda a, b: shared(a.talk.theme_tags, b.talk.theme_tags) * ov_min(a, b)
                        if ov(a, b) else 0)


def theme_track_room_stability(context: Context) -> list[Match]:
    """Soft constraint: per common theme of two same-day talks in different rooms, per minute of either."""
    return pair_matches(context, lambda a, b: shared(a.talk.theme_tags, b.talk.theme_tags) * comb(a, b)
                        if a.day == b.day and a.room.name != b.room.name else 0)


def sector_conflict(context: Context) -> list[Match]:
    """Soft constraint: per common sector of two overlapping talks, per overlapping minute."""
    return pair_matches(context, lambda a, b: shared(a.talk.sector_tags, b.talk.sector_tags) * ov_min(a, b)
                        if ov(a, b) else 0)


def audience_type_diversity(context: Context) -> list[Match]:
    """Soft constraint (reward): per COMMON audience type of two talks in the same timeslot, per minute.

    The name and the sheet say "different"; the code rewards common types, and that is what counts.
    """
    return pair_matches(context, lambda a, b: shared(a.talk.audience_types, b.talk.audience_types) * a.minutes
                        if same_ts(a, b) else 0)


def audience_type_theme_track_conflict(context: Context) -> list[Match]:
    """Soft constraint: common audience types times common themes of two overlapping talks, per minute."""
    return pair_matches(context, lambda a, b: shared(a.talk.theme_tags, b.talk.theme_tags)
                        * shared(a.talk.audience_types, b.talk.audience_types) * ov_min(a, b)
                        if ov(a, b) else 0)


def audience_level_diversity(context: Context) -> list[Match]:
    """Soft constraint (reward): two talks of different audience levels in the same timeslot, per minute."""
    return pair_matches(context, lambda a, b: a.minutes
                        if same_ts(a, b) and a.talk.audience_level != b.talk.audience_level else 0)


def content_audience_level_flow_violation(context: Context) -> list[Match]:
    """Soft constraint: per common content, the easier talk does not end before the harder one starts."""
    return [Match((e.code, h.code), k * comb(e, h)) for e, h in ordered_pairs(context)
            if e.talk.audience_level < h.talk.audience_level and e.end > h.start
            and (k := shared(e.talk.content_tags, h.talk.content_tags)) > 0]


def content_conflict(context: Context) -> list[Match]:
    """Soft constraint: per common content tag of two overlapping talks, per overlapping minute."""
    return pair_matches(context, lambda a, b: shared(a.talk.content_tags, b.talk.content_tags) * ov_min(a, b)
                        if ov(a, b) else 0)


def language_diversity(context: Context) -> list[Match]:
    """Soft constraint (reward): two talks of different languages in the same timeslot, per minute."""
    return pair_matches(context, lambda a, b: a.minutes
                        if same_ts(a, b) and a.talk.language != b.talk.language else 0)


def same_day_talks(context: Context) -> list[Match]:
    """Soft constraint: per common content or theme of two talks on different days, per minute of either."""
    def weigh(a: Placed, b: Placed) -> int:
        themes = shared(a.talk.theme_tags, b.talk.theme_tags)
        contents = shared(a.talk.content_tags, b.talk.content_tags)
        return (themes + contents) * comb(a, b) if a.day != b.day else 0

    return pair_matches(context, weigh)


def popular_talks(context: Context) -> list[Match]:
    """Soft constraint: a less popular talk in a larger room than a more popular one, at any time."""
    return [Match((lo.code, hi.code), comb(lo, hi)) for lo, hi in ordered_pairs(context)
            if lo.talk.favorite_count < hi.talk.favorite_count and lo.room.capacity > hi.room.capacity]


def speaker_preferred_timeslot_tags(context: Context) -> list[Match]:
    """Soft constraint: per speaker's preferred timeslot tag missing from the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: sum(missing(s.preferred_timeslot_tags, p.slot.tags)
                                               for s in p.speakers))


def speaker_undesired_timeslot_tags(context: Context) -> list[Match]:
    """Soft constraint: per speaker's undesired tag on the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: sum(shared(s.undesired_timeslot_tags, p.slot.tags)
                                               for s in p.speakers))


def talk_preferred_timeslot_tags(context: Context) -> list[Match]:
    """Soft constraint: per preferred timeslot tag missing from the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: missing(p.talk.preferred_timeslot_tags, p.slot.tags))


def talk_undesired_timeslot_tags(context: Context) -> list[Match]:
    """Soft constraint: per undesired tag on the talk's timeslot, per minute."""
    return talk_matches(context, lambda p: shared(p.talk.undesired_timeslot_tags, p.slot.tags))


def speaker_preferred_room_tags(context: Context) -> list[Match]:
    """Soft constraint: per speaker's preferred room tag missing from the talk's room, per minute."""
    return talk_matches(context, lambda p: sum(missing(s.preferred_room_tags, p.room.tags)
                                               for s in p.speakers))


def speaker_undesired_room_tags(context: Context) -> list[Match]:
    """Soft constraint: per speaker's undesired tag on the talk's room, per minute."""
    return talk_matches(context, lambda p: sum(shared(s.undesired_room_tags, p.room.tags)
                                               for s in p.speakers))


def talk_preferred_room_tags(context: Context) -> list[Match]:
    """Soft constraint: per preferred room tag missing from the talk's room, per minute."""
    return talk_matches(context, lambda p: missing(p.talk.preferred_room_tags, p.room.tags))


def talk_undesired_room_tags(context: Context) -> list[Match]:
    """Soft constraint: per undesired tag on the talk's room, per minute."""
    return talk_matches(context, lambda p: shared(p.talk.undesired_room_tags, p.room.tags))


def function_name(constraint: str) -> str:
    """'Talk mutually-exclusive-talks tags' -> 'talk_mutually_exclusive_talks_tags'."""
    return constraint.lower().replace("-", "_").replace(" ", "_")


FUNCTIONS: dict[str, Callable[[Context], list[Match]]] = {
    name: globals()[function_name(name)] for name in CONSTRAINT_NAMES}
