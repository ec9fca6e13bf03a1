"""The selected session in full: titles, place and time, people, needs and findings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from ..display_words import rule_name, severity_word, value_word
from ..finding_words import finding_text
from ..timetable.state import ScheduleState
from ..timetable.texts import attendance, place_words

EMPTY = QT_TRANSLATE_NOOP("DetailsPanel", "Select a session in the timetable, the unscheduled list "
                                          "or the conflicts to see it here.")


def _(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Details", …), in the chosen language."""
    return QCoreApplication.translate("Details", text)


class DetailsPanel(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: ScheduleState | None = None
        self.key = ""
        self.setOpenLinks(False)
        self._show_empty()

    def _show_empty(self) -> None:
        self.setHtml(f"<p style='color:#68717c'>{escape(self.tr(EMPTY))}</p>")

    def set_state(self, state: ScheduleState) -> None:
        self.state = state
        self.show_session(self.key if self.key in state.problem.session else "")

    def show_session(self, key: str) -> None:
        self.key = key
        if not key or self.state is None or key not in self.state.problem.session:
            self._show_empty()
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
        out.append(f"<p><b style='color:#b35c00'>{_(NOT_SCHEDULED)}</b></p>")
    else:
        when = f"{state.day_name(state.day_of(placement))} " \
               f"{state.span_text(placement.start, placement.start + info.duration)}"
        out.append(f"<p><b>{when}</b><br>{escape(place_words(state, placement))}</p>")
    interpretation = _(INTERPRETATION) if info.interpretation else ""
    rows = [(_(KIND), value_word(info.kind)), (_(MODE), value_word(info.mode)),
            (_(DURATION), _(MINUTES).format(minutes=info.duration)),
            (_(EXPECTED), attendance(info.expected_onsite, info.expected_online) or "—"),
            (_(TRACK), info.track or "—"), (_(TAGS), ", ".join(sorted(info.tags)) or "—"),
            (_(LANGUAGE), (info.language or "—") + interpretation),
            (_(NEEDS), ", ".join(sorted(f.replace("_", " ") for f in info.required_features)) or "—"),
            (_(PINNED), _pins(state, info) or _(NO))]
    if info.optional:
        rows.append((_(OPTIONAL), _(LEFT_OUT)))
    out.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td style='color:#68717c'>{label}</td><td>{escape(value)}</td></tr>"
        for label, value in rows) + "</table>")
    if info.people:
        out.append(f"<p><b>{_(PEOPLE)}</b><br>" + "<br>".join(
            f"{escape(_person(state, p.person))} — {value_word(p.role)}"
            f"{_(REMOTE) if p.presence == 'remote' else ''}" for p in info.people) + "</p>")
    findings = state.findings.get(key, ())
    if not state.checked:
        out.append(f"<p style='color:#68717c'>{_(CHECKING)}</p>")
    elif findings:
        out.append(f"<p><b>{_(FINDINGS)}</b></p><ul style='margin-left:-20px'>" + "".join(
            f"<li><span style='color:{'#d62728' if v.severity == 'hard' else '#a86f00'}'>"
            f"{severity_word(v.severity)}: {rule_name(v.rule)}</span> — {escape(finding_text(v, state))}</li>"
            for v in findings) + "</ul>")
    return "".join(out)


NOT_SCHEDULED = QT_TRANSLATE_NOOP("Details", "Not scheduled")
KIND = QT_TRANSLATE_NOOP("Details", "Kind")
MODE = QT_TRANSLATE_NOOP("Details", "Mode")
DURATION = QT_TRANSLATE_NOOP("Details", "Duration")
MINUTES = QT_TRANSLATE_NOOP("Details", "{minutes} min")
EXPECTED = QT_TRANSLATE_NOOP("Details", "Expected")
TRACK = QT_TRANSLATE_NOOP("Details", "Track")
TAGS = QT_TRANSLATE_NOOP("Details", "Tags")
LANGUAGE = QT_TRANSLATE_NOOP("Details", "Language")
INTERPRETATION = QT_TRANSLATE_NOOP("Details", " · interpretation")
NEEDS = QT_TRANSLATE_NOOP("Details", "Needs")
PINNED = QT_TRANSLATE_NOOP("Details", "Pinned")
NO = QT_TRANSLATE_NOOP("Details", "no")
OPTIONAL = QT_TRANSLATE_NOOP("Details", "Optional")
LEFT_OUT = QT_TRANSLATE_NOOP("Details", "yes: may be left out")
PEOPLE = QT_TRANSLATE_NOOP("Details", "People")
REMOTE = QT_TRANSLATE_NOOP("Details", " (remote)")
CHECKING = QT_TRANSLATE_NOOP("Details", "Checking the findings…")
FINDINGS = QT_TRANSLATE_NOOP("Details", "Findings")


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
