"""Slotwise core: the GUI-free scheduler of hybrid, multi-city events."""

from .errors import DataError, InputError, NotFound, ProjectFileError, SlotwiseError
from .project import Changes, Project

__all__ = ["Changes", "DataError", "InputError", "NotFound", "Project", "ProjectFileError",
           "SlotwiseError"]
__version__ = "0.1.0"
