"""A validator finding or an explanation's requirement in the organiser's language.

The core (which knows no Qt) keeps each finding as a template id (``wording``) and raw values
(``params``: keys, event minutes, Spans, numbers) besides its English ``message``. In English
the message is shown as it is; in another language the finding's template is translated
(desktop/finding_templates.py) and the values are put in: names from the state shown (its
problem holds the Chinese names in Chinese), days and clocks via desktop/locale_format.py in the
event's zone. An id without a template, or a translation that does not fit its values, falls
back to the English message, so a finding is never lost.

    finding_text(violation, window.state, window.language)
    conflict_text(conflict, window.state, window.language)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from scheduler.problem import Problem, Span
from scheduler.validator.wording import KINDS, local_moment

from . import locale_format as lf
from .display_words import value_word
from .finding_templates import CONFLICTS, FAULTS, FINDINGS, TARGETS
from .translations import SOURCE_LANGUAGE, installed_language, locale_of

LIST_LIMIT = 5  # sessions named in a list before "and 3 more"


def finding_text(violation, state, language: str | None = None) -> str:
    """The finding's sentence in ``language`` (the English message in English); without a
    language, in the one whose translation is installed (the window's)."""
    return _render(FINDINGS, "Findings", violation.wording, violation.params, violation.message,
                   state, language)


def conflict_text(conflict, state, language: str | None = None) -> str:
    """One requirement of a solver's infeasibility explanation in ``language``."""
    return _render(CONFLICTS, "Conflicts", getattr(conflict, "wording", ""),
                   getattr(conflict, "params", ()), conflict.description, state, language)


def _render(templates, context, wording, params, english, state, language) -> str:
    source = templates.get(wording)
    language = language or installed_language()
    if language == SOURCE_LANGUAGE or source is None or state is None:
        return english
    words = Words(state.problem, locale_of(language), conflict=templates is CONFLICTS)
    template = QCoreApplication.translate(context, source)
    if template == source:  # no translation loaded: the core's English reads better than a mix
        return english
    try:
        return template.format(**{name: words.value(name, value) for name, value in params})
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return english


class Words:
    """The values of findings in words: names of the state's problem, times in the locale."""

    def __init__(self, problem: Problem, locale: QLocale, conflict: bool = False):
        self.p, self.locale, self.conflict = problem, locale, conflict

    def value(self, name: str, value) -> str:
        kind = (_CONFLICT_KINDS.get(name) if self.conflict else None) or KINDS.get(name, "text")
        return getattr(self, "_" + kind)(value)

    # -- names --------------------------------------------------------------------------------

    def _session(self, key: str) -> str:
        info = self.p.session.get(key)
        title = info.title if info and info.title else key
        return QCoreApplication.translate("Findings", "'{title}'").format(title=title)

    def _sessions(self, keys) -> str:
        names = [self._session(k) for k in keys]
        if len(names) > LIST_LIMIT:
            more = len(names) - LIST_LIMIT + 1
            names = names[:LIST_LIMIT - 1] + [
                QCoreApplication.translate("Findings", "{count} more").format(count=more)]
        return self.and_list(names)

    def _room(self, key) -> str:
        info = self.p.room.get(key) if key else None
        if info:
            return info.name
        return QCoreApplication.translate("Findings", "room '{key}'").format(key=key)

    def _channel(self, key) -> str:
        info = self.p.channel.get(key) if key else None
        if info:
            return info.name
        return QCoreApplication.translate("Findings", "channel '{key}'").format(key=key)

    def _channels(self, keys) -> str:
        return self.or_list([self._channel(k) for k in keys])

    def _named(self, table, key) -> str:
        info = table.get(key)
        return info.name if info else str(key)

    def _person(self, key) -> str:
        return self._named(self.p.person, key)

    def _group(self, key) -> str:
        return self._named(self.p.group, key)

    def _resource(self, key) -> str:
        return self._named(self.p.resource, key)

    def _city(self, key) -> str:
        if key:
            return self._named(self.p.city, key)
        return QCoreApplication.translate("Findings", "an unknown city")

    def _subject(self, subject) -> str:
        kind, key = subject
        return getattr(self, "_" + kind)(key)

    def _who(self, subjects) -> str:
        return self.and_list([self._subject(s) for s in subjects])

    def _target(self, target) -> str:
        kind, value = target
        if kind == "room":
            return self._room(value)
        if kind == "channel":
            return self._channel(value)
        if kind == "city":
            name = self._city(value)
        elif kind == "venue":
            name = next((r.venue_name for r in self.p.rooms if r.venue == value), value)
        else:
            name = value
        words = TARGETS.get(kind, TARGETS["room_tag"])
        return QCoreApplication.translate("Findings", words).format(name=name)

    def _targets(self, targets) -> str:
        return self.or_list([self._target(t) for t in targets])

    def _place(self, room_channel) -> str:
        room, channel = room_channel
        names = ([self._room(room)] if room else []) + ([self._channel(channel)] if channel else [])
        if names:
            return self.and_list(names)
        return QCoreApplication.translate("Findings", "no room or channel")

    def _faults(self, faults) -> str:
        return self.and_list([QCoreApplication.translate("Findings", FAULTS[code]).format(
            room=self._room(key), channel=self._channel(key)) for code, key in faults])

    def _city_sessions(self, groups) -> str:
        return self.and_list([QCoreApplication.translate("Findings", "{city} ({sessions})").format(
            city=self._city(city), sessions=self._sessions(keys)) for city, keys in groups])

    # -- times --------------------------------------------------------------------------------

    def _at(self, minute: int) -> str:
        return lf.moment_text(local_moment(self.p, minute), self.locale)

    def _day(self, minute: int) -> str:
        return lf.day_text(local_moment(self.p, minute), self.locale)

    def _clock(self, minute: int) -> str:
        return lf.clock(local_moment(self.p, minute), self.locale)

    def _when(self, span: Span) -> str:
        first, last = self._day(span.start), self._day(span.end)
        end = self._clock(span.end) if first == last else f"{last} {self._clock(span.end)}"
        return f"{first} {self._clock(span.start)}–{end}"

    def _whens(self, spans) -> str:
        return self.and_list([self._when(s) for s in spans])

    def _event_days(self, days) -> str:
        return self.or_list([lf.day_text(self.p.event.days[i], self.locale) for i in days])

    def _clock_window(self, hours) -> str:
        return "–".join(f"{m // 60:02d}:{m % 60:02d}" for m in hours)

    # -- plain values -------------------------------------------------------------------------

    def _number(self, value) -> str:
        return str(value)

    def _text(self, value) -> str:
        return str(value)

    def _words(self, words) -> str:
        return self.and_list(list(words))

    def _mode(self, mode) -> str:
        return value_word(mode)

    def _needs(self, needs) -> str:
        seats, features = needs
        seats_text = QCoreApplication.translate("Findings", "{count} seats").format(count=seats)
        return self.and_list([seats_text, *features])

    def _rule_places(self, places) -> str:
        return self.and_list([self._target(t) for t in places])

    def _relation(self, kind) -> str:
        return value_word(kind)

    # -- lists --------------------------------------------------------------------------------

    def and_list(self, words: list[str]) -> str:
        if len(words) <= 1:
            return "".join(words)
        items = QCoreApplication.translate("Findings", ", ").join(words[:-1])
        return QCoreApplication.translate("Findings", "{items} and {last}").format(items=items, last=words[-1])

    def or_list(self, words: list[str]) -> str:
        if len(words) <= 1:
            return "".join(words)
        items = QCoreApplication.translate("Findings", ", ").join(words[:-1])
        return QCoreApplication.translate("Findings", "{items} or {last}").format(items=items, last=words[-1])


# the values of the solver's requirements whose names the validator's kinds do not cover
_CONFLICT_KINDS = {"viewers": "number", "needs": "needs", "places": "rule_places", "kind": "relation"}


def verdict_reason(verdict, state, language: str | None = None) -> str:
    """The first hard finding a hand move would introduce, in words ("" if none)."""
    return finding_text(verdict.broken[0], state, language) if verdict.broken else ""
