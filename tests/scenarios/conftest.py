"""The small sample solved once by the real engine (and checked by the validator); each test
gets its own copy of that file."""

from __future__ import annotations

import shutil

import pytest

from resources import sample_path
from scheduler import Project
from scheduler.interchange.json_format import create_project_from_json
from scheduler.snapshot import save_schedule, snapshot
from scheduler.solver import solve
from scheduler.validator import validate


@pytest.fixture(scope="session")
def solved_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("solved") / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        result = solve(problem, time_limit=3, workers=2, seed=1)
        assert result.schedule is not None, result.message
        assert validate(problem, result.schedule).is_feasible
        save_schedule(project, problem, result.schedule)
    return path


@pytest.fixture
def project_file(solved_file, tmp_path):
    return shutil.copy(solved_file, tmp_path / "small.slotwise")


@pytest.fixture
def project(project_file):
    """The solved small sample, open; main is active and nothing is published."""
    opened = Project.open(project_file)
    yield opened
    opened.close()
