"""The timetable: one scene per event day, rooms and channels as columns, time as rows.

    tabs = DayTabs(); tabs.populate(load_state(project)); tabs.select_session("opening")
"""

from . import qt_compat  # noqa: F401  (first: PySide6 6.12.0 signal fix)
from .block import SessionBlock
from .editing import TimetableEditing
from .legend import TrackLegend
from .scene import DayScene
from .state import ScheduleState, load_state
from .tabs import DayTabs
from .view import TimetableView

__all__ = ["DayScene", "DayTabs", "ScheduleState", "SessionBlock", "TimetableEditing", "TimetableView",
           "TrackLegend", "load_state"]
