"""Qt table models over the lists of a project; they read through Project and edit through
the ``ProjectEditor`` (see desktop.commands)."""

from .columns import SPECS, Column, Kind, Links, TableSpec
from .table import EntityTableModel, ValueRole
from .travel import TravelMatrixModel
from .values import Refused


def table_model(name: str, editor, parent=None) -> EntityTableModel:
    """The model of one list by name ("sessions", "rooms" …), editing through ``editor``."""
    return EntityTableModel(editor.project, SPECS[name], editor, parent)


__all__ = ["SPECS", "Column", "EntityTableModel", "Kind", "Links", "Refused", "TableSpec",
           "TravelMatrixModel", "ValueRole", "table_model"]
