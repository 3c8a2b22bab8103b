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
                raise BadPdf(
                    _("the PDF's encryption cannot be read ({error})").format(error=exc)
                ) from None
            if not opened:
                return PdfFacts(page_count=None, needs_password=True)
        pages = len(reader.pages)
    except BadPdf:
        raise
    except Exception as exc:
        raise BadPdf(
            _("the PDF cannot be opened ({error})").format(error=f"{type(exc).__name__}: {exc}")
        ) from None
    if pages < 1:
        raise BadPdf(_("the PDF has no pages"))
    return PdfFacts(page_count=pages, needs_password=False)
