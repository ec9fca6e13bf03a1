"""The timetable's edits: what a drop, a pin or an unschedule asks of the ProjectEditor.

Each becomes one undo step, written to the file at once. A move that breaks a hard rule is
the organiser's to make: it is stored, the validator outlines the block red, and the status
bar names the rule (once the findings are in: the validator runs in the background). A place
the session cannot have (a room for an online session) is refused with the reason, by the
editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject

from .tabs import DayTabs

if TYPE_CHECKING:
    from ..commands import ProjectEditor


class TimetableEditing(QObject):
    """Connects the day tabs to the editor of the open project (``editor_of()``, or None)."""

    def __init__(self, tabs: DayTabs, editor_of: Callable[[], "ProjectEditor | None"],
                 report: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.tabs, self.editor_of, self.report = tabs, editor_of, report
        self.moved: tuple | None = None  # (session, what was done, schedule) awaiting findings
        tabs.drop_requested.connect(self.drop)
        tabs.pin_requested.connect(self.pin)
        tabs.unschedule_requested.connect(self.unschedule)
        tabs.findings_shown.connect(self._tell_broken)

    def drop(self, key: str, kind: str, place: str, start: int) -> bool:
        """Move (or place) session ``key`` to the column (kind, place) at minute ``start``."""
        editor, state = self.editor_of(), self.tabs.state
        if editor is None or state is None:
            return False
        moment = state.problem.moment(start)
        return self._run(editor, key, lambda: editor.drop_session(key, kind, place, moment),
                         tell_broken=True)

    def pin(self, key: str, pinned: bool) -> bool:
        editor = self.editor_of()
        return editor is not None and self._run(editor, key, lambda: editor.set_pinned(key, pinned))

    def unschedule(self, key: str) -> bool:
        editor = self.editor_of()
        return editor is not None and self._run(editor, key, lambda: editor.unschedule(key))

    def _run(self, editor: "ProjectEditor", key: str, edit: Callable[[], bool],
             tell_broken: bool = False) -> bool:
        """Make the edit and say what was done (refusals are said by the editor's ``failed``);
        after a move, also the hard rules the session now breaks, when the findings are in."""
        index = editor.stack.index()
        self.moved = None
        if not edit():
            return False
        if editor.stack.index() == index:  # it was there already: no step
            return True
        done = editor.stack.undoText()
        self.report(done)
        state = self.tabs.state  # already read again: the editor's change refreshed the window
        if tell_broken and state is not None:
            self.moved = (key, done, state.schedule)
            if state.checked:  # the findings were known already
                self._tell_broken()
        return True

    def _tell_broken(self) -> None:
        """Say it again with the first hard rule the moved session breaks, if it breaks one."""
        state, moved, self.moved = self.tabs.state, self.moved, None
        if moved is None or state is None or state.schedule is not moved[2]:
            return  # nothing moved, or the findings are of a later change
        key, done, _ = moved
        broken = [v for v in state.findings.get(key, ()) if v.severity == "hard"]
        if broken:
            more = f" (and {len(broken) - 1} more)" if len(broken) > 1 else ""
            self.report(f"{done} — it now breaks a hard rule: {broken[0].message}{more}")
