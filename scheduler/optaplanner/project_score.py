"""OptaPlanner's score of a project's stored schedule, from the dataset kept in its profile.

A stored placement counts as a timeslot only when the session starts and ends exactly as one of the
dataset's timeslots does (timeslots may share a start, so the session's duration picks among them);
any other placement leaves the talk without a timeslot and is reported, as is a room the dataset lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import select

from ..domain import models as m
from ..domain.enums import SessionStatus
from ..errors import DataError, NotFound
from ..eventtime import zone
from ..project import Project
from .dataset import Assignment, Dataset
from .project_import import KIND, Profile
from .score import Score, score


@dataclass(frozen=True)
class StoredAssignment:
    """The stored schedule as an OptaPlanner assignment, and why some placements did not count."""

    assignment: Assignment
    problems: tuple[str, ...] = ()


def profile_of(project: Project) -> Profile:
    """The project's one OptaPlanner conference profile (made by import_dataset)."""
    rows = project.all(m.BenchmarkProfile, kind=KIND)
    if not rows:
        raise NotFound(f"{project.path}: holds no OptaPlanner dataset (import one with "
                       "slotwise import-optaplanner)")
    if len(rows) > 1:
        names = ", ".join(f"'{row.name}'" for row in rows)
        raise DataError(f"{project.path}: holds {len(rows)} OptaPlanner datasets ({names}); keep one")
    return Profile.from_data(rows[0].data)


def dataset_of(project: Project) -> Dataset:
    """The dataset as imported, with the file's initial assignment."""
    return profile_of(project).dataset


def lookups(profile: Profile):
    """(zone, (start, end) -> timeslot index, room key -> dataset room name) of a profile."""
    slots = {(t.start_at, t.end_at): t.index for t in profile.dataset.timeslots}
    return zone(profile.timezone), slots, {key: name for name, key in profile.room_keys.items()}


def read_assignment(project: Project, profile: Profile | None = None) -> StoredAssignment:
    profile = profile or profile_of(project)
    dataset = profile.dataset
    tz, slots, rooms = lookups(profile)
    with project.transaction() as db:
        sessions = {s.id: s for s in db.exec(select(m.Session)).all()}
        room_keys = {r.id: r.key for r in db.exec(select(m.Room)).all()}
        placed = list(db.exec(select(m.Assignment)).all())
    codes = {talk.code for talk in dataset.talks}
    present = {s.key for s in sessions.values()}
    problems = [f"talk {code} has no session in the project: it counts as unassigned"
                for code in sorted(codes - present)]
    assignment: Assignment = {}
    for a in sorted(placed, key=lambda a: sessions[a.session_id].key):
        s = sessions[a.session_id]
        if s.key not in codes:
            problems.append(f"session '{s.key}' is no talk of the dataset: not scored")
            continue
        if s.status == SessionStatus.CANCELLED.value:
            problems.append(f"talk {s.key} is cancelled: it counts as unassigned")
            continue
        start = a.start.astimezone(tz).replace(tzinfo=None)
        end = start + timedelta(minutes=s.duration_minutes)
        slot = slots.get((start, end))
        if slot is None:
            problems.append(f"talk {s.key} at {start:%Y-%m-%d %H:%M}–{end:%H:%M} is in no timeslot of "
                            "the dataset: it counts as without a timeslot")
        room = rooms.get(room_keys.get(a.room_id)) if a.room_id is not None else None
        if a.room_id is not None and room is None:
            problems.append(f"talk {s.key} is in room '{room_keys[a.room_id]}', which is no room of the "
                            "dataset: it counts as without a room")
        if slot is not None or room is not None:
            assignment[s.key] = (slot, room)
    return StoredAssignment(assignment, tuple(problems))


def assignment_of(project: Project) -> Assignment:
    """Talk code -> (timeslot index, room name) of the stored schedule; a talk absent is unassigned."""
    return read_assignment(project).assignment


def score_project(project: Project) -> Score:
    """OptaPlanner's score of the stored schedule, with the dataset's own weights."""
    profile = profile_of(project)
    return score(profile.dataset, read_assignment(project, profile).assignment)


def schedule_assignment(profile: Profile, problem, schedule) -> Assignment:
    """A solver's schedule (scheduler.problem placements) as an OptaPlanner assignment.

    The same reading as the stored schedule's: the timeslot is the one with the placement's exact
    start and end, the room the dataset room with the placement's room key.
    """
    tz, slots, rooms = lookups(profile)
    assignment: Assignment = {}
    for key, placed in sorted(schedule.items()):
        start = problem.moment(placed.start).astimezone(tz).replace(tzinfo=None)
        end = start + timedelta(minutes=problem.session[key].duration)
        assignment[key] = (slots.get((start, end)), rooms.get(placed.room))
    return assignment
