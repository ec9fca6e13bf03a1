"""Build hook: compile the translations (resources/translations/*.ts -> .qm) into the wheel.

Everything else about the build is in pyproject.toml. The .qm files are build products and
not committed; lrelease comes with PySide6-Essentials, which pyproject.toml's [build-system]
requires. An editable install skips this (no build_py); the app then compiles the .ts into
the user cache folder on first use (desktop/translations.py).
"""

import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def lrelease() -> str:
    """lrelease of the PySide6 in the build environment (or on PATH)."""
    spec = find_spec("PySide6")  # found without loading Qt
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for candidate in (folder / "lrelease", folder / "lrelease.exe",
                          folder / "Qt" / "libexec" / "lrelease"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("building Slotwise needs lrelease (pip install PySide6-Essentials)")
    return found


class BuildWithTranslations(build_py):
    """build_py, then every .ts copied into the build compiled beside it as .qm."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # the source tree is used as it is
            return
        folder = Path(self.build_lib) / "resources" / "translations"
        for ts in sorted(folder.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            self.announce(f"compiled {ts.name} -> {qm.name}", level=2)


setup(cmdclass={"build_py": BuildWithTranslations})
