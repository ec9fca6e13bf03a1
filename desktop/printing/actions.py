"""File ▸ Print programme… and File ▸ Export programme…: the booklet and the HTML agenda.

Installed from ``desktop.features``. Both ask for the programme's language (English, Chinese
or both), then run on the worker of ``jobs``: the window stays responsive, and the status bar
says when the file is written or the pages are printed. They work on the schedule stored in
the project, as read for the window (``window.read``: names in English, Chinese beside them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QMessageBox, QWidget)

from scheduler.errors import SlotwiseError
from scheduler.programme import Names

from .. import file_actions as files
from . import jobs

LANGUAGE_CODES = ("en", "zh", "both")
FORMAT_CODES = ("pdf", "html")


class ProgrammeDialog(QDialog):
    """The programme's language, and for an export its format."""

    def __init__(self, parent: QWidget | None, language: str, with_format: bool):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export programme") if with_format else self.tr("Print programme"))
        self.language = QComboBox()
        for code, text in zip(LANGUAGE_CODES, (self.tr("English"), self.tr("Chinese (中文)"),
                                               self.tr("Chinese and English (中英文)"))):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        self.format = QComboBox()
        for code, text in zip(FORMAT_CODES, (self.tr("PDF booklet (one page per day and city)"),
                                             self.tr("HTML agenda (one file)"))):
            self.format.addItem(text, code)
        if with_format:
            form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return self.language.currentData(), self.format.currentData()


class ProgrammePrinting(QObject):
    """The two actions and their background jobs, for one main window."""

    finished = Signal(str, int)  # where the programme went (file or printer), pages (0: HTML)
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window, self.job = window, None
        self.print_action = QAction(self.tr("&Print programme…"), window)
        self.print_action.setShortcut("Ctrl+P")
        self.print_action.triggered.connect(self.choose_print)
        self.export_action = QAction(self.tr("Export pro&gramme…"), window)
        self.export_action.triggered.connect(self.choose_export)
        box = jobs.mailbox()
        box.done.connect(self._done)
        box.failed.connect(self._failed)
        window.state_changed.connect(self.update_actions)
        self.update_actions()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def update_actions(self) -> None:
        read = getattr(self.window, "read", None)
        ready = self.window.project is not None and read is not None and bool(read.schedule)
        for act in (self.print_action, self.export_action):
            act.setEnabled(ready and not self.busy)

    # -- without dialogs (the tests call these) -----------------------------------------------

    def export_programme(self, path: str | Path, language: str) -> int:
        """Start writing the programme to ``path`` (.pdf or .html); the job's id."""
        return self._start(lambda *source: jobs.start_export(*source, language, Path(path)))

    def print_programme(self, printer, language: str) -> int:
        """Start printing the booklet on ``printer``; the job's id."""
        return self._start(lambda *source: jobs.start_print(*source, language, printer))

    def _start(self, start) -> int:
        if self.busy:
            raise SlotwiseError(self.tr("The programme is still being written; wait a moment."))
        read = getattr(self.window, "read", None)
        if self.window.project is None or read is None or not read.schedule:
            raise SlotwiseError(self.tr("Nothing is scheduled yet: solve first, then print the programme."))
        names = Names(zh=dict(read.names.zh), platform=dict(read.names.platform),
                      event_zh=read.names.event_zh)
        self.job = start(read.problem, dict(read.schedule), names)
        self.update_actions()
        self.window.statusBar().showMessage(self.tr("Writing the programme…"))
        return self.job

    def _done(self, job: int, where: str, pages: int) -> None:
        if job != self.job:
            return
        self.job = None
        self.update_actions()
        message = (self.tr("Programme written to {where} ({pages} pages)").format(where=where, pages=pages)
                   if pages else self.tr("Programme written to {where}").format(where=where))
        self.window.statusBar().showMessage(message, 10_000)
        self.finished.emit(where, pages)

    def _failed(self, job: int, message: str) -> None:
        if job != self.job:
            return
        self.job = None
        self.update_actions()
        self.window.statusBar().showMessage(self.tr("The programme was not written: {reason}")
                                            .format(reason=message), 10_000)
        self.failed.emit(message)

    # -- with dialogs ---------------------------------------------------------------------------

    def choose_export(self) -> None:
        dialog = ProgrammeDialog(self.window, self.window.language, with_format=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        language, kind = dialog.choice()
        project = self.window.project
        suggestion = files.output_suggestion(project.path, f"{project.path.stem}-programme-{language}.{kind}")
        filters = {"pdf": self.tr("PDF booklet (*.pdf)"), "html": self.tr("HTML agenda (*.html)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export programme"),
                                              str(suggestion), filters[kind])
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in jobs.FORMATS:
            path = path.with_name(f"{path.name}.{kind}")
        files.remember_output(path)
        self._report(lambda: self.export_programme(path, language))

    def choose_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        dialog = ProgrammeDialog(self.window, self.window.language, with_format=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        language, _ = dialog.choice()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.window.project.path.stem)
        if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
            return
        self._report(lambda: self.print_programme(printer, language))

    def _report(self, work) -> None:
        try:
            work()
        except SlotwiseError as exc:
            QMessageBox.warning(self.window, self.tr("Programme"), str(exc))


def install(window) -> ProgrammePrinting:
    """Put the two actions into the File menu, after Export…"""
    printing = ProgrammePrinting(window)
    menu = window.menus["file"]
    actions = menu.actions()
    after = getattr(window, "export_action", None)
    index = actions.index(after) + 1 if after in actions else len(actions)
    before = actions[index] if index < len(actions) else None
    for act in (printing.export_action, printing.print_action):
        menu.insertAction(before, act)
    window.printing = printing
    return printing
