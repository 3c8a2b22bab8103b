"""Page furniture: the "page N of M" footer on every page and the band naming the exhibit
across the top of each exhibit page.

The final numbering is known before any page is drawn (the PDF exhibits' page counts come from
preparing them), so the laid-out pages get their furniture as ReportLab draws them and only the
appended PDF pages get it through an overlay (assemble.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.exhibits import PreparedExhibit
from atoz_desktop.core.dossier.fonts import BOLD, REGULAR
from atoz_desktop.core.dossier.markup import printable
from atoz_desktop.core.dossier.styles import (
    APPENDED_BOTTOM,
    APPENDED_TOP,
    BAND,
    BAND_HEIGHT,
    FOOTER_Y,
    MARGIN,
    MUTED,
    TOP_MARGIN,
)
from atoz_desktop.core.dossier.texts import DossierTexts


@dataclass(frozen=True, slots=True)
class Band:
    left: str  # "Exhibit 3 · receipt.pdf · carrier receipt"
    right: str  # "page 2 of 4", or ""


class Furniture:
    """What the footer and the bands of one dossier say."""

    def __init__(self, content: DossierContent, prepared: list[PreparedExhibit]) -> None:
        self.t = DossierTexts(content.lang, content.tz)
        self.title = self.t(f"title.{content.kind}")
        self.order_id = content.claim.order_id
        self.prepared = {p.number: p for p in prepared}
        #: Pages each appended PDF exhibit adds, by exhibit number.
        self.pdf_pages = {p.number: p.pdf_pages for p in prepared if p.pdf is not None}

    def appended_before(self, number: int) -> int:
        """Pages of PDF exhibits numbered before exhibit `number` (they come before it)."""
        return sum(pages for n, pages in self.pdf_pages.items() if n < number)

    @property
    def appended_total(self) -> int:
        return sum(self.pdf_pages.values())

    def band(self, number: int, page: int, pages: int) -> Band:
        item = self.prepared[number].exhibit.item
        t = self.t
        left = t("exhibit.caption", exhibit=t.exhibit(number), file=item.file_name,
                 kind=t.evidence_kind(item.kind))  # fmt: skip
        right = t("exhibit.page", page=page, pages=pages) if pages > 1 else ""
        return Band(printable(left), printable(right))

    def draw(
        self,
        canvas: Canvas,
        width: float,
        height: float,
        number: int,
        total: int,
        band: Band | None,
        appended: bool = False,
    ) -> None:
        """Draw the footer (and the band) of final page `number` of `total` on `canvas`, whose
        page is `width`×`height` (an appended page: its enlarged box)."""
        canvas.saveState()
        margin = MARGIN if not appended else min(MARGIN, width * 0.06)
        footer = printable(self.t("footer", title=self.title, order_id=self.order_id,
                                  page=number, pages=total))  # fmt: skip
        footer, size = fit(footer, REGULAR, 7.5, width - 2 * margin)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, APPENDED_BOTTOM * 0.38 if appended else FOOTER_Y,
                                 footer)  # fmt: skip
        if band is not None:
            _draw_band(canvas, band, width, height, margin, appended)
        canvas.restoreState()


def fit(text: str, font: str, size: float, width: float, minimum: float = 5.5) -> tuple[str, float]:
    """`text` at the largest size down to `minimum` that fits `width`, else shortened with an
    ellipsis in the middle (a long file name; the index has it whole)."""
    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.5
    keep = len(text)
    shortened = text
    while keep > 8 and stringWidth(shortened, font, size) > width:
        keep -= 4
        shortened = text[: keep // 2] + "…" + text[-(keep // 2) :]
    return shortened, size


def _draw_band(
    canvas: Canvas, band: Band, width: float, height: float, margin: float, appended: bool
) -> None:
    if appended:
        # The strip added above the page: blanked, so nothing outside the old box shows there.
        canvas.setFillColor(colors.white)
        canvas.rect(0, height - APPENDED_TOP, width, APPENDED_TOP, stroke=0, fill=1)
        bottom, band_h = height - APPENDED_TOP + 1.5 * mm, APPENDED_TOP - 3 * mm
    else:
        bottom = height - TOP_MARGIN - BAND_HEIGHT + 2.5 * mm
        band_h = BAND_HEIGHT - 3 * mm
    x, band_w = margin, width - 2 * margin
    canvas.setFillColor(BAND)
    canvas.roundRect(x, bottom, band_w, band_h, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    right_w = stringWidth(band.right, REGULAR, 7.5) if band.right else 0.0
    room = band_w - 4 * mm - right_w - (3 * mm if band.right else 0)
    text, size = fit(band.left, BOLD, 8.5, room)
    baseline = bottom + (band_h - size) / 2 + 0.6
    canvas.setFont(BOLD, size)
    canvas.drawString(x + 2 * mm, baseline, text)
    if band.right:
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(x + band_w - 2 * mm, baseline, band.right)
