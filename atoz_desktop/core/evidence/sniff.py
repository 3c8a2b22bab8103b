"""What a file is, read from its first bytes rather than trusted from its extension.

Sellers rename files, phones save HEIC as ".jpg", and a ".pdf" may be an HTML error page saved by
a browser; only the content says what the program can show and put in a dossier.
"""

from __future__ import annotations

import codecs
import re

from atoz_desktop.core.i18n import N_, _

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
HEIC = "image/heic"
TIFF = "image/tiff"
WEBP = "image/webp"
GIF = "image/gif"
TEXT = "text/plain"
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"

#: The types evidence may have. A mail dropped on a claim becomes a message event, and its file
#: is kept as evidence of that event (a mail attached to a mail stays an attachment).
ACCEPTED_TYPES = (PDF, JPEG, PNG, HEIC, TIFF, WEBP, GIF, TEXT, EML, MSG)
IMAGE_TYPES = frozenset({JPEG, PNG, HEIC, TIFF, WEBP, GIF})
MAIL_TYPES = frozenset({EML, MSG})

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"heif"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_VIDEO_BRANDS = frozenset({b"isom", b"iso2", b"mp41", b"mp42", b"M4V ", b"M4A ", b"qt  ", b"3gp4"})

#: The first bytes of an OLE compound file: an old Office document, or an Outlook .msg mail.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Signatures of common files that are not accepted, so the refusal can say what the file is
# (translated where the refusal is written).
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (OLE_SIGNATURE, N_("an old Office document (Word, Excel or PowerPoint)")),
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


#: An OpenDocument file's first entry is "mimetype", stored uncompressed (ODF 1.2, 3.3).
_ODF_MIMETYPE = b"mimetype"
_OOXML_PARTS = (
    (b"word/document.xml", N_("a Word document (.docx)")),
    (b"xl/workbook.xml", N_("an Excel workbook (.xlsx)")),
    (b"ppt/presentation.xml", N_("a PowerPoint presentation (.pptx)")),
)


def _zip_kind(data: bytes) -> str:
    """What a ZIP container is, from the names its headers store in clear: nothing is
    inflated (a 1 MB entry may inflate to gigabytes) and no directory is built (a hostile
    archive may list millions of entries)."""
    if data[30:38] == _ODF_MIMETYPE and b"opendocument" in data[38:120]:
        return _("an OpenDocument file")
    for part, what in _OOXML_PARTS:
        if data.find(part) >= 0:
            return _(what)
    return _("a ZIP archive")


#: A mail's first lines: header fields ("Name: value", folded lines indented), or the "From "
#: line an mbox file starts with.
_HEADER_LINE = re.compile(rb"^(?:[!-9;-~]{1,76}:[^\r\n]*|[ \t][^\r\n]*|From [^\r\n]*)\r?$")
_MAIL_FIELDS = frozenset(
    {b"from", b"to", b"date", b"subject", b"message-id", b"mime-version", b"received",
     b"return-path", b"delivered-to", b"reply-to", b"cc"}
)  # fmt: skip
#: An Outlook message's streams are named "__substg1.0_<property>" (MS-OXMSG 2.1).
_MSG_STREAM = "__substg1.0_".encode("utf-16-le")


def mail_type(data: bytes) -> str | None:
    """EML or MSG when `data` is an e-mail saved by a mail program, else None. Reads the
    header block only (at most the first 64 KB): a text file is a mail when it opens with
    header fields among which two at least are a mail's own (From, To, Date, Subject...)."""
    if data.startswith(OLE_SIGNATURE):
        return MSG if data.find(_MSG_STREAM) >= 0 else None
    head = data[:65536]
    if b"\x00" in head:
        return None
    known = 0
    start = 0
    for _number in range(500):
        stop = head.find(b"\n", start)
        line = head[start:] if stop < 0 else head[start:stop]
        if not line.strip(b"\r"):
            break  # the end of the header block
        if _HEADER_LINE.match(line) is None:
            return None
        if line.split(b":", 1)[0].strip().lower() in _MAIL_FIELDS:
            known += 1
        if stop < 0:
            break
        start = stop + 1
    return EML if known >= 2 else None


#: Bytes Windows-1252 leaves undefined.
_NOT_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


def is_text(data: bytes) -> bool:
    """Plain text: no NUL byte, and decodable as UTF-8 or Windows-1252. Decoded a megabyte
    at a time and thrown away, so a 50 MB file never becomes a 200 MB string."""
    if b"\x00" in data:
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
        return True
    except UnicodeDecodeError:
        return not any(data.find(byte) >= 0 for byte in _NOT_CP1252)


def sniff(data: bytes) -> str:
    """The MIME type of `data` among ACCEPTED_TYPES; raises UnsupportedType naming what else it
    looks like. Whole-file access is needed only for text and ZIP containers."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return PDF
    mail = mail_type(data)
    if mail is not None:
        return mail
    if b"%PDF-" in head:  # a PDF some program prefixed with junk
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
              WEBP: ".webp", GIF: ".gif", TEXT: ".txt", EML: ".eml", MSG: ".msg"}  # fmt: skip
