"""The solve dock: time limit, workers, stability, Solve/Cancel, status and the live chart."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from scheduler.report import STATUS_WORDS
from scheduler.solver import Progress

from ..solving import SolveOptions
from .progress_chart import ProgressChart


class SolvePanel(QWidget):
    solve_requested = Signal(object)  # SolveOptions
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.time_limit = QDoubleSpinBox(minimum=1, maximum=3600, value=30, suffix=" s", decimals=0)
        self.workers = QSpinBox(minimum=1, maximum=max(1, os.cpu_count() or 1),
                                value=min(4, os.cpu_count() or 1))
        self.keep_stable = QCheckBox("Keep the current schedule stable (re-solve)")
        self.solve_button = QPushButton("Solve")
        self.cancel_button = QPushButton("Cancel", enabled=False)
        self.status = QLabel("Ready.", wordWrap=True)
        self.chart = ProgressChart()
        form = QFormLayout()
        form.addRow("Time limit", self.time_limit)
        form.addRow("Workers", self.workers)
        form.addRow(self.keep_stable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solve_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 0)
        layout.addWidget(self.chart, 1)
        self.solve_button.clicked.connect(lambda: self.solve_requested.emit(self.options()))
        self.cancel_button.clicked.connect(self.cancel_requested)

    def options(self) -> SolveOptions:
        return SolveOptions(time_limit=self.time_limit.value(), workers=self.workers.value(),
                            keep_stable=self.keep_stable.isChecked())

    def show_options(self, options: SolveOptions) -> None:
        self.time_limit.setValue(options.time_limit)
        self.workers.setValue(options.workers)
        self.keep_stable.setChecked(options.keep_stable)

    def set_running(self, running: bool, limit: float = 0.0) -> None:
        self.solve_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.time_limit, self.workers, self.keep_stable):
            widget.setEnabled(not running)
        if running:
            self.chart.clear(limit)
            self.status.setText("Building the model…")

    def show_progress(self, step: Progress) -> None:
        self.chart.add(step.elapsed, step.objective, step.bound)
        cost = "—" if step.objective is None else f"{step.objective:,.0f}"
        bound = "" if step.bound is None else f", bound {step.bound:,.0f}"
        self.status.setText(f"Solving… {step.elapsed:.1f} s: cost {cost}{bound} "
                            f"({step.solutions} reports)")

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText("Stopping the search…")

    def show_outcome(self, status: str, text: str) -> None:
        self.status.setText(f"<b>{STATUS_WORDS.get(status, status)}</b><br>{text}")

    def show_message(self, text: str) -> None:
        self.status.setText(text)
