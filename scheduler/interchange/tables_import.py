"""Import the lists from a CSV file, a folder of CSV files or an XLSX workbook.

The source says which list it holds by its name: sessions.csv, people.csv,
rooms.csv, channels.csv (in any case), or sheets named Sessions, People,
Rooms, Channels. Lists are applied in the order channels, people, rooms,
sessions, so a session can refer to a room or person added by the same import.

An import is one transaction. Every problem in every file is collected and
reported together; if there is any, nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain import models as m
from ..errors import DataError, InputError, InputErrors
from ..project import Changes, Project
from .tables import IMPORT_ORDER, TABLES, Lookup, Sheet, table_for_file
from .tables_apply import SheetLoader
from .tables_csv import read_csv
from .tables_xlsx import read_xlsx

FILE_NAMES = ", ".join(table.file_name for table in TABLES)


@dataclass(frozen=True)
class ImportSummary:
    """How many things of each list ("sessions", "rooms" …) were added and updated."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    changes: Changes = Changes()

    def __str__(self) -> str:
        parts = [f"{name}: {self.added[name]} added, {self.updated.get(name, 0)} updated"
                 for name in self.added]
        return "; ".join(parts) or "nothing to import"


def import_tables(project: Project, source: Path) -> ImportSummary:
    """Add and update sessions, people, rooms and channels from ``source``; all or nothing."""
    sheets, errors = read_source(Path(source))
    try:
        with project.transaction() as db:
            lookup = Lookup(db, db.get(m.Event, 1).timezone)
            loaders = [SheetLoader(db, lookup, sheet, errors).run() for sheet in sheets]
            if errors:
                raise InputErrors(errors)
    except DataError as exc:  # the database refused the commit itself
        raise InputErrors([InputError(str(exc), file=", ".join(s.file for s in sheets))]) from exc
    return summarise(loaders)


def summarise(loaders: list[SheetLoader]) -> ImportSummary:
    touched = set().union(*(loader.touched for loader in loaders))
    loaders = sorted(loaders, key=lambda loader: TABLES.index(loader.table))
    return ImportSummary(
        added={loader.table.name: loader.added for loader in loaders},
        updated={loader.table.name: loader.updated for loader in loaders},
        changes=Changes.of(*touched),
    )


def read_source(source: Path) -> tuple[list[Sheet], list[InputError]]:
    """The lists in a file or folder, in the order they must be applied."""
    if source.is_dir():
        sheets, errors = read_folder(source)
    elif not source.exists():
        sheets, errors = [], [InputError("does not exist", file=str(source))]
    elif source.suffix.lower() == ".csv":
        sheets, errors = read_csv_file(source)
    elif source.suffix.lower() in (".xlsx", ".xlsm"):
        sheets, errors = read_xlsx(source)
    else:
        sheets, errors = [], [InputError(
            "is neither a .csv file, an .xlsx workbook nor a folder of CSV files", file=source.name)]
    tables = [sheet.table for sheet in sheets]
    errors += [InputError(f"holds the {table.name} list twice", file=source.name)
               for table in TABLES if tables.count(table) > 1]
    if not sheets and not errors:
        errors = [InputError("holds none of the lists (sessions, people, rooms, channels)",
                             file=source.name)]
    return sorted(sheets, key=lambda sheet: IMPORT_ORDER.index(sheet.table)), errors


def read_csv_file(path: Path) -> tuple[list[Sheet], list[InputError]]:
    table = table_for_file(path.name)
    if table is None:
        return [], [InputError(f"the file name says which list it holds; use one of {FILE_NAMES}",
                               file=path.name)]
    sheet, errors = read_csv(path, table)
    return ([sheet] if sheet else []), errors


def read_folder(folder: Path) -> tuple[list[Sheet], list[InputError]]:
    sheets, errors = [], []
    for path in sorted(folder.iterdir()):
        if path.is_file() and table_for_file(path.name) is not None:
            more_sheets, more_errors = read_csv_file(path)
            sheets += more_sheets
            errors += more_errors
    return sheets, errors
