"""Hard rule resource_capacity: a sweep over the moments a resource's use or limit changes."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..problem import ResourceInfo, Span
from ..weights import RESOURCE_CAPACITY
from .plan import Item, Plan
from .violation import Violation, hard
from .wording import phrase


def resource_capacity(plan: Plan) -> Iterator[Violation]:
    """Hard: at every minute the sessions using a resource need no more than its capacity then."""
    for key, uses in sorted(_uses(plan).items()):
        resource = plan.problem.resource[key]
        for span, active, limit in _over(resource, uses):
            need = sum(amount for _, amount in active)
            sessions = tuple(item.key for item, _ in active)
            said = dict(sessions=sessions, need=need, resource=key, span=span)
            said = (phrase(plan.problem, "resource_capacity.none", **said) if limit <= 0
                    else phrase(plan.problem, "resource_capacity.some", **said, limit=limit))
            yield hard(RESOURCE_CAPACITY, said, sessions=sessions, resources=(key,), times=(span,))


def _uses(plan: Plan) -> dict[str, list[tuple[Item, int]]]:
    """Per known resource, the sessions using it (for some time) with their amounts."""
    out: dict[str, dict[str, list]] = defaultdict(dict)
    for item in plan.items:
        if item.end <= item.start:
            continue
        for key, amount in item.info.resources:
            if key in plan.problem.resource and amount > 0:
                entry = out[key].setdefault(item.key, [item, 0])
                entry[1] += amount
    return {key: [tuple(entry) for entry in found.values()] for key, found in out.items()}


def limit_at(resource: ResourceInfo, minute: int) -> int:
    """Its capacity at a minute: the smallest capacity window, 0 when unavailable, else its capacity."""
    limits = [cap for span, cap in resource.capacity_windows if span.start <= minute < span.end]
    if any(span.start <= minute < span.end for span in resource.unavailable):
        limits.append(0)
    return min(limits) if limits else resource.capacity


def _over(resource: ResourceInfo, uses: list[tuple[Item, int]]) -> list[tuple[Span, list, int]]:
    """(stretch, uses, limit) of each maximal stretch where the same sessions need more than the limit."""
    starts, ends = defaultdict(list), defaultdict(list)
    for item, amount in uses:
        starts[item.start].append((item, amount))
        ends[item.end].append(item)
    windows = [span for span, _ in resource.capacity_windows] + list(resource.unavailable)
    points = sorted(set(starts) | set(ends) | {m for w in windows for m in (w.start, w.end)})
    active: dict[str, tuple[Item, int]] = {}
    runs: list[list] = []  # [stretch, uses, limit]
    for here, following in zip(points, points[1:]):
        for item in ends[here]:
            active.pop(item.key, None)
        for item, amount in starts[here]:
            active[item.key] = (item, amount)
        limit = limit_at(resource, here)
        if not active or sum(amount for _, amount in active.values()) <= limit:
            continue
        now_using = sorted(active.values(), key=_order)
        if runs and runs[-1][0].end == here and (runs[-1][1], runs[-1][2]) == (now_using, limit):
            runs[-1][0] = Span(runs[-1][0].start, following)
        else:
            runs.append([Span(here, following), now_using, limit])
    return [tuple(run) for run in runs]


def _order(use: tuple[Item, int]):
    return use[0].start, use[0].key
