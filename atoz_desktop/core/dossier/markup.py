"""Text from the database, made safe for ReportLab's paragraph markup and printable in its fonts.

A buyer's message is data, never markup: `<b>`, `&amp;`, `<img src=…>` or `</font>` must print
as typed, so everything is escaped before it reaches a `Paragraph`. Characters no glyph can
show are not left to print as black boxes: control and invisible format characters (which a
reader cannot see anyway, and of which some, like U+202E, would reorder the text a reader sees)
are dropped, and a character the fonts lack is written as its code point, "[U+4E2D]", so the
dossier still says exactly what was there.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from atoz_desktop.core.dossier.fonts import covered_codepoints

TAB = "    "
_KEEP = frozenset("\n")
NBSP = "\u00a0"


def printable(text: str) -> str:
    """`text` with line breaks normalised, tabs as spaces, invisible characters dropped and
    characters without a glyph replaced by their code point."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", TAB)
    covered = covered_codepoints()
    out: list[str] = []
    for char in text:
        point = ord(char)
        if char in _KEEP:
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Zl", "Zp"):
            # Invisible, and some (U+202E) would reorder what a reader sees: never printed.
            out.append("\n" if category in ("Zl", "Zp") else "")
        elif point in covered:
            out.append(char)
        elif category == "Cs" or point == 0xFFFD:
            out.append("\ufffd" if 0xFFFD in covered else "?")
        elif category == "Zs":
            out.append(" ")
        else:
            out.append(f"[U+{point:04X}]")
    return "".join(out)


def para(text: str) -> str:
    """Paragraph markup that prints `text` as written: escaped, line breaks kept, runs of spaces
    kept (a buyer's indentation or a tracking table pasted into a mail)."""
    lines = escape(printable(text)).split("\n")
    return "<br/>".join(_keep_spaces(line) for line in lines)


def _keep_spaces(line: str) -> str:
    # ReportLab collapses runs of spaces like HTML; a no-break space after each space keeps them.
    if "  " not in line and not line.startswith(" "):
        return line
    out = []
    previous = "\n"
    for char in line:
        if char == " " and previous in (" ", "\n", NBSP):
            out.append(NBSP)
            previous = NBSP
        else:
            out.append(char)
            previous = char
    return "".join(out)


def plain(text: str) -> str:
    """One line of markup from a short value (a name, a file name): escaped, no line breaks."""
    return escape(" ".join(printable(text).split()))
