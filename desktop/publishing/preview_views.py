"""The two halves of the preview: what changes (session by session, before → after) and who must
be told (people, groups, rooms, channels, with counts), each as HTML in a QTextBrowser.

The headings are the app's own words (translatable); the times and places are the change log's
("Fri 2021-05-28 09:00–09:30", "Main Hall, …"); titles and names follow the View > Language
setting where the data has a Chinese name.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser

from scheduler.publishing import Change, ChangeLog, Impact, SessionChange

from ..display_words import value_word
from .preview import Place, Preview

KIND_WORDS = {  # Change.kind -> its label; translated at use
    "status": QT_TRANSLATE_NOOP("ChangeKinds", "status"),
    "day": QT_TRANSLATE_NOOP("ChangeKinds", "day"),
    "time": QT_TRANSLATE_NOOP("ChangeKinds", "time"),
    "city": QT_TRANSLATE_NOOP("ChangeKinds", "city"),
    "room": QT_TRANSLATE_NOOP("ChangeKinds", "room"),
    "channel": QT_TRANSLATE_NOOP("ChangeKinds", "channel"),
    "delivery_mode": QT_TRANSLATE_NOOP("ChangeKinds", "delivery mode"),
}
OLD_STYLE = "color:#8a5a00;"
NEW_STYLE = "color:#0b6b2e;font-weight:600;"
MUTED_STYLE = "color:#68717c;"


def kind_word(kind: str) -> str:
    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate("ChangeKinds", word) if word else kind


def named(en: str, zh: str, language: str) -> str:
    """The name in the language chosen, when the data has it."""
    return zh if language == "zh" and zh else en


def title(change: SessionChange, language: str) -> str:
    return named(change.title_en or change.key, change.title_zh, language)


def before_after(change: Change) -> str:
    old, new = change.old, change.new
    if change.kind == "status":  # the core's ids: "confirmed", "cancelled"
        old, new = value_word(old), value_word(new)
    return (f'<span style="{OLD_STYLE}">{escape(old)}</span> → '
            f'<span style="{NEW_STYLE}">{escape(new)}</span>')


class ChangesView(QTextBrowser):
    """Session by session: moved or changed (each change before → after), new, cancelled, removed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.language = "en"

    def show_preview(self, preview: Preview, language: str = "en") -> None:
        self.language = language
        log = preview.log
        parts = [f"<p>{escape(self._intro(preview))}</p>"]
        for heading, items, show in (
                (self.tr("Moved or changed ({count})"), log.changed, self._changed),
                (self.tr("New ({count})"), log.added, self._added),
                (self.tr("Cancelled ({count})"), log.cancelled, self._gone),
                (self.tr("Removed from the programme ({count})"), log.removed, self._gone),
                (self.tr("Other details changed ({count})"), preview.details_changed, self._detail)):
            if items:
                parts.append(f"<h3>{escape(heading.format(count=len(items)))}</h3><ul>")
                parts += [f"<li>{show(c)}</li>" for c in items]
                parts.append("</ul>")
        self.setHtml("".join(parts))

    def _intro(self, preview: Preview) -> str:
        log = preview.log
        if preview.first:
            return self.tr("Nothing has been published yet: every session below is new to the "
                           "calendars.")
        if preview.unchanged:
            return self.tr("Nothing changed since version {last}.").format(last=preview.last)
        return self.tr("Since version {last}: {changed} moved or changed, {added} new, "
                       "{cancelled} cancelled, {removed} removed. Times in {zone}.").format(
            last=preview.last, changed=len(log.changed), added=len(log.added),
            cancelled=len(log.cancelled), removed=len(log.removed), zone=log.timezone)

    def _changed(self, change: SessionChange) -> str:
        lines = [f"{escape(kind_word(c.kind))}: {before_after(c)}" for c in change.changes]
        now = self.tr("now {when}, {where}").format(when=change.when, where=change.where)
        lines.append(f'<span style="{MUTED_STYLE}">{escape(now)}</span>')
        return f"<b>{escape(title(change, self.language))}</b><br>" + "<br>".join(lines)

    def _added(self, change: SessionChange) -> str:
        return (f"<b>{escape(title(change, self.language))}</b> — "
                f'<span style="{NEW_STYLE}">{escape(change.when)}</span>, {escape(change.where)}')

    def _gone(self, change: SessionChange) -> str:
        was = self.tr("was {when}, {where}").format(when=change.when, where=change.where)
        return (f"<b><s>{escape(title(change, self.language))}</s></b> — "
                f'<span style="{MUTED_STYLE}">{escape(was)}</span>')

    def _detail(self, change: SessionChange) -> str:
        return (f"<b>{escape(title(change, self.language))}</b> — "
                f'<span style="{MUTED_STYLE}">{escape(change.when)}</span>')


class AffectedView(QTextBrowser):
    """Who must be told: people and groups with their changed sessions, rooms and channels."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.language = "en"

    def show_preview(self, preview: Preview, language: str = "en") -> None:
        self.language = language
        log: ChangeLog = preview.log
        rooms, channels = preview.places_of("room"), preview.places_of("channel")
        counts = self.tr("People: {people} · groups: {groups} · rooms: {rooms} · channels: "
                         "{channels}").format(
            people=len(log.people), groups=len(log.groups), rooms=len(rooms), channels=len(channels))
        parts = [f"<p><b>{escape(counts)}</b></p>"]
        if not (log.people or log.groups or rooms or channels):
            nobody = self.tr("Nobody needs to be told anything.")
            parts.append(f"<p>{escape(nobody)}</p>")
        for heading, items, show in ((self.tr("People ({count})"), log.people, self._impact),
                                     (self.tr("Groups ({count})"), log.groups, self._impact),
                                     (self.tr("Rooms ({count})"), rooms, self._place),
                                     (self.tr("Channels ({count})"), channels, self._place)):
            if items:
                parts.append(f"<h3>{escape(heading.format(count=len(items)))}</h3><ul>")
                parts += [f"<li>{show(item)}</li>" for item in items]
                parts.append("</ul>")
        self.setHtml("".join(parts))

    def _impact(self, impact: Impact) -> str:
        lines = []
        for concern in impact.concerns:
            role = f" ({value_word(concern.part)})" if concern.part else ""
            lines.append(f"{escape(title(concern.session, self.language))}{escape(role)}: "
                         f"{self._what(concern.session)}")
        name = named(impact.name_en, impact.name_zh, self.language)
        return f"<b>{escape(name)}</b><br>" + "<br>".join(lines)

    def _place(self, place: Place) -> str:
        sessions = ", ".join(escape(title(c, self.language)) for c in place.sessions)
        return f"<b>{escape(named(place.name_en, place.name_zh, self.language))}</b>: {sessions}"

    def _what(self, change: SessionChange) -> str:
        if change.what == "added":
            return escape(self.tr("new, {when}").format(when=change.when))
        if change.what == "cancelled":
            return escape(self.tr("cancelled"))
        if change.what == "removed":
            return escape(self.tr("removed from the programme"))
        return "; ".join(f"{escape(kind_word(c.kind))} {before_after(c)}"
                         for c in change.changes)
