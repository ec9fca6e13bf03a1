"""CLI commands that look at a project: info, check."""

from __future__ import annotations

from pathlib import Path

from .project import Project

INFO_KEYS = ("sessions", "cities", "venues", "rooms", "channels", "people", "groups")


def register(commands) -> None:
    info = commands.add_parser("info", help="what the project holds")
    info.add_argument("path")
    info.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    info.set_defaults(run=run_info)

    check = commands.add_parser("check", help="find impossible data before solving (exit 1 on errors)")
    check.add_argument("path")
    check.set_defaults(run=run_check)


def run_info(args) -> int:
    from .cli import print_json

    with Project.open(Path(args.path)) as project:
        counts = project.counts()
        event = project.event()
    if args.json:
        print_json({key: counts[key] for key in INFO_KEYS}
                   | {"resources": counts["resources"], "relations": counts["relations"],
                      "scheduled": counts["scheduled"], "versions": counts["versions"]})
        return 0
    title = f"{event.name_en} / {event.name_zh}" if event.name_zh else event.name_en
    print(title)
    print(f"{event.start_date} for {event.day_count} day(s), "
          f"{event.day_start:%H:%M}–{event.day_end:%H:%M} {event.timezone}, "
          f"{event.granularity_minutes}-minute steps")
    for key in INFO_KEYS + ("resources", "relations", "scheduled", "versions"):
        print(f"  {key:<10} {counts[key]:>6}")
    return 0


def run_check(args) -> int:
    from .lint import check, format_findings, has_errors

    with Project.open(Path(args.path)) as project:
        findings = check(project)
    if findings:
        print(format_findings(findings))
    else:
        print("No problems found.")
    return 1 if has_errors(findings) else 0
