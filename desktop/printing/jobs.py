"""Writing and printing the programme on a worker thread, answers back through signals.

A booklet of a 1,000-session event takes about a second to lay out and draw, too long for the
GUI thread. One worker thread does every job, so a job's text documents, fonts and paint device
are made, used and dropped in that one thread; the job gets only immutable data (the problem
snapshot, the schedule, the names) and a printer nobody else touches meanwhile. Answers come
back through a mailbox made once on the GUI thread and never deleted, so a window closed while
its job runs is no danger.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from scheduler.errors import SlotwiseError
from scheduler.problem import Problem, Schedule
from scheduler.programme import Names, build_programme

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slotwise-programme")
_ids = itertools.count(1)
_mailbox = None


class _Mailbox(QObject):
    done = Signal(int, str, int)  # job id, where it went, pages (0 for HTML)
    failed = Signal(int, str)


def mailbox() -> _Mailbox:
    """The one mailbox (made on the first call, which must be on the GUI thread)."""
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox()
    return _mailbox


def file_format(path: Path) -> str:
    """"pdf" or "html" by the file's suffix; SlotwiseError naming the file otherwise."""
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise SlotwiseError(f"{Path(path).name}: a programme is written as .pdf or .html")
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
    job, box = next(_ids), mailbox()

    def run() -> None:
        try:
            where, pages = work()
        except (SlotwiseError, OSError) as exc:
            box.failed.emit(job, str(exc))
        except Exception as exc:  # a bug: still an answer, never a silent worker
            box.failed.emit(job, f"{type(exc).__name__}: {exc}")
        else:
            box.done.emit(job, where, pages)

    _worker.submit(run)
    return job
