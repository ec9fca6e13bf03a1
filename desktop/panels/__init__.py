"""Dockable panels of the main window: unscheduled sessions, details, conflicts, solve."""

from .conflicts import ConflictsPanel
from .details import DetailsPanel
from .solve_panel import SolvePanel
from .unscheduled import UnscheduledPanel

__all__ = ["ConflictsPanel", "DetailsPanel", "SolvePanel", "UnscheduledPanel"]
