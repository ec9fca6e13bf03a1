"""`slotwise-desktop --self-test OUTDIR`: prove that an installation works, end to end.

An installed bundle can miss a Qt plugin, a migration script, the sample or a hidden import
and still start; only doing the real work shows it. So this opens a fresh copy of the sample
event in the real main window (offscreen when there is no display), waits for the validator's
worker process, solves through the window's own solve operation, checks the stored schedule
with the independent validator, publishes it as version 1 and exports its calendars into
OUTDIR, then reads every .ics back. It prints a short summary and exits 0, or names the step
that failed and exits 1. The user's settings and recent files are not touched: the
application it makes has no organisation, so it keeps no settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

TIME_LIMIT = 10.0  # seconds of search: the sample's schedule is sound well before
WAIT_MS = 180_000  # for the validator's answer and for the solve to come back
SAMPLE = "shandong"


class SelfTestFailed(Exception):
    """One step of the self-test did not do what it should; the message says which."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfTest", text)


def run_self_test(outdir: Path) -> int:
    """Run every step; print the summary (exit 0) or the reason it failed (exit 1)."""
    from .app import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="slotwise-self-test-") as folder:
            lines = check_installation(Path(folder), outdir)
    except Exception as exc:  # whatever broke, the user gets one sentence and a status
        print(_tr("slotwise-desktop: self-test FAILED: {reason}").format(
            reason=f"{type(exc).__name__}: {exc}" if not isinstance(exc, SelfTestFailed)
            else str(exc)), file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


def check_installation(folder: Path, outdir: Path) -> list[str]:
    """The steps, in order; each raises SelfTestFailed naming what went wrong."""
    from PySide6.QtWidgets import QApplication

    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json
    from scheduler.version import __version__

    from .identity import apply_identity
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "slotwise-desktop"])
    apply_identity(app)
    if app.windowIcon().isNull():
        raise SelfTestFailed(_tr("the application icon is missing (resources/icons)"))
    project = create_project_from_json(folder / "sample.slotwise", sample_path(SAMPLE))
    window = MainWindow(project)
    try:
        window.show()
        _wait_for_findings(window)
        result = _solve(window)
        lines = [_tr("Slotwise {version} (Qt platform {platform}): opened the sample '{event}' "
                     "and checked it in the validator's worker process").format(
            version=__version__, platform=app.platformName(), event=project.event().name_en)]
        lines += _check_translations()
        lines += _check_stored(window.project, result)
        lines += _publish_and_export(window.project, outdir)
    finally:
        window.close()
        window.deleteLater()
    return lines + [_tr("Self-test passed.")]


def _wait(signals, milliseconds: int) -> tuple | None:
    """Run the event loop until one of ``signals`` fires; its arguments, or None on timeout."""
    loop, got = QEventLoop(), []

    def heard(*args):
        got.append(args)
        loop.quit()

    for signal in signals:
        signal.connect(heard)
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(heard)
    return got[0] if got else None


def _wait_for_findings(window) -> None:
    """The validator runs in a worker process: its answer proves multiprocessing works here."""
    if window.checking and _wait([window.findings_ready, window.check_failed], WAIT_MS) is None:
        raise SelfTestFailed(_tr("the validator's worker process did not answer"))
    if window.state is None or not window.state.checked:
        raise SelfTestFailed(_tr("the schedule was not checked by the validator"))


def _solve(window):
    """Solve through the window, exactly as the Solve button does, and wait for its result."""
    from .solving import SolveOptions

    outcome = []
    window.solve_finished.connect(outcome.append)
    window.solve_failed.connect(outcome.append)
    if window.start_solve(SolveOptions(time_limit=TIME_LIMIT, workers=2)) is None:
        raise SelfTestFailed(_tr("the solve did not start (the sample's data was refused)"))
    if not outcome and _wait([window.solve_finished, window.solve_failed], WAIT_MS) is None:
        raise SelfTestFailed(_tr("the solve did not end in time"))
    if isinstance(outcome[0], str):
        raise SelfTestFailed(outcome[0])
    return outcome[0]


def _check_translations() -> list[str]:
    """Every language the app offers has a compiled translation that Qt can load."""
    from PySide6.QtCore import QTranslator

    from . import translations

    loaded = []
    for language, locale_name in translations.LOCALES.items():
        if language == translations.SOURCE_LANGUAGE:
            continue
        qm = translations.qm_file(locale_name)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)) or translator.isEmpty():
            raise SelfTestFailed(_tr("the {locale} translation is missing or empty").format(
                locale=locale_name))
        loaded.append(locale_name)
    return [_tr("Translations load: {locales}").format(locales=", ".join(loaded) or "-")]


def _check_stored(project, result) -> list[str]:
    """What the window stored, judged again by the independent validator."""
    from scheduler.snapshot import snapshot, stored_schedule
    from scheduler.validator import validate

    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    if not schedule:
        raise SelfTestFailed(_tr("no schedule was stored ({message})").format(
            message=result.message or result.status))
    validation = validate(problem, schedule)
    if validation.hard:
        raise SelfTestFailed(_tr("the stored schedule breaks {count} hard rule(s): {first}").format(
            count=len(validation.hard), first=validation.hard[0].message))
    return [_tr("Solved in {seconds:.1f} s: {scheduled} of {sessions} sessions scheduled, "
                "no hard rule broken, soft cost {cost}").format(
        seconds=result.elapsed, scheduled=len(schedule), sessions=len(problem.sessions),
        cost=validation.total_cost)]


def _publish_and_export(project, outdir: Path) -> list[str]:
    """Publish version 1, write every calendar, and read each one back."""
    from icalendar import Calendar

    from scheduler.publishing import ics
    from scheduler.publishing.versions import publish

    version = publish(project, _tr("Self-test"))
    _, written = ics.export(project, outdir)
    calendars = [path for path in written if path.suffix == ".ics"]
    if not calendars:
        raise SelfTestFailed(_tr("no calendar was written into {folder}").format(folder=outdir))
    events = 0
    for path in calendars:
        try:
            parsed = Calendar.from_ical(path.read_bytes())
        except ValueError as exc:
            raise SelfTestFailed(_tr("{file} does not parse: {error}").format(
                file=path.name, error=exc)) from exc
        events = max(events, len(parsed.walk("VEVENT")))
    return [_tr("Published version {number}; exported {count} calendars into {folder} "
                "(the largest holds {events} sessions)").format(
        number=version.number, count=len(calendars), folder=outdir, events=events)]
