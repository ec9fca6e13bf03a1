"""The one entry point to a project file: open, create, read and change it.

Every method that changes data returns a ``Changes`` record naming the kinds
of thing it touched, so a window can refresh only what it shows. Every change
is one transaction: it is stored whole or not at all.
"""

from __future__ import annotations

import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session as DbSession
from sqlmodel import SQLModel, select

from .domain import models as m
from .domain.rules import row_problems
from .errors import DataError, NotFound, ProjectFileError
from .store import migrate
from .store.engine import SUFFIX, make_engine

T = TypeVar("T", bound=SQLModel)

COUNTED = {
    "sessions": m.Session, "cities": m.City, "venues": m.Venue, "rooms": m.Room,
    "channels": m.Channel, "people": m.Person, "groups": m.Group, "resources": m.Resource,
    "relations": m.Relation, "scheduled": m.Assignment, "versions": m.Version,
}


@dataclass(frozen=True)
class Changes:
    """What a change touched: table names such as 'session', 'room', 'assignment'."""

    tables: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *models: type[SQLModel]) -> "Changes":
        return cls(frozenset(model.__tablename__ for model in models))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables)

    def touches(self, *models: type[SQLModel]) -> bool:
        return any(model.__tablename__ in self.tables for model in models)

    @property
    def schedule(self) -> bool:
        return "assignment" in self.tables

    def __bool__(self) -> bool:
        return bool(self.tables)


def label(obj: SQLModel) -> str:
    """How a row is named to a person: "room 'Hall A'"."""
    kind = type(obj).__name__.lower()
    name = getattr(obj, "title_en", None) or getattr(obj, "name_en", None) or getattr(obj, "key", None)
    return f"{kind} '{name}'" if name else kind


