"""Editors of a project's lists: a table per list, the travel matrix and the availability grid.

Host them with one ``ProjectEditor`` per open project::

    editor = ProjectEditor(project)          # the undo stack; editor.changed(Changes) after edits
    widget = make_editor("rooms", editor)    # any of EDITOR_KINDS
"""

from __future__ import annotations

import os
from pathlib import Path

from ..commands import ProjectEditor
from ..models import SPECS
from .availability import AvailabilityEditor, AvailabilityGrid
from .pickers import ChecklistDialog, ZonePicker, people_picker
from .table_editor import EntityEditor, TravelEditor, ValueDialog

EDITOR_KINDS = (*SPECS, "travel", "availability")


def make_editor(kind: str, editor: ProjectEditor, parent=None):
    """The editor widget of one kind: a list name ("sessions" …), "travel" or "availability"."""
    if kind in SPECS:
        return EntityEditor(editor, SPECS[kind], parent)
    if kind == "travel":
        return TravelEditor(editor, parent)
    if kind == "availability":
        return AvailabilityEditor(editor, parent)
    raise KeyError(f"no editor called '{kind}' (there are: {', '.join(EDITOR_KINDS)})")


def render_editor_png(kind: str, project_path, out_png, size: tuple[int, int] = (1400, 760)) -> Path:
    """Draw one editor of a project file offscreen into a PNG (for docs and for looking)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from scheduler import Project

    app = QApplication.instance() or QApplication([])
    out_png = Path(out_png)
    project = Project.open(project_path)
    try:
        editor = ProjectEditor(project)
        widget = make_editor(kind, editor)
        widget.resize(*size)
        widget.show()
        app.processEvents()
        if not widget.grab().save(str(out_png)):
            raise OSError(f"{out_png}: could not write the picture")
        widget.close()
        widget.deleteLater()
        editor.deleteLater()
        app.processEvents()
    finally:
        project.close()
    return out_png


__all__ = ["EDITOR_KINDS", "AvailabilityEditor", "AvailabilityGrid", "ChecklistDialog",
           "EntityEditor", "TravelEditor", "ValueDialog", "ZonePicker", "make_editor",
           "people_picker", "render_editor_png"]
