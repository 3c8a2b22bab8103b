"""Each exhibit made ready to print: an image's print-ready pages, a PDF's pages checked and
cleaned, a text file's text, or the note saying why it is only listed.

A broken file never stops a dossier: whatever goes wrong with one exhibit becomes its note in
the index ("could not be read (...): listed here, not appended") and the build goes on.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from atoz_desktop.core.dossier.content import Exhibit
from atoz_desktop.core.dossier.renditions import RenditionStore, renditions
from atoz_desktop.core.dossier.texts import DossierTexts
from atoz_desktop.core.evidence.images import BadImage, PrintFrame
from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, PDF, TEXT

log = logging.getLogger(__name__)

#: The types of a mail's own file (kept as evidence of its message).
MAIL_TYPES = frozenset({"message/rfc822", "application/vnd.ms-outlook"})
#: A text exhibit prints at most this many characters (about 40 pages).
MAX_TEXT_CHARS = 100_000
#: A PDF exhibit appends at most this many pages.
MAX_PDF_PAGES = 300

Loader = Callable[[Exhibit], bytes]


@dataclass
class PreparedExhibit:
    """An exhibit and what will be printed of it. `pdf` is a clean copy of a PDF exhibit
    (rewritten once by pypdf, so a damaged object fails here and not in the final write)."""

    exhibit: Exhibit
    frames: list[PrintFrame] = field(default_factory=list)
    frame_count: int = 0
    pdf: bytes | None = None
    pdf_pages: int = 0
    text: str | None = None
    text_chars: int = 0
    note: str = ""

    @property
    def number(self) -> int:
        return self.exhibit.number

    @property
    def printed_by_layout(self) -> bool:
        """Pages drawn by the layout (images and text), rather than appended (PDFs)."""
        return bool(self.frames) or self.text is not None


def prepare(
    exhibit: Exhibit, load: Loader, store: RenditionStore, texts: DossierTexts
) -> PreparedExhibit:
    item = exhibit.item
    prepared = PreparedExhibit(exhibit)
    try:
        if item.mime in IMAGE_TYPES:
            prepared.frames, prepared.frame_count = renditions(
                item.sha256, lambda: load(exhibit), store
            )
            if prepared.frame_count > len(prepared.frames):
                prepared.note = texts(
                    "note.frames", shown=len(prepared.frames), count=prepared.frame_count
                )
        elif item.mime == PDF:
            _prepare_pdf(prepared, load(exhibit), texts)
        elif item.mime == TEXT:
            _prepare_text(prepared, load(exhibit), texts)
        else:
            # A mail's own file: its text is the timeline entry it is attached to.
            mail = item.mime in MAIL_TYPES
            prepared.note = (
                texts("note.mail") if mail else texts("note.unreadable", reason=item.mime)
            )
    except BadImage as exc:
        prepared.frames = []
        prepared.note = texts("note.unreadable", reason=str(exc))
    except Exception as exc:  # a broken exhibit is listed, never a failed dossier
        # The library's words ("PdfStreamError: Stream has ended unexpectedly") go to the log;
        # the seller reads what it means.
        log.info(
            "exhibit %s (%s) cannot be printed: %s", exhibit.number, item.file_name, _short(exc)
        )
        prepared.frames, prepared.pdf, prepared.text = [], None, None
        prepared.note = texts("note.unreadable", reason=texts("reason.damaged"))
    return prepared


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


def _prepare_pdf(prepared: PreparedExhibit, data: bytes, texts: DossierTexts) -> None:
    from pypdf import PdfReader, PdfWriter

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        prepared.note = texts("note.password")
        return
    count = len(reader.pages)
    if count < 1:
        prepared.note = texts("note.unreadable", reason="0 pages")
        return
    writer = PdfWriter()
    for page in list(reader.pages)[:MAX_PDF_PAGES]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    prepared.pdf = out.getvalue()
    prepared.pdf_pages = min(count, MAX_PDF_PAGES)
    if count > MAX_PDF_PAGES:
        prepared.note = texts("note.frames", shown=MAX_PDF_PAGES, count=count)


def _prepare_text(prepared: PreparedExhibit, data: bytes, texts: DossierTexts) -> None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    prepared.text_chars = len(text)
    prepared.text = text[:MAX_TEXT_CHARS]
    if len(text) > MAX_TEXT_CHARS:
        prepared.note = texts("note.text-cut", shown=MAX_TEXT_CHARS, count=len(text))
