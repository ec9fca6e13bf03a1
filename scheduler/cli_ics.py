"""CLI command export-ics: the published programme as iCalendar feeds."""

from __future__ import annotations

import argparse
from pathlib import Path

from .project import Project


def register(commands) -> None:
    export = commands.add_parser("export-ics", help="write a published version as iCalendar feeds")
    export.add_argument("path")
    export.add_argument("--out", required=True, metavar="DIR", help="folder for the .ics files and index.json")
    export.add_argument("--version", type=_positive, metavar="N", help="version number (default: the latest)")
    export.add_argument("--base-url", metavar="URL",
                        help="where the feeds will be served, for SOURCE (default: file URIs)")
    export.set_defaults(run=run_export_ics)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a version number: {text!r}")
    return value


def run_export_ics(args) -> int:
    from .publishing.ics import export

    with Project.open(Path(args.path)) as project:
        version, written = export(project, Path(args.out), args.version, args.base_url)
    print(f"Version {version.number}: wrote {len(written) - 1} feeds and {written[-1]}")
    return 0
