"""The solve report people read: status, numbers, cost per rule and the concrete violations.

Violations come from the independent validator, so the report describes the
schedule as it is, not as the model believes it to be.
"""

from __future__ import annotations

from collections import defaultdict

from .problem import Problem
from .solver.result import SolveResult

STATUS_WORDS = {
    "optimal": "optimal (proven best)",
    "feasible": "feasible",
    "timed_out": "time limit reached",
    "stopped": "stopped by the user",
    "infeasible": "infeasible (no schedule can satisfy every hard rule)",
    "invalid": "internal error",
}


def build_report(problem: Problem, result: SolveResult, validation=None) -> dict:
    report = {
        "status": result.status,
        "objective": result.objective,
        "bound": result.bound,
        "gap": result.gap,
        "elapsed_seconds": round(result.elapsed, 3),
        "first_schedule_after_seconds": (None if result.first_solution_after is None
                                         else round(result.first_solution_after, 3)),
        "sessions": len(problem.sessions),
        "scheduled": len(result.schedule or {}),
        "message": result.message,
        "rules": [],
        "explanation": None,
    }
    if validation is not None:
        violations = defaultdict(list)
        for v in validation.violations:
            violations[v.rule].append(v)
        report["hard_violations"] = len(validation.hard)
        costs = validation.costs()
        report["rules"] = [
            {"rule": rule, "cost": costs.get(rule, 0),
             "severity": items[0].severity if items else "soft",
             "violations": [{"message": v.message, "cost": v.cost, "sessions": list(v.sessions)}
                            for v in items]}
            for rule, items in sorted(violations.items(), key=lambda kv: (-sum(v.cost for v in kv[1]),
                                                                          kv[0]))]
    if result.explanation is not None:
        report["explanation"] = {
            "minimal": result.explanation.minimal,
            "conflicts": [{"rule": c.rule, "description": c.description,
                           "subjects": [list(s) for s in c.subjects]}
                          for c in result.explanation.conflicts]}
    return report


def format_report(report: dict, *, limit: int = 5) -> str:
    lines = [f"Status: {STATUS_WORDS.get(report['status'], report['status'])}"]
    if report["objective"] is not None:
        gap = report["gap"]
        lines.append(f"Cost: {report['objective']}   best bound: {report['bound']:.0f}   "
                     f"gap: {gap * 100:.1f} %" if gap is not None else f"Cost: {report['objective']}")
    lines.append(f"Scheduled {report['scheduled']} of {report['sessions']} sessions "
                 f"in {report['elapsed_seconds']:.1f} s")
    if report.get("hard_violations"):
        lines.append(f"HARD RULES BROKEN: {report['hard_violations']}")
    for rule in report["rules"]:
        lines.append(f"  {rule['rule']:<26} {rule['severity']:<5} cost {rule['cost']:>7}  "
                     f"({len(rule['violations'])} found)")
        for item in rule["violations"][:limit]:
            lines.append(f"      - {item['message']}")
        if len(rule["violations"]) > limit:
            lines.append(f"      … and {len(rule['violations']) - limit} more")
    if report["explanation"]:
        lines.append("No schedule can satisfy all of these together:")
        lines += [f"  - {c['description']}" for c in report["explanation"]["conflicts"]]
        lines.append("Relax one of them (or make a session optional) and solve again.")
    elif report["message"] and report["status"] not in ("optimal", "timed_out", "feasible"):
        lines.append(report["message"])
    return "\n".join(lines)
