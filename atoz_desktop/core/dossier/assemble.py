"""The finished PDF: the laid-out pages and the appended PDF exhibits in exhibit order, each
page with its "page N of M" footer and each exhibit page with the band naming it, the outline
(a bookmark per section and per exhibit) and the document's metadata.

An appended page is never drawn over: its box is enlarged by a strip at the top for the band
and one at the bottom for the footer, so the carrier's receipt prints whole. Rotated pages are
straightened first, so "top" is the top the reader sees.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from atoz_desktop import APP_NAME, __version__
from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.exhibits import PreparedExhibit
from atoz_desktop.core.dossier.furniture import Band, Furniture
from atoz_desktop.core.dossier.layout import Layout
from atoz_desktop.core.dossier.markup import printable
from atoz_desktop.core.dossier.styles import (
    APPENDED_BOTTOM,
    APPENDED_TOP,
)
from atoz_desktop.core.dossier.texts import DossierTexts

_LANG_TAGS = {"en": "en-GB", "fr": "fr-FR"}
#: Appended pages narrower than this get white margins on both sides for their band.
MIN_APPENDED_WIDTH = 130 * mm


@dataclass(frozen=True)
class Assembled:
    pdf: bytes
    pages: int
    #: Exhibit number -> (first page index, page count) in the final document.
    exhibit_pages: dict[int, tuple[int, int]]


def assemble(content: DossierContent, layout: Layout, prepared: list[PreparedExhibit]) -> Assembled:
    from pypdf import PdfReader, PdfWriter

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    t = DossierTexts(content.lang, content.tz)
    furniture = Furniture(content, prepared)
    body = PdfReader(io.BytesIO(layout.pdf))
    body_pages = list(body.pages)
    starts = sorted(layout.exhibit_starts.items(), key=lambda item: item[1])
    first_exhibit = starts[0][1] if starts else len(body_pages)
    ranges: dict[int, range] = {}
    for position, (number, start) in enumerate(starts):
        end = starts[position + 1][1] if position + 1 < len(starts) else len(body_pages)
        ranges[number] = range(start, end)
    total = len(body_pages) + furniture.appended_total

    writer = PdfWriter()
    for page in body_pages[:first_exhibit]:
        writer.add_page(page)
    exhibit_pages: dict[int, tuple[int, int]] = {}
    appended: list[tuple[Any, Band, int]] = []  # (page in the writer, its band, its number)
    for exhibit in prepared:
        if exhibit.printed_by_layout and exhibit.number in ranges:
            exhibit_pages[exhibit.number] = (len(writer.pages), len(ranges[exhibit.number]))
            for index in ranges[exhibit.number]:
                writer.add_page(body_pages[index])  # its furniture is drawn already
        elif exhibit.pdf is not None:
            sources = list(PdfReader(io.BytesIO(exhibit.pdf)).pages)
            exhibit_pages[exhibit.number] = (len(writer.pages), len(sources))
            for number, source in enumerate(sources, 1):
                page = writer.add_page(source)
                _straighten(page)
                band = furniture.band(exhibit.number, number, len(sources))
                appended.append((page, band, len(writer.pages)))
    assert len(writer.pages) == total, (len(writer.pages), total)
    _stamp(appended, furniture, total)
    _outline(writer, layout, prepared, exhibit_pages, t, first_exhibit)
    _metadata(writer, content, t)
    out = io.BytesIO()
    writer.write(out)
    return Assembled(out.getvalue(), total, exhibit_pages)


def _straighten(page: Any) -> None:
    """Bake a /Rotate into the content, so the box's top is the top the reader sees."""
    if page.get("/Rotate", 0) % 360:
        try:
            page.transfer_rotation_to_content()
        except Exception:  # a page pypdf cannot straighten is stamped as it comes
            pass


def _stamp(appended: list[tuple[Any, Band, int]], furniture: Furniture, total: int) -> None:
    """Give each appended page a strip above for its band and one below for its footer, and
    draw them (one overlay page each, merged onto it)."""
    from pypdf import PdfReader, Transformation
    from pypdf.generic import RectangleObject

    if not appended:
        return
    boxes = []
    out = io.BytesIO()
    canvas = Canvas(out, invariant=0)
    for page, band, number in appended:
        box = page.cropbox
        x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
        # A till receipt is 80 mm wide: widen its box (centred) so the band can name it.
        pad = max(0.0, (MIN_APPENDED_WIDTH - (x1 - x0)) / 2)
        x0, y0, x1, y1 = x0 - pad, y0 - APPENDED_BOTTOM, x1 + pad, y1 + APPENDED_TOP
        boxes.append((x0, y0, x1, y1))
        canvas.setPageSize((x1 - x0, y1 - y0))
        furniture.draw(canvas, x1 - x0, y1 - y0, number, total, band, appended=True)
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(out.getvalue()))
    for (page, _band, _number), (x0, y0, x1, y1), stamp in zip(
        appended, boxes, overlay.pages, strict=True
    ):
        page.mediabox = RectangleObject([x0, y0, x1, y1])
        page.cropbox = RectangleObject([x0, y0, x1, y1])
        page.merge_transformed_page(stamp, Transformation().translate(x0, y0))


def _outline(
    writer: Any,
    layout: Layout,
    prepared: list[PreparedExhibit],
    exhibit_pages: dict[int, tuple[int, int]],
    t: DossierTexts,
    first_exhibit: int,
) -> None:
    for title, page in layout.sections:
        if page < first_exhibit:
            writer.add_outline_item(title=printable(title), page_number=page)
    if not exhibit_pages:
        return
    first = min(start for start, _count in exhibit_pages.values())
    parent = writer.add_outline_item(title=t("section.exhibits"), page_number=first)
    for exhibit in prepared:
        if exhibit.number in exhibit_pages:
            name = printable(exhibit.exhibit.item.file_name)
            writer.add_outline_item(
                title=f"{t.exhibit(exhibit.number)} · {name}",
                page_number=exhibit_pages[exhibit.number][0],
                parent=parent,
            )
    writer.page_mode = "/UseOutlines"


def _metadata(writer: Any, content: DossierContent, t: DossierTexts) -> None:
    from pypdf.generic import NameObject, TextStringObject

    title = f"{t(f'title.{content.kind}')} — {content.claim.order_id}"
    author = content.seller.byline or APP_NAME
    created = content.built_at.astimezone(content.tz)
    writer.add_metadata(
        {
            "/Title": printable(title),
            "/Author": printable(author),
            "/Subject": printable(t("subject", order_id=content.claim.order_id)),
            "/Creator": f"{APP_NAME} {__version__}",
            "/CreationDate": _pdf_date(created),
        }
    )
    writer._root_object[NameObject("/Lang")] = TextStringObject(_LANG_TAGS[content.lang])


def _pdf_date(value: datetime) -> str:
    offset = value.strftime("%z")
    return value.strftime("D:%Y%m%d%H%M%S") + (f"{offset[:3]}'{offset[3:]}'" if offset else "")
