"""“Move to…”: the keyboard's way to do what a drag does — day, start, room and/or channel, pin.

The start times come in the event's steps, so every choice is a snapped one; only the kinds of
place the session's delivery mode allows are offered (a hybrid session: a room and a channel).
The validator's verdict on the move is shown as the fields change (worked out in the background,
as while dragging). A forbidden move cannot be made with Move; "Place anyway" makes it on
purpose (organisers sometimes must), and the status bar then says what it breaks.

    dialog = MoveDialog(state, "opening", verdicts, parent)
    if dialog.exec(): editing.place(dialog.move(), anyway=dialog.forced)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QPushButton, QVBoxLayout, QWidget)

from scheduler.validator.moves import Move, Verdict

from .timetable.marker import ALLOWED, CHECKING, verdict_words
from .timetable.palette import HARD
from .timetable.state import ScheduleState, day_span, local_words
from .timetable.verdicts import MoveVerdicts


class MoveDialog(QDialog):
    """Choose where session ``key`` goes; ``move()`` is the choice, ``forced`` the verdict a
    "Place anyway" went against (None for an allowed move)."""

    def __init__(self, state: ScheduleState, key: str, verdicts: MoveVerdicts,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.key, self.verdicts = state, key, verdicts
        self.info = state.problem.session[key]
        self.verdict: Verdict | None = None
        self.forced: Verdict | None = None
        self.setWindowTitle(self.tr("Move to…"))
        self.day = QComboBox()
        self.start = QComboBox()
        self.room = QComboBox() if self.info.mode != "online" else None
        self.channel = QComboBox() if self.info.mode != "on_site" else None
        self.pin = QCheckBox(self.tr("&Pin it there"), checked=True)
        self.verdict_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.verdict_label.setMinimumWidth(600)  # a reason reads on two or three lines, not six
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Move"))
        self.anyway = QPushButton(self.tr("Place &anyway"))
        self.buttons.addButton(self.anyway, QDialogButtonBox.ButtonRole.ActionRole)
        self._fill()
        self._build_layout()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.anyway.clicked.connect(self._force)
        self.day.currentIndexChanged.connect(self._day_changed)
        for combo in (self.start, self.room, self.channel):
            if combo is not None:
                combo.currentIndexChanged.connect(self._changed)
        self.pin.toggled.connect(self._changed)
        verdicts.arrived.connect(self._arrived)
        self._changed()

    def _build_layout(self) -> None:
        form = QFormLayout()
        title = QLabel(f"<b>{self.info.title}</b>", textFormat=Qt.TextFormat.RichText)
        form.addRow(title)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Start"), self.start)
        if self.room is not None:
            form.addRow(self.tr("&Room"), self.room)
        if self.channel is not None:
            form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.buttons)

    # -- the choices ---------------------------------------------------------------------------

    def _fill(self) -> None:
        problem, placed = self.state.problem, self.state.schedule.get(self.key)
        info = self.info
        for day in range(len(problem.event.days)):
            self.day.addItem(self.state.day_name(day), day)
        start = placed.start if placed else info.pin_start
        day = problem.day_of(start) if start is not None else 0
        self.day.setCurrentIndex(max(0, min(day, self.day.count() - 1)))
        self._fill_times(keep=start if start is not None else problem.event.hours[day].start)
        rooms = [(f"{r.name} · {problem.city[r.city].name if r.city in problem.city else r.city}",
                  r.key) for r in problem.rooms]
        channels = [(c.name, c.key) for c in problem.channels]
        for combo, items, now in ((self.room, rooms, placed.room if placed else info.pin_room),
                                  (self.channel, channels,
                                   placed.channel if placed else info.pin_channel)):
            if combo is None:
                continue
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(now)))

    def _day_changed(self, *_args) -> None:
        self._fill_times()
        self._changed()

    def _fill_times(self, keep: int | None = None) -> None:
        """The starts of the chosen day in the event's steps (the clock chosen stays if it can)."""
        problem, day = self.state.problem, self.day.currentData()
        clock = self.start.currentText()
        span, step = day_span(self.state, day), problem.event.granularity
        first = -(-span.start // step) * step
        self.start.blockSignals(True)
        self.start.clear()
        for minute in range(first, span.end - self.info.duration + 1, step):
            self.start.addItem(local_words(problem, minute)[1], minute)
        at = self.start.findData(keep) if keep is not None else self.start.findText(clock)
        if at < 0:
            at = max(0, self.start.findData(problem.event.hours[day].start))
        self.start.setCurrentIndex(at)
        self.start.blockSignals(False)

    def move(self) -> Move:
        """The move chosen (only the places the session's mode allows)."""
        room = self.room.currentData() if self.room is not None else None
        channel = self.channel.currentData() if self.channel is not None else None
        return Move(self.key, self.start.currentData(), room, channel, self.pin.isChecked())

    # -- the verdict ---------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self.show_verdict(self.verdicts.verdict(self.move()))

    def _arrived(self, verdict: Verdict) -> None:
        if verdict.move == self.move():
            self.show_verdict(verdict)

    def show_verdict(self, verdict: Verdict | None) -> None:
        """Say it, and allow Move only for an allowed move, Place anyway only for a forbidden one."""
        self.verdict = verdict
        headline, detail = verdict_words(verdict, self.state)
        colour = CHECKING if verdict is None else ALLOWED if verdict.allowed else HARD
        self.verdict_label.setText(f"<b style='color:{colour.name()}'>{headline}</b>"
                                   + (f"<br>{_escape(detail)}" if detail else ""))
        self.ok.setEnabled(verdict is not None and verdict.allowed)
        self.anyway.setVisible(verdict is not None and not verdict.allowed)

    def _force(self) -> None:
        """Place anyway: accept, remembering the verdict the move goes against."""
        self.forced = self.verdict
        self.accept()

    @property
    def text(self) -> str:
        return self.verdict_label.text()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
