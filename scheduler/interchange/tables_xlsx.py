"""The lists as one Excel workbook with the sheets Sessions, People, Rooms, Channels.

Numbers are written as numbers (so Excel can sum seats); everything else as
text, never as a formula, even when it starts with "=". Characters XML cannot
carry (control characters, and the carriage return XML turns into a line
feed) are written with Excel's own _xHHHH_ escape and read back, so text
survives the round trip and Excel shows it as it does its own files.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from ..errors import InputError
from ..project import Project
from .json_format import write_atomically
from .tables import TABLES, Cell, Sheet, export_tables, table_for_sheet

UNSAFE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x1f\ufffe\uffff]")
ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
SHEETS = ", ".join(table.sheet for table in TABLES)


def escape(text: str) -> str:
    """Excel's escape: a character becomes _xHHHH_, and a literal "_xHHHH_" gets its "_" escaped."""
    return UNSAFE.sub(lambda found: f"_x{ord(found.group()[0]):04X}_", text)


def unescape(text: str) -> str:
    return ESCAPED.sub(unescaped, text) if "_x" in text else text


def unescaped(found: re.Match) -> str:
    code = int(found.group(1), 16)
    return found.group() if 0xD800 <= code <= 0xDFFF else chr(code)  # half a surrogate pair is no text


def export_xlsx(project: Project, out_file: Path) -> Path:
    """Write the four lists as sheets of one workbook; returns the file written."""
    out_file = Path(out_file)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table, rows in export_tables(project).items():
        write_sheet(book.create_sheet(table.sheet), rows)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(out_file, buffer.getvalue())
    return out_file


def write_sheet(sheet, rows: list[list[Cell]]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value if isinstance(value, int) else escape(value))
            if isinstance(value, str):
                cell.data_type = "s"  # text, even "=1+2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"


def read_xlsx(path: Path) -> tuple[list[Sheet], list[InputError]]:
    """The sheets of a workbook that are lists, or why the workbook cannot be read."""
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl fails on foreign files with many kinds of error
        return [], [InputError("is not an Excel workbook (.xlsx)", file=path.name)]
    try:
        return read_sheets(path.name, book)
    finally:
        book.close()


def read_sheets(file: str, book) -> tuple[list[Sheet], list[InputError]]:
    sheets, errors = [], []
    for worksheet in book.worksheets:
        worksheet.reset_dimensions()  # stored sizes are sometimes wrong; read every row
        rows = [[cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
        table = table_for_sheet(worksheet.title)
        where = f"{file}, sheet {worksheet.title}"
        if not any(any(cell.strip() for cell in row) for row in rows):
            continue  # an empty sheet (Excel's "Sheet1", an unused list) holds nothing to import
        if table is None:
            errors.append(InputError(f"is not a list Slotwise knows (sheets: {SHEETS})", file=where))
        elif not any(cell.strip() for cell in rows[0]):
            errors.append(InputError("has no header: its first row must name the columns", file=where))
        else:
            sheets.append(Sheet(table, where, rows[0], padded(rows[1:], len(rows[0]))))
    return sheets, errors


def padded(rows: list[list[str]], width: int) -> list[tuple[int, list[str]]]:
    """Rows numbered as Excel shows them, filled out to the header's width (Excel drops empty ends)."""
    return [(number, row + [""] * (width - len(row))) for number, row in enumerate(rows, start=2)]


def cell_text(value) -> str:
    """A cell as the text a CSV file would hold: 120.0 -> "120", a date -> "2021-05-28"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    return unescape(str(value))
