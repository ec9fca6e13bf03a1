"""Keep PySide6 6.12.0 from crashing the app on CPython 3.11.

That release returns None, True and False from C++ without taking a reference
(correct only from CPython 3.12 on, where those objects are immortal): every void
call (``setPen``, ``processEvents``, ``setText`` …) lowers the reference count of
None, every ``emit()`` that of True, and after enough calls the interpreter aborts
with "deallocating None" or "deallocating True or False". 6.11 is sound.

The leak is measured once at import; only when it is there, the three singletons
are made immortal the way CPython 3.12 does it, by raising their reference counts
far out of reach. Imported first by every desktop package that calls Qt.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

FAR_AWAY = 1 << 40  # more references than a process can ever drop


class _Probe(QObject):
    ping = Signal()


def _leaks() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")  # void: returns None
        probe.ping.emit()  # returns True
    lost = (none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
    return lost[0] >= 16 or lost[1] >= 16


def _immortalise(obj) -> None:
    refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the object's first field
    refcount.value += FAR_AWAY


REFS_BEFORE = sys.getrefcount(None)  # how far None was from being freed (for the tests)


def install() -> bool:
    """Make None/True/False immortal if this PySide6 leaks their references; True if it did."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > FAR_AWAY:
        return sys.getrefcount(None) > FAR_AWAY
    if not _leaks():
        return False
    for singleton in (None, True, False):
        _immortalise(singleton)
    return True


PATCHED = install()
