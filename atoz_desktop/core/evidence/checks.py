"""One verdict per file: accepted with its facts, or refused with a reason the user reads.

The reason never repeats the file name; callers prefix it ("scan.pdf: the PDF cannot be
opened ..."), since a drop of many files lists one line per refusal.
"""

from __future__ import annotations

import errno
import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from atoz_desktop.core.evidence.images import BadImage, check_image
from atoz_desktop.core.evidence.pdf import PASSWORD_WARNING, BadPdf, check_pdf
from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, PDF, UnsupportedType, sniff
from atoz_desktop.core.i18n import _

log = logging.getLogger(__name__)


class BadFile(ValueError):
    """The file cannot be evidence; str() is the reason, for the user."""


@dataclass(frozen=True, slots=True)
class FileFacts:
    mime: str
    page_count: int | None
    taken_at: datetime | None  # naive when the camera wrote no offset
    from_camera: bool
    warning: str  # "" when there is nothing to say; English (stored so, translated when shown)


def megabytes(limit_bytes: int) -> str:
    return _("{count} MB").format(count=f"{limit_bytes / 1_000_000:g}")


def cannot_read(exc: OSError) -> str:
    """Why a file cannot be read, in the seller's words (the system's go to the log)."""
    log.info("cannot read %s: %s", exc.filename, exc)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("cannot be read: you do not have permission to open it")
    if exc.errno == errno.ENOENT:
        return _("cannot be read: the file is no longer there")
    if exc.errno == errno.EISDIR:
        return _("cannot be read: it is a folder")
    return _("cannot be read: the disk or network did not give its content")


def read_file(path: Path, limit_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256; refuses empty and oversized files before reading
    them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadFile(cannot_read(exc)) from None
    if size == 0:
        raise BadFile(_("the file is empty"))
    if size > limit_bytes:
        raise BadFile(_too_big(size, limit_bytes))
    try:
        with path.open("rb") as handle:
            # One read of the size the system gave: a 50 MB file costs 50 MB, not chunks and
            # their join (100 MB). The byte asked for beyond it tells a file that grew.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(limit_bytes + 1 - len(data))
    except OSError as exc:
        raise BadFile(cannot_read(exc)) from None
    if not data:
        raise BadFile(_("the file is empty"))
    if len(data) > limit_bytes:  # grew while we read it
        raise BadFile(
            _("the file is over the limit of {limit}").format(limit=megabytes(limit_bytes))
        )
    return data, hashlib.sha256(data).hexdigest()


def file_date(path: Path) -> datetime | None:
    """When the file was last changed; None if the system cannot say or gives a date no
    calendar holds (a file touched to the year 30000)."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None


def _too_big(size: int, limit_bytes: int) -> str:
    return _("the file is {size}, over the limit of {limit}").format(
        size=megabytes(size), limit=megabytes(limit_bytes)
    )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_bytes(data: bytes, limit_bytes: int) -> FileFacts:
    """What the content is and whether it is sound (see the module docstring)."""
    if not data:
        raise BadFile(_("the file is empty"))
    if len(data) > limit_bytes:
        raise BadFile(_too_big(len(data), limit_bytes))
    try:
        mime = sniff(data)
    except UnsupportedType as exc:
        raise BadFile(str(exc)) from None
    if mime == PDF:
        try:
            pdf = check_pdf(data)
        except BadPdf as exc:
            raise BadFile(str(exc)) from None
        warning = PASSWORD_WARNING if pdf.needs_password else ""
        return FileFacts(mime, pdf.page_count, None, False, warning)
    if mime in IMAGE_TYPES:
        try:
            image = check_image(data, mime)
        except BadImage as exc:
            raise BadFile(str(exc)) from None
        return FileFacts(mime, image.page_count, image.taken_at, image.from_camera, "")
    return FileFacts(mime, None, None, False, "")
