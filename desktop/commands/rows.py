"""Reading, writing and snapshotting rows by identity, for the undo commands.

A row is named by its ``key`` when its table has one, otherwise by its ``id`` (relations,
windows). Every write is one Project transaction. Snapshots are plain dicts, so a deleted row
and everything the database deleted with it can be put back exactly, with the same ids.
"""

from __future__ import annotations

import copy
import uuid
from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlmodel import SQLModel, select

from scheduler import Changes, DataError, NotFound, Project
from scheduler.domain import models as m
from scheduler.domain.rules import row_problems
from scheduler.project import label

Ident = str | int
Snapshot = tuple[type[SQLModel], dict]

TABLE_MODELS: dict[str, type[SQLModel]] = {
    value.__tablename__: value for value in vars(m).values()
    if isinstance(value, type) and issubclass(value, SQLModel) and hasattr(value, "__table__")}
INSERT_ORDER = [table.name for table in SQLModel.metadata.sorted_tables]

NOUNS = {  # singular, plural: how keys and new names say a kind of row (always English)
    m.Session: ("session", "sessions"), m.Person: ("person", "people"), m.Group: ("group", "groups"),
    m.City: ("city", "cities"), m.Venue: ("venue", "venues"), m.Room: ("room", "rooms"),
    m.Channel: ("channel", "channels"), m.Resource: ("resource", "resources"),
    m.Relation: ("relation", "relations"), m.Window: ("window", "windows"),
    m.TravelTime: ("travel time", "travel times"),
}
SHOWN_NOUNS = {  # singular, plural: how the undo steps and messages name a kind of row
    m.Session: (QT_TRANSLATE_NOOP("Rows", "session"), QT_TRANSLATE_NOOP("Rows", "sessions")),
    m.Person: (QT_TRANSLATE_NOOP("Rows", "person"), QT_TRANSLATE_NOOP("Rows", "people")),
    m.Group: (QT_TRANSLATE_NOOP("Rows", "group"), QT_TRANSLATE_NOOP("Rows", "groups")),
    m.City: (QT_TRANSLATE_NOOP("Rows", "city"), QT_TRANSLATE_NOOP("Rows", "cities")),
    m.Venue: (QT_TRANSLATE_NOOP("Rows", "venue"), QT_TRANSLATE_NOOP("Rows", "venues")),
    m.Room: (QT_TRANSLATE_NOOP("Rows", "room"), QT_TRANSLATE_NOOP("Rows", "rooms")),
    m.Channel: (QT_TRANSLATE_NOOP("Rows", "channel"), QT_TRANSLATE_NOOP("Rows", "channels")),
    m.Resource: (QT_TRANSLATE_NOOP("Rows", "resource"), QT_TRANSLATE_NOOP("Rows", "resources")),
    m.Relation: (QT_TRANSLATE_NOOP("Rows", "relation"), QT_TRANSLATE_NOOP("Rows", "relations")),
    m.Window: (QT_TRANSLATE_NOOP("Rows", "window"), QT_TRANSLATE_NOOP("Rows", "windows")),
    m.TravelTime: (QT_TRANSLATE_NOOP("Rows", "travel time"),
                   QT_TRANSLATE_NOOP("Rows", "travel times")),
}
FIELD_WORDS = {"title_en": QT_TRANSLATE_NOOP("Rows", "title"),
               "name_en": QT_TRANSLATE_NOOP("Rows", "name"),
               "title_zh": QT_TRANSLATE_NOOP("Rows", "Chinese title"),
               "name_zh": QT_TRANSLATE_NOOP("Rows", "Chinese name"),
               "venue_id": QT_TRANSLATE_NOOP("Rows", "venue"),
               "city_id": QT_TRANSLATE_NOOP("Rows", "city"),
               "pin_room_id": QT_TRANSLATE_NOOP("Rows", "pinned room"),
               "pin_channel_id": QT_TRANSLATE_NOOP("Rows", "pinned channel"),
               "pin_start": QT_TRANSLATE_NOOP("Rows", "pinned start"),
               "first_id": QT_TRANSLATE_NOOP("Rows", "first session"),
               "second_id": QT_TRANSLATE_NOOP("Rows", "second session")}
# Rows that belong to a row and are copied with it (not schedule, relations or rules aimed at it).
COPIED_WITH = {
    m.Session: ((m.SessionPerson, "session_id"), (m.SessionResource, "session_id"),
                (m.SessionWindow, "session_id"), (m.PlaceRule, "session_id"),
                (m.GroupSession, "session_id")),
    m.Person: ((m.Window, "person_id"), (m.PlaceRule, "person_id")),
    m.Group: ((m.GroupMember, "group_id"), (m.GroupSession, "group_id"), (m.Window, "group_id")),
    m.Room: ((m.Window, "room_id"),), m.Channel: ((m.Window, "channel_id"),),
    m.Resource: ((m.Window, "resource_id"),),
}


