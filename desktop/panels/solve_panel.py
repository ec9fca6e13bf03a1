"""The solve dock: time limit, workers, stability, pins, Solve / Re-solve around my changes /
Cancel, status, and either the live chart or the explanation of why no schedule exists (with
links to what it names)."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from scheduler.problem import Problem
from scheduler.report import STATUS_WORDS
from scheduler.solver import Progress
from scheduler.weights import STABILITY_RULES

from ..solving import SolveOptions
from .explanation import ExplanationView, Names
from .progress_chart import ProgressChart

# the solve's status in words (scheduler.report.STATUS_WORDS), for the organiser's language
STATUS_TEXTS = {
    "optimal": QT_TRANSLATE_NOOP("SolvePanel", "optimal (proven best)"),
    "feasible": QT_TRANSLATE_NOOP("SolvePanel", "feasible"),
    "timed_out": QT_TRANSLATE_NOOP("SolvePanel", "time limit reached"),
    "stopped": QT_TRANSLATE_NOOP("SolvePanel", "stopped by the user"),
    "infeasible": QT_TRANSLATE_NOOP("SolvePanel", "infeasible (no schedule can satisfy every hard rule)"),
    "invalid": QT_TRANSLATE_NOOP("SolvePanel", "internal error"),
}
STABILITY_TIP = QT_TRANSLATE_NOOP("SolvePanel", "How much moving a session away from the last published (or stored) schedule "
                 "costs, against the other soft rules: 1× is the project's weights, 0× lets "
                 "sessions move freely, 5× holds them five times as hard. Only a re-solve keeps "
                 "a schedule stable, so this needs “Keep the current schedule stable”.")
RESOLVE_TIP = QT_TRANSLATE_NOOP("SolvePanel", "Solve again keeping the pins and what was published "
                                "(or, if nothing was, the current schedule) as far as possible, then "
                                "review what moved before anything is stored.")
PINS_TIP = QT_TRANSLATE_NOOP("SolvePanel", "Untick to let this solve move pinned sessions too (the pins stay stored; the "
            "conflicts list then shows the ones the new schedule does not keep).")
PINS_IGNORED = QT_TRANSLATE_NOOP("SolvePanel", "Pins were ignored for this solve; the conflicts "
                                 "list shows the pins it does not keep.")


def adjusted_problem(problem: Problem, options: SolveOptions) -> Problem:
    """The snapshot one solve works on: pins dropped unless kept, and on a re-solve the
    stability weights times ``options.stability``. The project itself is not changed."""
    if not options.keep_pins:
        problem = replace(problem, sessions=tuple(
            replace(s, pin_start=None, pin_room=None, pin_channel=None) for s in problem.sessions))
    if options.keep_stable and options.stability != 1:
        problem = replace(problem, weights=tuple(
            (rule, round(weight * options.stability) if rule in STABILITY_RULES else weight)
            for rule, weight in problem.weights))
    return problem


def blocking_findings(findings, options: SolveOptions) -> list:
    """The data check's errors that stop this solve (a broken pin does not when pins are off)."""
    return [f for f in findings if f.severity == "error"
            and (options.keep_pins or not f.code.startswith("pin-"))]


