"""How one day-and-city section of the booklet falls onto pages.

A section is one table (time, session, place) under its heading, in the HTML subset
QTextDocument reads, laid out on the paint device so that point sizes are true points. It gets
one page whenever it can: a section a little too long for the page body is laid out wider and
drawn smaller (down to SMALLEST_SCALE). A longer one is drawn at full size over as many pages
as it needs, cut between sessions (never inside one), with the table's header row repeated on
every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPaintDevice, QTextDocument, QTextTable

from scheduler.programme import Entry, Page, Programme

# A Latin family first, then families with Chinese glyphs, which Qt falls back to for the
# characters the first lacks: so Chinese renders (and is embedded) on any system. Latin text
# is not set in the CJK family: shaped as Latin there, its digits become alternate glyphs that
# Qt's PDF text map leaves out, and "2021" would not copy or search.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Arial", "Helvetica", "Noto Sans CJK SC",
                 "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"]
BODY_POINTS, SMALL_POINTS = 8.5, 7.0
GREY, ACCENT, STRIPE = "#4a5868", "#2f6fa8", "#eef2f6"
SMALLEST_SCALE = 0.7  # a section is drawn at most this much smaller to keep it on one page


def booklet_font(points: float = BODY_POINTS) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    if hasattr(font, "setFeature"):  # Qt 6.7+: no "ﬀ" ligatures, so "Coffee" is found by a search
        font.setFeature(QFont.Tag("liga"), 0)
    return font


@dataclass
class Sheet:
    """One page of the booklet: a part of one section, drawn at ``scale``."""

    page: Page
    part: int  # 0 for the section's first page, then 1, 2 … ("continued")
    document: QTextDocument
    scale: float


def section_html(programme: Programme, page: Page, entries: list[Entry], heading: bool) -> str:
    """The heading (on the section's first page) and the table of ``entries``."""
    words = programme.words
    head = "".join(f'<th align="left" style="color:{GREY}; font-size:{SMALL_POINTS}pt">'
                   f"{escape(words.label(name))}</th>" for name in ("time", "session", "place"))
    rows = "".join(_row(programme, entry, number) for number, entry in enumerate(entries))
    title = (f'<h2 style="font-size:13pt; color:{ACCENT}; margin-bottom:5px">{escape(page.heading)}</h2>'
             if heading else "")
    return (f'{title}<table width="100%" cellspacing="0" cellpadding="2" border="0">'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def _row(programme: Programme, entry: Entry, number: int) -> str:
    words = programme.words
    lines = [f"<b>{escape(entry.title)}</b>"]
    if entry.subtitle:
        lines.append(escape(entry.subtitle))
    small = [entry.details] + [f"{role}{words.colon}{names}" for role, names in entry.people]
    lines.append(f'<span style="color:{GREY}; font-size:{SMALL_POINTS}pt">'
                 f'{escape(words.semicolon.join(small))}</span>')
    place = "<br>".join(escape(line) for line in entry.place)
    shade = f' bgcolor="{STRIPE}"' if number % 2 else ""
    return (f'<tr{shade}><td width="12%">{escape(entry.time)}</td><td width="59%">{"<br>".join(lines)}</td>'
            f'<td width="29%" style="font-size:{SMALL_POINTS}pt">{place}</td></tr>')


class SectionLayout:
    """Lays sections out for one paint device and a page body of ``size`` device pixels."""

    def __init__(self, programme: Programme, device: QPaintDevice, size: QSizeF):
        self.programme, self.device, self.size = programme, device, size
        self.font = booklet_font()

    def document(self, page: Page, entries: list[Entry], heading: bool, scale: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(self.font)
        document.setDocumentMargin(0)
        document.setHtml(section_html(self.programme, page, entries, heading))
        document.setTextWidth(self.size.width() / scale)
        return document

    def sheets(self, page: Page) -> list[Sheet]:
        entries = list(page.entries)
        whole = self.document(page, entries, True, 1.0)
        height, room = whole.size().height(), self.size.height()
        if height <= room:
            return [Sheet(page, 0, whole, 1.0)]
        scale = 0.98 * room / height
        if scale >= SMALLEST_SCALE:
            smaller = self.document(page, entries, True, scale)
            if smaller.size().height() * scale <= room:
                return [Sheet(page, 0, smaller, scale)]
        return [Sheet(page, part, self.document(page, chunk, part == 0, 1.0), 1.0)
                for part, chunk in enumerate(self._chunks(whole, entries))]

    def _chunks(self, whole: QTextDocument, entries: list[Entry]) -> list[list[Entry]]:
        """The entries of each page, cut between rows of the laid-out whole section."""
        bounds = _row_bounds(whole)  # header row, then one per entry
        header, room = bounds[1] - bounds[0], self.size.height()
        chunks, current, top = [], [], 0.0
        for entry, start, end in zip(entries, bounds[1:], bounds[2:]):
            if current and end - top > room:
                chunks.append(current)
                current, top = [], start - header
            current.append(entry)
        chunks.append(current)
        return chunks


def _row_bounds(document: QTextDocument) -> list[float]:
    """The top of each row of the section's table, and the table's bottom, in document pixels."""
    table = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    layout = document.documentLayout()
    frame = layout.frameBoundingRect(table)
    tops = [layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
            for row in range(table.rows())]
    return [frame.top() + (top - tops[0]) for top in tops] + [frame.bottom()]
