"""PDFs: can a parser open it, how many pages, does it need a password."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

#: Shown on evidence that needs a password.
PASSWORD_WARNING = (
    "this PDF needs a password: it cannot be previewed or merged into a dossier; "
    "save an unprotected copy to include it"
)


class BadPdf(ValueError):
    """No parser can open the PDF; the message says why."""


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
                raise BadPdf(f"the PDF's encryption cannot be read ({exc})") from None
            if not opened:
                return PdfFacts(page_count=None, needs_password=True)
        pages = len(reader.pages)
    except BadPdf:
        raise
    except Exception as exc:
        raise BadPdf(f"the PDF cannot be opened ({type(exc).__name__}: {exc})") from None
    if pages < 1:
        raise BadPdf("the PDF has no pages")
    return PdfFacts(page_count=pages, needs_password=False)
