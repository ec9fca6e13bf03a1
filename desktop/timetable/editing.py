"""The timetable's edits: what a drop, a pin or an unschedule asks of the ProjectEditor.

Each becomes one undo step, written to the file at once. A drop moves the session AND pins it
there (start, room and/or channel) — the organiser put it there on purpose, so a later solve
keeps it. A drop is allowed only if the validator finds that it introduces no broken hard rule
(the verdict the marker showed while dragging); a forbidden drop is refused with the reason in
the status bar, and nothing is stored. If the verdict is still being checked when the session
is let go, the drop waits for it. A move that breaks a hard rule can still be made on purpose,
with "Place anyway" in the Move dialog (``place(..., anyway=True)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from scheduler import SlotwiseError
from scheduler.validator.moves import Move, Verdict

from ..commands.placing import move_for_drop
from ..finding_words import verdict_reason
from .tabs import DayTabs
from .verdicts import refused

if TYPE_CHECKING:
    from ..commands import ProjectEditor
    from .verdicts import MoveVerdicts


class TimetableEditing(QObject):
    """Connects the day tabs to the editor of the open project (``editor_of()``, or None)."""

    drop_settled = Signal(bool)  # a drop was stored (True) or refused (False)

    def __init__(self, tabs: DayTabs, editor_of: Callable[[], "ProjectEditor | None"],
                 report: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.tabs, self.editor_of, self.report = tabs, editor_of, report
        self.verdicts: MoveVerdicts | None = None
        self.pending: Move | None = None  # a drop waiting for its verdict
        tabs.drop_requested.connect(self.drop)
        tabs.pin_requested.connect(self.pin)
        tabs.unschedule_requested.connect(self.unschedule)

    def use_verdicts(self, verdicts: "MoveVerdicts") -> None:
        """Judge drops (and show the verdicts while dragging) with ``verdicts``."""
        self.verdicts = verdicts
        self.tabs.judge = self.judge
        verdicts.arrived.connect(self._arrived)
        verdicts.base_changed.connect(self._base_changed)

    def _base(self):
        return self.verdicts.base() if self.verdicts is not None else self.tabs.state

    def move_at(self, key: str, kind: str, place: str, start: int) -> Move:
        """The move a drop there makes (DataError/NotFound with the reason if refused)."""
        base = self._base()
        if base is None:
            raise SlotwiseError(self.tr("No project is open"))
        return move_for_drop(base.problem, base.schedule, key, kind, place, start)

    def judge(self, key: str, kind: str, place: str, start: int) -> tuple[Move | None, Verdict | None]:
        """(the move, its verdict or None while checked) of a drop there; (None, refusal)."""
        try:
            move = self.move_at(key, kind, place, start)
        except SlotwiseError as exc:
            return None, refused(Move(key, start), str(exc))
        return move, self.verdicts.verdict(move) if self.verdicts is not None else None

    def drop(self, key: str, kind: str, place: str, start: int) -> bool:
        """Move (or place) session ``key`` to the column (kind, place) at minute ``start`` and pin
        it there, if the validator allows it; False if refused or still being checked."""
        if self.editor_of() is None:
            return False
        self.pending = None
        try:
            move = self.move_at(key, kind, place, start)
        except SlotwiseError as exc:
            return self._refuse(str(exc))
        if self.verdicts is None:
            return self.place(move)
        verdict = self.verdicts.verdict(move)
        if verdict is None:
            self.pending = move
            self.report(self.tr("Checking the move…"))
            return False
        return self._settle(verdict)

    def _arrived(self, verdict: Verdict) -> None:
        self.tabs.show_verdict(verdict)
        if self.pending is not None and self.pending == verdict.move:
            self.pending = None
            self._settle(verdict)

    def _base_changed(self) -> None:
        if self.pending is not None:
            self.pending = None
            self._refuse(self.tr("The schedule changed while the move was being checked; "
                                 "nothing was moved"))

    def _settle(self, verdict: Verdict) -> bool:
        if not verdict.allowed:
            return self._refuse(self.tr("Not moved: {reason}").format(
                reason=verdict_reason(verdict, self.tabs.state)))
        return self.place(verdict.move)

    def _refuse(self, reason: str) -> bool:
        self.report(reason)
        self.drop_settled.emit(False)
        return False

    def place(self, move: Move, anyway: Verdict | None = None) -> bool:
        """Store ``move`` as one undo step and say so; ``anyway``: the verdict it goes against."""
        editor, base = self.editor_of(), self._base()
        if editor is None or base is None:
            return False
        index = editor.stack.index()
        stored = editor.place_session(move.session, base.problem.moment(move.start), move.room,
                                      move.channel, pin=move.pin)
        if stored and editor.stack.index() != index:
            done = editor.stack.undoText()
            if anyway is not None and not anyway.allowed:
                done = self.tr("{done} — it breaks a hard rule: {reason}").format(
                    done=done, reason=verdict_reason(anyway, self.tabs.state))
            self.report(done)
        self.drop_settled.emit(stored)
        return stored

    def pin(self, key: str, pinned: bool) -> bool:
        editor = self.editor_of()
        return editor is not None and self._run(editor, lambda: editor.set_pinned(key, pinned))

    def unschedule(self, key: str) -> bool:
        editor = self.editor_of()
        return editor is not None and self._run(editor, lambda: editor.unschedule(key))

    def _run(self, editor: "ProjectEditor", edit: Callable[[], bool]) -> bool:
        """Make the edit and say what was done (refusals are said by the editor's ``failed``)."""
        index = editor.stack.index()
        if not edit():
            return False
        if editor.stack.index() != index:
            self.report(editor.stack.undoText())
        return True
