"""Publishing: freeze the schedule as numbered versions and tell what changed between them.

``publish`` writes the next version (one transaction); ``versions``,
``version_entries`` and ``working_entries`` read them back; ``diff`` compares
two versions (or a version and the working schedule) and ``render`` writes
the change log as text, Markdown or HTML.
"""

from .changes import ChangeLog, Change, Impact, SessionChange, compare, diff, parse_ref
from .render import FORMATS, render
from .versions import (WORKING, VersionSummary, publish, version_entries, version_summaries,
                       versions, working_entries)

__all__ = ["FORMATS", "WORKING", "Change", "ChangeLog", "Impact", "SessionChange", "VersionSummary",
           "compare", "diff", "parse_ref", "publish", "render", "version_entries", "version_summaries",
           "versions", "working_entries"]
