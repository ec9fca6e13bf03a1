"""What an operation did to the project's tables, as raw rows, and how to write it back or forth.

``read_rows`` takes the stored values of whole tables exactly as SQLite holds them (no type
conversion, primary keys included); ``diff_rows`` compares two readings; ``write_diff`` turns the
tables from one side of the diff into the other in one transaction, keeping every id, so other
undo commands that name rows by id or key still find them. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import SQLModel

from scheduler import Changes, Project

Key = tuple
Row = dict[str, object]
Rows = dict[str, dict[Key, Row]]  # table name -> primary key -> raw row

LOG_TABLES = frozenset({"solve_run"})  # a log of what happened: never undone
DATA_TABLES = tuple(table.name for table in SQLModel.metadata.sorted_tables
                    if table.name not in LOG_TABLES)
ORDER = {table.name: n for n, table in enumerate(SQLModel.metadata.sorted_tables)}  # parents first


def _raw(name: str) -> tuple[sa.TableClause, tuple[str, ...]]:
    """The table without its column types, so values pass through exactly as stored."""
    table = SQLModel.metadata.tables[name]
    columns = tuple(column.name for column in table.columns)
    return sa.table(name, *(sa.column(c) for c in columns)), columns


def _key_columns(name: str) -> tuple[str, ...]:
    return tuple(column.name for column in SQLModel.metadata.tables[name].primary_key.columns)


def read_rows(project: Project, tables=DATA_TABLES) -> Rows:
    """Every row of ``tables`` (names), by primary key, as stored."""
    out: Rows = {}
    with project.transaction() as db:
        for name in tables:
            clause, columns = _raw(name)
            keys = _key_columns(name)
            found = db.execute(sa.select(*clause.c)).mappings()
            out[name] = {tuple(row[k] for k in keys): dict(row) for row in found}
    return out


@dataclass(frozen=True)
class TableDiff:
    """One table's rows that only ``before`` has, only ``after`` has, and those that differ."""

    removed: dict[Key, Row] = field(default_factory=dict)
    added: dict[Key, Row] = field(default_factory=dict)
    changed: dict[Key, tuple[Row, Row]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.removed or self.added or self.changed)

    def reversed(self) -> "TableDiff":
        return TableDiff(removed=self.added, added=self.removed,
                         changed={k: (new, old) for k, (old, new) in self.changed.items()})


@dataclass(frozen=True)
class RowDiff:
    """The tables an operation changed, and how (only tables with a difference are kept)."""

    tables: dict[str, TableDiff] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.tables)

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self.tables))

    def reversed(self) -> "RowDiff":
        return RowDiff({name: diff.reversed() for name, diff in self.tables.items()})

    def count(self) -> int:
        """How many rows it adds, removes or changes."""
        return sum(len(d.removed) + len(d.added) + len(d.changed) for d in self.tables.values())


def diff_rows(before: Rows, after: Rows) -> RowDiff:
    out = {}
    for name in before.keys() | after.keys():
        old, new = before.get(name, {}), after.get(name, {})
        table = TableDiff(removed={k: old[k] for k in old.keys() - new.keys()},
                          added={k: new[k] for k in new.keys() - old.keys()},
                          changed={k: (old[k], new[k]) for k in old.keys() & new.keys()
                                   if old[k] != new[k]})
        if table:
            out[name] = table
    return RowDiff(out)


def write_diff(project: Project, diff: RowDiff, about: str | None = None) -> Changes:
    """Make the tables look like the ``after`` side of ``diff``, all or nothing.

    Foreign keys are checked at the commit, not row by row, so the order of the writes cannot
    break them on the way. Changed rows are written first (a row that stops referring to a row
    about to go must not be deleted with it), then rows go (children first), then rows come back
    (parents first) with their old primary keys.
    """
    names = sorted(diff.tables, key=ORDER.__getitem__)
    with project.transaction(about) as db:
        db.execute(sa.text("PRAGMA defer_foreign_keys = ON"))  # ends with the transaction
        for name in names:
            clause, _ = _raw(name)
            for key, (_, new) in diff.tables[name].changed.items():
                db.execute(sa.update(clause).where(_match(clause, name, key)).values(new))
        for name in reversed(names):
            clause, _ = _raw(name)
            for key in diff.tables[name].removed:
                db.execute(sa.delete(clause).where(_match(clause, name, key)))
        for name in names:
            clause, _ = _raw(name)
            rows = list(diff.tables[name].added.values())
            if rows:
                db.execute(sa.insert(clause), rows)
    return diff.changes


def _match(clause: sa.TableClause, name: str, key: Key):
    return sa.and_(*(clause.c[column] == value for column, value in zip(_key_columns(name), key)))
