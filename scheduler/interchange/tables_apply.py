"""Applying one list's rows to a project: match each row, check it, add or update.

Matching, first rule that applies:

* sessions by ``uid``, else by ``key``; a row with neither is matched by
  ``title_en`` when exactly one session has that title;
* people, rooms and channels by ``key``; a row without a key by ``name_en``
  (a room within the row's venue, when it names one) when exactly one has it.

A row whose uid or key matches nothing is a new thing: ids in the file win, so
a row never takes over (and renames) another thing because the names agree.
A session's key can be changed by matching its uid; its uid never changes.

New things: a blank key is made from the name — lower-case ASCII letters and
digits joined by "-", after the venue's key for rooms ("jinan-iec-hall-a"),
"-2", "-3" … when taken, "session"/"person"/… when the name has no Latin
letters. A new session without a uid gets
uuid5(NAMESPACE_URL, "slotwise:session:" + key), as in the JSON format.

Updates change only the file's columns; a blank key or uid keeps the stored
one. Every problem is collected and a row with one is not stored; the caller
rolls back everything if there is any. Each row is stored in its own
savepoint and flushed at once, so the database's own checks (unique names)
point at the row that broke them and the next rows can still be checked.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from ..domain import models as m
from ..domain.rules import row_problems
from ..errors import InputError
from ..project import explain_integrity
from .json_format import derived_uid
from .tables import ROOMS, SESSIONS, Column, Lookup, Sheet, noun, read_cell

IDS = ("key", "uid")


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-")


class SheetLoader:
    """Loads the rows of one sheet in order; counts what it added and updated."""

    def __init__(self, db, lookup: Lookup, sheet: Sheet, errors: list[InputError]):
        self.db, self.lookup, self.sheet, self.errors = db, lookup, sheet, errors
        self.table, self.model = sheet.table, sheet.table.model
        self.seen: dict[str, dict[str, int]] = {"key": {}, "uid": {}}
        self.targets: dict[int, int] = {}
        self.added = self.updated = 0
        self.touched: set[type] = set()

    def run(self) -> "SheetLoader":
        columns = self.read_header()
        for number, cells in self.sheet.rows:
            if any(cell.strip() for cell in cells):
                self.load_row(number, cells, columns)
        return self

    def error(self, problem: str, row: int, field: str | None) -> None:
        self.errors.append(InputError(problem, file=self.sheet.file, row=row, field=field))

    # -- header and cells ------------------------------------------------------------------

    def read_header(self) -> dict[int, Column]:
        found: dict[int, Column] = {}
        for index, text in enumerate(self.sheet.header):
            name = text.strip().lower()
            column = self.table.column(name)
            if name and column is None:
                known = ", ".join(self.table.headers)
                self.error(f"is not a column of {self.table.name} (columns: {known})", 1, text.strip())
            elif column is not None and column in found.values():
                self.error("appears twice in the header", 1, name)
            elif column is not None:
                found[index] = column
        return found

    def stray_cells(self, number: int, cells: list[str]) -> None:
        """Values under no header would be lost without a word: refuse them."""
        header = self.sheet.header
        for index, text in enumerate(cells):
            if text.strip() and (index >= len(header) or not header[index].strip()):
                self.error(f"column {index + 1} holds a value but has no header", number, None)
                return

    def read_values(self, number: int, cells: list[str], columns: dict[int, Column]):
        values, failed = {}, set()
        for index, column in columns.items():
            try:
                values[column.field] = read_cell(self.table, column, cells[index], self.lookup)
            except ValueError as exc:
                self.error(str(exc), number, column.name)
                failed.add(column.field)
        return values, failed

    # -- one row -------------------------------------------------------------------------------

    def load_row(self, number: int, cells: list[str], columns: dict[int, Column]) -> None:
        before = len(self.errors)
        self.stray_cells(number, cells)
        values, failed = self.read_values(number, cells, columns)
        target = self.match(number, values)
        self.check_unique(number, values, target)
        present = {column.field for column in columns.values()}
        fields = self.fields(number, values, target, failed | self.missing(number, target, present))
        if len(self.errors) == before:
            self.store(number, target, fields, values.get("people"))

    def match(self, number: int, values: dict):
        uid, key = values.get("uid"), values.get("key")
        if uid:
            found = self.find(uid=uid)
            if found is not None:
                return found
        if key:
            found = self.find(key=key)
            if found is not None and uid and found.uid != uid:
                self.error(f"session '{key}' has uid {found.uid}; a session's uid never changes "
                           "(leave the cell empty to keep it)", number, "uid")
            return found
        return None if uid else self.by_name(values)

    def by_name(self, values: dict):
        name = values.get(self.table.name_field)
        if not name:
            return None
        where = {self.table.name_field: name}
        if self.table is ROOMS and values.get("venue_id") is not None:
            where["venue_id"] = values["venue_id"]
        found = self.db.exec(select(self.model).filter_by(**where).limit(2)).all()
        return found[0] if len(found) == 1 else None

    def find(self, **where):
        return self.db.exec(select(self.model).filter_by(**where)).first()

    def check_unique(self, number: int, values: dict, target) -> None:
        """One row per thing: a second row with the same key, uid or target is an error."""
        for field in IDS:
            value = values.get(field)
            earlier = self.seen[field].setdefault(value, number) if value else number
            if earlier != number:
                self.error(f"{field} '{value}' is also on row {earlier}", number, field)
                return
        earlier = self.targets.setdefault(target.id, number) if target is not None else number
        if earlier != number:
            field = next((f for f in ("uid", "key") if values.get(f)), self.table.name_field)
            self.error(f"is the same {noun(self.model)} as row {earlier}", number, field)

    def missing(self, number: int, target, present: set[str]) -> set[str]:
        """Fields a new thing needs that the file has no column for."""
        if target is not None:
            return set()
        needed = {name for name, info in self.model.model_fields.items()
                  if info.is_required() and name not in IDS and name not in present}
        for field in sorted(needed):
            self.error(f"a new {noun(self.model)} needs this column", number,
                       self.table.column_name(field))
        return needed

    def fields(self, number: int, values: dict, target, skip: set[str]) -> dict:
        """The fields to store, checked together as the thing they will make."""
        fields = {name: value for name, value in values.items()
                  if name != "people" and not (name in IDS and value is None)}
        if target is None:
            fields.setdefault("key", self.new_key(number, fields))
            if self.table is SESSIONS:
                fields.setdefault("uid", derived_uid(fields["key"]))
            probe = self.model(**fields)
        else:
            probe = self.model(**(target.model_dump() | fields))
        for field, why in row_problems(probe):
            if field not in skip:
                self.error(why, number, self.table.column_name(field))
        return fields

    def new_key(self, number: int, fields: dict) -> str:
        parts = [slug(fields.get(self.table.name_field) or "") or noun(self.model)]
        if self.table is ROOMS and fields.get("venue_id") is not None:
            parts.insert(0, self.lookup.key_of(m.Venue, fields["venue_id"]))
        base = key = "-".join(parts)
        count = 1
        while key in self.seen["key"] or self.find(key=key) is not None:
            count += 1
            key = f"{base}-{count}"
        self.seen["key"][key] = number
        return key

    # -- storing -------------------------------------------------------------------------------

    def store(self, number: int, target, fields: dict, people) -> None:
        try:
            with self.db.begin_nested():
                outcome = self.save(target, fields, people)
                self.db.flush()
        except IntegrityError as exc:
            self.error(*self.integrity_problem(exc, number))
            return
        if outcome == "added":
            self.added += 1
        elif outcome == "updated":
            self.updated += 1

    def save(self, target, fields: dict, people) -> str | None:
        if target is None:
            target = self.model(**fields)
            self.db.add(target)
            self.db.flush()
            self.touched.add(self.model)
            if people:
                self.link_people(target, people)
            return "added"
        changed = {name: value for name, value in fields.items() if getattr(target, name) != value}
        for name, value in changed.items():
            setattr(target, name, value)
        relinked = people is not None and people != self.lookup.people_of(target.id)
        if relinked:
            self.link_people(target, people)
        if changed or relinked:
            self.touched.add(self.model)
            return "updated"
        return None

    def link_people(self, session: m.Session, people) -> None:
        """Replace a session's people with those of the row."""
        old = self.db.exec(select(m.SessionPerson).where(m.SessionPerson.session_id == session.id))
        for link in old.all():
            self.db.delete(link)
        self.db.flush()
        self.db.add_all(m.SessionPerson(session_id=session.id, person_id=self.lookup.id_of(m.Person, key),
                                        role=role, presence=presence) for key, role, presence in people)
        self.touched.add(m.SessionPerson)

    def integrity_problem(self, exc: IntegrityError, number: int) -> tuple[str, int, str | None]:
        unique = re.match(r"UNIQUE constraint failed: (.+)", str(exc.orig))
        if unique is None:
            return explain_integrity(exc), number, None
        names = [self.table.column_name(part.strip().split(".")[-1]) for part in unique.group(1).split(",")]
        return f"another {noun(self.model)} already has this {' and '.join(names)}", number, names[-1]
