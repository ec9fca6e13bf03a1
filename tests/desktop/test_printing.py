"""File ▸ Export programme… and Print programme…: the booklet and the agenda written on a
worker thread from the window's schedule, with the window free meanwhile; the screenshot."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import html5lib
import pypdf
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from desktop.printing.shots import shots
from desktop_kit import open_window
from scheduler import Project, SlotwiseError
from scheduler.snapshot import save_schedule, snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "programme"))  # programme_kit
from programme_kit import SMALL_SCHEDULE, store_small  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, store_small(tmp_path / "small.slotwise"))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def finish(qtbot, window):
    with qtbot.waitSignal(window.printing.finished, timeout=60_000) as done:
        pass
    return done.args


def test_file_menu_has_the_two_actions_after_export(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    at = texts.index(window.export_action.text())
    assert texts[at + 1:at + 3] == ["Export pro&gramme…", "&Print programme…"]
    assert window.printing.export_action.isEnabled() and window.printing.print_action.isEnabled()


def test_export_writes_the_chinese_booklet_in_the_background(qtbot, window, tmp_path):
    out = tmp_path / "programme.pdf"
    with qtbot.waitSignal(window.printing.finished, timeout=60_000) as done:
        window.printing.export_programme(out, "zh")
        assert window.printing.busy  # answered later, through the event loop
        assert not window.printing.export_action.isEnabled()
    assert done.args == [str(out), 3]
    pages = [squeeze(p.extract_text()) for p in pypdf.PdfReader(out).pages]
    assert len(pages) == 3
    assert "5月28日星期五—济南" in pages[0] and "开幕式" in pages[0]
    assert "5月28日星期五—泰安" in pages[1] and "泰安—东盟文化旅游合作论坛" in pages[1]
    assert "5月28日星期五—线上" in pages[2] and "线上洽谈：农业食品" in pages[2]
    assert "Programme written to" in window.statusBar().currentMessage()
    assert window.printing.export_action.isEnabled()


def test_export_of_the_html_agenda_in_both_languages(qtbot, window, tmp_path):
    out = tmp_path / "agenda.html"
    with qtbot.waitSignal(window.printing.finished, timeout=60_000):
        window.printing.export_programme(out, "both")
    text = out.read_text(encoding="utf-8")
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    rows = tree.findall(".//tr[@data-session]")
    assert sorted(r.get("data-session") for r in rows) == sorted(SMALL_SCHEDULE)
    assert "开幕式" in text and "Opening Ceremony" in text


def test_print_to_a_pdf_printer_gives_the_same_pages(qtbot, window, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(window.printing.finished, timeout=60_000) as done:
        window.printing.print_programme(printer, "en")
    assert done.args[1] == 3
    pages = [squeeze(p.extract_text()) for p in pypdf.PdfReader(tmp_path / "printed.pdf").pages]
    assert "Friday28May2021—Jinan" in pages[0] and "OpeningCeremony" in pages[0]
    assert "Page3of3" in pages[2]


def test_nothing_scheduled_and_a_wrong_suffix_are_refused(qtbot, window, tmp_path):
    with pytest.raises(SlotwiseError, match="programme.doc: a programme is written as .pdf or .html"):
        window.printing.export_programme(tmp_path / "programme.doc", "en")
    assert not window.printing.busy
    save_schedule(window.project, snapshot(window.project), {})
    window.refresh()
    assert not window.printing.export_action.isEnabled()
    with pytest.raises(SlotwiseError, match="Nothing is scheduled yet"):
        window.printing.export_programme(tmp_path / "programme.pdf", "en")
    assert not (tmp_path / "programme.pdf").exists()


def test_a_failed_write_is_reported_and_leaves_nothing(qtbot, window, tmp_path):
    out = tmp_path / "missing-folder" / "programme.pdf"
    with qtbot.waitSignal(window.printing.failed, timeout=60_000) as failed:
        window.printing.export_programme(out, "en")
    assert "missing-folder: no such folder" in failed.args[0]
    assert "not written" in window.statusBar().currentMessage()
    assert not window.printing.busy and not out.parent.exists()


def test_screenshot_of_a_booklet_page(qapp, window, tmp_path):
    names = shots(qapp, window, tmp_path, 5)
    assert names == ["programme-page.png"]
    image = QImage(str(tmp_path / "programme-page.png"))
    assert abs(image.height() / image.width() - 297 / 210) < 0.01  # an A4 page
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # text and shading drawn, not a blank page


def test_page_image_draws_the_page_without_a_pdf_reader(window):
    from desktop.printing.booklet import page_image
    from scheduler.programme import read_programme

    with Project.open(window.project.path) as project:
        programme = read_programme(project, "zh")
    image = page_image(programme, 1, dpi=60)
    assert abs(image.width() - 210 / 25.4 * 60) < 2 and abs(image.height() - 297 / 25.4 * 60) < 2
    assert image.pixelColor(10, 10).name() == "#ffffff"  # the margin
    inked = [y for y in range(image.height()) if len({image.pixel(x, y) for x in range(30, 460)}) > 1]
    assert inked and min(inked) < 60 and max(inked) > 600  # header at the top, footer at the bottom
