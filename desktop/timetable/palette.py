"""Colours and markers of the timetable: one colour per track, badges for mode and needs."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Distinct, print-friendly hues (Tableau 20-like); more tracks cycle with a lighter shade.
BASE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#e15759", "#9c755f",
        "#bab0ac", "#86bcb6", "#d37295", "#8cd17d", "#a0cbe8", "#ffbe7d", "#499894", "#f1ce63",
        "#79706e", "#d4a6c8", "#b6992d", "#ff9d9a")
NO_TRACK = QColor("#c8c8c8")
HARD = QColor("#d62728")
SOFT = QColor("#e6a000")
SELECTED = QColor("#1f3a93")
UNAVAILABLE = QColor(120, 120, 120, 150)
OUT_OF_HOURS = QColor("#eceef1")
IN_HOURS = QColor("#ffffff")

MODE_BADGES = {"on_site": "SITE", "online": "WEB", "hybrid": "HYB"}
MODE_TIPS = {"on_site": "on-site", "online": "online", "hybrid": "hybrid (on site and online)"}
INTERPRETATION_BADGE = "译"


def track_colours(tracks: tuple[str, ...]) -> dict[str, QColor]:
    """A colour for every track, stable for a given set of tracks (sorted by name)."""
    out = {}
    named = [t for t in tracks if t]
    for i, track in enumerate(named):
        colour = QColor(BASE[i % len(BASE)])
        out[track] = colour.lighter(100 + 25 * (i // len(BASE)))
    out[""] = NO_TRACK
    return out


def fill_of(colour: QColor, twin: bool = False) -> QColor:
    """The block's fill: a pale version of the track colour (paler for a hybrid's channel twin)."""
    fill = QColor(colour)
    fill.setHsl(max(0, fill.hslHue()), min(fill.hslSaturation(), 170), 228 if twin else 212)
    return fill


def readable_on(colour: QColor) -> QColor:
    return QColor("#101418") if colour.lightness() > 140 else QColor("#ffffff")
