"""The verdicts shown while a session is dragged (and in the Move dialog): allowed or not, and why.

A place of the wrong kind (an online session in a room) is refused at once, here. Anything else
is the validator's to say: the schedule with the move applied is validated in the validator's
worker process (``Judge``), never on the GUI thread, so a verdict may take a moment ("checking…"
meanwhile). Verdicts are kept per move for the schedule they were judged on, so dragging back
over a cell answers at once; an answer for a cell the cursor has left is kept, not shown.

    verdicts = MoveVerdicts(judge, base=lambda: window.read)
    verdicts.arrived.connect(show)
    verdicts.verdict(move)   # a Verdict, or None while it is being checked (asked now)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from scheduler.problem import SessionInfo
from scheduler.validator import Violation
from scheduler.validator.moves import Move, Verdict
from scheduler.weights import PLACE_MATCHES_MODE

from ..commands.placing import mode_refusal
from .state import ScheduleState

if TYPE_CHECKING:  # the checking module imports this package
    from ..checking import Judge, Question


def refused(move: Move, reason: str) -> Verdict:
    """A verdict for a place the session cannot have at all, in the words of ``reason``."""
    return Verdict(move, (Violation(PLACE_MATCHES_MODE, "hard", reason, sessions=(move.session,)),))


def place_refusal(info: SessionInfo, move: Move) -> str:
    """Why the session cannot have the move's places at all ("" when it can)."""
    for kind, key in (("room", move.room), ("channel", move.channel)):
        if key and mode_refusal(info, kind):
            return mode_refusal(info, kind)
    return ""


class MoveVerdicts(QObject):
    """Verdicts on moves of the schedule ``base()`` (the window's state as read, in English)."""

    arrived = Signal(object)  # a Verdict judged in the background, for the current schedule
    failed = Signal(str)
    base_changed = Signal()  # the schedule changed: the verdicts known are forgotten

    def __init__(self, judge: "Judge", base: Callable[[], ScheduleState | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.judge, self.base = judge, base
        self.question: "Question | None" = None  # the schedule the kept verdicts are about
        self.kept: dict[Move, Verdict] = {}
        self.waiting: Move | None = None  # the move asked last, until its verdict comes
        judge.judged.connect(self._judged)
        judge.failed.connect(self.failed)

    def _current(self) -> "Question | None":
        state = self.base()
        if state is None:
            return None
        known = self.question
        if known is not None and known.problem is state.problem and \
                known.schedule is state.schedule and known.previous is state.previous:
            return known  # the same state as read (a drag asks on every mouse move)
        question = self.judge.checks.question_for(state.problem, state.schedule, state.previous)
        if known is not None and question.token != known.token and question.same_as(known):
            question = known  # read again unchanged, and not a question of the checks
        if known is None or question.token != known.token:
            changed = self.question is not None
            self.question, self.kept, self.waiting = question, {}, None
            if changed:
                self.base_changed.emit()
        return question

    def verdict(self, move: Move) -> Verdict | None:
        """The verdict on ``move`` if known (or refused at once); None while it is being checked
        (then ``arrived`` brings it)."""
        question = self._current()
        if question is None:
            return None
        info = question.problem.session.get(move.session)
        reason = place_refusal(info, move) if info is not None else ""
        if reason:
            return refused(move, reason)
        known = self.kept.get(move)
        if known is None and move != self.waiting:
            self.waiting = move
            self.judge.ask(question, move)
        return known

    def _judged(self, question: "Question", verdict: Verdict) -> None:
        current = self._current()
        if current is None or question.token != current.token:
            return  # about a schedule shown no more
        self.kept[verdict.move] = verdict
        if verdict.move == self.waiting:
            self.waiting = None
        self.arrived.emit(verdict)
