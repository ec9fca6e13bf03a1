"""Fixtures of the programme tests: projects with a stored schedule (see programme_kit)."""

from __future__ import annotations

import pytest

from programme_kit import store_shandong, store_small


@pytest.fixture
def small_path(tmp_path):
    return store_small(tmp_path / "small.slotwise")


@pytest.fixture(scope="module")
def shandong_path(tmp_path_factory):
    return store_shandong(tmp_path_factory.mktemp("shandong") / "shandong.slotwise")
