"""The organiser's main window: day tabs of the timetable, and docks around it.

Left: the unscheduled sessions. Right: the details of the selected session. Bottom:
the validator's findings and the solve panel. The window reads the project into an
immutable ``ScheduleState`` and rebuilds its views from it after every change; the
validator's findings on it are checked in the background (``Checks``) and shown when they
come (``findings_ready``), so the GUI never waits for them.
"""

from __future__ import annotations

import gc
import warnings
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QApplication, QDialog, QDockWidget, QFileDialog, QLabel,
                               QMainWindow, QMenuBar, QMessageBox, QStatusBar, QTabBar,
                               QToolBar, QVBoxLayout, QWidget)
from shiboken6 import getCppPointer

from scheduler import Changes, Project, SlotwiseError

from . import file_actions as files
from . import locale_format
from . import settings as prefs
from . import translations
from .checking import Checks
from .commands import ProjectEditor
from .editors import EDITOR_KINDS, make_editor
from .features import install_features
from .language import language_menu, localise
from .panels import ConflictsPanel, DetailsPanel, SolvePanel, UnscheduledPanel
from .panels.explanation import EDITOR_OF, names_of
from .panels.solve_panel import adjusted_problem, blocking_findings
from .solving import SolveOperation, SolveOptions, apply_result
from .timetable import DayTabs, ScheduleState, TimetableEditing, TrackLegend
from .timetable.state import read_state
from .timetable.layout import DEFAULT_ZOOM

APP_NAME = "Slotwise"
SOLVING = QT_TRANSLATE_NOOP("MainWindow", " (solving…)")
CHECKING = QT_TRANSLATE_NOOP("MainWindow", "   ·   checking the schedule…")
STATE_VERSION = 1
EDITOR_TITLES = {"travel": QT_TRANSLATE_NOOP("Lists", "Travel times"),
                 "availability": QT_TRANSLATE_NOOP("Lists", "Availability")}


def editor_title(kind: str) -> str:
    """The name of an editor kind in the menu and on its dock, in the chosen language."""
    from .models import SPECS

    title = SPECS[kind].title if kind in SPECS else EDITOR_TITLES.get(kind, kind)
    return QCoreApplication.translate("Lists", title)


