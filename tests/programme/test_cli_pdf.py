"""`slotwise export-programme`: the PDF booklet (one page per day and city, Chinese text that
extracts as written, fonts embedded), the HTML agenda, and one-line errors.

The command runs in a child process without DISPLAY or QT_QPA_PLATFORM, as on a server: the
PDF must come out all the same (and a Qt application made here would upset the desktop tests).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import html5lib
import pypdf
import pytest

from cli_kit import one_line_error, run
from scheduler import Project
from scheduler.programme import read_programme
from scheduler.snapshot import save_schedule, snapshot


def slotwise(*args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "scheduler.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=300)


def squeeze(text: str) -> str:
    """Without white space: a title may wrap over lines of its table cell."""
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_pdf_has_one_page_per_day_and_city_with_its_heading_and_sessions(shandong_path, tmp_path,
                                                                        language):
    out = tmp_path / f"programme-{language}.pdf"
    done = slotwise("export-programme", shandong_path, "--format", "pdf", "--lang", language,
                    "--out", out)
    assert done.returncode == 0, done.stderr
    with Project.open(shandong_path) as project:
        programme = read_programme(project, language)
    pages = pdf_pages(out)
    assert len(pages) == len(programme.pages)  # each day-and-city fits its one page
    assert f"{len(pages)} pages" in done.stdout
    for text, page in zip(pages, programme.pages):
        assert squeeze(page.heading) in squeeze(text)
        for entry in page.entries:
            assert squeeze(entry.title) in squeeze(text), (page.heading, entry.title)
            assert squeeze(entry.time) in squeeze(text)
        others = [e.title for p in programme.pages if p is not page for e in p.entries
                  if e.title not in {x.title for x in page.entries}]
        assert not any(squeeze(title) in squeeze(text) for title in others if len(title) > 12)


def test_chinese_pdf_text_is_the_everyday_characters_and_the_fonts_are_embedded(shandong_path, tmp_path):
    out = tmp_path / "programme-zh.pdf"
    assert slotwise("export-programme", shandong_path, "--format", "pdf", "--lang", "zh",
                    "--out", out).returncode == 0
    first = squeeze(pdf_pages(out)[0])  # pypdf breaks lines where the font changes
    assert "5月28日星期五—济南" in first and "开幕式" in first
    assert "山东国际会展中心" in first  # 山, not the Kangxi radical ⼭ Qt's own text map gives
    assert not re.search("[\u2e80-\u2fdf]", "".join(pdf_pages(out)))
    reader = pypdf.PdfReader(out)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   for font in fonts.values()]
    assert any("CJK" in str(d["/FontName"]) for d in descriptors)
    assert all("/FontFile2" in d or "/FontFile3" in d for d in descriptors)  # embedded


def test_both_languages_put_chinese_and_english_on_the_page(small_path, tmp_path):
    out = tmp_path / "programme.pdf"
    done = slotwise("export-programme", small_path, "--format", "pdf", "--lang", "both", "--out", out)
    assert done.returncode == 0, done.stderr
    pages = [squeeze(text) for text in pdf_pages(out)]
    assert len(pages) == 3  # Jinan, Tai'an, Online on the one day
    assert "开幕式OpeningCeremony" in pages[0]
    assert "5月28日星期五·Friday28May2021—线上Online" in pages[2]
    assert "第3页，共3页/Page3of3" in pages[2]
    assert "Sessionsnotyetscheduled(notlisted):1" in pages[2]


def test_html_from_the_command_line_is_valid_and_in_chinese(small_path, tmp_path, capsys):
    out = tmp_path / "agenda.html"
    code, stdout, _ = run(capsys, "export-programme", small_path, "--format", "html", "--lang", "zh",
                          "--out", out)
    assert code == 0 and "3 day-and-city sections, 9 sessions" in stdout
    text = out.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(text)
    assert "开幕式" in text and "Opening Ceremony" not in text
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)


@pytest.mark.parametrize(("args", "message"), [
    (["missing.slotwise", "--format", "html", "--out", "x.html"], "missing.slotwise: no such project file"),
    (["{project}", "--format", "html", "--out", "no-such-folder/x.html"], "no-such-folder: no such folder"),
    (["{project}", "--format", "pdf", "--out", "."], ": is a folder; give a file name"),
    (["{project}", "--format", "doc", "--out", "x.doc"], "argument --format: invalid choice: 'doc'"),
    (["{project}", "--format", "html", "--lang", "fr", "--out", "x.html"], "invalid choice: 'fr'"),
])
def test_mistakes_end_with_one_line(small_path, tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "export-programme", *(a.format(project=small_path) for a in args))
    assert code == 1
    assert message in one_line_error(err)
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".x.*"))


def test_nothing_scheduled_is_an_error_and_writes_nothing(small_path, tmp_path, capsys):
    with Project.open(small_path) as project:
        save_schedule(project, snapshot(project), {})
    out = tmp_path / "programme.pdf"
    code, _, err = run(capsys, "export-programme", small_path, "--format", "pdf", "--out", out)
    assert code == 1
    assert "nothing is scheduled yet" in one_line_error(err)
    assert not out.exists()


def test_a_section_too_long_for_a_page_continues_between_sessions(shandong_path, tmp_path):
    """In both languages the online programme of day 2 (20 sessions) needs two pages: it is cut
    between two sessions, and the second page says "continued"."""
    out = tmp_path / "programme-both.pdf"
    assert slotwise("export-programme", shandong_path, "--format", "pdf", "--lang", "both",
                    "--out", out).returncode == 0
    with Project.open(shandong_path) as project:
        programme = read_programme(project, "both")
    pages = [squeeze(text) for text in pdf_pages(out)]
    assert len(pages) == len(programme.pages) + 1
    continued = [i for i, text in enumerate(pages) if "续continued" in text]
    assert len(continued) == 1
    first, second = pages[continued[0] - 1], pages[continued[0]]
    section = next(p for p in programme.pages if squeeze(p.heading) in first)
    assert squeeze(section.heading) + "（续continued）" in second
    on_first = [e for e in section.entries if squeeze(e.subtitle or e.title) in first]
    on_second = [e for e in section.entries if squeeze(e.subtitle or e.title) in second]
    assert on_first and on_second
    assert on_first + on_second == list(section.entries)  # in order, each on one page only
