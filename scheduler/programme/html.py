"""The programme as one self-contained HTML5 agenda: a table per day and city, print-ready.

No scripts, no external files: the CSS is inline, so the file can be mailed, put on a web
server or printed from a browser, where every day-and-city section starts a new page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from .model import Entry, Page, Programme
from .output import write_text

HTML_LANG = {"en": "en", "zh": "zh-Hans", "both": "zh-Hans"}
CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       "Helvetica Neue", Arial, sans-serif; color: #1d2733; margin: 2em auto; max-width: 60em;
       line-height: 1.4; }
header h1 { font-size: 1.6em; margin: 0; }
header p { margin: .2em 0; color: #4a5868; }
section.day-city { margin-top: 2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2f6fa8; padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: .85em; color: #4a5868; border-bottom: 1px solid #9aa7b4; }
td { vertical-align: top; padding: .45em .6em .45em 0; border-bottom: 1px solid #dde3e9; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; width: 7em; }
td.place { width: 30%; font-size: .9em; }
p { margin: 0; }
.title { font-weight: bold; }
.subtitle { color: #4a5868; }
.details, .people { font-size: .85em; color: #4a5868; }
.role { font-weight: bold; }
footer { margin-top: 2em; font-size: .85em; color: #4a5868; }
@media print {
  body { margin: 0; max-width: none; }
  section.day-city { margin-top: 0; }
  section.day-city + section.day-city { break-before: page; page-break-before: always; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
""".strip()


def agenda_html(programme: Programme) -> str:
    """The whole document as text."""
    words, title = programme.words, programme.title
    parts = ["<!DOCTYPE html>", f'<html lang="{HTML_LANG[programme.language]}">', "<head>",
             '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)} — {escape(words.label('programme'))}</title>",
             f"<style>\n{CSS}\n</style>", "</head>", "<body>", "<header>",
             f"<h1>{escape(title)}</h1>"]
    if programme.subtitle:
        parts.append(f'<p class="subtitle" lang="en">{escape(programme.subtitle)}</p>')
    parts.append(f'<p class="cover">{escape(programme.dates)} · {escape(programme.cities)}</p>')
    parts.append("</header>")
    for page in programme.pages:
        parts.extend(_section(programme, page))
    if programme.unscheduled:
        note = words.label("unscheduled", count=programme.unscheduled)
        parts.append(f"<footer><p>{escape(note)}</p></footer>")
    parts.extend(["</body>", "</html>", ""])
    return "\n".join(parts)


def write_agenda(programme: Programme, path: str | Path) -> Path:
    """Write the agenda to ``path`` (whole or not at all)."""
    return write_text(path, agenda_html(programme))


def _section(programme: Programme, page: Page) -> list[str]:
    words = programme.words
    lines = [f'<section class="day-city" data-day="{page.day + 1}" data-city="{escape(page.city)}">',
             f"<h2>{escape(page.heading)}</h2>", "<table>",
             "<thead><tr>" + "".join(f'<th scope="col">{escape(words.label(name))}</th>'
                                     for name in ("time", "session", "place")) + "</tr></thead>",
             "<tbody>"]
    lines.extend(_row(programme, entry) for entry in page.entries)
    lines.extend(["</tbody>", "</table>", "</section>"])
    return lines


def _row(programme: Programme, entry: Entry) -> str:
    words = programme.words
    cells = [f'<p class="title">{escape(entry.title)}</p>']
    if entry.subtitle:
        cells.append(f'<p class="subtitle" lang="en">{escape(entry.subtitle)}</p>')
    cells.append(f'<p class="details">{escape(entry.details)}</p>')
    for role, names in entry.people:
        cells.append(f'<p class="people"><span class="role">{escape(role)}{escape(words.colon)}</span>'
                     f"{escape(names)}</p>")
    place = "<br>".join(escape(line) for line in entry.place)
    return (f'<tr data-session="{escape(entry.key)}"><td class="time">{escape(entry.time)}</td>'
            f'<td class="session">{"".join(cells)}</td><td class="place">{place}</td></tr>')
