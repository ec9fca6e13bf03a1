"""Mend the text maps of a PDF Qt wrote, so that copying and searching Chinese text works.

Qt embeds each font with a ToUnicode map from glyph to character built by looking the glyph up
in the font's character map, taking the lowest character that uses it. CJK fonts draw a radical
and the everyday ideograph with one glyph (⼭ U+2F2D and 山 U+5C71, ⻚ U+2EDA and 页 U+9875), so
a viewer would copy, and search for, the radical. Here each character of such a map that the
document never drew is replaced by the drawn character that has the same glyph in one of the
booklet's fonts (asked of Qt's QRawFont). Both are written as four hex digits, so the file
keeps its length and every offset in it stays right; the maps are uncompressed text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
RANGE = re.compile(rb"(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)")
CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
SECTION = re.compile(rb"beginbf(range|char)(.*?)endbf(?:range|char)", re.S)


def look_alikes(drawn: set[str], families: Iterable[str]) -> Callable[[str], str]:
    """``better(character)``: the drawn character with the same glyph as ``character`` in one
    of the installed ``families`` (regular or bold), else ``character`` itself."""
    installed = set(QFontDatabase.families())
    fonts = []
    for family in (f for f in families if f in installed):
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            fonts.append(QRawFont.fromFont(font))
    def glyph(raw: QRawFont, character: str) -> int:  # 0: the font has no glyph for it
        glyphs = raw.glyphIndexesForString(character)
        return glyphs[0] if len(glyphs) == 1 else 0

    by_glyph: dict[tuple[int, int], str] = {}
    for number, raw in enumerate(fonts):
        for character in sorted(drawn):
            if glyph(raw, character):
                by_glyph.setdefault((number, glyph(raw, character)), character)

    def better(character: str) -> str:
        if character in drawn:
            return character
        for number, raw in enumerate(fonts):
            found = by_glyph.get((number, glyph(raw, character)))
            if found is not None and ord(found) <= 0xFFFF:
                return found
        return character

    return better


def mend_text_maps(path: str | Path, better: Callable[[str], str]) -> int:
    """Rewrite the PDF at ``path`` in place with ``better`` (see ``look_alikes``); the number
    of map entries mended."""
    path = Path(path)
    data = path.read_bytes()
    mended = 0

    def code(match: re.Match) -> bytes:
        nonlocal mended
        character = chr(int(match.group(1), 16))
        replacement = better(character)
        if replacement == character:
            return match.group(0)
        mended += 1
        return b"<%04X>" % ord(replacement)

    def destinations(match: re.Match) -> bytes:
        return match.group(1) + CODE.sub(code, match.group(2))

    def section(match: re.Match) -> bytes:
        pattern = RANGE if match.group(1) == b"range" else CHAR
        body = pattern.sub(destinations, match.group(2))
        return match.group(0).replace(match.group(2), body, 1)

    def cmap(match: re.Match) -> bytes:
        return SECTION.sub(section, match.group(0))

    result = CMAP.sub(cmap, data)
    if mended:
        assert len(result) == len(data)
        path.write_bytes(result)
    return mended
