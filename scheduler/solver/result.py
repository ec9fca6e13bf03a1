"""What a solve reports: status, schedule, objective, bound, progress, explanation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..problem import Schedule

OPTIMAL, FEASIBLE, INFEASIBLE, STOPPED, TIMED_OUT, INVALID = (
    "optimal", "feasible", "infeasible", "stopped", "timed_out", "invalid")


@dataclass(frozen=True)
class Progress:
    """One step of a running solve: a better schedule or a better bound."""

    elapsed: float
    objective: float | None
    bound: float | None
    solutions: int


@dataclass(frozen=True)
class Conflict:
    """One requirement that takes part in a conflict, in the user's words."""

    rule: str
    description: str
    subjects: tuple[tuple[str, str], ...]
    wording: str = ""  # the description's template id and values (solver/conflict_words.py)
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Explanation:
    """A small set of requirements that cannot all hold together."""

    conflicts: tuple[Conflict, ...]
    minimal: bool = False

    def text(self) -> str:
        if not self.conflicts:
            return "No schedule exists, and no small set of conflicting requirements was found."
        lines = ["No schedule can satisfy all of these together:"]
        lines += [f"  - {c.description}" for c in self.conflicts]
        lines.append("Relax one of them (or make a session optional) and solve again.")
        return "\n".join(lines)

    def subjects(self, kind: str) -> set[str]:
        return {key for c in self.conflicts for k, key in c.subjects if k == kind}


@dataclass(frozen=True)
class SolveResult:
    status: str
    schedule: Schedule | None
    objective: int | None = None
    bound: float | None = None
    elapsed: float = 0.0
    first_solution_after: float | None = None
    costs: dict[str, int] = field(default_factory=dict)
    explanation: Explanation | None = None
    progress: tuple[Progress, ...] = ()
    message: str = ""

    @property
    def gap(self) -> float | None:
        """Relative distance between the schedule's cost and the best proven bound (0 = optimal)."""
        if self.objective is None or self.bound is None:
            return None
        if self.objective == 0:
            return 0.0
        return max(0.0, (self.objective - self.bound) / abs(self.objective))

    @property
    def has_schedule(self) -> bool:
        return self.schedule is not None
