"""The Agendas panel: pick a person, a group or an online audience's zone, see its days.

Shows what ``rows`` words from the core's agendas: one heading per day with its sessions and
journeys under it. A journey without time enough is red and says why; a session outside the
audience's business hours is shaded and says so; an optional session is in italics. Clicking
a session row asks the window to select it (``session_chosen``).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel,
                               QPushButton, QTimeEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from .rows import Day

KEY_ROLE = Qt.ItemDataRole.UserRole
ALARM_TEXT, ALARM_BACK = QColor("#b00020"), QColor("#fde7e9")
OUTSIDE_BACK = QColor("#d5dae3")
LEG_TEXT = QColor("#1f4e8c")
WIDEST = 420  # pixels a column takes at most before its text is elided (the tooltip has it all)
KINDS = ("person", "group", "online")


class AgendaPanel(QWidget):
    """The controls and the tree of days; ``choice_changed`` when the organiser picks anew."""

    session_chosen = Signal(str)
    choice_changed = Signal()
    save_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox(objectName="agenda-kind")
        for kind, text in zip(KINDS, (self.tr("Person"), self.tr("Group"),
                                      self.tr("Online audience"))):
            self.kind.addItem(text, kind)
        self.subject = QComboBox(objectName="agenda-subject", editable=True)
        self.subject.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.subject.setMinimumContentsLength(24)
        completer = self.subject.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.opens, self.closes = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(18, 0))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.hours_label = QLabel(self.tr("Business hours"))
        self.optional = QCheckBox(self.tr("Optional sessions too"), checked=True)
        self.save_button = QPushButton(self.tr("Save agenda as…"))
        self.summary = QLabel(wordWrap=True)
        self.tree = QTreeWidget(objectName="agenda-days")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.subject.activated.connect(lambda _: self.choice_changed.emit())
        self.subject.lineEdit().returnPressed.connect(self._typed)
        for widget in (self.opens, self.closes):
            widget.timeChanged.connect(lambda _: self.choice_changed.emit())
        self.optional.toggled.connect(lambda _: self.choice_changed.emit())
        self.save_button.clicked.connect(self.save_requested)
        self.tree.itemClicked.connect(self._clicked)
        self._kind_changed()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.subject, 1)
        options = QHBoxLayout()
        for widget in (self.hours_label, self.opens, QLabel("–"), self.closes, self.optional):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.save_button)
        self._hours_widgets = [options.itemAt(i).widget() for i in range(4)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    # -- the choice ---------------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData()

    def current_key(self) -> str:
        """The key of the person or group, or the zone, picked (typed text that names one too)."""
        index = self.subject.findText(self.subject.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.subject.currentIndex()
        return self.subject.itemData(index) or "" if index >= 0 else ""

    def _typed(self) -> None:
        """Enter in the subject field: the first entry that contains what was typed."""
        self.subject.completer().popup().hide()
        text = self.subject.lineEdit().text().strip()
        index = self.subject.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:
            index = self.subject.findText(text, Qt.MatchFlag.MatchContains)
        if index >= 0:
            self.subject.setCurrentIndex(index)
            self.choice_changed.emit()

    def business_hours(self) -> tuple[time, time]:
        return tuple(time(e.time().hour(), e.time().minute()) for e in (self.opens, self.closes))

    def set_subjects(self, choices: list[tuple[str, str]], keep: str = "") -> None:
        """Fill the subject list with (key, text); keep ``keep`` (or the current) if it is there."""
        keep = keep or self.current_key()
        with QSignalBlocker(self.subject):
            self.subject.clear()
            for key, text in choices:
                self.subject.addItem(text, key)
            index = self.subject.findData(keep)
            self.subject.setCurrentIndex(max(index, 0) if choices else -1)

    def select(self, kind: str, key: str) -> bool:
        """Show ``kind``'s agenda of ``key`` (after the subjects of that kind are in)."""
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(KINDS.index(kind))
        self._show_options()
        index = self.subject.findData(key)
        if index >= 0:
            self.subject.setCurrentIndex(index)
        return index >= 0

    def _kind_changed(self) -> None:
        self._show_options()
        self.choice_changed.emit()

    def _show_options(self) -> None:
        online = self.current_kind() == "online"
        for widget in self._hours_widgets:
            widget.setVisible(online)
        self.optional.setVisible(self.current_kind() == "group")

    # -- the days -----------------------------------------------------------------------------

    def show_days(self, columns: tuple[str, ...], days: tuple[Day, ...], summary: str) -> None:
        self.tree.clear()
        self.tree.setColumnCount(len(columns))
        self.tree.setHeaderLabels(list(columns))
        self.summary.setText(summary)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for day in days:
            heading = QTreeWidgetItem(self.tree, [day.heading])
            heading.setFirstColumnSpanned(True)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in day.rows:
                self._add_row(heading, row, len(columns))
            heading.setExpanded(True)
        for column in range(len(columns) - 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), WIDEST))

    def _add_row(self, parent: QTreeWidgetItem, row, width: int) -> None:
        item = QTreeWidgetItem(parent, list(row.cells))
        item.setData(0, KEY_ROLE, row.session)
        if row.kind == "leg":
            item.setFirstColumnSpanned(True)
            item.setForeground(0, QBrush(LEG_TEXT))
        for column, text in enumerate(row.cells):
            item.setToolTip(column, "\n".join(t for t in (text, row.tooltip) if t))
        if row.alarm or row.outside:
            back = QBrush(ALARM_BACK if row.alarm else OUTSIDE_BACK)
            for column in range(width):
                item.setBackground(column, back)
                if row.alarm:
                    item.setForeground(column, QBrush(ALARM_TEXT))
        if row.optional:
            font = QFont(self.tree.font())
            font.setItalic(True)
            for column in range(width):
                item.setFont(column, font)

    def rows(self) -> list[QTreeWidgetItem]:
        """Every session and journey row shown, days in order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(i)
            out.extend(day.child(j) for j in range(day.childCount()))
        return out

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.session_chosen.emit(key)
