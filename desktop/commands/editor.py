"""``ProjectEditor``: the one way the desktop changes a project — an undo stack over a Project.

Views and table models ask it for edits; it builds the command, writes it (refusing it with a
reason if the project does), pushes it onto the QUndoStack and announces the ``Changes``.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from scheduler import Changes, Project, SlotwiseError
from scheduler.domain import models as m
from scheduler.domain.rules import field_problem

from . import rows as r
from .edits import (AddRowCommand, DeleteRowCommand, DuplicateRowCommand, ProjectCommand,
                    SetFieldCommand, SetLinksCommand, SetTravelTimeCommand)
from .placing import PlaceSessionCommand, SetPinCommand
from .recorded import RecordedCommand
from .row_diff import DATA_TABLES
from .windows import plan_unavailable

EVERYTHING = Changes(frozenset(r.TABLE_MODELS))


class ProjectEditor(QObject):
    """An open project with its undo history.

    ``changed(Changes)`` follows every edit, undo and redo (and ``announce`` for writes made
    elsewhere, e.g. a solve); ``failed(str)`` gives the reason an edit was refused.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)
        self.last_error = ""
        self._macro_failed = False
        self._pending = Changes()
        # A macro's commands each report what they touched; views hear it once, when the stack
        # has moved (after a push, an undo or a redo, however it was asked for).
        self.stack.indexChanged.connect(self._flush)

    # -- the stack -----------------------------------------------------------------------------

    def push(self, command: ProjectCommand) -> bool:
        """Write the command; only if the project takes it does it enter the history."""
        try:
            changes = command.apply()
        except SlotwiseError as exc:
            self._macro_failed = True
            self._flush()
            return self._refuse(str(exc))
        self._enter(command, changes)
        return True

    def _enter(self, command: ProjectCommand, changes: Changes) -> None:
        """Put a command that was just applied on the stack (its first redo is skipped)."""
        command.listener = self._collect
        command.on_error = self._history_broken
        command.skip_next_redo = True
        self._collect(changes)
        self.stack.push(command)

    def record(self, text: str | Callable[[object], str], operation: Callable[[], object],
               tables=DATA_TABLES) -> RecordedCommand:
        """Run a write of the core (an import, storing a solve) as one undo step.

        Returns the command (``result`` is the operation's, ``diff`` what it changed). Errors
        propagate and leave no step; neither does an operation that changed nothing in
        ``tables`` (table names).
        """
        command = RecordedCommand(self.project, text, operation, tables)
        changes = command.apply()
        if command.diff:
            self._enter(command, changes)
        return command

    def _collect(self, changes: Changes) -> None:
        self._pending = self._pending | changes

    def _flush(self, *_index) -> None:
        pending, self._pending = self._pending, Changes()
        if pending:
            self.changed.emit(pending)

    @contextmanager
    def macro(self, text: str):
        """Group the pushes inside into one undo step; if one is refused, none stays."""
        self._macro_failed = False
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()
            if self._macro_failed:
                self.stack.undo()
                self._drop_redo()

    @property
    def macro_failed(self) -> bool:
        """Whether the last macro was refused (and so rolled back)."""
        return self._macro_failed

    def _drop_redo(self) -> None:
        """Forget the commands after the current one (an obsolete push clears them, then goes)."""
        nothing = QUndoCommand()
        nothing.setObsolete(True)
        self.stack.push(nothing)

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def undo_action(self, parent: QObject) -> QAction:
        return self.stack.createUndoAction(parent, self.tr("&Undo"))

    def redo_action(self, parent: QObject) -> QAction:
        return self.stack.createRedoAction(parent, self.tr("&Redo"))

    def announce(self, changes: Changes) -> None:
        """Tell the views about a change made outside the undo stack (e.g. the solve history)."""
        self.changed.emit(changes)

    def _refuse(self, reason: str) -> bool:
        self.last_error = reason
        self.failed.emit(reason)
        return False

    def _history_broken(self, message: str) -> None:
        """An undo or redo could not be written: say so, reload everything, start afresh."""
        self._refuse(self.tr("{message}. The undo history was cleared.").format(message=message))
        self.changed.emit(EVERYTHING)
        QTimer.singleShot(0, self.stack.clear)

    def _attempt(self, build) -> bool:
        """Build a command (reading the project may already refuse it) and push it."""
        try:
            command = build()
        except SlotwiseError as exc:
            self._macro_failed = True
            return self._refuse(str(exc))
        return self.push(command)

    # -- edits ---------------------------------------------------------------------------------

    def set_field(self, model: type, ident: r.Ident, field: str, value) -> bool:
        return self.set_fields(model, [ident], field, value)

    def set_fields(self, model: type, idents: list[r.Ident], field: str, value) -> bool:
        """One field of several rows to one value: one undo step ("Set seats of 3 rooms")."""
        why = field_problem(model, field, value)
        if why:
            return self._refuse(f"{r.field_words(field, model)}: {why}")
        try:  # rows that already hold the value make no step in the history
            idents = [ident for ident in dict.fromkeys(idents)
                      if getattr(r.fetch(self.project, model, ident), field) != value]
        except SlotwiseError as exc:
            return self._refuse(str(exc))
        if not idents:
            return True
        if len(idents) == 1:
            return self._attempt(lambda: SetFieldCommand(self.project, model, idents[0], field, value))
        with self.macro(self.tr("Set {field} of {count} {things}").format(
                field=r.field_words(field, model), count=len(idents),
                things=r.shown_noun(model, len(idents)))):
            for ident in idents:
                if not self._attempt(lambda: SetFieldCommand(self.project, model, ident, field, value)):
                    break
        return not self.macro_failed

    def add_new(self, model: type) -> r.Ident | None:
        """Add a row with a fresh key and name; its identity, or None if refused."""
        holder = []

        def build():
            holder.append(AddRowCommand(self.project, r.new_row(self.project, model)))
            return holder[0]

        return holder[0].ident if self._attempt(build) else None

    def add_row(self, row) -> bool:
        return self._attempt(lambda: AddRowCommand(self.project, row))

    def delete_rows(self, model: type, idents: list[r.Ident]) -> bool:
        return self._each(model, idents, DeleteRowCommand, self.tr("Delete {count} {things}"))

    def duplicate_rows(self, model: type, idents: list[r.Ident]) -> bool:
        return self._each(model, idents, DuplicateRowCommand,
                          self.tr("Duplicate {count} {things}"))

    def _each(self, model, idents, command_class, text: str) -> bool:
        idents = list(dict.fromkeys(idents))
        if not idents:
            return False
        if len(idents) == 1:
            return self._attempt(lambda: command_class(self.project, model, idents[0]))
        with self.macro(text.format(count=len(idents), things=r.shown_noun(model, len(idents)))):
            for ident in idents:
                if not self._attempt(lambda: command_class(self.project, model, ident)):
                    break
        return not self.macro_failed

    def set_links(self, link_model: type, owner_field: str, owner_id: int, target_field: str,
                  target_ids, text: str) -> bool:
        return self._attempt(lambda: SetLinksCommand(self.project, link_model, owner_field,
                                                     owner_id, target_field, target_ids, text))

    def set_travel_time(self, from_city_id: int, to_city_id: int, minutes: int | None) -> bool:
        return self._attempt(lambda: SetTravelTimeCommand(self.project, from_city_id, to_city_id,
                                                          minutes))

    def paint_unavailable(self, owner_field: str, owner_id: int,
                          painted: list[tuple[datetime, datetime]],
                          erased: list[tuple[datetime, datetime]], owner_name: str = "") -> bool:
        """Make painted time unavailable and erased time free for one owner: one undo step."""
        try:
            windows = self.project.all(m.Window, kind="unavailable", **{owner_field: owner_id})
        except SlotwiseError as exc:
            return self._refuse(str(exc))
        plan = plan_unavailable(windows, painted, erased)
        if not plan:
            return True
        text = (self.tr("Mark unavailable time of {owner}") if painted
                else self.tr("Clear unavailable time of {owner}"))
        with self.macro(text.format(owner=owner_name or owner_field[:-3])):
            for window in plan.remove:
                if not self._attempt(lambda: DeleteRowCommand(self.project, m.Window, window.id)):
                    break
            else:
                for start, end, note in plan.add:
                    row = m.Window(kind="unavailable", start=start, end=end, note=note,
                                   **{owner_field: owner_id})
                    if not self.add_row(row):
                        break
        return not self.macro_failed

    # -- the schedule by hand ------------------------------------------------------------------

    def place_session(self, key: str, start: datetime, room: str | None,
                      channel: str | None, *, pin: bool = False) -> bool:
        """Place or move a session (and with ``pin`` pin it there) — one undo step."""
        return self._attempt_change(lambda: PlaceSessionCommand(self.project, key, start, room,
                                                                channel, pin=pin))

    def unschedule(self, key: str) -> bool:
        """Take a session out of the schedule; a pin stays (a solve puts it back there)."""
        return self._attempt_change(lambda: PlaceSessionCommand(self.project, key, None))

    def set_pinned(self, key: str, pinned: bool) -> bool:
        """Pin a session where it is now (start, room and channel), or unpin it."""
        return self._attempt_change(lambda: SetPinCommand(self.project, key, pinned))

    def _attempt_change(self, build) -> bool:
        """Like ``_attempt``, but a command that would change nothing makes no step."""
        try:
            command = build()
        except SlotwiseError as exc:
            return self._refuse(str(exc))
        return self.push(command) if command.changes_anything else True
