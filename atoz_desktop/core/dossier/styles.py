"""The dossier's page geometry and paragraph styles (ReportLab), in one place."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from atoz_desktop.core.dossier.fonts import BOLD, MONO, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 18 * mm
#: Room at the bottom of every page for the footer that assemble.py adds.
BOTTOM_MARGIN = 18 * mm
#: The band naming an exhibit across the top of each of its pages (drawn by assemble.py).
BAND_HEIGHT = 11 * mm
#: Strips added to an appended PDF page for its band (top) and footer (bottom).
APPENDED_TOP = 13 * mm
APPENDED_BOTTOM = 9 * mm
FOOTER_Y = 8 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#eef1f5")
BAND = colors.HexColor("#1f3a5f")
STRONG = colors.HexColor("#1d6b34")
RISK = colors.HexColor("#9a3b00")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    entry: ParagraphStyle
    message: ParagraphStyle
    bullet: ParagraphStyle
    mono: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    seller: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=12.6,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=3,
        # A 5,000-character "word" is broken at the margin instead of running off the page.
        splitLongWords=1,
        # Bullets default to Helvetica, which has no "✔"; every glyph comes from DejaVu.
        bulletFontName=REGULAR,
        allowWidows=1,
        allowOrphans=0,
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        small=style("small", fontSize=8, leading=10.2),
        muted=style("muted", fontSize=8, leading=10.2, textColor=MUTED),
        label=style("label", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0),
        title=style(
            "title",
            fontName=BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=4,
        ),
        subtitle=style("subtitle", fontSize=11, leading=14, spaceAfter=2),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        entry=style(
            "entry",
            fontName=BOLD,
            fontSize=9.5,
            leading=12.4,
            spaceBefore=6,
            spaceAfter=1,
            keepWithNext=1,
        ),
        message=style("message", leftIndent=4 * mm, spaceAfter=2),
        bullet=style("bullet", leftIndent=5 * mm, bulletIndent=0, spaceAfter=3),
        mono=style("mono", fontName=MONO, fontSize=6.4, leading=8, spaceAfter=0),
        cell=style("cell", fontSize=8.5, leading=10.8, spaceAfter=0),
        cell_head=style(
            "cell_head", fontName=BOLD, fontSize=8.5, leading=10.8, spaceAfter=0, textColor=ACCENT
        ),
        seller=style("seller", fontSize=9, leading=11.5, spaceAfter=0),
    )
