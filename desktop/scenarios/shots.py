"""Pictures of the scenarios for ``python -m desktop.screenshots``: the Scenarios dock with a
scenario being edited (scenarios-panel.png), and the Compare dialog of the main schedule and
that scenario, where a few sessions were moved and one move makes a room clash
(scenario-compare.png). A main schedule left with a clash by an earlier picture is solved again
first (stable); the main schedule is active again afterwards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

PANEL_SIZE = (1450, 900)
DIALOG_SIZE = (1250, 820)
SCENARIO = "Plan B: afternoon visits later"


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    from PySide6.QtCore import Qt

    from ..screenshots import save, wait_for

    feature = window.scenarios
    clean_main(app, window, seconds)
    if not feature.save_as(SCENARIO, "What if the coaches leave an hour later?"):
        raise SystemExit("the scenario could not be saved: " + feature.panel.message.text())
    feature.save_as("Plan C: online forums", "")
    if not feature.switch(SCENARIO):
        raise SystemExit("could not switch to the scenario: " + feature.panel.message.text())
    move_a_few(window)
    wait_for(app, lambda: not window.checking)
    feature.dock.show()
    feature.dock.raise_()
    window.resizeDocks([feature.dock], [380], Qt.Orientation.Horizontal)
    feature.panel.choose(SCENARIO)
    saved = [save(app, window, outdir, "scenarios-panel.png")]
    dialog = feature.show_compare(SCENARIO)
    dialog.resize(*DIALOG_SIZE)
    wait_for(app, lambda: dialog.comparison is not None and not dialog.busy)
    saved.append(save(app, dialog, outdir, "scenario-compare.png"))
    dialog.close()
    feature.switch(None)
    wait_for(app, lambda: not window.checking)
    return saved


def clean_main(app, window, seconds: float) -> None:
    """Solve again (keeping the schedule stable) when an earlier picture left a clash in the
    main schedule: the comparison should show the scenario's clash against a clean main."""
    from ..screenshots import wait_for
    from ..solving import SolveOptions

    wait_for(app, lambda: not window.checking)
    if window.state.validation is None or window.state.validation.is_feasible:
        return
    if window.start_solve(SolveOptions(time_limit=seconds, workers=2, keep_stable=True)) is None:
        raise SystemExit("the main schedule could not be solved again for the scenario pictures")
    wait_for(app, lambda: not window.solving and not window.checking)


def move_a_few(window) -> None:
    """In the schedule being edited: two sessions an hour later, and one on-site session into
    the room and start of another in the same city, where it would fit (a clash the comparison
    must show)."""
    from scheduler.snapshot import save_schedule

    state = window.state
    problem, schedule = state.problem, dict(state.schedule)
    free = sorted((p for p in schedule.values() if p.room and not p.channel
                   and problem.session[p.session].pin_start is None
                   and problem.session[p.session].pin_room is None),
                  key=lambda p: (p.start, p.session))
    first, clash = next((a, b) for a in sorted(schedule.values(), key=lambda p: p.start)
                        for b in free if a.room and b.room != a.room and fits(problem, b, a.room))
    schedule[clash.session] = replace(clash, room=first.room, start=first.start)
    for later in [p for p in free if p.session != clash.session][-2:]:
        schedule[later.session] = replace(later, start=later.start + 60)
    window.editor.record("Move sessions for the picture",
                         lambda: save_schedule(window.project, problem, schedule))


def fits(problem, placement, room_key: str) -> bool:
    """Whether the session could take place in that room: same city, seats and features,
    no rule of its own about places or times."""
    session, room = problem.session[placement.session], problem.room[room_key]
    return (room.city == problem.room[placement.room].city and room.seats >= session.expected_onsite
            and session.required_features <= room.features and not session.allowed
            and all(rule.target == "city" or (rule.target == "venue" and rule.value == room.venue)
                    for rule in session.place_rules))
