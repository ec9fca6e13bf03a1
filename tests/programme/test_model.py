"""The programme model: pages per day and city in the event's order, times in the event's
zone, names in English, Chinese or both; unscheduled sessions left out and counted."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler import Project
from scheduler.errors import SlotwiseError
from scheduler.programme import ONLINE, Words, build_programme, read_names, read_programme
from scheduler.snapshot import save_schedule, snapshot, stored_schedule

from programme_kit import SMALL_SCHEDULE


def entries(programme):
    return {e.key: (page, e) for page in programme.pages for e in page.entries}


def test_small_sample_has_a_page_per_city_with_sessions_and_one_online_page(small_path):
    with Project.open(small_path) as project:
        programme = read_programme(project, "en")
    assert [(p.day, p.city) for p in programme.pages] == [(0, "jinan"), (0, "taian"), (0, ONLINE)]
    assert [p.heading for p in programme.pages] == [
        "Friday 28 May 2021 — Jinan", "Friday 28 May 2021 — Tai'an", "Friday 28 May 2021 — Online"]
    placed = entries(programme)
    assert sorted(placed) == sorted(SMALL_SCHEDULE)  # each scheduled session once, closing not
    assert programme.unscheduled == 1
    assert programme.cover == ("ASEAN–China SME Cooperation Day (small sample) · 28 May 2021 · "
                               "Jinan · Tai'an")


def test_entries_are_in_time_order_with_times_in_the_event_zone_and_their_place(small_path):
    with Project.open(small_path) as project:
        programme = read_programme(project, "en")
    jinan = programme.pages[0]
    assert [e.key for e in jinan.entries] == ["opening", "press-briefing", "keynote", "rcep-forum",
                                              "sme-finance-panel"]
    opening = jinan.entries[0]
    assert opening.time == "09:00–09:30"  # 540 minutes after midnight in Asia/Shanghai, 30 minutes
    assert opening.place == ("Shandong International Convention & Exhibition Center · Main Hall",
                             "Online: Main Livestream (Webcast)")
    assert opening.details == "Opening · Plenary · Chinese · with interpretation"
    assert opening.people == (("Host", "Li Yanan"), ("Speakers", "Zhou Liqun, Teo Boon Heng"))
    _, webinar = entries(programme)["tourism-webinar"]
    assert webinar.place == ("Main Livestream (Webcast)",)
    assert webinar.people == (("Speakers", "Yue Hongbin (remote)"),)


def test_chinese_programme_uses_chinese_names_and_dates(small_path):
    with Project.open(small_path) as project:
        programme = read_programme(project, "zh")
    assert programme.pages[0].heading == "5月28日 星期五 — 济南"
    assert programme.pages[-1].city_label == "线上"
    opening = programme.pages[0].entries[0]
    assert (opening.title, opening.subtitle) == ("开幕式", "")
    assert opening.place == ("山东国际会展中心 · 主会场", "线上：主直播频道（Webcast）")
    assert opening.people[0] == ("主持", "李雅楠")
    assert programme.title == "中国—东盟中小企业合作日（小型示例）"


def test_both_gives_chinese_over_english_and_english_alone_where_there_is_no_chinese(small_path):
    with Project.open(small_path) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        names = read_names(project)
    del names.zh[("session", "keynote")]  # as if the keynote had no Chinese title
    both = build_programme(problem, schedule, names, "both")
    placed = entries(both)
    assert (placed["opening"][1].title, placed["opening"][1].subtitle) == ("开幕式", "Opening Ceremony")
    assert (placed["keynote"][1].title, placed["keynote"][1].subtitle) == (
        "Keynote: SMEs and the RCEP Opportunity", "")
    assert both.pages[0].heading == "5月28日 星期五 · Friday 28 May 2021 — 济南 Jinan"
    assert (both.title, both.subtitle) == ("中国—东盟中小企业合作日（小型示例）",
                                           "ASEAN–China SME Cooperation Day (small sample)")
    chinese = build_programme(problem, schedule, names, "zh")
    assert entries(chinese)["keynote"][1].title == "Keynote: SMEs and the RCEP Opportunity"


def test_nothing_scheduled_is_refused_with_the_file_name(small_path):
    with Project.open(small_path) as project:
        save_schedule(project, snapshot(project), {})
        with pytest.raises(SlotwiseError, match="small.slotwise: nothing is scheduled"):
            read_programme(project, "en")


def test_shandong_pages_follow_the_days_and_the_cities_of_the_event(shandong_path):
    with Project.open(shandong_path) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        programme = read_programme(project, "en")
    order = [c.key for c in problem.cities] + [ONLINE]
    keys = [(p.day, order.index(p.city)) for p in programme.pages]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    placed = [e.key for p in programme.pages for e in p.entries]
    assert sorted(placed) == sorted(schedule)  # each scheduled session once
    assert programme.unscheduled == 0
    for page in programme.pages:
        starts = [e.start for e in page.entries]
        assert starts == sorted(starts)
        for entry in page.entries:
            assert problem.day_of(entry.start) == page.day
            room = schedule[entry.key].room
            assert (problem.room[room].city if room else ONLINE) == page.city


@pytest.mark.parametrize(("first", "last", "en", "zh"), [
    (date(2021, 5, 28), date(2021, 5, 29), "28–29 May 2021", "2021年5月28日至29日"),
    (date(2021, 5, 31), date(2021, 6, 1), "31 May – 1 June 2021", "2021年5月31日至6月1日"),
    (date(2021, 5, 28), date(2021, 5, 28), "28 May 2021", "2021年5月28日"),
])
def test_date_ranges_in_each_language(first, last, en, zh):
    assert Words("en").dates(first, last) == en
    assert Words("zh").dates(first, last) == zh
    assert Words("both").dates(first, last) == f"{zh} · {en}"


def test_days_in_each_language():
    day = date(2021, 5, 28)
    assert Words("en").day(day) == "Friday 28 May 2021"
    assert Words("zh").day(day) == "5月28日 星期五"
    with pytest.raises(ValueError, match="no programme language 'fr'"):
        Words("fr")
