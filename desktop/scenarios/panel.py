"""The Scenarios dock's widget, and the banner that says a scenario is being edited.

Both only show and ask: the feature (``feature.py``) does the work as undo steps. The list's
first row is the main schedule; the row being edited is marked and bold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

NAME_ROLE = Qt.ItemDataRole.UserRole  # the scenario's name; None for the main schedule
MAIN_ROW = 0


class ScenariosPanel(QWidget):
    """The scenarios of the project with the one being edited marked, and what can be done."""

    save_requested = Signal()
    switch_requested = Signal(object)  # a scenario name, or None for the main schedule
    promote_requested = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    compare_requested = Signal(object)  # the chosen row's name (None: main)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("scenario-list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._emit_switch())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as scenario…"))
        self.switch_button = QPushButton(self.tr("Switch to"))
        self.promote_button = QPushButton(self.tr("Promote"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.promote_button.setToolTip(self.tr("Make the chosen scenario the main schedule; the "
                                               "main schedule it replaces is kept as a scenario"))
        self.save_button.clicked.connect(self.save_requested)
        self.switch_button.clicked.connect(self._emit_switch)
        self.promote_button.clicked.connect(lambda: self._emit_named(self.promote_requested))
        self.rename_button.clicked.connect(lambda: self._emit_named(self.rename_requested))
        self.delete_button.clicked.connect(lambda: self._emit_named(self.delete_requested))
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.chosen()))
        buttons = QGridLayout()
        for index, button in enumerate((self.save_button, self.switch_button, self.promote_button,
                                        self.rename_button, self.delete_button,
                                        self.compare_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.summaries = []
        self.active: str | None = None
        self._update_buttons()

    def show_scenarios(self, summaries, active: str | None, enabled: bool = True) -> None:
        """List ``summaries`` (ScenarioSummary) under the main schedule; keep the choice."""
        chosen = self.chosen() if self.list.currentRow() >= 0 else active
        self.summaries, self.active = list(summaries), active
        self.list.clear()
        main = QListWidgetItem(self._row_text(self.tr("Main schedule"), active is None, ""))
        main.setData(NAME_ROLE, None)
        self.list.addItem(main)
        for s in self.summaries:
            detail = self.tr("%n session(s) placed", "", s.placed)
            if s.note:
                detail += " — " + s.note
            item = QListWidgetItem(self._row_text(s.name, s.active, detail))
            item.setData(NAME_ROLE, s.name)
            item.setToolTip(s.note or s.name)
            self.list.addItem(item)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NAME_ROLE) == active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if item.data(NAME_ROLE) == chosen:
                self.list.setCurrentRow(row)
        self.list.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self._update_buttons()

    def _row_text(self, name: str, editing: bool, detail: str) -> str:
        marker = "● " if editing else "   "
        text = marker + name + (self.tr("  (being edited)") if editing else "")
        return text + (f"\n      {detail}" if detail else "")

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def choose(self, name: str | None) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _emit_switch(self) -> None:
        if self.list.currentItem() is not None and self.chosen() != self.active:
            self.switch_requested.emit(self.chosen())

    def _emit_named(self, signal) -> None:
        name = self.chosen()
        if name is not None:
            signal.emit(name)

    def _update_buttons(self) -> None:
        picked = self.list.currentItem() is not None and self.list.isEnabled()
        scenario = picked and self.chosen() is not None
        self.switch_button.setEnabled(picked and self.chosen() != self.active)
        self.promote_button.setEnabled(scenario)
        self.rename_button.setEnabled(scenario)
        self.delete_button.setEnabled(scenario and self.chosen() != self.active)
        self.compare_button.setEnabled(self.list.isEnabled() and self.list.count() > 0)


class ScenarioBanner(QFrame):
    """Shown above the timetable while a scenario is edited: says so, offers the way back."""

    promote_requested = Signal(str)
    main_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenario-banner")
        self.setStyleSheet("#scenario-banner { background: #fff4c2; border-bottom: 1px solid #d8b600; }")
        self.label = QLabel()
        self.promote_button = QPushButton(self.tr("Promote"))
        self.main_button = QPushButton(self.tr("Back to the main schedule"))
        self.promote_button.clicked.connect(lambda: self.promote_requested.emit(self.name))
        self.main_button.clicked.connect(self.main_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.promote_button)
        layout.addWidget(self.main_button)
        self.name = ""
        self.hide()

    def show_active(self, name: str | None) -> None:
        self.name = name or ""
        if name is None:
            self.hide()
            return
        self.label.setText(self.tr("Scenario '{name}' — edits change this scenario; Promote to "
                                   "make it the main schedule").format(name=name))
        self.show()


class SaveScenarioDialog(QDialog):
    """Name (and note) of a new scenario."""

    def __init__(self, parent: QWidget | None = None, name: str = "", note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as scenario"))
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("e.g. Plan B: Main Hall lost on day 1"))
        self.note = QLineEdit(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))
