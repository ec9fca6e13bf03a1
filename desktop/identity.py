"""Who the running app is to the desktop: its icon in every window, and its desktop file name.

The window icon comes from the PNGs rendered from the SVG (each size drawn for itself, so the
16 px one in a task bar stays crisp) plus the SVG for any other size. The desktop file name
lets Wayland and X11 shells match the app's windows to its menu entry
(packaging/org.slotwise.Slotwise.desktop), so they share its name and icon.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from scheduler.version import APP_ID

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The Slotwise icon at every size it ships in (null only if the icons are missing)."""
    icon = QIcon()
    folder = files("resources") / "icons"
    for size in ICON_SIZES:
        with as_file(folder / f"slotwise-{size}.png") as path:
            if path.exists():
                icon.addFile(str(path), QSize(size, size))
    with as_file(folder / "slotwise.svg") as path:
        if path.exists():
            icon.addFile(str(path))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Give the application (and so every window it opens) the icon and the desktop id."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(APP_ID)
