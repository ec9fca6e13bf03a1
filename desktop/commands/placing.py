"""Hand edits of the schedule: place or move a session, take it out, pin or unpin it.

A session's place is its Assignment row (start, room and/or channel); its pin is three fields
of the Session (pin_start, pin_room_id, pin_channel_id). Each command remembers both as they
were when it was built and writes them in one transaction.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QUndoCommand
from sqlmodel import select

from scheduler import Changes, DataError, NotFound, Project
from scheduler.domain import models as m
from scheduler.eventtime import local

from . import rows as r
from .edits import ProjectCommand

PIN_FIELDS = ("pin_start", "pin_room_id", "pin_channel_id")
ONLINE_ONLY = "is online: drop it on an online channel, not in a room"
ON_SITE_ONLY = "takes place on site: drop it in a room, not on an online channel"


def when_words(project: Project, start: datetime) -> str:
    """'Tue 10:30': the day and the clock in the event's time zone."""
    return f"{local(start, project.event().timezone):%a %H:%M}"


def place_words(project: Project, room: str | None, channel: str | None) -> str:
    names = [project.get(model, key).name_en for model, key in ((m.Room, room), (m.Channel, channel))
             if key]
    return " + ".join(names)


def _assignment(db, session_id: int) -> dict | None:
    row = db.get(m.Assignment, session_id)
    return None if row is None else r.dump(row)


def _pins(session: m.Session) -> dict:
    return {name: getattr(session, name) for name in PIN_FIELDS}


def place_for_drop(project: Project, key: str, kind: str, place: str, start: datetime
                   ) -> tuple[str | None, str | None]:
    """The (room, channel) a session gets when dropped on the column ``(kind, place)``.

    The column's kind decides which place changes; a hybrid session keeps its other place, or
    takes its pinned one, or one free at that time. Refused (DataError) for an on-site session
    dropped on a channel and an online one dropped in a room.
    """
    session = project.get(m.Session, key)
    title = f"'{session.title_en}'"
    mode = session.delivery_mode
    if kind == "room" and mode == "online":
        raise DataError(f"{title} {ONLINE_ONLY}")
    if kind == "channel" and mode == "on_site":
        raise DataError(f"{title} {ON_SITE_ONLY}")
    project.get(m.Room if kind == "room" else m.Channel, place)  # NotFound if it went away
    if mode != "hybrid":
        return (place, None) if kind == "room" else (None, place)
    other = "channel" if kind == "room" else "room"
    kept = _other_place(project, session, other, start)
    return (place, kept) if kind == "room" else (kept, place)


def _other_place(project: Project, session: m.Session, kind: str, start: datetime) -> str | None:
    model = m.Room if kind == "room" else m.Channel
    with project.transaction() as db:
        keys = {row.id: row.key for row in db.exec(select(model).order_by(model.id)).all()}
        current = db.get(m.Assignment, session.id)
        chosen = (getattr(current, f"{kind}_id", None) if current else None) \
            or getattr(session, f"pin_{kind}_id")
        if chosen in keys:
            return keys[chosen]
        end = start.timestamp() + session.duration_minutes * 60
        busy = set()
        for other, other_session in db.exec(select(m.Assignment, m.Session).where(
                m.Assignment.session_id == m.Session.id)).all():
            other_end = other.start.timestamp() + other_session.duration_minutes * 60
            if other.start.timestamp() < end and start.timestamp() < other_end:
                busy.add(getattr(other, f"{kind}_id"))
    free = [k for i, k in keys.items() if i not in busy]
    return (free or list(keys.values()) or [None])[0]


class PlaceSessionCommand(ProjectCommand):
    """Place a session at ``start`` in a room and/or channel, or (start None) unschedule it.

    A pinned session takes its pin along: the pinned parts (start, room, channel) follow the
    new place, so it stays where the organiser put it.
    """

    def __init__(self, project: Project, key: str, start: datetime | None,
                 room: str | None = None, channel: str | None = None,
                 parent: QUndoCommand | None = None):
        super().__init__(project, "", parent)
        session = project.get(m.Session, key)
        with project.transaction() as db:
            self.old = _assignment(db, session.id)
        room_id = project.get(m.Room, room).id if room else None
        channel_id = project.get(m.Channel, channel).id if channel else None
        if start is not None and room_id is None and channel_id is None:
            raise DataError(f"'{session.title_en}' needs a room or a channel")
        self.new = None if start is None else {"session_id": session.id, "room_id": room_id,
                                               "channel_id": channel_id, "start": start}
        self.old_pins = _pins(session)
        self.new_pins = self.old_pins if start is None else {
            name: (value if value is None else new) for (name, value), new in
            zip(self.old_pins.items(), (start, room_id, channel_id))}
        self.session_id = session.id
        self.setText(self._words(session.title_en, start, room, channel))

    def _words(self, title: str, start, room, channel) -> str:
        if start is None:
            return f"Unschedule '{title}'"
        verb = "Move" if self.old else "Place"
        return (f"{verb} '{title}' to {place_words(self.project, room, channel)}, "
                f"{when_words(self.project, start)}")

    @property
    def changes_anything(self) -> bool:
        return self.old != self.new

    def _write(self, assignment: dict | None, pins: dict) -> Changes:
        with self.project.transaction(self.text()) as db:
            stored = db.get(m.Assignment, self.session_id)
            if stored is not None:
                db.delete(stored)
                db.flush()
            if assignment is not None:
                db.add(r.build(m.Assignment, assignment))
            _write_pins(db, self.session_id, pins)
        pins_move = self.old_pins != self.new_pins  # a pinned session takes its pin along
        return Changes.of(m.Assignment, m.Session) if pins_move else Changes.of(m.Assignment)

    def apply(self) -> Changes:
        return self._write(self.new, self.new_pins)

    def revert(self) -> Changes:
        return self._write(self.old, self.old_pins)


class SetPinCommand(ProjectCommand):
    """Pin a session to its present place and start (``pin``), or unpin it (``pin`` False)."""

    def __init__(self, project: Project, key: str, pin: bool, parent: QUndoCommand | None = None):
        session = project.get(m.Session, key)
        self.session_id, self.old = session.id, _pins(session)
        title = f"'{session.title_en}'"
        if not pin:
            self.new = dict.fromkeys(PIN_FIELDS)
            super().__init__(project, f"Unpin {title}", parent)
            return
        with project.transaction() as db:
            placed = db.get(m.Assignment, session.id)
        if placed is None:
            raise DataError(f"{title} is not scheduled: place it before pinning it")
        self.new = dict(zip(PIN_FIELDS, (placed.start, placed.room_id, placed.channel_id)))
        rooms = {row.id: row.key for row in project.all(m.Room)}
        channels = {row.id: row.key for row in project.all(m.Channel)}
        where = place_words(project, rooms.get(placed.room_id), channels.get(placed.channel_id))
        super().__init__(project, f"Pin {title} to {where}, {when_words(project, placed.start)}",
                         parent)

    @property
    def changes_anything(self) -> bool:
        return self.old != self.new

    def _write(self, pins: dict) -> Changes:
        with self.project.transaction(self.text()) as db:
            _write_pins(db, self.session_id, pins)
        return Changes.of(m.Session)

    def apply(self) -> Changes:
        return self._write(self.new)

    def revert(self) -> Changes:
        return self._write(self.old)


def _write_pins(db, session_id: int, pins: dict) -> None:
    """Set a session's pin fields inside an open transaction."""
    session = db.get(m.Session, session_id)
    if session is None:
        raise NotFound("the session is no longer in the project")
    for name, value in pins.items():
        setattr(session, name, value)
    db.add(session)
