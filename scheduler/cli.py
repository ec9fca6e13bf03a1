"""The `slotwise` command line: create, import, export, inspect and check projects.

User mistakes end with a one-line message on stderr and a non-zero exit, never
a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

from .errors import SlotwiseError
from .eventtime import parse_clock, parse_day


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage mistake already reported on one line
        return exc.code if isinstance(exc.code, int) else 1
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except SlotwiseError as exc:
        print(f"slotwise: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("slotwise: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `slotwise … | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end like every other user mistake: one line on stderr, exit 1.

    (argparse's own exit status 2 would read as "infeasible" for `slotwise solve`.)
    """

    def error(self, message: str):
        self.exit(1, f"slotwise: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="slotwise", description="Schedule hybrid, multi-city events from the command line.")
    from .version import __version__

    parser.add_argument("--version", action="version", version=f"slotwise {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    from . import cli_files, cli_inspect

    for module in (cli_files, cli_inspect):
        module.register(commands)
    for module_name in ("cli_solve", "cli_publish", "cli_optaplanner", "cli_ics", "cli_caldav",
                        "cli_programme", "cli_scenarios"):
        try:
            module = __import__(f"{__package__}.{module_name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{module_name}":
                raise
            continue
        module.register(commands)
    return parser


def parse_days(text: str, start: str | None) -> tuple[date, int]:
    """'2021-05-28..2021-05-29', '2021-05-28' or a count with --start."""
    try:
        if text.isdigit():
            if not start:
                raise SlotwiseError("--days as a count needs --start DATE")
            return parse_day(start), int(text)
        first, _, last = text.partition("..")
        first_day = parse_day(first)
        last_day = parse_day(last) if last else first_day
    except ValueError as exc:
        raise SlotwiseError(f"--days: {exc}") from exc
    if last_day < first_day:
        raise SlotwiseError("--days: the last day comes before the first")
    return first_day, (last_day - first_day + timedelta(days=1)).days


def parse_hours(text: str):
    try:
        first, last = text.split("-")
        return parse_clock(first), parse_clock(last)
    except ValueError as exc:
        raise SlotwiseError(f"--hours: '{text}' is not like 08:00-18:00") from exc


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def existing(path: str) -> Path:
    return Path(path)


if __name__ == "__main__":
    sys.exit(main())
