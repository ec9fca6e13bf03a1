"""The review of a re-solve before it is stored: what the solver moved, placed and left out.

"Re-solve around my changes" keeps the pins and the published (or current) schedule as far as
it can; this dialog shows, before anything is stored, every session whose day, time or place
would change — before and after — with the counts and the change in soft cost (the
validator's, on the same problem and previous schedule for both). "Accept all" stores the new
schedule as one undo step; "Reject" stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from scheduler.problem import Placement, Problem, Schedule

from .timetable.state import local_words

MOVED, PLACED, UNPLACED = "moved", "placed", "unplaced"


@dataclass(frozen=True)
class Change:
    session: str
    title: str
    kind: str  # MOVED, PLACED or UNPLACED
    before: Placement | None
    after: Placement | None


@dataclass(frozen=True)
class Review:
    changes: tuple[Change, ...]
    cost_before: int
    cost_after: int

    def count(self, kind: str) -> int:
        return sum(c.kind == kind for c in self.changes)

    @property
    def cost_change(self) -> int:
        return self.cost_after - self.cost_before


def changes(problem: Problem, before: Schedule, after: Schedule) -> tuple[Change, ...]:
    """Every session whose placement differs, in the order of the problem's sessions."""
    out = []
    for info in problem.sessions:
        old, new = before.get(info.key), after.get(info.key)
        if old == new:
            continue
        kind = MOVED if old and new else PLACED if new else UNPLACED
        out.append(Change(info.key, info.title, kind, old, new))
    return tuple(out)


def where_words(problem: Problem, placement: Placement | None, names: Problem | None = None) -> str:
    """'Fri 28 May 10:30 · Hall A + Main Stream' (names from ``names``, the shown language)."""
    if placement is None:
        return "—"
    shown = names or problem
    day, clock = local_words(problem, placement.start)
    places = [shown.room[placement.room].name if placement.room in shown.room else placement.room,
              shown.channel[placement.channel].name if placement.channel in shown.channel
              else placement.channel]
    return f"{day} {clock} · " + " + ".join(p for p in places if p)


class ReviewDialog(QDialog):
    """Before/after of every change; Accept all (accept) or Reject (reject)."""

    def __init__(self, problem: Problem, review: Review, shown: Problem | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.review = review
        self.setWindowTitle(self.tr("Review the re-solve"))
        self.summary = QLabel(self._summary(), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.table = QTableWidget(len(review.changes), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Change"),
                                              self.tr("Before"), self.tr("After")])
        kinds = {MOVED: self.tr("moved"), PLACED: self.tr("newly placed"),
                 UNPLACED: self.tr("left unplaced")}
        names = shown or problem
        for row, change in enumerate(review.changes):
            title = names.session[change.session].title if change.session in names.session \
                else change.title
            cells = (title, kinds[change.kind], where_words(problem, change.before, names),
                     where_words(problem, change.after, names))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(self.tr("&Accept all"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = self.buttons.addButton(self.tr("&Reject"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)

    def _summary(self) -> str:
        r = self.review
        change = r.cost_change
        cost = self.tr("soft cost {before:,} → {after:,} ({change:+,})").format(
            before=r.cost_before, after=r.cost_after, change=change)
        if not r.changes:
            return self.tr("<b>The re-solve moves nothing.</b> {cost}").format(cost=cost)
        return self.tr("<b>{moved} moved, {placed} newly placed, {unplaced} left unplaced.</b> "
                       "{cost}<br>Accept all to store the new schedule (one undo step), or reject "
                       "it to keep the schedule as it is.").format(
            moved=r.count(MOVED), placed=r.count(PLACED), unplaced=r.count(UNPLACED), cost=cost)
