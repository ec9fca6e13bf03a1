"""The last page of the Publish dialog: what each step did, in words.

Publishing, exporting and pushing are separate steps, so each gets its own line: the version
stays published when the export or the push fails, and the page says which of them did what
(files written, with a button that opens their folder; per calendar pushed: created or not,
events written, unchanged, deleted) or why not (the core's one-line error).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .job import EXPORT, PUBLISH, PUSH, Outcome, Plan

GOOD, BAD, MUTED = "#0b6b2e", "#b3261e", "#68717c"
FILES_NAMED = 6  # file names listed before "…"


def _para(text: str, colour: str | None = None, bold: bool = False) -> str:
    style = (f"color:{colour};" if colour else "") + ("font-weight:600;" if bold else "")
    return f'<p style="{style}">{escape(text)}</p>'


class ResultView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.folder = None
        self.headline = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.headline.setStyleSheet("font-size: 15px;")
        self.export_text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.export_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.push_text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.push_table = QTableWidget(0, 6)
        self.push_table.setHorizontalHeaderLabels([
            self.tr("Calendar"), self.tr("Created"), self.tr("Written"), self.tr("Unchanged"),
            self.tr("Deleted"), self.tr("URL")])
        self.push_table.verticalHeader().hide()
        self.push_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.push_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self.tr("Publishing is not an undo step: Edit > Undo does not take a "
                                   "version back, as in the command line. Every version is kept."),
                           wordWrap=True)
        self.note.setStyleSheet(f"color: {MUTED};")
        feeds_box = QGroupBox(self.tr("Calendar feeds"))
        export_row = QHBoxLayout(feeds_box)
        export_row.addWidget(self.export_text, 1)
        export_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        server_box = QGroupBox(self.tr("CalDAV server"))
        server = QVBoxLayout(server_box)
        server.addWidget(self.push_text)
        server.addWidget(self.push_table, 1)
        self.layout_ = layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(feeds_box)
        layout.addWidget(server_box)
        layout.addStretch(1)  # gives way to the table when there is one
        layout.addWidget(self.note)

    def show_outcome(self, outcome: Outcome, plan: Plan, summary: str = "") -> None:
        """``summary``: what the new version changed, in a sentence (shown under the headline)."""
        self.plan_note = plan.note or ""
        self.headline.setText(self._headline(outcome)
                              + (_para(summary) if summary and outcome.published else ""))
        self._show_export(outcome, plan)
        self._show_push(outcome, plan)

    def _headline(self, o: Outcome) -> str:
        if o.error and not o.published:
            return _para(self.tr("Nothing was published: {error}").format(error=o.error), BAD, True)
        if o.cancelled_at == PUBLISH:
            return _para(self.tr("Cancelled before anything was published."), BAD, True)
        if o.published:
            text = self.tr("Version {number} is published: “{note}”.").format(
                number=o.version, note=self.plan_note)
        elif o.error or o.export_error or o.push_error or o.cancelled_at:
            text = self.tr("No new version; sending version {number} again did not fully "
                           "succeed (see below).").format(number=o.version)
        else:
            text = self.tr("No new version: version {number} was sent again.").format(number=o.version)
        failed = o.error or o.export_error or o.push_error or o.cancelled_at
        return _para(text, GOOD if not failed else None, True)

    def _show_export(self, o: Outcome, plan: Plan) -> None:
        self.folder = plan.folder if o.files else None
        self.open_folder_button.setVisible(self.folder is not None)
        if plan.folder is None:
            text = _para(self.tr("No calendar feeds were written to a folder."), MUTED)
        elif o.files:
            names = [path.name for path in o.files[:-1]]
            shown = ", ".join(names[:FILES_NAMED]) + (", …" if len(names) > FILES_NAMED else "")
            text = (_para(self.tr("Wrote {count} calendar feeds and index.json into {folder}.")
                          .format(count=len(names), folder=str(plan.folder)), GOOD)
                    + _para(shown, MUTED))
        elif o.export_error:
            text = _para(self.tr("The calendar feeds were NOT written: {error}").format(
                error=o.export_error), BAD)
        elif o.cancelled_at in (EXPORT, PUBLISH):
            text = _para(self.tr("Cancelled: the calendar feeds were not written (nothing was "
                                 "left half-written)."), BAD)
        else:
            text = _para(self.tr("The calendar feeds were not written."), BAD)
        self.export_text.setText(text)

    def _show_push(self, o: Outcome, plan: Plan) -> None:
        self.push_table.setRowCount(0)
        self.push_table.setVisible(bool(o.reports))
        self.layout_.setStretch(2, 1 if o.reports else 0)
        self.layout_.setStretch(3, 0 if o.reports else 1)
        if plan.caldav is None:
            self.push_text.setText(_para(self.tr("Nothing was pushed to a CalDAV server."), MUTED))
            return
        if o.reports:
            self.push_text.setText(_para(self.tr("Pushed {count} calendar(s) to {url}:").format(
                count=len(o.reports), url=plan.caldav.url), GOOD))
            self._fill(o.reports)
        elif o.push_error:
            where = (self.tr(" (while pushing {feed})").format(feed=o.push_stopped_at)
                     if o.push_stopped_at else "")
            self.push_text.setText(_para(self.tr("The push to the CalDAV server failed{where}: "
                                                 "{error}").format(where=where, error=o.push_error), BAD)
                                   + _para(self.tr("Push again later with Schedule > Publish…: "
                                                   "the latest version can be sent again."), MUTED))
        elif o.cancelled_at == PUSH and o.push_stopped_at:
            self.push_text.setText(_para(self.tr("Cancelled while pushing {feed}: that calendar may "
                                                 "be partly updated; push again to complete it.")
                                         .format(feed=o.push_stopped_at), BAD))
        else:
            self.push_text.setText(_para(self.tr("Nothing was pushed to the CalDAV server."), BAD))

    def _fill(self, reports) -> None:
        self.push_table.setRowCount(len(reports))
        for row, r in enumerate(reports):
            cells = [r.feed, self.tr("yes") if r.created else self.tr("no"), str(r.put),
                     str(r.unchanged), str(len(r.deleted)), r.url]
            for column, text in enumerate(cells):
                self.push_table.setItem(row, column, QTableWidgetItem(text))
        self.push_table.resizeColumnsToContents()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
