"""Checks of relations between sessions: no circles, no contradictions, gaps that fit."""

from __future__ import annotations

from collections import deque
from datetime import timedelta
from typing import Iterator

from ..domain import models as m
from ..domain.enums import RelationKind as Kind
from .facts import Facts
from .finding import (Finding, error_unless_optional, moment_text, optional_note, quoted, span_text,
                      subjects)
from .spans import Span, fitting, session_time

TIES = {Kind.SAME_TIME: "at the same time", Kind.SAME_DAY: "on the same day"}
CONFLICTS = {  # relation kind -> (the ties it cannot live with, what it asks for)
    Kind.NOT_SAME_TIME: ({Kind.SAME_TIME}, "not at the same time"),
    Kind.BEFORE: ({Kind.SAME_TIME}, "one before the other"),
    Kind.DIFFERENT_DAY: ({Kind.SAME_TIME, Kind.SAME_DAY}, "on different days"),
}


def before_graph(facts: Facts) -> dict[int, list[int]]:
    graph: dict[int, list[int]] = {s.id: [] for s in facts.sessions}
    for relation in facts.relations:
        if relation.kind == Kind.BEFORE:
            graph[relation.first_id].append(relation.second_id)
    return graph


def reachable(graph: dict[int, list[int]], start: int) -> set[int]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def shortest_path(graph: dict[int, list], start: int, goal: int) -> list | None:
    """The fewest steps from start to goal (goal may be start: a cycle), as (node, via) pairs."""
    parent: dict[int, tuple] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, via in graph[node]:
            if nxt == goal:
                path = [(nxt, via)]
                while node != start:
                    path.append((node, parent[node][1]))
                    node = parent[node][0]
                return [(start, None)] + path[::-1]
            if nxt not in parent and nxt != start:
                parent[nxt] = (node, via)
                queue.append(nxt)
    return None


def before_relations_acyclic(facts: Facts) -> Iterator[Finding]:
    """Error: 'before' relations that go round in a circle (reported once per circle, in order)."""
    graph = before_graph(facts)
    labelled = {node: [(n, None) for n in nexts] for node, nexts in graph.items()}
    done: set[int] = set()
    for node in graph:
        ahead = set() if node in done else reachable(graph, node)
        if node not in ahead:
            continue
        done |= {n for n in ahead if node in reachable(graph, n)}  # its whole circle of circles
        cycle = [facts.session[n] for n, _ in shortest_path(labelled, node, node)]
        yield Finding(error_unless_optional(*cycle), "before-cycle",
                      "These sessions must each come before the next, in a circle: "
                      f"{' → '.join(quoted(s.title_en) for s in cycle)}; no order satisfies that"
                      f"{optional_note(*cycle[:-1])}", subjects(*cycle[:-1]))


def ties_graph(facts: Facts, kinds: set[str]) -> dict[int, list[tuple[int, str]]]:
    """Sessions tied together by relations of these kinds, both ways, labelled with the kind."""
    return facts.remember(("ties", *sorted(kinds)), lambda: build_ties(facts, kinds))


def build_ties(facts: Facts, kinds: set[str]) -> dict[int, list[tuple[int, str]]]:
    graph: dict[int, list[tuple[int, str]]] = {s.id: [] for s in facts.sessions}
    for relation in facts.relations:
        if relation.kind in kinds:
            graph[relation.first_id].append((relation.second_id, relation.kind))
            graph[relation.second_id].append((relation.first_id, relation.kind))
    return graph


def relations_agree(facts: Facts) -> Iterator[Finding]:
    """Error: a pair must be at the same time (or on the same day), directly or through other
    sessions, and also not at the same time, one before the other, or on different days."""
    for relation in facts.relations:
        if relation.kind not in CONFLICTS:
            continue
        kinds, asked = CONFLICTS[Kind(relation.kind)]
        path = shortest_path(ties_graph(facts, kinds), relation.first_id, relation.second_id)
        if path is None:
            continue
        chain = [facts.session[node] for node, _ in path]
        tie = TIES[Kind.SAME_TIME if all(v == Kind.SAME_TIME for _, v in path[1:]) else Kind.SAME_DAY]
        through = (f" (tied through {', '.join(quoted(s.title_en) for s in chain[1:-1])})"
                   if len(chain) > 2 else "")
        yield Finding(error_unless_optional(*chain), "contradictory-relations",
                      f"{quoted(chain[0].title_en)} and {quoted(chain[-1].title_en)} must be {tie}"
                      f"{through} and also {asked}, which cannot both hold{optional_note(*chain)}",
                      subjects(chain[0], chain[-1], *chain[1:-1]))


def possible_time(facts: Facts, session: m.Session) -> list[Span]:
    """Where a session could run: its pinned start, or its time long enough to hold it."""
    if session.pin_start is not None:
        return [(session.pin_start, session.pin_start + timedelta(minutes=session.duration_minutes))]
    return fitting(session_time(facts, session), session.duration_minutes)


def before_gap_fits(facts: Facts) -> Iterator[Finding]:
    """Error: the second session of a 'before' relation must start before the first can end
    (plus the minimum gap)."""
    for relation in (r for r in facts.relations if r.kind == Kind.BEFORE):
        first, second = facts.session[relation.first_id], facts.session[relation.second_id]
        first_time, second_time = possible_time(facts, first), possible_time(facts, second)
        if not first_time or not second_time:
            continue  # session_fits_its_time reports these
        earliest_end = first_time[0][0] + timedelta(minutes=first.duration_minutes)
        latest_start = second_time[-1][1] - timedelta(minutes=second.duration_minutes)
        if earliest_end + timedelta(minutes=relation.min_gap_minutes) <= latest_start:
            continue
        gap = f" at least {span_text(relation.min_gap_minutes)}" if relation.min_gap_minutes else ""
        yield Finding(error_unless_optional(first, second), "before-cannot-fit",
                      f"{quoted(first.title_en)} must end{gap} before {quoted(second.title_en)} "
                      f"starts, but {quoted(first.title_en)} cannot end before "
                      f"{moment_text(earliest_end, facts.tz)} and {quoted(second.title_en)} must start "
                      f"by {moment_text(latest_start, facts.tz)}{optional_note(first, second)}",
                      subjects(first, second))
