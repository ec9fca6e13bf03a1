"""Projects with a stored schedule, for the programme tests here and in tests/desktop: the small
sample with a known valid schedule, and the Shandong sample solved (short limit); both are
checked by the validator."""

from __future__ import annotations

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot
from scheduler.validator import validate

# Minutes after midnight, room, channel; "closing" stays unscheduled.
SMALL_SCHEDULE = {
    "opening": (540, "sicec-main-hall", "livestream-main"),
    "press-briefing": (570, "sicec-room-201", None),
    "keynote": (600, "sicec-main-hall", "livestream-main"),
    "rcep-forum": (640, "sicec-main-hall", "livestream-main"),
    "sme-finance-panel": (720, "sicec-room-201", None),
    "taian-forum": (730, "taian-taishan-hall", None),
    "b2b-agri-food": (730, None, "b2b-room"),
    "b2b-digital": (800, None, "b2b-room"),
    "tourism-webinar": (820, None, "livestream-main"),
}


def store_small(path):
    """The small sample at ``path`` with SMALL_SCHEDULE stored (hard rules all kept)."""
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        schedule = {key: Placement(key, *place) for key, place in SMALL_SCHEDULE.items()}
        hard = validate(problem, schedule).hard
        assert all(v.sessions == ("closing",) for v in hard), [v.message for v in hard]
        save_schedule(project, problem, schedule)
    return path


def store_solved_shandong(path):
    from scheduler.solver import solve

    with create_project_from_json(path, sample_path("shandong")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=5, workers=2)
        assert result.schedule and validate(problem, result.schedule).is_feasible
        save_schedule(project, problem, result.schedule)
    return path
