"""One version everywhere, and the app's identity on screen: the icon in its windows and the
desktop file name that ties them to the menu entry."""

from __future__ import annotations

import importlib.metadata
import os
import sys
from pathlib import Path

import pytest
from packaging_kit import SIZES, run

from scheduler.version import APP_ID, __version__

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCRIPTS = Path(sys.executable).parent  # the console scripts of this environment


def no_display_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_both_commands_print_the_installed_version_without_a_display():
    installed = importlib.metadata.version("slotwise")
    assert installed == __version__
    for command in ("slotwise", "slotwise-desktop"):
        result = run([SCRIPTS / command, "--version"], env=no_display_env())
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{command} {installed}"


def test_the_self_test_is_offered_in_the_help():
    result = run([SCRIPTS / "slotwise-desktop", "--help"], env=no_display_env())
    assert result.returncode == 0
    assert "--self-test OUTDIR" in result.stdout


def test_windows_carry_the_icon_at_every_size(qtbot, qapp):
    from PySide6.QtGui import QGuiApplication

    from desktop.identity import apply_identity
    from desktop.main_window import MainWindow

    apply_identity(qapp)
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert {(n, n) for n in SIZES} <= sizes
    assert QGuiApplication.desktopFileName() == APP_ID
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.windowIcon().isNull()
    pixmap = window.windowIcon().pixmap(16, 16)
    assert not pixmap.isNull() and pixmap.toImage().pixelColor(8, 8).alpha() > 0


def test_a_self_test_that_cannot_write_its_calendars_says_so(tmp_path, capsys, qapp):
    from desktop.self_test import run_self_test

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the calendars should go")
    assert run_self_test(blocked) == 1
    error = capsys.readouterr().err
    assert "self-test FAILED" in error and "not-a-folder" in error


@pytest.mark.slow
def test_the_self_test_passes_in_this_installation(tmp_path):
    """The same check the bundle test runs in the bundle, here on the installed package."""
    result = run([SCRIPTS / "slotwise-desktop", "--self-test", tmp_path / "feeds"],
                 env=no_display_env(), cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout
    assert (tmp_path / "feeds" / "programme.ics").is_file()
