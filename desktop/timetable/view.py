"""The view of one day: sticky header rows and time ruler, zoom, keyboard moves between blocks,
and the block's own commands (context menu; M moves it with a dialog, P pins or unpins,
Delete unschedules)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QKeyEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QMenu

from .block import SessionBlock
from .layout import HEADER_ROWS, RULER, Grid
from .scene import DayScene

HEADER_BG, RULER_BG, INK = QColor("#f4f6f9"), QColor("#f4f6f9"), QColor("#1d2329")
LINE = QColor("#b8bfc9")
BOLD, PLAIN, SMALL = QFont(), QFont(), QFont()
BOLD.setPointSizeF(8.5)
BOLD.setBold(True)
PLAIN.setPointSizeF(8.5)
SMALL.setPointSizeF(7.5)


class TimetableView(QGraphicsView):
    """Shows a DayScene; emits the session key when the selection changes."""

    session_selected = Signal(str)  # "" when nothing is selected
    zoom_requested = Signal(int)  # +1 in, -1 out (Ctrl + mouse wheel)
    pin_requested = Signal(str, bool)  # session key, True to pin where it is, False to unpin
    unschedule_requested = Signal(str)
    move_requested = Signal(str)  # session key: "Move to…" (the keyboard's drag)

    def __init__(self, scene: DayScene, parent=None):
        super().__init__(scene, parent)
        self._scene = scene  # QGraphicsView does not own its scene: keep it alive
        self._pending_scroll: tuple[int, int] | None = None
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._user_moved)
        scene.setParent(self)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Headers stay put while the content scrolls, so the viewport is redrawn whole.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scene.selectionChanged.connect(self._selection_changed)

    def day_scene(self) -> DayScene:
        return self._scene

    def scroll_to_start(self) -> None:
        """Show the first column and the start of the day's hours (Qt would centre the scene)."""
        grid = self.day_scene().grid
        self.scroll_to(0, int(grid.y(grid.hours.start) - grid.header - 10))

    def scroll_to(self, x: int, y: int) -> None:
        """Scroll there, and stay there through resizes until the user moves (Qt re-centres)."""
        self._pending_scroll = (x, y)
        self._apply_scroll()

    def _apply_scroll(self) -> None:
        if self._pending_scroll is not None:
            x, y = self._pending_scroll
            self.horizontalScrollBar().setValue(x)
            self.verticalScrollBar().setValue(y)

    def _user_moved(self, *args) -> None:
        self._pending_scroll = None

    def mousePressEvent(self, event) -> None:
        self._user_moved()
        super().mousePressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_scroll()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scroll()

    # -- selection ----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        blocks = self.day_scene().selected_blocks()
        self.session_selected.emit(blocks[0].session if blocks else "")

    def select_session(self, key: str) -> bool:
        """Select every block of the session and scroll the first into view."""
        blocks = self.day_scene().blocks.get(key, [])
        if not blocks:
            return False
        self.select_block(blocks[0], also=blocks[1:])
        return True

    def select_block(self, block: SessionBlock, also=()) -> None:
        scene = self.day_scene()
        scene.blockSignals(True)
        scene.clearSelection()
        for other in also:
            other.setSelected(True)
        scene.blockSignals(False)
        block.setSelected(True)
        block.setFocus()
        self._user_moved()
        self.ensureVisible(block, 40, scene.grid.header + 20)
        self.viewport().update()

    def current_block(self) -> SessionBlock | None:
        focus = self.day_scene().focusItem()
        if isinstance(focus, SessionBlock) and focus.isSelected():
            return focus
        selected = self.day_scene().selected_blocks()
        return selected[0] if selected else None

    # -- keyboard -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._user_moved()
        moves = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left",
                 Qt.Key.Key_Right: "right"}
        direction = moves.get(Qt.Key(event.key()))
        if direction and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move_selection(direction)
            event.accept()
            return
        block = self.current_block()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if block is not None and plain and event.key() == Qt.Key.Key_P:
            self.pin_requested.emit(block.session, not block.pinned)
            event.accept()
            return
        if block is not None and plain and event.key() == Qt.Key.Key_M:
            self.move_requested.emit(block.session)
            event.accept()
            return
        if block is not None and plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.unschedule_requested.emit(block.session)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the block's menu ---------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if not isinstance(item, SessionBlock):
            return super().contextMenuEvent(event)
        self.select_block(item)
        self.block_menu(item).exec(event.globalPos())

    def block_menu(self, block: SessionBlock) -> QMenu:
        """Move to…, Pin here, Unpin and Unschedule for one block (its shortcuts shown beside them)."""
        menu = QMenu(self)
        key = block.session
        menu.addAction(self.tr("Move to…"), lambda: self.move_requested.emit(key)).setShortcut("M")
        menu.addSeparator()
        pin = menu.addAction(self.tr("Pin here"), lambda: self.pin_requested.emit(key, True))
        pin.setShortcut("P")
        pin.setEnabled(not block.pinned_here)
        unpin = menu.addAction(self.tr("Unpin"), lambda: self.pin_requested.emit(key, False))
        unpin.setShortcut("P")
        unpin.setEnabled(block.pinned)
        menu.addSeparator()
        menu.addAction(self.tr("Unschedule"),
                       lambda: self.unschedule_requested.emit(key)).setShortcut("Del")
        for action in menu.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, handled by keys
        return menu

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab step through the blocks in time order."""
        if self.day_scene().blocks:
            self.move_selection("next" if forward else "previous")
            return True
        return super().focusNextPrevChild(forward)

    def move_selection(self, direction: str) -> SessionBlock | None:
        target = neighbour(self.day_scene(), self.current_block(), direction)
        if target is not None:
            self.select_block(target)
        return target

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._user_moved()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()

    # -- sticky headers -----------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        grid = self.day_scene().grid
        self._draw_ruler(painter, grid, visible)
        self._draw_headers(painter, grid, visible)
        corner = QRectF(visible.left(), visible.top(), RULER, grid.header)
        painter.fillRect(corner, HEADER_BG)
        painter.setPen(INK)
        painter.setFont(BOLD)
        painter.drawText(corner.adjusted(4, 4, -2, -4), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                         self.day_scene().state.day_name(self.day_scene().day))

    def _draw_headers(self, painter: QPainter, grid: Grid, visible: QRectF) -> None:
        top = visible.top()
        painter.fillRect(QRectF(visible.left(), top, visible.width(), grid.header), HEADER_BG)
        rows = [("group", top, HEADER_ROWS[0]), ("subgroup", top + HEADER_ROWS[0], HEADER_ROWS[1])]
        for level, y, height in rows:
            for label, first, last in grid.groups(level):
                box = QRectF(grid.x(first), y, grid.x(last + 1) - grid.x(first), height)
                if box.right() < visible.left() or box.left() > visible.right():
                    continue
                painter.setPen(QPen(LINE, 0))
                painter.drawRect(box)
                painter.setPen(INK)
                painter.setFont(BOLD if level == "group" else PLAIN)
                text_box = box.intersected(visible.adjusted(RULER, 0, 0, 0)).adjusted(4, 0, -4, 0)
                painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 painter.fontMetrics().elidedText(
                                     label, Qt.TextElideMode.ElideRight, int(text_box.width())))
        y = top + HEADER_ROWS[0] + HEADER_ROWS[1]
        for column in grid.columns:
            box = QRectF(grid.x(column.index), y, grid.x(1) - grid.x(0), HEADER_ROWS[2])
            if box.right() < visible.left() or box.left() > visible.right():
                continue
            painter.setPen(QPen(LINE, 0))
            painter.drawRect(box)
            painter.setPen(INK)
            painter.setFont(BOLD)
            lines = [column.name, column.name_zh, column.detail]
            painter.drawText(box.adjusted(4, 1, -3, -1), Qt.AlignmentFlag.AlignLeft,
                             "\n".join(painter.fontMetrics().elidedText(
                                 t, Qt.TextElideMode.ElideRight, int(box.width()) - 8)
                                 for t in lines if t))
        painter.setPen(QPen(QColor("#7d8794"), 1))
        painter.drawLine(QLineF(visible.left(), top + grid.header, visible.right(), top + grid.header))

    def _draw_ruler(self, painter: QPainter, grid: Grid, visible: QRectF) -> None:
        left = visible.left()
        painter.fillRect(QRectF(left, visible.top(), RULER, visible.height()), RULER_BG)
        painter.setPen(QPen(QColor("#7d8794"), 1))
        painter.drawLine(QLineF(left + RULER, visible.top(), left + RULER, visible.bottom()))
        step = 60 if grid.ppm < 1.2 else 30 if grid.ppm < 3 else 15
        first = int(grid.minute_at(visible.top() + grid.header)) // step * step
        last = int(grid.minute_at(visible.bottom())) + step
        state = self.day_scene().state
        for minute in range(max(first, grid.span.start), min(last, grid.span.end) + 1, step):
            y = grid.y(minute)
            if y < visible.top() + grid.header - 2:
                continue
            painter.setFont(BOLD if minute % 60 == 0 else SMALL)
            painter.setPen(INK if minute % 60 == 0 else QColor("#5b6571"))
            painter.drawText(QRectF(left + 2, y - 7, RULER - 8, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             state.clock(minute))


def neighbour(scene: DayScene, current: SessionBlock | None, direction: str) -> SessionBlock | None:
    """The block a keyboard move lands on: Tab order is (start, column); arrows stay in the grid."""
    grid = scene.grid
    blocks = sorted(scene.all_blocks(), key=lambda b: (b.start, grid.index_of(b.kind, b.key), b.lane))
    if not blocks:
        return None
    if current is None:
        return blocks[0] if direction in ("next", "down", "right") else blocks[-1]
    column = grid.index_of(current.kind, current.key)
    if direction in ("next", "previous"):
        at = blocks.index(current) + (1 if direction == "next" else -1)
        return blocks[at] if 0 <= at < len(blocks) else None
    if direction in ("up", "down"):
        same = [b for b in blocks if grid.index_of(b.kind, b.key) == column]
        at = same.index(current) + (1 if direction == "down" else -1)
        return same[at] if 0 <= at < len(same) else None
    step = 1 if direction == "right" else -1
    others = {grid.index_of(b.kind, b.key) for b in blocks}
    candidates = sorted((c for c in others if (c - column) * step > 0), key=lambda c: abs(c - column))
    if not candidates:
        return None
    row = [b for b in blocks if grid.index_of(b.kind, b.key) == candidates[0]]
    return min(row, key=lambda b: (not (b.start <= current.start < b.end), abs(b.start - current.start)))
