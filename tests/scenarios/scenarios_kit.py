"""Helpers of the scenario tests: the raw assignment rows, and a hand-made clash."""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa

from scheduler.problem import Placement, Problem, Schedule
from scheduler.snapshot import save_schedule, snapshot, stored_schedule


def assignment_rows(project) -> set[tuple]:
    """The assignment table exactly as stored."""
    with project.transaction() as db:
        return set(db.execute(sa.text(
            "SELECT session_id, room_id, channel_id, start FROM assignment")).all())


CLEAR = 60  # minutes kept free of other sessions around the clash (more than any changeover)


def clash_pair(problem: Problem, schedule: Schedule) -> tuple[str, str]:
    """Two on-site sessions in different rooms, the second not pinned: moving the second into
    the first's room at the first's start makes a room overlap with the first one only (no
    other session of that room is near the moved one, whatever the solver chose)."""
    on_site = sorted((p for p in schedule.values() if p.room and p.channel is None),
                     key=lambda p: (p.start, p.session))
    for first in on_site:
        for second in on_site:
            info = problem.session[second.session]
            if second.room == first.room or info.pin_start is not None or info.pin_room is not None:
                continue
            start, end = first.start - CLEAR, first.start + info.duration + CLEAR
            near = [p for p in schedule.values() if p.room == first.room and p.session != first.session
                    and p.start < end and start < p.start + problem.session[p.session].duration]
            if not near:
                return first.session, second.session
    raise AssertionError("the sample has no two on-site sessions to make a lone clash of")


def make_clash(project) -> tuple[str, str, Schedule]:
    """Move a session onto another's room and start in the schedule being edited; returns
    (the session it clashes with, the moved session, the new schedule)."""
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    first, moved = clash_pair(problem, schedule)
    changed = dict(schedule)
    changed[moved] = replace(schedule[moved], room=schedule[first].room,
                             start=schedule[first].start)
    save_schedule(project, problem, changed)
    return first, moved, changed


def shift(project, key: str, minutes: int) -> Schedule:
    """Move one session later by ``minutes`` in the schedule being edited."""
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    schedule[key] = replace(schedule[key], start=schedule[key].start + minutes)
    save_schedule(project, problem, schedule)
    return schedule


def placement(key: str, start: int, room=None, channel=None) -> Placement:
    return Placement(key, start, room, channel)
