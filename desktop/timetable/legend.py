"""The key to the timetable: a swatch per track, then the markers, wrapped to the width."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import palette

MARKERS = (("SITE", QT_TRANSLATE_NOOP("TrackLegend", "on-site")),
           ("WEB", QT_TRANSLATE_NOOP("TrackLegend", "online")),
           ("HYB", QT_TRANSLATE_NOOP("TrackLegend", "hybrid")),
           (palette.INTERPRETATION_BADGE, QT_TRANSLATE_NOOP("TrackLegend", "interpretation")),
           ("pin", QT_TRANSLATE_NOOP("TrackLegend", "pinned")),
           ("hard", QT_TRANSLATE_NOOP("TrackLegend", "breaks a hard rule")),
           ("soft", QT_TRANSLATE_NOOP("TrackLegend", "breaks a soft rule")),
           ("hatch", QT_TRANSLATE_NOOP("TrackLegend", "unavailable")))


class TrackLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[tuple[QColor, str]] = []
        font = QFont()
        font.setPointSizeF(8)
        self.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_tracks(self, colours: dict[str, QColor]) -> None:
        named = sorted(colours.items(), key=lambda item: (item[0] == "", item[0]))  # "no track" last
        self.entries = [(colour, track or self.tr("no track")) for track, colour in named]
        self.updateGeometry()
        self.update()

    def _items(self) -> list[tuple[str, object, str]]:
        return [("track", colour, label) for colour, label in self.entries] + \
               [("marker", mark, self.tr(label)) for mark, label in MARKERS]

    def _layout(self, width: int) -> list[tuple[QRectF, tuple]]:
        metrics = QFontMetrics(self.font())
        x, y, row = 6, 4, metrics.height() + 6
        out = []
        for item in self._items():
            w = 14 + 6 + metrics.horizontalAdvance(item[2]) + 14
            if item[0] == "marker":
                w += 14
            if x + w > width and x > 6:
                x, y = 6, y + row
            out.append((QRectF(x, y, w, row - 4), item))
            x += w
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        boxes = self._layout(width)
        return int(boxes[-1][0].bottom() + 5) if boxes else 0

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(max(self.width(), 600)))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for box, (kind, what, label) in self._layout(self.width()):
            swatch = QRectF(box.left(), box.top() + 1, 26 if kind == "marker" else 14, box.height() - 2)
            _draw_swatch(painter, swatch, kind, what)
            painter.setPen(QColor("#1d2329"))
            painter.drawText(QRectF(swatch.right() + 5, box.top(), box.width(), box.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)


def _draw_swatch(painter: QPainter, r: QRectF, kind: str, what) -> None:
    if kind == "track":
        painter.setPen(QPen(what.darker(130), 1))
        painter.setBrush(palette.fill_of(what))
        painter.drawRoundedRect(r, 2, 2)
        painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), what)
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if what == "hard":
        painter.setPen(QPen(palette.HARD, 2.5))
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 2, 2)
    elif what == "soft":
        painter.setPen(QPen(QColor("#9aa3ad"), 1))
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 2, 2)
        corner = QPainterPath(QPointF(r.right() - 1, r.bottom() - 9))
        corner.lineTo(r.right() - 1, r.bottom() - 1)
        corner.lineTo(r.right() - 9, r.bottom() - 1)
        corner.closeSubpath()
        painter.fillPath(corner, palette.SOFT)
    elif what == "hatch":
        painter.setPen(QPen(palette.UNAVAILABLE, 0.8, Qt.PenStyle.DotLine))
        painter.setBrush(QBrush(palette.UNAVAILABLE, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(r)
    elif what == "pin":
        painter.setPen(QPen(QColor("#303840"), 1.2))
        painter.setBrush(palette.HARD.darker(110))
        cx = r.center().x()
        painter.drawEllipse(QRectF(cx - 3.5, r.top() + 1, 7, 7))
        painter.drawLine(QLineF(cx, r.top() + 8, cx, r.top() + 12))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e7ec"))
        painter.drawRoundedRect(r, 2, 2)
        painter.setPen(QColor("#303840"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, what)

