"""`slotwise solve` and `slotwise validate` end to end: real project files, the real solver.

Every schedule a solve stores is checked again here with the independent validator.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from scheduler import Project
from scheduler.domain import models as m
from scheduler.generate import generate_event
from scheduler.history import solve_runs
from scheduler.lint import check, has_errors
from scheduler.problem import Placement
from scheduler.snapshot import save_schedule, snapshot, stored_schedule
from scheduler.validator import validate
from cli_kit import one_line_error, run

SLOTWISE = Path(sys.executable).with_name("slotwise")
FAST = ("--time-limit", "5", "--workers", "1", "--seed", "3", "--quiet")
SHANGHAI = timezone(timedelta(hours=8))

# One morning, two halls, Li Wei speaks twice: feasible until something pins him down.
MORNING = {
    "schema_version": 1,
    "event": {"name_en": "Jinan Morning Forums", "timezone": "Asia/Shanghai",
              "start_date": "2021-05-28", "day_count": 1, "day_start": "09:00", "day_end": "13:00"},
    "cities": [{"key": "jinan", "name_en": "Jinan"}],
    "venues": [{"key": "iec", "city": "jinan", "name_en": "Convention Centre"}],
    "rooms": [{"key": "hall-a", "venue": "iec", "name_en": "Hall A", "seats": 200},
              {"key": "hall-b", "venue": "iec", "name_en": "Hall B", "seats": 100}],
    "people": [{"key": "li-wei", "name_en": "Li Wei"}, {"key": "amy-tan", "name_en": "Amy Tan"}],
    "sessions": [
        {"key": "trade", "title_en": "Trade Forum", "duration_minutes": 120, "expected_onsite": 80,
         "people": [{"person": "li-wei", "role": "speaker", "presence": "on_site"}]},
        {"key": "invest", "title_en": "Investment Forum", "duration_minutes": 120,
         "expected_onsite": 80,
         "people": [{"person": "li-wei", "role": "speaker", "presence": "on_site"}]},
        {"key": "press", "title_en": "Press Briefing", "duration_minutes": 30, "expected_onsite": 30,
         "people": [{"person": "amy-tan", "role": "speaker", "presence": "on_site"}]},
    ],
}


def window(kind: str, start: str, end: str) -> dict:
    return {"kind": kind, "start": f"2021-05-28T{start}:00+08:00", "end": f"2021-05-28T{end}:00+08:00"}


# A full day with one early and one afternoon session, each with a preferred hour.
DAY = {
    "schema_version": 1,
    "event": {"name_en": "Jinan SME Day", "timezone": "Asia/Shanghai", "start_date": "2021-05-28",
              "day_count": 1, "day_start": "09:00", "day_end": "18:00"},
    "cities": [{"key": "jinan", "name_en": "Jinan"}],
    "venues": [{"key": "iec", "city": "jinan", "name_en": "Convention Centre"}],
    "rooms": [{"key": "hall-a", "venue": "iec", "name_en": "Hall A", "seats": 100},
              {"key": "hall-b", "venue": "iec", "name_en": "Hall B", "seats": 100}],
    "people": [{"key": "li-wei", "name_en": "Li Wei"}, {"key": "amy-tan", "name_en": "Amy Tan"}],
    "sessions": [
        {"key": "talk", "title_en": "Opening Talk", "duration_minutes": 60, "expected_onsite": 90,
         "people": [{"person": "li-wei", "role": "speaker", "presence": "on_site"}],
         "windows": [window("preferred", "09:00", "10:00")]},
        {"key": "workshop", "title_en": "Export Workshop", "duration_minutes": 60,
         "expected_onsite": 90,
         "people": [{"person": "amy-tan", "role": "speaker", "presence": "on_site"}],
         "windows": [window("preferred", "14:00", "15:00")]},
    ],
}


def project_from(tmp_path: Path, capsys, document: dict, name: str = "event") -> Path:
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / f"{name}.slotwise"
    code, _, err = run(capsys, "import", path, source)
    assert code == 0, err
    return path


def stored(path: Path):
    """(problem, stored schedule) of a project file."""
    with Project.open(path) as project:
        problem = snapshot(project)
        return problem, stored_schedule(project, problem)


def history(path: Path) -> list[m.SolveRun]:
    with Project.open(path) as project:
        return solve_runs(project)


def sound(path: Path, **context):
    """The stored schedule, after insisting the validator finds it complete and feasible."""
    problem, schedule = stored(path)
    validation = validate(problem, schedule, **context)
    assert validation.is_feasible, [v.message for v in validation.hard]
    assert set(schedule) == {s.key for s in problem.sessions}
    return problem, schedule


def moved(before: dict, after: dict) -> set[str]:
    return {key for key in before if before[key] != after.get(key)}


def at(clock: str) -> datetime:
    hour, minute = map(int, clock.split(":"))
    return datetime(2021, 5, 28, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def small(tmp_path, capsys) -> Path:
    path = tmp_path / "small.slotwise"
    assert run(capsys, "demo", path, "--sample", "small")[0] == 0
    return path


@pytest.fixture
def solved_small(small, capsys) -> Path:
    code, out, err = run(capsys, "solve", small, *FAST)
    assert code == 0, out + err
    return small


@pytest.fixture
def morning(tmp_path, capsys) -> Path:
    path = project_from(tmp_path, capsys, MORNING, "morning")
    code, out, err = run(capsys, "solve", path, *FAST)
    assert code == 0, out + err
    return path


# -- solve -----------------------------------------------------------------------------------

def test_solve_stores_a_sound_schedule_for_every_session(small, tmp_path, capsys):
    report_file = tmp_path / "report.json"
    code, out, err = run(capsys, "solve", small, "--time-limit", "5", "--workers", "2",
                         "--report", report_file)
    assert code == 0, out + err
    assert "Status:" in out and f"Stored the schedule in {small}" in out
    problem, schedule = sound(small)

    code, out, _ = run(capsys, "validate", small)
    assert code == 0 and "0 hard violation(s)" in out
    assert f"{len(problem.sessions)} of {len(problem.sessions)} sessions scheduled" in out
    code, out, _ = run(capsys, "validate", small, "--json")
    checked = json.loads(out)
    assert code == 0 and checked["feasible"] is True and checked["hard"] == 0

    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["status"] in ("optimal", "timed_out")
    assert report["scheduled"] == report["sessions"] == len(problem.sessions)
    assert isinstance(report["elapsed_seconds"], float) and 0 <= report["elapsed_seconds"] < 10
    assert report["bound"] <= report["objective"]
    assert report["hard_violations"] == 0
    assert report["objective"] == checked["cost"], "the solver's cost is the validator's cost"
    assert report["rules"] and all({"rule", "cost", "violations"} <= set(r) for r in report["rules"])
    assert sum(r["cost"] for r in report["rules"]) == report["objective"]

    runs = history(small)
    assert len(runs) == 1
    assert runs[0].stored is True and runs[0].status == report["status"]
    assert runs[0].objective == report["objective"] and runs[0].report == report


def test_solve_prints_progress_unless_quiet(small, capsys):
    code, out, _ = run(capsys, "solve", small, "--time-limit", "5", "--workers", "1")
    assert code == 0
    assert re.match(r"\s+\d+\.\d s  cost \d+", out.splitlines()[0]), out
    code, quiet, _ = run(capsys, "solve", small, *FAST)
    assert code == 0 and quiet.splitlines()[0].startswith("Status:")


# -- infeasible data -------------------------------------------------------------------------

def test_an_impossible_pin_exits_2_names_the_culprits_and_keeps_the_schedule(morning, tmp_path,
                                                                            capsys):
    _, before = sound(morning)
    with Project.open(morning) as project:
        project.update(m.Session, "trade", pin_start=at("10:00"))
        assert not has_errors(check(project)), "the lint sees nothing wrong: only the solver can tell"
    code, out, _ = run(capsys, "solve", morning, *FAST, "--report", tmp_path / "why.json")
    assert code == 2
    assert out.startswith("Status: infeasible")
    explanation = out[out.index("No schedule can satisfy"):]
    assert "Trade Forum" in explanation and "Li Wei" in explanation
    assert "Stored the schedule" not in out
    report = json.loads((tmp_path / "why.json").read_text(encoding="utf-8"))
    assert report["status"] == "infeasible" and report["scheduled"] == 0
    subjects = {tuple(s) for c in report["explanation"]["conflicts"] for s in c["subjects"]}
    assert {("session", "trade"), ("person", "li-wei")} <= subjects, subjects
    assert {c["rule"] for c in report["explanation"]["conflicts"]} >= {"pin", "person_overlap"}
    assert stored(morning)[1] == before
    newest, first = history(morning)
    assert (newest.stored, newest.status) == (False, "infeasible")
    assert first.stored is True


def test_an_impossible_relation_exits_2_and_keeps_the_schedule(morning, capsys):
    _, before = sound(morning)
    with Project.open(morning) as project:
        trade, invest = project.get(m.Session, "trade"), project.get(m.Session, "invest")
        project.add(m.Relation(kind="same_time", first_id=trade.id, second_id=invest.id))
        assert not has_errors(check(project))
    code, out, _ = run(capsys, "solve", morning, *FAST)
    assert code == 2
    explanation = out[out.index("No schedule can satisfy"):]
    assert "Li Wei" in explanation
    assert "Trade Forum" in explanation and "Investment Forum" in explanation
    assert stored(morning)[1] == before
    assert [run_.stored for run_ in history(morning)] == [False, True]


@pytest.mark.parametrize("session, words", [
    ({"key": "summit", "title_en": "Leaders' Summit", "expected_onsite": 500},
     ["'Leaders' Summit' needs 500 seats", "Hall A"]),
    ({"key": "masterclass", "title_en": "Export Masterclass", "duration_minutes": 180,
      "people": ["li-wei"]},
     ["Li Wei", "Export Masterclass"]),
])
def test_data_the_lint_rejects_exits_2_before_any_solve(morning, capsys, session, words):
    problem, before = sound(morning)
    session = dict(session)
    speakers = session.pop("people", [])
    with Project.open(morning) as project:
        project.add(m.Session(**session))
        for key in speakers:
            project.add(m.SessionPerson(session_id=project.get(m.Session, session["key"]).id,
                                        person_id=project.get(m.Person, key).id))
    code, out, _ = run(capsys, "solve", morning, *FAST)
    assert code == 2
    assert out.startswith("error: ")
    assert all(word in out for word in words), out
    assert "nothing was changed" in out and "Status:" not in out
    with Project.open(morning) as project:
        assert stored_schedule(project, problem) == before
    assert len(history(morning)) == 1, "no solve ran, so none is recorded"


# -- validate --------------------------------------------------------------------------------

def hand_made(path: Path, places: dict[str, tuple[str, str]]) -> None:
    problem, _ = stored(path)
    schedule = {key: Placement(key, problem.minute(at(clock)), room)
                for key, (clock, room) in places.items()}
    with Project.open(path) as project:
        save_schedule(project, problem, schedule)


def test_validate_accepts_a_sound_hand_made_schedule(tmp_path, capsys):
    path = project_from(tmp_path, capsys, MORNING)
    hand_made(path, {"trade": ("09:00", "hall-a"), "invest": ("11:00", "hall-a"),
                     "press": ("09:00", "hall-b")})
    code, out, _ = run(capsys, "validate", path)
    assert code == 0 and "0 hard violation(s)" in out and "3 of 3 sessions scheduled" in out


def test_validate_exits_1_naming_the_rule_and_both_sessions(tmp_path, capsys):
    path = project_from(tmp_path, capsys, MORNING)
    hand_made(path, {"trade": ("09:00", "hall-a"), "invest": ("11:00", "hall-a"),
                     "press": ("09:30", "hall-a")})
    code, out, _ = run(capsys, "validate", path)
    assert code == 1
    hard = [line for line in out.splitlines() if line.startswith("hard: ")]
    assert len(hard) == 1, out
    assert hard[0].startswith("hard: room_overlap: ")
    assert "'Press Briefing'" in hard[0] and "'Trade Forum'" in hard[0] and "Hall A" in hard[0]
    assert "1 hard violation(s)" in out

    code, out, _ = run(capsys, "validate", path, "--json")
    checked = json.loads(out)
    assert code == 1 and checked["feasible"] is False and checked["hard"] == 1
    clash = next(v for v in checked["violations"] if v["severity"] == "hard")
    assert clash["rule"] == "room_overlap" and sorted(clash["sessions"]) == ["press", "trade"]
    assert clash["rooms"] == ["hall-a"]


def test_validate_counts_a_missing_session_as_a_hard_violation(tmp_path, capsys):
    path = project_from(tmp_path, capsys, MORNING)
    hand_made(path, {"trade": ("09:00", "hall-a"), "invest": ("11:00", "hall-a")})
    code, out, _ = run(capsys, "validate", path)
    assert code == 1
    assert any(line.startswith("hard: scheduled_once: ") and "Press Briefing" in line
               for line in out.splitlines()), out
    assert "2 of 3 sessions scheduled" in out


# -- re-solve --------------------------------------------------------------------------------

def test_resolve_without_changes_keeps_every_session(solved_small, capsys):
    _, before = sound(solved_small)
    code, out, err = run(capsys, "solve", solved_small, "--resolve", *FAST)
    assert code == 0, out + err
    _, after = sound(solved_small, previous=before)
    assert after == before
    assert "stability" not in out


def test_resolve_moves_only_what_a_new_pin_forces(solved_small, capsys):
    problem, before = sound(solved_small)
    panel = before["sme-finance-panel"]
    target = panel.start + 120 if panel.start <= problem.minute(at("14:00")) else panel.start - 180
    with Project.open(solved_small) as project:
        project.update(m.Session, "sme-finance-panel", pin_start=problem.moment(target))
    code, out, err = run(capsys, "solve", solved_small, "--resolve", *FAST)
    assert code == 0, out + err
    _, after = sound(solved_small, previous=before)
    assert after["sme-finance-panel"].start == target
    changed = moved(before, after)
    assert "sme-finance-panel" in changed and len(changed) <= 3, changed
    assert "'SME Finance Panel' moved from" in out


def change_preferences(path: Path) -> None:
    """The talk now prefers 15:00, the workshop 16:00, and preferences outweigh stability."""
    with Project.open(path) as project:
        for old in project.all(m.SessionWindow):
            project.remove(old)
        for key, start in (("talk", "15:00"), ("workshop", "16:00")):
            session_id = project.get(m.Session, key).id
            project.add(m.SessionWindow(session_id=session_id, kind="preferred", start=at(start),
                                        end=at(start) + timedelta(hours=1)))
        project.update_event(weights={"session_preferred_time": 50})


def test_resolve_with_now_freezes_a_started_session(tmp_path, capsys):
    path = project_from(tmp_path, capsys, DAY)
    assert run(capsys, "solve", path, *FAST)[0] == 0
    problem, before = sound(path)
    assert before["talk"].start == problem.minute(at("09:00"))
    assert before["workshop"].start == problem.minute(at("14:00"))
    change_preferences(path)
    with Project.open(path) as project:
        control = project.save_copy(tmp_path / "control.slotwise")

    code, out, err = run(capsys, "solve", path, "--resolve", "--now", "2021-05-28T09:30", *FAST)
    assert code == 0, out + err
    _, after = sound(path, previous=before, now=problem.minute(at("09:30")))
    assert after["talk"] == before["talk"], "the talk had started: it stays, room and all"
    assert after["workshop"].start == problem.minute(at("16:00")), "later sessions still move"

    # Without --now the same change does move the talk, so it was the clock that held it.
    code, out, err = run(capsys, "solve", control, "--resolve", *FAST)
    assert code == 0, out + err
    _, free = sound(control, previous=before)
    assert free["talk"].start == problem.minute(at("15:00"))


@pytest.mark.parametrize("extra, words", [
    (["--now", "2021-05-28T10:00"], "--now only makes sense with --resolve"),
    (["--resolve", "--now", "tomorrow morning"], "--now: 'tomorrow morning'"),
])
def test_bad_now_is_a_one_line_error_and_changes_nothing(solved_small, capsys, extra, words):
    _, before = stored(solved_small)
    code, out, err = run(capsys, "solve", solved_small, *extra, *FAST)
    assert code == 1 and out == ""
    assert words in one_line_error(err)
    assert stored(solved_small)[1] == before
    assert len(history(solved_small)) == 1


# -- user mistakes ---------------------------------------------------------------------------

def test_a_negative_time_limit_is_a_one_line_error(solved_small, capsys):
    _, before = stored(solved_small)
    code, out, err = run(capsys, "solve", solved_small, "--time-limit=-1", "--quiet")
    assert code == 1 and out == ""
    assert "--time-limit" in one_line_error(err)
    assert stored(solved_small)[1] == before


def test_a_report_that_cannot_be_written_is_a_one_line_error(small, tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "report.json"
    try:
        code, _, err = run(capsys, "solve", small, *FAST, "--report", target)
    except OSError as exc:
        pytest.fail(f"slotwise solve --report crashed with a traceback: {exc!r}")
    assert code == 1
    assert "report.json" in one_line_error(err)


# -- Ctrl-C ----------------------------------------------------------------------------------

@pytest.fixture
def generated(tmp_path, capsys) -> Path:
    """A 300-session event: its search runs long enough to be interrupted."""
    return project_from(tmp_path, capsys, generate_event(300, seed=1), "generated")


def interrupt(path: Path, *extra: str) -> tuple[int, str, str]:
    """Run `slotwise solve`, press Ctrl-C once the search reports progress, and wait."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    proc = subprocess.Popen([str(SLOTWISE), "solve", str(path), "--time-limit", "30", *extra],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = proc.stdout.readline()
        assert " cost " in first, "the search should report progress before it is interrupted"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, first + out, err


def test_ctrl_c_stops_the_search_and_keeps_the_stored_schedule(generated):
    code, out, err = interrupt(generated)
    assert "Traceback" not in err and "terminate called" not in err, err
    assert code == 1, (code, err)
    assert "Interrupted; the stored schedule is unchanged." in out
    assert stored(generated)[1] == {}
    newest = history(generated)[0]
    assert (newest.status, newest.stored) == ("stopped", False)


def test_ctrl_c_with_keep_best_stores_the_best_schedule_so_far(generated):
    code, out, err = interrupt(generated, "--keep-best")
    assert "Traceback" not in err and "terminate called" not in err, err
    assert code == 0, (code, err)
    assert "Stored the schedule" in out
    sound(generated)
    newest = history(generated)[0]
    assert (newest.status, newest.stored) == ("stopped", True)
