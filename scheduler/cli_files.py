"""CLI commands that make and move project files: demo, new, import, export."""

from __future__ import annotations

import sys
from pathlib import Path

from .domain import models as m
from .errors import SlotwiseError
from .project import Project

TABLE_SUFFIXES = {".csv", ".xlsx"}


def register(commands) -> None:
    demo = commands.add_parser("demo", help="create a project holding the sample event")
    demo.add_argument("path", help="the new project file (.slotwise)")
    demo.add_argument("--sample", default="shandong", choices=["shandong", "small"],
                      help="which sample (default: the Shandong–ASEAN conference)")
    demo.add_argument("--replace", action="store_true", help="overwrite an existing file")
    demo.set_defaults(run=run_demo)

    generate = commands.add_parser("generate", help="create a project with a generated event of any size")
    generate.add_argument("path")
    generate.add_argument("--sessions", type=int, default=300)
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("--replace", action="store_true")
    generate.set_defaults(run=run_generate)

    new = commands.add_parser("new", help="create an empty project")
    new.add_argument("path")
    new.add_argument("--name", required=True, help="the event's name in English")
    new.add_argument("--name-zh", default="", help="the event's name in Chinese")
    new.add_argument("--tz", required=True, help="IANA time zone, e.g. Asia/Shanghai")
    new.add_argument("--days", required=True,
                     help="2021-05-28..2021-05-29, a single date, or a count with --start")
    new.add_argument("--start", help="first day when --days is a count")
    new.add_argument("--hours", default="08:00-18:00", help="daily hours (default 08:00-18:00)")
    new.add_argument("--granularity", type=int, default=5, help="minutes per time step (default 5)")
    new.set_defaults(run=run_new)

    imp = commands.add_parser(
        "import", help="import a whole event (.json) or lists (.csv, folder of .csv, .xlsx)")
    imp.add_argument("path", help="the project file")
    imp.add_argument("file", help="the file to import; its extension says the format")
    imp.add_argument("--replace", action="store_true",
                     help="let a whole-event JSON overwrite an existing project")
    imp.set_defaults(run=run_import)

    exp = commands.add_parser("export", help="export the event as JSON, CSV lists or an XLSX workbook")
    exp.add_argument("path")
    exp.add_argument("--format", required=True, choices=["json", "csv", "xlsx"])
    exp.add_argument("--out", required=True, help="a file (json, xlsx) or a folder (csv)")
    exp.set_defaults(run=run_export)


def run_demo(args) -> int:
    from resources import sample_path

    from .interchange.json_format import create_project_from_json

    project = create_project_from_json(Path(args.path), sample_path(args.sample), replace=args.replace)
    with project:
        counts = project.counts()
        event = project.event()
    print(f"Created {args.path}: {event.name_en} — {counts['sessions']} sessions, "
          f"{counts['rooms']} rooms, {counts['channels']} channels, {counts['people']} people.")
    print(f"Next: slotwise check {args.path}   then   slotwise solve {args.path}")
    return 0


def run_generate(args) -> int:
    import json
    import tempfile

    from .generate import generate_event
    from .interchange.json_format import create_project_from_json

    if args.sessions < 1:
        raise SlotwiseError("--sessions must be 1 or more")
    try:
        document = generate_event(args.sessions, args.seed)
    except ValueError as exc:
        raise SlotwiseError(str(exc)) from exc
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "generated.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        with create_project_from_json(Path(args.path), source, replace=args.replace) as project:
            counts = project.counts()
    print(f"Created {args.path}: {counts['sessions']} sessions, {counts['rooms']} rooms, "
          f"{counts['channels']} channels (seed {args.seed}).")
    return 0


def run_new(args) -> int:
    from .cli import parse_days, parse_hours

    start, count = parse_days(args.days, args.start)
    day_start, day_end = parse_hours(args.hours)
    event = m.Event(name_en=args.name, name_zh=args.name_zh, timezone=args.tz, start_date=start,
                    day_count=count, day_start=day_start, day_end=day_end,
                    granularity_minutes=args.granularity)
    Project.create(Path(args.path), event).close()
    print(f"Created {args.path}: {args.name}, {count} day(s) from {start}, {args.tz}.")
    return 0


def run_import(args) -> int:
    path, source = Path(args.path), Path(args.file)
    if source.suffix.lower() == ".json":
        from .interchange.json_format import create_project_from_json

        with create_project_from_json(path, source, replace=args.replace) as project:
            counts = project.counts()
        print(f"Imported {source.name} into {path}: {counts['sessions']} sessions.")
        return 0
    if source.suffix.lower() in TABLE_SUFFIXES or source.is_dir():
        from .interchange.tables_import import import_tables

        with Project.open(path) as project:
            summary = import_tables(project, source)
        print(f"Imported {source.name} into {path}: {summary}")
        return 0
    raise SlotwiseError(f"{source}: unknown format (use .json, .csv, .xlsx or a folder of .csv files)")


def run_export(args) -> int:
    out = Path(args.out)
    with Project.open(Path(args.path)) as project:
        if args.format == "json":
            from .interchange.json_format import write_event_json

            written = [write_event_json(project, out)]
        elif args.format == "csv":
            from .interchange.tables_csv import export_csv

            written = export_csv(project, out)
        else:
            from .interchange.tables_xlsx import export_xlsx

            written = [export_xlsx(project, out)]
    for file in written:
        print(file, file=sys.stdout)
    return 0
