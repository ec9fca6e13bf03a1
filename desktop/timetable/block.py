"""One session in one room or channel: a cheap QGraphicsItem that paints only itself.

A hybrid session has two blocks, one in its room and a paler twin in its channel.
Text is laid out on paint (only for blocks in view); everything else is computed
once when the block is made or moved. Dragging a block past the drag distance asks
its scene to show, then take, the drop (``DayScene.drag_block``/``drop_block``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout,
                           QTextOption)
from PySide6.QtWidgets import (QApplication, QGraphicsItem, QGraphicsSceneMouseEvent,
                               QStyleOptionGraphicsItem)

from scheduler.problem import SessionInfo
from scheduler.validator import Violation

from . import palette
from .dragdata import drag_session
from .layout import COLUMN, Grid

PAD = 3
TITLE_FONT = QFont()
TITLE_FONT.setPointSizeF(8.5)
TITLE_FONT.setBold(True)
SMALL_FONT = QFont()
SMALL_FONT.setPointSizeF(7.5)


class SessionBlock(QGraphicsItem):
    """A session placed at ``start`` in column ``(kind, key)``; selectable, with findings as tooltip."""

    def __init__(self, info: SessionInfo, *, kind: str, key: str, start: int, texts: dict,
                 colour: QColor, findings: tuple[Violation, ...] = (), twin: bool = False,
                 describe: Callable[[tuple[Violation, ...]], str] | None = None):
        super().__init__()
        self.info, self.kind, self.key, self.start = info, kind, key, start
        self.end = start + info.duration
        self.texts, self.twin = texts, twin
        self.describe = describe or (lambda _findings, title=texts["title"]: title)  # tooltip
        self.colour, self.fill = colour, palette.fill_of(colour, twin)
        self.lane, self.lanes = 0, 1
        self._size = QRectF()
        self._grab: QPointF | None = None  # where the mouse took the block, in its coordinates
        self.dragging = False
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_findings(findings)

    def set_findings(self, findings: tuple[Violation, ...]) -> None:
        """Outline the block for the validator's findings on its session (they come after the
        block is made: the validator runs in the background)."""
        self.findings = findings
        self.severity = ("hard" if any(v.severity == "hard" for v in findings)
                         else "soft" if findings else None)
        self.setZValue(2 if self.severity == "hard" else 1)
        self.update()

    def toolTip(self) -> str:
        """Written when asked for (by ``DayScene.helpEvent``): a day has hundreds of blocks."""
        return self.describe(self.findings)

    @property
    def session(self) -> str:
        return self.info.key

    @property
    def outline_color(self) -> QColor | None:
        """Red for a broken hard rule, amber (a corner flag) for a soft one, None when clean."""
        return {"hard": palette.HARD, "soft": palette.SOFT}.get(self.severity)

    def place(self, grid: Grid) -> None:
        """Move and size the block for the grid (after a zoom or a layout change)."""
        self.prepareGeometryChange()
        width = COLUMN / self.lanes
        x = grid.x(grid.index_of(self.kind, self.key)) + self.lane * width
        self.setPos(QPointF(x + 1, grid.y(self.start) + 1))
        self._size = QRectF(0, 0, max(4.0, width - 2), max(4.0, self.info.duration * grid.ppm - 2))
        self.update()

    @property
    def pinned(self) -> bool:
        return bool(self.texts["pinned"])

    @property
    def pinned_here(self) -> bool:
        """Pinned to this block's start and to its room (or channel)."""
        place = self.info.pin_room if self.kind == "room" else self.info.pin_channel
        return self.info.pin_start == self.start and place == self.key

    # -- dragging -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._grab, self.dragging = event.pos(), False

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._grab is None:
            return super().mouseMoveEvent(event)
        moved = event.scenePos() - event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        if self.dragging or moved.manhattanLength() >= QApplication.startDragDistance():
            self.dragging = True
            viewport = event.widget()
            if viewport is not None and not viewport.rect().contains(
                    viewport.mapFromGlobal(event.screenPos())):
                self._leave_view(viewport)  # e.g. towards another day's tab
                return
            self.scene().drag_block(self, event.scenePos(), self._top(event))

    def _leave_view(self, viewport) -> None:
        """The cursor left the day's view mid-drag: the block goes on as a drag and drop of its
        session, which any day's view takes (the day tabs switch when hovered)."""
        self._grab, self.dragging = None, False
        self.setOpacity(1.0)
        self.scene().marker.clear()
        self.ungrabMouse()
        key = self.session
        QTimer.singleShot(0, viewport, lambda: drag_session(viewport, key))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        grab, dragging = self._grab, self.dragging
        self._grab, self.dragging = None, False
        if grab is not None and dragging:
            self.scene().drop_block(self, event.scenePos(), self._top(event, grab))
            return
        super().mouseReleaseEvent(event)

    def _top(self, event: QGraphicsSceneMouseEvent, grab: QPointF | None = None) -> float:
        """Where the block's start line would be (``place`` draws the block 1 px below it)."""
        return event.scenePos().y() - (self._grab if grab is None else grab).y() - 1

    def rect(self) -> QRectF:
        return QRectF(self._size)

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self._size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour.darker(130), 1, Qt.PenStyle.DashLine if self.twin
                            else Qt.PenStyle.SolidLine))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(r, 3, 3)
        painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), self.colour)
        self._paint_text(painter, r.adjusted(PAD + 4, PAD - 1, -PAD, -PAD + 1))
        self._paint_outline(painter, r)

    def _paint_outline(self, painter: QPainter, r: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.severity == "hard":
            painter.setPen(QPen(palette.HARD, 3))
            painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        elif self.severity == "soft":  # a corner flag: most sessions cost something somewhere
            corner = QPainterPath(QPointF(r.right(), r.bottom() - 9))
            corner.lineTo(r.right(), r.bottom())
            corner.lineTo(r.right() - 9, r.bottom())
            corner.closeSubpath()
            painter.fillPath(corner, palette.SOFT)
        if self.isSelected():
            painter.setPen(QPen(palette.SELECTED, 2))
            inset = 3.5 if self.severity == "hard" else 1.5
            painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 2, 2)

    def _paint_text(self, painter: QPainter, box: QRectF) -> None:
        small, title = QFontMetricsF(SMALL_FONT), QFontMetricsF(TITLE_FONT)
        painter.setPen(QColor("#14181c"))
        if box.height() < small.height() + title.height():
            painter.setFont(TITLE_FONT)
            text = title.elidedText(self.texts["title"], Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
            return
        badges_width = self._paint_badges(painter, box, small)
        painter.setFont(SMALL_FONT)
        line = QRectF(box.left(), box.top(), box.width() - badges_width, small.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, small.elidedText(
            self.texts["time"], Qt.TextElideMode.ElideRight, line.width()))
        rest = QRectF(box.left(), line.bottom() + 1, box.width(), box.bottom() - line.bottom() - 1)
        bottom_lines = [t for t in (self.texts["place"], self.texts["attendance"]) if t]
        spare = rest.height() - title.height() - small.height() * (len(bottom_lines) + 1)
        if spare > 0:  # room for the attendance line (and the place of a twin) at the bottom
            for i, text in enumerate(reversed(bottom_lines)):
                y = rest.bottom() - small.height() * (i + 1)
                painter.drawText(QRectF(rest.left(), y, rest.width(), small.height()),
                                 Qt.AlignmentFlag.AlignLeft, small.elidedText(
                                     text, Qt.TextElideMode.ElideRight, rest.width()))
            rest.setBottom(rest.bottom() - small.height() * len(bottom_lines))
        painter.save()
        painter.setClipRect(rest)  # wrapped titles must not run into the lines below
        self._paint_titles(painter, rest, title, small)
        painter.restore()

    def _paint_titles(self, painter: QPainter, rest: QRectF, title: QFontMetricsF,
                      small: QFontMetricsF) -> None:
        zh = self.texts["title_zh"]
        lines_available = max(1, int(rest.height() // title.height()))
        zh_lines = 1 if zh and lines_available >= 2 else 0
        en_lines = lines_available - zh_lines
        painter.setFont(TITLE_FONT)
        en_box = QRectF(rest.left(), rest.top(), rest.width(), title.height() * en_lines)
        used = title.boundingRect(en_box, Qt.TextFlag.TextWordWrap, self.texts["title"]).height()
        if en_lines == 1:
            painter.drawText(en_box, Qt.AlignmentFlag.AlignLeft, title.elidedText(
                self.texts["title"], Qt.TextElideMode.ElideRight, en_box.width()))
            used = title.height()
        elif used > en_box.height():
            fitted = _fit(self.texts["title"], title, en_box)
            painter.drawText(en_box, Qt.TextFlag.TextWordWrap, fitted)
            used = min(en_box.height(),
                       title.boundingRect(en_box, Qt.TextFlag.TextWordWrap, fitted).height())
        else:
            painter.drawText(en_box, Qt.TextFlag.TextWordWrap, self.texts["title"])
        if zh_lines:
            zh_box = QRectF(rest.left(), rest.top() + used + 1, rest.width(),
                            rest.bottom() - rest.top() - used - 1)
            _draw_whole_lines(painter, zh, SMALL_FONT, zh_box)

    def _paint_badges(self, painter: QPainter, box: QRectF, metrics: QFontMetricsF) -> float:
        """Mode, interpretation and pin markers at the top right; returns the width used."""
        painter.setFont(SMALL_FONT)
        right = box.right()
        for text in reversed(self.texts["badges"]):
            width = metrics.horizontalAdvance(text) + 5
            badge = QRectF(right - width, box.top(), width, metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(badge, 2, 2)
            painter.setPen(QColor("#303840"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + 2
        if self.texts["pinned"]:
            right -= _paint_pin(painter, QPointF(right - 5, box.top() + 1)) + 2
        return box.right() - right


def _paint_pin(painter: QPainter, at: QPointF) -> float:
    """A small drawing pin (the session's room or time is pinned); returns its width."""
    painter.setPen(QPen(QColor("#303840"), 1.2))
    painter.setBrush(palette.HARD.darker(110))
    painter.drawEllipse(QRectF(at.x() - 3.5, at.y(), 7, 7))
    path = QPainterPath(QPointF(at.x(), at.y() + 7))
    path.lineTo(at.x(), at.y() + 11)
    painter.drawPath(path)
    return 9


def _draw_whole_lines(painter: QPainter, text: str, font: QFont, box: QRectF) -> None:
    """Wrap text into the box and draw only the lines that fit whole (Chinese glyphs come
    from a fallback font taller than the block's font, so line counts are measured here)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(box.width())
        if y + line.height() > box.height():
            line.setLineWidth(0)
            line.setPosition(QPointF(0, box.height() + 100))  # laid out below the box: not drawn
            break
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    painter.save()
    painter.setClipRect(QRectF(box.left(), box.top(), box.width(), y))
    layout.draw(painter, box.topLeft())
    painter.restore()


def _fit(text: str, metrics: QFontMetricsF, box: QRectF) -> str:
    """Shorten wrapped text with an ellipsis until it fits the box."""
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, candidate).height() <= box.height():
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
