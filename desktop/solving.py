"""A solve as a background operation: the engine runs on a QThread, never on the GUI thread.

The window takes the snapshot (an immutable Problem) on the GUI thread and hands only
that to the worker; the worker never sees the project or a widget. Progress, the
result and failures come back as queued signals; cancel is a threading.Event the
engine polls. Applying the result (validate, store as one undo step, record) happens back
on the GUI thread, in ``apply_result``.

    operation = SolveOperation(problem, options=SolveOptions(time_limit=10))
    operation.progress.connect(...); operation.finished.connect(...); operation.start()

A solve may be reviewed before it is stored ("Re-solve around my changes"): give the operation a
``review`` and ``apply_result`` hands the sound schedule to it instead of storing it; the review
stores it later with ``apply_result(editor, ran, result)`` (one undo step) or not at all.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from scheduler import Changes
from scheduler.domain import models as m
from scheduler.problem import Problem, Schedule
from scheduler.solver import SolveResult
from scheduler.validator import Validation

from .commands import ProjectEditor
from .timetable import qt_compat  # noqa: F401  (PySide6 6.12.0 leaks a reference per emit)


@dataclass(frozen=True)
class Ran:
    """What ``apply_result`` needs of a finished solve, kept after the operation is gone."""

    problem: Problem
    previous: Schedule | None
    started_at: datetime | None


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float = 30.0
    workers: int = 2
    seed: int = 0
    keep_stable: bool = False
    stability: float = 1.0  # times the stability weights on a re-solve
    keep_pins: bool = True  # False: this solve ignores the sessions' pins


class _Worker(QObject):
    """Lives on the solve thread; calls the engine once and reports through signals."""

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, problem: Problem, options: SolveOptions, previous: Schedule | None,
                 cancel: threading.Event):
        super().__init__()
        self.problem, self.options, self.previous, self.cancel = problem, options, previous, cancel

    @Slot()
    def run(self) -> None:
        from scheduler.solver import solve

        try:
            result = solve(self.problem, time_limit=self.options.time_limit,
                           workers=self.options.workers, seed=self.options.seed,
                           previous=self.previous, on_progress=self.progress.emit,
                           cancel=self.cancel)
        except Exception as exc:  # the GUI shows it; the thread must end cleanly
            self.failed.emit(f"The solve failed: {type(exc).__name__}: {exc}")
        else:
            self.done.emit(result)
        finally:  # end the thread from here: the GUI thread may be blocked waiting for it
            self.thread().quit()


class SolveOperation(QObject):
    """One background solve. Signals arrive on the thread that made the operation."""

    progress = Signal(object)  # scheduler.solver.Progress
    finished = Signal(object)  # SolveResult, once the thread has ended
    failed = Signal(str)  # a sentence, once the thread has ended

    def __init__(self, problem: Problem, *, options: SolveOptions = SolveOptions(),
                 previous: Schedule | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.problem, self.options, self.previous = problem, options, previous
        self.started_at: datetime | None = None
        self.review: Callable[[Ran, SolveResult], None] | None = None  # instead of storing
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("slotwise-solve")
        self._worker = _Worker(problem, options, previous, self._cancel)
        self._worker.moveToThread(self._thread)
        self._outcome: tuple[str, object] | None = None
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._thread.finished.connect(self._report)

    def start(self) -> None:
        self.started_at = datetime.now(timezone.utc)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the engine to stop; it returns the best schedule found so far."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def ran(self) -> Ran:
        return Ran(self.problem, self.previous, self.started_at)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int) -> bool:
        """Block until the thread ends (only for closing the window); True if it ended."""
        return self._thread.wait(milliseconds)

    @Slot(object)
    def _done(self, result: SolveResult) -> None:
        self._outcome = ("done", result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._outcome = ("failed", message)

    @Slot()
    def _report(self) -> None:
        kind, value = self._outcome or ("failed", "The solve ended without a result.")
        (self.finished if kind == "done" else self.failed).emit(value)


@dataclass(frozen=True)
class Outcome:
    stored: bool
    message: str


def apply_result(editor: ProjectEditor, operation: SolveOperation | Ran, result: SolveResult, *,
                 checked: Callable[[Problem, Schedule, Schedule | None, Validation], None] | None = None,
                 ) -> Outcome:
    """Store a sound schedule as one undo step and record the solve in the history (GUI thread).

    The step ("Apply solve (62 sessions scheduled)") replaces the stored schedule; undo puts
    back the one stored before. The history record is a log and stays. A refused result
    (no schedule, or one that breaks a hard rule) changes no schedule and makes no step.
    ``checked(problem, schedule, previous, validation)`` hears of the validation of a schedule
    about to be stored, so the refresh that follows need not validate it again.

    An operation with a ``review`` stores nothing here and records nothing: a cancelled one is
    dropped, a sound schedule goes to the review (which calls this again with ``operation.ran()``
    to store it); a solve without a sound schedule is refused as usual.
    """
    from scheduler.history import record_solve
    from scheduler.report import build_report
    from scheduler.snapshot import save_schedule
    from scheduler.validator import validate

    project, problem = editor.project, operation.problem
    validation = (validate(problem, result.schedule, previous=operation.previous)
                  if result.schedule is not None else None)
    review = getattr(operation, "review", None)
    if review is not None and operation.cancelled:
        return Outcome(False, QCoreApplication.translate("SolveOperation", "The re-solve was cancelled; nothing was changed."))
    if result.schedule is None:
        outcome = Outcome(False, result.message or QCoreApplication.translate(
            "SolveOperation", "No schedule was found; nothing was changed."))
    elif not validation.is_feasible:
        outcome = Outcome(False, QCoreApplication.translate(
            "SolveOperation", "The schedule breaks {count} hard rule(s); it was NOT stored."
        ).format(count=len(validation.hard)))
    elif review is not None:
        review(operation.ran(), result)
        return Outcome(False, QCoreApplication.translate("SolveOperation", "Review what the re-solve moves: accept or reject it."))
    else:
        cost = "" if result.objective is None else QCoreApplication.translate(
            "SolveOperation", ", cost {cost:,}").format(cost=result.objective)
        outcome = Outcome(True, QCoreApplication.translate(
            "SolveOperation", "Stored: {scheduled} of {total} sessions scheduled in {seconds:.1f} s{cost}."
        ).format(
            scheduled=len(result.schedule), total=len(problem.sessions), seconds=result.elapsed,
            cost=cost))
    record_solve(project, build_report(problem, result, validation), stored=outcome.stored,
                 started_at=operation.started_at)
    step = None
    if outcome.stored:
        if checked is not None:
            checked(problem, result.schedule, operation.previous, validation)
        step = editor.record(solve_step_text(len(result.schedule)),
                             lambda: save_schedule(project, problem, result.schedule),
                             tables=(m.Assignment.__tablename__,))
    if step is None or not step.diff:  # no step, so no refresh: the history still grew
        editor.announce(Changes.of(m.SolveRun))
    return outcome


def solve_step_text(scheduled: int) -> str:
    if scheduled == 1:
        return QCoreApplication.translate("SolveOperation", "Apply solve (1 session scheduled)")
    return QCoreApplication.translate("SolveOperation", "Apply solve ({count} sessions scheduled)").format(count=scheduled)
