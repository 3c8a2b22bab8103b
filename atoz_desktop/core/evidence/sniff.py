"""What a file is, read from its first bytes rather than trusted from its extension.

Sellers rename files, phones save HEIC as ".jpg", and a ".pdf" may be an HTML error page saved by
a browser; only the content says what the program can show and put in a dossier.
"""

from __future__ import annotations

import io
import zipfile

from atoz_desktop.core.i18n import N_, _

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
HEIC = "image/heic"
TIFF = "image/tiff"
WEBP = "image/webp"
GIF = "image/gif"
TEXT = "text/plain"

#: The types evidence may have.
ACCEPTED_TYPES = (PDF, JPEG, PNG, HEIC, TIFF, WEBP, GIF, TEXT)
IMAGE_TYPES = frozenset({JPEG, PNG, HEIC, TIFF, WEBP, GIF})

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"heif"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_VIDEO_BRANDS = frozenset({b"isom", b"iso2", b"mp41", b"mp42", b"M4V ", b"M4A ", b"qt  ", b"3gp4"})

# Signatures of common files that are not accepted, so the refusal can say what the file is
# (translated where the refusal is written).
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an Outlook message or old Office document")),
    (b"Rar!\x1a\x07", N_("a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7-Zip archive")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"BM", N_("a BMP image")),
    (b"MZ", N_("a Windows program")),
    (b"\x7fELF", N_("a program")),
    (b"{\\rtf", N_("an RTF document")),
    (b"SQLite format 3\x00", N_("a database")),
    (b"ID3", N_("an MP3 audio file")),
    (b"OggS", N_("an audio or video file")),
    (b"\x00\x00\x01\x00", N_("an icon")),
    (b"8BPS", N_("a Photoshop document")),
)


def _unsupported(what: str) -> UnsupportedType:
    """The refusal naming what the file looks like (`what` already translated)."""
    return UnsupportedType(_("unsupported type ({what})").format(what=what))


class UnsupportedType(ValueError):
    """The content is not a type evidence may have; the message says what it looks like."""


def _ftyp_type(head: bytes) -> str | None:
    """HEIF/AVIF/MP4 share the ISO box layout: 'ftyp' at offset 4, then the brands."""
    if head[4:8] != b"ftyp":
        return None
    size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    if major in _HEIF_BRANDS:
        return HEIC
    if major in _AVIF_BRANDS:
        raise _unsupported(_("an AVIF image"))
    if major in (b"mif1", b"msf1"):
        if compatible & _HEIF_BRANDS:
            return HEIC
        if compatible & _AVIF_BRANDS:
            raise _unsupported(_("an AVIF image"))
        return HEIC
    if major in _VIDEO_BRANDS or compatible & _VIDEO_BRANDS:
        raise _unsupported(_("a video"))
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if ("mimetype" in names) else ""
            )
    except Exception:
        return _("a ZIP archive")
    if "word/document.xml" in names:
        return _("a Word document (.docx)")
    if "xl/workbook.xml" in names:
        return _("an Excel workbook (.xlsx)")
    if "ppt/presentation.xml" in names:
        return _("a PowerPoint presentation (.pptx)")
    if "opendocument" in mimetype:
        return _("an OpenDocument file")
    return _("a ZIP archive")


def is_text(data: bytes) -> bool:
    """Plain text: no NUL byte, and decodable as UTF-8 or Windows-1252."""
    if b"\x00" in data:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def sniff(data: bytes) -> str:
    """The MIME type of `data` among ACCEPTED_TYPES; raises UnsupportedType naming what else it
    looks like. Whole-file access is needed only for text and ZIP containers."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    found = _ftyp_type(head)
    if found:
        return found
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        raise _unsupported(_zip_kind(data))
    for signature, what in _OTHER_SIGNATURES:
        if head.startswith(signature):
            raise _unsupported(_(what))
    if head[:4] == b"RIFF":
        raise _unsupported(_("an audio or video file"))
    if is_text(data):
        lowered = head.lstrip().lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            raise _unsupported(_("a web page; print it to PDF first"))
        return TEXT
    raise _unsupported(_("not a PDF, image or text file"))


#: File name extensions for each type, for saving a copy with the right one.
EXTENSIONS = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", HEIC: ".heic", TIFF: ".tif",
              WEBP: ".webp", GIF: ".gif", TEXT: ".txt"}  # fmt: skip
