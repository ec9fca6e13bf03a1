"""Where the OptaPlanner datasets are (the tests skip when they are absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SMALL = "18talks-6timeslots-5rooms.xlsx"


def benchmarks() -> Path:
    here = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "optaplanner-conference"
    for folder in (here, Path("/work/shared/benchmarks/optaplanner-conference")):
        if folder.is_dir():
            return folder
    pytest.skip("the OptaPlanner benchmark files (../shared/benchmarks/optaplanner-conference) are absent")
