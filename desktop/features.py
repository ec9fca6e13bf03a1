"""The planning features around the timetable, each installed into the main window.

A feature is a module with ``install(window)``: it adds its actions to ``window.menus``
("file", "edit", "data", "view", "schedule"), its docks or dialogs, and connects to the
window's signals (``state_changed``, ``findings_ready``). Keeping them apart keeps the main
window small; the order here is the order of their menu entries.
"""

from __future__ import annotations

from importlib import import_module

FEATURES: tuple[str, ...] = (
    "replanning",  # drag verdicts, Move to…, Re-solve around my changes
    "agendas",  # the Agendas dock: a person's, a group's, the online audience's; View menu
    "publishing",  # Schedule > Publish… (Ctrl+Shift+P)
    "scenarios",  # Schedule > Scenarios, the Scenarios dock and banner, Compare…
    "printing.actions",  # File > Print programme…, Export programme… (PDF booklet, HTML agenda)
)


def install_features(window) -> None:
    for name in FEATURES:
        import_module(f"{__package__}.{name}").install(window)
