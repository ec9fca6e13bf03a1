"""Projects with a stored schedule, for the programme tests here and in tests/desktop: the small
and the Shandong sample, each with a known schedule the validator finds sound. (The Shandong one
was found by the solver in 10 s; a fresh short solve would change from run to run, and so would
the number of booklet pages.)"""

from __future__ import annotations

import json
from pathlib import Path

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot
from scheduler.validator import validate
from small_schedule import SMALL_SCHEDULE as SHARED_SMALL, small_schedule

SHANDONG_SCHEDULE = Path(__file__).with_name("shandong_schedule.json")  # [key, minute, room, channel]
# The small sample's valid schedule with "closing" left unscheduled.
UNSCHEDULED = ("closing",)
SMALL_SCHEDULE = {key: place for key, place in SHARED_SMALL.items() if key not in UNSCHEDULED}


def store_small(path):
    """The small sample at ``path`` with SMALL_SCHEDULE stored (hard rules all kept)."""
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        schedule = small_schedule(without=UNSCHEDULED)
        hard = validate(problem, schedule).hard
        assert all(v.sessions == ("closing",) for v in hard), [v.message for v in hard]
        save_schedule(project, problem, schedule)
    return path


def store_shandong(path):
    """The Shandong sample at ``path`` with SHANDONG_SCHEDULE stored: all 64 sessions, no hard
    violation."""
    rows = json.loads(SHANDONG_SCHEDULE.read_text(encoding="utf-8"))
    with create_project_from_json(path, sample_path("shandong")) as project:
        problem = snapshot(project)
        schedule = {key: Placement(key, start, room, channel) for key, start, room, channel in rows}
        assert len(schedule) == len(problem.sessions)
        assert validate(problem, schedule).is_feasible
        save_schedule(project, problem, schedule)
    return path
