"""``EntityTableModel``: one list of a project (rooms, sessions …) as a Qt table.

It reads through the Project API, refreshes itself from the ``Changes`` the editor announces
(only when its tables are touched), and never writes: ``setData`` checks the value and asks the
injected editor to push an undo command. A refused value leaves a reason in ``last_error`` and
is announced with ``refused(str)``.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from sqlmodel import SQLModel

from scheduler import Changes, Project
from scheduler.domain import models as m
from scheduler.domain.rules import field_problem

from ..commands.rows import Ident, ident_of, shown_noun
from .columns import Column, Kind, TableSpec
from .values import Refused, shown, typed

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
# Tables whose English name is unique: overall ("") or among rows sharing a reference.
UNIQUE_NAMES = {m.City: "", m.Channel: "", m.Person: "", m.Group: "", m.Resource: "",
                m.Room: "venue_id", m.Venue: "city_id"}
# The field value behind a cell (a list, an id, a datetime), for delegates and callers.
ValueRole = Qt.ItemDataRole.UserRole + 1


def label_of(row: SQLModel) -> str:
    return getattr(row, "title_en", None) or getattr(row, "name_en", None) or str(row.id)


class EntityTableModel(QAbstractTableModel):
    """The rows of one table of a project, in id order, with the columns of a ``TableSpec``."""

    refused = Signal(str)

    def __init__(self, project: Project, spec: TableSpec, editor=None, parent: QObject | None = None):
        super().__init__(parent)
        self.project, self.spec, self.editor = project, spec, editor
        self.last_error = ""
        self._names: dict[type, dict[int, tuple[str, str]]] = {}
        self._links: dict[str, dict[int, list[int]]] = {}
        self._tz = "UTC"
        self.watched = self._watched()
        self._rows: list[SQLModel] = self._load()
        if editor is not None:
            editor.changed.connect(self.refresh)

    # -- reading -------------------------------------------------------------------------------

    def _watched(self) -> tuple[type, ...]:
        models = {self.spec.model, m.Event}
        for column in self.spec.columns:
            if column.target is not None:
                models.add(column.target)
            if column.links is not None:
                models |= {column.links.model, column.links.target}
        return tuple(models)

    def _load(self) -> list[SQLModel]:
        """Read the lookups of this table and return its rows (the caller swaps them in)."""
        self._tz = self.project.event().timezone
        rows = self.project.all(self.spec.model)
        targets = {c.target or c.links.target for c in self.spec.columns
                   if c.kind in (Kind.REFERENCE, Kind.LINKS)}
        self._names = {target: {row.id: (getattr(row, "key", ""), label_of(row))
                                for row in self.project.all(target)} for target in targets}
        self._links = {}
        for column in self.spec.columns:
            if column.links is not None:
                grouped: dict[int, list[int]] = defaultdict(list)
                for link in self.project.all(column.links.model):
                    grouped[getattr(link, column.links.owner)].append(
                        getattr(link, column.links.target_field))
                self._links[column.field] = dict(grouped)
        return rows

    def refresh(self, changes: Changes) -> None:
        """Reload if the change touched a table this model shows; emit only what differs."""
        if changes.touches(*self.watched):
            self.reload()

    def reload(self) -> None:
        before = {row.id: self._signature(row) for row in self._rows}
        fresh = self._load()
        fresh_ids = {row.id for row in fresh}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id not in fresh_ids:
                self.beginRemoveRows(NO_INDEX, i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, row in enumerate(fresh):
            if row.id not in before:
                self.beginInsertRows(NO_INDEX, i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
        self._rows = fresh
        last = self.columnCount() - 1
        for i, row in enumerate(fresh):
            if row.id in before and before[row.id] != self._signature(row):
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _signature(self, row: SQLModel) -> tuple:
        return tuple(repr(self._value(row, column)) + repr(self._shown(row, column))
                     for column in self.spec.columns)

    def _value(self, row: SQLModel, column: Column):
        if column.kind is Kind.LINKS:
            return list(self._links.get(column.field, {}).get(row.id, []))
        return getattr(row, column.field)

    def _names_for(self, column: Column) -> dict[int, tuple[str, str]]:
        target = column.target or (column.links.target if column.links else None)
        return self._names.get(target, {})

    def _shown(self, row: SQLModel, column: Column):
        return shown(column, self._value(row, column), self._names_for(column), self._tz)

    # -- the Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == ValueRole:
            return self._value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            return Qt.CheckState.Checked if self._value(row, column) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (Kind.INT, Kind.FLOAT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def edit_value(self, row: SQLModel, column: Column):
        """What an editor starts from: text for text-like kinds, the number, the id, the ids."""
        value = self._value(row, column)
        if column.kind in (Kind.LIST, Kind.MOMENT):
            return self._shown(row, column)
        if column.kind is Kind.FLOAT:
            return "" if value is None else str(value)
        if column.kind is Kind.BOOL:
            return bool(value)
        return value

    def _tooltip(self, row: SQLModel, column: Column):
        if column.kind is Kind.REFERENCE and self._value(row, column) is not None:
            key = self._names_for(column).get(self._value(row, column), ("", ""))[0]
            return self.tr("key: {key}").format(key=key) if key else None
        if column.kind in (Kind.LIST, Kind.LINKS, Kind.TEXT) and self._shown(row, column):
            return str(self._shown(row, column))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.spec.columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.spec.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.spec.columns[section].field
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.spec.columns[index.column()]
        if self.editor is not None and column.editable:
            flags |= (Qt.ItemFlag.ItemIsUserCheckable if column.kind is Kind.BOOL
                      else Qt.ItemFlag.ItemIsEditable)
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._rows):
            return False
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            value = _checked(value)
        elif role not in (Qt.ItemDataRole.EditRole, ValueRole):
            return False
        return self.set_value(self.ident(index.row()), column.field, value)

    # -- edits through the editor --------------------------------------------------------------

    def check(self, field: str, value):
        """The field value for ``value``; raises Refused with the reason when it is not allowed."""
        column = self.spec.columns[self.spec.column(field)]
        if not column.editable:
            raise Refused(self.tr("{column} cannot be changed here").format(column=column.title))
        result = typed(column, value, self._names_for(column), self._tz)
        if column.kind is not Kind.LINKS:
            why = field_problem(self.spec.model, field, result)
            if why:
                raise Refused(why)
        return result

    def clash(self, ident: Ident, field: str, value) -> str | None:
        """Why another row already holds ``value`` where it must be unique, or None."""
        model = self.spec.model
        if field == "key":
            scope = ""
        elif field == "name_en" and model in UNIQUE_NAMES:
            scope = UNIQUE_NAMES[model]
        else:
            return None
        mine = next((row for row in self._rows if ident_of(row) == ident), None)
        for row in self._rows:
            if row is mine or getattr(row, field) != value:
                continue
            if scope and (mine is None or getattr(row, scope) != getattr(mine, scope)):
                continue
            noun = shown_noun(model)
            if field == "key":
                return self.tr("another {thing} has the key '{key}'").format(thing=noun, key=value)
            if scope:
                return self.tr("another {thing} in this {owner} is already called '{name}'").format(
                    thing=noun, owner=shown_noun(m.Venue if scope == "venue_id" else m.City),
                    name=value)
            return self.tr("another {thing} is already called '{name}'").format(thing=noun, name=value)
        return None

    def set_value(self, ident: Ident, field: str, value) -> bool:
        """Ask the editor to set ``field`` of one row; False (with a reason) if refused."""
        return self.set_values([ident], field, value)

    def set_values(self, idents: list[Ident], field: str, value) -> bool:
        """One value for a field of several rows, as one undo step."""
        column = self.spec.columns[self.spec.column(field)]
        if self.editor is None:
            return self._refuse(column, self.tr("the list is read-only"))
        try:
            value = self.check(field, value)
        except Refused as exc:
            return self._refuse(column, str(exc))
        why = self.clash(idents[0], field, value) if len(idents) == 1 else None
        if why:
            return self._refuse(column, why)
        if column.kind is Kind.LINKS:
            if len(idents) == 1:
                return self._set_links(column, idents[0], value)
            with self.editor.macro(self.tr("Set {column} of {count} {things}").format(
                    column=column.title.lower(), count=len(idents),
                    things=shown_noun(self.spec.model, len(idents)))):
                for ident in idents:
                    if not self._set_links(column, ident, value):
                        break
            return not self.editor.macro_failed
        if self.editor.set_fields(self.spec.model, idents, field, value):
            self.last_error = ""
            return True
        return self._refuse(column, self.editor.last_error, prefixed=True)

    def _set_links(self, column: Column, ident: Ident, ids: list[int]) -> bool:
        row = next(row for row in self._rows if ident_of(row) == ident)
        if set(self._value(row, column)) == set(ids):
            return True  # nothing to change: no empty step in the history
        names = self._names_for(column)
        chosen = (", ".join(names[i][1] for i in ids[:3]) + (" …" if len(ids) > 3 else "") if ids
                  else self.tr("none"))
        text = self.tr("Set {column} of {row}: {chosen}").format(
            column=column.title.lower(), row=label_of(row), chosen=chosen)
        links = column.links
        if self.editor.set_links(links.model, links.owner, row.id, links.target_field, ids, text):
            return True
        return self._refuse(column, self.editor.last_error, prefixed=True)

    def _refuse(self, column: Column, reason: str, prefixed: bool = False) -> bool:
        self.last_error = reason if prefixed else f"{column.title}: {reason}"
        self.refused.emit(self.last_error)
        return False

    # -- rows ----------------------------------------------------------------------------------

    def ident(self, row: int) -> Ident:
        return ident_of(self._rows[row])

    def row_of(self, ident: Ident) -> int:
        return next((i for i, row in enumerate(self._rows) if ident_of(row) == ident), -1)

    def row_object(self, row: int) -> SQLModel:
        return self._rows[row]

    def column_spec(self, column: int) -> Column:
        return self.spec.columns[column]

    def names(self, column: Column) -> dict[int, tuple[str, str]]:
        """id -> (key, name) of the rows a reference or link column can name."""
        return dict(self._names_for(column))

    def values_in_use(self, field: str) -> list[str]:
        """Every word used in a list field of this table, for checklists."""
        return sorted({word for row in self._rows for word in getattr(row, field) or []})

    @property
    def timezone(self) -> str:
        return self._tz


def _checked(value) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, bool):
        return value
    return value == Qt.CheckState.Checked.value
