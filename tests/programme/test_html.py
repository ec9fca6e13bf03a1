"""The HTML agenda: one valid HTML5 document (html5lib's strict parser), every scheduled
session exactly once under its day-and-city heading, text escaped, print CSS with page breaks."""

from __future__ import annotations

import html5lib
import pytest

from scheduler import Project
from scheduler.domain import models as m
from scheduler.programme import read_programme
from scheduler.programme.html import agenda_html, write_agenda
from scheduler.snapshot import snapshot, stored_schedule

NS = {"h": "http://www.w3.org/1999/xhtml"}


def parse(text: str):
    """The document tree; html5lib raises ParseError on anything a browser would have to repair."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(text)


def text_of(element) -> str:
    return "".join(element.itertext())


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_agenda_of_the_shandong_sample_is_valid_and_lists_each_session_once(shandong_path, language):
    with Project.open(shandong_path) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        programme = read_programme(project, language)
    text = agenda_html(programme)
    assert text.startswith("<!DOCTYPE html>\n")
    tree = parse(text)
    root = tree if tree.tag.endswith("html") else tree.getroot()
    assert root.get("lang") == {"en": "en", "zh": "zh-Hans", "both": "zh-Hans"}[language]
    assert tree.find(".//h:head/h:meta[@charset='utf-8']", NS) is not None
    sections = tree.findall(".//h:section", NS)
    assert [text_of(s.find("h:h2", NS)) for s in sections] == [p.heading for p in programme.pages]
    rows = tree.findall(".//h:tr[@data-session]", NS)
    assert sorted(r.get("data-session") for r in rows) == sorted(schedule)
    for section, page in zip(sections, programme.pages):
        keys = [r.get("data-session") for r in section.findall(".//h:tr[@data-session]", NS)]
        assert keys == [e.key for e in page.entries]
    style = text_of(tree.find(".//h:style", NS))
    assert "@media print" in style and "break-before: page" in style


def test_chinese_agenda_shows_chinese_titles_and_both_shows_both(small_path):
    with Project.open(small_path) as project:
        chinese = parse(agenda_html(read_programme(project, "zh")))
        both = parse(agenda_html(read_programme(project, "both")))
    row = chinese.find(".//h:tr[@data-session='opening']", NS)
    assert "开幕式" in text_of(row) and "Opening Ceremony" not in text_of(row)
    assert "5月28日 星期五 — 济南" in [text_of(h) for h in chinese.findall(".//h:h2", NS)]
    row = both.find(".//h:tr[@data-session='opening']", NS)
    assert "开幕式" in text_of(row) and "Opening Ceremony" in text_of(row)
    subtitle = row.find(".//h:p[@class='subtitle']", NS)
    assert subtitle.get("lang") == "en"


def test_titles_are_escaped_text_not_markup(small_path, tmp_path):
    with Project.open(small_path) as project:
        project.update(m.Session, "keynote", title_en='SMEs <script>alert("x")</script> & "RCEP"')
        written = write_agenda(read_programme(project, "en"), tmp_path / "agenda.html")
    text = written.read_text(encoding="utf-8")
    tree = parse(text)
    assert tree.find(".//h:script", NS) is None
    row = tree.find(".//h:tr[@data-session='keynote']", NS)
    assert 'SMEs <script>alert("x")</script> & "RCEP"' in text_of(row)
    footer = text_of(tree.find(".//h:footer", NS))
    assert footer == "Sessions not yet scheduled (not listed): 1"
