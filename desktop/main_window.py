"""The organiser's main window: day tabs of the timetable, and docks around it.

Left: the unscheduled sessions. Right: the details of the selected session. Bottom:
the validator's findings and the solve panel. The window reads the project into an
immutable ``ScheduleState`` and rebuilds its views from it after every change.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QVBoxLayout, QWidget)

from scheduler import Project, SlotwiseError

from .panels import ConflictsPanel, DetailsPanel, SolvePanel, UnscheduledPanel
from .solving import SolveOperation, SolveOptions, apply_result
from .timetable import DayTabs, ScheduleState, TrackLegend, load_state
from .timetable.layout import DEFAULT_ZOOM

APP_NAME = "Slotwise"
SOLVING = " (solving…)"


class MainWindow(QMainWindow):
    """One open project (or none). Closing the window closes the project file."""

    state_changed = Signal()
    solve_finished = Signal(object)  # the SolveResult, after it was stored (or refused)
    solve_failed = Signal(str)

    def __init__(self, project: Project | str | Path | None = None):
        super().__init__()
        self.project = Project.open(Path(project)) if isinstance(project, (str, Path)) else project
        self.state: ScheduleState | None = None
        self.operation: SolveOperation | None = None
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary, 1)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self.resize(1440, 900)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

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

    def _build_docks(self) -> None:
        self.unscheduled = UnscheduledPanel()
        self.details = DetailsPanel()
        self.conflicts = ConflictsPanel()
        self.solve_panel = SolvePanel()
        self.docks = {}
        for name, title, widget, area in (
                ("unscheduled", "Unscheduled", self.unscheduled, Qt.DockWidgetArea.LeftDockWidgetArea),
                ("details", "Details", self.details, Qt.DockWidgetArea.RightDockWidgetArea),
                ("conflicts", "Conflicts", self.conflicts, Qt.DockWidgetArea.BottomDockWidgetArea),
                ("solve", "Solve", self.solve_panel, Qt.DockWidgetArea.BottomDockWidgetArea)):
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

    def _build_menus(self) -> None:
        def action(menu, text, slot, *keys):
            act = QAction(text, self)
            sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}
            act.setShortcuts(list(sequences.values()))  # a repeated one would be "ambiguous"
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        file = self.menuBar().addMenu("&File")
        action(file, "&Open…", self.choose_project, QKeySequence.StandardKey.Open)
        action(file, "&Reload", self.refresh, "Ctrl+Shift+R")
        file.addSeparator()
        action(file, "&Close window", self.close, QKeySequence.StandardKey.Close)
        view = self.menuBar().addMenu("&View")
        self.zoom_in = action(view, "Zoom &in (time)", lambda: self.tabs.step_zoom(1),
                              "Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = action(view, "Zoom &out (time)", lambda: self.tabs.step_zoom(-1),
                               "Ctrl+-", QKeySequence.StandardKey.ZoomOut)
        action(view, "&Reset zoom", lambda: self.tabs.set_zoom(DEFAULT_ZOOM), "Ctrl+0")
        self.only_used_action = action(view, "Only rooms and channels in &use", self.tabs.set_only_used,
                                       "Ctrl+U")
        self.only_used_action.setCheckable(True)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        schedule = self.menuBar().addMenu("&Schedule")
        self.solve_action = action(schedule, "&Solve", lambda: self.start_solve(), "F5")
        self.cancel_action = action(schedule, "&Cancel solve", self.cancel_solve, "Shift+F5")
        self.cancel_action.setEnabled(False)

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the project again and rebuild every view from it."""
        self._update_title()
        if self.project is None:
            self.summary.setText("Open a project file (.slotwise) to start.")
            self.solve_action.setEnabled(False)
            self.solve_panel.solve_button.setEnabled(False)
            return
        self.state = load_state(self.project)
        self.tabs.populate(self.state)
        self.legend.set_tracks({track: self.tabs.colours[track] for track in self.state.tracks})
        self.unscheduled.set_state(self.state)
        self.details.set_state(self.state)
        self.conflicts.set_state(self.state)
        self.summary.setText(self._summary_text())
        self.state_changed.emit()

    def _summary_text(self) -> str:
        event, counts = self.project.event(), self.project.counts()
        end = event.start_date + timedelta(days=event.day_count - 1)
        dates = (f"{event.start_date:%d %B %Y}" if event.day_count == 1
                 else f"{event.start_date:%d %b}–{end:%d %b %Y}")
        parts = [event.name_en, event.name_zh, f"{dates}, {event.day_count} day(s), {event.timezone}",
                 f"{counts['sessions']} sessions ({counts['scheduled']} scheduled), "
                 f"{counts['rooms']} rooms, {counts['channels']} channels, {counts['people']} people"]
        return "   ·   ".join(p for p in parts if p)

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle(APP_NAME)
            return
        title = f"{APP_NAME} — {self.project.event().name_en} — {self.project.path.name}"
        self.setWindowTitle(title + (SOLVING if self.solving else ""))

    # -- selection ----------------------------------------------------------------------------

    def select_session(self, key: str) -> None:
        """Show a session wherever it is: its block in the timetable, or the unscheduled list."""
        if not self.tabs.select_session(key):
            self.tabs.clear_selection()
            self.unscheduled.select(key)
        self.details.show_session(key)

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
        from scheduler.lint import check, format_findings, has_errors
        from scheduler.snapshot import previous_schedule, snapshot

        options = options or self.solve_panel.options()
        findings = check(self.project)
        if has_errors(findings):
            self.solve_panel.show_message("The data cannot be scheduled as it is:\n" + format_findings(
                [f for f in findings if f.severity == "error"]))
            self.docks["solve"].raise_()
            return None
        problem = snapshot(self.project)
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
        if self.project is None:
            return
        try:
            outcome = apply_result(self.project, operation, result)
        except SlotwiseError as exc:
            self.solve_panel.show_message(f"The schedule could not be stored: {exc}")
        else:
            self.solve_panel.show_outcome(result.status, outcome.message)
            self.refresh()
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

    # -- files --------------------------------------------------------------------------------

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a project", "", "Slotwise projects (*.slotwise)")
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path) -> None:
        if self.solving:
            QMessageBox.information(self, APP_NAME, "Wait for the solve to end (or cancel it) first.")
            return
        try:
            project = Project.open(path)
        except SlotwiseError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        if self.project is not None:
            self.project.close()
        self.project = project
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None:  # stop the engine before the project goes away
            for signal in (self.operation.finished, self.operation.failed, self.operation.progress):
                signal.disconnect()
            self.operation.cancel()
            self.operation.wait(30_000)
            self.operation = None
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


def run(project: Project | None, argv: list[str]) -> int:
    """Show the main window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    window = MainWindow(project)
    window.show()
    return app.exec()
