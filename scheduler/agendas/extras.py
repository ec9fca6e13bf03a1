"""What the agendas show that the problem snapshot leaves out: travel modes (and, from
``scheduler.names``, the Chinese names). Read in one short transaction; the solver needs neither.
"""

from __future__ import annotations

from sqlmodel import select

from ..domain import models as m
from ..project import Project
from .itinerary import TravelModes


def travel_modes(project: Project) -> TravelModes:
    """(from city key, to city key) -> the mode of the travel-time matrix's entry."""
    with project.transaction() as db:
        cities = {c.id: c.key for c in db.exec(select(m.City)).all()}
        return {(cities[t.from_city_id], cities[t.to_city_id]): t.mode
                for t in db.exec(select(m.TravelTime)).all()}
