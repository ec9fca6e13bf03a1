"""The Chinese names of a project's rows: what the views, the agendas and the printed programme
show in Chinese, and what the problem snapshot leaves out (the solver needs none of them)."""

from __future__ import annotations

from sqlmodel import select

from .domain import models as m
from .project import Project

NAMED = (("session", m.Session, m.Session.title_zh), ("room", m.Room, m.Room.name_zh),
         ("venue", m.Venue, m.Venue.name_zh), ("city", m.City, m.City.name_zh),
         ("channel", m.Channel, m.Channel.name_zh), ("person", m.Person, m.Person.name_zh),
         ("group", m.Group, m.Group.name_zh))


def chinese_names(project: Project) -> dict[tuple[str, str], str]:
    """(kind, key) -> the Chinese name or title, for every row that has one (key and name
    columns only, in one transaction)."""
    with project.transaction() as db:
        return {(kind, key): name for kind, model, column in NAMED
                for key, name in db.exec(select(model.key, column)).all() if name}
