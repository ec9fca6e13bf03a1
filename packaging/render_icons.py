"""Render the application icon's PNG sizes from its SVG with Qt's own SVG renderer.

Why PNGs at all: icon themes (hicolor), Windows .ico and macOS .icns want bitmaps, and a
hand-tuned SVG drawn by a different renderer could look different in each place; drawing every
size with QSvgRenderer keeps them the same picture. The PNGs are committed beside the SVG
(resources/icons/slotwise-<size>.png), so the app and the wheel need no render step; run this
after changing the SVG, and tests/packaging/test_desktop_files.py fails if they are stale.

    python packaging/render_icons.py            # writes resources/icons/slotwise-<size>.png
    python packaging/render_icons.py --out DIR  # somewhere else (the test's comparison)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "slotwise.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_name(size: int) -> str:
    return f"slotwise-{size}.png"


def render(svg: Path, size: int):
    """The SVG drawn on a transparent square QImage of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render_all(out: Path, svg: Path = SVG) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = out / png_name(size)
        if not render(svg, size).save(str(path), "PNG"):
            raise SystemExit(f"render_icons: could not write {path}")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the PNGs")
    args = parser.parse_args()
    for path in render_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
