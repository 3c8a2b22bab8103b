"""PDFs: can a parser open it, how many pages, does it need a password."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from atoz_desktop.core.i18n import N_, _

#: Shown on evidence that needs a password. Stored in English with the evidence; translated
#: with `_` when shown.
PASSWORD_WARNING = N_(
    "this PDF needs a password: it cannot be previewed or merged into a dossier; "
    "save an unprotected copy to include it"
)


log = logging.getLogger(__name__)


class BadPdf(ValueError):
    """No parser can open the PDF; the message says why, in the seller's words."""


def damage(exc: BaseException) -> str:
    """What a PDF library's exception means for the seller ("PdfStreamError: Stream has
    ended unexpectedly" is "the PDF is damaged: it ends unexpectedly"); the library's own
    words go to the log, for whoever fixes a bug."""
    words = f"{type(exc).__name__}: {str(exc).strip()[:200]}"
    log.info("PDF library: %s", words)
    lowered = words.lower()
    if isinstance(exc, RecursionError) or "cyclic" in lowered or "loop" in lowered:
        return _("the PDF is damaged: its list of pages loops back on itself")
    if "ended unexpectedly" in lowered or "eof" in lowered or "truncat" in lowered:
        return _("the PDF is damaged: it ends unexpectedly (the file was cut short)")
    if "startxref" in lowered or "xref" in lowered or "trailer" in lowered:
        return _("the PDF is damaged: its table of contents cannot be read")
    if "decrypt" in lowered or "crypt" in lowered or "password" in lowered:
        return _("the PDF's encryption cannot be read")
    return _("the PDF is damaged: no PDF reader can open it")


@dataclass(frozen=True, slots=True)
class PdfFacts:
    page_count: int | None  # None when a password hides it
    needs_password: bool


def check_pdf(data: bytes) -> PdfFacts:
    """Open with pypdf (non-strict, as viewers are). An encrypted PDF that opens with the empty
    user password, as most "protected" PDFs do, counts as a normal one."""
    from pypdf import PdfReader  # 50 ms to import: only when a PDF is added, not at start-up

    # pypdf logs every repair it makes to a sloppy PDF; those are not the user's problem.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # e.g. an encryption pypdf does not implement
                log.info("PDF library: %s: %s", type(exc).__name__, str(exc)[:200])
                raise BadPdf(_("the PDF's encryption cannot be read")) from None
            if not opened:
                return PdfFacts(page_count=None, needs_password=True)
        pages = len(reader.pages)
    except BadPdf:
        raise
    except Exception as exc:  # RecursionError included: a page tree nested without end
        raise BadPdf(damage(exc)) from None
    if pages < 1:
        raise BadPdf(_("the PDF has no pages"))
    return PdfFacts(page_count=pages, needs_password=False)
