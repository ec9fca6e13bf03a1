"""What a dragged session carries between views: its key under ``SESSION_MIME``.

The unscheduled list drags with it, and so does a block once the cursor leaves its day's view
(on its way to another day's tab): any day's scene takes the drop.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QWidget

SESSION_MIME = "application/x-slotwise-session"


def session_mime(key: str) -> QMimeData:
    data = QMimeData()
    data.setData(SESSION_MIME, key.encode())
    data.setText(key)
    return data


def drag_session(source: QWidget, key: str) -> Qt.DropAction:
    """Drag session ``key`` with Qt's drag and drop (returns when it is dropped or given up)."""
    drag = QDrag(source)
    drag.setMimeData(session_mime(key))
    return drag.exec(Qt.DropAction.MoveAction)
