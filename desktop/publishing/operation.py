"""The dialog's work in the background: reading the preview, and the publication itself
(``job.carry_out``), each on a QThread of its own.

Shaped like the solve (``desktop.solving``): a worker object lives on the thread and reports
through queued signals; the operation lives on the GUI thread and re-emits them there. The
workers get only a path and plain values and open the project file themselves.

    operation = PublishOperation(plan, parent=dialog)
    operation.step.connect(...); operation.finished.connect(...); operation.start()
    reading = read_in_background(path, dialog.show_preview, dialog.preview_failed)
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..timetable import qt_compat  # noqa: F401  (PySide6 6.12.0 leaks a reference per emit)
from .job import Outcome, Plan, carry_out
from .preview import Preview, read_preview

_reading: set[PreviewRead] = set()  # kept alive until their thread has ended


class _Worker(QObject):
    step = Signal(object)
    done = Signal(object)

    def __init__(self, plan: Plan, stop: threading.Event):
        super().__init__()
        self.plan, self.stop = plan, stop

    @Slot()
    def run(self) -> None:
        try:
            self.done.emit(carry_out(self.plan, self.step.emit, self.stop))
        finally:  # end the thread from here: the GUI thread may be waiting for it
            self.thread().quit()


class PublishOperation(QObject):
    """One background publication. Signals arrive on the thread that made the operation."""

    step = Signal(object)  # job.Step
    finished = Signal(object)  # job.Outcome, once the thread has ended

    def __init__(self, plan: Plan, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self._stop = threading.Event()
        self._outcome: Outcome | None = None
        self._thread = QThread()
        self._thread.setObjectName("slotwise-publish")
        self._worker = _Worker(plan, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.step.connect(self.step)
        self._worker.done.connect(self._done)
        self._thread.finished.connect(self._report)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at the next feed or session (a version being frozen is kept)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int) -> bool:
        """Block until the thread ends (only for closing); True if it ended."""
        return self._thread.wait(milliseconds)

    @Slot(object)
    def _done(self, outcome: Outcome) -> None:
        self._outcome = outcome

    @Slot()
    def _report(self) -> None:
        self.finished.emit(self._outcome or Outcome(error=QCoreApplication.translate(
            "PublishOperation", "The publication ended without a result.")))


class _Reader(QObject):
    done = Signal(object)  # Preview, or a sentence (str) when reading failed

    def __init__(self, path):
        super().__init__()
        self.path = path

    @Slot()
    def run(self) -> None:
        from scheduler import Project

        try:
            with Project.open(self.path) as project:
                self.done.emit(read_preview(project))
        except Exception as exc:  # noqa: BLE001 - the dialog shows it
            self.done.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.thread().quit()


class PreviewRead(QObject):
    """Reads the preview of a project file (0.6 s for 1,000 sessions) off the GUI thread.
    Owned by nobody: it lives until its thread ends, so a dialog closed meanwhile loses
    nothing but the answer."""

    ready = Signal(object)  # Preview
    failed = Signal(str)

    def __init__(self, path):
        super().__init__()
        self._answer = None
        self._thread = QThread()
        self._thread.setObjectName("slotwise-publish-preview")
        self._worker = _Reader(path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._keep)
        self._thread.finished.connect(self._report)

    def start(self) -> None:
        _reading.add(self)
        self._thread.start()

    @Slot(object)
    def _keep(self, answer) -> None:
        self._answer = answer

    @Slot()
    def _report(self) -> None:
        _reading.discard(self)
        answer = self._answer
        if isinstance(answer, Preview):
            self.ready.emit(answer)
        else:
            self.failed.emit(answer or "")
        self.deleteLater()


def read_in_background(path, ready, failed) -> PreviewRead:
    """Start reading the preview; ``ready(preview)`` or ``failed(sentence)`` on this thread."""
    reading = PreviewRead(path)
    reading.ready.connect(ready)
    reading.failed.connect(failed)
    reading.start()
    return reading
