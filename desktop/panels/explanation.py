"""Why no schedule can exist, in words whose subjects are links.

An infeasible solve's explanation (and a refusal by the data check) names sessions, people,
rooms, channels, groups … as (kind, key) subjects. Each becomes a ``slotwise://kind/key``
link: on its name where the sentence says it, else after the sentence. Choosing a link emits
``subject_chosen(kind, key)``; the window shows a session in the timetable and anything else
in its editor.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from ..finding_words import conflict_text
from ..timetable.state import ScheduleState

SCHEME = "slotwise"
EDITOR_OF = {"person": "people", "group": "groups", "room": "rooms", "channel": "channels",
             "venue": "venues", "city": "cities", "resource": "resources"}
LINKABLE = {"session", *EDITOR_OF}
# the words around an infeasibility explanation (as scheduler.solver.result.Explanation.text says them)
HEADING = QT_TRANSLATE_NOOP("ExplanationView", "No schedule can satisfy all of these together:")
FOOTER = QT_TRANSLATE_NOOP("ExplanationView",
                           "Relax one of them (or make a session optional) and solve again.")
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "ExplanationView", "No schedule exists, and no small set of conflicting requirements was found.")

Subject = tuple[str, str]
Names = dict[Subject, tuple[str, ...]]


def href(kind: str, key: str) -> str:
    return f"{SCHEME}://{kind}/{quote(key, safe='')}"


def parse_href(url: QUrl | str) -> Subject | None:
    """(kind, key) of a subject link, None for any other address."""
    url = QUrl(url) if isinstance(url, str) else url
    kind, key = url.host(), unquote(url.path(QUrl.ComponentFormattingOption.FullyEncoded).lstrip("/"))
    if url.scheme() != SCHEME or kind not in LINKABLE or not key:
        return None
    return kind, key


def names_of(state: ScheduleState | None) -> Names:
    """Every name a sentence may use for a subject: the shown name and the other language's."""
    if state is None:
        return {}
    p, other = state.problem, state.names.chinese
    rows = [("session", s.key, s.title) for s in p.sessions]
    rows += [("person", x.key, x.name) for x in p.people]
    rows += [("group", x.key, x.name) for x in p.groups]
    rows += [("room", x.key, x.name) for x in p.rooms]
    rows += [("venue", x.venue, x.venue_name) for x in p.rooms]
    rows += [("channel", x.key, x.name) for x in p.channels]
    rows += [("city", x.key, x.name) for x in p.cities]
    rows += [("resource", x.key, x.name) for x in p.resources]
    return {(kind, key): tuple(n for n in (name, other(kind, key)) if n) for kind, key, name in rows}


def linked(text: str, subjects, names: Names) -> str:
    """The sentence as HTML with each subject's name a link (or the link added after it)."""
    spans: list[tuple[int, int, Subject]] = []
    missing: list[Subject] = []
    for subject in dict.fromkeys(s for s in subjects if s[0] in LINKABLE):
        found = _find(text, names.get(subject, ()) or (subject[1],), spans)
        if found is None:
            missing.append(subject)
        else:
            spans.append((*found, subject))
    out, at = [], 0
    for start, end, subject in sorted(spans):
        out.append(escape(text[at:start], quote=False))
        out.append(_anchor(subject, text[start:end]))
        at = end
    out.append(escape(text[at:], quote=False))
    if missing:
        out.append(" — " + ", ".join(
            _anchor(s, (names.get(s) or (s[1],))[0]) for s in missing))
    return "".join(out)


def _find(text: str, candidates, taken) -> tuple[int, int] | None:
    """The first place a name occurs that no other link holds yet (longest names first)."""
    for name in sorted(candidates, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e, _ in taken):
                return start, end
            start = text.find(name, start + 1)
    return None


def _anchor(subject: Subject, words: str) -> str:
    kind, key = subject
    return f'<a href="{escape(href(kind, key))}" title="{escape(f"{kind} {key}")}">' \
           f'{escape(words, quote=False)}</a>'


def explanation_html(heading: str, items, names: Names, footer: str = "") -> str:
    """A heading, one line per (sentence, subjects) item, and an optional footer."""
    lines = "".join(f"<li>{linked(text, subjects, names)}</li>" for text, subjects in items)
    tail = f"<p>{escape(footer)}</p>" if footer else ""
    return f"<p><b>{escape(heading)}</b></p><ul style='margin-left:-20px'>{lines}</ul>{tail}"


class ExplanationView(QTextBrowser):
    """The sentences of an explanation; a click on a subject emits ``subject_chosen``."""

    subject_chosen = Signal(str, str)  # kind, key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.choose)

    def show_explanation(self, explanation, names: Names, state: ScheduleState | None = None) -> None:
        """A solver's Explanation (scheduler.solver.result), worded in the window's language
        (names from ``state``, the window's)."""
        if not explanation.conflicts:
            self.setHtml(f"<p>{escape(self.tr(NOTHING_FOUND))}</p>")
            return
        items = [(conflict_text(c, state), c.subjects) for c in explanation.conflicts]
        self.setHtml(explanation_html(self.tr(HEADING), items, names, self.tr(FOOTER)))

    def show_findings(self, heading: str, findings, names: Names) -> None:
        """Findings of the data check (scheduler.lint.Finding), one line each."""
        self.setHtml(explanation_html(heading, [(f.message, f.subjects) for f in findings], names))

    def links(self) -> list[tuple[str, str]]:
        """(href, words) of every link shown, in order (read back from the document)."""
        found = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isAnchor():
                    found.append((fragment.charFormat().anchorHref(), fragment.text()))
                it += 1
            block = block.next()
        return found

    def choose(self, url: QUrl | str) -> None:
        subject = parse_href(url)
        if subject is not None:
            self.subject_chosen.emit(*subject)
