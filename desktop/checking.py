"""The validator in the background: the GUI thread never waits for the findings of a refresh.

The window reads the project on the GUI thread and asks ``Checks`` for the findings of what it
read: the immutable problem, the schedule and the published schedule. A dispatching thread hands
them (pickled) to a worker process that runs the validator, and posts its answer back to the GUI
thread through a queued signal, numbered: an answer to anything but the latest question is
dropped. The worker never sees the project or a widget.

Why a process and not a thread: the validator is pure Python, so a thread would hold the
interpreter lock while it works, and every call the GUI thread makes into Python meanwhile
(painting a block, an item model's ``data``) would wait for it, a few milliseconds each time:
painting a day of a 1,000-session event froze for most of a second. One worker process serves
every window of the application; it is started (about half a second) by the dispatching
thread, not the GUI thread, on the first question.

    checks = Checks(parent)
    checks.finished.connect(show)        # the Validation of the latest question
    validation = checks.answer(problem, schedule, previous)   # known already? else:
    checks.ask(problem, schedule, previous)
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from scheduler.problem import Problem, Schedule
from scheduler.validator import Validation, validate

from .timetable import qt_compat  # noqa: F401  (PySide6 6.12.0 leaks a reference per emit)


@dataclass(frozen=True, eq=False)
class Question:
    """What one refresh read: the validator needs nothing else. Schedules are never changed."""

    problem: Problem
    schedule: Schedule
    previous: Schedule | None

    def same_as(self, other: Question | None) -> bool:
        """Equal content (the cheap parts first: most edits change the schedule)."""
        return other is not None and (self is other or (
            self.schedule == other.schedule and self.previous == other.previous
            and self.problem == other.problem))


class _Mailbox(QObject):
    """Where answers arrive from the dispatching thread. Made once, on the GUI thread, and never
    deleted: a window may be gone when its answer comes, the mailbox is not."""

    answered = Signal(int, int, object)  # Checks id, question number, Validation
    failed = Signal(int, int, str)


VALIDATOR = "scheduler.validator"  # all the worker process needs
_worker: ProcessPoolExecutor | None = None
_dispatcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slotwise-checks")
_mailbox: _Mailbox | None = None
_ids = itertools.count(1)


def worker() -> ProcessPoolExecutor:
    """The one validator process of the application (started by its first question; used by the
    dispatching thread only).

    Where there is a fork server (Linux, macOS) the process is forked from one that imported
    only the validator; elsewhere it is spawned, and imports the validator when it starts."""
    global _worker
    if _worker is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([VALIDATOR])  # not the __main__ of the application
        else:
            context = multiprocessing.get_context("spawn")
        _worker = ProcessPoolExecutor(max_workers=1, mp_context=context,
                                      initializer=importlib.import_module, initargs=(VALIDATOR,))
    return _worker


def _check(owner: int, number: int, question: Question) -> None:
    """On the dispatching thread: have the worker validate, and post the answer to the mailbox
    (queued to the GUI thread)."""
    global _worker
    q = question
    try:
        validation = worker().submit(validate, q.problem, q.schedule, previous=q.previous).result()
    except Exception as exc:  # the validator raised, or the process died
        if isinstance(exc, BrokenProcessPool):
            _worker = None  # the next question starts another
        _mailbox.failed.emit(owner, number, f"The check failed: {type(exc).__name__}: {exc}")
    else:
        _mailbox.answered.emit(owner, number, validation)


class Checks(QObject):
    """Findings of the latest question, one validation at a time, off the GUI thread."""

    finished = Signal(object)  # the Validation of the latest question
    failed = Signal(str)  # a sentence, when the validator raised on the latest question

    def __init__(self, parent: QObject | None = None):
        global _mailbox
        super().__init__(parent)
        if _mailbox is None:
            _mailbox = _Mailbox()
        self.id = next(_ids)
        _mailbox.answered.connect(self._answered)
        _mailbox.failed.connect(self._failed)
        self.number = 0  # of the latest question
        self.asked: Question | None = None  # the latest question, while it is being checked
        self.known: tuple[Question, Validation] | None = None  # the last answer, for reuse
        self._future: Future | None = None

    @property
    def pending(self) -> bool:
        return self.asked is not None

    def answer(self, problem: Problem, schedule: Schedule,
               previous: Schedule | None) -> Validation | None:
        """The findings at once when this very question was answered last (then any question
        still being checked is dropped); None otherwise."""
        if self.known is None or not Question(problem, schedule, previous).same_as(self.known[0]):
            return None
        self.drop()
        return self.known[1]

    def ask(self, problem: Problem, schedule: Schedule, previous: Schedule | None) -> None:
        """Check in the background; ``finished`` brings the findings. Answers to older
        questions are dropped (those not started yet are not checked at all)."""
        question = Question(problem, schedule, previous)
        if question.same_as(self.asked):  # read again unchanged (a language switch)
            return
        self.drop()
        self.asked = question
        self._future = _dispatcher.submit(_check, self.id, self.number, question)

    def remember(self, problem: Problem, schedule: Schedule, previous: Schedule | None,
                 validation: Validation) -> None:
        """An answer found elsewhere (a solve's result is validated before it is stored)."""
        self.known = (Question(problem, schedule, previous), validation)

    def drop(self) -> None:
        """Forget the latest question: its answer, if it comes, is dropped (a question not
        yet handed to the worker is taken back)."""
        self.number += 1
        self.asked = None
        if self._future is not None:
            self._future.cancel()
            self._future = None

    def stop(self) -> None:
        """No more answers for this window (it closes); the worker finishes what it started
        and its answer is dropped."""
        self.drop()
        self.id = 0  # answers are addressed to ids from 1 on

    @Slot(int, int, object)
    def _answered(self, owner: int, number: int, validation: Validation) -> None:
        if owner != self.id or number != self.number or self.asked is None:
            return
        self.known, self.asked, self._future = (self.asked, validation), None, None
        self.finished.emit(validation)

    @Slot(int, int, str)
    def _failed(self, owner: int, number: int, message: str) -> None:
        if owner == self.id and number == self.number and self.asked is not None:
            self.asked, self._future = None, None
            self.failed.emit(message)
