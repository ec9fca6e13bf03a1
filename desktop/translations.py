"""The app's translations: find (or make) the compiled ``.qm`` and install it with Qt's own.

The ``.ts`` sources live in ``resources/translations`` and are committed; the ``.qm`` files are
build products. A wheel (and the app bundle) carries them, compiled at build time by
``setup.py``; an editable or source install has only the ``.ts``, so the first start in a
language compiles it with the installed PySide6's ``lrelease`` into the user cache folder
(again whenever the ``.ts`` is newer). Qt's own ``qtbase`` translation comes along so the
standard buttons and dialogs (OK, Cancel, the file dialog) speak the same language.

    python -m desktop.translations compile OUTDIR   # every .ts -> OUTDIR/*.qm (for packaging)
    python -m desktop.translations update           # lupdate over desktop/ into the .ts files
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

PREFIX = "slotwise"
LOCALES = {"en": "en_GB", "zh": "zh_CN"}  # language setting -> the Qt locale it stands for
SOURCE_LANGUAGE = "en"  # the language of the texts in the code: needs no translator
QT_CATALOGUES = ("qtbase",)  # Qt's own translations loaded with ours
DESKTOP = Path(__file__).resolve().parent

_installed: list[QTranslator] = []  # on the application now (kept alive here)


def locale_of(language: str) -> QLocale:
    """The QLocale a language setting stands for (English as in Britain: 24-hour, day month)."""
    return QLocale(LOCALES.get(language, LOCALES[SOURCE_LANGUAGE]))


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the application's: remove the translators installed before, install
    ours and Qt's for it ("en" installs none), and make its locale the default. Installing
    sends every widget a LanguageChange event. Returns the translators installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_of(language))
    if language == SOURCE_LANGUAGE or language not in LOCALES:
        return []
    name = LOCALES[language]
    ours = qm_file(name)
    candidates = [(ours.name, str(ours.parent))] if ours is not None else []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates += [(f"{catalogue}_{name}", qt_folder) for catalogue in QT_CATALOGUES]
    for filename, folder in candidates:
        translator = QTranslator(app)
        if translator.load(filename, folder) and app.installTranslator(translator):
            _installed.append(translator)
    return list(_installed)


def installed_language() -> str:
    """The language whose translators are installed now ("en" when none are)."""
    for translator in _installed:
        for language, name in LOCALES.items():
            if translator.language().replace("-", "_") == name:
                return language
    return SOURCE_LANGUAGE


# -- finding and compiling the .qm -------------------------------------------------------------

def shipped_folder():
    """The Traversable of resources/translations (in a wheel, a bundle or the checkout)."""
    return files("resources") / "translations"


def ts_sources() -> list[Path]:
    """The .ts files shipped (real paths: the translations ship unzipped)."""
    with as_file(shipped_folder()) as folder:
        return sorted(Path(folder).glob(f"{PREFIX}_*.ts"))


def qm_file(locale_name: str) -> Path | None:
    """The compiled translation for a locale ("zh_CN"): the shipped .qm (a wheel's or a
    bundle's: their file times say nothing, installers set them), else one compiled into the
    user cache folder and compiled again when the .ts is newer. None if there is neither a
    .qm nor a way to make one."""
    with as_file(shipped_folder()) as folder:
        folder = Path(folder)
    ts, qm = folder / f"{PREFIX}_{locale_name}.ts", folder / f"{PREFIX}_{locale_name}.qm"
    if qm.is_file():
        return qm
    if not ts.is_file():
        return qm if qm.is_file() else None
    cached = cache_folder() / qm.name
    if cached.is_file() and not _newer(ts, cached):
        return cached
    try:
        return compile_ts(ts, cached)
    except (OSError, subprocess.CalledProcessError):
        return cached if cached.is_file() else None


def _newer(a: Path, b: Path) -> bool:
    return a.is_file() and a.stat().st_mtime > b.stat().st_mtime


def cache_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Slotwise")) / "translations"


def qt_tool(name: str) -> str:
    """The path of a Qt Linguist tool ("lrelease", "lupdate") of the installed PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"no {name} found: it comes with PySide6 "
                                "(pip install PySide6-Essentials)")
    return found


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one .ts into ``qm`` with lrelease (written beside, then moved in place)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True,
                   capture_output=True)
    os.replace(partial, qm)
    return qm


def compile_all(outdir: Path) -> list[Path]:
    """Every shipped .ts compiled into ``outdir`` (the packaging scripts call this)."""
    return [compile_ts(ts, Path(outdir) / ts.with_suffix(".qm").name) for ts in ts_sources()]


# -- updating the .ts from the code ------------------------------------------------------------

def source_files(root: Path = DESKTOP) -> list[Path]:
    """The Python files lupdate reads: all of desktop/."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, *, keep_obsolete: bool = False) -> str:
    """Bring ``ts`` up to date with the texts in desktop/ (new ones unfinished); lupdate's report.
    Locations are left out: line numbers change with every edit, the texts do not."""
    language = Path(ts).stem.removeprefix(f"{PREFIX}_")
    command = [qt_tool("lupdate"), *map(str, source_files()), "-locations", "none",
               "-source-language", "en", "-target-language", language, "-ts", str(ts)]
    if not keep_obsolete:
        command.insert(-2, "-no-obsolete")
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.translations")
    commands = parser.add_subparsers(dest="command", required=True)
    compile_command = commands.add_parser("compile", help="compile every .ts into OUTDIR")
    compile_command.add_argument("outdir", type=Path)
    commands.add_parser("update", help="lupdate desktop/ into the shipped .ts files")
    args = parser.parse_args(argv)
    if args.command == "compile":
        for qm in compile_all(args.outdir):
            print(qm)
    else:
        for ts in ts_sources() or [shipped_folder() / f"{PREFIX}_{LOCALES['zh']}.ts"]:
            print(lupdate(Path(str(ts))).strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
