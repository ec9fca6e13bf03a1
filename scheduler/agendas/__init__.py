"""Views of the schedule for everyone involved: a person's agenda, a group's itinerary with
its journeys between cities, and the online programme in the audience's time zone.

Qt-free: computed from the problem snapshot and a schedule, handed out as plain dataclasses
(``model``) that the desktop shows and exports.
"""

from ..names import chinese_names
from .extras import travel_modes
from .itinerary import group_itinerary, person_agenda
from .model import (Agenda, AgendaItem, LocalSpan, Name, OnlineItem, OnlineProgramme, Place,
                    TravelLeg)
from .online import ASEAN_ZONES, BUSINESS_HOURS, offered_zones, online_programme, outside_hours

__all__ = ["ASEAN_ZONES", "Agenda", "AgendaItem", "BUSINESS_HOURS", "LocalSpan", "Name",
           "OnlineItem", "OnlineProgramme", "Place", "TravelLeg", "chinese_names",
           "group_itinerary", "offered_zones", "online_programme", "outside_hours",
           "person_agenda", "travel_modes"]
