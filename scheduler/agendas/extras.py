"""What the agendas show that the problem snapshot leaves out: Chinese names and travel modes.

Read from the project in one short transaction each; the solver needs neither.
"""

from __future__ import annotations

from sqlmodel import select

from ..domain import models as m
from ..project import Project
from .itinerary import TravelModes
from .reading import ChineseNames

NAMED = (("session", m.Session), ("room", m.Room), ("venue", m.Venue), ("city", m.City),
         ("channel", m.Channel), ("person", m.Person), ("group", m.Group))


def chinese_names(project: Project) -> ChineseNames:
    """(kind, key) -> the Chinese name or title, for every row that has one."""
    out = {}
    with project.transaction() as db:
        for kind, model in NAMED:
            for row in db.exec(select(model)).all():
                name = getattr(row, "title_zh", None) or getattr(row, "name_zh", "")
                if name:
                    out[(kind, row.key)] = name
    return out


def travel_modes(project: Project) -> TravelModes:
    """(from city key, to city key) -> the mode of the travel-time matrix's entry."""
    with project.transaction() as db:
        cities = {c.id: c.key for c in db.exec(select(m.City)).all()}
        return {(cities[t.from_city_id], cities[t.to_city_id]): t.mode
                for t in db.exec(select(m.TravelTime)).all()}
