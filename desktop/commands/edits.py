"""One small QUndoCommand per kind of edit. Each remembers what it needs to undo when built.

``apply`` and ``revert`` each write through the Project in one committed transaction and return
the ``Changes``; ``redo``/``undo`` (called by the QUndoStack) run them and hand the Changes to
``listener`` so views refresh. ``ProjectEditor.push`` applies a command before it reaches the
stack, so a refused edit never enters the history; the stack's first ``redo`` is then skipped.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlmodel import select

from scheduler import Changes, Project, SlotwiseError
from scheduler.domain import models as m
from scheduler.domain.rules import field_problem
from scheduler.errors import DataError

from . import rows as r

log = logging.getLogger(__name__)


class ProjectCommand(QUndoCommand):
    """A reversible change of the project file."""

    def __init__(self, project: Project, text: str = "", parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.project = project
        self.listener: Callable[[Changes], None] | None = None
        self.on_error: Callable[[str], None] | None = None
        self.skip_next_redo = False

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self._run(self.apply, "redo")

    def undo(self) -> None:
        self._run(self.revert, "undo")

    def _run(self, step: Callable[[], Changes], word: str) -> None:
        try:
            changes = step()
        except SlotwiseError as exc:
            message = (QCoreApplication.translate("Undo", "Could not undo '{step}': {reason}")
                       if word == "undo" else
                       QCoreApplication.translate("Undo", "Could not redo '{step}': {reason}")
                       ).format(step=self.text(), reason=exc)
            if self.on_error is None:
                log.error(message)
            else:
                self.on_error(message)
            return
        if self.listener is not None:
            self.listener(changes)


class SetFieldCommand(ProjectCommand):
    """Set one field of one row; the old value is read when the command is built."""

    def __init__(self, project: Project, model_class: type, key: r.Ident, field: str, new_value,
                 parent: QUndoCommand | None = None):
        row = r.fetch(project, model_class, key)
        super().__init__(project, QCoreApplication.translate("Undo", "Set {field} of {row}").format(
            field=r.field_words(field, model_class), row=r.name_of(row)), parent)
        self.model, self.key, self.field = model_class, key, field
        self.old_value, self.new_value = getattr(row, field), new_value

    def _ident_after(self, value) -> r.Ident:
        return value if self.field == "key" else self.key

    def apply(self) -> Changes:
        return r.update(self.project, self.model, self._ident_after(self.old_value),
                        **{self.field: self.new_value})

    def revert(self) -> Changes:
        return r.update(self.project, self.model, self._ident_after(self.new_value),
                        **{self.field: self.old_value})


class AddRowCommand(ProjectCommand):
    """Add a new row (built by the caller, e.g. with ``rows.new_row``); undo deletes it."""

    def __init__(self, project: Project, row, parent: QUndoCommand | None = None):
        super().__init__(project, QCoreApplication.translate("Undo", "Add {row}").format(
            row=r.name_of(row)), parent)
        self.model = type(row)
        self._first = row
        self.snapshot: dict | None = None  # with the id given by the first apply

    @property
    def ident(self) -> r.Ident:
        return self.snapshot["key"] if r.is_keyed(self.model) else self.snapshot["id"]

    def apply(self) -> Changes:
        if self.snapshot is None:
            changes = self.project.add(self._first)
            self.snapshot = r.dump(self._first)
            return changes
        return r.restore(self.project, [(self.model, self.snapshot)])

    def revert(self) -> Changes:
        return r.delete(self.project, self.model, self.ident)


class DeleteRowCommand(ProjectCommand):
    """Delete a row; undo puts it back with every row deleted (or unlinked) along with it."""

    def __init__(self, project: Project, model_class: type, key: r.Ident,
                 parent: QUndoCommand | None = None):
        row = r.fetch(project, model_class, key)
        super().__init__(project, QCoreApplication.translate("Undo", "Delete {row}").format(
            row=r.name_of(row)), parent)
        self.model, self.key = model_class, key
        self.rows, self.nulled = r.with_dependents(project, model_class, key)
        self.touched = Changes.of(*{model for model, _ in self.rows},
                                  *{model for model, *_ in self.nulled})

    def apply(self) -> Changes:
        return r.delete(self.project, self.model, self.key) | self.touched

    def revert(self) -> Changes:
        return r.restore(self.project, self.rows, self.nulled)


class DuplicateRowCommand(ProjectCommand):
    """Add a copy of a row with a fresh key and name, with its own links (people, windows …)."""

    def __init__(self, project: Project, model_class: type, key: r.Ident,
                 parent: QUndoCommand | None = None):
        row = r.fetch(project, model_class, key)
        super().__init__(project, QCoreApplication.translate("Undo", "Duplicate {row}").format(
            row=r.name_of(row)), parent)
        self.model = model_class
        self.rows = r.copy_of(project, model_class, key)
        self.stored: list[r.Snapshot] | None = None

    @property
    def ident(self) -> r.Ident:
        data = (self.stored or self.rows)[0][1]
        return data["key"] if r.is_keyed(self.model) else data.get("id")

    def apply(self) -> Changes:
        if self.stored is None:
            changes, self.stored = r.add_copy(self.project, self.rows)
            return changes
        return r.restore(self.project, self.stored)

    def revert(self) -> Changes:
        return r.remove_snapshots(self.project, self.stored)


class SetLinksCommand(ProjectCommand):
    """Replace the rows linking one owner to targets (a session's people, a group's members).

    Links that stay keep their details (role, presence); new ones get the defaults.
    """

    def __init__(self, project: Project, link_model: type, owner_field: str, owner_id: int,
                 target_field: str, target_ids, text: str, parent: QUndoCommand | None = None):
        super().__init__(project, text, parent)
        self.link, self.owner_field, self.owner_id = link_model, owner_field, owner_id
        self.target_field, self.targets = target_field, list(dict.fromkeys(target_ids))
        with project.transaction() as db:
            self.old = [r.dump(row) for row in db.exec(
                select(link_model).where(getattr(link_model, owner_field) == owner_id)).all()]

    def _write(self, rows: list[dict]) -> Changes:
        with self.project.transaction() as db:
            for row in db.exec(select(self.link).where(
                    getattr(self.link, self.owner_field) == self.owner_id)).all():
                db.delete(row)
            db.flush()
            for data in rows:
                row = r.build(self.link, data)
                r.refuse(row)
                db.add(row)
        return Changes.of(self.link)

    def apply(self) -> Changes:
        kept = {data[self.target_field]: data for data in self.old}
        return self._write([kept.get(target, {self.owner_field: self.owner_id,
                                              self.target_field: target})
                            for target in self.targets])

    def revert(self) -> Changes:
        return self._write(self.old)


class SetTravelTimeCommand(ProjectCommand):
    """Set (or, with None, clear) the minutes from one city to another."""

    def __init__(self, project: Project, from_city_id: int, to_city_id: int, minutes: int | None,
                 parent: QUndoCommand | None = None):
        names = {city.id: city.name_en for city in project.all(m.City)}
        if from_city_id not in names or to_city_id not in names:
            raise DataError(QCoreApplication.translate(
                "Undo", "a travel time needs two cities of the project"))
        if minutes is not None and (why := field_problem(m.TravelTime, "minutes", minutes)):
            raise DataError(QCoreApplication.translate("Undo", "minutes: {reason}").format(reason=why))
        super().__init__(project, QCoreApplication.translate(
            "Undo", "Set travel time {start} → {end}").format(start=names[from_city_id],
                                                              end=names[to_city_id]), parent)
        self.pk = (from_city_id, to_city_id)
        with project.transaction() as db:
            old = db.get(m.TravelTime, self.pk)
            self.old = None if old is None else r.dump(old)
        self.new = None if minutes is None else (self.old or {"from_city_id": from_city_id,
                                                              "to_city_id": to_city_id,
                                                              "mode": "road"}) | {"minutes": minutes}

    def _write(self, data: dict | None) -> Changes:
        with self.project.transaction("travel time") as db:
            row = db.get(m.TravelTime, self.pk)
            if row is not None:
                db.delete(row)
                db.flush()
            if data is not None:
                new = r.build(m.TravelTime, data)
                r.refuse(new)
                db.add(new)
        return Changes.of(m.TravelTime)

    def apply(self) -> Changes:
        return self._write(self.new)

    def revert(self) -> Changes:
        return self._write(self.old)
