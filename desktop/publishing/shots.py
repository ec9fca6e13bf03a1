"""Screenshots of the Publish dialog for ``python -m desktop.screenshots``.

On a fresh copy of the sample (the shared window has a hand-made clash by now): solve,
publish version 1 through the dialog, move two sessions by hand where the validator has
nothing against it (one later, one to another room), then picture the dialog with its
preview (publish-dialog.png) and the result of exporting the feeds to a temporary folder
(publish-result.png).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

SIZE = (1280, 840)
NOTE = "Programme v2 — two sessions moved"


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json

    from ..main_window import MainWindow
    from ..screenshots import save, wait_for
    from ..solving import SolveOptions
    from . import open_publish_dialog

    with tempfile.TemporaryDirectory(prefix="slotwise-publish-") as folder:
        project = create_project_from_json(Path(folder) / "shandong.slotwise",
                                           sample_path("shandong"))
        mine = MainWindow(project)
        mine.resize(1400, 900)
        mine.show()
        try:
            if mine.start_solve(SolveOptions(time_limit=seconds, workers=2)) is None:
                raise SystemExit("publish shots: the sample could not be solved")
            wait_for(app, lambda: not mine.solving and not mine.checking)
            first = open_publish_dialog(mine)
            wait_for(app, lambda: first.preview is not None)
            first.note.setText("Programme v1")
            first.anyway.setChecked(True)  # (only counts if a short solve left a clash)
            _run(app, first, wait_for)
            first.accept()
            for key, start, room, channel in _moves(mine.state):
                mine.editor.place_session(key, mine.state.problem.moment(start), room, channel)
            wait_for(app, lambda: not mine.checking)
            dialog = open_publish_dialog(mine)
            wait_for(app, lambda: dialog.preview is not None)
            dialog.resize(*SIZE)
            dialog.note.setText(NOTE)
            where = dialog.destinations
            where.export_check.setChecked(True)
            where.folder.setText(str(Path(folder) / "feeds"))
            where.push_check.setChecked(True)
            where.url.setText("https://dav.example.org/slotwise/")
            where.user.setText("organiser")
            saved = [save(app, dialog, outdir, "publish-dialog.png")]
            where.push_check.setChecked(False)  # no server here: export only
            dialog.anyway.setChecked(True)
            _run(app, dialog, wait_for)
            saved.append(save(app, dialog, outdir, "publish-result.png"))
            dialog.accept()
        finally:
            mine.close()
    return saved


def _run(app, dialog, wait_for) -> None:
    if dialog.start() is None:
        raise SystemExit(f"publish shots: the dialog would not start: {dialog.why.text()}")
    wait_for(app, lambda: dialog.operation is None)


def _moves(state) -> list[tuple]:
    """Two hand moves the validator accepts: a session with people an hour later, and another
    one into a different room of its venue at the same time."""
    from scheduler.validator import validate

    problem, schedule = state.problem, dict(state.schedule)
    spoken = [p for p in schedule.values() if p.room and problem.session[p.session].people]
    found = []
    for placement in spoken:
        tries = [replace(placement, start=placement.start + 60)] if not found else [
            replace(placement, room=room.key) for room in problem.rooms
            if room.key != placement.room and room.venue == _venue(problem, placement.room)]
        for moved in tries:
            trial = schedule | {moved.session: moved}
            if validate(problem, trial, previous=state.previous).is_feasible:
                schedule = trial
                found.append((moved.session, moved.start, moved.room, moved.channel))
                break
        if len(found) == 2:
            break
    return found


def _venue(problem, room_key: str):
    return next(r.venue for r in problem.rooms if r.key == room_key)
