"""What the validator finds: one Violation per concrete breach, gathered in a Validation."""

from __future__ import annotations

from dataclasses import dataclass

from ..problem import Span
from ..weights import SOFT_RULES
from .wording import Phrase

HARD = "hard"
SOFT = "soft"


@dataclass(frozen=True)
class Violation:
    """One breach of one rule, in words for an organiser and as keys for the GUI."""

    rule: str  # a name from scheduler.weights (HARD_RULES or SOFT_RULES)
    severity: str  # "hard" or "soft"
    message: str
    cost: int = 0  # weight × amount for soft rules (0 for hard)
    sessions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    times: tuple[Span, ...] = ()
    wording: str = ""  # the template id of the message (scheduler/validator/wording.py)
    params: tuple[tuple[str, object], ...] = ()  # its values: keys, event minutes, Spans, ints


@dataclass(frozen=True)
class Validation:
    """Every violation of a schedule, hard ones first, in a stable order."""

    violations: tuple[Violation, ...]

    @property
    def hard(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == HARD)

    @property
    def soft(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == SOFT)

    @property
    def is_feasible(self) -> bool:
        return not any(v.severity == HARD for v in self.violations)

    @property
    def total_cost(self) -> int:
        return sum(v.cost for v in self.soft)

    def costs(self) -> dict[str, int]:
        """The cost of each soft rule (every soft rule present, 0 when nothing breaks it)."""
        out = dict.fromkeys(SOFT_RULES, 0)
        for v in self.soft:
            out[v.rule] = out.get(v.rule, 0) + v.cost
        return out

    def for_session(self, key: str) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if key in v.sessions)


def hard(rule: str, said: Phrase, **subjects) -> Violation:
    """A breach of a hard rule (no cost: the schedule is simply not allowed)."""
    return Violation(rule, HARD, said.message, wording=said.wording, params=said.params, **subjects)


def soft(rule: str, cost: int, said: Phrase, **subjects) -> Violation:
    """A breach of a soft rule that costs ``cost`` points (weight × amount)."""
    return Violation(rule, SOFT, said.message, cost, wording=said.wording, params=said.params,
                     **subjects)
