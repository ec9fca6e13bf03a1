"""Helpers shared by the publishing tests."""

from __future__ import annotations

import dataclasses

from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot, stored_schedule


def place(project, key: str, **changes) -> None:
    """Change one session's placement (start, room, channel) in the stored schedule; None unschedules."""
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    if changes.get("start", 0) is None:
        schedule.pop(key)
    else:
        schedule[key] = dataclasses.replace(schedule.get(key, Placement(key, 0)), **changes)
    save_schedule(project, problem, schedule)
