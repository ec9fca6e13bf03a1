"""The small sample with a valid schedule stored: the starting point of the publishing tests."""

from __future__ import annotations

import pytest

from resources import sample_path
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot

# A valid schedule of the small sample (what the solver finds): minutes after midnight, room, channel.
SCHEDULE = {
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


@pytest.fixture
def scheduled_path(tmp_path):
    """A project file holding the small sample with SCHEDULE stored, nothing published."""
    target = tmp_path / "small.slotwise"
    with create_project_from_json(target, sample_path("small")) as project:
        save_schedule(project, snapshot(project),
                      {key: Placement(key, *place) for key, place in SCHEDULE.items()})
    return target


@pytest.fixture
def scheduled(scheduled_path):
    """The same project, open."""
    project = Project.open(scheduled_path)
    yield project
    project.close()
