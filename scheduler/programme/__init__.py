"""The printable programme: a model of the schedule by day and city, and its HTML agenda.

The Qt booklet (PDF, printer) lives in ``desktop.printing`` and renders the same model.
"""

from .model import ONLINE, Entry, Names, Page, Programme, build_programme
from .source import read_names, read_programme
from .words import LANGUAGES, Words

__all__ = ["LANGUAGES", "ONLINE", "Entry", "Names", "Page", "Programme", "Words", "build_programme",
           "read_names", "read_programme"]
