"""Change logs: what changed between versions, who must be told, and how it reads."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from scheduler.domain import models as m
from scheduler.errors import NotFound, SlotwiseError
from scheduler.publishing import Change, diff, parse_ref, publish, render
from publishing_kit import place


@pytest.fixture
def project(scheduled):
    """The small sample with its schedule stored and published as version 1."""
    publish(scheduled, "v1")
    return scheduled


@pytest.fixture
def changed(project):
    """Version 2: one moved, one to another city, one to another channel, one cancelled, one
    deleted, one new; one renamed (not a change anyone must hear about)."""
    place(project, "keynote", start=660)
    place(project, "closing", room="taian-taishan-hall")
    place(project, "tourism-webinar", channel="b2b-room")
    project.update(m.Session, "rcep-forum", title_en="RCEP Policy Forum 2021")
    project.update(m.Session, "press-briefing", status="cancelled")
    project.delete(m.Session, "b2b-digital")
    project.add(m.Session(key="investment-roundtable", title_en="Investment Roundtable",
                          title_zh="投资圆桌", kind="panel", duration_minutes=60))
    session = project.get(m.Session, "investment-roundtable")
    project.add(m.SessionPerson(session_id=session.id, person_id=project.get(m.Person, "chen-zhiyuan").id,
                                role="moderator"),
                m.GroupSession(group_id=project.get(m.Group, "asean-delegation").id, session_id=session.id))
    place(project, "investment-roundtable", start=870, room="sicec-room-201")
    publish(project, "v2")
    return project


def keys(changes) -> list[str]:
    return [c.key for c in changes]


def only(log, key: str):
    (found,) = [c for c in log.sessions if c.key == key]
    return found


def test_diff_lists_exactly_the_added_cancelled_removed_and_changed_sessions(changed):
    log = diff(changed, 1, 2)
    assert (log.old_label, log.new_label, log.timezone) == ("version 1", "version 2", "Asia/Shanghai")
    assert keys(log.added) == ["investment-roundtable"]
    assert keys(log.cancelled) == ["press-briefing"]
    assert keys(log.removed) == ["b2b-digital"]
    assert keys(log.changed) == ["keynote", "tourism-webinar", "closing"]  # in time order
    assert {c.key: c.kinds() for c in log.changed} == {
        "keynote": ("time",), "tourism-webinar": ("channel",), "closing": ("city", "room")}


def test_changes_carry_old_and_new_values_in_the_event_time_zone(changed):
    log = diff(changed, 1, 2)
    assert only(log, "keynote").changes == (Change("time", "10:00–10:30", "11:00–11:30"),)
    assert only(log, "keynote").when == "Fri 2021-05-28 11:00–11:30"
    assert only(log, "closing").changes == (Change("city", "Jinan", "Tai'an"),
                                            Change("room", "Main Hall", "Taishan Hall"))
    assert only(log, "tourism-webinar").changes == (Change("channel", "Main Livestream", "Online B2B Room"),)
    assert only(log, "press-briefing").changes == (Change("status", "confirmed", "cancelled"),)
    assert only(log, "press-briefing").when == "Fri 2021-05-28 09:30–10:00"  # as people knew it
    added = only(log, "investment-roundtable")
    assert (added.title_zh, added.when) == ("投资圆桌", "Fri 2021-05-28 14:30–15:30")
    assert added.where == "Meeting Room 201, Shandong International Convention & Exhibition Center, Jinan"


def test_a_day_change_delivery_mode_status_and_unscheduling_are_named(project):
    project.update_event(day_count=2)
    place(project, "keynote", start=600 + 24 * 60)  # same hour, next day
    project.update(m.Session, "closing", delivery_mode="online")
    place(project, "closing", room=None)
    project.update(m.Session, "sme-finance-panel", status="tentative")
    place(project, "taian-forum", start=None)
    log = diff(project, 1, "working")
    assert log.new_label == "the working schedule"
    assert only(log, "keynote").changes == (Change("day", "Fri 2021-05-28", "Sat 2021-05-29"),)
    assert only(log, "closing").changes == (Change("city", "Jinan", "none"),
                                            Change("room", "Main Hall", "none"),
                                            Change("delivery_mode", "hybrid", "online"))
    assert only(log, "sme-finance-panel").changes == (Change("status", "confirmed", "tentative"),)
    assert only(log, "taian-forum").changes == (
        Change("time", "Fri 2021-05-28 12:10–13:40", "not scheduled"),
        Change("city", "Tai'an", "none"), Change("room", "Taishan Hall", "none"))


def test_impact_names_the_people_and_groups_to_tell_and_about_what(changed):
    log = diff(changed, 1, 2)
    told = {i.key: i.session_keys() for i in log.people}
    assert told == {
        "teo-boon-heng": {"keynote", "closing"},
        "zhou-liqun": {"press-briefing", "closing"},
        "dewi-kartika-sari": {"b2b-digital"},
        "chen-zhiyuan": {"investment-roundtable"},
        "yue-hongbin": {"tourism-webinar"},
    }
    assert {i.key: i.session_keys() for i in log.groups} == {
        "asean-delegation": {"keynote", "closing", "investment-roundtable"}}
    teo = log.person("teo-boon-heng")
    assert teo.name_zh == "张文兴"
    assert [(c.session.key, c.part, c.session.what) for c in teo.concerns] == [
        ("keynote", "speaker", "changed"), ("closing", "speaker", "changed")]
    assert [(c.session.key, c.part) for c in log.group("asean-delegation").concerns] == [
        ("keynote", "attends"), ("investment-roundtable", "attends"), ("closing", "attends")]
    assert log.person("li-yanan") is None  # her sessions did not change


def test_someone_taken_off_a_changed_session_is_told_too(project):
    opening = project.get(m.Session, "opening")
    li = project.get(m.Person, "li-yanan")
    project.remove(m.SessionPerson(session_id=opening.id, person_id=li.id))
    place(project, "opening", start=555)
    log = diff(project, 1, "working")
    assert "opening" in log.person("li-yanan").session_keys()


def test_nothing_changed_gives_an_empty_log(changed):
    assert not diff(changed, 2, "working")
    assert not diff(changed, 1, 1)
    assert "No sessions changed." in render(diff(changed, 2, 2), "text")


def test_the_working_schedule_shows_cancellations_before_they_are_published(project):
    project.update(m.Session, "press-briefing", status="cancelled")
    project.delete(m.Session, "b2b-digital")
    log = diff(project, 1, "working")
    assert (keys(log.cancelled), keys(log.removed), keys(log.added), keys(log.changed)) == \
        (["press-briefing"], ["b2b-digital"], [], [])


def test_unknown_versions_and_bad_references_are_refused(project):
    with pytest.raises(NotFound, match="no version 4"):
        diff(project, 1, 4)
    for bad in ("latest", "0", "-1", ""):
        with pytest.raises(SlotwiseError, match="not a version number or 'working'"):
            parse_ref(bad)
    assert (parse_ref("3"), parse_ref(" Working ")) == (3, "working")


@pytest.fixture
def awkward(project):
    """A session whose title holds markup characters, moved after version 1."""
    project.update(m.Session, "keynote", title_en="Trade <Q&A> *live* [RCEP]",
                   title_zh="贸易问答：<现场>")
    place(project, "keynote", start=660)
    return diff(project, 1, "working")


def test_markdown_escapes_markup_and_keeps_chinese(awkward):
    text = render(awkward, "markdown")
    assert "Trade &lt;Q&amp;A&gt; \\*live\\* \\[RCEP\\]" in text
    assert "<Q&A>" not in text and "<现场>" not in text
    assert "贸易问答：&lt;现场&gt;" in text
    assert "张文兴" in text
    assert text.startswith("# Changes from version 1 to the working schedule\n")


def test_html_escapes_markup_keeps_chinese_and_reads_back_as_the_same_words(awkward):
    page = render(awkward, "html")
    assert "<Q&A>" not in page
    assert "Trade &lt;Q&amp;A&gt; *live* [RCEP]" in page
    assert '<meta charset="utf-8">' in page

    class Words(HTMLParser):
        text = ""

        def handle_data(self, data):
            self.text += data

    reader = Words()
    reader.feed(page)
    assert "Trade <Q&A> *live* [RCEP] / 贸易问答：<现场>" in reader.text
    assert "time: 10:00–10:30 → 11:00–11:30" in reader.text


def test_plain_text_reads_as_written(awkward):
    text = render(awkward, "text")
    assert "Trade <Q&A> *live* [RCEP] / 贸易问答：<现场>" in text
    assert "      time: 10:00–10:30 → 11:00–11:30" in text
    assert "Teo Boon Heng / 张文兴" in text
    with pytest.raises(ValueError, match="unknown format"):
        render(awkward, "pdf")
