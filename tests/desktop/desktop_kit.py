"""Helpers shared by the desktop tests: a shown main window, and settings of the test's own."""

from __future__ import annotations

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
