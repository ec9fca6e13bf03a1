"""Running `slotwise` in-process from tests, and what a user-mistake error must look like.

Importable from every test folder: pytest puts tests/ on sys.path for tests/conftest.py.
"""

from __future__ import annotations

from scheduler.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    """`slotwise ARGS…` in this process: (exit status, stdout, stderr)."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    """The single 'slotwise: error: …' line a user mistake prints, with no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("slotwise: error: ")
    return lines[0]
