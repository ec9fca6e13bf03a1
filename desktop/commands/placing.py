"""Hand edits of the schedule: place or move a session, take it out, pin or unpin it.

A session's place is its Assignment row (start, room and/or channel); its pin is three fields
of the Session (pin_start, pin_room_id, pin_channel_id). Each command remembers both as they
were when it was built and writes them in one transaction.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from scheduler import Changes, DataError, NotFound, Project
from scheduler.domain import models as m
from scheduler.eventtime import local
from scheduler.problem import Problem, Schedule, SessionInfo
from scheduler.validator.moves import Move

from ..locale_format import clock, weekday
from . import rows as r
from .edits import ProjectCommand

PIN_FIELDS = ("pin_start", "pin_room_id", "pin_channel_id")
def when_words(project: Project, start: datetime) -> str:
    """'Tue 10:30' / '周二 10:30': the day and the clock in the event's time zone."""
    moment = local(start, project.event().timezone)
    return f"{weekday(moment)} {clock(moment)}"


def place_words(project: Project, room: str | None, channel: str | None) -> str:
    names = [project.get(model, key).name_en for model, key in ((m.Room, room), (m.Channel, channel))
             if key]
    return " + ".join(names)


def _assignment(db, session_id: int) -> dict | None:
    row = db.get(m.Assignment, session_id)
    return None if row is None else r.dump(row)


def _pins(session: m.Session) -> dict:
    return {name: getattr(session, name) for name in PIN_FIELDS}


def mode_refusal(info: SessionInfo, kind: str) -> str:
    """Why a session cannot go in a column of ``kind`` ("room"/"channel"), or "" if it can."""
    if kind == "room" and info.mode == "online":
        return QCoreApplication.translate(
            "PlaceSessionCommand", "'{title}' is online: drop it on an online channel, not in a room"
        ).format(title=info.title)
    if kind == "channel" and info.mode == "on_site":
        return QCoreApplication.translate(
            "PlaceSessionCommand", "'{title}' takes place on site: drop it in a room, not on an online channel"
        ).format(title=info.title)
    return ""


def move_for_drop(problem: Problem, schedule: Schedule, key: str, kind: str, place: str,
                  start: int, pin: bool = True) -> Move:
    """The move a drop of session ``key`` on the column ``(kind, place)`` at ``start`` makes.

    Read from the snapshot the window shows, so that the verdict shown while dragging and the
    move stored on the drop are the same. The column's kind decides which place changes; a
    hybrid session keeps its other place, or takes its pinned one, or one free at that time.
    Refused (DataError) for a place of the wrong kind or one that is gone.
    """
    info = problem.session.get(key)
    if info is None:
        raise NotFound(QCoreApplication.translate("PlaceSessionCommand",
                                                  "The session is no longer in the project"))
    refusal = mode_refusal(info, kind)
    if refusal:
        raise DataError(refusal)
    if place not in (problem.room if kind == "room" else problem.channel):
        raise NotFound(QCoreApplication.translate(
            "PlaceSessionCommand", "'{place}' is no longer in the project").format(place=place))
    if info.mode != "hybrid":
        room, channel = (place, None) if kind == "room" else (None, place)
        return Move(key, start, room, channel, pin)
    other = "channel" if kind == "room" else "room"
    kept = _other_place(problem, schedule, info, other, start)
    room, channel = (place, kept) if kind == "room" else (kept, place)
    return Move(key, start, room, channel, pin)


def _other_place(problem: Problem, schedule: Schedule, info: SessionInfo, kind: str,
                 start: int) -> str | None:
    keys = [x.key for x in (problem.rooms if kind == "room" else problem.channels)]
    current = schedule.get(info.key)
    chosen = (getattr(current, kind) if current else None) or getattr(info, f"pin_{kind}")
    if chosen in keys:
        return chosen
    end = start + info.duration
    busy = {getattr(p, kind) for p in schedule.values() if p.session != info.key
            and p.session in problem.session
            and p.start < end and start < p.start + problem.session[p.session].duration}
    free = [k for k in keys if k not in busy]
    return (free or keys or [None])[0]


