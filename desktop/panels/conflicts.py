"""Every finding of the validator on the stored schedule; choosing one shows its session.

The findings come a moment after the schedule (the validator runs in the background); until
then the list is empty and the summary says it is being checked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from scheduler.validator import Violation

from ..display_words import rule_name, severity_word
from ..finding_words import finding_text
from ..timetable import palette
from ..timetable.state import ScheduleState

HEADERS = ("", QT_TRANSLATE_NOOP("ConflictsModel", "Rule"),
           QT_TRANSLATE_NOOP("ConflictsModel", "Finding"), QT_TRANSLATE_NOOP("ConflictsModel", "Cost"))
CHECKING = QT_TRANSLATE_NOOP("ConflictsPanel", "Checking…")
CELL_PADDING = 16  # pixels around a cell's text
VIOLATION_ROLE = Qt.ItemDataRole.UserRole


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: tuple[Violation, ...] = ()
        self.state: ScheduleState | None = None
        self._texts: dict[int, str] = {}  # row -> its finding in the window's language

    def set_violations(self, violations: tuple[Violation, ...],
                       state: ScheduleState | None = None) -> None:
        self.beginResetModel()
        self.rows = tuple(sorted(violations, key=lambda v: (v.severity != "hard", -v.cost, v.rule)))
        self.state, self._texts = state, {}
        self.endResetModel()

    def text(self, row: int) -> str:
        """The finding of a row in the window's language (worded when first shown)."""
        if row not in self._texts:
            self._texts[row] = finding_text(self.rows[row], self.state)
        return self._texts[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        v, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 2:
                return self.text(index.row())
            return (severity_word(v.severity), rule_name(v.rule), "", str(v.cost) if v.cost else "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{severity_word(v.severity)}: {rule_name(v.rule)} — {self.text(index.row())}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return palette.HARD if v.severity == "hard" else QColor("#a86f00")
        if role == Qt.ItemDataRole.FontRole and v.severity == "hard" and column < 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VIOLATION_ROLE:
            return v
        return None


def _header(column: int) -> str:
    return QCoreApplication.translate("ConflictsModel", HEADERS[column]) if HEADERS[column] else ""


class ConflictsPanel(QWidget):
    session_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ConflictsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.summary = QLabel()
        self.hard_only = QCheckBox(self.tr("Hard rules only"))
        self.hard_only.toggled.connect(self._filter)
        self.table = QTableView(selectionBehavior=QAbstractItemView.SelectionBehavior.SelectRows,
                                selectionMode=QAbstractItemView.SelectionMode.SingleSelection,
                                alternatingRowColors=True, wordWrap=False)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # widths: _fit_columns
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fit_columns(())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.hard_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_state(self, state: ScheduleState) -> None:
        validation = state.validation
        self.model.set_violations(validation.violations if validation is not None else (), state)
        scheduled, total = len(state.schedule), len(state.problem.sessions)
        if validation is None:
            self.summary.setText(f"<span style='color:#68717c'>{self.tr(CHECKING)}</span> · "
                                 + self._scheduled(scheduled, total))
            return
        self._fit_columns(validation.violations)
        hard = len(validation.hard)
        colour = palette.HARD.name() if hard else "#2b7a2b"
        findings = self.tr("{soft} soft findings (cost {cost})").format(
            soft=len(validation.soft), cost=f"{validation.total_cost:,}")
        breaches = self.tr("{hard} hard").format(hard=hard)
        self.summary.setText(f"<b style='color:{colour}'>{breaches}</b> · {findings} · "
                             + self._scheduled(scheduled, total))

    def _scheduled(self, scheduled: int, total: int) -> str:
        return self.tr("{scheduled} of {total} sessions scheduled").format(scheduled=scheduled,
                                                                           total=total)

    def show_failure(self, message: str) -> None:
        """The validator raised: say so instead of the findings."""
        self.model.set_violations(())
        self.summary.setText(f"<b style='color:{palette.HARD.name()}'>{escape(message)}</b>")

    def _fit_columns(self, violations: tuple[Violation, ...]) -> None:
        """Size the short columns for the texts they show. (Sizing them to their contents
        would ask the model about every row: seconds for the thousands of findings of a large
        event, on the GUI thread.)"""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        cost = max((v.cost for v in violations), default=0)
        for column, texts in ((0, (severity_word("hard"), severity_word("soft"))),
                              (1, {rule_name(v.rule) for v in violations}),
                              (3, (f"{cost}",))):
            width = max(metrics.horizontalAdvance(t) for t in (_header(column), *texts))
            self.table.horizontalHeader().resizeSection(column, width + CELL_PADDING)

    def violation_at(self, row: int) -> Violation:
        return self.proxy.index(row, 0).data(VIOLATION_ROLE)

    def choose(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def _filter(self, hard_only: bool) -> None:
        self.proxy.setFilterFixedString(severity_word("hard") if hard_only else "")

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            violation: Violation = current.data(VIOLATION_ROLE)
            if violation.sessions:
                self.session_chosen.emit(violation.sessions[0])
