"""``RecordedCommand``: a write made by the core (an import, storing a solve) as one undo step.

The core's operation runs once, between two readings of the tables it may touch; what differs
between them is the command's ``RowDiff``. Undo writes the rows back as they were before, redo
as they were after, each in one transaction, with the same ids.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from scheduler import Changes, Project

from .edits import ProjectCommand
from .row_diff import DATA_TABLES, RowDiff, diff_rows, read_rows, write_diff


class RecordedCommand(ProjectCommand):
    """Runs ``operation`` on the first apply and keeps what it changed in ``tables``.

    ``result`` is what the operation returned; ``text`` may be a function of it
    ("Import sessions.csv (1 updated)"). Errors of the operation propagate from ``apply``.
    """

    def __init__(self, project: Project, text: str | Callable[[object], str],
                 operation: Callable[[], object], tables=DATA_TABLES,
                 parent: QUndoCommand | None = None):
        super().__init__(project, text if isinstance(text, str) else "", parent)
        self._name = text
        self.operation, self.tables = operation, tuple(tables)
        self.diff: RowDiff | None = None
        self.result = None

    def apply(self) -> Changes:
        if self.diff is not None:
            return write_diff(self.project, self.diff, self.text())
        before = read_rows(self.project, self.tables)
        self.result = self.operation()
        self.diff = diff_rows(before, read_rows(self.project, self.tables))
        if callable(self._name):
            self.setText(self._name(self.result))
        return self.diff.changes

    def revert(self) -> Changes:
        return write_diff(self.project, self.diff.reversed(), self.text())
