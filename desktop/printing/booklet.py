"""The programme booklet drawn with Qt: one page per day per city, onto a PDF or a printer.

A4 portrait; every page has a header (event name, dates, cities) and a footer (page N of M;
on the last page, how many sessions are not yet scheduled and so not listed). How a
day-and-city section falls onto pages is ``layout.SectionLayout``'s business. Everything here
may run on a worker thread, provided one thread builds and paints a booklet: Qt allows
painting on QPdfWriter/QPrinter and using text documents outside the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFontMetricsF, QGuiApplication, QImage, QPageLayout, QPageSize,
                           QPaintDevice, QPainter, QPdfWriter)

from scheduler.programme import Programme
from scheduler.programme.output import staged

from .layout import FONT_FAMILIES, GREY, SMALL_POINTS, SectionLayout, Sheet, booklet_font
from .pdf_text import look_alikes, mend_text_maps

MARGINS_MM = QMarginsF(15, 14, 15, 14)
RESOLUTION = 300  # of the PDF: positions only, the text stays vector


class Booklet:
    """The laid-out booklet of one programme for one paint device (a PDF writer or a printer)."""

    def __init__(self, programme: Programme, device: QPaintDevice, frame: QRectF | None = None):
        """``frame``: where a page may be drawn on the device (default: the paged device's
        paint rectangle, the page inside its margins)."""
        self.programme, self.device = programme, device
        if frame is None:
            frame = device.pageLayout().paintRectPixels(device.resolution()).toRectF()
        self.frame = QRectF(0, 0, frame.width(), frame.height())
        self.origin = frame.topLeft() if frame.left() or frame.top() else QPointF(0, 0)
        self.small = booklet_font(SMALL_POINTS)
        line = QFontMetricsF(self.small, device).height()
        self.header = QRectF(0, 0, self.frame.width(), line * 2.6)
        self.footer = QRectF(0, self.frame.height() - line * 2.2, self.frame.width(), line * 2.2)
        self.body = QRectF(0, self.header.bottom(), self.frame.width(),
                           self.footer.top() - self.header.bottom())
        layout = SectionLayout(programme, device, QSizeF(self.body.width(), self.body.height()))
        self.sheets: list[Sheet] = [sheet for page in programme.pages for sheet in layout.sheets(page)]

    @property
    def page_count(self) -> int:
        return len(self.sheets)

    @property
    def drawn(self) -> set[str]:
        """Every character the booklet draws."""
        words, texts = self.programme.words, [self.programme.cover, "0123456789"]
        texts += [sheet.document.toPlainText() for sheet in self.sheets]
        texts += [sheet.page.heading + words.aside(words.label("continued")) for sheet in self.sheets]
        texts += [words.label("page", " / ", page=0, pages=0),
                  words.label("unscheduled", "  ", count=self.programme.unscheduled)]
        return set("".join(texts))

    def paint(self) -> int:
        """Draw every page onto the device; the number of pages."""
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError(QCoreApplication.translate("Booklet", "cannot draw on the printer or PDF file"))
        try:
            for number in range(1, self.page_count + 1):
                if number > 1:
                    self.device.newPage()
                self.paint_sheet(painter, number)
        finally:
            painter.end()
        return self.page_count

    def paint_sheet(self, painter: QPainter, number: int) -> None:
        """Draw page ``number`` (from 1) with ``painter``, which is active on the device."""
        sheet = self.sheets[number - 1]
        painter.save()
        painter.translate(self.origin)
        self._frame(painter, sheet, number)
        painter.translate(self.body.topLeft())
        painter.scale(sheet.scale, sheet.scale)
        sheet.document.drawContents(painter)
        painter.restore()

    def _frame(self, painter: QPainter, sheet: Sheet, number: int) -> None:
        words, programme, width = self.programme.words, self.programme, self.frame.width()
        painter.setPen(QColor(GREY))
        painter.setFont(self.small)
        align = Qt.AlignmentFlag
        painter.drawText(self.header, align.AlignLeft | align.AlignTop | Qt.TextFlag.TextWordWrap,
                         programme.cover)
        if sheet.part:
            painter.drawText(self.header, align.AlignRight | align.AlignBottom,
                             sheet.page.heading + words.aside(words.label("continued")))
        painter.drawLine(QPointF(0, self.header.bottom() - 4), QPointF(width, self.header.bottom() - 4))
        painter.drawLine(QPointF(0, self.footer.top() + 4), QPointF(width, self.footer.top() + 4))
        painter.drawText(self.footer, align.AlignBottom | align.AlignRight,
                         words.label("page", " / ", page=number, pages=self.page_count))
        if number == self.page_count and programme.unscheduled:
            painter.drawText(self.footer, align.AlignBottom | align.AlignLeft,
                             words.label("unscheduled", "  ", count=programme.unscheduled))


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    """An A4 portrait PDF writer with the booklet's margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Slotwise")
    return writer


def write_pdf(programme: Programme, path: str | Path) -> int:
    """Write the booklet as a PDF at ``path`` (whole or not at all); the number of pages."""
    ensure_gui_application()
    with staged(path) as temporary:
        writer = pdf_writer(temporary, programme.title)
        booklet = Booklet(programme, writer)
        pages = booklet.paint()
        del writer  # the file is complete once the writer is gone
        mend_text_maps(temporary, look_alikes(booklet.drawn, FONT_FAMILIES))
    return pages


def page_image(programme: Programme, number: int = 1, dpi: int = 110) -> QImage:
    """Page ``number`` of the A4 booklet as a picture (for screenshots where no PDF reader is
    at hand): laid out for the image itself, so line breaks may differ slightly from a PDF's."""
    ensure_gui_application()
    size = QPageSize(QPageSize.PageSizeId.A4).sizePixels(dpi)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         MARGINS_MM, QPageLayout.Unit.Millimeter)
    booklet = Booklet(programme, image, layout.paintRectPixels(dpi).toRectF())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        booklet.paint_sheet(painter, min(max(1, number), booklet.page_count))
    finally:
        painter.end()
    return image


def print_booklet(programme: Programme, printer) -> int:
    """Draw the booklet on a printer set up by the print dialog (a PDF file too, if chosen
    there); the number of pages."""
    booklet = Booklet(programme, printer)
    pages = booklet.paint()
    if printer.outputFormat() == printer.OutputFormat.PdfFormat and printer.outputFileName():
        mend_text_maps(printer.outputFileName(), look_alikes(booklet.drawn, FONT_FAMILIES))
    return pages


_application = None


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; the command line has none, so it gets one (offscreen when
    the caller set QT_QPA_PLATFORM so)."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["slotwise"])
