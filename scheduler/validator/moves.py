"""The validator's verdict on one hand move: would it break a hard rule, and what would it cost?

The timetable asks this while a session is dragged over a cell, and the Move dialog as its fields
change: the schedule with the move applied (and the session pinned there, when the move pins) is
validated in full, and compared with the validation of the schedule as it is. Only what the move
introduces counts: a hard finding that exists before the move, unchanged, is not the move's fault.

It is the same independent validator (no solver code), run on a changed copy of the snapshot.
In the desktop it runs in the validator's worker process, which keeps the last schedules it
validated (``check_and_keep``) so that each dragged-over cell sends only the move
(``judge_kept``), not the whole problem again.

    verdict = judge(problem, schedule, previous, validate(problem, schedule), Move("talk", 600, "hall-a"))
    verdict.allowed, verdict.reason, verdict.cost_change
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from ..problem import Placement, Problem, Schedule
from . import validate
from .violation import Validation, Violation


@dataclass(frozen=True)
class Move:
    """Session ``session`` to ``start`` in ``room`` and/or ``channel``. With ``pin`` it is pinned
    there (start and places); without, the parts it was pinned to follow it (as the desktop's
    place command does), so a move never breaks its own pin."""

    session: str
    start: int
    room: str | None = None
    channel: str | None = None
    pin: bool = True


@dataclass(frozen=True)
class Verdict:
    """Allowed, or not with the hard findings the move introduces (the session's own first)."""

    move: Move
    broken: tuple[Violation, ...] = ()
    cost_change: int = 0  # soft cost after the move minus before

    @property
    def allowed(self) -> bool:
        return not self.broken

    @property
    def reason(self) -> str:
        """The first hard finding the move introduces, in the validator's words ("" if none)."""
        return self.broken[0].message if self.broken else ""


def moved_schedule(schedule: Schedule, move: Move) -> Schedule:
    out = dict(schedule)
    out[move.session] = Placement(move.session, move.start, move.room, move.channel)
    return out


def moved_problem(problem: Problem, move: Move) -> Problem:
    """The snapshot with the session's pins as the move leaves them."""
    info = problem.session[move.session]
    if move.pin:
        pins = dict(pin_start=move.start, pin_room=move.room, pin_channel=move.channel)
    else:
        pins = dict(pin_start=None if info.pin_start is None else move.start,
                    pin_room=None if info.pin_room is None else move.room,
                    pin_channel=None if info.pin_channel is None else move.channel)
    if pins == dict(pin_start=info.pin_start, pin_room=info.pin_room, pin_channel=info.pin_channel):
        return problem
    changed = replace(info, **pins)
    return replace(problem, sessions=tuple(changed if s.key == move.session else s
                                           for s in problem.sessions))


def judge(problem: Problem, schedule: Schedule, previous: Schedule | None, before: Validation,
          move: Move) -> Verdict:
    """Validate the schedule with ``move`` applied; ``before`` is the validation without it."""
    after = validate(moved_problem(problem, move), moved_schedule(schedule, move), previous=previous)
    known = set(before.hard)
    new = [v for v in after.hard if v not in known]
    new.sort(key=lambda v: move.session not in v.sessions)  # stable: the session's own first
    return Verdict(move, tuple(new), after.total_cost - before.total_cost)


# -- the worker process's memory ---------------------------------------------------------------

KEPT = 3  # schedules kept (one per open window is plenty)
_kept: OrderedDict[object, tuple[Problem, Schedule, Schedule | None, Validation]] = OrderedDict()


def check_and_keep(token, problem: Problem, schedule: Schedule,
                   previous: Schedule | None) -> Validation:
    """``validate``, and keep the schedule and its validation under ``token`` for moves."""
    validation = validate(problem, schedule, previous=previous)
    _kept[token] = (problem, schedule, previous, validation)
    _kept.move_to_end(token)
    while len(_kept) > KEPT:
        _kept.popitem(last=False)
    return validation


def judge_kept(token, move: Move) -> Verdict | None:
    """The verdict on a move of the schedule kept under ``token``; None if none is kept."""
    kept = _kept.get(token)
    if kept is None:
        return None
    _kept.move_to_end(token)
    return judge(*kept, move)


def judge_and_keep(token, problem: Problem, schedule: Schedule, previous: Schedule | None,
                   move: Move) -> Verdict:
    """Keep the schedule (validating it once), then judge the move."""
    check_and_keep(token, problem, schedule, previous)
    return judge_kept(token, move)
