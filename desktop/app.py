"""`slotwise-desktop`: check for a display, open a project, show the main window.

PySide6 is imported only once a display is known to exist, so a machine without one gets a
sentence pointing to the command line instead of a Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NO_DISPLAY = ("slotwise-desktop: no display found. The desktop app needs a graphical session; "
              "use the command line instead: slotwise --help "
              "(e.g. slotwise demo sample.slotwise && slotwise info sample.slotwise)")

# Qt platforms that draw without a window system (QT_QPA_PLATFORM=offscreen for tests and CI).
WITHOUT_WINDOW_SYSTEM = {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc",
                         "vkkhrdisplay"}
DEMO_FILE = "demo.slotwise"


def has_display(env=os.environ, platform: str = sys.platform) -> bool:
    """True when Qt can show a window: always on Windows and macOS; elsewhere X11 or Wayland
    is running, or QT_QPA_PLATFORM names a platform that needs neither."""
    if platform in ("win32", "darwin"):
        return True
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return True
    wanted = env.get("QT_QPA_PLATFORM", "")
    return any(name.split(":")[0].strip() in WITHOUT_WINDOW_SYSTEM for name in wanted.split(";"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="slotwise-desktop",
                                     description="Lay out and schedule a hybrid, multi-city event.")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("path", nargs="?", help="a project file (.slotwise) to open")
    which.add_argument("--demo", action="store_true",
                       help="open a fresh copy of the sample event (kept in your data folder)")
    which.add_argument("--self-test", metavar="OUTDIR",
                       help="check that this installation works, without a display if need be: "
                            "solve a fresh copy of the sample in the main window, publish it and "
                            "export its calendars into OUTDIR (exit 0 when all went well)")
    from scheduler.version import __version__

    parser.add_argument("--version", action="version", version=f"slotwise-desktop {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from .self_test import run_self_test

        return run_self_test(Path(args.self_test))
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from scheduler import Project, SlotwiseError

    try:
        if args.demo:
            project = demo_project()
        else:
            project = Project.open(Path(args.path)) if args.path else None
    except SlotwiseError as exc:
        print(f"slotwise-desktop: error: {exc}", file=sys.stderr)
        return 1
    from .main_window import run

    return run(project, [sys.argv[0]])


def demo_project(sample: str = "shandong"):
    """A fresh copy of a sample event in the user's data folder, replacing the last one."""
    from platformdirs import user_data_dir

    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json

    folder = Path(user_data_dir("Slotwise"))
    folder.mkdir(parents=True, exist_ok=True)
    project = create_project_from_json(folder / DEMO_FILE, sample_path(sample), replace=True)
    print(f"Opened a fresh copy of the sample event: {project.path}")
    return project


if __name__ == "__main__":
    sys.exit(main())
