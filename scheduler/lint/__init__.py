"""The data lint behind `slotwise check`: impossible or suspicious data, found before any solve.

``check(project)`` runs every check below, each a small function named after what it
checks; errors (no schedule can exist) come before warnings (suspicious but solvable).
Cancelled sessions are left out everywhere; an impossible optional session is only a
warning, since the schedule can go without it.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from . import advice, places, relations, times
from .facts import Facts, load
from .finding import Finding

__all__ = ["CHECKS", "Finding", "check", "format_findings", "has_errors"]

Check = Callable[[Facts], Iterator[Finding]]

CHECKS: tuple[Check, ...] = (
    places.rooms_exist,
    places.session_has_allowed_room,
    places.session_has_room_with_features,
    places.session_has_room_big_enough,
    places.session_pin_matches_mode,
    places.channels_exist,
    places.session_has_allowed_channel,
    places.session_has_channel_big_enough,
    places.session_fits_resource_capacity,
    times.session_fits_its_time,
    times.session_pin_kept,
    times.available_during_event,
    times.not_overbooked,
    relations.before_relations_acyclic,
    relations.relations_agree,
    relations.before_gap_fits,
    advice.interpretation_provided,
    advice.remote_people_have_timezone,
    advice.online_sessions_have_target_timezones,
    advice.sessions_have_people,
    advice.travel_times_complete,
    advice.rooms_have_seats,
)


def check(project) -> list[Finding]:
    """Every finding about the project's data, errors first."""
    facts = load(project)
    return errors_first([finding for rule in CHECKS for finding in rule(facts)])


def errors_first(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: f.severity != "error")


def format_findings(findings: Iterable[Finding]) -> str:
    """One line per finding, "error: …" or "warning: …", errors first."""
    return "\n".join(f"{f.severity}: {f.message}" for f in errors_first(findings))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
