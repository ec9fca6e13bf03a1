"""Writing and printing the programme on a worker thread, answers back through signals.

A booklet of a 1,000-session event takes about a second to lay out and draw, too long for the
GUI thread. One QThread, with its own event loop (text documents start timers, which need one),
does every job, so a job's text documents, fonts and paint device are made, used and dropped in
that one thread; the job gets only immutable data (the problem snapshot, the schedule, the
names) and a printer nobody else touches meanwhile. Answers come back through a mailbox made
once on the GUI thread and never deleted, so a window closed while its job runs is no danger.
The thread is stopped when Python exits.
"""

from __future__ import annotations

import atexit
import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from scheduler.errors import SlotwiseError
from scheduler.problem import Problem, Schedule
from scheduler.programme import Names, build_programme

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
_ids = itertools.count(1)
_mailbox = None
_thread = _worker = None


class _Mailbox(QObject):
    done = Signal(int, str, int)  # job id, where it went, pages (0 for HTML)
    failed = Signal(int, str)


class _Worker(QObject):
    """Lives in the programme thread: a job sent with ``run`` is done there."""

    run = Signal(int, object)  # job id, work() -> (where, pages)

    def __init__(self):
        super().__init__()
        self.run.connect(self._run)

    @Slot(int, object)
    def _run(self, job: int, work) -> None:
        box = mailbox()
        try:
            where, pages = work()
        except (SlotwiseError, OSError) as exc:
            box.failed.emit(job, str(exc))
        except Exception as exc:  # a bug: still an answer, never a silent worker
            box.failed.emit(job, f"{type(exc).__name__}: {exc}")
        else:
            box.done.emit(job, where, pages)


def mailbox() -> _Mailbox:
    """The one mailbox (made on the first call, which must be on the GUI thread)."""
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox()
    return _mailbox


def _worker_thread() -> _Worker:
    global _thread, _worker
    if _worker is None:
        _thread = QThread()
        _thread.setObjectName("slotwise-programme")
        _worker = _Worker()
        _worker.moveToThread(_thread)
        _thread.start()
        atexit.register(_stop)
    return _worker


def _stop() -> None:
    """Let the thread end before Python does (a QThread destroyed while running aborts)."""
    if _thread is not None:
        _thread.quit()
        _thread.wait(30_000)


def file_format(path: Path) -> str:
    """"pdf" or "html" by the file's suffix; SlotwiseError naming the file otherwise."""
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise SlotwiseError(QCoreApplication.translate(
            "ProgrammeJobs", "{name}: a programme is written as .pdf or .html").format(name=Path(path).name))
    return kind


def start_export(problem: Problem, schedule: Schedule, names: Names, language: str,
                 path: Path) -> int:
    """Write the programme to ``path`` (PDF or HTML by its suffix) in the background; the job's
    id, which the mailbox's answer carries."""
    kind = file_format(path)
    return _start(lambda: _export(build_programme(problem, schedule, names, language), path, kind))


def start_print(problem: Problem, schedule: Schedule, names: Names, language: str, printer) -> int:
    """Print the booklet on ``printer`` (set up by the print dialog) in the background."""
    def work():
        from .booklet import print_booklet

        pages = print_booklet(build_programme(problem, schedule, names, language), printer)
        return printer.outputFileName() or printer.printerName(), pages

    return _start(work)


def _export(programme, path: Path, kind: str) -> tuple[str, int]:
    if kind == "html":
        from scheduler.programme.html import write_agenda

        return str(write_agenda(programme, path)), 0
    from .booklet import write_pdf

    return str(path), write_pdf(programme, path)


def _start(work) -> int:
    job = next(_ids)
    mailbox()
    _worker_thread().run.emit(job, work)
    return job
