"""Agendas for everyone involved: a person's, a group's (with journeys between cities) and the
online audience's in its own time zone. A feature of the main window (``install``)."""

from .feature import AgendaFeature, install
from .shots import shots

__all__ = ["AgendaFeature", "install", "shots"]
