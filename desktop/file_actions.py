"""The File menu's work without its dialogs: new projects, imports, exports, recent files.

The main window asks for paths with its dialogs, then calls these; tests call them directly.
What is remembered between runs (recent files, the last export folder) lives in
``desktop.settings``.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QSpinBox, QTimeEdit, QWidget)

from scheduler import Project, SlotwiseError
from scheduler.domain import models as m

from . import settings as prefs
# Re-exported: the window and the tests reach these as files.settings(), files.recent_files() …
from .settings import (APPLICATION, ORGANISATION, RECENT_LIMIT, recent_files,  # noqa: F401
                       remember_file, store as settings)

PROJECT_SUFFIX = ".slotwise"
# File dialog filters, in English here; ``filter_text`` gives them in the chosen language.
PROJECT_FILTER = QT_TRANSLATE_NOOP("FileActions", "Slotwise projects (*.slotwise)")
IMPORT_FILTER = QT_TRANSLATE_NOOP("FileActions", "Event JSON or lists (*.json *.csv *.xlsx);;"
                                  "Event JSON (*.json);;CSV list (*.csv);;Excel workbook (*.xlsx)")
EXPORT_FILTERS = {"json": QT_TRANSLATE_NOOP("FileActions", "Event JSON (*.json)"),
                  "xlsx": QT_TRANSLATE_NOOP("FileActions", "Excel workbook (*.xlsx)"),
                  "csv": QT_TRANSLATE_NOOP("FileActions", "CSV lists, a folder of them (*.csv)")}


def filter_text(english: str) -> str:
    """A file dialog filter of this module in the chosen language."""
    return QCoreApplication.translate("FileActions", english)


def output_suggestion(project_path: Path, name: str) -> Path:
    """Where the Export and Save a copy dialogs start: the folder used last (while it exists),
    else the project's own folder."""
    return (prefs.last_export_folder() or Path(project_path).parent) / name


def remember_output(path: Path) -> None:
    """Note the folder an export or copy went to, for the next one."""
    prefs.set_last_export_folder(Path(path).parent)


# -- new, import, export -----------------------------------------------------------------------

def as_project_path(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def create_project(path: str | Path, name: str, tz: str, first_day: date, days: int,
                   hours: tuple[time, time] | str, granularity: int) -> Path:
    """Make an empty project file for an event; returns its path (the file is closed)."""
    if isinstance(hours, str):
        from scheduler.cli import parse_hours

        hours = parse_hours(hours)
    if not name.strip():
        raise SlotwiseError(QCoreApplication.translate("FileActions", "The event needs a name"))
    if not tz.strip():
        raise SlotwiseError(QCoreApplication.translate("FileActions", "The event needs a time zone"))
    event = m.Event(name_en=name.strip(), timezone=tz.strip(), start_date=first_day,
                    day_count=days, day_start=hours[0], day_end=hours[1],
                    granularity_minutes=granularity)
    path = Path(path)
    Project.create(path, event).close()
    return path


def json_import_target(source: Path) -> Path:
    """Where a JSON import makes its project unless told otherwise: beside the JSON file."""
    return Path(source).with_suffix(PROJECT_SUFFIX)


def export_project(project: Project, path: str | Path) -> list[Path]:
    """Write the project by the file's type: .json (whole event), .xlsx (the lists), or .csv
    (the four lists as CSV files in a folder named like the file, without ".csv")."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "json":
        from scheduler.interchange.json_format import write_event_json

        return [write_event_json(project, path)]
    if kind == "xlsx":
        from scheduler.interchange.tables_xlsx import export_xlsx

        return [export_xlsx(project, path)]
    if kind == "csv":
        from scheduler.interchange.tables_csv import export_csv

        folder = path.with_suffix("")
        folder.mkdir(parents=True, exist_ok=True)
        return export_csv(project, folder)
    raise SlotwiseError(QCoreApplication.translate(
        "FileActions", "{file}: export to .json, .csv or .xlsx").format(file=path.name))


# -- the New dialog ----------------------------------------------------------------------------

class NewProjectDialog(QDialog):
    """The event's name, time zone, days, daily hours and granularity."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from .editors.pickers import ZonePicker

        self.setWindowTitle(self.tr("New project"))
        self.name = QLineEdit(placeholderText=self.tr("e.g. ASEAN–China SME Cooperation Day"))
        self.zone = ZonePicker(self, allow_empty=False)
        self.zone.set_zone("Asia/Shanghai")
        self.first_day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.days = QSpinBox(minimum=1, maximum=60, value=1)
        self.day_start = QTimeEdit(QTime(8, 0), displayFormat="HH:mm")
        self.day_end = QTimeEdit(QTime(18, 0), displayFormat="HH:mm")
        self.granularity = QSpinBox(minimum=1, maximum=240, value=5, suffix=self.tr(" min"))
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(self.day_end)
        form = QFormLayout(self)
        form.addRow(self.tr("Event name"), self.name)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Number of days"), self.days)
        form.addRow(self.tr("Daily hours"), hours)
        form.addRow(self.tr("Granularity"), self.granularity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        """The keyword arguments of ``create_project`` (all but the path)."""
        return {"name": self.name.text(), "tz": self.zone.zone(),
                "first_day": self.first_day.date().toPython(), "days": self.days.value(),
                "hours": (self.day_start.time().toPython(), self.day_end.time().toPython()),
                "granularity": self.granularity.value()}
