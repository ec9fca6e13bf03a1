"""`slotwise scenario …`: save, list, switch, compare (text and JSON), promote, rename, delete."""

from __future__ import annotations

import json

from scheduler import Project
from scheduler.domain import models as m
from scheduler.scenarios import active, scenarios
from cli_kit import one_line_error, run
from scenarios_kit import make_clash


def test_the_whole_round_from_the_command_line(capsys, project_file):
    code, out, _ = run(capsys, "scenario", project_file, "save", "Plan B", "--note", "hall lost")
    assert code == 0 and "Saved scenario 'Plan B': 10 sessions placed." in out
    code, out, _ = run(capsys, "scenario", project_file, "switch", "Plan B")
    assert code == 0 and out.strip() == "Now editing scenario 'Plan B'."
    with Project.open(project_file) as project:
        other, moved, _ = make_clash(project)
        title = project.get(m.Session, moved).title_en
    code, out, _ = run(capsys, "scenario", project_file, "list")
    assert out.splitlines()[0] == "  main schedule" and out.splitlines()[1].startswith("* Plan B")
    assert "hall lost" in out

    code, out, _ = run(capsys, "scenario", project_file, "compare", "main", "Plan B")
    assert code == 0
    assert "B: scenario 'Plan B': 10 sessions placed" in out
    assert "[room_overlap]" in out.split("Hard violations of B")[1]
    assert "Hard violations of A (the main schedule): none" in out
    assert f"  - {title} (moved)" in out and "Sessions placed differently: 1" in out

    code, out, _ = run(capsys, "scenario", project_file, "compare", "main", "Plan B", "--json")
    data = json.loads(out)
    assert [move["key"] for move in data["moves"]] == [moved]
    assert "room_overlap" in [v["rule"] for v in data["b"]["hard"]] and data["a"]["hard"] == []

    code, out, _ = run(capsys, "scenario", project_file, "promote", "Plan B")
    assert code == 0 and "is now the main schedule" in out and "Main before promoting Plan B" in out
    code, out, _ = run(capsys, "scenario", project_file, "rename", "Plan B", "Clash")
    code, out, _ = run(capsys, "scenario", project_file, "delete", "Clash")
    assert code == 0
    with Project.open(project_file) as project:
        assert active(project) is None
        assert [s.name for s in scenarios(project)][0].startswith("Main before promoting Plan B")
        assert len(scenarios(project)) == 1


def test_mistakes_end_in_one_line(capsys, project_file):
    run(capsys, "scenario", project_file, "save", "Plan B")
    code, _, err = run(capsys, "scenario", project_file, "save", "Plan B")
    assert code == 1 and "already exists" in one_line_error(err)
    code, _, err = run(capsys, "scenario", project_file, "switch", "Plan C")
    assert code == 1 and "no scenario named 'Plan C'" in one_line_error(err)
    run(capsys, "scenario", project_file, "switch", "Plan B")
    code, _, err = run(capsys, "publish", project_file, "--note", "x")
    assert code == 1 and "switch back to the main schedule" in one_line_error(err)
    code, _, err = run(capsys, "scenario", project_file, "delete", "Plan B")
    assert code == 1 and "is being edited" in one_line_error(err)
    code, out, _ = run(capsys, "scenario", project_file, "switch", "main")
    assert code == 0 and out.strip() == "Now editing the main schedule."
