"""CLI commands of the OptaPlanner conference-scheduling benchmark: import, score, export."""

from __future__ import annotations

import sys
from pathlib import Path

from .project import Project


def register(commands) -> None:
    imp = commands.add_parser("import-optaplanner",
                              help="create a project from an OptaPlanner conference-scheduling .xlsx file")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("path", metavar="PATH", help="the new project file (.slotwise)")
    imp.add_argument("--replace", action="store_true", help="overwrite an existing project")
    imp.set_defaults(run=run_import)

    score = commands.add_parser("score-optaplanner",
                                help="OptaPlanner's score of the stored schedule, constraint by constraint")
    score.add_argument("path", metavar="PATH")
    score.set_defaults(run=run_score)

    exp = commands.add_parser("export-optaplanner",
                              help="write the dataset with the stored schedule as an OptaPlanner .xlsx file")
    exp.add_argument("path", metavar="PATH")
    exp.add_argument("out", metavar="OUT.xlsx")
    exp.set_defaults(run=run_export)


def run_import(args) -> int:
    from .optaplanner.project_import import import_dataset

    with import_dataset(Path(args.file), Path(args.path), replace=args.replace) as project:
        counts = project.counts()
    print(f"Imported {Path(args.file).name} into {args.path}: {counts['sessions']} talks, "
          f"{counts['rooms']} rooms, {counts['people']} speakers; {counts['scheduled']} talks placed, "
          f"{counts['versions']} published version(s).")
    return 0


def run_score(args) -> int:
    from .optaplanner.project_score import profile_of, read_assignment
    from .optaplanner.score import score

    with Project.open(Path(args.path)) as project:
        profile = profile_of(project)
        stored = read_assignment(project, profile)
    result = score(profile.dataset, stored.assignment)
    for problem in stored.problems:
        print(f"Note: {problem}")
    placed = sum(slot is not None and room is not None for slot, room in stored.assignment.values())
    print(f"{profile.dataset.name}: {placed} of {len(profile.dataset.talks)} talks have a timeslot and a "
          f"room ({result.init}init)")
    print(f"{'Constraint':<40} {'Level':<6} {'Weight':>26} {'Matches':>7} {'Total':>10}")
    for item in result.constraints:
        hard, medium, soft = item.weight
        weight = f"{hard}hard/{medium}medium/{soft}soft"
        print(f"{item.name:<40} {item.level:<6} {weight:>26} {len(item.matches):>7} {item.total:>10}")
    print(result.text())
    return 0


def run_export(args) -> int:
    from .optaplanner.project_score import profile_of, read_assignment
    from .optaplanner.writer import write_dataset

    with Project.open(Path(args.path)) as project:
        profile = profile_of(project)
        stored = read_assignment(project, profile)
    for problem in stored.problems:
        print(f"slotwise: note: {problem}", file=sys.stderr)
    print(write_dataset(profile.dataset, stored.assignment, Path(args.out)))
    return 0
