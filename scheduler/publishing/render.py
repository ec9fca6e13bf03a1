"""A change log as plain text, Markdown or HTML (standard library only).

All three are written from one outline of plain strings; each writer escapes
what its format needs, so a title such as "Trade <Q&A>" stays text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .changes import ChangeLog, Impact, SessionChange

FORMATS = ("text", "markdown", "html")
KIND_LABELS = {"status": "status", "day": "day", "time": "time", "city": "city", "room": "room",
               "channel": "channel", "delivery_mode": "delivery mode"}


@dataclass
class _Item:
    text: str
    details: list[str] = field(default_factory=list)


@dataclass
class _Section:
    heading: str
    items: list[_Item]


def render(log: ChangeLog, fmt: str = "text") -> str:
    writers = {"text": as_text, "markdown": as_markdown, "html": as_html}
    if fmt not in writers:
        raise ValueError(f"unknown format '{fmt}' (use one of: {', '.join(FORMATS)})")
    return writers[fmt](log)


def as_text(log: ChangeLog) -> str:
    title, intro, sections = _outline(log)
    lines = [title, intro]
    for section in sections:
        lines += ["", section.heading]
        for item in section.items:
            lines.append(f"  - {item.text}")
            lines += [f"      {detail}" for detail in item.details]
    return "\n".join(lines) + "\n"


def as_markdown(log: ChangeLog) -> str:
    title, intro, sections = _outline(log)
    lines = [f"# {_md(title)}", "", _md(intro)]
    for section in sections:
        lines += ["", f"## {_md(section.heading)}", ""]
        for item in section.items:
            lines.append(f"- {_md(item.text)}")
            lines += [f"  - {_md(detail)}" for detail in item.details]
    return "\n".join(lines) + "\n"


def as_html(log: ChangeLog) -> str:
    title, intro, sections = _outline(log)
    e = html.escape
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", "</head>", "<body>", f"<h1>{e(title)}</h1>",
             f"<p>{e(intro)}</p>"]
    for section in sections:
        lines += [f"<h2>{e(section.heading)}</h2>", "<ul>"]
        for item in section.items:
            if item.details:
                inner = "".join(f"<li>{e(detail)}</li>" for detail in item.details)
                lines.append(f"<li>{e(item.text)}<ul>{inner}</ul></li>")
            else:
                lines.append(f"<li>{e(item.text)}</li>")
        lines.append("</ul>")
    lines += ["</body>", "</html>"]
    return "\n".join(lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def _md(text: str) -> str:
    """Markdown text that shows as written: HTML characters as entities, markup escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


# -- the outline ---------------------------------------------------------------------------------


def _outline(log: ChangeLog) -> tuple[str, str, list[_Section]]:
    title = f"Changes from {log.old_label} to {log.new_label}"
    if not log:
        return title, "No sessions changed.", []
    intro = f"Times in {log.timezone}. {_tally(log)}."
    sections = []
    for heading, items, words in (("Added", log.added, ""), ("Cancelled", log.cancelled, "was "),
                                  ("Removed from the programme", log.removed, "was "),
                                  ("Changed", log.changed, "now ")):
        if items:
            sections.append(_Section(f"{heading} ({len(items)})", [
                _Item(f"{title_of(c)} — {words}{c.when}, {c.where}", _details(c)) for c in items]))
    for heading, impacts in (("Who must be told: people", log.people),
                             ("Who must be told: groups", log.groups)):
        if impacts:
            sections.append(_Section(f"{heading} ({len(impacts)})", [_told(i) for i in impacts]))
    return title, intro, sections


def _tally(log: ChangeLog) -> str:
    return (f"{len(log.added)} added, {len(log.cancelled)} cancelled, {len(log.removed)} removed, "
            f"{len(log.changed)} changed")


def title_of(change: SessionChange) -> str:
    return f"{change.title_en} / {change.title_zh}" if change.title_zh else change.title_en


def _details(change: SessionChange) -> list[str]:
    if change.what != "changed":
        return []
    return [f"{KIND_LABELS.get(c.kind, c.kind)}: {c.old} → {c.new}" for c in change.changes]


def _told(impact: Impact) -> _Item:
    name = f"{impact.name_en} / {impact.name_zh}" if impact.name_zh else impact.name_en
    return _Item(name, [f"{title_of(c.session)}{f' ({c.part})' if c.part else ''}: {_short(c.session)}"
                        for c in impact.concerns])


def _short(change: SessionChange) -> str:
    if change.what == "added":
        return f"new, {change.when}, {change.where}"
    if change.what == "cancelled":
        return "cancelled"
    if change.what == "removed":
        return "removed from the programme"
    return "; ".join(f"{KIND_LABELS.get(c.kind, c.kind)} {c.old} → {c.new}" for c in change.changes)
