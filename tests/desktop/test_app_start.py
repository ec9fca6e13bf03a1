"""Starting `slotwise-desktop`: a clear message without a display, a window with one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import has_display, main
from resources import sample_file

NO_DISPLAY_ENV = {key: value for key, value in os.environ.items()
                  if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}


def test_without_a_display_it_points_to_the_command_line(tmp_path):
    command = Path(sys.executable).with_name("slotwise-desktop")
    result = subprocess.run([str(command), "--demo"], env=NO_DISPLAY_ENV, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "no display found" in result.stderr and "slotwise --help" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is created before the display is found"


def test_the_display_check_comes_before_qt_is_loaded():
    probe = ("import sys; from desktop.app import main; code = main([]); "
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))); "
             "sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", probe], env=NO_DISPLAY_ENV,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("env, platform, expected", [
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;minimal"}, "linux", True),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_what_counts_as_a_display(env, platform, expected):
    assert has_display(env, platform) is expected


def run_until_shown(qapp, argv: list[str]) -> tuple[int, list[str]]:
    """Run the real entry point; once its event loop runs, note the window titles and close."""
    from PySide6.QtCore import QTimer

    titles: list[str] = []

    def look_and_close():
        shown = [w for w in qapp.topLevelWidgets() if w.isVisible()]
        titles.extend(w.windowTitle() for w in shown)
        for window in shown:
            window.close()
        qapp.quit()

    QTimer.singleShot(0, look_and_close)
    return main(argv), titles


def test_the_window_opens_with_the_events_name_in_its_title(qapp, project, project_path):
    project.close()
    code, titles = run_until_shown(qapp, [str(project_path)])
    assert code == 0
    assert titles == ["Slotwise — ASEAN–China (Shandong) SME Conference — p.slotwise"]


def test_the_window_shows_the_event_and_closes_the_project_with_it(qtbot, project):
    from desktop.main_window import MainWindow

    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Slotwise — ASEAN–China (Shandong) SME Conference — p.slotwise"
    assert "中国—东盟（山东）中小企业合作发展大会" in window.summary.text()
    assert "0 sessions" in window.summary.text()
    window.close()
    assert window.project is None


def test_chinese_names_have_a_font_to_be_drawn_with(qapp):
    from PySide6.QtGui import QFontDatabase

    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert chinese, "no font can draw Chinese: names would show as boxes (install fonts-noto-cjk)"


def test_a_missing_file_is_reported_and_no_window_opens(tmp_path, capsys):
    assert main([str(tmp_path / "missing.slotwise")]) == 1
    assert "missing.slotwise: no such project file" in capsys.readouterr().err


@pytest.mark.skipif(not sample_file("shandong").is_file(),
                    reason="the sample event is not in resources/samples yet")
def test_demo_opens_a_fresh_copy_of_the_sample_in_the_data_folder(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    sample = json.loads(sample_file("shandong").read_text(encoding="utf-8"))
    for _ in range(2):  # the second start replaces the first copy
        code, titles = run_until_shown(qapp, ["--demo"])
        assert code == 0
        assert titles == [f"Slotwise — {sample['event']['name_en']} — demo.slotwise"]
    assert sorted(p.name for p in (tmp_path / "Slotwise").iterdir()) == ["demo.slotwise"]
