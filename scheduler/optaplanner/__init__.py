"""The OptaPlanner conference-scheduling benchmark: read and write its .xlsx files, and score schedules
exactly as OptaPlanner does (benchmarks/optaplanner-conference/README.md).

Independent of Slotwise's solver and validator, so it can judge them; no Qt.
"""

from .dataset import (CONSTRAINT_NAMES, CONSTRAINTS, DEFAULT_WEIGHTS, Assignment, ConstraintInfo, Dataset,
                      Room, Speaker, Talk, Timeslot, Weight)
from .reader import read_dataset
from .score import ConstraintScore, Match, Score, score
from .writer import write_dataset

__all__ = ["CONSTRAINTS", "CONSTRAINT_NAMES", "DEFAULT_WEIGHTS", "Assignment", "ConstraintInfo",
           "ConstraintScore", "Dataset", "Match", "Room", "Score", "Speaker", "Talk", "Timeslot", "Weight",
           "read_dataset", "score", "write_dataset"]
