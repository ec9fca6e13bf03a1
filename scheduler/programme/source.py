"""The programme of a project file: its snapshot, its stored schedule and its Chinese names."""

from __future__ import annotations

from sqlmodel import select

from ..domain import models as m
from ..errors import SlotwiseError
from ..names import chinese_names
from ..project import Project
from ..snapshot import snapshot, stored_schedule
from .model import Names, Programme, build_programme

def read_names(project: Project) -> Names:
    """The Chinese names, channel platforms and the event's Chinese name."""
    zh = chinese_names(project)
    with project.transaction() as db:
        platform = dict(db.exec(select(m.Channel.key, m.Channel.platform)).all())
        event_zh = db.get(m.Event, 1).name_zh
    return Names(zh=zh, platform=platform, event_zh=event_zh)


def read_programme(project: Project, language: str) -> Programme:
    """The programme of the stored schedule; SlotwiseError when nothing is scheduled."""
    problem = snapshot(project)
    programme = build_programme(problem, stored_schedule(project, problem), read_names(project),
                                language)
    if not programme.pages:
        raise SlotwiseError(f"{project.path.name}: nothing is scheduled yet (solve first), "
                            "so there is no programme to print")
    return programme
