"""Slotwise desktop: the PySide6 application. Talks to the core only through scheduler.Project."""
