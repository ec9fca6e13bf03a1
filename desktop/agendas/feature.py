"""The Agendas dock in the main window: fed from the window's state, follows its language.

The window builds its docks and features again when the language changes; the choices made
here (who, which zone, business hours) live in a plain object kept on the window, so the new
dock opens on the same agenda.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from scheduler.agendas import (group_itinerary, offered_zones, online_programme,
                               person_agenda, travel_modes)
from scheduler.eventtime import zone as zone_of

from .. import file_actions as files
from .export import write_agenda
from .panel import AgendaPanel
from .rows import agenda_columns, agenda_days, online_columns, online_days


class Choices:
    """What the organiser last picked, per kind: survives the dock being built again."""

    def __init__(self):
        self.kind = "person"
        self.keys: dict[str, str] = {}
        self.hours = None
        self.optional = True


class AgendaFeature:
    def __init__(self, window, choices: Choices):
        self.window, self.choices = window, choices
        self.panel = AgendaPanel()
        self.dock = QDockWidget(QCoreApplication.translate("AgendaFeature", "Agendas"), window,
                                objectName="agendas-dock")
        self.dock.setWidget(self.panel)
        if not window.restoreDockWidget(self.dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            window.tabifyDockWidget(window.docks["details"], self.dock)
            window.docks["details"].raise_()
        self._problem = None  # the problem the Chinese names and travel modes were read for
        self._zh, self._modes = {}, {}
        self._listed = ""  # the kind whose subjects the panel lists
        self.columns, self.days, self.title = (), (), ""
        self._restore_choices()
        self.panel.choice_changed.connect(self.refresh)
        self.panel.session_chosen.connect(window.select_session)
        self.panel.save_requested.connect(self.choose_save_path)
        window.state_changed.connect(self.refresh)
        self._add_menu()

    def _restore_choices(self) -> None:
        c = self.choices
        self.panel.select(c.kind, c.keys.get(c.kind, ""))
        self.panel.optional.setChecked(c.optional)
        if c.hours is not None:
            for edit, clock in zip((self.panel.opens, self.panel.closes), c.hours):
                edit.setTime(edit.time().fromString(clock.strftime("%H:%M"), "HH:mm"))

    def _add_menu(self) -> None:
        view = self.window.menus["view"]
        view.addSeparator()
        view.addAction(self.dock.toggleViewAction())
        self.people_menu = view.addMenu(QCoreApplication.translate(
            "AgendaFeature", "Agenda of a person in the selected session"))
        self.people_menu.aboutToShow.connect(self.fill_people_menu)

    def fill_people_menu(self) -> list:
        """One entry per person of the session selected in the details panel."""
        self.people_menu.clear()
        state, key = self.window.state, self.window.details.key
        info = state.problem.session.get(key) if state is not None else None
        made = []
        for person in dict.fromkeys(p.person for p in info.people) if info else ():
            name = state.problem.person[person].name if person in state.problem.person else person
            act = self.people_menu.addAction(name)
            act.triggered.connect(lambda _=False, k=person: self.show("person", k))
            made.append(act)
        if not made:
            self.people_menu.addAction(QCoreApplication.translate(
                "AgendaFeature", "(select a session with people first)")).setEnabled(False)
        return made

    def show(self, kind: str, key: str) -> bool:
        """Bring the dock forward on ``kind``'s agenda of ``key`` (a person, group or zone)."""
        self.dock.show()
        self.dock.raise_()
        self.choices.kind = kind
        self.choices.keys[kind] = key
        self._listed = ""
        self.panel.select(kind, "")
        self.refresh()
        return self.panel.current_key() == key

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        read, project = self.window.read, self.window.project
        if read is None or project is None:
            self.panel.set_subjects([])
            self._listed = ""
            self.panel.show_days((), (), QCoreApplication.translate(
                "AgendaFeature", "Open a project to see agendas."))
            return
        if read.problem is not self._problem:  # a new snapshot: the data may have changed
            self._zh, self._modes = read.names.zh, travel_modes(project)  # names read with it
            self._problem = read.problem
        kind = self.panel.current_kind()
        if self._listed == kind and self.panel.current_key():  # the organiser's pick stands
            self.choices.keys[kind] = self.panel.current_key()
        self.choices.kind, self.choices.optional = kind, self.panel.optional.isChecked()
        self.choices.hours = self.panel.business_hours()
        self.panel.set_subjects(self._subjects(kind, read.problem), self.choices.keys.get(kind, ""))
        self._listed = kind
        key = self.choices.keys[kind] = self.panel.current_key()
        if not key:
            self.columns, self.days = (), ()
            self.panel.show_days((), (), "")
            return
        summary = self._compute(kind, key, read.problem, read.schedule)
        self.panel.show_days(self.columns, self.days, summary)

    def _compute(self, kind: str, key: str, problem, schedule) -> str:
        """Fill columns, days and title for the choice; the summary line."""
        language = self.window.language
        if kind == "online":
            programme = online_programme(problem, schedule, key, self.panel.business_hours(),
                                         zh=self._zh)
            self.columns = online_columns(programme, problem.event.timezone)
            self.days, self.title = online_days(programme, language), key
            opens, closes = (t.strftime("%H:%M") for t in programme.business_hours)
            return QCoreApplication.translate(
                "AgendaFeature", "Sessions online: {count} · outside the business hours "
                "({opens}–{closes} in {zone}, shaded): {outside}").format(
                count=len(programme.items), outside=programme.outside_count, opens=opens,
                closes=closes, zone=key)
        if kind == "person":
            agenda = person_agenda(problem, schedule, key, zh=self._zh, modes=self._modes)
        else:
            agenda = group_itinerary(problem, schedule, key, zh=self._zh, modes=self._modes,
                                     optional=self.panel.optional.isChecked())
        self.columns = agenda_columns(agenda)
        self.days, self.title = agenda_days(agenda, problem.event.days, language), \
            agenda.name.pick(language)
        short = sum(leg.short for leg in agenda.legs)
        text = QCoreApplication.translate(
            "AgendaFeature", "Sessions: {sessions} · journeys between cities: {legs}").format(
            sessions=len(agenda.items), legs=len(agenda.legs))
        if short:
            text += QCoreApplication.translate(
                "AgendaFeature", " · without time enough: {short} (red)").format(short=short)
        if agenda.unscheduled:
            text += QCoreApplication.translate(
                "AgendaFeature", " · not scheduled yet: {count}").format(
                count=len(agenda.unscheduled))
        return text

    def _subjects(self, kind: str, problem) -> list[tuple[str, str]]:
        language = self.window.language
        if kind == "online":
            first = problem.event.epoch + timedelta(hours=12)
            return [(name, _zone_text(name, first)) for name in offered_zones(problem)]
        rows = problem.people if kind == "person" else problem.groups
        out = []
        for row in rows:
            zh = self._zh.get((kind, row.key), "")
            main, other = (zh, row.name) if language == "zh" and zh else (row.name, zh)
            out.append((row.key, f"{main} · {other}" if other else main))
        return sorted(out, key=lambda choice: choice[1].casefold())

    # -- saving -------------------------------------------------------------------------------

    def choose_save_path(self) -> None:
        if not self.days or self.window.project is None:
            return
        suggestion = files.output_suggestion(self.window.project.path, f"{self.title}.html")
        path, _ = QFileDialog.getSaveFileName(
            self.panel, QCoreApplication.translate("AgendaFeature", "Save agenda as"),
            str(suggestion), QCoreApplication.translate(
                "AgendaFeature", "Web page (*.html);;Spreadsheet (*.csv)"))
        if path:
            try:
                self.save(Path(path))
            except OSError as exc:
                QMessageBox.warning(self.panel, "Slotwise", str(exc))

    def save(self, path: Path) -> Path:
        written = write_agenda(path, self.title, self.columns, self.days,
                               QCoreApplication.translate("AgendaFeature", "Day"))
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "AgendaFeature", "Saved the agenda as {path}").format(path=written), 10_000)
        return written


def _zone_text(name: str, moment) -> str:
    """E.g. 'Asia/Yangon (UTC+06:30)': the offset on the event's first day."""
    offset = moment.astimezone(zone_of(name)).utcoffset()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{name} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def install(window) -> AgendaFeature:
    choices = getattr(window, "agenda_choices", None) or Choices()
    window.agenda_choices = choices
    window.agendas = AgendaFeature(window, choices)
    return window.agendas
