"""CLI commands of the engine: solve and validate."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

from .errors import SlotwiseError
from .eventtime import parse_moment, zone
from .project import Project

EXIT_STORED, EXIT_FAILED, EXIT_INFEASIBLE = 0, 1, 2


def register(commands) -> None:
    solve = commands.add_parser("solve", help="find a schedule and store it")
    solve.add_argument("path")
    solve.add_argument("--time-limit", type=positive_seconds, default=30.0, metavar="S",
                       help="seconds to search (default 30)")
    solve.add_argument("--workers", type=int, default=2, metavar="N", help="search threads (default 2)")
    solve.add_argument("--seed", type=int, default=0)
    solve.add_argument("--resolve", action="store_true",
                       help="keep the current schedule stable: move as little as possible")
    solve.add_argument("--now", metavar="ISO", help="on a re-solve, sessions started before this stay put")
    solve.add_argument("--report", metavar="FILE.json", help="also write the report as JSON")
    solve.add_argument("--keep-best", action="store_true",
                       help="if interrupted, store the best schedule found so far")
    solve.add_argument("--quiet", action="store_true", help="no progress lines")
    solve.set_defaults(run=run_solve)

    weights = commands.add_parser("weights", help="show or change the weights of the soft rules")
    weights.add_argument("path")
    weights.add_argument("--set", nargs="+", default=[], metavar="RULE=WEIGHT",
                         help="e.g. --set stability_day=500 idle_gap=0 (0 switches a rule off)")
    weights.add_argument("--reset", nargs="+", default=[], metavar="RULE", help="back to the default")
    weights.set_defaults(run=run_weights)

    history = commands.add_parser("history", help="the project's past solves")
    history.add_argument("path")
    history.set_defaults(run=run_history)

    validate = commands.add_parser("validate", help="check the stored schedule against every rule")
    validate.add_argument("path")
    validate.add_argument("--json", action="store_true", help="print the violations as JSON")
    validate.set_defaults(run=run_validate)


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds above 0")
    return value


def writable(path: str) -> Path:
    """Refuse a report path that cannot be written before spending time on a solve."""
    target = Path(path)
    if not target.parent.is_dir():
        raise SlotwiseError(f"--report: cannot write {target}: the folder {target.parent} does not exist")
    try:
        with target.open("a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise SlotwiseError(f"--report: cannot write {target} ({exc.strerror})") from exc
    return target


def run_solve(args) -> int:
    from .history import record_solve
    from .lint import check, format_findings, has_errors
    from .report import build_report, format_report
    from .snapshot import previous_schedule, snapshot
    from .solver import solve
    from .validator import validate

    report_file = writable(args.report) if args.report else None
    with Project.open(Path(args.path)) as project:
        findings = check(project)
        if has_errors(findings):
            print(format_findings([f for f in findings if f.severity == "error"]))
            print("The data cannot be scheduled as it is (see above); nothing was changed.")
            return EXIT_INFEASIBLE
        problem = snapshot(project)
        previous = previous_schedule(project, problem) if args.resolve else None
        now = None
        if args.now:
            if not args.resolve:
                raise SlotwiseError("--now only makes sense with --resolve")
            try:
                now = problem.minute(parse_moment(args.now, problem.event.timezone))
            except ValueError as exc:
                raise SlotwiseError(f"--now: {exc}") from exc
        started_at = datetime.now(timezone.utc)
        result, interrupted = _solve_in_background(problem, args, previous, now, solve)
        validation = validate(problem, result.schedule, previous=previous, now=now) \
            if result.schedule is not None else None
        report = build_report(problem, result, validation)
        if report_file:
            report_file.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")
        code, message = _store(project, problem, result, validation, interrupted, args)
        record_solve(project, report, stored=code == EXIT_STORED, started_at=started_at)
    print(format_report(report))
    if message:
        print(message, file=sys.stderr if message.startswith("The schedule breaks") else sys.stdout)
    return code


def _store(project, problem, result, validation, interrupted, args) -> tuple[int, str]:
    """Store the schedule when it is sound (and, if interrupted, wanted); say what happened."""
    from .snapshot import save_schedule

    if result.status == "infeasible":
        return EXIT_INFEASIBLE, ""
    if result.schedule is None:
        return EXIT_FAILED, ""
    if validation is not None and not validation.is_feasible:
        return EXIT_FAILED, "The schedule breaks hard rules; it was NOT stored."
    if interrupted and not (args.keep_best or _ask("Keep the best schedule found so far?")):
        return EXIT_FAILED, "Interrupted; the stored schedule is unchanged."
    save_schedule(project, problem, result.schedule)
    return EXIT_STORED, f"Stored the schedule in {args.path}."


def _solve_in_background(problem, args, previous, now, solve):
    """Solve in a worker thread so Ctrl-C cancels the search instead of killing the process."""
    cancel = threading.Event()
    done = threading.Event()
    box = {}

    def progress(step) -> None:
        if not args.quiet and step.objective is not None:
            bound = "" if step.bound is None else f"  bound {step.bound:.0f}"
            print(f"  {step.elapsed:6.1f} s  cost {step.objective:.0f}{bound}", flush=True)

    def work() -> None:
        try:
            box["result"] = solve(problem, time_limit=args.time_limit, workers=args.workers,
                                  seed=args.seed, previous=previous, now=now, on_progress=progress,
                                  cancel=cancel)
        finally:
            done.set()

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    interrupted = False
    # Wait on an Event, not Thread.join: Ctrl-C can leave join() thinking the thread ended.
    while not done.is_set():
        try:
            done.wait(0.2)
        except KeyboardInterrupt:
            interrupted = True
            cancel.set()
            print("\nStopping the search …", file=sys.stderr)
    if "result" not in box:
        raise SlotwiseError("the solve failed unexpectedly; the stored schedule is unchanged")
    return box["result"], interrupted


def _ask(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def run_validate(args) -> int:
    from .snapshot import snapshot, stored_schedule
    from .validator import validate

    with Project.open(Path(args.path)) as project:
        problem = snapshot(project)
        schedule = stored_schedule(project, problem)
    validation = validate(problem, schedule)
    if args.json:
        print(json.dumps({
            "feasible": validation.is_feasible, "hard": len(validation.hard),
            "cost": validation.total_cost, "costs": validation.costs(),
            "violations": [{"rule": v.rule, "severity": v.severity, "message": v.message,
                            "cost": v.cost, "sessions": list(v.sessions), "people": list(v.people),
                            "rooms": list(v.rooms), "channels": list(v.channels),
                            "groups": list(v.groups)} for v in validation.violations]},
            ensure_ascii=False, indent=2))
    else:
        for v in sorted(validation.violations, key=lambda v: (v.severity != "hard", v.rule)):
            print(f"{v.severity}: {v.rule}: {v.message}" + (f" (cost {v.cost})" if v.cost else ""))
        print(f"{len(validation.hard)} hard violation(s), soft cost {validation.total_cost}, "
              f"{len(schedule)} of {len(problem.sessions)} sessions scheduled.")
    return 0 if validation.is_feasible else 1


def run_weights(args) -> int:
    from .weights import DEFAULT_WEIGHTS, TAG_FAMILIES, effective_weights, tag_rule

    with Project.open(Path(args.path)) as project:
        stored = dict(project.event().weights)
        for item in args.set:
            name, _, value = item.partition("=")
            if name not in DEFAULT_WEIGHTS and not tag_rule(name):
                raise SlotwiseError(f"--set: no soft rule called '{name}' "
                                    f"(there are: {', '.join(DEFAULT_WEIGHTS)}, and per tag category "
                                    f"{', '.join(f + '.CATEGORY' for f in TAG_FAMILIES)})")
            if not value.isdigit():
                raise SlotwiseError(f"--set {name}: the weight must be a whole number of 0 or more")
            stored[name] = int(value)
        for name in args.reset:
            stored.pop(name, None)
        if args.set or args.reset:
            project.update_event(weights=stored)
    for name, weight in effective_weights(stored).items():
        default = DEFAULT_WEIGHTS.get(name, 0)
        mark = "" if weight == default else f"   (default {default})"
        print(f"{name:<26} {weight:>6}{mark}")
    return 0


def run_history(args) -> int:
    from .history import solve_runs

    with Project.open(Path(args.path)) as project:
        runs = solve_runs(project)
        tz = project.event().timezone
    if not runs:
        print("No solves yet.")
    for run in runs:
        when = run.started_at.astimezone(zone(tz))
        cost = "—" if run.objective is None else run.objective
        print(f"{when:%Y-%m-%d %H:%M}  {run.status:<10} cost {cost:>8}  "
              f"{run.scheduled}/{run.sessions} sessions  {run.elapsed_seconds:6.1f} s  "
              f"{'stored' if run.stored else 'not stored'}")
    return 0
