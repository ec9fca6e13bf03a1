"""Paint unavailable time: a week grid (event days × half-hours of the event's hours) for one
room, channel, person, group or resource. A drag from a free cell marks a block unavailable, a
drag from a marked cell frees it; each drag is one undo step. Times are the event's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

from scheduler import Changes
from scheduler.domain import models as m
from scheduler.eventtime import at, event_days, local

from .. import locale_format as lf
from ..commands import ProjectEditor
from ..commands.rows import name_of

SLOT = timedelta(minutes=30)
OWNERS = {  # kind: (menu text, model, the window's owner field)
    "rooms": (QT_TRANSLATE_NOOP("Lists", "Rooms"), m.Room, "room_id"),
    "channels": (QT_TRANSLATE_NOOP("Lists", "Channels"), m.Channel, "channel_id"),
    "people": (QT_TRANSLATE_NOOP("Lists", "People"), m.Person, "person_id"),
    "groups": (QT_TRANSLATE_NOOP("Lists", "Groups"), m.Group, "group_id"),
    "resources": (QT_TRANSLATE_NOOP("Lists", "Resources"), m.Resource, "resource_id"),
}
BLOCKED = QColor(200, 64, 60)
MARKING = QColor(200, 64, 60, 110)
CLEARING = QColor(255, 255, 255, 220)
LINE, HOUR_LINE, HEADER = QColor(225, 225, 228), QColor(180, 180, 186), QColor(245, 245, 247)


class AvailabilityGrid(QWidget):
    """Days across, half-hours down. ``stroke(mark, intervals)`` follows each drag (UTC times)."""

    stroke = Signal(bool, list)
    LEFT, TOP, COLUMN, ROW = 58, 40, 180, 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tz = "UTC"
        self.days: list = []
        self.day_start = self.day_end = None
        self.slots: list[tuple[timedelta, timedelta]] = []
        self.windows: list[tuple[datetime, datetime, str]] = []
        self._anchor: tuple[int, int] | None = None
        self._reach: tuple[int, int] | None = None
        self._marking = True

    # -- what it shows -------------------------------------------------------------------------

    def set_event(self, event: m.Event) -> None:
        self.tz = event.timezone
        self.days = event_days(event.start_date, event.day_count)
        self.day_start, self.day_end = event.day_start, event.day_end
        total = (datetime.combine(self.days[0], event.day_end)
                 - datetime.combine(self.days[0], event.day_start))
        self.slots, offset = [], timedelta(0)
        while offset < total:
            self.slots.append((offset, min(offset + SLOT, total)))
            offset += SLOT
        self.resize(self.sizeHint())  # it sits in a scroll area that does not resize it
        self.updateGeometry()
        self.update()

    def set_windows(self, windows: list[tuple[datetime, datetime, str]]) -> None:
        self.windows = list(windows)
        self.update()

    def opening(self, day: int) -> datetime:
        return at(self.days[day], self.day_start, self.tz)

    def cell_span(self, day: int, slot: int) -> tuple[datetime, datetime]:
        """The UTC start and end of one cell."""
        begin = self.opening(day)
        start, end = self.slots[slot]
        return (begin + start).astimezone(timezone.utc), (begin + end).astimezone(timezone.utc)

    def is_blocked(self, day: int, slot: int) -> bool:
        start, end = self.cell_span(day, slot)
        return any(s < end and start < e for s, e, _ in self.windows)

    def cell_rect(self, day: int, slot: int) -> QRect:
        return QRect(self.LEFT + day * self.COLUMN, self.TOP + slot * self.ROW, self.COLUMN, self.ROW)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        day = (point.x() - self.LEFT) // self.COLUMN
        slot = (point.y() - self.TOP) // self.ROW
        if point.x() < self.LEFT or point.y() < self.TOP:
            return None
        if 0 <= day < len(self.days) and 0 <= slot < len(self.slots):
            return day, slot
        return None

    def sizeHint(self) -> QSize:
        return QSize(self.LEFT + max(1, len(self.days)) * self.COLUMN + 1,
                     self.TOP + max(1, len(self.slots)) * self.ROW + 1)

    minimumSizeHint = sizeHint

    # -- painting with the mouse ---------------------------------------------------------------

    def stroke_cells(self) -> list[tuple[int, int]]:
        if self._anchor is None or self._reach is None:
            return []
        (d0, s0), (d1, s1) = self._anchor, self._reach
        return [(d, s) for d in range(min(d0, d1), max(d0, d1) + 1)
                for s in range(min(s0, s1), max(s0, s1) + 1)]

    def intervals(self, cells: list[tuple[int, int]]) -> list[tuple[datetime, datetime]]:
        """The cells as UTC intervals, neighbouring half-hours of a day joined."""
        out: list[tuple[datetime, datetime]] = []
        for day, slot in sorted(cells):
            start, end = self.cell_span(day, slot)
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or cell is None:
            return super().mousePressEvent(event)
        self._anchor = self._reach = cell
        self._marking = not self.is_blocked(*cell)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            return super().mouseMoveEvent(event)
        point = event.position().toPoint()
        day = min(max((point.x() - self.LEFT) // self.COLUMN, 0), len(self.days) - 1)
        slot = min(max((point.y() - self.TOP) // self.ROW, 0), len(self.slots) - 1)
        if (day, slot) != self._reach:
            self._reach = (day, slot)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            return super().mouseReleaseEvent(event)
        cells = self.stroke_cells()
        self._anchor = self._reach = None
        self.update()
        self.stroke.emit(self._marking, self.intervals(cells))

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.days:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No event days"))
            return
        width, height = len(self.days) * self.COLUMN, len(self.slots) * self.ROW
        painter.fillRect(QRect(0, 0, self.LEFT + width, self.TOP), HEADER)
        painter.fillRect(QRect(0, 0, self.LEFT, self.TOP + height), HEADER)
        for slot, (offset, _) in enumerate(self.slots):
            y = self.TOP + slot * self.ROW
            on_hour = (datetime.combine(self.days[0], self.day_start) + offset).minute == 0
            painter.setPen(HOUR_LINE if on_hour else LINE)
            painter.drawLine(self.LEFT, y, self.LEFT + width, y)
            if on_hour or slot == 0:
                painter.setPen(Qt.GlobalColor.darkGray)
                clock = lf.clock(datetime.combine(self.days[0], self.day_start) + offset)
                painter.drawText(QRect(0, y - 1, self.LEFT - 8, self.ROW),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, clock)
        for day, date in enumerate(self.days):
            x = self.LEFT + day * self.COLUMN
            painter.setPen(HOUR_LINE)
            painter.drawLine(x, 0, x, self.TOP + height)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRect(x, 0, self.COLUMN, self.TOP), Qt.AlignmentFlag.AlignCenter,
                             lf.day_text(date))
        painter.setPen(HOUR_LINE)
        painter.drawLine(self.LEFT + width, 0, self.LEFT + width, self.TOP + height)
        painter.drawLine(0, self.TOP + height, self.LEFT + width, self.TOP + height)
        self._draw_windows(painter)
        stroke = self.stroke_cells()
        if stroke:
            painter.setPen(QPen(BLOCKED, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(MARKING if self._marking else CLEARING))
            for cell in stroke:
                painter.drawRect(self.cell_rect(*cell).adjusted(1, 1, -1, -1))
        painter.end()

    def _draw_windows(self, painter: QPainter) -> None:
        minute_height = self.ROW / 30
        for day in range(len(self.days)):
            opening = self.opening(day)
            closing = opening + self.slots[-1][1]
            for start, end, note in self.windows:
                start, end = max(local(start, self.tz), opening), min(local(end, self.tz), closing)
                if start >= end:
                    continue
                top = self.TOP + round((start - opening).total_seconds() / 60 * minute_height)
                bottom = self.TOP + round((end - opening).total_seconds() / 60 * minute_height)
                box = QRect(self.LEFT + day * self.COLUMN + 2, top + 1, self.COLUMN - 4,
                            max(bottom - top - 1, 3))
                painter.fillRect(box, BLOCKED)
                painter.setPen(Qt.GlobalColor.white)
                words = f"{lf.clock(start)}–{lf.clock(end)} {note}".strip()
                painter.drawText(box.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, words)


class AvailabilityEditor(QWidget):
    """Choose a room, channel, person, group or resource and paint its unavailable time."""

    def __init__(self, editor: ProjectEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.kind = QComboBox()
        for kind, (text, _, _) in OWNERS.items():
            self.kind.addItem(QCoreApplication.translate("Lists", text), kind)
        self.owner = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumContentsLength(32)
        self.grid = AvailabilityGrid()
        self.summary = QLabel(wordWrap=True)
        self.message = QLabel(wordWrap=True, styleSheet="color: #b3261e;")
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unavailable time of")))
        top.addWidget(self.kind)
        top.addWidget(self.owner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Drag over free time to mark it unavailable; drag from "
                                        "marked time to free it. Times are the event's.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)

        self.kind.currentIndexChanged.connect(self._fill_owners)
        self.owner.currentIndexChanged.connect(self._show_windows)
        self.grid.stroke.connect(self.apply_stroke)
        self.editor.changed.connect(self._refresh)
        self.grid.set_event(editor.project.event())
        self._fill_owners()

    # -- owner ---------------------------------------------------------------------------------

    @property
    def owner_spec(self):
        return OWNERS[self.kind.currentData()]

    def current_owner(self):
        owner_id = self.owner.currentData()
        if owner_id is None:
            return None
        model = self.owner_spec[1]
        return next((row for row in self.editor.project.all(model, id=owner_id)), None)

    def select_owner(self, kind: str, key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        row = self.editor.project.get(OWNERS[kind][1], key)
        self.owner.setCurrentIndex(self.owner.findData(row.id))

    def _fill_owners(self, *_args) -> None:
        keep = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        rows = self.editor.project.all(self.owner_spec[1])
        for row in rows:
            self.owner.addItem(f"{row.name_en}  {row.name_zh}  ({row.key})".replace("    ", "  "), row.id)
        completer = QCompleter([self.owner.itemText(i) for i in range(self.owner.count())], self.owner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.setCompleter(completer)
        found = self.owner.findData(keep)
        self.owner.setCurrentIndex(found if found >= 0 else 0)
        self.owner.blockSignals(False)
        self._show_windows()

    def _show_windows(self, *_args) -> None:
        owner = self.current_owner()
        windows = [] if owner is None else self.editor.project.all(
            m.Window, kind="unavailable", **{self.owner_spec[2]: owner.id})
        self.grid.set_windows([(w.start, w.end, w.note) for w in windows])
        tz = self.grid.tz
        listed = "; ".join(f"{lf.moment_text(local(w.start, tz))}–{lf.clock(local(w.end, tz))}"
                           + (f" ({w.note})" if w.note else "") for w in windows)
        self.summary.setText(self.tr("%n unavailable window(s)", "", len(windows))
                             + (f": {listed}" if listed else ""))

    def _refresh(self, changes: Changes) -> None:
        if changes.touches(m.Event):
            self.grid.set_event(self.editor.project.event())
        if changes.touches(self.owner_spec[1]):
            self._fill_owners()
        elif changes.touches(m.Window, m.Event):
            self._show_windows()

    # -- edits ---------------------------------------------------------------------------------

    def apply_stroke(self, mark: bool, intervals: list) -> bool:
        """Mark (or free) the intervals for the current owner: one undo step."""
        owner = self.current_owner()
        if owner is None or not intervals:
            return False
        ok = self.editor.paint_unavailable(self.owner_spec[2], owner.id,
                                           intervals if mark else [], [] if mark else intervals,
                                           name_of(owner))
        self.message.setText("" if ok else self.editor.last_error)
        return ok
