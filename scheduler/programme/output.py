"""Writing a programme file whole or not at all: into a temporary file beside the target,
moved over it only when complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import SlotwiseError


def check_target(path: str | Path) -> Path:
    """The output path, refused (with its name) when its folder is missing or it is a folder."""
    path = Path(path)
    if path.is_dir():
        raise SlotwiseError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise SlotwiseError(f"{path.parent}: no such folder")
    return path


@contextmanager
def staged(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it replaces ``path`` when the block ends
    without an error, and is removed otherwise."""
    target = check_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o644)  # readable like any document, not mkstemp's 0600
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> Path:
    with staged(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return Path(path)

