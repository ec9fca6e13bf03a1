"""The model under construction: the CP-SAT model, the session variables and guards.

Time in the model is counted in *steps* of the event's granularity, so that
start domains are a few contiguous ranges rather than hundreds of scattered
minutes; lengths (durations, changeovers, gaps, travel) are rounded up to
whole steps, which can only make the model stricter than the rules.

In *explain* mode every group of hard constraints is enforced by its own
assumption literal (a guard), so an infeasible model can name the groups that
conflict; in normal mode guards cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from ..problem import Placement, Problem, SessionInfo
from .conflict_words import Said


@dataclass(frozen=True)
class Guard:
    literal: cp_model.IntVar
    rule: str
    description: str
    subjects: tuple[tuple[str, str], ...]  # (kind, key), e.g. ("session", "rcep-forum")
    wording: str = ""  # the description's template id and values (conflict_words.py)
    params: tuple[tuple[str, object], ...] = ()


@dataclass
class SessionVars:
    info: SessionInfo
    present: cp_model.IntVar
    start: cp_model.IntVar
    interval: cp_model.IntervalVar
    starts: tuple[int, ...]                      # the start times (minutes) the domain allows
    length: int = 0                              # duration in steps
    rooms: dict[str, cp_model.IntVar] = field(default_factory=dict)
    channels: dict[str, cp_model.IntVar] = field(default_factory=dict)
    days: dict[int, cp_model.IntVar] = field(default_factory=dict)
    cities: dict[str, cp_model.IntVar] = field(default_factory=dict)
    at: dict[int, cp_model.IntVar] | None = None  # start minute -> literal, made when a rule needs it

    @property
    def end(self):
        return self.start + self.length


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
        self.g = problem.event.granularity
        self.relaxed = False  # required sessions may be left out (the first-schedule phase)
        self.forbid_guards: dict[tuple, list] = {}  # one guard per session and reason (explain mode)
        self.local_windows: dict[tuple, tuple] = {}  # (zone, window) -> opening/closing step per day

    def steps(self, minutes: int) -> int:
        """A length in whole steps, rounded up."""
        return -(-minutes // self.g)

    def step(self, minute: int) -> int:
        """The step of a moment on the grid (rounded down if it is off the grid)."""
        return minute // self.g

    def guard(self, rule: str, words: Said, *subjects: tuple[str, str]) -> list:
        """Enforcement literals for one group of hard constraints ([] outside explain mode)."""
        if not self.explain:
            return []
        literal = self.model.new_bool_var(f"assume:{rule}:{len(self.guards)}")
        self.guards.append(Guard(literal, rule, words.description, tuple(subjects), words.wording,
                                 words.params))
        return [literal]

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
