"""The fonts a dossier prints with: DejaVu Sans, shipped in resources/fonts with its licence.

ReportLab's built-in Helvetica has no glyph for "ł", "ř" or "€" in some encodings, and a glyph a
font lacks prints as a black box; DejaVu covers every European language a seller's buyers write
in. ReportLab embeds only the glyphs a document uses, so a dossier carries a few dozen kB of font.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from atoz_desktop import resources_dir

REGULAR = "AtozSans"
BOLD = "AtozSans-Bold"
ITALIC = "AtozSans-Oblique"
MONO = "AtozMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}
#: The fonts any text from the database may be set in (the mono font only prints hashes).
TEXT_FONTS = (REGULAR, BOLD, ITALIC)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the dossier's fonts with ReportLab once per process (thread-safe: dossiers are
    built on a worker thread while the CLI or a test may build another)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
        # <b> and <i> inside a paragraph pick the family's bold and oblique faces.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@cache
def covered_codepoints() -> frozenset[int]:
    """The characters every text font has a glyph for."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in TEXT_FONTS]
    return frozenset(set.intersection(*sets))
