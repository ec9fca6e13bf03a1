"""Build the problem snapshot from a project, and write a schedule back.

This is the only place where the solver's world meets the database: one read
in, one transaction out.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import select

from .domain import models as m
from .domain.enums import SessionStatus, SessionWindowKind, WindowKind
from .problem import (ChannelInfo, CityInfo, GroupInfo, Participation, PersonInfo, Placement,
                      PlaceRuleInfo, Problem, RelationInfo, ResourceInfo, RoomInfo, Schedule,
                      SessionInfo, Span, event_info)
from .project import Changes, Project
from .weights import effective_weights


def snapshot(project: Project) -> Problem:
    with project.transaction() as db:
        return _Reader(db).problem()


class _Reader:
    def __init__(self, db):
        self.db = db
        event = db.get(m.Event, 1)
        self.event = event_info(event.name_en, event.timezone, event.start_date, event.day_count,
                                event.day_start, event.day_end, event.granularity_minutes)
        self.weights = effective_weights(event.weights)
        self.keys = {model: {row.id: row.key for row in db.exec(select(model)).all()}
                     for model in (m.City, m.Venue, m.Room, m.Channel, m.Person, m.Group,
                                   m.Resource, m.Session)}
        self.windows = defaultdict(list)
        for w in db.exec(select(m.Window).order_by(m.Window.start)).all():
            for owner in ("room", "channel", "person", "group", "resource"):
                owner_id = getattr(w, f"{owner}_id")
                if owner_id is not None:
                    self.windows[(owner, owner_id)].append(w)
        self.place_rules = defaultdict(list)
        for rule in db.exec(select(m.PlaceRule).order_by(m.PlaceRule.id)).all():
            owner = ("session", rule.session_id) if rule.session_id else ("person", rule.person_id)
            self.place_rules[owner].append(self.place_rule(rule))

    def rows(self, model):
        return self.db.exec(select(model).order_by(*model.__table__.primary_key.columns)).all()

    def span(self, start, end) -> Span:
        epoch = self.event.epoch
        return Span(round((start - epoch).total_seconds() / 60), round((end - epoch).total_seconds() / 60))

    def spans(self, owner: str, owner_id: int, kind: WindowKind) -> tuple[Span, ...]:
        return tuple(self.span(w.start, w.end) for w in self.windows[(owner, owner_id)]
                     if w.kind == kind.value)

    def place_rule(self, rule: m.PlaceRule) -> PlaceRuleInfo:
        for target, model in (("city", m.City), ("venue", m.Venue), ("room", m.Room),
                              ("channel", m.Channel)):
            target_id = getattr(rule, f"{target}_id")
            if target_id is not None:
                return PlaceRuleInfo(rule.kind, target, self.keys[model][target_id])
        return PlaceRuleInfo(rule.kind, "room_tag", rule.room_tag or "")

    def problem(self) -> Problem:
        return Problem(
            event=self.event,
            cities=tuple(CityInfo(c.key, c.name_en) for c in self.rows(m.City)),
            travel=tuple((self.keys[m.City][t.from_city_id], self.keys[m.City][t.to_city_id], t.minutes)
                         for t in self.rows(m.TravelTime)),
            rooms=self.rooms(), channels=self.channels(), people=self.people(),
            groups=self.groups(), resources=self.resources(), sessions=self.sessions(),
            relations=self.relations(), weights=tuple(sorted(self.weights.items())))

    def rooms(self) -> tuple[RoomInfo, ...]:
        venues = {v.id: v for v in self.rows(m.Venue)}
        return tuple(RoomInfo(
            key=r.key, name=r.name_en, venue=venues[r.venue_id].key,
            venue_name=venues[r.venue_id].name_en, city=self.keys[m.City][venues[r.venue_id].city_id],
            seats=r.seats, features=frozenset(r.features), tags=frozenset(r.tags),
            changeover=r.changeover_minutes,
            unavailable=self.spans("room", r.id, WindowKind.UNAVAILABLE)) for r in self.rows(m.Room))

    def channels(self) -> tuple[ChannelInfo, ...]:
        return tuple(ChannelInfo(
            key=c.key, name=c.name_en, capacity=c.viewer_capacity, changeover=c.changeover_minutes,
            unavailable=self.spans("channel", c.id, WindowKind.UNAVAILABLE)) for c in self.rows(m.Channel))

    def people(self) -> tuple[PersonInfo, ...]:
        return tuple(PersonInfo(
            key=p.key, name=p.name_en, home_timezone=p.home_timezone,
            unavailable=self.spans("person", p.id, WindowKind.UNAVAILABLE),
            preferred=self.spans("person", p.id, WindowKind.PREFERRED),
            undesired=self.spans("person", p.id, WindowKind.UNDESIRED),
            place_rules=tuple(self.place_rules[("person", p.id)])) for p in self.rows(m.Person))

    def groups(self) -> tuple[GroupInfo, ...]:
        members = defaultdict(list)
        for link in self.rows(m.GroupMember):
            members[link.group_id].append(self.keys[m.Person][link.person_id])
        return tuple(GroupInfo(
            key=g.key, name=g.name_en, size=g.size, members=tuple(members[g.id]),
            unavailable=self.spans("group", g.id, WindowKind.UNAVAILABLE)) for g in self.rows(m.Group))

    def resources(self) -> tuple[ResourceInfo, ...]:
        return tuple(ResourceInfo(
            key=r.key, name=r.name_en, capacity=r.capacity,
            unavailable=self.spans("resource", r.id, WindowKind.UNAVAILABLE),
            capacity_windows=tuple((self.span(w.start, w.end), w.capacity or 0)
                                   for w in self.windows[("resource", r.id)]
                                   if w.kind == WindowKind.CAPACITY.value))
            for r in self.rows(m.Resource))

    def sessions(self) -> tuple[SessionInfo, ...]:
        people, attends, interested, resources, windows = (defaultdict(list) for _ in range(5))
        for link in self.rows(m.SessionPerson):
            people[link.session_id].append(
                Participation(self.keys[m.Person][link.person_id], link.role, link.presence))
        for link in self.rows(m.GroupSession):
            target = attends if link.attendance == "attends" else interested
            target[link.session_id].append(self.keys[m.Group][link.group_id])
        for link in self.rows(m.SessionResource):
            resources[link.session_id].append((self.keys[m.Resource][link.resource_id], link.amount))
        for w in self.db.exec(select(m.SessionWindow).order_by(m.SessionWindow.start)).all():
            windows[(w.session_id, w.kind)].append(self.span(w.start, w.end))
        days = {day.isoformat(): i for i, day in enumerate(self.event.days)}
        out = []
        for s in self.rows(m.Session):
            if s.status == SessionStatus.CANCELLED.value:
                continue
            out.append(SessionInfo(
                key=s.key, uid=s.uid, title=s.title_en, kind=s.kind, mode=s.delivery_mode,
                duration=s.duration_minutes, expected_onsite=s.expected_onsite,
                expected_online=s.expected_online, required_features=frozenset(s.required_features),
                allowed_days=(tuple(sorted(days[d] for d in s.allowed_days if d in days)) or (-1,))
                if s.allowed_days else (),
                allowed=tuple(windows[(s.id, SessionWindowKind.ALLOWED.value)]),
                preferred=tuple(windows[(s.id, SessionWindowKind.PREFERRED.value)]),
                undesired=tuple(windows[(s.id, SessionWindowKind.UNDESIRED.value)]),
                prohibited=tuple(windows[(s.id, SessionWindowKind.PROHIBITED.value)]),
                language=s.language, interpretation=s.interpretation, track=s.track,
                tags=frozenset(s.tags), target_timezones=tuple(s.target_timezones),
                optional=s.optional, people=tuple(people[s.id]), attends=tuple(attends[s.id]),
                interested=tuple(interested[s.id]), resources=tuple(resources[s.id]),
                place_rules=tuple(self.place_rules[("session", s.id)]),
                pin_room=self.keys[m.Room].get(s.pin_room_id),
                pin_channel=self.keys[m.Channel].get(s.pin_channel_id),
                pin_start=self.span(s.pin_start, s.pin_start).start if s.pin_start else None))
        return tuple(out)

    def relations(self) -> tuple[RelationInfo, ...]:
        sessions = self.keys[m.Session]
        return tuple(RelationInfo(r.kind, sessions[r.first_id], sessions[r.second_id], r.min_gap_minutes)
                     for r in self.rows(m.Relation))


def stored_schedule(project: Project, problem: Problem) -> Schedule:
    """The schedule stored in the project, for the sessions of the problem."""
    with project.transaction() as db:
        keys = _keys(db, m.Session)
        rooms = _keys(db, m.Room)
        channels = _keys(db, m.Channel)
        out = {}
        for a in db.exec(select(m.Assignment)).all():
            key = keys[a.session_id]
            if key in problem.session:
                out[key] = Placement(key, problem.minute(a.start), rooms.get(a.room_id),
                                     channels.get(a.channel_id))
        return out


def _keys(db, table) -> dict[int, str]:
    """Row id -> key of a table, reading only those two columns (no whole rows)."""
    return dict(db.exec(select(table.id, table.key)).all())


def save_schedule(project: Project, problem: Problem, schedule: Schedule) -> Changes:
    """Replace the stored schedule with ``schedule``, in one transaction."""
    with project.transaction() as db:
        sessions, rooms, channels = ({key: id_ for id_, key in _keys(db, table).items()}
                                     for table in (m.Session, m.Room, m.Channel))
        for old in db.exec(select(m.Assignment)).all():
            db.delete(old)
        db.flush()
        for p in schedule.values():
            db.add(m.Assignment(session_id=sessions[p.session], room_id=rooms.get(p.room),
                                channel_id=channels.get(p.channel), start=problem.moment(p.start)))
    return Changes.of(m.Assignment)


def previous_schedule(project: Project, problem: Problem) -> Schedule:
    """What a re-solve keeps stable: the last published version if any, else the stored schedule."""
    published = published_schedule(project, problem)
    return published if published is not None else stored_schedule(project, problem)


def published_schedule(project: Project, problem: Problem) -> Schedule | None:
    """The placements of the latest published version, or None when nothing was published."""
    with project.transaction() as db:
        latest = db.exec(select(m.Version).order_by(m.Version.number.desc())).first()
        if latest is None:
            return None
        keys = {s.uid: s.key for s in db.exec(select(m.Session)).all()}
        out = {}
        for entry in db.exec(select(m.VersionEntry).where(m.VersionEntry.version_id == latest.id)).all():
            key = keys.get(entry.session_uid)
            if key in problem.session and entry.start is not None \
                    and entry.status != SessionStatus.CANCELLED.value:
                out[key] = Placement(key, problem.minute(entry.start), entry.room_key, entry.channel_key)
        return out
