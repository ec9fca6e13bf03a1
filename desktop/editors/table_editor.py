"""An editor per list: a table of the rows, buttons to add, duplicate and delete, and a way to
set one column of every selected row at once. Every change is an undo command."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ..commands import ProjectEditor
from ..models import SPECS, EntityTableModel, Kind, TableSpec, TravelMatrixModel, ValueRole
from .delegates import DIALOG_KINDS, FieldDelegate, checklist_for, field_input

WIDEST_COLUMN = 280
ERROR_STYLE = "color: #b3261e;"


class EntityEditor(QWidget):
    """The rows of one list (sessions, rooms …) in an editable table."""

    def __init__(self, editor: ProjectEditor, spec: TableSpec | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.spec = SPECS[spec] if isinstance(spec, str) else spec
        self.model = EntityTableModel(editor.project, self.spec, editor, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = self._table()
        self.delegate = FieldDelegate(self.model, self.proxy.mapToSource, self.view)
        self.view.setItemDelegate(self.delegate)
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()
        self.model.refused.connect(self.show_problem)
        self.editor.changed.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.fit_columns()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # id order until a header is clicked
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setHighlightSections(False)
        delete = QAction(self.tr("Delete"), view, shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
                         shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        view.addAction(delete)
        return view

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter = QLineEdit(placeholderText=self.tr("Filter {things}…").format(
            things=self.spec.shown_title.lower()), clearButtonEnabled=True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.set_button = QPushButton(self.tr("Set column for selection…"))
        self.add_button.clicked.connect(self.add_row)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.set_button.clicked.connect(self.ask_column_for_selection)
        self.set_button.setToolTip(self.tr("Give the current column the same value in every "
                                           "selected row (one undo step)"))
        row.addWidget(self.filter, 1)
        row.addWidget(self.count)
        for button in (self.add_button, self.duplicate_button, self.delete_button, self.set_button):
            row.addWidget(button)
        return row

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(column) > WIDEST_COLUMN:
                header.resizeSection(column, WIDEST_COLUMN)

    # -- selection -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Source rows of the selection, top to bottom as shown."""
        rows = {self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()}
        return sorted(rows, key=lambda r: self.proxy.mapFromSource(self.model.index(r, 0)).row())

    def selected_idents(self) -> list:
        return [self.model.ident(row) for row in self.selected_rows()]

    def select(self, idents) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag
        for n, ident in enumerate(idents):
            row = self.model.row_of(ident)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if n == 0:
                selection.setCurrentIndex(index, flags.NoUpdate)
                self.view.scrollTo(index)
            selection.select(index, flags.Select | flags.Rows)

    def _update_buttons(self, *_args) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        for button in (self.duplicate_button, self.delete_button, self.set_button):
            button.setEnabled(chosen)
        self.count.setText(self.tr("{count} {things}").format(
            count=self.model.rowCount(), things=self.spec.shown_title.lower()))

    # -- actions -------------------------------------------------------------------------------

    def show_problem(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.setVisible(bool(reason))

    def _done(self, ok: bool) -> bool:
        self.show_problem("" if ok else self.editor.last_error)
        return ok

    def add_row(self):
        ident = self.editor.add_new(self.spec.model)
        if self._done(ident is not None):
            self.select([ident])
        return ident

    def duplicate_selected(self) -> bool:
        before = {self.model.ident(r) for r in range(self.model.rowCount())}
        done = self._done(self.editor.duplicate_rows(self.spec.model, self.selected_idents()))
        if done:
            self.select([self.model.ident(r) for r in range(self.model.rowCount())
                         if self.model.ident(r) not in before])
        return done

    def delete_selected(self) -> bool:
        return self._done(self.editor.delete_rows(self.spec.model, self.selected_idents()))

    def apply_to_selection(self, field: str, value) -> bool:
        """Give ``field`` one value in every selected row: one undo step."""
        idents = self.selected_idents()
        if not idents:
            return False
        ok = self.model.set_values(idents, field, value)
        if ok:
            self.show_problem("")
        return ok

    def ask_column_for_selection(self) -> QDialog | None:
        """Ask for a value of the current column and give it to every selected row."""
        current = self.view.currentIndex()
        rows = self.selected_rows()
        if not current.isValid() or not rows:
            return None
        column_index = self.proxy.mapToSource(current).column()
        column = self.model.column_spec(column_index)
        start_row = self.proxy.mapToSource(current).row()
        start_row = start_row if start_row in rows else rows[0]
        what = self.tr("{count} {things}").format(count=len(rows),
                                                   things=self.spec.shown_title.lower())
        if column.kind in DIALOG_KINDS:
            start = self.model.data(self.model.index(start_row, column_index), ValueRole) or []
            dialog = checklist_for(self.model, column, start, self, what)
            dialog.accepted.connect(lambda: self.apply_to_selection(column.field, dialog.values()))
        else:
            dialog = ValueDialog(self.model, column_index, start_row, what, self)
            dialog.accepted.connect(lambda: self.apply_to_selection(column.field, dialog.value()))
        dialog.open()
        return dialog


class ValueDialog(QDialog):
    """One value for a column, in the column's own editor, starting from a row's value."""

    def __init__(self, model: EntityTableModel, column: int, row: int, what: str, parent: QWidget):
        super().__init__(parent)
        spec = model.column_spec(column)
        self.setWindowTitle(self.tr("Set {column}").format(column=spec.title.lower()))
        self.input = field_input(spec, model, self)
        start = model.data(model.index(row, column), Qt.ItemDataRole.EditRole)
        self.input.put(start if spec.kind is not Kind.BOOL else bool(start))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{column} of {rows}:").format(column=spec.title, rows=what)))
        layout.addWidget(self.input.widget)
        layout.addWidget(buttons)

    def value(self):
        return self.input.get()


class TravelEditor(QWidget):
    """Minutes between cities: rows are where one leaves, columns where one arrives."""

    def __init__(self, editor: ProjectEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.model = TravelMatrixModel(editor.project, editor, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.model.refused.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Travel minutes from the city of each row to the city of "
                                        "each column. Clear a cell when the time is not known.")))
        layout.addWidget(self.view)
        layout.addWidget(self.message)
