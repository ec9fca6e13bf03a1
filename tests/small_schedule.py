"""A valid schedule of the small sample (what the solver finds), shared by the publishing,
programme and publish-dialog tests. Importable from every test folder (tests/ is on sys.path).
"""

from __future__ import annotations

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement, Schedule
from scheduler.snapshot import save_schedule, snapshot

# Minutes after midnight on day 1, room, channel.
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
    "closing": (960, "sicec-main-hall", "livestream-main"),
}


def small_schedule(without: tuple[str, ...] = ()) -> Schedule:
    """SMALL_SCHEDULE as placements, leaving the sessions ``without`` unscheduled."""
    return {key: Placement(key, *place) for key, place in SMALL_SCHEDULE.items()
            if key not in without}


def create_small(path, without: tuple[str, ...] = ()):
    """A new project file at ``path``: the small sample with the schedule stored; open."""
    project = create_project_from_json(path, sample_path("small"))
    save_schedule(project, snapshot(project), small_schedule(without))
    return project
