"""The solve history kept in the project: one row per solve, with its report."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import select

from .domain import models as m
from .project import Changes, Project


def record_solve(project: Project, report: dict, *, stored: bool,
                 started_at: datetime | None = None) -> Changes:
    run = m.SolveRun(
        started_at=(started_at or datetime.now(timezone.utc)).replace(microsecond=0),
        status=report["status"], objective=report.get("objective"), bound=report.get("bound"),
        elapsed_seconds=report.get("elapsed_seconds") or 0.0, sessions=report.get("sessions", 0),
        scheduled=report.get("scheduled", 0), stored=stored, report=report)
    with project.transaction() as db:
        db.add(run)
    return Changes.of(m.SolveRun)


def solve_runs(project: Project, limit: int = 20) -> list[m.SolveRun]:
    with project.transaction() as db:
        return list(db.exec(select(m.SolveRun).order_by(m.SolveRun.id.desc()).limit(limit)).all())
