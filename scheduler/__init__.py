"""Slotwise core: the GUI-free scheduler of hybrid, multi-city events.

Entry points: ``Project`` (open, create and change a project file),
``snapshot`` (the problem as plain data), ``solve`` (the CP-SAT engine) and
``validate`` (the independent checker).
"""

from .errors import DataError, InputError, NotFound, ProjectFileError, SlotwiseError
from .project import Changes, Project

__all__ = ["Changes", "DataError", "InputError", "NotFound", "Project", "ProjectFileError",
           "SlotwiseError", "snapshot", "solve", "validate"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The engine pulls in OR-Tools; load it only when asked for.
    if name == "solve":
        from .solver import solve

        return solve
    if name == "validate":
        from .validator import validate

        return validate
    if name == "snapshot":
        from .snapshot import snapshot

        return snapshot
    raise AttributeError(name)
