"""Helpers of the packaging tests: where things are, the desktop's own validators, a clean
environment for running installed programs away from the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    """The path of a system tool the packaging is checked with (desktop-file-validate,
    appstreamcli, xmllint, update-mime-database). .ci/run installs them, so in CI a missing
    one fails the test; elsewhere it skips with the package to install."""
    found = shutil.which(name)
    if found:
        return found
    message = (f"{name} is not installed (apt-get install desktop-file-utils appstream "
               f"libxml2-utils shared-mime-info)")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def run(command: list, *, env: dict | None = None, cwd: Path | None = None,
        timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def check(command: list, **kwargs) -> str:
    """Run a command that must succeed; its stdout."""
    result = run(command, **kwargs)
    assert result.returncode == 0, (f"{command} exited {result.returncode}\n"
                                    f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session would give an installed program: a HOME, a system PATH and a
    UTF-8 locale; no virtual environment, no PYTHONPATH, no display."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def validate_desktop_entry(path: Path) -> None:
    result = run([tool("desktop-file-validate"), path])
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def validate_metainfo(path: Path) -> None:
    result = run([tool("appstreamcli"), "validate", "--no-net", path])
    assert result.returncode == 0, result.stdout + result.stderr
