"""One tab per event day; keeps zoom, scroll positions and the selection across refreshes.

A refresh rebuilds only the days whose placements changed: an edit on one day of a large event
leaves the scenes of the others as they are (their outlines wait for the new findings).

The edits asked for in any day (drops, pins, unschedules, "Move to…") come out of the tabs' own
signals; ``judge`` (set by whoever checks moves) gives every day's drop marker its verdict.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget

from .layout import DEFAULT_ZOOM, ZOOMS
from .palette import track_colours
from .scene import DayScene, Judge
from .state import ScheduleState
from .view import TimetableView


class DayTabs(QTabWidget):
    session_selected = Signal(str)  # "" when the selection is cleared
    drop_requested = Signal(str, str, str, int)  # session, column kind and key, start minute
    pin_requested = Signal(str, bool)  # session, pin (True) or unpin
    unschedule_requested = Signal(str)
    move_requested = Signal(str)  # session: open the Move dialog
    findings_shown = Signal()  # the blocks are outlined for the findings of ``state``

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zoom = DEFAULT_ZOOM
        self.views: list[TimetableView] = []
        self.colours: dict = {}
        self.only_used = False  # hide rooms and channels with nothing on that day
        self.state: ScheduleState | None = None
        self.judge: Judge | None = None  # verdicts on drops (none without)
        self.setDocumentMode(True)
        self.tabBar().setAcceptDrops(True)  # a session dragged over a day's tab opens that day
        self.tabBar().setChangeCurrentOnDrag(True)

    @property
    def ppm(self) -> float:
        return ZOOMS[self.zoom]

    def populate(self, state: ScheduleState) -> None:
        """Show every day of ``state``, where the user was looking: days whose placements did
        not change keep their scene (without outlines until ``show_findings``)."""
        current, selected = self.currentIndex(), self.selected_session()
        scrolls = [(v.horizontalScrollBar().value(), v.verticalScrollBar().value()) for v in self.views]
        self.state = state
        self.colours = track_colours(state.tracks)
        old = self.views
        had_focus = any(view.hasFocus() for view in old)  # keys (P, Delete) go on working
        self.views = []
        for day in range(len(state.problem.event.days)):
            kept = old[day] if day < len(old) and old[day].day_scene().shows(
                state, self.only_used) else None
            if kept is not None:
                kept.day_scene().show_findings(state)
            self.views.append(kept or self._new_view(state, day))
        self.blockSignals(True)
        self.clear()  # the pages stay; kept views go back in their place
        for day, view in enumerate(self.views):
            self.addTab(view, self.tr("Day {number} · {date}").format(number=day + 1,
                                                                       date=state.day_name(day)))
        self.setCurrentIndex(max(0, min(current, self.count() - 1)))
        self.blockSignals(False)
        for n, view in enumerate(self.views):
            if view in old:
                continue
            view.scroll_to_start()
            if n < len(scrolls):
                view.scroll_to(*scrolls[n])
        for view in old:
            if view not in self.views:
                view.deleteLater()
        if selected:
            self.select_session(selected, scroll=False)
        if had_focus and self.views:
            self.currentWidget().setFocus()

    def show_findings(self, state: ScheduleState) -> None:
        """Outline every day's blocks for the findings of ``state``, the schedule shown, now
        checked; the views, zoom, scrolling and selection stay as they are."""
        self.state = state
        for view in self.views:
            view.day_scene().show_findings(state)
        self.findings_shown.emit()

    def _new_view(self, state: ScheduleState, day: int) -> TimetableView:
        view = TimetableView(DayScene(state, day, self.ppm, self.colours, only_used=self.only_used))
        view.session_selected.connect(self.session_selected)
        view.zoom_requested.connect(self.step_zoom)
        view.pin_requested.connect(self.pin_requested)
        view.unschedule_requested.connect(self.unschedule_requested)
        view.move_requested.connect(self.move_requested)
        view.day_scene().drop_requested.connect(self.drop_requested)
        view.day_scene().judge = self._judge
        return view

    def _judge(self, key: str, kind: str, place: str, start: int):
        return self.judge(key, kind, place, start) if self.judge else (None, None)

    def show_verdict(self, verdict) -> None:
        """A verdict on a move has come: the marker on its cell shows it."""
        for view in self.views:
            view.day_scene().show_verdict(verdict)

    def set_only_used(self, on: bool) -> None:
        """Show every room and channel, or only those in use that day (columns change)."""
        if on != self.only_used:
            self.only_used = on
            if self.state is not None:
                self.populate(self.state)

    def view_of_day(self, day: int) -> TimetableView:
        return self.views[day]

    def selected_session(self) -> str:
        for view in self.views:
            blocks = view.day_scene().selected_blocks()
            if blocks:
                return blocks[0].session
        return ""

    def select_session(self, key: str, scroll: bool = True) -> bool:
        """Show the day of the session and select its blocks; False when it has none."""
        for day, view in enumerate(self.views):
            if key in view.day_scene().blocks:
                self.clear_selection(except_day=day)
                if scroll:
                    self.setCurrentIndex(day)
                view.select_session(key)
                return True
        return False

    def clear_selection(self, except_day: int | None = None) -> None:
        for day, view in enumerate(self.views):
            if day != except_day:
                view.day_scene().clearSelection()

    def step_zoom(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    def set_zoom(self, level: int) -> None:
        """Change the pixels per minute of every day, keeping the time at the view's centre."""
        level = max(0, min(len(ZOOMS) - 1, level))
        if level == self.zoom:
            return
        self.zoom = level
        for view in self.views:
            scene = view.day_scene()
            centre = view.mapToScene(view.viewport().rect().center())
            minute = scene.grid.minute_at(centre.y())
            scene.relayout(self.ppm)
            view.centerOn(centre.x(), scene.grid.y(round(minute)))
