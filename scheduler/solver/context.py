"""The model under construction: the CP-SAT model, the session variables and guards.

In *explain* mode every group of hard constraints is enforced by its own
assumption literal (a guard), so an infeasible model can name the groups that
conflict; in normal mode guards cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from ..problem import Placement, Problem, SessionInfo


@dataclass(frozen=True)
class Guard:
    literal: cp_model.IntVar
    rule: str
    description: str
    subjects: tuple[tuple[str, str], ...]  # (kind, key), e.g. ("session", "rcep-forum")


@dataclass
class SessionVars:
    info: SessionInfo
    present: cp_model.IntVar
    start: cp_model.IntVar
    interval: cp_model.IntervalVar
    starts: tuple[int, ...]                      # the start times the domain allows
    rooms: dict[str, cp_model.IntVar] = field(default_factory=dict)
    channels: dict[str, cp_model.IntVar] = field(default_factory=dict)
    days: dict[int, cp_model.IntVar] = field(default_factory=dict)
    cities: dict[str, cp_model.IntVar] = field(default_factory=dict)

    @property
    def end(self):
        return self.start + self.info.duration


class Context:
    def __init__(self, problem: Problem, *, previous: dict[str, Placement] | None = None,
                 now: int | None = None, explain: bool = False):
        self.model = cp_model.CpModel()
        self.problem = problem
        self.previous = previous or {}
        self.now = now
        self.explain = explain
        self.guards: list[Guard] = []
        self.sessions: dict[str, SessionVars] = {}
        self._true = None

    def guard(self, rule: str, description: str, *subjects: tuple[str, str]) -> list:
        """Enforcement literals for one group of hard constraints ([] outside explain mode)."""
        if not self.explain:
            return []
        literal = self.model.new_bool_var(f"assume:{rule}:{len(self.guards)}")
        self.guards.append(Guard(literal, rule, description, tuple(subjects)))
        return [literal]

    def true(self):
        if self._true is None:
            self._true = self.model.new_constant(1)
        return self._true

    def both(self, a, guards: list):
        """A literal true exactly when ``a`` and every guard are true (``a`` itself without guards)."""
        if not guards:
            return a
        literal = self.model.new_bool_var("")
        self.model.add_bool_and([a, *guards]).only_enforce_if(literal)
        self.model.add_bool_or([literal, ~a, *[~g for g in guards]])
        return literal

    def enforce(self, constraint, guards: list, *literals) -> None:
        enforcement = [*guards, *literals]
        if enforcement:
            constraint.only_enforce_if(enforcement)

    def frozen(self, key: str) -> Placement | None:
        """The previous placement of a session that has already started, if any."""
        placed = self.previous.get(key)
        if placed is not None and self.now is not None and placed.start < self.now:
            return placed
        return None
