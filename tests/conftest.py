"""Fixtures shared by every test: a valid event and a fresh project file in tmp_path."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from scheduler import Project
from scheduler.domain import models as m


@pytest.fixture
def event():
    """A factory of valid events: 2021-05-28 for two days in Asia/Shanghai; override any field."""

    def make(**fields) -> m.Event:
        values = dict(name_en="ASEAN–China (Shandong) SME Conference",
                      name_zh="中国—东盟（山东）中小企业合作发展大会", timezone="Asia/Shanghai",
                      start_date=date(2021, 5, 28), day_count=2, day_start=time(8, 30),
                      day_end=time(18, 0), granularity_minutes=5)
        return m.Event(**(values | fields))

    return make


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "p.slotwise"


@pytest.fixture
def project(project_path, event):
    """A new, empty project file at tmp_path/p.slotwise, closed after the test."""
    opened = Project.create(project_path, event())
    yield opened
    opened.close()
