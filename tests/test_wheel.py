"""The wheel is the product: built, installed into a fresh virtual environment and run away from
the source tree, it must carry its samples and migrations and work on its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
MIGRATIONS = REPO / "scheduler" / "store" / "migrations" / "versions"
PLURALS = ("sessions", "cities", "venues", "rooms", "channels", "people", "groups")
NOT_SHIPPED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                     ".pytest_cache", ".hypothesis", "tests", "*.slotwise*")

pytestmark = pytest.mark.slow


def clean_env() -> dict[str, str]:
    """This environment minus anything that would let the source tree leak in."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_NO_CACHE_DIR")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(str(REPO)))
    return env


def check(command: list, cwd: Path, timeout: int = 900) -> str:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=clean_env(),
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Build from a copy: setuptools' build/ folder would otherwise go stale in the checkout.
    work = tmp_path_factory.mktemp("wheel")
    source = shutil.copytree(REPO, work / "source", ignore=NOT_SHIPPED)
    check([sys.executable, "-m", "build", "--wheel", "--outdir", work / "dist", source], work)
    [built] = (work / "dist").glob("slotwise-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A plain virtual environment (no system packages) with only the wheel and its needs."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    check([sys.executable, "-m", "venv", venv], venv.parent)
    check([venv / "bin" / "python", "-m", "pip", "install", "--disable-pip-version-check", wheel],
          venv.parent)
    return venv / "bin"


def test_the_wheel_carries_samples_migrations_and_both_commands(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = {f"resources/samples/{p.name}" for p in SAMPLES.glob("*.json")}
    migrations = {f"scheduler/store/migrations/versions/{p.name}" for p in MIGRATIONS.glob("*.py")}
    assert samples and samples <= names
    assert {"scheduler/store/migrations/versions/0001_initial_schema.py"} <= migrations <= names
    assert {"scheduler/store/migrations/env.py",
            "scheduler/store/migrations/script.py.mako", "desktop/app.py"} <= names
    # the translations compiled at build time (setup.py), beside their source
    assert {"resources/translations/slotwise_zh_CN.ts",
            "resources/translations/slotwise_zh_CN.qm"} <= names
    qm = zipfile.ZipFile(wheel).read("resources/translations/slotwise_zh_CN.qm")
    assert "文件(&F)".encode("utf-16-be") in qm, "the compiled Chinese menu texts"
    [entry_points] = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "slotwise = scheduler.cli:main" in scripts
    assert "slotwise-desktop = desktop.app:main" in scripts


def test_the_installed_app_uses_the_shipped_translation(installed, tmp_path):
    """The .qm in the wheel is used as it is: nothing is compiled into the user's cache."""
    code = ("from PySide6.QtCore import QTranslator; from desktop import translations; "
            "qm = translations.qm_file('zh_CN'); t = QTranslator(); "
            "print(qm); print(t.load(str(qm)), t.translate('MainWindow', '&File'))")
    env = clean_env() | {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([str(installed / "python"), "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    qm, loaded = result.stdout.splitlines()
    assert qm.endswith("resources/translations/slotwise_zh_CN.qm") and str(installed.parent) in qm
    assert loaded == "True 文件(&F)"
    assert not (tmp_path / "cache").exists()


def test_the_installed_app_makes_the_demo_away_from_the_source_tree(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = check([installed / "python", "-c", "import scheduler, resources; "
                   "print(scheduler.__file__); print(resources.__file__)"], elsewhere)
    assert str(REPO) not in where and str(installed.parent) in where

    demo = tmp_path / "demo.slotwise"
    check([installed / "slotwise", "demo", demo, "--sample", "small"], elsewhere)
    counts = json.loads(check([installed / "slotwise", "info", demo, "--json"], elsewhere))
    sample = json.loads((SAMPLES / "small.json").read_text(encoding="utf-8"))
    assert {key: counts[key] for key in PLURALS} == {key: len(sample.get(key, []))
                                                     for key in PLURALS}
    assert counts["sessions"] > 0


def test_the_installed_desktop_command_explains_a_missing_display(installed, tmp_path):
    env = {key: value for key, value in clean_env().items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([str(installed / "slotwise-desktop")], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "slotwise --help" in result.stderr
