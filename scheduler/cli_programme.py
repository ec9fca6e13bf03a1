"""CLI command export-programme: the stored schedule as a printable PDF booklet or HTML agenda.

The PDF is drawn by Qt's printing support (``desktop.printing``), imported only when a PDF is
asked for, so the core stays Qt-free; it needs the Qt libraries but never a display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import SlotwiseError
from .programme.words import LANGUAGES

FORMATS = ("pdf", "html")


def register(commands) -> None:
    export = commands.add_parser(
        "export-programme", help="write the programme as a PDF booklet or an HTML agenda")
    export.add_argument("path", help="the project file")
    export.add_argument("--format", choices=FORMATS, required=True, dest="format")
    export.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="en, zh (Chinese names where the data has them) or both")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.set_defaults(run=run_export_programme)


def run_export_programme(args) -> int:
    from .programme import read_programme
    from .programme.output import check_target
    from .project import Project

    source = Path(args.path)
    if not source.is_file():
        raise SlotwiseError(f"{source}: no such project file")
    out = check_target(args.out)
    with Project.open(source) as project:
        programme = read_programme(project, args.lang)
    if args.format == "html":
        from .programme.html import write_agenda

        write_agenda(programme, out)
        print(f"Wrote {out}: {len(programme.pages)} day-and-city sections, "
              f"{programme.session_count} sessions")
        return 0
    pages = _write_pdf(programme, out)
    print(f"Wrote {out}: {pages} pages, {programme.session_count} sessions")
    return 0


def _write_pdf(programme, out: Path) -> int:
    """Qt renders the booklet; offscreen when there is no display (servers, CI)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from desktop.printing.booklet import write_pdf
    except ImportError as exc:
        raise SlotwiseError(f"the PDF needs the Qt libraries (PySide6): {exc}") from exc
    return write_pdf(programme, out)
