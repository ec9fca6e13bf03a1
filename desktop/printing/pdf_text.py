"""Mend the text maps of a PDF Qt wrote, so that copying and searching Chinese text works.

Qt embeds each font with a ToUnicode map from glyph to character built by looking the glyph up
in the font's character map, taking the lowest character that uses it. CJK fonts draw a
Kangxi radical and the everyday ideograph with one glyph (⼭ U+2F2D and 山 U+5C71), and the
figure dash and the en dash with one glyph, so a viewer would copy, and search for, the
radical or the figure dash. Here each character of such a map that the document never drew is
replaced by the one look-alike it did draw. Both are written as four hex digits, so the file
keeps its length and every offset in it stays right; the maps are uncompressed text.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
RANGE = re.compile(rb"(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)")
CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
SECTION = re.compile(rb"beginbf(range|char)(.*?)endbf(?:range|char)", re.S)
DASHES = {"\u2012": "\u2013", "\u2010": "\u002d"}  # figure dash -> en dash, hyphen -> hyphen-minus


def look_alike(character: str) -> str:
    """The everyday character a font draws with the same glyph, or ``character`` itself."""
    if "\u2e80" <= character <= "\u2fdf":  # CJK radicals, Kangxi radicals
        folded = unicodedata.normalize("NFKC", character)
        return folded if len(folded) == 1 and ord(folded) <= 0xFFFF else character
    return DASHES.get(character, character)


def mend_text_maps(path: str | Path, drawn: set[str]) -> int:
    """Rewrite the PDF at ``path`` in place; the number of map entries mended."""
    path = Path(path)
    data = path.read_bytes()
    mended = 0

    def code(match: re.Match) -> bytes:
        nonlocal mended
        character = chr(int(match.group(1), 16))
        better = look_alike(character)
        if better == character or character in drawn or better not in drawn:
            return match.group(0)
        mended += 1
        return b"<%04X>" % ord(better)

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
