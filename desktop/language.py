"""Names in the organiser's language: English, or Chinese where the data has a Chinese name.

The views show a session's title, a room's, venue's, city's, channel's or person's name as the
main line and the name in the other language as a second line (``Names.chinese``). For
Chinese, ``localise`` swaps the two in a copy of the state: the main names become the Chinese
ones (English where there is none) and the second line the English ones. Keys, times and
findings stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .settings import LANGUAGES
from .timetable.state import ScheduleState


def localise(state: ScheduleState, language: str) -> ScheduleState:
    """The state with its names in ``language`` ("en" leaves it as it is)."""
    if language != "zh":
        return state
    problem, chinese = state.problem, state.names.zh

    def pick(kind: str, key: str, english: str) -> str:
        return chinese.get((kind, key)) or english

    english: dict[tuple[str, str], str] = {}
    for kind, key, name in _english_names(state):
        if (kind, key) in chinese:
            english[(kind, key)] = name
    localised = replace(
        problem,
        sessions=tuple(replace(s, title=pick("session", s.key, s.title)) for s in problem.sessions),
        rooms=tuple(replace(r, name=pick("room", r.key, r.name),
                            venue_name=pick("venue", r.venue, r.venue_name)) for r in problem.rooms),
        channels=tuple(replace(c, name=pick("channel", c.key, c.name)) for c in problem.channels),
        cities=tuple(replace(c, name=pick("city", c.key, c.name)) for c in problem.cities),
        people=tuple(replace(p, name=pick("person", p.key, p.name)) for p in problem.people))
    return replace(state, problem=localised, names=replace(state.names, zh=english))


def _english_names(state: ScheduleState):
    problem = state.problem
    yield from (("session", s.key, s.title) for s in problem.sessions)
    yield from (("room", r.key, r.name) for r in problem.rooms)
    yield from (("venue", r.venue, r.venue_name) for r in problem.rooms)
    yield from (("channel", c.key, c.name) for c in problem.channels)
    yield from (("city", c.key, c.name) for c in problem.cities)
    yield from (("person", p.key, p.name) for p in problem.people)


def language_menu(menu: QMenu, current: str, choose) -> dict[str, QAction]:
    """A Language submenu of ``menu`` with one checkable action per language; ``choose(code)``
    is called when the organiser picks one. Each language is named in itself ("中文"), so the
    organiser finds the way back whatever the window speaks."""
    submenu = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(submenu)
    group.setExclusive(True)
    actions = {}
    for code, text in LANGUAGES.items():
        act = QAction(text, submenu, checkable=True, checked=code == current)
        act.triggered.connect(lambda _=False, c=code: choose(c))
        group.addAction(act)
        submenu.addAction(act)
        actions[code] = act
    return actions
