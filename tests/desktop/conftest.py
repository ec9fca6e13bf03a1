"""Desktop tests draw offscreen: no window appears and no display is needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from resources import sample_path
from scheduler.interchange.json_format import create_project_from_json


@pytest.fixture
def small(qapp, tmp_path):
    """The small sample as a fresh project file."""
    project = create_project_from_json(tmp_path / "small.slotwise", sample_path("small"))
    yield project
    project.close()


@pytest.fixture
def editor(small):
    """The undo-stack editor of that project."""
    from desktop.commands import ProjectEditor

    made = ProjectEditor(small)
    yield made
    made.stack.clear()
    made.deleteLater()
