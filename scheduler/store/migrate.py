"""Recognise project files and bring their schema up to date.

Opening never touches a file it does not understand: a foreign, corrupt or
newer file gets a clear error and stays as it was. An older file is copied
beside itself before it is upgraded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from ..errors import ProjectFileError
from .engine import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class FileState:
    revision: str
    is_current: bool


def inspect_file(path: Path) -> FileState:
    """Tell what a project file is, reading it only. Raise ProjectFileError if unusable."""
    if not path.exists():
        raise ProjectFileError(f"{path}: no such project file")
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(f"{path}: not a Slotwise project (not an SQLite database)")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectFileError(f"{path}: not a Slotwise project (an SQLite database of another program)")
    revision = _read_revision(path)
    if revision not in known_revisions():
        raise ProjectFileError(
            f"{path}: made by a newer version of Slotwise (schema {revision}); "
            "update Slotwise to open it. The file was not changed.")
    return FileState(revision=revision, is_current=revision == head_revision())


def _read_revision(path: Path) -> str:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        detail = " ".join(str(exc).split())  # quick_check reports span lines; messages are one line
        raise ProjectFileError(f"{path}: the project file is damaged ({detail}). "
                               "Restore it from a backup copy; the file was not changed.") from exc
    if row is None:
        raise ProjectFileError(f"{path}: the project file is damaged (no schema version)")
    return row[0]


def backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")


def write_backup(path: Path, revision: str) -> Path:
    """Copy the database consistently (WAL included) beside itself."""
    target = backup_path(path, revision)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def initialise(engine, revision: str = "head") -> None:
    """Create the schema in a new, empty file and mark it as a Slotwise project."""
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
    upgrade(engine, revision)
