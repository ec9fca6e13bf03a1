"""Replanning by hand and around the hand's changes: the window's feature for drag verdicts,
"Move to…" and "Re-solve around my changes".

- Verdicts while dragging: the timetable's drops are judged by the validator (in its worker
  process) and only allowed ones are stored, moved and pinned (``TimetableEditing``).
- Move to… (M on a block, in its menu and in the unscheduled list; Ctrl+M and the Schedule
  menu for the selected session): the keyboard's drag, with the same verdict (``MoveDialog``).
- Re-solve around my changes (Schedule menu, and a button in the solve dock): a re-solve that
  keeps the pins and the published schedule (or the current one) as far as it can, reviewed
  before it is stored (``ReviewDialog``): Accept all is one undo step, Reject stores nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from scheduler.solver import SolveResult
from scheduler.validator import validate

from .checking import Judge
from .move_dialog import MoveDialog
from .resolve_review import Review, ReviewDialog, changes
from .solving import Ran, SolveOperation, apply_result
from .timetable.verdicts import MoveVerdicts


class Replanning(QObject):
    """The actions and dialogs of this feature for one main window."""

    review_shown = Signal(object)  # the ReviewDialog, open
    move_shown = Signal(object)  # the MoveDialog, open

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.verdicts = MoveVerdicts(Judge(window.checks, self), base=lambda: window.read, parent=self)
        window.timetable_editing.use_verdicts(self.verdicts)
        self.move_dialog: MoveDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.move_action = QAction(self.tr("&Move to…"), window)
        self.move_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_action.triggered.connect(self.move_selected)
        self.resolve_action = QAction(self.tr("&Re-solve around my changes…"), window)
        self.resolve_action.triggered.connect(self.resolve)
        schedule = window.menus["schedule"]
        schedule.addSeparator()
        schedule.addAction(self.resolve_action)
        schedule.addAction(self.move_action)
        window.solve_action.changed.connect(self._follow_solve_action)
        window.tabs.move_requested.connect(self.open_move)
        window.solve_panel.resolve_requested.connect(self.resolve)
        self._add_to_unscheduled_list()

    def _add_to_unscheduled_list(self) -> None:
        """M (and the context menu) on the unscheduled list opens Move to… for its session."""
        listing = self.window.unscheduled.list
        action = QAction(self.tr("Move to…"), listing)
        action.setShortcut(QKeySequence("M"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.open_move(self._unscheduled_key()))
        listing.addAction(action)
        listing.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_move_action = action

    def _follow_solve_action(self) -> None:
        self.resolve_action.setEnabled(self.window.solve_action.isEnabled())

    def _unscheduled_key(self) -> str:
        from .panels.unscheduled import KEY_ROLE

        index = self.window.unscheduled.list.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else ""

    # -- Move to… ------------------------------------------------------------------------------

    def move_selected(self) -> MoveDialog | None:
        """Move to… for the session selected in the timetable, else in the unscheduled list."""
        key = self.window.tabs.selected_session() or self._unscheduled_key()
        if not key:
            self.window.statusBar().showMessage(
                self.tr("Select a session first (in the timetable or the unscheduled list)"), 10_000)
            return None
        return self.open_move(key)

    def open_move(self, key: str) -> MoveDialog | None:
        state = self.window.state
        if not key or state is None or key not in state.problem.session or self.window.editor is None:
            return None
        dialog = MoveDialog(state, key, self.verdicts, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.window.timetable_editing.place(dialog.move(),
                                                                            anyway=dialog.forced))
        self.move_dialog = dialog
        dialog.open()
        self.move_shown.emit(dialog)
        return dialog

    # -- Re-solve around my changes --------------------------------------------------------------

    def resolve(self) -> SolveOperation | None:
        """Start a re-solve that keeps pins and stability; its result is reviewed, not stored."""
        window = self.window
        options = replace(window.solve_panel.options(), keep_stable=True, keep_pins=True)
        operation = window.start_solve(options)
        if operation is not None:
            operation.review = self._review
        return operation

    def _review(self, ran: Ran, result: SolveResult) -> ReviewDialog:
        """Show what the re-solve would change; store it only on Accept all."""
        window = self.window
        before = window.read.schedule
        review = Review(changes(ran.problem, before, result.schedule),
                        validate(ran.problem, before, previous=ran.previous).total_cost,
                        validate(ran.problem, result.schedule, previous=ran.previous).total_cost)
        dialog = ReviewDialog(ran.problem, review, shown=window.state.problem, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accept(ran, result))
        dialog.rejected.connect(lambda: window.solve_panel.show_message(
            self.tr("<b>Rejected</b><br>Nothing was changed: the schedule is as it was.")))
        self.review_dialog = dialog
        dialog.open()
        self.review_shown.emit(dialog)
        return dialog

    def _accept(self, ran: Ran, result: SolveResult) -> None:
        window = self.window
        if window.editor is None:
            return
        outcome = apply_result(window.editor, ran, result, checked=window.checks.remember)
        window.solve_panel.show_outcome(result.status, outcome.message)


def install(window) -> None:
    window.replanning = Replanning(window)
