"""CLI commands of what-if scenarios: `slotwise scenario PATH save|list|switch|promote|rename|
delete|compare …` (docs/scenarios.md)."""

from __future__ import annotations

from pathlib import Path

from .project import Project


def register(commands) -> None:
    scenario = commands.add_parser(
        "scenario", help="what-if schedules: save, list, switch, promote, rename, delete, compare")
    scenario.add_argument("path")
    actions = scenario.add_subparsers(title="actions", metavar="ACTION", required=True)

    save = actions.add_parser("save", help="keep the schedule being edited as a named scenario")
    save.add_argument("name")
    save.add_argument("--note", default="", metavar="TEXT")
    save.add_argument("--overwrite", action="store_true", help="replace a scenario of that name")
    save.set_defaults(run=run_save)

    listing = actions.add_parser("list", help="the scenarios, the one being edited marked *")
    listing.set_defaults(run=run_list)

    switch = actions.add_parser("switch", help="edit another scenario, or 'main'")
    switch.add_argument("name", help="a scenario name, or 'main' for the main schedule")
    switch.set_defaults(run=run_switch)

    promote = actions.add_parser("promote", help="make a scenario the main schedule "
                                                 "(the old main is kept as a scenario)")
    promote.add_argument("name")
    promote.set_defaults(run=run_promote)

    rename = actions.add_parser("rename", help="give a scenario another name")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(run=run_rename)

    delete = actions.add_parser("delete", help="delete a scenario (not the one being edited)")
    delete.add_argument("name")
    delete.set_defaults(run=run_delete)

    compare = actions.add_parser("compare", help="two schedules side by side: sessions moved, "
                                                 "cost per rule, hard violations")
    compare.add_argument("a", help="'main', 'working', a version number or a scenario name")
    compare.add_argument("b", help="the same kinds as A")
    compare.add_argument("--json", action="store_true", help="print the comparison as JSON")
    compare.set_defaults(run=run_compare)


def run_save(args) -> int:
    from .scenarios import save_scenario, scenarios

    with Project.open(Path(args.path)) as project:
        save_scenario(project, args.name, args.note, overwrite=args.overwrite)
        saved = next(s for s in scenarios(project) if s.name == args.name.strip())
    print(f"Saved scenario '{saved.name}': {saved.placed} sessions placed.")
    return 0


def run_list(args) -> int:
    from .scenarios import active, scenarios

    with Project.open(Path(args.path)) as project:
        found, current = scenarios(project), active(project)
    print(f"{'  ' if current else '* '}main schedule")
    for s in found:
        when = s.updated_at.astimezone()
        note = f"  {s.note}" if s.note else ""
        print(f"{'* ' if s.active else '  '}{s.name}  ({s.placed} sessions placed, "
              f"changed {when:%Y-%m-%d %H:%M}){note}")
    return 0


def run_switch(args) -> int:
    from .scenarios import MAIN, switch_to

    target = None if args.name.strip().casefold() == MAIN else args.name
    with Project.open(Path(args.path)) as project:
        changes = switch_to(project, target)
    where = "the main schedule" if target is None else f"scenario '{target.strip()}'"
    print(f"Now editing {where}." if changes else f"Already editing {where}.")
    return 0


def run_promote(args) -> int:
    from .scenarios import promote

    with Project.open(Path(args.path)) as project:
        done = promote(project, args.name)
    print(f"Scenario '{args.name.strip()}' is now the main schedule; the main schedule it "
          f"replaced is kept as scenario '{done.kept}'.")
    return 0


def run_rename(args) -> int:
    from .scenarios import rename

    with Project.open(Path(args.path)) as project:
        rename(project, args.name, args.new_name)
    print(f"Renamed scenario '{args.name}' to '{args.new_name.strip()}'.")
    return 0


def run_delete(args) -> int:
    from .scenarios import delete_scenario

    with Project.open(Path(args.path)) as project:
        delete_scenario(project, args.name)
    print(f"Deleted scenario '{args.name}'.")
    return 0


def run_compare(args) -> int:
    from .cli import print_json
    from .scenarios import compare

    with Project.open(Path(args.path)) as project:
        result = compare(project, args.a, args.b)
    if args.json:
        print_json(result.as_dict())
        return 0
    print("\n".join(comparison_lines(result)))
    return 0


def comparison_lines(result) -> list[str]:
    """The comparison as plain text: totals, costs per rule, hard violations, sessions moved."""
    a, b = result.a, result.b
    lines = [f"A: {a.label}: {len(a.schedule)} sessions placed, cost {a.total_cost}, "
             f"{len(a.hard)} hard violation(s)",
             f"B: {b.label}: {len(b.schedule)} sessions placed, cost {b.total_cost}, "
             f"{len(b.hard)} hard violation(s)",
             f"Cost difference (B - A): {result.cost_difference:+d}", "", "Cost per rule:"]
    width = max([len(c.rule) for c in result.costs()] + [4])
    lines += [f"  {c.rule:<{width}}  {c.a:>8}  {c.b:>8}  {c.difference:>+8d}" for c in result.costs()]
    if not result.costs():
        lines.append("  (nothing costs anything on either side)")
    for letter, side in (("A", a), ("B", b)):
        lines += ["", f"Hard violations of {letter} ({side.label}): {len(side.hard) or 'none'}"]
        lines += [f"  - [{v.rule}] {v.message}" for v in side.hard]
    lines += ["", f"Sessions placed differently: {len(result.moves) or 'none'}"]
    for mv in result.moves:
        lines += [f"  - {mv.title} ({mv.what})", f"      A: {mv.before_when}, {mv.before_where}",
                  f"      B: {mv.after_when}, {mv.after_where}"]
    return lines
