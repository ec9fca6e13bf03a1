"""The small sample with a valid schedule stored: the starting point of the publishing tests."""

from __future__ import annotations

import pytest

from scheduler import Project
from small_schedule import create_small


@pytest.fixture
def scheduled_path(tmp_path):
    """A project file holding the small sample with its valid schedule stored, nothing published."""
    target = tmp_path / "small.slotwise"
    create_small(target).close()
    return target


@pytest.fixture
def scheduled(scheduled_path):
    """The same project, open."""
    project = Project.open(scheduled_path)
    yield project
    project.close()
