"""Undo commands and the ``ProjectEditor`` that pushes them: every desktop edit goes here."""

from .editor import ProjectEditor
from .edits import (AddRowCommand, DeleteRowCommand, DuplicateRowCommand, ProjectCommand,
                    SetFieldCommand, SetLinksCommand, SetTravelTimeCommand)
from .rows import Ident, ident_of, is_keyed, new_row, noun

__all__ = ["AddRowCommand", "DeleteRowCommand", "DuplicateRowCommand", "Ident", "ProjectCommand",
           "ProjectEditor", "SetFieldCommand", "SetLinksCommand", "SetTravelTimeCommand",
           "ident_of", "is_keyed", "new_row", "noun"]