class SolvePanel(QWidget):
    solve_requested = Signal(object)  # SolveOptions
    resolve_requested = Signal()  # "Re-solve around my changes" (it reviews before storing)
    cancel_requested = Signal()
    subject_chosen = Signal(str, str)  # kind, key of a link in an explanation

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_options: SolveOptions | None = None  # of the solve started last
        self.time_limit = QDoubleSpinBox(minimum=1, maximum=3600, value=30, suffix=" s", decimals=0)
        self.workers = QSpinBox(minimum=1, maximum=max(1, os.cpu_count() or 1),
                                value=min(4, os.cpu_count() or 1))
        self.keep_stable = QCheckBox(self.tr("Keep the current schedule stable (re-solve)"))
        stability_tip = self.tr(STABILITY_TIP)
        self.stability = QDoubleSpinBox(minimum=0, maximum=5, value=1, singleStep=0.25, decimals=2,
                                        suffix=" ×", toolTip=stability_tip)
        self.stability_note = QLabel(self.tr("only on a re-solve"), styleSheet="color: #68717c;",
                                     toolTip=stability_tip)
        self.keep_pins = QCheckBox(self.tr("Keep pinned rooms and times"), checked=True,
                                   toolTip=self.tr(PINS_TIP))
        self.solve_button = QPushButton(self.tr("Solve"))
        self.resolve_button = QPushButton(self.tr("Re-solve around my changes…"),
                                          toolTip=self.tr(RESOLVE_TIP))
        self.cancel_button = QPushButton(self.tr("Cancel"), enabled=False)
        self.status = QLabel(self.tr("Ready."), wordWrap=True)
        self.chart = ProgressChart()
        self.explanation = ExplanationView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chart)
        self.pages.addWidget(self.explanation)
        self._build_layout()
        self.keep_stable.toggled.connect(self._update_stability)
        self._update_stability()
        self.solve_button.clicked.connect(lambda: self.solve_requested.emit(self.options()))
        self.resolve_button.clicked.connect(self.resolve_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.explanation.subject_chosen.connect(self.subject_chosen)

    def _build_layout(self) -> None:
        stability = QHBoxLayout()
        stability.addWidget(self.stability)
        stability.addWidget(self.stability_note)
        stability.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Time limit"), self.time_limit)
        form.addRow(self.tr("Workers"), self.workers)
        form.addRow(self.keep_stable)
        form.addRow(self.tr("Stability"), stability)
        form.addRow(self.keep_pins)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solve_button)
        buttons.addWidget(self.resolve_button)
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
        layout.addWidget(self.pages, 1)

    # -- options -------------------------------------------------------------------------------

    def options(self) -> SolveOptions:
        return SolveOptions(time_limit=self.time_limit.value(), workers=self.workers.value(),
                            keep_stable=self.keep_stable.isChecked(),
                            stability=self.stability.value(), keep_pins=self.keep_pins.isChecked())

    def show_options(self, options: SolveOptions) -> None:
        self.last_options = options
        self.time_limit.setValue(options.time_limit)
        self.workers.setValue(options.workers)
        self.keep_stable.setChecked(options.keep_stable)
        self.stability.setValue(options.stability)
        self.keep_pins.setChecked(options.keep_pins)

    def _update_stability(self, *_args) -> None:
        resolve = self.keep_stable.isChecked()
        self.stability.setEnabled(resolve and self.keep_stable.isEnabled())
        self.stability_note.setVisible(not resolve)

    # -- running -------------------------------------------------------------------------------

    def set_running(self, running: bool, limit: float = 0.0) -> None:
        self.solve_button.setEnabled(not running)
        self.resolve_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.time_limit, self.workers, self.keep_stable, self.keep_pins):
            widget.setEnabled(not running)
        self._update_stability()
        if running:
            self.chart.clear(limit)
            self.pages.setCurrentWidget(self.chart)
            self.status.setText(self.tr("Building the model…"))

    def show_progress(self, step: Progress) -> None:
        self.chart.add(step.elapsed, step.objective, step.bound)
        cost = "—" if step.objective is None else f"{step.objective:,.0f}"
        bound = "" if step.bound is None else self.tr(", bound {bound}").format(
            bound=f"{step.bound:,.0f}")
        self.status.setText(self.tr("Solving… {seconds:.1f} s: cost {cost}{bound} ({reports} reports)"
                                    ).format(seconds=step.elapsed, cost=cost, bound=bound,
                                             reports=step.solutions))

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping the search…"))

    # -- outcomes ------------------------------------------------------------------------------

    def show_outcome(self, status: str, text: str, explanation=None, names: Names | None = None,
                     state=None) -> None:
        """The end of a solve; an explanation (of an infeasible one) replaces the chart."""
        note = ("<br>" + self.tr(PINS_IGNORED) if self.last_options is not None
                and not self.last_options.keep_pins else "")
        if explanation is not None:
            self.explanation.show_explanation(explanation, names or {}, state)
            self.pages.setCurrentWidget(self.explanation)
            text = self.tr("See why on the right; the names are links.")
        words = self.tr(STATUS_TEXTS[status]) if status in STATUS_TEXTS else STATUS_WORDS.get(status, status)
        self.status.setText(f"<b>{words}</b><br>{text}{note}")

    def show_refusal(self, heading: str, findings, names: Names) -> None:
        """The data check's errors, with links, when they stop a solve from starting."""
        self.explanation.show_findings(heading, findings, names)
        self.pages.setCurrentWidget(self.explanation)
        self.status.setText(self.tr("<b>Not solved</b><br>{count} problem(s) in the data stop the "
                                    "solve: see them on the right (the names are links)."
                                    ).format(count=len(findings)))

    def show_message(self, text: str) -> None:
        self.status.setText(text)