class MainWindow(QMainWindow):
    """One open project (or none). Closing the window closes the project file."""

    state_changed = Signal()  # the views show a new state (its findings may still be coming)
    findings_ready = Signal()  # the findings of the latest state are shown
    check_failed = Signal(str)  # the validator raised on the latest state
    solve_finished = Signal(object)  # the SolveResult, after it was stored (or refused)
    solve_failed = Signal(str)

    def __init__(self, project: Project | str | Path | None = None):
        super().__init__()
        self.project = Project.open(Path(project)) if isinstance(project, (str, Path)) else project
        self.state: ScheduleState | None = None  # what the views show
        self.read: ScheduleState | None = None  # the same as read, in English, unchecked
        self.operation: SolveOperation | None = None
        self.editor: ProjectEditor | None = None
        self.editor_docks: dict[str, QDockWidget] = {}
        self.language = prefs.language()  # of the window and the names shown: "en" or "zh"
        app = QCoreApplication.instance()
        if translations.installed_language() != self.language:  # before any widget is built
            translations.install(app, self.language)
        self.undo_group = QUndoGroup(self)
        self.checks = Checks(self)  # the validator, in a worker process
        self.checks.finished.connect(self._findings_arrived)
        self.checks.failed.connect(self._check_failed)
        self._facts = ""  # the summary line without the checking note
        self._build_ui()
        self.resize(1440, 900)
        self._restore_layout()
        self._start_editing()
        install_features(self)  # menus, docks and dialogs of the planning features
        if self.project is not None:
            files.remember_file(self.project.path)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """Status bar, timetable, docks and menus: every widget whose texts are translated."""
        self.summary = QLabel()
        self.statusBar().addWidget(self.summary, 1)  # a message (a refusal) hides it a while
        self._build_central()
        self._build_docks()
        self._build_menus()

    def _build_central(self) -> None:
        self.tabs = DayTabs()
        self.legend = TrackLegend()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)
        self.setCentralWidget(central)
        self.tabs.session_selected.connect(self._timetable_selected)
        self.timetable_editing = TimetableEditing(  # drops, pins, unschedules: undo steps
            self.tabs, lambda: self.editor, lambda text: self.statusBar().showMessage(text, 10_000),
            self)

    def _build_docks(self) -> None:
        self.unscheduled = UnscheduledPanel()
        self.details = DetailsPanel()
        self.conflicts = ConflictsPanel()
        self.solve_panel = SolvePanel()
        self.docks = {}
        for name, title, widget, area in (
                ("unscheduled", self.tr("Unscheduled"), self.unscheduled,
                 Qt.DockWidgetArea.LeftDockWidgetArea),
                ("details", self.tr("Details"), self.details, Qt.DockWidgetArea.RightDockWidgetArea),
                ("conflicts", self.tr("Conflicts"), self.conflicts,
                 Qt.DockWidgetArea.BottomDockWidgetArea),
                ("solve", self.tr("Solve"), self.solve_panel, Qt.DockWidgetArea.BottomDockWidgetArea)):
            dock = QDockWidget(title, self, objectName=f"{name}-dock")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["conflicts"], self.docks["solve"])
        self.docks["conflicts"].raise_()
        self.resizeDocks([self.docks["unscheduled"], self.docks["details"]], [270, 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["conflicts"]], [200], Qt.Orientation.Vertical)
        self.unscheduled.session_chosen.connect(self._unscheduled_chosen)
        self.conflicts.session_chosen.connect(self.select_session)
        self.solve_panel.solve_requested.connect(self.start_solve)
        self.solve_panel.cancel_requested.connect(self.cancel_solve)
        self.solve_panel.subject_chosen.connect(self.select_subject)

    def _build_menus(self) -> None:
        def action(menu, text, slot, *keys):
            act = QAction(text, self)
            sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}
            act.setShortcuts(list(sequences.values()))  # a repeated one would be "ambiguous"
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        file = self.menuBar().addMenu(self.tr("&File"))
        action(file, self.tr("&New…"), self.choose_new_project, QKeySequence.StandardKey.New)
        action(file, self.tr("&Open…"), self.choose_project, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file.addSeparator()
        self.save_copy_action = action(file, self.tr("Save a &copy as…"), self.choose_copy_path)
        self.import_action = action(file, self.tr("&Import…"), self.choose_import, "Ctrl+I")
        self.export_action = action(file, self.tr("&Export…"), self.choose_export, "Ctrl+E")
        file.addSeparator()
        action(file, self.tr("&Reload"), lambda: self.refresh(), "Ctrl+Shift+R")  # everything
        file.addSeparator()
        action(file, self.tr("&Close window"), self.close, QKeySequence.StandardKey.Close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = {QKeySequence(k).toString(): QKeySequence(k)
                     for k in ("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo)}
        self.redo_action.setShortcuts(list(redo_keys.values()))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        data = self.menuBar().addMenu(self.tr("&Data"))
        self.data_actions = {}
        for kind in EDITOR_KINDS:
            self.data_actions[kind] = action(data, editor_title(kind) + "…",
                                             lambda _=False, k=kind: self.show_editor(k))
        view = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_in = action(view, self.tr("Zoom &in (time)"), lambda: self.tabs.step_zoom(1),
                              "Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = action(view, self.tr("Zoom &out (time)"), lambda: self.tabs.step_zoom(-1),
                               "Ctrl+-", QKeySequence.StandardKey.ZoomOut)
        action(view, self.tr("&Reset zoom"), lambda: self.tabs.set_zoom(DEFAULT_ZOOM), "Ctrl+0")
        self.only_used_action = action(view, self.tr("Only rooms and channels in &use"),
                                       self.tabs.set_only_used, "Ctrl+U")
        self.only_used_action.setCheckable(True)
        self.language_actions = language_menu(view, self.language, self.set_language)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        schedule = self.menuBar().addMenu(self.tr("&Schedule"))
        self.solve_action = action(schedule, self.tr("&Solve"), lambda: self.start_solve(), "F5")
        self.cancel_action = action(schedule, self.tr("&Cancel solve"), self.cancel_solve, "Shift+F5")
        self.cancel_action.setEnabled(False)
        self.menus = {"file": file, "edit": edit, "data": data, "view": view, "schedule": schedule}

    # -- showing ------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        """Read the project again and rebuild every view from it; with the ``changes`` an edit
        made, read only what they touched. The findings come from the background a moment
        later (``findings_ready``), or at once when this very schedule of this very problem
        was checked last."""
        self._update_title()
        self._update_file_actions()
        if self.project is None:
            self.read = None
            self.checks.drop()
            self.summary.setText(self.tr("Open a project file (.slotwise) to start."))
            self.solve_action.setEnabled(False)
            self.solve_panel.solve_button.setEnabled(False)
            return
        state = self.read = read_state(self.project, changes, self.read)
        question = state.problem, state.schedule, state.previous
        validation = self.checks.answer(*question)
        if validation is not None:
            state = state.with_validation(validation)
        self.state = localise(state, self.language)  # the validator saw the names in English
        self.tabs.populate(self.state)
        self.legend.set_tracks({track: self.tabs.colours[track] for track in self.state.tracks})
        self.unscheduled.set_state(self.state)
        self.details.set_state(self.state)
        self.conflicts.set_state(self.state)
        self._facts = self._summary_text()
        if validation is None:  # asked now: handing it over (pickling) would slow the views down
            self.checks.ask(*question)
        self._show_summary()
        self.state_changed.emit()
        if validation is not None:
            self.findings_ready.emit()

    @property
    def checking(self) -> bool:
        """True while the findings of the state shown are being checked."""
        return self.checks.pending

    def _findings_arrived(self, validation) -> None:
        """Outline the blocks and fill the conflicts and details; the views stay as they are."""
        if self.state is None or self.project is None:
            return
        self.state = self.state.with_validation(validation)
        self.tabs.show_findings(self.state)
        self.unscheduled.show_findings(self.state)
        self.details.set_state(self.state)
        self.conflicts.set_state(self.state)
        self._show_summary()
        self.findings_ready.emit()

    def _check_failed(self, message: str) -> None:
        self.conflicts.show_failure(message)
        self._show_summary()
        self.statusBar().showMessage(message, 10_000)
        self.check_failed.emit(message)

    def _show_summary(self) -> None:
        self.summary.setText(self._facts + (self.tr(CHECKING) if self.checking else ""))

    def set_language(self, code: str) -> None:
        """Show the window and the names in English or Chinese ("en"/"zh"), at once and after a
        restart. Qt does not retranslate widgets already built, so the window builds its menus,
        docks, panels and features again, on the same project, undo history, layout and
        selection (see ``rebuild_ui``). Not during a solve: its panel is reporting."""
        if code == self.language:
            self.language_actions[code].setChecked(True)
            return
        if self.solving:
            self.language_actions[self.language].setChecked(True)
            self.statusBar().showMessage(self.tr("Change the language when the solve has ended."),
                                         10_000)
            return
        prefs.set_language(code)
        self.language = code
        translations.install(QCoreApplication.instance(), code)
        self.rebuild_ui()

    def rebuild_ui(self) -> None:
        """Build every widget again in the language installed now. What the organiser works on
        stays: the project, the undo history (its steps keep the words they were named in),
        the dock layout, the open editors, the selected session and the solve options."""
        layout, selected = self.saveState(STATE_VERSION), self.details.key
        options = self.solve_panel.options()
        reopen = [kind for kind, dock in self.editor_docks.items() if not dock.isHidden()]
        with warnings.catch_warnings():  # PySide warns about a signal with no receivers
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.state_changed, self.findings_ready, self.check_failed,
                           self.solve_finished, self.solve_failed):
                signal.disconnect()  # the features connect again when installed again
        for old in (*self.findChildren(QDockWidget), *self.findChildren(QToolBar)):
            self.removeDockWidget(old) if isinstance(old, QDockWidget) else self.removeToolBar(old)
            old.setObjectName("")  # restoreState must find the new dock of that name, not this
            old.setParent(None)
            old.deleteLater()
        self.editor_docks.clear()
        for act in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            act.deleteLater()  # the menus' actions (their shortcuts go with them)
        self.timetable_editing.deleteLater()
        self.setMenuBar(QMenuBar(self))  # the old bar and its menus go
        self.setStatusBar(QStatusBar(self))
        self._build_ui()
        install_features(self)
        self.solve_panel.show_options(options)
        for kind in reopen:
            self.show_editor(kind)
        self.restoreState(layout, STATE_VERSION)  # where each dock goes
        QTimer.singleShot(0, lambda: self._settle_layout(layout))
        self.refresh(Changes())  # the file is as it was
        if selected:
            self.select_session(selected)

    def _settle_layout(self, layout) -> None:
        """Once the new docks are laid out, restore their sizes too (the first restore cannot
        yet), and hide the tab bars the layout kept from the old docks: Qt leaves them showing
        the old titles where they were."""
        self.restoreState(layout, STATE_VERSION)
        docks = {getCppPointer(dock)[0] for dock in self.findChildren(QDockWidget)}
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            tabs = [bar.tabData(i) for i in range(bar.count())]
            if not tabs or not docks.issuperset(tabs):
                bar.hide()

    def _summary_text(self) -> str:
        event, counts = self.project.event(), self.project.counts()
        end = event.start_date + timedelta(days=event.day_count - 1)
        dates = locale_format.date_range(event.start_date, end)
        names = (event.name_zh, event.name_en) if self.language == "zh" else (event.name_en,
                                                                           event.name_zh)
        parts = [*names, self.tr("{dates}, %n day(s), {zone}", "", event.day_count).format(
                     dates=dates, zone=event.timezone),
                 self.tr("{sessions} sessions ({scheduled} scheduled), {rooms} rooms, "
                         "{channels} channels, {people} people").format(**counts)]
        return "   ·   ".join(p for p in parts if p)

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle(APP_NAME)
            return
        title = f"{APP_NAME} — {self.project.event().name_en} — {self.project.path.name}"
        self.setWindowTitle(title + (self.tr(SOLVING) if self.solving else ""))

    # -- selection ----------------------------------------------------------------------------

    def select_session(self, key: str) -> None:
        """Show a session wherever it is: its block in the timetable, or the unscheduled list."""
        if not self.tabs.select_session(key):
            self.tabs.clear_selection()
            self.unscheduled.select(key)
        self.details.show_session(key)

    def select_subject(self, kind: str, key: str) -> None:
        """Show what a link names: a session as above, anything else selected in its editor."""
        if kind == "session":
            self.select_session(key)
        elif kind in EDITOR_OF:
            editor = self.show_editor(EDITOR_OF[kind])
            if editor is not None:
                editor.select([key])

    def _timetable_selected(self, key: str) -> None:
        if key:
            self.details.show_session(key)

    def _unscheduled_chosen(self, key: str) -> None:
        self.tabs.clear_selection()
        self.details.show_session(key)

    # -- solving ------------------------------------------------------------------------------

    @property
    def solving(self) -> bool:
        return self.operation is not None

    def start_solve(self, options: SolveOptions | None = None) -> SolveOperation | None:
        """Snapshot the project here, then solve it on a worker thread; None if it cannot start."""
        if self.project is None or self.solving:
            return None
        from scheduler.lint import check
        from scheduler.snapshot import previous_schedule, snapshot

        options = options or self.solve_panel.options()
        errors = blocking_findings(check(self.project), options)
        if errors:
            self.solve_panel.show_refusal(self.tr("The data cannot be scheduled as it is:"), errors,
                                          names_of(self.state))
            self.docks["solve"].raise_()
            return None
        problem = adjusted_problem(snapshot(self.project), options)  # pins, stability weight
        previous = previous_schedule(self.project, problem) if options.keep_stable else None
        self.operation = SolveOperation(problem, options=options, previous=previous, parent=self)
        self.operation.progress.connect(self.solve_panel.show_progress)
        self.operation.finished.connect(self._solve_done)
        self.operation.failed.connect(self._solve_error)
        self.solve_panel.show_options(options)
        self.solve_panel.set_running(True, options.time_limit)
        self._set_solving_actions(True)
        self.docks["solve"].raise_()
        self.operation.start()
        self._update_title()
        return self.operation

    def cancel_solve(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.solve_panel.show_cancelling()

    def _solve_done(self, result) -> None:
        operation = self._end_solve()
        if self.project is None or self.editor is None:
            return
        try:  # one undo step; the editors and the window hear of it from the editor
            outcome = apply_result(self.editor, operation, result, checked=self.checks.remember)
        except SlotwiseError as exc:
            self.solve_panel.show_message(
                self.tr("The schedule could not be stored: {reason}").format(reason=exc))
        else:
            self.solve_panel.show_outcome(result.status, outcome.message, result.explanation,
                                          names_of(self.state), state=self.state)
        self.solve_finished.emit(result)

    def _solve_error(self, message: str) -> None:
        self._end_solve()
        self.solve_panel.show_message(message)
        self.solve_failed.emit(message)

    def _end_solve(self) -> SolveOperation:
        operation, self.operation = self.operation, None
        operation.deleteLater()  # its thread has ended; its last signal is being delivered
        self.solve_panel.set_running(False)
        self._set_solving_actions(False)
        self._update_title()
        return operation

    def _set_solving_actions(self, running: bool) -> None:
        self.solve_action.setEnabled(not running)
        self.cancel_action.setEnabled(running)

    # -- editing ------------------------------------------------------------------------------

    def _start_editing(self) -> None:
        """One ProjectEditor (the undo stack) for the open project; the Edit menu follows it."""
        if self.project is None:
            return
        self.editor = ProjectEditor(self.project, self)
        self.editor.changed.connect(self.refresh)
        self.editor.failed.connect(self._edit_failed)
        self.undo_group.addStack(self.editor.stack)
        self.undo_group.setActiveStack(self.editor.stack)

    def _stop_editing(self) -> None:
        """Close the editors of a project that goes away and forget its undo history."""
        for dock in self.editor_docks.values():
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.editor_docks.clear()
        if self.editor is not None:
            self.undo_group.removeStack(self.editor.stack)
            self.editor.stack.clear()
            self.editor.changed.disconnect()
            self.editor.failed.disconnect()
            self.editor.deleteLater()
            self.editor = None

    def show_editor(self, kind: str) -> QWidget | None:
        """Open (or bring forward) the dock of one editor kind of EDITOR_KINDS; its widget."""
        if self.editor is None:
            return None
        dock = self.editor_docks.get(kind)
        if dock is None:
            dock = QDockWidget(editor_title(kind), self, objectName=f"editor-{kind}-dock")
            dock.setWidget(make_editor(kind, self.editor))
            if not self.restoreDockWidget(dock):  # where it was when the window last closed
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
                self.tabifyDockWidget(self.docks["solve"], dock)
            self.editor_docks[kind] = dock
        dock.show()
        dock.raise_()
        return dock.widget()

    def _edit_failed(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 10_000)

    # -- layout -------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry, state = prefs.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, STATE_VERSION)

    def _save_layout(self) -> None:
        prefs.save_window_layout(self.saveGeometry(), self.saveState(STATE_VERSION))

    # -- files --------------------------------------------------------------------------------
    # The choose_… slots ask with dialogs and show errors; the plain methods they call take
    # paths and let SlotwiseError propagate.

    def _update_file_actions(self) -> None:
        for act in (self.save_copy_action, self.export_action, *self.data_actions.values()):
            act.setEnabled(self.project is not None)

    def _report_errors(self, work) -> bool:
        try:
            work()
        except (SlotwiseError, OSError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        return True

    def _refuse_while_solving(self) -> None:
        if self.solving:
            raise SlotwiseError(self.tr("Wait for the solve to end (or cancel it) first."))

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), "",
                                              files.filter_text(files.PROJECT_FILTER))
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path) -> bool:
        """Open a project file, saying why not in a message box; True if it opened."""
        if self.solving:
            QMessageBox.information(self, APP_NAME,
                                    self.tr("Wait for the solve to end (or cancel it) first."))
            return False
        return self._report_errors(lambda: self.load_project(path))

    def load_project(self, path: str | Path) -> None:
        """Open a project file in this window instead of the open one; errors propagate."""
        self._refuse_while_solving()
        project = Project.open(Path(path))
        reopen = [kind for kind, dock in self.editor_docks.items() if not dock.isHidden()]
        self._stop_editing()
        if self.project is not None:
            self.project.close()
        self.project = project
        self._start_editing()
        files.remember_file(project.path)
        self.refresh()
        for kind in reopen:
            self.show_editor(kind)

    def fill_recent_menu(self) -> list[QAction]:
        """The Open recent menu, from the settings: the last files opened, newest first."""
        self.recent_menu.clear()
        made = []
        for path in files.recent_files():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_project(p))
            made.append(act)
        if not made:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        return made

    def choose_new_project(self) -> None:
        dialog = files.NewProjectDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new project as"), "",
                                              files.filter_text(files.PROJECT_FILTER))
        if path:
            values = dialog.values()
            self._report_errors(lambda: self.new_project(files.as_project_path(path), **values))

    def new_project(self, path: str | Path, name: str, tz: str, first_day, days: int, hours,
                    granularity: int) -> Path:
        """Make an empty project file for an event (hours: (start, end) times or "08:00-18:00")
        and open it here."""
        self._refuse_while_solving()
        path = files.create_project(path, name, tz, first_day, days, hours, granularity)
        self.load_project(path)
        return path

    def choose_copy_path(self) -> None:
        if self.project is None:
            return
        suggestion = files.output_suggestion(
            self.project.path, self.tr("{name} copy").format(name=self.project.path.stem)
            + files.PROJECT_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), str(suggestion),
                                              files.filter_text(files.PROJECT_FILTER))
        if path:
            self._report_errors(lambda: self.save_copy(files.as_project_path(path)))

    def save_copy(self, path: str | Path) -> Path:
        """Write a consistent copy of the open project; this window keeps the original open."""
        if self.project is None:
            raise SlotwiseError(self.tr("No project is open"))
        written = self.project.save_copy(Path(path))
        files.remember_output(written)
        self.statusBar().showMessage(self.tr("Saved a copy as {path}").format(path=written), 10_000)
        return written

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "",
                                              files.filter_text(files.IMPORT_FILTER))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() == ".json":
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Make a project from the JSON file"),
                                                    str(files.json_import_target(path)),
                                                    files.filter_text(files.PROJECT_FILTER))
            if target:
                self._report_errors(lambda: self.import_file(path, files.as_project_path(target)))
        elif self.project is None:
            QMessageBox.information(self, APP_NAME, self.tr("Open a project to import the lists into."))
        else:
            self._report_errors(lambda: self.import_file(path))

    def import_file(self, path: str | Path, target: str | Path | None = None):
        """A .json event becomes a NEW project file (``target``, or beside the JSON) opened here;
        returns its path. A .csv/.xlsx list goes into the open project, all or nothing;
        returns the ImportSummary. A list import is one undo step."""
        path = Path(path)
        self._refuse_while_solving()
        if path.suffix.lower() == ".json":
            from scheduler.interchange.json_format import create_project_from_json

            target = Path(target) if target else files.json_import_target(path)
            create_project_from_json(target, path).close()
            self.load_project(target)
            return target
        if self.project is None or self.editor is None:
            raise SlotwiseError(self.tr("Open a project to import the lists into."))
        from scheduler.interchange.tables_import import import_tables

        summary = self.editor.record(self.tr("Import {file}").format(file=path.name),
                                     lambda: import_tables(self.project, path)).result
        self.statusBar().showMessage(self.tr("Imported {file}: {summary}").format(
            file=path.name, summary=summary), 10_000)
        return summary

    def choose_export(self) -> None:
        if self.project is None:
            return
        suggestion = str(files.output_suggestion(self.project.path, self.project.path.stem))
        filters = {kind: files.filter_text(text) for kind, text in files.EXPORT_FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), suggestion,
                                                   ";;".join(filters.values()))
        if not path:
            return
        path = Path(path)
        kind = next((k for k, f in filters.items() if f == chosen), "")
        if kind and path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        self._report_errors(lambda: self.export_file(path))

    def export_file(self, path: str | Path) -> list[Path]:
        """Write the open project as .json, .xlsx or .csv (a folder of lists named like the
        file); the files written."""
        if self.project is None:
            raise SlotwiseError(self.tr("No project is open"))
        written = files.export_project(self.project, Path(path))
        files.remember_output(Path(path))
        where = written[0] if len(written) == 1 else written[0].parent
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=where), 10_000)
        return written

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None:  # stop the engine before the project goes away
            for signal in (self.operation.finished, self.operation.failed, self.operation.progress):
                signal.disconnect()
            self.operation.cancel()
            self.operation.wait(30_000)
            self.operation = None
        self.checks.stop()  # the answer to a check under way goes nowhere
        self._save_layout()
        self._stop_editing()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


YOUNG_OBJECTS = 10_000  # a collection of the youngest objects after so many more (Python: 700)


def settle_memory() -> None:
    """Garbage collection for a GUI: leave what is in memory now (the modules, the application
    object) out of every later collection, and collect the young objects less often. Walking
    the modules stalled the GUI thread for about 0.1 s, and with Python's default the
    collector walked the whole window (~20-40 ms) about every other edit of a large event."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


def run(project: Project | None, argv: list[str]) -> int:
    """Show the main window and run the event loop until it closes."""
    app = QApplication.instance()
    if app is None:  # only an app of our own keeps settings (a test's qapp has no organisation)
        app = QApplication(argv)
        app.setOrganizationName(files.ORGANISATION)
    app.setApplicationName(files.APPLICATION)
    from .identity import apply_identity

    apply_identity(app)  # the icon of every window, and the .desktop entry it belongs to
    translations.install(app, prefs.language())  # before any widget is built
    settle_memory()
    window = MainWindow(project)
    window.show()
    return app.exec()
