"""What-if scenarios in the main window: a Scenarios dock, a banner while one is edited, the
Schedule ▸ Scenarios menu and the Compare dialog.

Saving, switching, promoting, renaming and deleting are each one undo step: the core's
operation runs through ``editor.record`` over the assignment table and the three scenario
tables, so undoing a switch or a promotion puts every row back exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog

from scheduler import SlotwiseError
from scheduler.domain import models as m
from scheduler.publishing import versions
from scheduler.scenarios import (SideRef, active, delete_scenario, promote, rename,
                                 save_scenario, scenarios, switch_to)

from .compare_dialog import CompareDialog
from .panel import SaveScenarioDialog, ScenarioBanner, ScenariosPanel

TABLES = tuple(model.__tablename__ for model in (m.Assignment, m.Scenario, m.ScenarioPlacement,
                                                 m.ActiveScenario))


class ScenarioFeature(QObject):
    """The scenarios of the window's project; ``panel``, ``banner``, ``dock`` and the dialogs
    last opened (``save_dialog``, ``rename_dialog``, ``compare_dialog``)."""

    def __init__(self, window):
        super().__init__()  # no parent: the window drops it when it builds its features again
        self.window = window
        self.panel = ScenariosPanel()
        self.dock = QDockWidget(self.tr("Scenarios"), window, objectName="scenarios-dock")
        self.dock.setWidget(self.panel)
        if not window.restoreDockWidget(self.dock):
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
            window.tabifyDockWidget(window.docks["unscheduled"], self.dock)
            window.docks["unscheduled"].raise_()
        self.banner = ScenarioBanner()
        window.centralWidget().layout().insertWidget(0, self.banner)
        self.save_dialog = self.rename_dialog = self.compare_dialog = None
        self.panel.save_requested.connect(self.ask_save)
        self.panel.switch_requested.connect(self.switch)
        self.panel.promote_requested.connect(self.promote)
        self.panel.rename_requested.connect(self.ask_rename)
        self.panel.delete_requested.connect(self.delete)
        self.panel.compare_requested.connect(self.show_compare)
        self.banner.promote_requested.connect(self.promote)
        self.banner.main_requested.connect(lambda: self.switch(None))
        window.state_changed.connect(self.refresh)
        self._add_menu()
        self.refresh()

    def _add_menu(self) -> None:
        schedule = self.window.menus["schedule"]
        schedule.addSeparator()
        menu = schedule.addMenu(self.tr("Sc&enarios"))
        for text, slot in ((self.tr("&Save as scenario…"), self.ask_save),
                           (self.tr("&Compare…"), lambda: self.show_compare(None)),
                           (self.tr("Back to the &main schedule"), lambda: self.switch(None))):
            act = QAction(text, self.window)
            act.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        self.menu = menu

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self.window.project
        if project is None:
            self.panel.show_scenarios([], None, enabled=False)
            self.banner.show_active(None)
            return
        listed = scenarios(project)  # one reading after every change: it marks the active one
        current = next((s.name for s in listed if s.active), None)
        self.panel.show_scenarios(listed, current, enabled=self.window.editor is not None)
        self.banner.show_active(current)

    def _say(self, text: str) -> None:
        self.panel.show_message(text)
        self.window.statusBar().showMessage(text, 10_000)

    # -- changing (each one undo step) -------------------------------------------------------

    def _record(self, text: str, operation):
        """Run ``operation`` as one undo step; the command, or None if it was refused."""
        if self.window.project is None or self.window.editor is None:
            return None
        if self.window.solving:
            self._say(self.tr("Wait until the solve has ended: its schedule goes to the schedule "
                         "being edited."))
            return None
        try:
            command = self.window.editor.record(text, operation, TABLES)
        except SlotwiseError as exc:
            self._say(str(exc))
            return None
        self.panel.show_message("")
        return command

    def ask_save(self) -> SaveScenarioDialog:
        """Ask for a name and a note (the dialog does not block); save when accepted."""
        taken = {s.name for s in self.panel.summaries}
        number = next(n for n in range(1, len(taken) + 2)
                      if self.tr("Scenario {number}").format(number=n) not in taken)
        dialog = SaveScenarioDialog(self.window,
                                    self.tr("Scenario {number}").format(number=number))
        dialog.accepted.connect(lambda: self.save_as(dialog.name.text(), dialog.note.text()))
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def save_as(self, name: str, note: str = "") -> bool:
        project, name = self.window.project, name.strip()
        command = self._record(self.tr("Save scenario '{name}'").format(name=name),
                               lambda: save_scenario(project, name, note))
        if command is not None:
            self._say(self.tr("Saved the schedule being edited as scenario '{name}'.").format(
                name=name))
            self.panel.choose(name)
        return command is not None

    def switch(self, name: str | None) -> bool:
        project = self.window.project
        text = (self.tr("Switch to the main schedule") if name is None
                else self.tr("Switch to scenario '{name}'").format(name=name))
        command = self._record(text, lambda: switch_to(project, name))
        return command is not None

    def promote(self, name: str) -> bool:
        project = self.window.project
        command = self._record(self.tr("Promote scenario '{name}'").format(name=name),
                               lambda: promote(project, name))
        if command is not None:
            self._say(self.tr("'{name}' is now the main schedule; the main schedule it replaced is "
                         "kept as scenario '{kept}'.").format(name=name, kept=command.result.kept))
        return command is not None

    def ask_rename(self, name: str) -> QInputDialog:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Rename scenario"))
        dialog.setLabelText(self.tr("New name of scenario '{name}':").format(name=name))
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(lambda new: self.rename(name, new))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def rename(self, old: str, new: str) -> bool:
        project = self.window.project
        command = self._record(self.tr("Rename scenario '{old}' to '{new}'").format(old=old,
                                                                             new=new.strip()),
                               lambda: rename(project, old, new))
        if command is not None:
            self.panel.choose(new.strip())
        return command is not None

    def delete(self, name: str) -> bool:
        project = self.window.project
        command = self._record(self.tr("Delete scenario '{name}'").format(name=name),
                               lambda: delete_scenario(project, name))
        return command is not None

    # -- comparing ------------------------------------------------------------------------------

    def show_compare(self, chosen: str | None = None) -> CompareDialog | None:
        """The Compare dialog: A the main schedule, B the chosen (or edited, or first) scenario."""
        project = self.window.project
        if project is None:
            return None
        names = [s.name for s in scenarios(project)]
        published = [(v.number, v.note) for v in versions(project)]
        other = chosen or active(project) or (names[0] if names else None)
        b = SideRef("scenario", name=other) if other else (
            SideRef("version", number=published[-1][0]) if published else SideRef("main"))
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        dialog = CompareDialog(project, self.window.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.compare_dialog = dialog
        dialog.set_choices(names, published, SideRef("main"), b)
        dialog.show()
        return dialog


def install(window) -> ScenarioFeature:
    window.scenarios = ScenarioFeature(window)
    return window.scenarios
