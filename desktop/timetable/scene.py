"""The scene of one event day: a grid background, hatched unavailable times, session blocks.

The background is drawn per exposed rectangle (only the rows and columns in view),
and blocks are ordinary items in the scene's index, so a day with a thousand
sessions scrolls without any loop over all of them.
"""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from scheduler.problem import Span

from . import palette
from .block import SessionBlock
from .layout import COLUMN, RULER, Grid, columns, lanes
from .state import ScheduleState, day_span
from .texts import block_texts


class DayScene(QGraphicsScene):
    """Every placement that starts on ``day``, in its room and/or channel column."""

    def __init__(self, state: ScheduleState, day: int, ppm: float, colours: dict, *,
                 only_used: bool = False, parent=None):
        super().__init__(parent)
        self.state, self.day = state, day
        used = {(kind, key) for p in state.schedule.values() if state.day_of(p) == day
                for kind, key in (("room", p.room), ("channel", p.channel)) if key}
        self.grid = Grid(columns(state, used if only_used else None), day_span(state, day),
                         state.problem.event.hours[day], state.problem.event.granularity, ppm)
        self.blocks: dict[str, list[SessionBlock]] = defaultdict(list)
        self.unavailable: list[tuple[QGraphicsRectItem, int, Span]] = []
        self._add_unavailable()
        self._add_blocks(colours)
        self.relayout(ppm)

    # -- building -----------------------------------------------------------------------------

    def _add_blocks(self, colours: dict) -> None:
        state = self.state
        by_column = defaultdict(list)
        for placement in state.schedule.values():
            if state.day_of(placement) != self.day:
                continue
            info = state.problem.session[placement.session]
            places = [("room", placement.room), ("channel", placement.channel)]
            places = [(kind, key) for kind, key in places if key and self.grid.has(kind, key)]
            for n, (kind, key) in enumerate(places):
                block = SessionBlock(info, kind=kind, key=key, start=placement.start,
                                     texts=block_texts(state, placement, kind),
                                     colour=colours.get(info.track, palette.NO_TRACK),
                                     findings=state.findings.get(info.key, ()),
                                     twin=n > 0 and info.mode == "hybrid")
                self.addItem(block)
                self.blocks[info.key].append(block)
                by_column[(kind, key)].append((block.start, block.end, block))
        for spans in by_column.values():
            for block, (lane, count) in lanes(spans).items():
                block.lane, block.lanes = lane, count

    def _add_unavailable(self) -> None:
        problem, span = self.state.problem, self.grid.span
        brush = QBrush(palette.UNAVAILABLE, Qt.BrushStyle.BDiagPattern)
        owners = [("room", r.key, r.name, r.unavailable) for r in problem.rooms]
        owners += [("channel", c.key, c.name, c.unavailable) for c in problem.channels]
        for kind, key, name, windows in owners:
            if not self.grid.has(kind, key):
                continue
            for window in windows:
                if not window.overlaps(span):
                    continue
                clipped = Span(max(window.start, span.start), min(window.end, span.end))
                item = QGraphicsRectItem()
                item.setBrush(brush)
                item.setPen(QPen(palette.UNAVAILABLE, 0.8, Qt.PenStyle.DotLine))
                item.setZValue(0.5)
                item.setToolTip(f"{name} is unavailable "
                                f"{self.state.span_text(window.start, window.end)}")
                self.addItem(item)
                self.unavailable.append((item, self.grid.index_of(kind, key), clipped))

    # -- geometry -----------------------------------------------------------------------------

    def relayout(self, ppm: float) -> None:
        """Apply a new time zoom: move every item, keep the same columns."""
        self.grid = self.grid.zoomed(ppm)
        self.setSceneRect(QRectF(0, 0, self.grid.width, self.grid.height + 8))
        for item, index, span in self.unavailable:
            x = self.grid.x(index)
            item.setRect(QRectF(x, self.grid.y(span.start), COLUMN, (span.end - span.start) * ppm))
        for blocks in self.blocks.values():
            for block in blocks:
                block.place(self.grid)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def all_blocks(self) -> list[SessionBlock]:
        return [b for blocks in self.blocks.values() for b in blocks]

    def selected_blocks(self) -> list[SessionBlock]:
        return [item for item in self.selectedItems() if isinstance(item, SessionBlock)]

    # -- painting -----------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        g = self.grid
        painter.fillRect(rect, palette.OUT_OF_HOURS)
        top, bottom = max(g.y(g.hours.start), g.header), g.y(g.hours.end)
        painter.fillRect(QRectF(RULER, top, g.width - RULER, bottom - top), palette.IN_HOURS)
        first = max(g.span.start, math.floor(g.minute_at(rect.top()) / g.granularity) * g.granularity)
        last = min(g.span.end, math.ceil(g.minute_at(rect.bottom())))
        step = g.granularity
        while step * g.ppm < 6:  # never draw rows closer than 6 pixels
            step *= 2
        first -= first % step
        thin, hour = QPen(QColor("#eef0f3"), 0), QPen(QColor("#c9ced6"), 0)
        half = QPen(QColor("#dde1e7"), 0)
        for minute in range(first, last + 1, step):
            painter.setPen(hour if minute % 60 == 0 else half if minute % 30 == 0 else thin)
            y = g.y(minute)
            painter.drawLine(QLineF(RULER, y, g.width, y))
        self._draw_column_lines(painter, rect)

    def _draw_column_lines(self, painter: QPainter, rect: QRectF) -> None:
        g = self.grid
        first = max(0, int((rect.left() - RULER) // COLUMN))
        last = min(len(g.columns), int((rect.right() - RULER) // COLUMN) + 1)
        venue_pen, city_pen = QPen(QColor("#c9ced6"), 0), QPen(QColor("#7d8794"), 1.5)
        for index in range(first, last + 1):
            before = g.columns[index - 1] if 0 < index <= len(g.columns) else None
            after = g.columns[index] if index < len(g.columns) else None
            new_group = before is None or after is None or before.group != after.group
            painter.setPen(city_pen if new_group else venue_pen)
            painter.drawLine(QLineF(g.x(index), g.header, g.x(index), g.height))
