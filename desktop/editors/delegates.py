"""Cell editors chosen by the column's kind: a list of choices for enums and references, a
time-zone picker, spin boxes for counts, and a checklist dialog for lists and people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QLineEdit, QSpinBox, QStyledItemDelegate, QWidget)

from scheduler.domain import models as m
from scheduler.domain.rules import NOT_NEGATIVE, POSITIVE
from scheduler.eventtime import event_days

from ..display_words import value_word
from ..models import Column, EntityTableModel, Kind, ValueRole
from .pickers import ChecklistDialog, ZonePicker, people_picker, zone_completer

DIALOG_KINDS = (Kind.LIST, Kind.LINKS)


@dataclass
class FieldInput:
    """An editing widget with how to read and fill it."""

    widget: QWidget
    get: Callable[[], object]
    put: Callable[[object], None]


def field_input(column: Column, source: EntityTableModel, parent: QWidget) -> FieldInput | None:
    """The widget that edits one value of ``column``; None for kinds edited in a dialog."""
    kind = column.kind
    if kind is Kind.ENUM:
        combo = QComboBox(parent)
        for value in column.choices(source.spec.model):
            combo.addItem(value_word(value), value)
        return FieldInput(combo, combo.currentData,
                          lambda v: combo.setCurrentIndex(max(0, combo.findData(v))))
    if kind is Kind.REFERENCE:
        combo = QComboBox(parent)
        if column.nullable:
            combo.addItem(QCoreApplication.translate("FieldInput", "(none)"), None)
        for row_id, (key, name) in sorted(source.names(column).items(), key=lambda i: i[1][1].lower()):
            combo.addItem(f"{name} ({key})" if key else name, row_id)
        return FieldInput(combo, combo.currentData,
                          lambda v: combo.setCurrentIndex(max(0, combo.findData(v))))
    if kind is Kind.BOOL:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("FieldInput", "yes"), True)
        combo.addItem(QCoreApplication.translate("FieldInput", "no"), False)
        return FieldInput(combo, combo.currentData,
                          lambda v: combo.setCurrentIndex(0 if v else 1))
    if kind is Kind.TIMEZONE:
        picker = ZonePicker(parent)
        return FieldInput(picker, picker.zone, picker.set_zone)
    if kind is Kind.INT:
        spin = QSpinBox(parent)
        lowest = 0 if column.field in NOT_NEGATIVE else 1 if column.field in POSITIVE else -10**6
        spin.setRange(lowest, 10**7)
        return FieldInput(spin, spin.value, lambda v: spin.setValue(int(v or 0)))
    if kind in DIALOG_KINDS:
        return None
    line = QLineEdit(parent)
    if kind is Kind.MOMENT:
        line.setPlaceholderText(QCoreApplication.translate(
            "FieldInput", "2021-05-28 09:00 (event time), empty for none"))
    return FieldInput(line, line.text, lambda v: line.setText("" if v is None else str(v)))


def list_choices(source: EntityTableModel, column: Column) -> tuple[list[tuple[str, object]], bool]:
    """What a checklist offers for a list field, and whether free text may be added."""
    project, field = source.project, column.field
    if column.kind is Kind.LINKS:
        return sorted(((name, i) for i, (_, name) in source.names(column).items()),
                      key=lambda item: item[0].lower()), False
    if field in ("required_features", "features"):
        words = {w for room in project.all(m.Room) for w in room.features}
        words |= {w for s in project.all(m.Session) for w in s.required_features}
    elif field == "allowed_days":
        event = project.event()
        words = {day.isoformat() for day in event_days(event.start_date, event.day_count)}
    elif field == "target_timezones":
        words = {z for s in project.all(m.Session) for z in s.target_timezones}
        words |= {p.home_timezone for p in project.all(m.Person) if p.home_timezone}
        words |= {c.timezone for c in project.all(m.City) if c.timezone}
    else:
        words = set(source.values_in_use(field))
    return [(word, word) for word in sorted(words)], True


def checklist_for(source: EntityTableModel, column: Column, checked, parent: QWidget,
                  what: str) -> ChecklistDialog:
    """The dialog that edits a list or link column; ``what`` names the rows it is for."""
    title = QCoreApplication.translate("FieldInput", "{column} of {rows}").format(
        column=column.title, rows=what)
    if column.kind is Kind.LINKS:
        chinese = {p.id: p.name_zh for p in source.project.all(column.links.target)}
        return people_picker(source.names(column), checked, title, parent, chinese)
    items, free = list_choices(source, column)
    dialog = ChecklistDialog(title, items, checked, free_text=free, parent=parent)
    if free and column.field == "target_timezones":
        dialog.new_text.setCompleter(zone_completer(dialog))
    return dialog


class FieldDelegate(QStyledItemDelegate):
    """Edits cells of an ``EntityTableModel`` (shown directly or through a proxy)."""

    def __init__(self, source: EntityTableModel, to_source: Callable[[QModelIndex], QModelIndex],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source, self.to_source = source, to_source
        self.dialog: ChecklistDialog | None = None

    def _column(self, index) -> Column:
        return self.source.column_spec(index.column())

    def createEditor(self, parent: QWidget, option, index: QModelIndex):
        column = self._column(index)
        if column.kind in DIALOG_KINDS:
            persistent = QPersistentModelIndex(self.to_source(index))
            QTimer.singleShot(0, lambda: self.open_dialog(persistent))
            return None
        made = field_input(column, self.source, parent)
        if made is None:
            return super().createEditor(parent, option, index)
        made.widget.field_input = made
        made.widget.setAutoFillBackground(True)
        return made.widget

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        made = getattr(editor, "field_input", None)
        if made is None:
            return super().setEditorData(editor, index)
        made.put(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        made = getattr(editor, "field_input", None)
        if made is None:
            return super().setModelData(editor, model, index)
        model.setData(index, made.get(), Qt.ItemDataRole.EditRole)

    def open_dialog(self, source_index) -> ChecklistDialog | None:
        """Open the checklist of a list or people cell; OK stores the ticked values."""
        if not source_index.isValid():
            return None
        row, column = source_index.row(), self._column(source_index)
        ident = self.source.ident(row)
        what = self.source.row_object(row)
        name = getattr(what, "title_en", None) or getattr(what, "name_en", None) or str(ident)
        checked = self.source.data(self.source.index(row, source_index.column()), ValueRole) or []
        dialog = checklist_for(self.source, column, checked, self.parent(), name)
        dialog.accepted.connect(lambda: self.source.set_value(ident, column.field, dialog.values()))
        dialog.open()
        self.dialog = dialog
        return dialog
