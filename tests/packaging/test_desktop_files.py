"""The files a Linux desktop reads about Slotwise, checked with the desktop's own tools: the menu
entry, the AppStream metadata, the .slotwise file type (recognised by name and by content) and
the icons."""

from __future__ import annotations

import configparser
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

import pytest
from packaging_kit import (ICONS, PACKAGING, SIZES, check, tool, validate_desktop_entry,
                           validate_metainfo)

from scheduler.version import APP_ID, __version__

DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-slotwise-project"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid_and_opens_project_files():
    validate_desktop_entry(DESKTOP)
    entry = desktop_entry()
    assert entry["Exec"] == "slotwise-desktop %f"  # the double-clicked file is handed over
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"


def test_a_broken_desktop_entry_is_refused(tmp_path):
    """The validator really judges: a file type without its "application/" part fails it."""
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(DESKTOP.read_text(encoding="utf-8").replace(f"={MIME_TYPE};", "=x-slotwise;"),
                      encoding="utf-8")
    with pytest.raises(AssertionError):
        validate_desktop_entry(broken)


def test_the_metainfo_is_valid_and_names_this_version():
    validate_metainfo(METAINFO)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("releases/release").get("version") == __version__  # the newest first
    assert MIME_TYPE in [e.text for e in root.findall("provides/mediatype")]
    assert {"slotwise", "slotwise-desktop"} <= {e.text for e in root.findall("provides/binary")}


def test_the_mime_definition_is_well_formed_and_has_glob_and_magic():
    check([tool("xmllint"), "--noout", MIME])
    [mime] = ET.parse(MIME).getroot().findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.slotwise"
    assert mime.find(f"{MIME_NS}magic") is not None


def project_file(path):
    from resources import sample_path
    from scheduler.interchange.json_format import create_project_from_json

    create_project_from_json(path, sample_path("small")).close()
    return path


def test_the_installed_mime_type_recognises_projects_by_name_and_by_content(tmp_path):
    """Installed the way install.sh does it, Qt's MIME database (what a file manager asks)
    calls a project a Slotwise project even without its extension, and another program's
    SQLite file not."""
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / f"{APP_ID}.xml").write_bytes(MIME.read_bytes())
    check([tool("update-mime-database"), data / "mime"])
    project_file(tmp_path / "conference.slotwise")
    (tmp_path / "renamed.bin").write_bytes((tmp_path / "conference.slotwise").read_bytes())
    with sqlite3.connect(tmp_path / "other.bin") as other:
        other.execute("CREATE TABLE t (x)")
    script = ("import sys; from PySide6.QtCore import QCoreApplication, QMimeDatabase; "
              "app = QCoreApplication([]); db = QMimeDatabase(); "
              "print(' '.join(db.mimeTypeForFile(name).name() for name in sys.argv[1:]))")
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_DATA_DIRS="/usr/share")
    found = check([sys.executable, "-c", script, "conference.slotwise", "renamed.bin", "other.bin"],
                  env=env, cwd=tmp_path).split()
    assert found[:2] == [MIME_TYPE, MIME_TYPE]
    assert found[2] != MIME_TYPE


def test_every_icon_size_is_there_and_square():
    from PySide6.QtGui import QImage

    for size in SIZES:
        image = QImage(str(ICONS / f"slotwise-{size}.png"))
        assert not image.isNull(), size
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_the_svg_parses_and_the_pngs_are_drawn_from_it(tmp_path, qapp):
    """The committed PNGs are what packaging/render_icons.py draws from the SVG now: an SVG
    edited without rendering again fails here."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    root = ET.parse(ICONS / "slotwise.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert QSvgRenderer(str(ICONS / "slotwise.svg")).isValid()
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    render_icons.render_all(tmp_path)
    for size in SIZES:
        fresh, committed = (QImage(str(folder / f"slotwise-{size}.png"))
                            for folder in (tmp_path, ICONS))
        assert mean_difference(fresh, committed) < 2.0, f"slotwise-{size}.png is stale"


def mean_difference(a, b) -> float:
    """Mean absolute difference of the RGBA channels of two same-sized images (0-255)."""
    from PySide6.QtGui import QImage

    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    first, second = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(first, second)) / len(first)
