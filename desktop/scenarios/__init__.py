"""What-if scenarios in the desktop: a Scenarios dock, a banner while a scenario is edited, and
the Compare dialog. A feature of the main window (``install``); ``shots`` takes its pictures."""

from .feature import ScenarioFeature, install
from .shots import shots

__all__ = ["ScenarioFeature", "install", "shots"]
