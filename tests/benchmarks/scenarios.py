"""The re-solve scenarios of the engine benchmark, as changes to a solved sample project."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from scheduler.domain import models as m
from scheduler.problem import Problem, Schedule
from scheduler.snapshot import snapshot
from scheduler.validator import validate


def keynote_speaker_late(project, schedule: Schedule) -> None:
    """A keynote speaker on day 1 arrives 3 hours late: unavailable for the first 3 hours.

    The speaker is the first one (by the keynote's start) who has no pinned session,
    since a pinned session of the speaker could not move at all.
    """
    problem = snapshot(project)
    pinned = {x.person for s in problem.sessions if s.pin_start is not None for x in s.people}
    late_until = problem.event.hours[0].start + 180
    keynotes = sorted((p for p in schedule.values() if problem.day_of(p.start) == 0
                       and problem.session[p.session].kind == "keynote"),
                      key=lambda p: (p.start >= late_until, p.start))
    speaker = next(x.person for p in keynotes for x in problem.session[p.session].people
                   if x.person not in pinned)
    with project.transaction() as db:
        person = db.exec(select(m.Person).where(m.Person.key == speaker)).one()
        opening = problem.moment(problem.event.hours[0].start)
        db.add(m.Window(person_id=person.id, kind="unavailable", start=opening,
                        end=opening + timedelta(hours=3), note="flight late"))


def taian_room_lost(project, schedule: Schedule) -> None:
    """Tai'an's largest room in use on day 2 is lost for the whole of that day."""
    problem = snapshot(project)
    used = {p.room for p in schedule.values() if p.room and problem.day_of(p.start) == 1}
    room = max((r for r in problem.rooms if r.city == "taian" and r.key in used), key=lambda r: r.seats)
    with project.transaction() as db:
        row = db.exec(select(m.Room).where(m.Room.key == room.key)).one()
        hours = problem.event.hours[1]
        db.add(m.Window(room_id=row.id, kind="unavailable", start=problem.moment(hours.start),
                        end=problem.moment(hours.end), note="hall lost"))


def forum_goes_online(project, schedule: Schedule) -> None:
    """The first scheduled on-site or hybrid forum becomes online-only."""
    problem = snapshot(project)
    forum = min((p for p in schedule.values() if problem.session[p.session].kind == "forum"
                 and problem.session[p.session].needs_room), key=lambda p: p.start)
    s = problem.session[forum.session]
    project.update(m.Session, s.key, delivery_mode="online", expected_onsite=0,
                   expected_online=s.expected_online + s.expected_onsite, required_features=[])


def extra_b2b_sessions(project, schedule: Schedule) -> None:
    """Fifteen more online B2B matchmaking sessions are added."""
    zones = ["Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh", "Asia/Kuala_Lumpur", "Asia/Manila"]
    project.add(*[m.Session(key=f"extra-b2b-{i}", title_en=f"Extra B2B Matchmaking {i + 1}",
                            title_zh=f"加场对接会{i + 1}", kind="b2b", delivery_mode="online",
                            duration_minutes=60, expected_online=80, track="B2B",
                            target_timezones=[zones[i % len(zones)]]) for i in range(15)])


SCENARIOS = {
    "keynote speaker 3 h late": keynote_speaker_late,
    "Tai'an's largest room lost on day 2": taian_room_lost,
    "a forum goes online-only": forum_goes_online,
    "15 extra B2B sessions": extra_b2b_sessions,
}


def moved(before: Schedule, after: Schedule) -> set[str]:
    """Sessions of ``before`` placed differently (or not at all) in ``after``."""
    return {key for key, placed in before.items() if after.get(key) != placed}


def forced(problem: Problem, before: Schedule) -> set[str]:
    """Sessions whose old placement breaks a hard rule of the changed problem."""
    kept = {key: placed for key, placed in before.items() if key in problem.session}
    culprits = set()
    for v in validate(problem, kept).hard:
        if v.rule != "scheduled_once":
            culprits.update(v.sessions if len(v.sessions) == 1 or v.rule in (
                "room_suitable", "channel_suitable", "place_matches_mode", "availability") else v.sessions[:1])
    return culprits | (set(before) - set(problem.session))
