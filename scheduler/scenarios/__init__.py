"""What-if scenarios: named schedules kept beside the main one, switched, promoted, compared.

The assignment table holds the schedule being edited: the main schedule, or the active
scenario (see ``store``). ``compare`` sets two schedules side by side (the main schedule, a
scenario or a published version) with the independent validator. docs/scenarios.md tells how.
"""

from .compare import (MOVED, NEWLY_PLACED, UNPLACED, Comparison, Move, RuleCost, Side, SideRef,
                      Sides, compare, compare_sides, parse_side, read_sides)
from .store import (MAIN, Promotion, ScenarioSummary, active, checked_name, delete_scenario,
                    promote, rename, save_scenario, scenarios, switch_to)

__all__ = ["MAIN", "MOVED", "NEWLY_PLACED", "UNPLACED", "Comparison", "Move", "Promotion",
           "RuleCost", "ScenarioSummary", "Side", "SideRef", "Sides", "active", "checked_name",
           "compare", "compare_sides", "delete_scenario", "parse_side", "promote", "read_sides",
           "rename", "save_scenario", "scenarios", "switch_to"]
