"""CLI commands of publishing: publish, versions, diff."""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import SlotwiseError
from .eventtime import zone
from .project import Project


def register(commands) -> None:
    publish = commands.add_parser("publish", help="freeze the current schedule as the next version")
    publish.add_argument("path")
    publish.add_argument("--note", required=True, metavar="TEXT",
                         help="what this version is, e.g. 'Keynote moved to the afternoon'")
    publish.set_defaults(run=run_publish)

    versions = commands.add_parser("versions", help="the published versions")
    versions.add_argument("path")
    versions.set_defaults(run=run_versions)

    diff = commands.add_parser("diff", help="what changed between two versions, and who must be told")
    diff.add_argument("path")
    diff.add_argument("a", type=version_ref, metavar="A", help="a version number or 'working'")
    diff.add_argument("b", type=version_ref, metavar="B", help="a version number or 'working'")
    diff.add_argument("--format", default="text", choices=["text", "markdown", "html"])
    diff.add_argument("--out", metavar="FILE", help="write the change log to FILE instead of printing it")
    diff.set_defaults(run=run_diff)


def version_ref(text: str):
    from .publishing import parse_ref

    try:
        return parse_ref(text)
    except SlotwiseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def run_publish(args) -> int:
    from .publishing import compare, publish, version_entries, versions

    with Project.open(Path(args.path)) as project:
        earlier = versions(project)
        before = version_entries(project, earlier[-1].number) if earlier else {}
        version = publish(project, args.note)
        entries = version_entries(project, version.number)
        tz = project.event().timezone
    log = compare(before, entries, tz)
    print(f"Published version {version.number}: {len(entries)} sessions "
          f"({len(log.added)} new, {len(log.changed)} changed, "
          f"{len(log.cancelled) + len(log.removed)} cancelled)")
    return 0


def run_versions(args) -> int:
    from .publishing import version_summaries

    with Project.open(Path(args.path)) as project:
        summaries = version_summaries(project)
        tz = project.event().timezone
    if not summaries:
        print("No versions published yet.")
    for s in summaries:
        when = s.version.published_at.astimezone(zone(tz))
        print(f"{s.version.number:>4}  {when:%Y-%m-%d %H:%M}  {s.sessions} sessions "
              f"({s.scheduled} scheduled, {s.cancelled} cancelled)  {s.version.note}")
    return 0


def run_diff(args) -> int:
    from .publishing import diff, render

    out = Path(args.out) if args.out else None
    if out is not None and not out.parent.is_dir():
        raise SlotwiseError(f"--out: cannot write {out}: the folder {out.parent} does not exist")
    with Project.open(Path(args.path)) as project:
        text = render(diff(project, args.a, args.b), args.format)
    if out is None:
        print(text, end="")
        return 0
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SlotwiseError(f"--out: cannot write {out} ({exc.strerror})") from exc
    print(out)
    return 0
