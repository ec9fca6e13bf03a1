"""The main window. For now it names the event and what it holds; the views come later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from scheduler import Project

APP_NAME = "Slotwise"


class MainWindow(QMainWindow):
    """One open project (or none). Closing the window closes the project file."""

    def __init__(self, project: Project | None = None):
        super().__init__()
        self.project = project
        self.summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.setCentralWidget(self.summary)
        self.resize(960, 640)
        self.refresh()

    def refresh(self) -> None:
        if self.project is None:
            self.setWindowTitle(APP_NAME)
            self.summary.setText("Open a project file (.slotwise) to start.")
            return
        event = self.project.event()
        self.setWindowTitle(f"{APP_NAME} — {event.name_en}")
        counts = self.project.counts()
        lines = [event.name_en, event.name_zh,
                 f"{event.start_date:%d %B %Y}, {event.day_count} day(s), {event.timezone}",
                 ", ".join(f"{counts[key]} {key}" for key in ("sessions", "rooms", "channels",
                                                               "people"))]
        self.summary.setText("\n".join(line for line in lines if line))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


def run(project: Project | None, argv: list[str]) -> int:
    """Show the main window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    window = MainWindow(project)
    window.show()
    return app.exec()
