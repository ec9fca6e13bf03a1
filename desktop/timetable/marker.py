"""Where a dragged session would land: a cell the size of the session, with its time and place,
and the validator's verdict on the move beside it — green "allowed" (with the change in soft
cost), red "not allowed" with the reason, or grey "checking…" while the verdict is on its way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem, QGraphicsTextItem

from scheduler.validator.moves import Move, Verdict

from ..finding_words import verdict_reason
from . import palette
from .layout import COLUMN, Grid

LABEL_FONT = QFont()
LABEL_FONT.setPointSizeF(8)
LABEL_FONT.setBold(True)
NOTE_FONT = QFont()
NOTE_FONT.setPointSizeF(8.5)
NOTE_WIDTH = 250
ALLOWED = QColor("#2e7d32")
CHECKING = QColor("#68717c")


def verdict_words(verdict: Verdict | None, state=None) -> tuple[str, str]:
    """(headline, detail) of a verdict, translated (names from ``state``, the window's); None
    is a verdict still being checked."""
    if verdict is None:
        return QCoreApplication.translate("DropMarker", "checking…"), ""
    if not verdict.allowed:
        more = len(verdict.broken) - 1
        detail = verdict_reason(verdict, state) + (QCoreApplication.translate(
            "DropMarker", " (and {count} more)").format(count=more) if more else "")
        return QCoreApplication.translate("DropMarker", "Not allowed"), detail
    change = verdict.cost_change
    allowed = QCoreApplication.translate("DropMarker", "Allowed")
    if change == 0:
        return allowed, QCoreApplication.translate("DropMarker", "no change in soft cost")
    return allowed, QCoreApplication.translate("DropMarker", "soft cost {change:+,}").format(change=change)


class DropMarker(QGraphicsRectItem):
    """Hidden until a drag is over the grid; ``show_at`` moves it to a column and start."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setFont(LABEL_FONT)
        self.note = QGraphicsRectItem(self)  # the verdict, in a box beside the cell
        self.note_text = QGraphicsTextItem(self.note)
        self.note_text.setFont(NOTE_FONT)
        self.note_text.setTextWidth(NOTE_WIDTH)
        self.target: tuple[str, str, int] | None = None  # (kind, key, start) it shows
        self.move: Move | None = None  # the move the drop there would make (None: refused)
        self.verdict: Verdict | None = None
        self.hide()

    def show_at(self, grid: Grid, index: int, start: int, duration: int, words: str,
                move: Move | None = None, verdict: Verdict | None = None) -> None:
        column = grid.columns[index]
        self.target, self.move = (column.kind, column.key, start), move
        self.setRect(QRectF(grid.x(index) + 1, grid.y(start) + 1, COLUMN - 2,
                            max(6.0, duration * grid.ppm - 2)))
        self.label.setText(words)
        self.label.setPos(grid.x(index) + 5, grid.y(start) + 3)
        right = grid.x(index) + COLUMN + 4
        left = grid.x(index) - NOTE_WIDTH - 14
        self.note.setPos(right if right + NOTE_WIDTH + 10 <= grid.width or left < 0 else left,
                         grid.y(start) + 1)
        self.set_verdict(verdict)
        self.show()

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Colour the cell and write the verdict beside it (None: still being checked)."""
        self.verdict = verdict
        colour = CHECKING if verdict is None else ALLOWED if verdict.allowed else palette.HARD
        self.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        fill = QColor(colour)
        fill.setAlpha(45)
        self.setBrush(QBrush(fill))
        self.label.setBrush(colour.darker(130))
        headline, detail = verdict_words(verdict, getattr(self.scene(), "state", None))
        self.note_text.setHtml(f"<b style='color:{colour.name()}'>{_escape(headline)}</b>"
                               + (f"<br>{_escape(detail)}" if detail else ""))
        size = self.note_text.boundingRect()
        self.note.setRect(QRectF(0, 0, NOTE_WIDTH + 8, size.height()))
        self.note.setPen(QPen(colour, 1.5))
        self.note.setBrush(QBrush(QColor(255, 255, 255, 240)))

    @property
    def text(self) -> str:
        """The verdict as written beside the cell (plain text)."""
        return self.note_text.toPlainText()

    def shows(self, verdict: Verdict) -> bool:
        """Whether the marker is on the cell ``verdict`` is about."""
        return self.isVisible() and self.move is not None and self.move == verdict.move

    def clear(self) -> None:
        self.target, self.move, self.verdict = None, None, None
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
