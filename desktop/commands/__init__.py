"""Undo commands and the ``ProjectEditor`` that pushes them: every desktop edit goes here."""

from .editor import ProjectEditor
from .edits import (AddRowCommand, DeleteRowCommand, DuplicateRowCommand, ProjectCommand,
                    SetFieldCommand, SetLinksCommand, SetTravelTimeCommand)
from .placing import PlaceSessionCommand, SetPinCommand
from .recorded import RecordedCommand
from .rows import Ident, ident_of, is_keyed, new_row, noun

__all__ = ["AddRowCommand", "DeleteRowCommand", "DuplicateRowCommand", "Ident",
           "PlaceSessionCommand", "ProjectCommand", "ProjectEditor", "RecordedCommand",
           "SetFieldCommand", "SetLinksCommand", "SetPinCommand", "SetTravelTimeCommand",
           "ident_of", "is_keyed", "new_row", "noun"]
