"""Shared helpers of the benchmark scripts: temporary projects, tables, peak memory."""

from __future__ import annotations

import json
import resource
import tempfile
from pathlib import Path

from scheduler.interchange.json_format import create_project_from_json


def project_from(document: dict | Path, folder: Path | None = None, name: str = "bench"):
    folder = folder or Path(tempfile.mkdtemp(prefix="slotwise-bench-"))
    source = document if isinstance(document, Path) else folder / f"{name}.json"
    if not isinstance(document, Path):
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return create_project_from_json(folder / f"{name}.slotwise", source)


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table, so the output can go straight into README.md."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda values: "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths)) + " |"
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seconds(value) -> str:
    return "—" if value is None else f"{value:.2f}"
