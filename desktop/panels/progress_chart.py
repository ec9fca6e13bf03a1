"""A small live chart of a solve: the cost of the best schedule and the proven bound over time."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OBJECTIVE, BOUND = QColor("#1f77b4"), QColor("#2ca02c")


class ProgressChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.objective: list[tuple[float, float]] = []
        self.bound: list[tuple[float, float]] = []
        self.limit = 0.0  # the time limit in seconds (the x axis spans it)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(320, 160)

    def clear(self, limit: float) -> None:
        self.objective, self.bound, self.limit = [], [], limit
        self.update()

    def add(self, elapsed: float, objective: float | None, bound: float | None) -> None:
        if objective is not None:
            self.objective.append((elapsed, objective))
        if bound is not None:
            self.bound.append((elapsed, bound))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont()
        font.setPointSizeF(7.5)
        painter.setFont(font)
        plot = QRectF(self.rect()).adjusted(52, 18, -10, -20)
        painter.setPen(QPen(QColor("#9aa3ad"), 1))
        painter.drawRect(plot)
        points = self.objective + self.bound
        if not points:
            painter.setPen(QColor("#68717c"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             self.tr("cost and bound appear here while solving"))
            return
        x_max = max([self.limit] + [x for x, _ in points]) or 1.0
        values = [y for _, y in points]
        low, high = min(values), max(values)
        if high - low < 1:
            low, high = low - 1, high + 1

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + plot.width() * x / x_max,
                           plot.bottom() - plot.height() * (y - low) / (high - low))

        painter.setPen(QColor("#4a525c"))
        for value, align in ((high, plot.top()), (low, plot.bottom())):
            painter.drawText(QRectF(0, align - 7, plot.left() - 4, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:,.0f}")
        painter.drawText(QRectF(plot.left(), plot.bottom() + 3, plot.width(), 14),
                         Qt.AlignmentFlag.AlignRight, f"{x_max:.0f} s")
        painter.drawText(QRectF(plot.left(), plot.bottom() + 3, plot.width(), 14),
                         Qt.AlignmentFlag.AlignLeft, "0 s")
        for series, colour, label, offset in ((self.objective, OBJECTIVE, self.tr("cost"), 0),
                                              (self.bound, BOUND, self.tr("bound"), 110)):
            if series:
                _step_line(painter, [at(x, y) for x, y in series], colour,
                           at(max(x for x, _ in points), series[-1][1]))
            painter.setPen(colour)
            painter.drawText(QRectF(plot.left() + offset, 2, 105, 14), Qt.AlignmentFlag.AlignLeft,
                             f"■ {label}" + (f" {series[-1][1]:,.0f}" if series else ""))


def _step_line(painter: QPainter, points: list[QPointF], colour: QColor, last: QPointF) -> None:
    """Values hold until the next report, so the line steps rather than slopes."""
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point.x(), path.currentPosition().y())
        path.lineTo(point)
    path.lineTo(last.x(), path.currentPosition().y())
    painter.setPen(QPen(colour, 1.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(colour)
    for point in points:
        painter.drawEllipse(point, 2.2, 2.2)
