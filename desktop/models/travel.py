"""``TravelMatrixModel``: minutes from each city (rows) to each city (columns).

An empty cell means no travel time is known; clearing a cell removes it. Edits go through the
editor like every other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from scheduler import Changes, Project
from scheduler.domain import models as m
from scheduler.domain.rules import field_problem

from .values import Refused, _whole

Index = QModelIndex | QPersistentModelIndex


class TravelMatrixModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, project: Project, editor=None, parent: QObject | None = None):
        super().__init__(parent)
        self.project, self.editor = project, editor
        self.last_error = ""
        self._cities: list[m.City] = []
        self._minutes: dict[tuple[int, int], int] = {}
        self._read()
        if editor is not None:
            editor.changed.connect(self.refresh)

    def _read(self) -> None:
        self._cities = self.project.all(m.City)
        self._minutes = {(t.from_city_id, t.to_city_id): t.minutes
                         for t in self.project.all(m.TravelTime)}

    def refresh(self, changes: Changes) -> None:
        if not changes.touches(m.City, m.TravelTime):
            return
        cities_before = [(c.id, c.name_en) for c in self._cities]
        minutes_before = dict(self._minutes)
        if [(c.id, c.name_en) for c in self.project.all(m.City)] != cities_before:
            self.beginResetModel()
            self._read()
            self.endResetModel()
            return
        self._read()
        for (a, b) in set(minutes_before) | set(self._minutes):
            if minutes_before.get((a, b)) != self._minutes.get((a, b)):
                index = self.index(self._position(a), self._position(b))
                self.dataChanged.emit(index, index)

    def _position(self, city_id: int) -> int:
        return next(i for i, city in enumerate(self._cities) if city.id == city_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cities)

    def _pair(self, index: Index) -> tuple[int, int]:
        return self._cities[index.row()].id, self._cities[index.column()].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._cities) or index.column() >= len(self._cities):
            return None
        same = index.row() == index.column()
        minutes = self._minutes.get(self._pair(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if same else ("" if minutes is None else minutes)
        if role == Qt.ItemDataRole.EditRole:
            return None if same else minutes
        if role == Qt.ItemDataRole.ToolTipRole and not same:
            a, b = self._cities[index.row()], self._cities[index.column()]
            known = self.tr("not known") if minutes is None else self.tr("%n minute(s)", "", minutes)
            return self.tr("From {start} to {end}: {minutes}").format(
                start=a.name_en, end=b.name_en, minutes=known)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if not 0 <= section < len(self._cities):
            return None
        city = self._cities[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return city.name_en
        if role == Qt.ItemDataRole.ToolTipRole:
            way = (self.tr("from {city}") if orientation == Qt.Orientation.Vertical
                   else self.tr("to {city}"))
            return way.format(city=f"{city.name_en} {city.name_zh}".strip())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editor is not None and index.row() != index.column():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() == index.column():
            return False
        if self.editor is None:
            return self._refuse(self.tr("the travel times are read-only"))
        try:
            minutes = None if value is None or str(value).strip() == "" else _whole(value)
        except Refused as exc:
            return self._refuse(self.tr("minutes: {reason}").format(reason=exc))
        why = None if minutes is None else field_problem(m.TravelTime, "minutes", minutes)
        if why:
            return self._refuse(self.tr("minutes: {reason}").format(reason=why))
        if self.editor.set_travel_time(*self._pair(index), minutes):
            self.last_error = ""
            return True
        return self._refuse(self.editor.last_error)

    def _refuse(self, reason: str) -> bool:
        self.last_error = reason
        self.refused.emit(reason)
        return False
