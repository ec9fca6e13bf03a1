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

The same worker judges single moves while a session is dragged (``Judge``): it keeps the last
schedules it validated (``scheduler.validator.moves``), so a question about one more cell
sends only the move, not the whole problem again (pickling a 1,000-session problem takes
about 60 ms, validating it with the move about 70 ms).

``run_in_worker`` lends the same process to other pure work (the Compare dialog's comparison).
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, Slot

from scheduler.problem import Problem, Schedule
from scheduler.validator import Validation
from scheduler.validator.moves import Move, Verdict, check_and_keep, judge_and_keep, judge_kept

from .timetable import qt_compat  # noqa: F401  (PySide6 6.12.0 leaks a reference per emit)


_tokens = itertools.count(1)


@dataclass(frozen=True, eq=False)
class Question:
    """What one refresh read: the validator needs nothing else. Schedules are never changed.
    The worker keeps what it validated under ``token``, for the moves judged on it."""

    problem: Problem
    schedule: Schedule
    previous: Schedule | None
    token: int = field(default_factory=lambda: next(_tokens))

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
    judged = Signal(int, int, object)  # Judge id, base token, Verdict
    judge_failed = Signal(int, int, str)


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
        validation = worker().submit(check_and_keep, q.token, q.problem, q.schedule,
                                     q.previous).result()
    except Exception as exc:  # the validator raised, or the process died
        if isinstance(exc, BrokenProcessPool):
            _worker = None  # the next question starts another
        _mailbox.failed.emit(owner, number, f"The check failed: {type(exc).__name__}: {exc}")
    else:
        _mailbox.answered.emit(owner, number, validation)


def run_in_worker(function, *args) -> Future:
    """``function(*args)`` in the validator's worker process, for other pure work that would
    hold the interpreter lock against the GUI thread (comparing two schedules). The function
    and its arguments must pickle (the worker imports the function's module when first asked);
    it queues behind the checks under way. The future is resolved on the dispatching thread:
    bring its result to the GUI thread through a signal."""
    return _dispatcher.submit(_run, function, args)


def _run(function, args):
    global _worker
    try:
        return worker().submit(function, *args).result()
    except BrokenProcessPool:
        _worker = None  # the next question starts another
        raise


def _judge(owner: int, question: Question, move: Move) -> None:
    """On the dispatching thread: have the worker judge a move of the question's schedule (sent
    along only when the worker does not keep it), and post the verdict to the mailbox."""
    global _worker
    q = question
    try:
        verdict = worker().submit(judge_kept, q.token, move).result()
        if verdict is None:
            verdict = worker().submit(judge_and_keep, q.token, q.problem, q.schedule, q.previous,
                                      move).result()
    except Exception as exc:
        if isinstance(exc, BrokenProcessPool):
            _worker = None
        _mailbox.judge_failed.emit(owner, q.token, f"The check failed: {type(exc).__name__}: {exc}")
    else:
        _mailbox.judged.emit(owner, q.token, verdict)


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

    def question_for(self, problem: Problem, schedule: Schedule,
                     previous: Schedule | None) -> Question:
        """The question being checked or answered last, if it is this one (the worker then
        keeps its schedule, or soon will); a new question otherwise."""
        question = Question(problem, schedule, previous)
        for known in (self.asked, self.known[0] if self.known else None):
            if known is not None and (known.problem is problem and known.schedule is schedule
                                      and known.previous is previous or question.same_as(known)):
                return known
        return question

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


class Judge(QObject):
    """Verdicts on single moves, one question at a time in the validator's worker process.

    Only the latest question waits: asking again takes back a question not yet handed to the
    worker. Every verdict that comes is reported (with its move), so the caller can keep it.
    """

    judged = Signal(object, object)  # Question the move was judged on, Verdict
    failed = Signal(str)

    def __init__(self, checks: Checks, parent: QObject | None = None):
        global _mailbox
        super().__init__(parent)
        if _mailbox is None:
            _mailbox = _Mailbox()
        self.checks = checks
        self.id = next(_ids)
        self.asked: dict[int, Question] = {}  # by token: the bases of questions under way
        self._future: Future | None = None
        _mailbox.judged.connect(self._judged)
        _mailbox.judge_failed.connect(self._failed)

    def ask(self, question: Question, move: Move) -> None:
        if self._future is not None:
            self._future.cancel()
        self.asked = {question.token: question}  # answers on an older schedule are dropped
        self._future = _dispatcher.submit(_judge, self.id, question, move)

    def stop(self) -> None:
        if self._future is not None:
            self._future.cancel()
        self.id = 0

    @Slot(int, int, object)
    def _judged(self, owner: int, token: int, verdict: Verdict) -> None:
        question = self.asked.get(token)
        if owner == self.id and question is not None:
            self.judged.emit(question, verdict)

    @Slot(int, int, str)
    def _failed(self, owner: int, token: int, message: str) -> None:
        if owner == self.id:
            self.failed.emit(message)
