"""Publishing from the window: Schedule > Publish… (Ctrl+Shift+P) opens the Publish dialog.

``preview`` reads what a publication would change (no Qt), ``job`` does the work (publish,
export the .ics feeds, push to CalDAV) and ``operation`` runs it on a worker thread;
``dialog`` puts it together with ``preview_views``, ``destinations`` and ``result_view``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

SHORTCUT = "Ctrl+Shift+P"


class PublishAction(QAction):
    """The menu entry; on only while a project is open."""

    def __init__(self, window):
        super().__init__(window)
        self.main_window = window
        self.setText(self.tr("&Publish…"))
        self.setShortcut(QKeySequence(SHORTCUT))
        self.setStatusTip(self.tr("Freeze the schedule as the next version and send its calendars"))
        self.triggered.connect(lambda: open_publish_dialog(window))
        window.state_changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        self.setEnabled(self.main_window.project is not None)


def install(window) -> None:
    window.menus["schedule"].addSeparator()
    window.publish_action = PublishAction(window)
    window.menus["schedule"].addAction(window.publish_action)


def open_publish_dialog(window) -> QObject | None:
    """Show the Publish dialog (window-modal) and return it; None when it cannot open now."""
    from .dialog import PublishDialog

    if window.project is None:
        return None
    if window.solving:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Publishing", "Wait for the solve to end (or cancel it) before publishing."), 10_000)
        return None
    dialog = PublishDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def shots(app, window, outdir, seconds) -> list[str]:
    from .shots import shots as take

    return take(app, window, outdir, seconds)
