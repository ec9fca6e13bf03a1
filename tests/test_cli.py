"""The `slotwise` command line, as an organiser would type it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from resources import SAMPLES, sample_file
from scheduler import Project
from scheduler.domain import models as m
from cli_kit import one_line_error, run

SLOTWISE = Path(sys.executable).with_name("slotwise")
PLURALS = ("sessions", "cities", "venues", "rooms", "channels", "people", "groups")

SMALL = {
    "schema_version": 1,
    "event": {"name_en": "Jinan SME Day", "name_zh": "济南中小企业日", "timezone": "Asia/Shanghai",
              "start_date": "2021-05-28", "day_count": 2},
    "cities": [{"key": "jinan", "name_en": "Jinan", "name_zh": "济南"},
               {"key": "taian", "name_en": "Tai'an", "name_zh": "泰安"}],
    "venues": [{"key": "iec", "city": "jinan", "name_en": "Convention Centre"}],
    "rooms": [{"key": "hall-a", "venue": "iec", "name_en": "Hall A", "seats": 400},
              {"key": "hall-b", "venue": "iec", "name_en": "Hall B", "seats": 80}],
    "channels": [{"key": "live", "name_en": "Livestream", "viewer_capacity": 1200}],
    "people": [{"key": "li-wei", "name_en": "Li Wei", "name_zh": "李伟"},
               {"key": "amy-tan", "name_en": "Amy Tan"},
               {"key": "aung-min", "name_en": "Aung Min"}],
    "groups": [{"key": "envoys", "name_en": "ASEAN envoys", "members": ["amy-tan", "aung-min"]}],
    "sessions": [{"key": f"s{i}", "title_en": f"Session {i}"} for i in range(4)],
}
SMALL_COUNTS = {"sessions": 4, "cities": 2, "venues": 1, "rooms": 2, "channels": 1, "people": 3,
                "groups": 1}


def run_installed(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run([str(SLOTWISE), *map(str, args)], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture
def small(tmp_path) -> Path:
    source = tmp_path / "small.json"
    source.write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    return source


@pytest.fixture
def imported(tmp_path, small, capsys) -> Path:
    path = tmp_path / "small.slotwise"
    assert run(capsys, "import", path, small)[0] == 0
    return path


# -- new -------------------------------------------------------------------------------------

def test_new_with_a_range_of_days(tmp_path, capsys):
    path = tmp_path / "conf.slotwise"
    code, out, _ = run(capsys, "new", path, "--name", "SME Conference", "--name-zh", "中小企业大会",
                       "--tz", "Asia/Shanghai", "--days", "2021-05-28..2021-05-29")
    assert code == 0 and "2 day(s) from 2021-05-28" in out
    with Project.open(path) as project:
        event = project.event()
    assert (event.name_en, event.name_zh, event.timezone) == ("SME Conference", "中小企业大会",
                                                               "Asia/Shanghai")
    assert (event.start_date, event.day_count) == (date(2021, 5, 28), 2)


def test_new_with_a_count_of_days_hours_and_steps(tmp_path, capsys):
    path = tmp_path / "conf.slotwise"
    code, _, _ = run(capsys, "new", path, "--name", "SME Conference", "--tz", "Asia/Yangon",
                     "--days", "3", "--start", "2021-05-27", "--hours", "09:00-17:30",
                     "--granularity", "15")
    assert code == 0
    with Project.open(path) as project:
        event = project.event()
    assert (event.start_date, event.day_count) == (date(2021, 5, 27), 3)
    assert (event.day_start, event.day_end) == (time(9, 0), time(17, 30))
    assert event.granularity_minutes == 15 and event.timezone == "Asia/Yangon"


@pytest.mark.parametrize("args, words", [
    (["--tz", "Asia/Beijing", "--days", "2021-05-28"], "Asia/Beijing"),
    (["--tz", "Asia/Shanghai", "--days", "2"], "--start"),
    (["--tz", "Asia/Shanghai", "--days", "2021-05-29..2021-05-28"], "last day"),
    (["--tz", "Asia/Shanghai", "--days", "2021-05-28", "--hours", "18:00-08:00"], "end after"),
])
def test_new_with_bad_settings_says_why_and_creates_nothing(tmp_path, capsys, args, words):
    code, _, err = run(capsys, "new", tmp_path / "conf.slotwise", "--name", "X", *args)
    assert code == 1
    assert words in one_line_error(err)
    assert list(tmp_path.iterdir()) == []


# -- info ------------------------------------------------------------------------------------

def test_info_names_the_event_and_counts_what_it_holds(imported, capsys):
    code, out, _ = run(capsys, "info", imported)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Jinan SME Day / 济南中小企业日"
    assert "2021-05-28 for 2 day(s)" in lines[1] and "Asia/Shanghai" in lines[1]
    counted = {line.split()[0]: int(line.split()[1]) for line in lines[2:]}
    assert {key: counted[key] for key in PLURALS} == SMALL_COUNTS


def test_info_json_has_the_plural_keys_and_true_counts(imported, capsys):
    code, out, _ = run(capsys, "info", imported, "--json")
    assert code == 0
    counts = json.loads(out)
    assert {key: counts[key] for key in PLURALS} == SMALL_COUNTS
    assert counts["scheduled"] == 0 and counts["versions"] == 0


# -- export and import -----------------------------------------------------------------------

def test_export_json_then_import_into_a_new_project(imported, tmp_path, capsys):
    out = tmp_path / "out" / "event.json"
    code, printed, _ = run(capsys, "export", imported, "--format", "json", "--out", out)
    assert code == 0 and printed.strip() == str(out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["cities"][0]["name_zh"] == "济南"

    copy = tmp_path / "copy.slotwise"
    code, printed, _ = run(capsys, "import", copy, out)
    assert code == 0 and "4 sessions" in printed
    again = tmp_path / "again.json"
    assert run(capsys, "export", copy, "--format", "json", "--out", again)[0] == 0
    assert again.read_bytes() == out.read_bytes()
    assert json.loads(run(capsys, "info", copy, "--json")[1]) == json.loads(
        run(capsys, "info", imported, "--json")[1])


@pytest.mark.parametrize("fmt, out", [("csv", "lists"), ("xlsx", "lists.xlsx")])
def test_exported_lists_import_back_into_the_project(imported, tmp_path, capsys, fmt, out):
    code, printed, _ = run(capsys, "export", imported, "--format", fmt, "--out", tmp_path / out)
    assert code == 0
    if fmt == "csv":
        assert sorted(Path(line).name for line in printed.split()) == [
            "channels.csv", "people.csv", "rooms.csv", "sessions.csv"]
    with Project.open(imported) as project:
        project.delete(m.Room, "hall-b")
    code, printed, err = run(capsys, "import", imported, tmp_path / out)
    assert code == 0, err
    assert "rooms: 1 added" in printed
    with Project.open(imported) as project:
        assert project.get(m.Room, "hall-b").seats == 80


def test_import_refuses_an_existing_project_without_replace(imported, small, tmp_path, capsys):
    with Project.open(imported) as project:
        project.add(m.City(key="dezhou", name_en="Dezhou"))
    code, _, err = run(capsys, "import", imported, small)
    assert code == 1
    assert "--replace" in one_line_error(err)
    with Project.open(imported) as project:
        assert project.counts()["cities"] == 3, "the project was left as it was"

    code, _, _ = run(capsys, "import", imported, small, "--replace")
    assert code == 0
    with Project.open(imported) as project:
        assert project.counts()["cities"] == 2


def test_import_of_bad_json_lists_the_problems_without_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(SMALL | {"rooms": [{"key": "hall-a", "venue": "iec",
                                                  "name_en": "Hall A", "seats": "many"}]}))
    code, _, err = run(capsys, "import", tmp_path / "new.slotwise", bad)
    assert code == 1 and "Traceback" not in err
    assert "bad.json, rooms[0] 'hall-a', field 'seats'" in err
    assert not (tmp_path / "new.slotwise").exists()


@pytest.mark.parametrize("command", [["info"], ["info", "--json"],
                                     ["export", "--format", "json", "--out", "x.json"]])
def test_a_missing_project_file_is_one_line_on_stderr(tmp_path, capsys, command):
    missing = tmp_path / "missing.slotwise"
    code, out, err = run(capsys, command[0], missing, *command[1:])
    assert code == 1 and out == ""
    assert "missing.slotwise: no such project file" in one_line_error(err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not all(sample_file(name).is_file() for name in SAMPLES),
                    reason="the sample events are not in resources/samples yet")
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_demo_creates_a_project_holding_the_sample(tmp_path, capsys, name):
    path = tmp_path / "demo.slotwise"
    code, out, _ = run(capsys, "demo", path, "--sample", name)
    assert code == 0 and "Created" in out
    sample = json.loads(sample_file(name).read_text(encoding="utf-8"))
    counts = json.loads(run(capsys, "info", path, "--json")[1])
    assert {key: counts[key] for key in PLURALS} == {key: len(sample.get(key, [])) for key in PLURALS}


# -- the installed command -------------------------------------------------------------------

def test_the_slotwise_command_creates_and_describes_a_project(tmp_path):
    made = run_installed(tmp_path, "new", "conf.slotwise", "--name", "SME Day", "--tz",
                         "Asia/Shanghai", "--days", "2021-05-28..2021-05-29")
    assert made.returncode == 0, made.stderr
    info = run_installed(tmp_path, "info", "conf.slotwise", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout) == dict.fromkeys(
        PLURALS + ("resources", "relations", "scheduled", "versions"), 0)


def test_the_slotwise_command_reports_errors_in_one_line(tmp_path):
    result = run_installed(tmp_path, "info", "missing.slotwise")
    assert result.returncode == 1
    assert one_line_error(result.stderr) == (
        "slotwise: error: missing.slotwise: no such project file")
    bad_zone = run_installed(tmp_path, "new", "x.slotwise", "--name", "X", "--tz", "Mars/Base",
                             "--days", "2021-05-28")
    assert bad_zone.returncode == 1 and "Mars/Base" in one_line_error(bad_zone.stderr)
    assert list(tmp_path.iterdir()) == []
