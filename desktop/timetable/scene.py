"""The scene of one event day: a grid background, hatched unavailable times, session blocks.

The background is drawn per exposed rectangle (only the rows and columns in view),
and blocks are ordinary items in the scene's index, so a day with a thousand
sessions scrolls without any loop over all of them.

A block dragged within the day, or a session dragged in from the unscheduled list
(mime type ``SESSION_MIME``, the key as text), shows a ``DropMarker`` at the snapped
cell, with the verdict of ``judge`` on that move (the validator's, in the background: it comes
later through ``show_verdict``); the drop emits ``drop_requested`` and the window's editor
does the rest.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import partial
from typing import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsRectItem, QGraphicsScene, QGraphicsSceneDragDropEvent,
                               QGraphicsSceneHelpEvent, QToolTip)

from scheduler.problem import Span
from scheduler.validator.moves import Move, Verdict

from . import palette
from .block import SessionBlock
from .dragdata import SESSION_MIME  # noqa: F401 (also the list's)
from .layout import COLUMN, RULER, Grid, columns, lanes
from .marker import DropMarker
from .state import ScheduleState, day_span
from .texts import block_texts, tooltip


# (session, column kind, column key, start) -> (the move a drop there makes or None if refused,
# its verdict or None while it is being checked)
Judge = Callable[[str, str, str, int], tuple[Move | None, Verdict | None]]


class DayScene(QGraphicsScene):
    """Every placement that starts on ``day``, in its room and/or channel column."""

    drop_requested = Signal(str, str, str, int)  # session key, column kind and key, start minute

    def __init__(self, state: ScheduleState, day: int, ppm: float, colours: dict, *,
                 only_used: bool = False, parent=None):
        super().__init__(parent)
        self.state, self.day, self.only_used = state, day, only_used
        self.placements = state.by_day[day]  # what the scene shows, by session
        used = {(kind, key) for p in self.placements.values()
                for kind, key in (("room", p.room), ("channel", p.channel)) if key}
        self.grid = Grid(columns(state, used if only_used else None), day_span(state, day),
                         state.problem.event.hours[day], state.problem.event.granularity, ppm)
        self.blocks: dict[str, list[SessionBlock]] = defaultdict(list)
        self.unavailable: list[tuple[QGraphicsRectItem, int, Span]] = []
        self._add_unavailable()
        self._add_blocks(colours)
        self.judge: Judge | None = None  # no verdicts without one
        self.marker = DropMarker()
        self.addItem(self.marker)
        self.relayout(ppm)

    # -- building -----------------------------------------------------------------------------

    def _add_blocks(self, colours: dict) -> None:
        state = self.state
        by_column = defaultdict(list)
        for placement in self.placements.values():
            info = state.problem.session[placement.session]
            places = [("room", placement.room), ("channel", placement.channel)]
            places = [(kind, key) for kind, key in places if key and self.grid.has(kind, key)]
            for n, (kind, key) in enumerate(places):
                block = SessionBlock(info, kind=kind, key=key, start=placement.start,
                                     texts=block_texts(state, placement, kind),
                                     colour=colours.get(info.track, palette.NO_TRACK),
                                     findings=state.findings.get(info.key, ()),
                                     twin=n > 0 and info.mode == "hybrid",
                                     describe=partial(tooltip, state, placement))
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
                item.setToolTip(self.tr("{name} is unavailable {when}").format(
                    name=name, when=self.state.span_text(window.start, window.end)))
                self.addItem(item)
                self.unavailable.append((item, self.grid.index_of(kind, key), clipped))

    def shows(self, state: ScheduleState, only_used: bool) -> bool:
        """Whether this scene already shows its day of ``state``: the same problem and names
        read, the same placements that day (an edit elsewhere, a check on its way)."""
        return (self.state.problem is state.problem and self.state.names is state.names
                and self.only_used == only_used
                and self.placements == state.by_day[self.day])

    def show_findings(self, state: ScheduleState) -> None:
        """Outline the blocks for the findings of ``state`` (the same placements as shown;
        unchecked, no outlines)."""
        self.state = state
        for key, blocks in self.blocks.items():
            findings = state.findings.get(key, ())
            if findings or blocks[0].findings:
                for block in blocks:
                    block.set_findings(findings)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The tooltip of the block under the cursor, written now (see ``SessionBlock.toolTip``)."""
        for item in self.items(event.scenePos()):  # the topmost first
            if isinstance(item, SessionBlock):
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.setAccepted(True)
                return
            if item.toolTip():
                break
        super().helpEvent(event)

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

    # -- dragging and dropping -----------------------------------------------------------------

    def target_at(self, key: str, cursor: QPointF, top: float | None = None) -> tuple[str, str, int] | None:
        """(column kind, column key, start) for session ``key`` dropped with the cursor at
        ``cursor`` and its top edge at ``top`` (the cursor's height if None)."""
        info = self.state.problem.session.get(key)
        cell = None if info is None else self.grid.cell_at(
            cursor.x(), cursor.y() if top is None else top, info.duration)
        return None if cell is None else (cell[0].kind, cell[0].key, cell[1])

    def show_target(self, key: str, target: tuple[str, str, int] | None) -> None:
        if target is None:
            self.marker.clear()
            return
        kind, place, start = target
        info = self.state.problem.session[key]
        index = self.grid.index_of(kind, place)
        words = f"{self.state.span_text(start, start + info.duration)} · {self.grid.columns[index].name}"
        move, verdict = self.judge(key, kind, place, start) if self.judge else (None, None)
        self.marker.show_at(self.grid, index, start, info.duration, words, move, verdict)
        self.marker.note.setVisible(self.judge is not None)

    def show_verdict(self, verdict: Verdict) -> None:
        """A verdict has come: show it if the marker is still on its cell."""
        if self.marker.shows(verdict):
            self.marker.set_verdict(verdict)

    def drag_block(self, block: SessionBlock, cursor: QPointF, top: float) -> None:
        block.setOpacity(0.45)
        self.show_target(block.session, self.target_at(block.session, cursor, top))

    def drop_block(self, block: SessionBlock, cursor: QPointF, top: float) -> None:
        block.setOpacity(1.0)
        self._drop(block.session, self.target_at(block.session, cursor, top))

    def _drop(self, key: str, target: tuple[str, str, int] | None) -> None:
        self.marker.clear()
        if target is not None:
            self.drop_requested.emit(key, *target)

    @staticmethod
    def dragged_key(event: QGraphicsSceneDragDropEvent) -> str:
        data = event.mimeData()
        return bytes(data.data(SESSION_MIME)).decode() if data.hasFormat(SESSION_MIME) else ""

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        _answer(event, bool(self.dragged_key(event)))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        key = self.dragged_key(event)
        target = self.target_at(key, event.scenePos()) if key else None
        self.show_target(key, target)
        _answer(event, target is not None)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.marker.clear()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        key = self.dragged_key(event)
        target = self.target_at(key, event.scenePos()) if key else None
        _answer(event, target is not None)
        self._drop(key, target)

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


def _answer(event: QGraphicsSceneDragDropEvent, accept: bool) -> None:
    if accept:
        event.acceptProposedAction()
    else:
        event.ignore()
