"""The words on and around a block: titles, time, place, attendance, badges, tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from scheduler.problem import Placement
from scheduler.validator import Violation

from ..display_words import rule_name, severity_word, value_word
from ..finding_words import finding_text
from . import palette
from .state import ScheduleState


def attendance(onsite: int, online: int) -> str:
    """E.g. "200 on site · 1,200 online" / "现场 200 人 · 线上 1,200 人"."""
    parts = [QCoreApplication.translate("BlockTexts", "{count} on site").format(count=f"{onsite:,}")
             if onsite else "",
             QCoreApplication.translate("BlockTexts", "{count} online").format(count=f"{online:,}")
             if online else ""]
    return " · ".join(p for p in parts if p)


def place_words(state: ScheduleState, placement: Placement) -> str:
    rooms, channels = state.problem.room, state.problem.channel
    parts = []
    if placement.room in rooms:
        room = rooms[placement.room]
        parts.append(f"{room.name}, {room.venue_name}")
    if placement.channel in channels:
        parts.append(channels[placement.channel].name)
    return " + ".join(parts) or QCoreApplication.translate("BlockTexts", "no place")


def block_texts(state: ScheduleState, placement: Placement, kind: str) -> dict:
    """The texts of the block of ``placement`` in its room (kind "room") or channel (its
    tooltip is written when it is asked for: ``tooltip``)."""
    info = state.problem.session[placement.session]
    end = placement.start + info.duration
    twin_of = ""
    if info.mode == "hybrid":
        other = (state.problem.channel.get(placement.channel) if kind == "room"
                 else state.problem.room.get(placement.room))
        twin_of = ((QCoreApplication.translate("BlockTexts", "+ {name}") if kind == "room" else
                    QCoreApplication.translate("BlockTexts", "in {name}")).format(name=other.name)
                   if other else "")
    badges = [palette.MODE_BADGES.get(info.mode, info.mode)]
    if info.interpretation:
        badges.append(palette.INTERPRETATION_BADGE)
    return {
        "title": info.title, "title_zh": state.names.chinese("session", info.key),
        "time": state.span_text(placement.start, end), "place": twin_of,
        "attendance": attendance(info.expected_onsite, info.expected_online),
        "badges": badges, "pinned": bool(info.pin_room or info.pin_channel or info.pin_start is not None),
    }


def tooltip(state: ScheduleState, placement: Placement | None, findings: tuple[Violation, ...],
            key: str | None = None) -> str:
    info = state.problem.session[placement.session if placement else key]
    lines = [f"<b>{escape(info.title)}</b>"]
    zh = state.names.chinese("session", info.key)
    if zh:
        lines.append(escape(zh))
    if placement is not None:
        day, clock = state.day_name(state.day_of(placement)), state.span_text(
            placement.start, placement.start + info.duration)
        lines.append(f"{day} {clock} · {escape(place_words(state, placement))}")
    facts = [value_word(info.kind), value_word(info.mode),
             QCoreApplication.translate("BlockTexts", "{minutes} min").format(minutes=info.duration),
             attendance(info.expected_onsite, info.expected_online)]
    if info.interpretation:
        facts.append(QCoreApplication.translate("BlockTexts", "interpretation"))
    if info.pin_room or info.pin_channel or info.pin_start is not None:
        facts.append(QCoreApplication.translate("BlockTexts", "pinned"))
    if info.track:
        facts.append(QCoreApplication.translate("BlockTexts", "track {track}").format(
            track=escape(info.track)))
    lines.append(" · ".join(f for f in facts if f))
    for v in findings:
        colour = palette.HARD.name() if v.severity == "hard" else palette.SOFT.darker(130).name()
        cost = QCoreApplication.translate("BlockTexts", " (cost {cost})").format(cost=v.cost) \
            if v.cost else ""
        lines.append(f"<span style='color:{colour}'><b>{severity_word(v.severity)}: "
                     f"{escape(rule_name(v.rule))}</b></span> — {escape(finding_text(v, state))}{cost}")
    return "<br>".join(lines)