class Project:
    """An open project file. Use ``Project.open`` or ``Project.create``; close when done."""

    def __init__(self, path: Path, engine: sa.Engine):
        self.path = path
        self._engine = engine

    # -- files -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, event: m.Event) -> "Project":
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path}: a file of that name already exists")
        if path.suffix != SUFFIX:
            raise ProjectFileError(f"{path}: a project file's name must end in {SUFFIX}")
        _refuse(event)
        engine = make_engine(path)
        try:
            migrate.initialise(engine)
            project = cls(path, engine)
            with project.transaction() as db:
                db.add(event)
        except BaseException:
            engine.dispose()
            _remove_database(path)
            raise
        return project

    @classmethod
    def open(cls, path: str | Path) -> "Project":
        path = Path(path)
        state = migrate.inspect_file(path)
        engine = make_engine(path)
        try:
            if not state.is_current:
                migrate.write_backup(path, state.revision)
                migrate.upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM event")
        except OperationalError as exc:
            engine.dispose()
            raise ProjectFileError(f"{path}: cannot be opened ({exc.orig})") from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine)

    def close(self) -> None:
        raw = self._engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # another process still reads: it will checkpoint later
            pass
        finally:
            raw.close()
        self._engine.dispose()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy of the project to another file."""
        import sqlite3

        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectFileError(f"{target}: that is the open project itself")
        with built_in_place(target, "copying") as temporary:
            source = sqlite3.connect(self.path)
            try:
                copy = sqlite3.connect(temporary)
                try:
                    source.backup(copy)
                finally:
                    copy.close()
            finally:
                source.close()
        return target

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self, about: str | None = None) -> Iterator[DbSession]:
        """A database session whose work is committed whole at the end, or not at all.

        ``about`` names the row being changed in messages, e.g. "room 'Hall A'".
        """
        with DbSession(self._engine, expire_on_commit=False) as db:
            try:
                yield db
                db.commit()
            except IntegrityError as exc:
                db.rollback()
                words = explain_integrity(exc)
                raise DataError(f"{about}: {words}" if about else words) from exc
            except BaseException:
                db.rollback()
                raise

    # -- reading -----------------------------------------------------------------------------

    def event(self) -> m.Event:
        with self.transaction() as db:
            event = db.get(m.Event, 1)
            if event is None:
                raise ProjectFileError(f"{self.path}: the project has no event")
            return event

    def all(self, model: type[T], **where) -> list[T]:
        with self.transaction() as db:
            query = select(model).filter_by(**where)
            order = getattr(model, "id", None)
            if order is not None:
                query = query.order_by(order)
            return list(db.exec(query).all())

    def get(self, model: type[T], key: str) -> T:
        with self.transaction() as db:
            return fetch(db, model, key)

    def counts(self) -> dict[str, int]:
        with self.transaction() as db:
            return {name: db.exec(select(sa.func.count()).select_from(model)).one()
                    for name, model in COUNTED.items()}

    # -- changing ----------------------------------------------------------------------------

    def add(self, *rows: SQLModel) -> Changes:
        for row in rows:
            _refuse(row)
        with self.transaction(label(rows[0]) if len(rows) == 1 else None) as db:
            for row in rows:
                _refuse_dangling(db, row, rows)
            db.add_all(rows)
        return Changes.of(*{type(row) for row in rows})

    def update(self, model: type[T], key: str, /, **fields) -> Changes:
        with self.transaction(f"{model.__name__.lower()} '{key}'") as db:
            row = fetch(db, model, key)
            for name, value in fields.items():
                if name not in model.model_fields:
                    raise DataError(f"{label(row)} has no field '{name}'")
                if name in FIXED and value != getattr(row, name):
                    raise DataError(f"{label(row)}: {name}: {FIXED[name]}")
            for name, value in fields.items():
                setattr(row, name, value)
            _refuse(row)
            _refuse_dangling(db, row)
            db.add(row)
        return Changes.of(model)

    def update_event(self, **fields) -> Changes:
        with self.transaction() as db:
            event = db.get(m.Event, 1)
            for name, value in fields.items():
                if name not in m.Event.model_fields or name == "id":
                    raise DataError(f"the event has no field '{name}'")
                setattr(event, name, value)
            _refuse(event)
        return Changes.of(m.Event)

    def delete(self, model: type[T], key: str) -> Changes:
        with self.transaction() as db:
            db.delete(fetch(db, model, key))
        return Changes.of(model, *DEPENDENTS.get(model, ()))

    def remove(self, row: SQLModel) -> Changes:
        """Delete a row given as an object (for link rows without a key)."""
        with self.transaction() as db:
            stored = db.get(type(row), row.__mapper__.primary_key_from_instance(row))
            if stored is None:
                raise NotFound(f"{label(row)} is not in the project")
            db.delete(stored)
        return Changes.of(type(row))


DEPENDENTS = {
    m.City: (m.Venue, m.Room, m.TravelTime, m.PlaceRule, m.Assignment),
    m.Venue: (m.Room, m.PlaceRule, m.Assignment),
    m.Room: (m.Window, m.PlaceRule, m.Assignment, m.Session),
    m.Channel: (m.Window, m.PlaceRule, m.Assignment, m.Session),
    m.Person: (m.SessionPerson, m.GroupMember, m.Window, m.PlaceRule),
    m.Group: (m.GroupMember, m.GroupSession, m.Window),
    m.Resource: (m.SessionResource, m.Window),
    m.Session: (m.SessionPerson, m.GroupSession, m.SessionResource, m.SessionWindow, m.PlaceRule,
                m.Relation, m.Assignment),
}


def fetch(db: DbSession, model: type[T], key: str) -> T:
    row = db.exec(select(model).where(model.key == key)).first()
    if row is None:
        raise NotFound(f"no {model.__name__.lower()} with key '{key}'")
    return row


FIXED = {
    "id": "is set by the project file and never changes",
    "uid": "never changes: published calendars know the session by it",
}


def _refuse_dangling(db: DbSession, row: SQLModel, batch: tuple[SQLModel, ...] = ()) -> None:
    """Name the field that refers to a row that does not exist (SQLite only says 'FOREIGN KEY')."""
    pending = {(type(other).__tablename__, getattr(other, "id", None)) for other in batch}
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        for foreign in column.foreign_keys:
            target = foreign.column
            if value is None or (target.table.name, value) in pending:
                continue
            with db.no_autoflush:
                found = db.execute(sa.select(target).where(target == value)).first()
            if found is None:
                kind = target.table.name.replace("audience_group", "group")
                raise DataError(f"{label(row)}: {column.key}: refers to a {kind} that is not "
                                "in the project")


def _refuse(row: SQLModel) -> None:
    problems = row_problems(row)
    if problems:
        details = "; ".join(f"{field}: {why}" for field, why in problems)
        raise DataError(f"{label(row)}: {details}")


CONSTRAINT_WORDS = {
    "not_negative": "must not be negative",
    "positive": "must be above 0",
    "not_empty": "must not be empty",
    "ends_after_start": "must end after it starts",
    "valid": "has a value that is not allowed",
}


def explain_integrity(exc: IntegrityError) -> str:
    """Turn SQLite's integrity message into words for a person."""
    text = str(exc.orig)
    unique = re.match(r"UNIQUE constraint failed: (\w+)\.(\w+)", text)
    if unique:
        table, column = unique.groups()
        return f"another {table.replace('audience_group', 'group')} already has this {column}"
    if "FOREIGN KEY" in text:
        return "refers to something that is not in the project"
    check = re.match(r"CHECK constraint failed: (\w+)", text)
    if check:
        name = check.group(1)
        for suffix, words in CONSTRAINT_WORDS.items():
            if name.endswith(suffix):
                return f"{name.removesuffix('_' + suffix).replace('_', ' ')} {words}"
        return f"breaks the rule '{name.replace('_', ' ')}'"
    return text


@contextmanager
def built_in_place(target: Path, label: str) -> Iterator[Path]:
    """A path beside ``target`` to build a project file in (".<stem>.<label><suffix>").

    When the block ends normally the file replaces ``target``; when it raises, the file and its
    WAL companions are removed: nothing half-made is left, nothing is replaced. The caller closes
    the file before the block ends.
    """
    partial = target.with_name(f".{target.stem}.{label}{target.suffix}")
    _remove_database(partial)
    try:
        yield partial
        _remove_database(target)
        partial.replace(target)
    except BaseException:
        _remove_database(partial)
        raise


def _remove_database(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.is_dir():
            shutil.rmtree(candidate)
        else:
            candidate.unlink(missing_ok=True)
