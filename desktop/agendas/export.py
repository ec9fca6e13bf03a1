"""Save the agenda shown as CSV (one line per row, with its day) or as a small HTML page."""

from __future__ import annotations

import csv
from html import escape
from pathlib import Path

from .rows import Day

STYLE = ("body{font-family:sans-serif}table{border-collapse:collapse}"
         "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}"
         ".leg td{font-style:italic}.alarm td{color:#b00020;background:#fde7e9}"
         ".outside td{background:#e4e6eb}.optional td{font-style:italic}")


def write_agenda(path: Path, title: str, columns: tuple[str, ...], days: tuple[Day, ...],
                 day_word: str) -> Path:
    """Write CSV for a .csv path, HTML otherwise; the same rows the panel shows."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as out:  # Excel reads the BOM
            writer = csv.writer(out)
            writer.writerow([day_word, *columns])
            for day in days:
                for row in day.rows:
                    writer.writerow([day.heading, *row.cells])
        return path
    path.write_text(_html(title, columns, days), encoding="utf-8")
    return path


def _html(title: str, columns: tuple[str, ...], days: tuple[Day, ...]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for day in days:
        body.append(f"<tr><th colspan='{len(columns)}'>{escape(day.heading)}</th></tr>")
        for row in day.rows:
            classes = " ".join(c for c, on in (("leg", row.kind == "leg"), ("alarm", row.alarm),
                                                ("outside", row.outside),
                                                ("optional", row.optional)) if on)
            span = f" colspan='{len(columns)}'" if row.kind == "leg" else ""
            cells = "".join(f"<td{span}>{escape(c)}</td>" for c in row.cells)
            body.append(f"<tr class='{classes}'>{cells}</tr>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1><table>"
            f"<tr>{head}</tr>{''.join(body)}</table></body></html>")