def noun(model: type, count: int = 1) -> str:
    singular, plural = NOUNS.get(model, (model.__name__.lower(), model.__name__.lower() + "s"))
    return singular if count == 1 else plural


def shown_noun(model: type, count: int = 1) -> str:
    """The kind of a row in the chosen language ("room", "rooms" / "房间")."""
    words = SHOWN_NOUNS.get(model)
    if words is None:
        return noun(model, count)
    return QCoreApplication.translate("Rows", words[0] if count == 1 else words[1])


def field_words(name: str, model: type | None = None) -> str:
    """A field as the undo steps say it ("seats", "pinned room"), in the chosen language: a
    field without words of its own borrows the header of its column in the editors."""
    if name in FIELD_WORDS:
        return QCoreApplication.translate("Rows", FIELD_WORDS[name])
    from ..models.columns import SPECS  # not at the top: the models import this module

    header = next((c.header for spec in SPECS.values() if spec.model is model
                   for c in spec.columns if c.field == name), None)
    if header is not None and (shown := QCoreApplication.translate("Columns", header)) != header:
        return shown
    return name.replace("_", " ")


def is_keyed(model: type) -> bool:
    return "key" in model.model_fields


def ident_of(row: SQLModel) -> Ident:
    return row.key if is_keyed(type(row)) else row.id


def name_of(row: SQLModel) -> str:
    """What a person calls the row: "room 'Main Hall'" (in the chosen language)."""
    name = getattr(row, "title_en", None) or getattr(row, "name_en", None) or getattr(row, "key", None)
    if type(row) not in SHOWN_NOUNS:
        return label(row)
    thing = shown_noun(type(row))
    return QCoreApplication.translate("Rows", "{thing} '{name}'").format(thing=thing, name=name) \
        if name else thing


def fetch(project: Project, model: type, ident: Ident) -> SQLModel:
    if is_keyed(model):
        return project.get(model, ident)
    with project.transaction() as db:
        row = db.get(model, ident)
    if row is None:
        raise NotFound(QCoreApplication.translate("Rows", "no {thing} with id {id}").format(
            thing=shown_noun(model), id=ident))
    return row


def update(project: Project, model: type, ident: Ident, **fields) -> Changes:
    if is_keyed(model):
        return project.update(model, ident, **fields)
    with project.transaction(f"{noun(model)} {ident}") as db:
        row = db.get(model, ident)
        if row is None:
            raise NotFound(QCoreApplication.translate("Rows", "no {thing} with id {id}").format(
                thing=shown_noun(model), id=ident))
        for name, value in fields.items():
            if name not in model.model_fields or name == "id":
                raise DataError(f"{noun(model)} has no field '{name}' that can change")
            setattr(row, name, value)
        refuse(row)
        db.add(row)
    return Changes.of(model)


def delete(project: Project, model: type, ident: Ident) -> Changes:
    if is_keyed(model):
        return project.delete(model, ident)
    return project.remove(fetch(project, model, ident))


def refuse(row: SQLModel) -> None:
    problems = row_problems(row)
    if problems:
        raise DataError(f"{label(row)}: " + "; ".join(f"{name}: {why}" for name, why in problems))


# -- snapshots ------------------------------------------------------------------------------------

def dump(row: SQLModel) -> dict:
    return copy.deepcopy(row.model_dump())


def build(model: type, data: dict) -> SQLModel:
    return model(**copy.deepcopy(data))


def primary_key(model: type, data: dict) -> tuple:
    return tuple(data[column.key] for column in model.__table__.primary_key.columns)


def with_dependents(project: Project, model: type, ident: Ident):
    """The row and every row the database deletes or changes with it.

    Returns (rows, nulled): rows are (model, data) snapshots, the row first; nulled are
    (model, primary key, field, value) for references the database sets to NULL.
    """
    with project.transaction() as db:
        root = (db.exec(select(model).where(model.key == ident)).first() if is_keyed(model)
                else db.get(model, ident))
        if root is None:
            raise NotFound(QCoreApplication.translate("Rows", "no {thing} '{key}'").format(
                thing=shown_noun(model), key=ident))
        rows, nulled, seen = [(model, dump(root))], [], {(model, primary_key(model, dump(root)))}
        queue = [(model, root.id)]
        while queue:
            parent, parent_id = queue.pop(0)
            for child, column, ondelete in _references_to(parent):
                found = db.exec(select(child).where(getattr(child, column) == parent_id)).all()
                for row in found:
                    data = dump(row)
                    key = (child, primary_key(child, data))
                    if ondelete == "SET NULL":
                        nulled.append((child, primary_key(child, data), column, parent_id))
                    elif key not in seen:
                        seen.add(key)
                        rows.append((child, data))
                        if "id" in child.model_fields:
                            queue.append((child, data["id"]))
    return rows, nulled


def _references_to(model: type) -> Iterable[tuple[type, str, str]]:
    for name, child in TABLE_MODELS.items():
        for column in child.__table__.columns:
            for foreign in column.foreign_keys:
                if foreign.column.table is model.__table__:
                    yield child, column.key, (foreign.ondelete or "CASCADE").upper()


