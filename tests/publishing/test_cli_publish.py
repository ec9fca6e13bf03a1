"""`slotwise publish`, `slotwise versions` and `slotwise diff`, as an organiser would type them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scheduler import Project
from scheduler.domain import models as m
from scheduler.problem import Placement
from scheduler.publishing import publish, version_entries
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from cli_kit import one_line_error, run


@pytest.fixture
def path(scheduled_path):
    """A project file holding the small sample with its schedule stored, nothing published."""
    return scheduled_path


def change_things(path) -> None:
    """Move the keynote an hour later, cancel the press briefing, delete a B2B session, add one."""
    with Project.open(path) as project:
        project.update(m.Session, "press-briefing", status="cancelled")
        project.delete(m.Session, "b2b-digital")
        project.update(m.Session, "closing", title_en="Closing <Session> & Awards")
        project.add(m.Session(key="investment-roundtable", title_en="Investment Roundtable",
                              title_zh="投资圆桌", duration_minutes=60))
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
        schedule["keynote"] = Placement("keynote", 660, "sicec-main-hall", "livestream-main")
        schedule["closing"] = Placement("closing", 990, "sicec-main-hall", "livestream-main")
        schedule["investment-roundtable"] = Placement("investment-roundtable", 870, "sicec-room-201")
        save_schedule(project, problem, schedule)


def test_publish_says_what_the_new_version_holds(path, capsys):
    code, out, err = run(capsys, "publish", path, "--note", "First programme")
    assert (code, err) == (0, "")
    assert out == "Published version 1: 10 sessions (10 new, 0 changed, 0 cancelled)\n"
    change_things(path)
    code, out, _ = run(capsys, "publish", path, "--note", "Keynote moved")
    assert code == 0
    assert out == "Published version 2: 11 sessions (1 new, 2 changed, 2 cancelled)\n"
    with Project.open(path) as project:
        assert len(version_entries(project, 2)) == 11


def test_publish_needs_a_note(path, capsys):
    code, out, err = run(capsys, "publish", path)
    assert code == 1 and out == ""
    assert "--note" in one_line_error(err)


def test_publishing_a_file_that_does_not_exist_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "publish", tmp_path / "missing.slotwise", "--note", "x")
    assert code == 1
    one_line_error(err)


def test_versions_lists_number_local_time_counts_and_note(path, capsys):
    code, out, _ = run(capsys, "versions", path)
    assert (code, out) == (0, "No versions published yet.\n")
    with Project.open(path) as project:
        publish(project, "First programme", now=datetime(2021, 5, 20, 1, 30, tzinfo=timezone.utc))
    change_things(path)
    with Project.open(path) as project:
        publish(project, "Keynote moved 关键", now=datetime(2021, 5, 26, 16, 5, tzinfo=timezone.utc))
    code, out, _ = run(capsys, "versions", path)
    assert code == 0
    assert out.splitlines() == [
        "   1  2021-05-20 09:30  10 sessions (10 scheduled, 0 cancelled)  First programme",
        "   2  2021-05-27 00:05  11 sessions (9 scheduled, 2 cancelled)  Keynote moved 关键",
    ]


@pytest.fixture
def published(path, capsys):
    """Version 1, then changes (see change_things) published as version 2."""
    assert run(capsys, "publish", path, "--note", "v1")[0] == 0
    change_things(path)
    assert run(capsys, "publish", path, "--note", "v2")[0] == 0
    return path


def test_diff_prints_the_change_log_as_text(published, capsys):
    code, out, err = run(capsys, "diff", published, "1", "2")
    assert (code, err) == (0, "")
    assert out.startswith("Changes from version 1 to version 2\n")
    assert "Added (1)\n  - Investment Roundtable / 投资圆桌 — Fri 2021-05-28 14:30–15:30" in out
    assert "Cancelled (1)\n  - Press Briefing / 新闻发布会" in out
    assert "Removed from the programme (1)\n  - B2B Matchmaking: Digital Economy" in out
    assert "      time: 10:00–10:30 → 11:00–11:30" in out
    assert "      time: 16:00–16:20 → 16:30–16:50" in out
    assert "Teo Boon Heng / 张文兴" in out and "ASEAN Delegation / 东盟代表团" in out


def test_diff_against_the_working_schedule(published, capsys):
    code, out, _ = run(capsys, "diff", published, "2", "working")
    assert (code, out) == (0, "Changes from version 2 to the working schedule\nNo sessions changed.\n")
    with Project.open(published) as project:
        project.update(m.Session, "opening", status="cancelled")
    code, out, _ = run(capsys, "diff", published, "2", "working")
    assert code == 0 and "Cancelled (1)\n  - Opening Ceremony / 开幕式" in out


def test_diff_writes_markdown_and_html_files(published, tmp_path, capsys):
    target = tmp_path / "changes.html"
    code, out, _ = run(capsys, "diff", published, "1", "2", "--format", "html", "--out", target)
    assert (code, out) == (0, f"{target}\n")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Closing &lt;Session&gt; &amp; Awards / 闭幕式" in page
    code, out, _ = run(capsys, "diff", published, "1", "2", "--format", "markdown")
    assert code == 0 and out.startswith("# Changes from version 1 to version 2\n")
    assert "Closing &lt;Session&gt; &amp; Awards / 闭幕式" in out


@pytest.mark.parametrize("args, words", [
    (("1", "7"), "no version 7 (the project has versions 1–2)"),
    (("0", "2"), "argument A: '0' is not a version number or 'working'"),
    (("1", "latest"), "argument B: 'latest' is not a version number or 'working'"),
    (("1", "2", "--format", "pdf"), "argument --format: invalid choice"),
])
def test_diff_refuses_unknown_versions_in_one_line(published, capsys, args, words):
    code, out, err = run(capsys, "diff", published, *args)
    assert code == 1 and out == ""
    assert words in one_line_error(err)


def test_diff_refuses_an_out_file_in_a_missing_folder(published, tmp_path, capsys):
    code, _, err = run(capsys, "diff", published, "1", "2", "--out", tmp_path / "nope" / "c.md")
    assert code == 1
    assert "does not exist" in one_line_error(err)
