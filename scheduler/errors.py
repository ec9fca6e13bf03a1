"""Errors a user can act on. The CLI prints them without a traceback."""

from __future__ import annotations


class SlotwiseError(Exception):
    """Base class for errors caused by user data or files, shown as plain messages."""


class ProjectFileError(SlotwiseError):
    """A project file cannot be opened: missing, foreign, corrupt, newer or in use."""


class DataError(SlotwiseError):
    """Data breaks a rule of the domain (a negative capacity, an unknown reference …)."""


class NotFound(DataError):
    """A key names nothing in the project."""


class InputError(SlotwiseError):
    """Bad input in a file being imported; says where: file, row (or item) and field."""

    def __init__(self, problem: str, *, file: str = "", row: str | int | None = None,
                 field: str | None = None):
        self.problem = problem
        self.file = file
        self.row = row
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        where = [part for part in (
            self.file,
            f"row {self.row}" if isinstance(self.row, int) else (self.row or ""),
            f"field '{self.field}'" if self.field else "",
        ) if part]
        return f"{', '.join(where)}: {self.problem}" if where else self.problem


class InputErrors(SlotwiseError):
    """Several input errors found in one pass; nothing was imported."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        lines = [e.describe() for e in errors[:50]]
        if len(errors) > 50:
            lines.append(f"… and {len(errors) - 50} more")
        super().__init__(f"{len(errors)} problem(s), nothing was imported:\n" + "\n".join(lines))
