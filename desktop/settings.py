"""What the app remembers between runs, in one place: the QSettings keys and typed access.

The settings belong to the running application's organisation and name: "Slotwise"/"Slotwise"
in the app that ``desktop.main_window.run`` makes. An app without an organisation name (a
test's) keeps no settings at all: getters give their defaults and setters do nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANISATION = APPLICATION = "Slotwise"

RECENT_FILES = "files/recent"
LAST_EXPORT_FOLDER = "files/last_export_folder"
LANGUAGE = "view/language"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
PUBLISH_TARGETS = "publish/targets"  # folder, CalDAV URL and user (never the password)

RECENT_LIMIT = 8
LANGUAGES = {"en": "English", "zh": "中文 (Chinese)"}  # code: menu text
DEFAULT_LANGUAGE = "en"


def store() -> QSettings | None:
    """The settings of the running application, or None in an app without an organisation."""
    app = QCoreApplication.instance()
    if app is None or not app.organizationName():
        return None
    return QSettings()


def _get(key: str, default=None):
    settings = store()
    return default if settings is None else settings.value(key, default)


def _set(key: str, value) -> None:
    settings = store()
    if settings is not None:
        settings.setValue(key, value)


# -- recent files ------------------------------------------------------------------------------

def recent_files() -> list[Path]:
    value = _get(RECENT_FILES, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [Path(v) for v in (value or [])]


def remember_file(path: Path) -> list[Path]:
    """Put a project file first in the recent list (at most RECENT_LIMIT, no repeats)."""
    path = Path(path).resolve()
    files = ([path] + [p for p in recent_files() if p != path])[:RECENT_LIMIT]
    _set(RECENT_FILES, [str(p) for p in files])
    return files


# -- the folder of the last export or copy -----------------------------------------------------

def last_export_folder() -> Path | None:
    """Where the last export or copy went, while that folder still exists."""
    value = _get(LAST_EXPORT_FOLDER, "")
    folder = Path(value) if value else None
    return folder if folder is not None and folder.is_dir() else None


def set_last_export_folder(folder: Path) -> None:
    _set(LAST_EXPORT_FOLDER, str(Path(folder).resolve()))


# -- language of the names ---------------------------------------------------------------------

def language() -> str:
    """"en" or "zh": the language the timetable and panels show names in."""
    value = _get(LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"no language '{code}' (there are: {', '.join(LANGUAGES)})")
    _set(LANGUAGE, code)


# -- window layout -----------------------------------------------------------------------------

def window_layout() -> tuple[QByteArray | None, QByteArray | None]:
    """The main window's saved geometry and dock state (None where nothing was saved)."""
    return _get(WINDOW_GEOMETRY), _get(WINDOW_STATE)


def save_window_layout(geometry: QByteArray, state: QByteArray) -> None:
    _set(WINDOW_GEOMETRY, geometry)
    _set(WINDOW_STATE, state)


# -- where the Publish dialog sends feeds --------------------------------------------------------

def publish_targets() -> dict[str, str]:
    """The feeds folder, CalDAV URL and user name used last ("" where none): never a password."""
    value = _get(PUBLISH_TARGETS, {})
    value = value if isinstance(value, dict) else {}
    return {key: str(value.get(key) or "") for key in ("folder", "url", "user")}


def set_publish_targets(folder: str, url: str, user: str) -> None:
    _set(PUBLISH_TARGETS, {"folder": folder, "url": url, "user": user})
