"""The Compare dialog: two schedules side by side (main, any scenario, any published version).

For each side its total cost, hard violation count and list; a cost table per rule with the
difference highlighted; the sessions placed differently with where and when on each side.
Neither part of a comparison runs on the GUI thread: the sides are read from the file on a
reading thread (about 0.2 s for 1,000 sessions: SQL, and Python that lets the GUI thread in
every few milliseconds), and the validator, pure Python that would hold the interpreter lock,
runs twice in the validator's worker process (desktop/checking.py). The result comes back
through a signal; a newer choice made meanwhile is compared next and the older answer dropped.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from scheduler import Project, SlotwiseError
from scheduler.scenarios import SideRef, compare_sides, read_sides

from ..checking import run_in_worker
from ..display_words import rule_name
from ..finding_words import finding_text

WORSE = QColor("#f6c9c4")  # B costs more than A
BETTER = QColor("#cdebc9")  # B costs less
HARD_TEXT = QColor("#b3261e")


class _Mailbox(QObject):
    """Where answers arrive from the reading thread, for the dialog and job they name. Made
    once, on the GUI thread, and never deleted: a dialog may be gone when its answer comes, the
    mailbox is not. (An object per job, deleted when it ended, lost the answers of the next
    job connected to the same dialog now and then: PySide6 6.12.)"""

    answered = Signal(int, int, object)  # dialog id, job number, Comparison
    refused = Signal(int, int, str)  # a side that cannot be read (a scenario deleted meanwhile …)
    failed = Signal(int, int, str)  # anything unexpected, for the dialog to show


_mailbox: _Mailbox | None = None
_ids = itertools.count(1)
_reading = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slotwise-compare")


def _compare(owner: int, number: int, project: Project, a: SideRef, b: SideRef) -> None:
    """On the reading thread: both sides read from the project file (every transaction of a
    project has a connection of its own, so the GUI thread may use the project meanwhile), then
    compared in the worker process; the answer is posted to the mailbox (queued to the GUI
    thread)."""
    try:
        comparison = run_in_worker(compare_sides, read_sides(project, a, b)).result()
    except SlotwiseError as exc:
        _mailbox.refused.emit(owner, number, str(exc))
    except Exception as exc:  # shown in the dialog: a job must not fail silently
        _mailbox.failed.emit(owner, number, f"{type(exc).__name__}: {exc}")
    else:
        _mailbox.answered.emit(owner, number, comparison)


class SidePicker(QComboBox):
    """The schedules one side can be: main, each scenario, each published version."""

    def set_choices(self, scenarios: list[str], versions: list[tuple[int, str]],
                    chosen: SideRef | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Main schedule"), SideRef("main"))
        for name in scenarios:
            self.addItem(self.tr("Scenario: {name}").format(name=name), SideRef("scenario", name=name))
        for number, note in versions:
            text = self.tr("Version {number}").format(number=number)
            self.addItem(f"{text} — {note}" if note else text, SideRef("version", number=number))
        index = next((i for i in range(self.count()) if self.itemData(i) == chosen), 0)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def ref(self) -> SideRef:
        return self.currentData()

    def choose(self, ref: SideRef) -> bool:
        index = next((i for i in range(self.count()) if self.itemData(i) == ref), -1)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


class SideBox(QGroupBox):
    """One side's totals and its hard violations."""

    def __init__(self, letter: str, parent=None):
        super().__init__(parent)
        self.letter = letter
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.hard = QListWidget()
        self.hard.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.hard, 1)

    def show_side(self, side, name: str, state=None) -> None:
        """``state``: the window's, whose names (Chinese in Chinese) word the findings."""
        self.setTitle(f"{self.letter}: {name}")
        count = len(side.hard)
        colour = HARD_TEXT.name() if count else "#1b5e20"
        self.totals.setText(
            self.tr("Total cost <b>{cost}</b> · <span style='color:{colour}'><b>{count}</b> hard "
                    "violation(s)</span> · {placed} sessions placed").format(
                cost=f"{side.total_cost:,}", colour=colour, count=count, placed=len(side.schedule)))
        self.hard.clear()
        for v in side.hard:
            self.hard.addItem(f"[{rule_name(v.rule)}] {finding_text(v, state)}")
            self.hard.item(self.hard.count() - 1).setForeground(QBrush(HARD_TEXT))
        if not count:
            self.hard.addItem(self.tr("No hard violations."))


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class CompareDialog(QDialog):
    """Pick A and B; see them side by side. ``comparison`` is the last result shown."""

    compared = Signal(object)  # the Comparison, once shown

    def __init__(self, project, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare schedules"))
        self.project, self.language = project, language
        self.comparison = None
        self.id, self.number = next(_ids), 0  # of this dialog, of its latest job
        self.running = False
        self._again = False  # the choice changed while a job ran
        self._listen()
        self.a, self.b = SidePicker(), SidePicker()
        swap = QPushButton(self.tr("Swap"))
        swap.clicked.connect(self.swap)
        self.status = QLabel()
        pickers = QHBoxLayout()
        for text, picker in ((self.tr("A:"), self.a), (self.tr("B:"), self.b)):
            pickers.addWidget(QLabel(text))
            pickers.addWidget(picker, 1)
        pickers.addWidget(swap)
        self.side_a, self.side_b = SideBox("A"), SideBox("B")
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.side_a, 0, 0)
        grid.addWidget(self.side_b, 0, 1)
        self.costs = self._table((self.tr("Rule"), self.tr("A"), self.tr("B"),
                                  self.tr("Difference (B − A)")), stretch=(0,))
        self.moves = self._table((self.tr("Session"), self.tr("Change"), self.tr("A"),
                                  self.tr("B")), stretch=(0, 2, 3))
        self.moves.setWordWrap(True)
        self.moves_title = QLabel()
        moved = QWidget()
        moved_layout = QVBoxLayout(moved)
        moved_layout.setContentsMargins(0, 0, 0, 0)
        moved_layout.addWidget(self.moves_title)
        moved_layout.addWidget(self.moves, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (sides, self.costs, moved):
            splitter.addWidget(widget)
        splitter.setSizes([220, 220, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.a.currentIndexChanged.connect(self.recompare)
        self.b.currentIndexChanged.connect(self.recompare)
        self.resize(1150, 780)

    def _table(self, headers, stretch: tuple[int, ...]) -> QTableWidget:
        """A read-only table; the ``stretch`` columns share the width, the others fit."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- choosing -------------------------------------------------------------------------------

    def set_choices(self, scenarios: list[str], versions: list[tuple[int, str]],
                    a: SideRef, b: SideRef) -> None:
        """Offer these schedules, pick ``a`` and ``b``, and compare them."""
        self.a.set_choices(scenarios, versions, a)
        self.b.set_choices(scenarios, versions, b)
        self.recompare()

    def swap(self) -> None:
        a, b = self.a.ref(), self.b.ref()
        self.a.blockSignals(True)
        self.a.choose(b)
        self.a.blockSignals(False)
        self.b.choose(a)  # compares

    def recompare(self) -> None:
        """Compare the chosen sides in the background (one job at a time: a choice made while
        one runs is compared when it ends, and the older answer is dropped)."""
        if self.running:
            self._again = True
            return
        self.number += 1
        self.running = True
        self.status.setText(self.tr("Comparing…"))
        _reading.submit(_compare, self.id, self.number, self.project, self.a.ref(), self.b.ref())

    @property
    def busy(self) -> bool:
        return self.running

    def _listen(self) -> None:
        global _mailbox
        if _mailbox is None:
            _mailbox = _Mailbox()
        _mailbox.answered.connect(self._answered)
        _mailbox.refused.connect(self._refused)
        _mailbox.failed.connect(self._failed)

    def _latest(self, owner: int, number: int) -> bool:
        """Whether an answer is to this dialog's job, and the latest choice is what it answers
        (otherwise the choice made meanwhile is compared now)."""
        if owner != self.id or number != self.number or not self.running:
            return False
        self.running = False
        if self._again:
            self._again = False
            self.recompare()
            return False
        return True

    @Slot(int, int, object)
    def _answered(self, owner: int, number: int, comparison) -> None:
        if self._latest(owner, number):
            self._show(comparison)

    @Slot(int, int, str)
    def _refused(self, owner: int, number: int, message: str) -> None:
        if self._latest(owner, number):
            self.status.setText(message)

    @Slot(int, int, str)
    def _failed(self, owner: int, number: int, message: str) -> None:
        if self._latest(owner, number):
            self.status.setText(self.tr("The comparison failed: {message}").format(
                message=message))

    # -- showing --------------------------------------------------------------------------------

    def _show(self, comparison) -> None:
        self.comparison = comparison
        state = getattr(self.parentWidget(), "state", None)
        self.side_a.show_side(comparison.a, self.a.currentText(), state)
        self.side_b.show_side(comparison.b, self.b.currentText(), state)
        difference = comparison.cost_difference
        self.status.setText(self.tr("B costs {difference:+,} against A; {moved} session(s) placed "
                                    "differently.").format(difference=difference,
                                                           moved=len(comparison.moves)))
        self._fill_costs(comparison)
        self._fill_moves(comparison)
        self.compared.emit(comparison)

    def _fill_costs(self, comparison) -> None:
        rows = sorted(comparison.costs(), key=lambda c: c.difference == 0)  # changes first
        self.costs.setRowCount(0)
        self.costs.setRowCount(len(rows) + 1)
        for row, cost in enumerate(rows):
            self._cost_row(row, cost.rule.replace("_", " "), cost.a, cost.b)
        total = len(rows)
        self._cost_row(total, self.tr("Total"), comparison.a.total_cost, comparison.b.total_cost)
        bold = QFont(self.costs.font())
        bold.setBold(True)
        for column in range(4):
            self.costs.item(total, column).setFont(bold)

    def _cost_row(self, row: int, rule: str, a: int, b: int) -> None:
        difference = b - a
        cells = (_item(rule), _item(f"{a:,}", True), _item(f"{b:,}", True),
                 _item(f"{difference:+,}" if difference else "0", True))
        if difference:
            cells[3].setBackground(WORSE if difference > 0 else BETTER)
        for column, cell in enumerate(cells):
            self.costs.setItem(row, column, cell)

    def _fill_moves(self, comparison) -> None:
        words = {"moved": self.tr("moved"), "newly placed": self.tr("newly placed"),
                 "unplaced": self.tr("unplaced")}
        self.moves_title.setText(self.tr("%n session(s) placed differently", "",
                                         len(comparison.moves)))
        self.moves.setRowCount(0)  # refilling rows in place re-measured every row: 10 times slower
        self.moves.setRowCount(len(comparison.moves))
        for row, move in enumerate(comparison.moves):
            title = move.title_zh if self.language == "zh" and move.title_zh else move.title
            kinds = ", ".join(c.kind.replace("_", " ") for c in move.changes)
            what = words.get(move.what, move.what) + (f" ({kinds})" if kinds and
                                                      move.what == "moved" else "")
            cells = (_item(title), _item(what), _item(f"{move.before_when}\n{move.before_where}"),
                     _item(f"{move.after_when}\n{move.after_where}"))
            for column, cell in enumerate(cells):
                self.moves.setItem(row, column, cell)
            self.moves.item(row, 0).setToolTip(move.key)
        self.moves.resizeRowsToContents()
