"""The Publish dialog: what changes and who must be told, where the feeds go, then the work
on a worker thread with its progress, and a page that says what each step did.

When nothing changed since the latest version, no new version is made (it would say nothing
new and raise no SEQUENCE); the button turns into "Send version N again", which re-exports
and/or re-pushes the latest version: the way to fill a new folder or server, or to finish a
push that failed. A working schedule that breaks hard rules is published only after a
deliberate tick. Publishing is not an undo step (as in the CLI, a version is a record kept
for good); the window reads the project again afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QCheckBox, QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSplitter, QStackedWidget, QVBoxLayout,
                               QWidget)

from ..finding_words import finding_text
from .destinations import Destinations
from .job import EXPORT, PUBLISH, PUSH, Outcome, Plan, Step
from .operation import PublishOperation, read_in_background
from .preview import Preview
from .preview_views import AffectedView, ChangesView
from .result_view import ResultView

HARD_SHOWN = 3  # hard-rule messages quoted in the warning
WARNING_STYLE = "background:#fdecea; border:1px solid #e6a19b; border-radius:4px; padding:6px;"
SETUP, WORKING, RESULT = range(3)


class PublishDialog(QDialog):
    preview_ready = Signal()  # the preview is shown (it is read in the background)
    finished_work = Signal(object)  # job.Outcome, after the result page is shown

    def __init__(self, window):
        super().__init__(window)
        self.main_window = window  # (not "window": that is QWidget.window())
        self.setWindowTitle(self.tr("Publish"))
        self.preview: Preview | None = None  # until read in the background
        self.preview_error: str | None = None
        self.check_error: str | None = None  # the window's check of the schedule failed
        self.operation: PublishOperation | None = None
        self.plan: Plan | None = None
        self.outcome: Outcome | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._working_page())
        self.result = ResultView()
        self.pages.addWidget(self.result)
        self.publish_button = QPushButton(default=True)
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.why = QLabel(wordWrap=True)
        self.why.setStyleSheet("color: #8a5a00;")
        self._build_layout()
        self.publish_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.note.textChanged.connect(self.update_ready)
        self.anyway.toggled.connect(self.update_ready)
        self.destinations.changed.connect(self.update_ready)
        window.findings_ready.connect(self.update_findings)
        window.check_failed.connect(self.check_failed)
        self.headline.setText(self.tr("Reading what would change…"))
        self.note.setEnabled(False)
        self.publish_button.setText(self.tr("Publish"))
        self.warning_box.hide()
        self.show_page(SETUP)
        self.resize(1240, 820)
        read_in_background(window.project.path, self.show_preview, self.preview_failed)

    # -- building -----------------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        self.headline = QLabel(wordWrap=True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What this version is, e.g. “Programme v2 — Jinan "
                                             "forum moved online” (required)"))
        self.changes = ChangesView()
        self.affected = AffectedView()
        split = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.tr("What changes"), self.changes),
                            (self.tr("Who must be told"), self.affected)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(view, 1)
            split.addWidget(holder)
        split.setSizes([560, 380])
        self.warning = QLabel(wordWrap=True)
        self.anyway = QCheckBox(self.tr("Publish anyway: the calendars will show these clashes"))
        self.warning_box = QFrame(objectName="hard-warning")
        self.warning_box.setStyleSheet(f"QFrame#hard-warning {{{WARNING_STYLE}}}")
        box = QVBoxLayout(self.warning_box)
        box.addWidget(self.warning)
        box.addWidget(self.anyway)
        what = QVBoxLayout()
        what.addWidget(self.headline)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note")))
        note_row.addWidget(self.note, 1)
        what.addLayout(note_row)
        what.addWidget(split, 1)
        what.addWidget(self.warning_box)
        self.destinations = Destinations()
        self.destinations.setMaximumWidth(420)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(what, 1)
        row.addWidget(self.destinations)
        return page

    def _working_page(self) -> QWidget:
        self.step_label = QLabel(wordWrap=True)
        self.step_label.setStyleSheet("font-size: 14px;")
        self.stage_label = QLabel()
        self.stage_label.setStyleSheet("color: #68717c;")
        self.progress = QProgressBar()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        return page

    def _build_layout(self) -> None:
        self.undo_note = QLabel(self.tr("Publishing freezes the working schedule as a numbered "
                                        "version. It is not an undo step: Edit > Undo does not "
                                        "take a version back."), wordWrap=True)
        self.undo_note.setStyleSheet("color: #68717c;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addStretch(0)  # keeps the buttons small when the reason is hidden
        for button in (self.publish_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.undo_note)
        layout.addLayout(buttons)

    # -- the preview --------------------------------------------------------------------------

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        p, language = preview, self.main_window.language
        if p.first:
            text = self.tr("First publication: version 1 will hold {sessions} sessions "
                           "({scheduled} scheduled).")
        elif p.unchanged:
            text = self.tr("Nothing changed since version {last}: no new version is needed. "
                           "Version {last} can be sent again to a folder or a server.")
        else:
            text = self.tr("Version {number} will be published ({sessions} sessions, "
                           "{scheduled} scheduled); the last one is version {last}.")
        self.headline.setText(text.format(sessions=p.sessions, scheduled=p.scheduled,
                                          last=p.last, number=p.next_number))
        self.note.setEnabled(not p.unchanged)
        self.changes.show_preview(p, language)
        self.affected.show_preview(p, language)
        self.destinations.feeds.set_feeds(p.feeds, language)
        label = (self.tr("Send version {number} again") if p.unchanged
                 else self.tr("Publish version {number}"))
        self.publish_button.setText(label.format(number=p.last if p.unchanged else p.next_number))
        self.update_findings()
        self.preview_ready.emit()

    def preview_failed(self, message: str) -> None:
        self.preview_error = message
        self.headline.setText(self.tr("What would change could not be read: {error}").format(
            error=message))
        self.update_ready()

    def hard_findings(self):
        """The hard violations of the working schedule, or None while it is being checked (or
        when the check failed: ``check_error``)."""
        state = self.main_window.state
        if state is None or not state.checked or self.main_window.checking:
            return None
        return state.validation.hard

    def unchecked(self) -> bool:
        """The check of the schedule failed and none is under way: nobody knows its clashes."""
        return (self.check_error is not None and self.hard_findings() is None
                and not self.main_window.checking)

    def check_failed(self, message: str) -> None:
        self.check_error = message
        self.update_findings()

    def update_findings(self) -> None:
        hard = self.hard_findings()
        if hard is not None:
            self.check_error = None
        publishing = self.preview is not None and not self.preview.unchanged
        self.warning_box.setVisible(publishing and (bool(hard) or self.unchecked()))
        if hard:
            lines = [f"• {finding_text(v, self.main_window.state)}" for v in hard[:HARD_SHOWN]]
            if len(hard) > HARD_SHOWN:
                lines.append(self.tr("… and {count} more (see the Conflicts panel)").format(
                    count=len(hard) - HARD_SHOWN))
            heading = self.tr("The working schedule breaks {count} hard rule(s):").format(
                count=len(hard))
            self.warning.setText("\n".join([heading, *lines]))
        elif self.unchecked():
            self.warning.setText(self.tr("The working schedule could not be checked, so its "
                                         "clashes are unknown: {error}").format(
                error=self.check_error))
        self.update_ready()

    def not_ready(self) -> str | None:
        """Why the Publish button is off, in words; None when it is on."""
        p = self.preview
        if p is None:
            return self.preview_error or self.tr("Reading what would change…")
        if p.unchanged:
            if not self.destinations.any_chosen():
                return self.tr("Nothing changed: tick a folder or a server to send version "
                               "{last} again.").format(last=p.last)
        else:
            if not self.note.text().strip():
                return self.tr("Write a note for version {number}.").format(number=p.next_number)
            hard = self.hard_findings()
            if hard is None and not self.unchecked():
                return self.tr("Waiting for the check of the schedule…")
            if hard and not self.anyway.isChecked():
                return self.tr("The schedule breaks hard rules: tick “Publish anyway” to "
                               "publish it as it is.")
            if self.unchecked() and not self.anyway.isChecked():
                return self.tr("The schedule could not be checked: tick “Publish anyway” to "
                               "publish it as it is.")
        return self.destinations.problem()

    def update_ready(self) -> None:
        reason = self.not_ready()
        self.why.setText(reason or "")
        self.publish_button.setEnabled(reason is None and self.operation is None)

    # -- the work -----------------------------------------------------------------------------

    def make_plan(self) -> Plan:
        note = None if self.preview.unchanged else self.note.text().strip()
        return Plan(self.main_window.project.path, note, self.destinations.folder_path(),
                    self.destinations.caldav_target())

    def start(self) -> PublishOperation | None:
        """Publish (and export, push) on a worker thread; None if the dialog is not ready."""
        if self.not_ready() is not None or self.operation is not None:
            return None
        self.destinations.remember()
        self.plan = self.make_plan()
        self.operation = PublishOperation(self.plan, parent=self)
        self.operation.step.connect(self.show_step)
        self.operation.finished.connect(self._finished)
        self.stage_label.setText("")
        self.step_label.setText(self.tr("Starting…"))
        self.progress.setRange(0, 0)
        self.show_page(WORKING)
        self.operation.start()
        return self.operation

    def show_step(self, step: Step) -> None:
        stages = [s for s, wanted in ((PUBLISH, self.plan.note is not None),
                                      (EXPORT, self.plan.folder is not None),
                                      (PUSH, self.plan.caldav is not None)) if wanted]
        if step.kind in stages:
            self.stage_label.setText(self.tr("Step {index} of {count}").format(
                index=stages.index(step.kind) + 1, count=len(stages)))
        self.step_label.setText(self.step_text(step))
        self.progress.setRange(0, max(step.total, 1))
        self.progress.setValue(step.done)

    def step_text(self, step: Step) -> str:
        if step.kind == PUBLISH:
            return self.tr("Freezing version {number}…").format(number=step.what)
        if step.kind == EXPORT:
            return self.tr("Writing {total} feeds… ({done}/{total}, {name})").format(
                total=step.total, done=step.done, name=step.what)
        feeds = self.plan.caldav.feeds if self.plan and self.plan.caldav else ()
        index = feeds.index(step.what) + 1 if step.what in feeds else 0
        return self.tr("Pushing {feed} ({done}/{total})… calendar {index} of {count}").format(
            feed=step.what, done=step.done, total=step.total, index=index, count=len(feeds))

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.stop_button.setEnabled(False)
            self.step_label.setText(self.tr("Cancelling… (a version being frozen is kept)"))

    def _finished(self, outcome: Outcome) -> None:
        operation, self.operation = self.operation, None
        operation.deleteLater()
        self.outcome = outcome
        self.result.show_outcome(outcome, self.plan, self.summary())
        self.show_page(RESULT)
        if outcome.published:
            self.main_window.refresh()  # a new version: what stability is measured against changed
        self.finished_work.emit(outcome)

    def summary(self) -> str:
        """What the published version changed and who must be told, in a sentence."""
        p, log = self.preview, self.preview.log
        if p.first:
            return self.tr("{sessions} sessions, {scheduled} scheduled. In the programme: "
                           "people {people}, groups {groups}.").format(
                sessions=p.sessions, scheduled=p.scheduled, people=len(log.people),
                groups=len(log.groups))
        return self.tr("Since version {last}: {changed} moved or changed, {added} new, {cancelled} "
                       "cancelled or removed. To tell: people {people}, groups {groups}.").format(
            last=p.last, changed=len(log.changed), added=len(log.added),
            cancelled=len(log.cancelled) + len(log.removed), people=len(log.people),
            groups=len(log.groups))

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.publish_button.setVisible(page == SETUP)
        self.why.setVisible(page == SETUP)
        self.undo_note.setVisible(page == SETUP)
        self.stop_button.setVisible(page == WORKING)
        self.stop_button.setEnabled(True)
        self.close_button.setVisible(page != WORKING)
        self.update_ready()

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close: while the work runs, it asks it to stop instead."""
        if self.operation is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        try:
            self.main_window.findings_ready.disconnect(self.update_findings)
            self.main_window.check_failed.disconnect(self.check_failed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
