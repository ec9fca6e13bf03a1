"""The words on and around a block: titles, time, place, attendance, badges, tooltip."""

from __future__ import annotations

from html import escape

from scheduler.problem import Placement
from scheduler.validator import Violation

from . import palette
from .state import MODE_WORDS, ScheduleState


def attendance(onsite: int, online: int) -> str:
    parts = [f"{onsite:,} on site" if onsite else "", f"{online:,} online" if online else ""]
    return " · ".join(p for p in parts if p)


def place_words(state: ScheduleState, placement: Placement) -> str:
    rooms, channels = state.problem.room, state.problem.channel
    parts = []
    if placement.room in rooms:
        room = rooms[placement.room]
        parts.append(f"{room.name}, {room.venue_name}")
    if placement.channel in channels:
        parts.append(channels[placement.channel].name)
    return " + ".join(parts) or "no place"


def block_texts(state: ScheduleState, placement: Placement, kind: str) -> dict:
    """The texts of the block of ``placement`` in its room (kind "room") or channel (its
    tooltip is written when it is asked for: ``tooltip``)."""
    info = state.problem.session[placement.session]
    end = placement.start + info.duration
    twin_of = ""
    if info.mode == "hybrid":
        other = (state.problem.channel.get(placement.channel) if kind == "room"
                 else state.problem.room.get(placement.room))
        twin_of = f"{'+ ' if kind == 'room' else 'in '}{other.name}" if other else ""
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
    facts = [info.kind.replace("_", " "), MODE_WORDS.get(info.mode, info.mode),
             f"{info.duration} min", attendance(info.expected_onsite, info.expected_online)]
    if info.interpretation:
        facts.append("interpretation")
    if info.pin_room or info.pin_channel or info.pin_start is not None:
        facts.append("pinned")
    if info.track:
        facts.append(f"track {escape(info.track)}")
    lines.append(" · ".join(f for f in facts if f))
    for v in findings:
        colour = palette.HARD.name() if v.severity == "hard" else palette.SOFT.darker(130).name()
        cost = f" (cost {v.cost})" if v.cost else ""
        lines.append(f"<span style='color:{colour}'><b>{v.severity}: {v.rule}</b></span>"
                     f" — {escape(v.message)}{cost}")
    return "<br>".join(lines)
