"""The selected session in full: titles, place and time, people, needs and findings."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from ..timetable.state import MODE_WORDS, ScheduleState
from ..timetable.texts import attendance, place_words

EMPTY = "<p style='color:#68717c'>Select a session in the timetable, the unscheduled list or the " \
        "conflicts to see it here.</p>"


class DetailsPanel(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: ScheduleState | None = None
        self.key = ""
        self.setOpenLinks(False)
        self.setHtml(EMPTY)

    def set_state(self, state: ScheduleState) -> None:
        self.state = state
        self.show_session(self.key if self.key in state.problem.session else "")

    def show_session(self, key: str) -> None:
        self.key = key
        if not key or self.state is None or key not in self.state.problem.session:
            self.setHtml(EMPTY)
            return
        self.setHtml(details_html(self.state, key))


def details_html(state: ScheduleState, key: str) -> str:
    problem, names = state.problem, state.names
    info = problem.session[key]
    placement = state.schedule.get(key)
    zh = names.chinese("session", key)
    out = [f"<h3 style='margin-bottom:0'>{escape(info.title)}</h3>"]
    if zh:
        out.append(f"<div style='font-size:large'>{escape(zh)}</div>")
    if placement is None:
        out.append("<p><b style='color:#b35c00'>Not scheduled</b></p>")
    else:
        when = f"{state.day_name(state.day_of(placement))} " \
               f"{state.span_text(placement.start, placement.start + info.duration)}"
        out.append(f"<p><b>{when}</b><br>{escape(place_words(state, placement))}</p>")
    rows = [("Kind", info.kind.replace("_", " ")), ("Mode", MODE_WORDS.get(info.mode, info.mode)),
            ("Duration", f"{info.duration} min"),
            ("Expected", attendance(info.expected_onsite, info.expected_online) or "—"),
            ("Track", info.track or "—"), ("Tags", ", ".join(sorted(info.tags)) or "—"),
            ("Language", (info.language or "—") + (" · interpretation" if info.interpretation else "")),
            ("Needs", ", ".join(sorted(f.replace("_", " ") for f in info.required_features)) or "—"),
            ("Pinned", _pins(state, info) or "no")]
    if info.optional:
        rows.append(("Optional", "yes: may be left out"))
    out.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td style='color:#68717c'>{label}</td><td>{escape(value)}</td></tr>"
        for label, value in rows) + "</table>")
    if info.people:
        out.append("<p><b>People</b><br>" + "<br>".join(
            f"{escape(_person(state, p.person))} — {p.role}"
            f"{' (remote)' if p.presence == 'remote' else ''}" for p in info.people) + "</p>")
    findings = state.findings.get(key, ())
    if not state.checked:
        out.append("<p style='color:#68717c'>Checking the findings…</p>")
    elif findings:
        out.append("<p><b>Findings</b></p><ul style='margin-left:-20px'>" + "".join(
            f"<li><span style='color:{'#d62728' if v.severity == 'hard' else '#a86f00'}'>"
            f"{v.severity}: {v.rule}</span> — {escape(v.message)}</li>" for v in findings) + "</ul>")
    return "".join(out)


def _person(state: ScheduleState, key: str) -> str:
    person = state.problem.person.get(key)
    name = person.name if person else key
    zh = state.names.chinese("person", key)
    return f"{name} {zh}" if zh else name


def _pins(state: ScheduleState, info) -> str:
    parts = []
    if info.pin_room:
        parts.append(state.problem.room[info.pin_room].name)
    if info.pin_channel:
        parts.append(state.problem.channel[info.pin_channel].name)
    if info.pin_start is not None:
        parts.append(f"{state.day_name(state.problem.day_of(info.pin_start))} "
                     f"{state.clock(info.pin_start)}")
    return ", ".join(parts)
