"""One publication as plain work, without widgets: freeze the version, write the feeds, push them.

Runs on the Publish dialog's worker thread. It opens the project file again (a connection of
its own: nothing read on the GUI thread crosses over) and closes it at the end. The three
steps are separate, as in the CLI: a version once published stays published whatever happens
to the export or the push after it, and the export and the push do not depend on each other.
What happened is gathered in an ``Outcome``; errors are kept as sentences, never raised.

Cancel is cooperative: ``stop`` is checked between the steps and at every feed built and
every session pushed (through the progress hooks of ``ics.export`` and ``caldav_push.push``).
Freezing the version is one short transaction and is not interrupted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scheduler.errors import SlotwiseError
from scheduler.project import Project

PUBLISH, EXPORT, PUSH = "publish", "export", "push"


@dataclass(frozen=True)
class CalDavTarget:
    url: str
    user: str
    password: str  # held in memory for this push only, never stored
    feeds: tuple[str, ...]  # labels: "programme", "online", "city:jinan" …


@dataclass(frozen=True)
class Plan:
    path: Path  # the project file
    note: str | None  # None: make no new version, send the latest one again
    folder: Path | None = None  # where to write the .ics feeds, or None
    caldav: CalDavTarget | None = None


@dataclass(frozen=True)
class Step:
    """Where the work is: ``what`` is the version number (publish), a feed's file name (export)
    or a feed label (push); ``done`` of ``total`` feeds built, or sessions of this calendar."""

    kind: str  # PUBLISH, EXPORT or PUSH
    what: str
    done: int
    total: int


@dataclass
class Outcome:
    version: int | None = None  # the version published now, or sent again
    published: bool = False  # a new version was made by this run
    error: str | None = None  # publishing itself failed: nothing was published
    files: list[Path] = field(default_factory=list)  # feeds and index.json written
    export_error: str | None = None
    reports: list = field(default_factory=list)  # caldav_push.CollectionReport, one per calendar
    push_error: str | None = None
    push_stopped_at: str | None = None  # the calendar being pushed when the push failed or stopped
    cancelled_at: str | None = None  # PUBLISH, EXPORT or PUSH: the step a cancel stopped


class Cancelled(Exception):
    """Raised inside the work when ``stop`` is set; never leaves ``carry_out``."""


def carry_out(plan: Plan, tell: Callable[[Step], None], stop: threading.Event) -> Outcome:
    """Do what the plan says, step by step, telling where it is; the outcome of each step."""
    outcome = Outcome()
    step = PUBLISH
    try:
        with Project.open(plan.path) as project:
            _version(project, plan, outcome, tell)
            for step, wanted, work in ((EXPORT, plan.folder, _export), (PUSH, plan.caldav, _push)):
                if wanted is not None:
                    _checked(stop)
                    work(project, plan, outcome, tell, stop)
    except Cancelled:
        outcome.cancelled_at = step
    except Exception as exc:  # noqa: BLE001 - the dialog shows it; the thread must end cleanly
        outcome.error = _sentence(exc)
    return outcome


def _version(project: Project, plan: Plan, outcome: Outcome, tell) -> None:
    from scheduler.publishing import publish, versions

    published = versions(project)
    if plan.note is None:
        if not published:
            raise SlotwiseError(QCoreApplication.translate(
                "PublishJob", "Nothing has been published yet: there is no version to send."))
        outcome.version = published[-1].number
        return
    tell(Step(PUBLISH, str((published[-1].number if published else 0) + 1), 0, 1))
    version = publish(project, plan.note)
    outcome.version, outcome.published = version.number, True
    tell(Step(PUBLISH, str(version.number), 1, 1))


def _export(project: Project, plan: Plan, outcome: Outcome, tell, stop) -> None:
    from scheduler.publishing.ics import export

    def progress(what: str, done: int, total: int) -> None:
        _checked(stop)
        tell(Step(EXPORT, what, done, total))

    try:
        _, outcome.files = export(project, plan.folder, outcome.version, progress=progress)
    except (SlotwiseError, OSError) as exc:
        outcome.export_error = _sentence(exc)


def _push(project: Project, plan: Plan, outcome: Outcome, tell, stop) -> None:
    from scheduler.publishing.caldav_push import push

    target = plan.caldav

    def progress(what: str, done: int, total: int) -> None:
        outcome.push_stopped_at = what
        _checked(stop)
        tell(Step(PUSH, what, done, total))

    try:
        _, outcome.reports = push(project, target.url, target.user or None, target.password,
                                  list(target.feeds), progress=progress)
    except (SlotwiseError, OSError) as exc:
        outcome.push_error = _sentence(exc)
    else:
        outcome.push_stopped_at = None


def _checked(stop: threading.Event) -> None:
    if stop.is_set():
        raise Cancelled


def _sentence(exc: Exception) -> str:
    return str(exc) if isinstance(exc, SlotwiseError) else f"{type(exc).__name__}: {exc}"
