"""The lists as CSV files: sessions.csv, people.csv, rooms.csv, channels.csv.

Written as UTF-8 with a byte-order mark, because without it Excel reads the
file in the system code page and garbles Chinese. Read with or without the
mark; a file must be UTF-8 (Excel: "CSV UTF-8"). Excel in some locales
separates with ";" — a header line without "," but with ";" or a tab is read
that way. Every row must have as many cells as the header (extra empty cells
at the end are fine): a short row usually means a broken line, and guessing
would put values under the wrong columns.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from ..project import Project
from .json_format import write_atomically
from .tables import Sheet, Table, export_tables

ENCODING = "utf-8-sig"


def export_csv(project: Project, out_dir: Path) -> list[Path]:
    """Write the four lists into ``out_dir``; returns the files written."""
    out_dir = Path(out_dir)
    written = []
    for table, rows in export_tables(project).items():
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        path = out_dir / table.file_name
        write_atomically(path, buffer.getvalue().encode(ENCODING))
        written.append(path)
    return written


def read_csv(path: Path, table: Table) -> tuple[Sheet | None, list[InputError]]:
    """The rows of one CSV file, or why it cannot be read as one."""
    try:
        text = decode(path.read_bytes())
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)))
    except (OSError, ValueError, csv.Error) as exc:
        return None, [InputError(str(exc), file=path.name)]
    if not records or not any(cell.strip() for cell in records[0]):
        return None, [InputError("is empty: its first row must name the columns", file=path.name)]
    sheet = Sheet(table, path.name, records[0], list(enumerate(records[1:], start=2)))
    return sheet, drop_short_rows(sheet)


def decode(data: bytes) -> str:
    if b"\x00" in data:
        raise ValueError("is not a CSV text file (it holds binary data; save it as \"CSV UTF-8\")")
    try:
        return data.decode(ENCODING)
    except UnicodeDecodeError:
        raise ValueError("is not UTF-8 text: in Excel, save it as \"CSV UTF-8\"") from None


def delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    if "," not in first_line:
        for candidate in (";", "\t"):
            if candidate in first_line:
                return candidate
    return ","


def drop_short_rows(sheet: Sheet) -> list[InputError]:
    """Take out rows with fewer cells than the header (blank lines aside) and say where they were."""
    width = len(sheet.header)
    short = [(number, cells) for number, cells in sheet.rows
             if len(cells) < width and any(cell.strip() for cell in cells)]
    numbers = {number for number, _ in short}
    sheet.rows = [row for row in sheet.rows if row[0] not in numbers]
    return [InputError(f"has {len(cells)} cells but the header has {width} columns",
                       file=sheet.file, row=number, field=sheet.header[len(cells)].strip())
            for number, cells in short]
