"""Helpers shared by the desktop tests: a shown main window, and settings of the test's own."""

from __future__ import annotations

import pytest

from contextlib import contextmanager

from PySide6.QtCore import QSettings

from desktop.main_window import MainWindow


def open_window(qtbot, path=None, *, active: bool = False) -> MainWindow:
    """The main window on ``path`` (or on no project), 1400×900, shown offscreen; with ``active``,
    also the active window, so that key presses reach it."""
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window


@contextmanager
def settings_in(qapp, folder, application: str):
    """Settings of a test-only organisation kept in ``folder``: the user's are never read or
    written. The application's names come back afterwards."""
    folder.mkdir(exist_ok=True)
    names = qapp.organizationName(), qapp.applicationName()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("Slotwise-tests")
    qapp.setApplicationName(application)
    try:
        yield folder
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])


def wait_for_findings(qtbot, window: MainWindow, timeout: int = 30_000) -> None:
    """Wait until the window shows the validator's findings on its latest state (they are
    checked in the background after every refresh)."""
    if window.checking:
        with qtbot.waitSignal(window.findings_ready, timeout=timeout):
            pass
    assert window.state is None or window.state.checked


class Metronome:
    """A GUI-thread timer ticking every ``interval`` ms from the start: the longest gap between
    ticks is the longest pause a user would feel."""

    def __init__(self, interval: int = 20):
        import time

        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def stop(self) -> float:
        """Stop ticking; the longest gap in seconds."""
        self.timer.stop()
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:]))


@pytest.fixture
def settled():
    """Garbage collection as the application has it (``desktop.main_window.run``), and as it
    was afterwards."""
    import gc

    from desktop.main_window import settle_memory

    threshold = gc.get_threshold()
    settle_memory()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
