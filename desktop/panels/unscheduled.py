"""Sessions without a place or time, with a text filter and track/kind/mode/city filters.

A session is dragged from the list onto a day's timetable to place it (mime type
``SESSION_MIME``, its key as the data).
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QLabel, QLineEdit,
                               QListView, QVBoxLayout, QWidget)

from scheduler.problem import SessionInfo

from ..display_words import value_word
from ..timetable.palette import track_colours
from ..timetable.dragdata import SESSION_MIME, session_mime
from ..timetable.state import MODE_WORDS, ScheduleState
from ..timetable.texts import tooltip

KEY_ROLE = Qt.ItemDataRole.UserRole
ANY = ""


class UnscheduledModel(QAbstractListModel):
    """The unscheduled sessions of a state, one row each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: ScheduleState | None = None
        self.rows: tuple[SessionInfo, ...] = ()
        self.colours: dict = {}

    def set_state(self, state: ScheduleState) -> None:
        self.beginResetModel()
        self.state, self.rows = state, state.unscheduled
        self.colours = track_colours(state.tracks)
        self.endResetModel()

    def show_findings(self, state: ScheduleState) -> None:
        """The same sessions, now checked: only the tooltips change."""
        self.state = state
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1),
                                  [Qt.ItemDataRole.ToolTipRole])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The first dragged session (the timetable places one at a time)."""
        keys = [self.rows[i.row()].key for i in indexes if i.isValid()]
        return session_mime(keys[0]) if keys else QMimeData()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            zh = self.state.names.chinese("session", info.key)
            facts = self.tr("{minutes} min · {kind} · {mode}").format(
                minutes=info.duration, kind=value_word(info.kind), mode=value_word(info.mode))
            return f"{info.title}\n{zh + ' · ' if zh else ''}{facts}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.colours.get(info.track)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.state, None, self.state.findings.get(info.key, ()), key=info.key)
        if role == KEY_ROLE:
            return info.key
        return None


def matches(state: ScheduleState, info: SessionInfo, *, text: str = "", track: str | None = None,
            kind: str = ANY, mode: str = ANY, city: str = ANY) -> bool:
    """Whether a session passes the filters (None or ANY means "any"); text matches titles,
    key, track and tags, ignoring case."""
    if track is not None and info.track != track:
        return False
    if kind and info.kind != kind or mode and info.mode != mode:
        return False
    if city and city not in state.session_cities(info):
        return False
    words = text.casefold().split()
    haystack = " ".join((info.title, state.names.chinese("session", info.key), info.key, info.track,
                         *info.tags)).casefold()
    return all(word in haystack for word in words)


class SessionFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria: dict = {}

    def set_criteria(self, **criteria) -> None:
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self.criteria = criteria
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: UnscheduledModel = self.sourceModel()
        return matches(model.state, model.rows[row], **self.criteria)


class UnscheduledPanel(QWidget):
    session_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = UnscheduledModel(self)
        self.proxy = SessionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.text = QLineEdit(placeholderText=self.tr("Filter by title, 标题, tag…"),
                              clearButtonEnabled=True)
        self.track, self.kind, self.mode, self.city = (QComboBox() for _ in range(4))
        self.count = QLabel()
        self.list = QListView(uniformItemSizes=False, alternatingRowColors=True)
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        filters = QGridLayout()
        for i, (label, combo) in enumerate(((self.tr("Track"), self.track), (self.tr("Kind"), self.kind),
                                            (self.tr("Mode"), self.mode), (self.tr("City"), self.city))):
            filters.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            filters.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            combo.currentIndexChanged.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.text, filters, self.count, self.list):
            (layout.addLayout if isinstance(widget, QGridLayout) else layout.addWidget)(widget)
        self.text.textChanged.connect(self.apply_filters)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

    def set_state(self, state: ScheduleState) -> None:
        self.model.set_state(state)
        sessions = state.problem.sessions
        _fill(self.track, self.tr("All tracks"),
              [(t or self.tr("(no track)"), t) for t in state.tracks])
        _fill(self.kind, self.tr("All kinds"),
              [(value_word(k), k) for k in sorted({s.kind for s in sessions})])
        _fill(self.mode, self.tr("All modes"), [(value_word(m), m) for m in MODE_WORDS])
        _fill(self.city, self.tr("All cities"), [(c.name, c.key) for c in state.problem.cities])
        self.apply_filters()

    def show_findings(self, state: ScheduleState) -> None:
        self.model.show_findings(state)

    def apply_filters(self) -> None:
        track = self.track.currentData()
        self.proxy.set_criteria(text=self.text.text(), track=None if track is None else track,
                                kind=self.kind.currentData() or ANY, mode=self.mode.currentData() or ANY,
                                city=self.city.currentData() or ANY)
        total = len(self.model.rows)
        shown = self.proxy.rowCount()
        self.count.setText(self.tr("{total} unscheduled").format(total=total) if shown == total
                           else self.tr("{shown} of {total} unscheduled").format(shown=shown,
                                                                                 total=total))

    def shown_keys(self) -> list[str]:
        return [self.proxy.index(r, 0).data(KEY_ROLE) for r in range(self.proxy.rowCount())]

    def select(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.list.setCurrentIndex(index)
                return True
        return False

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.session_chosen.emit(current.data(KEY_ROLE))


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Refill a filter combo, keeping the chosen value when it still exists."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for label, value in items:
        combo.addItem(label, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(0, found))
    combo.blockSignals(False)