def restore(project: Project, rows: list[Snapshot], nulled=()) -> Changes:
    """Insert snapshot rows (parents before children) and put back nulled references."""
    ordered = sorted(rows, key=lambda item: INSERT_ORDER.index(item[0].__tablename__))
    with project.transaction() as db:
        for model, data in ordered:
            row = build(model, data)
            refuse(row)
            db.add(row)
            db.flush()
        for model, key, field, value in nulled:
            row = db.get(model, key)
            if row is not None:
                setattr(row, field, value)
                db.add(row)
    return Changes.of(*{model for model, _ in rows}, *{model for model, *_ in nulled})


def remove_snapshots(project: Project, rows: list[Snapshot]) -> Changes:
    """Delete the root of a snapshot; the database removes its dependents."""
    model, data = rows[0]
    return delete(project, model, data["key"] if is_keyed(model) else data["id"])


# -- new rows and copies --------------------------------------------------------------------------

def new_row(project: Project, model: type) -> SQLModel:
    """A valid new row with a fresh key and name, referring to the first place it can."""
    fields: dict = {}
    existing = project.all(model)
    word = noun(model)
    if is_keyed(model):
        keys = {row.key for row in existing}
        number = next(n for n in range(1, len(keys) + 2) if f"{word}-{n}" not in keys)
        fields["key"] = f"{word.replace(' ', '-')}-{number}"
        name = "title_en" if "title_en" in model.model_fields else "name_en"
        names = {getattr(row, name) for row in existing}
        fields[name] = next(f"New {word} {n}" for n in range(number, number + len(names) + 2)
                            if f"New {word} {n}" not in names)
    if model is m.Room:
        fields["venue_id"] = _first(project, m.Venue, QCoreApplication.translate(
            "Rows", "add a venue first: a room belongs to one"))
    if model is m.Venue:
        fields["city_id"] = _first(project, m.City, QCoreApplication.translate(
            "Rows", "add a city first: a venue is in one"))
    if model is m.Relation:
        fields.update(_free_pair(project, existing))
    return model(**fields)


def _first(project: Project, model: type, why: str) -> int:
    rows = project.all(model)
    if not rows:
        raise DataError(why)
    return rows[0].id


def _free_pair(project: Project, relations: list[m.Relation]) -> dict:
    used = {(r.first_id, r.second_id) for r in relations if r.kind == "before"}
    sessions = [s.id for s in project.all(m.Session)]
    for first in sessions:
        for second in sessions:
            if first != second and (first, second) not in used:
                return {"kind": "before", "first_id": first, "second_id": second}
    raise DataError(QCoreApplication.translate(
        "Rows", "a relation needs two sessions that are not related yet"))


def copy_of(project: Project, model: type, ident: Ident) -> list[Snapshot]:
    """Snapshots of a new row like ``ident`` (fresh key, name and uid) and of its own links.

    Ids are left for the database to give; links name the new row by the placeholder id None.
    """
    source = fetch(project, model, ident)
    data = dump(source)
    data.pop("id", None)
    existing = project.all(model)
    if is_keyed(model):
        keys = {row.key for row in existing}
        data["key"] = next(k for k in (f"{source.key}-copy", *(f"{source.key}-copy-{n}"
                                                                   for n in range(2, 1000)))
                           if k not in keys)
        name = "title_en" if "title_en" in model.model_fields else "name_en"
        names = {getattr(row, name) for row in existing}
        data[name] = next(t for t in (f"{getattr(source, name)} (copy)",
                                      *(f"{getattr(source, name)} (copy {n})" for n in range(2, 1000)))
                          if t not in names)
    if "uid" in data:
        data["uid"] = str(uuid.uuid4())
    rows: list[Snapshot] = [(model, data)]
    with project.transaction() as db:
        for link, column in COPIED_WITH.get(model, ()):
            for row in db.exec(select(link).where(getattr(link, column) == source.id)).all():
                link_data = dump(row)
                if "id" in link.model_fields:
                    link_data.pop("id")
                link_data[column] = None
                rows.append((link, link_data))
    return rows


def add_copy(project: Project, rows: list[Snapshot]) -> tuple[Changes, list[Snapshot]]:
    """Store a copy made by ``copy_of``; return the changes and the snapshots with their ids."""
    model, data = rows[0]
    stored: list[Snapshot] = []
    with project.transaction(f"{noun(model)} '{data.get('key')}'") as db:
        root = build(model, data)
        refuse(root)
        db.add(root)
        db.flush()
        stored.append((model, dump(root)))
        owner_column = {link: column for link, column in COPIED_WITH.get(model, ())}
        for link, link_data in rows[1:]:
            row = build(link, link_data | {owner_column[link]: root.id})
            db.add(row)
            db.flush()
            stored.append((link, dump(row)))
    return Changes.of(*{model for model, _ in rows}), stored
