"""Small choosers: a searchable time-zone picker and a checklist dialog (features, tags,
time zones, days, a session's people) that also takes free text where that makes sense."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from scheduler.eventtime import zone_names


def zone_completer(parent: QWidget) -> QCompleter:
    """Completes IANA zone names from any part of the name, in any case."""
    completer = QCompleter(zone_names(), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


class ZonePicker(QComboBox):
    """An editable list of IANA zones; typing any part of a name ("Jakarta") finds it."""

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = True):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(([""] if allow_empty else []) + zone_names())
        self.setCompleter(zone_completer(self))
        self.lineEdit().setPlaceholderText(self.tr("e.g. Asia/Shanghai"))

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name or "")


class ChecklistDialog(QDialog):
    """Tick items of a list; with ``free_text`` a person may add words that are not offered."""

    def __init__(self, title: str, items: list[tuple[str, object]], checked, *,
                 free_text: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        checked = list(checked)
        self._initial = checked
        self.filter = QLineEdit(placeholderText=self.tr("Filter…"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        offered = {value for _, value in items}
        for value in checked:  # keep what is set even if no longer offered
            if value not in offered:
                items = [*items, (str(value), value)]
        for text, value in items:
            self._add(text, value, value in checked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.new_text = None
        if free_text:
            row = QHBoxLayout()
            self.new_text = QLineEdit(placeholderText=self.tr("Another value…"))
            add = QPushButton(self.tr("Add"))
            add.clicked.connect(self.add_free_text)
            self.new_text.returnPressed.connect(self.add_free_text)
            row.addWidget(self.new_text)
            row.addWidget(add)
            layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def _add(self, text: str, value, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def add_free_text(self, text: str | None = None) -> None:
        text = (text if isinstance(text, str) else self.new_text.text()).strip()
        if not text:
            return
        existing = self.item(text)
        if existing is not None:
            existing.setCheckState(Qt.CheckState.Checked)
        else:
            self._add(text, text, True)
        if self.new_text is not None:
            self.new_text.clear()

    def item(self, value) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count())
                     if self.list.item(i).data(Qt.ItemDataRole.UserRole) == value), None)

    def set_checked(self, value, checked: bool = True) -> None:
        self.item(value).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> list:
        """The ticked values: those set before in their order, then new ones as listed."""
        ticked = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return [v for v in self._initial if v in ticked] + [v for v in ticked if v not in self._initial]

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(text) and text not in item.text().lower())


def people_picker(people: dict[int, tuple[str, str]], checked, title: str,
                  parent: QWidget | None = None, chinese: dict[int, str] | None = None) -> ChecklistDialog:
    """Tick the people of a session (or the members of a group), found by name or key."""
    chinese = chinese or {}
    items = sorted(((f"{name}  {chinese.get(i, '')}  ({key})".replace("    ", "  "), i)
                    for i, (key, name) in people.items()), key=lambda item: item[0].lower())
    return ChecklistDialog(title, items, checked, parent=parent)
