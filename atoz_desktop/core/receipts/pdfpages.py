"""A PDF's text layer and its pages as pictures, without Qt, through PDFium (pypdfium2).

pypdf reads text but cannot draw a page, and a label's barcode is drawn as vector bars (or is
a scanned image): to read it the page must be rendered. pypdfium2 ships PDFium (Chrome's PDF
engine, BSD-licensed, heavily fuzzed) in its wheels for Windows, macOS and Linux, needs no
system library, renders and extracts text from the same open document. (PyMuPDF is AGPL;
pdf2image needs Poppler installed; QtPdf is Qt, which the core does not import.)

PDFium is not thread-safe, not even across documents: every call here holds one process-wide
lock, and every PDFium object is closed before the lock is released (never left to the garbage
collector, which may run in another thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PIL import Image

from atoz_desktop.core.i18n import _

_pdfium = threading.Lock()

#: Pages read (text and barcodes): a receipt or a proof of delivery is a page or two; a
#: scanned bundle may be longer, its first pages are enough.
MAX_PAGES = 10
#: A page is rendered at most this many pixels (A4 at 200 dpi is 3.9 MP): Code 128 bars of a
#: label stay several pixels wide, and ten pages stay below 200 MB of pixels in all.
PAGE_PIXELS = 4_000_000
_MAX_DPI = 200
_MAX_TEXT_PER_PAGE = 50_000


class UnreadablePdf(ValueError):
    """PDFium cannot open the PDF; the message says why, for the seller."""


#: A page whose text layer has fewer letters and digits than this, and that shows a picture,
#: is a scan (or a photo pasted in): its text is recognised (OCR) from the rendered page.
MIN_TEXT_CHARS = 20
#: Nested forms searched for a picture (a scanner puts it on the page itself).
_MAX_FORM_DEPTH = 2
_MAX_OBJECTS = 10_000


@dataclass(frozen=True, slots=True)
class PdfContent:
    text: str  # the text layer of the pages read, pages separated by a form feed
    pages: list[Image.Image]  # the pages read, rendered (grayscale)
    page_count: int
    scanned: tuple[bool, ...] = ()  # per page read: no text layer to speak of, a picture shown


def read_pdf(data: bytes, max_pages: int = MAX_PAGES, render: bool = True) -> PdfContent:
    """The text and rendered pictures of the first `max_pages` pages."""
    import pypdfium2

    with _pdfium:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise UnreadablePdf(_("this PDF needs a password")) from None
            raise UnreadablePdf(_("the PDF is damaged: no PDF reader can open it")) from None
        try:
            count = len(document)
            texts: list[str] = []
            pictures: list[Image.Image] = []
            scanned: list[bool] = []
            for number in range(min(count, max_pages)):
                page = document[number]
                try:
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_bounded()[:_MAX_TEXT_PER_PAGE]
                        texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
                    finally:
                        textpage.close()
                    letters = sum(c.isalnum() for c in text[: 50 * MIN_TEXT_CHARS])
                    scanned.append(letters < MIN_TEXT_CHARS and _shows_picture(page))
                    if render:
                        pictures.append(_render(page))
                finally:
                    page.close()
        finally:
            document.close()
    return PdfContent("\f".join(texts), pictures, count, tuple(scanned))


def _shows_picture(page: object) -> bool:
    """Whether the page draws an image, on itself or in a form it draws (looking at 10,000
    objects at most: a page of vector art has many)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    assert isinstance(page, pypdfium2.PdfPage)
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    objects = [pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(min(count, _MAX_OBJECTS))]
    seen = len(objects)
    for _depth in range(_MAX_FORM_DEPTH + 1):
        forms: list[object] = []
        for handle in objects:
            kind = pdfium_c.FPDFPageObj_GetType(handle)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                return True
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and seen < _MAX_OBJECTS:
                inner = min(pdfium_c.FPDFFormObj_CountObjects(handle), _MAX_OBJECTS - seen)
                forms.extend(pdfium_c.FPDFFormObj_GetObject(handle, i) for i in range(inner))
                seen += inner
        objects = forms
    return False


def _render(page: object) -> Image.Image:
    import pypdfium2

    assert isinstance(page, pypdfium2.PdfPage)
    width, height = page.get_size()  # points
    area = max(width * height, 1.0)
    scale = min(_MAX_DPI / 72, (PAGE_PIXELS / area) ** 0.5)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return bitmap.to_pil().convert("L")  # a copy: the bitmap's memory is freed below
    finally:
        bitmap.close()
