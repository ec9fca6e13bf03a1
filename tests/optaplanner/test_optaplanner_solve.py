"""`slotwise solve` on OptaPlanner projects: the dataset's constraints are the engine's rules.

Each solve is scored twice, independently: by the validator (Slotwise's rules) and by the exact
OptaPlanner scorer; the engine's own cost of every mapped rule must equal the scorer's total of the
constraint it stands for, so the engine optimises exactly what OptaPlanner measures.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from scheduler import Project
from scheduler.cli import main
from scheduler.optaplanner import read_dataset, score, write_dataset
from scheduler.optaplanner.project_import import import_dataset
from scheduler.optaplanner.project_score import profile_of, schedule_assignment, score_project
from scheduler.optaplanner.rules_map import SOFT_RULES
from scheduler.snapshot import previous_schedule, snapshot
from scheduler.solver import solve
from scheduler.validator import validate

from optaplanner_kit import SMALL, benchmarks

# Constraints whose engine rule counts exactly what the scorer counts (the room-tag rules are per
# talk in Slotwise, so they are left out of the exact comparison).
EXACT = ("Theme track conflict", "Sector conflict", "Content conflict", "Theme track room stability",
         "Same day talks", "Content audience level flow violation", "Popular talks")


def solved(path, time_limit=10.0):
    with Project.open(path) as project:
        profile, problem = profile_of(project), snapshot(project)
        previous = previous_schedule(project, problem)
    result = solve(problem, time_limit=time_limit, workers=2, seed=0, previous=previous)
    return profile, problem, previous, result


def test_the_small_dataset_solves_to_zero_hard_and_medium_and_every_cost_agrees(tmp_path):
    path = tmp_path / "t18.slotwise"
    import_dataset(benchmarks() / SMALL, path).close()
    profile, problem, previous, result = solved(path)
    assert result.schedule is not None and len(result.schedule) == 18
    exact = score(profile.dataset, schedule_assignment(profile, problem, result.schedule))
    assert (exact.init, exact.hard, exact.medium) == (0, 0, 0)
    check = validate(problem, result.schedule, previous=previous)
    assert check.is_feasible
    assert check.total_cost == result.objective
    totals = {c.name: c.total for c in exact.constraints}
    for name in EXACT:
        engine = sum(result.costs.get(rule, 0) for rule in SOFT_RULES[name])
        assert engine == -totals[name], name
    # The file's own partial schedule (2 talks) scores -2145 soft on 2 talks; spread over all 18,
    # the solver's answer must stay within the bound it proved.
    assert -exact.soft <= result.objective + 2000  # rewards and unmodelled rules: a few points


def test_the_dataset_s_hard_constraints_hold_after_a_solve(tmp_path):
    """Crowd control, mutually exclusive talks, required slot tags and prohibited room tags."""
    dataset = read_dataset(benchmarks() / SMALL)
    talks = {t.code: t for t in dataset.talks}
    free = {c: t for c, t in talks.items() if t.timeslot is None}  # neither pinned nor published
    breakouts = [c for c, t in free.items() if t.talk_type == "Breakout"]
    lab = next(c for c, t in free.items() if t.talk_type == "Lab")
    risky = breakouts[:5] + [c for c, t in talks.items() if t.crowd_control_risk > 0]
    changed = {c: replace(talks[c], crowd_control_risk=1) for c in breakouts[:5]}
    changed |= {c: replace(talks[c], mutually_exclusive_tags=frozenset({"Sponsor"})) for c in breakouts[5:8]}
    changed[lab] = replace(talks[lab], required_timeslot_tags=frozenset({"After lunch"}))
    quiet = breakouts[8]
    changed[quiet] = replace(talks[quiet], prohibited_room_tags=frozenset({"Recorded"}))
    dataset = replace(dataset, talks=tuple(changed.get(t.code, t) for t in dataset.talks))
    source = write_dataset(dataset, dataset.assignment(), tmp_path / "changed.xlsx")
    path = tmp_path / "changed.slotwise"
    import_dataset(source, path).close()
    profile, problem, previous, result = solved(path)
    # The mapping: hard rules of the project, not only a lucky answer.
    sessions = problem.session
    assert {(r.kind, r.first, r.second) for r in problem.relations if r.kind == "not_same_time"} == {
        ("not_same_time", a, b) for i, a in enumerate(breakouts[5:8]) for b in breakouts[5:8][i + 1:]}
    assert [r.capacity for r in problem.resources] == [2]
    assert {k for k, s in sessions.items() if s.resources} == set(risky)
    assert len(sessions[lab].allowed) == 1, "only the After lunch Lab slot"
    assert [(r.kind, r.target, r.value) for r in sessions[quiet].place_rules] == [
        ("prohibited", "room_tag", "Recorded")]
    exact = score(profile.dataset, schedule_assignment(profile, problem, result.schedule))
    by_name = {c.name: c for c in exact.constraints}
    assert (exact.init, exact.hard, exact.medium) == (0, 0, 0), [
        (c.name, c.total) for c in exact.constraints if c.level != "soft" and c.total]
    slots = {t.index: t for t in dataset.timeslots}
    placed = schedule_assignment(profile, problem, result.schedule)
    assert "After lunch" in slots[placed[lab][0]].tags
    assert placed[quiet][1] == "R 2", "the only Breakout room without the Recorded tag"
    per_slot = [sum(placed[c][0] == index for c in risky) for index in slots]
    assert max(per_slot) <= 2
    assert by_name["Talk mutually-exclusive-talks tags"].matches == []


def test_the_cli_solves_an_imported_dataset_and_scores_it(tmp_path, capsys):
    path = tmp_path / "t18.slotwise"
    import_dataset(benchmarks() / SMALL, path).close()
    assert main(["solve", str(path), "--resolve", "--time-limit", "5"]) == 0
    capsys.readouterr()
    assert main(["score-optaplanner", str(path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    hard, medium, soft = last.split("/")
    assert (hard, medium) == ("0hard", "0medium") and soft.endswith("soft")
    with Project.open(path) as project:
        assert score_project(project).init == 0


@pytest.mark.slow
def test_the_72_talk_dataset_beats_optaplanner_s_reference_within_60_seconds(tmp_path):
    path = tmp_path / "t72.slotwise"
    import_dataset(benchmarks() / "72talks-12timeslots-10rooms.xlsx", path).close()
    profile, problem, previous, result = solved(path, time_limit=60)
    exact = score(profile.dataset, schedule_assignment(profile, problem, result.schedule))
    assert validate(problem, result.schedule, previous=previous).is_feasible
    assert (exact.init, exact.hard, exact.medium) == (0, 0, 0)
    assert exact.soft > -1_025_250