class PlaceSessionCommand(ProjectCommand):
    """Place a session at ``start`` in a room and/or channel, or (start None) unschedule it.

    With ``pin`` the session is pinned there (start, room and channel), as a drop does.
    Without, a pinned session takes its pin along: the pinned parts (start, room, channel)
    follow the new place, so it stays where the organiser put it.
    """

    def __init__(self, project: Project, key: str, start: datetime | None,
                 room: str | None = None, channel: str | None = None,
                 parent: QUndoCommand | None = None, *, pin: bool = False):
        super().__init__(project, "", parent)
        session = project.get(m.Session, key)
        with project.transaction() as db:
            self.old = _assignment(db, session.id)
        room_id = project.get(m.Room, room).id if room else None
        channel_id = project.get(m.Channel, channel).id if channel else None
        if start is not None and room_id is None and channel_id is None:
            raise DataError(QCoreApplication.translate(
                "PlaceSessionCommand", "'{title}' needs a room or a channel").format(title=session.title_en))
        self.new = None if start is None else {"session_id": session.id, "room_id": room_id,
                                               "channel_id": channel_id, "start": start}
        self.old_pins = _pins(session)
        places = (start, room_id, channel_id)
        if start is None:
            self.new_pins = self.old_pins
        elif pin:
            self.new_pins = dict(zip(PIN_FIELDS, places))
        else:
            self.new_pins = {name: (value if value is None else new) for (name, value), new in
                             zip(self.old_pins.items(), places)}
        self.session_id = session.id
        self.setText(self._words(session.title_en, start, room, channel, pin))

    def _words(self, title: str, start, room, channel, pin: bool) -> str:
        if start is None:
            return QCoreApplication.translate("PlaceSessionCommand", "Unschedule '{title}'").format(
                title=title)
        if self.old and pin:
            text = QCoreApplication.translate("PlaceSessionCommand", "Move and pin '{title}' to {place}, {when}")
        elif self.old:
            text = QCoreApplication.translate("PlaceSessionCommand", "Move '{title}' to {place}, {when}")
        elif pin:
            text = QCoreApplication.translate("PlaceSessionCommand", "Place and pin '{title}' to {place}, {when}")
        else:
            text = QCoreApplication.translate("PlaceSessionCommand", "Place '{title}' to {place}, {when}")
        return text.format(title=title, place=place_words(self.project, room, channel),
                           when=when_words(self.project, start))

    @property
    def changes_anything(self) -> bool:
        return self.old != self.new or self.old_pins != self.new_pins

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
        title = session.title_en
        if not pin:
            self.new = dict.fromkeys(PIN_FIELDS)
            words = QCoreApplication.translate("PlaceSessionCommand", "Unpin '{title}'")
            super().__init__(project, words.format(title=title), parent)
            return
        with project.transaction() as db:
            placed = db.get(m.Assignment, session.id)
        if placed is None:
            raise DataError(QCoreApplication.translate(
                "PlaceSessionCommand", "'{title}' is not scheduled: place it before pinning it").format(
                title=title))
        self.new = dict(zip(PIN_FIELDS, (placed.start, placed.room_id, placed.channel_id)))
        rooms = {row.id: row.key for row in project.all(m.Room)}
        channels = {row.id: row.key for row in project.all(m.Channel)}
        where = place_words(project, rooms.get(placed.room_id), channels.get(placed.channel_id))
        words = QCoreApplication.translate("PlaceSessionCommand", "Pin '{title}' to {place}, {when}")
        super().__init__(project, words.format(
            title=title, place=where, when=when_words(project, placed.start)), parent)

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
        raise NotFound(QCoreApplication.translate("PlaceSessionCommand",
                                                  "The session is no longer in the project"))
    for name, value in pins.items():
        setattr(session, name, value)
    db.add(session)
