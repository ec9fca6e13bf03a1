"""Where a dragged session would land: a dashed cell the size of the session, with its time."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from . import palette
from .layout import COLUMN, Grid

LABEL_FONT = QFont()
LABEL_FONT.setPointSizeF(8)
LABEL_FONT.setBold(True)


class DropMarker(QGraphicsRectItem):
    """Hidden until a drag is over the grid; ``show_at`` moves it to a column and start."""

    def __init__(self):
        super().__init__()
        self.setPen(QPen(palette.SELECTED, 2, Qt.PenStyle.DashLine))
        fill = QColor(palette.SELECTED)
        fill.setAlpha(40)
        self.setBrush(QBrush(fill))
        self.setZValue(10)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setFont(LABEL_FONT)
        self.label.setBrush(palette.SELECTED.darker(120))
        self.target: tuple[str, str, int] | None = None  # (kind, key, start) it shows
        self.hide()

    def show_at(self, grid: Grid, index: int, start: int, duration: int, words: str) -> None:
        column = grid.columns[index]
        self.target = (column.kind, column.key, start)
        self.setRect(QRectF(grid.x(index) + 1, grid.y(start) + 1, COLUMN - 2,
                            max(6.0, duration * grid.ppm - 2)))
        self.label.setText(words)
        self.label.setPos(grid.x(index) + 5, grid.y(start) + 3)
        self.show()

    def clear(self) -> None:
        self.target = None
        self.hide()
