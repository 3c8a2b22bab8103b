"""Hostile files, made in the tests: small on disk, enormous or endless once read naively.

Each is generated in well under a second; nothing here is ever decoded or inflated by the
tests themselves.
"""

from __future__ import annotations

import base64
import struct
import zlib
from datetime import datetime, timedelta, timezone

from tests import fixtures_evidence as fx

_MiB = 1 << 20


def _repeated_deflate(chunk: bytes, times: int) -> bytes:
    """A raw deflate stream of `chunk` × `times`, made by compressing `chunk` once: a block
    ended by a full flush starts afresh, so it can be repeated (then one empty final block)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15)
    return block * times + last.compress(b"") + last.flush(zlib.Z_FINISH)


#: The CRC-32 of 1 GiB of zeros (computing it takes seconds: it is written here instead).
_CRC_OF_A_GIB_OF_ZEROS = 0x5B64C2B0


def zip_bomb() -> bytes:
    """A Word-like (.docx) archive of 1 MB whose first entry, `mimetype`, inflates to 1 GiB
    of zeros (CRC right: the archive is valid)."""
    document = b"<w:document/>"
    entries = [
        ("mimetype", _repeated_deflate(bytes(16 * _MiB), 64), 1 << 30, _CRC_OF_A_GIB_OF_ZEROS),
        ("word/document.xml", zlib.compress(document)[2:-4], len(document),
         zlib.crc32(document)),
    ]  # fmt: skip
    out = bytearray()
    central = bytearray()
    for name, data, size, crc32 in entries:
        offset = len(out)
        encoded = name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc32, len(data),
                           size & 0xFFFFFFFF, len(encoded), 0) + encoded + data  # fmt: skip
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc32,
                               len(data), size & 0xFFFFFFFF, len(encoded), 0, 0, 0, 0, 0,
                               offset) + encoded  # fmt: skip
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       start, 0)  # fmt: skip
    return bytes(out)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 20_000, height: int = 20_000, *, rgba: bool = False) -> bytes:
    """A valid PNG of `width`×`height` black pixels (grey, or RGBA) in a few hundred KB."""
    channels, color_type = (4, 6) if rgba else (1, 0)
    row = bytes(1 + width * channels)  # filter byte 0, then the pixels
    rows_per_chunk = max(1, (4 * _MiB) // len(row))
    full, rest = divmod(height, rows_per_chunk)
    if full < 2:
        body = zlib.compress(row * height, 9)
    else:
        piece = row * rows_per_chunk
        stream = zlib.compressobj(9, zlib.DEFLATED, 15)
        block = stream.compress(piece) + stream.flush(zlib.Z_FULL_FLUSH)
        tail = stream.compress(row * rest) + stream.flush(zlib.Z_FINISH)
        # A block ended by a full flush starts afresh: repeat it (without the zlib header that
        # only the first carries), and end with the Adler-32 of the whole image.
        adler = 1
        for _ in range(full):
            adler = zlib.adler32(piece, adler)
        adler = zlib.adler32(row * rest, adler)
        body = block + block[2:] * (full - 1) + tail[:-4] + struct.pack(">I", adler)
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body)
            + _png_chunk(b"IEND", b""))  # fmt: skip


def tiff_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A little-endian TIFF whose one strip claims `width`×`height` grey pixels, in 200
    bytes: the header is all a reader has to go on before it decodes."""
    entries = [
        (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
        (262, 3, 1, 1), (273, 4, 1, 8 + 2 + 12 * 10 + 4), (277, 3, 1, 1),
        (278, 4, 1, height), (279, 4, 1, width * height), (284, 3, 1, 1),
    ]  # fmt: skip
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + bytes(64)


def cyclic_pdf() -> bytes:
    """A PDF whose page tree holds itself: /Pages 2 has kids [3 0 R, 2 0 R]."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref,
    )  # fmt: skip
    return bytes(out)


WHEN = datetime(2026, 11, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def mail_dated_9999() -> bytes:
    return fx.eml(date="31 Dec 9999 23:59:59 -1200", message_id="<y9999@example.fr>")


def nested_mail(depth: int = 1000) -> bytes:
    """A mail of `depth` multipart levels, each the only part of the one above."""
    head = ["From: a@example.fr\r\nTo: b@example.fr\r\nSubject: nested\r\n"
            "Date: Tue, 3 Nov 2026 09:30:00 +0100\r\nMessage-ID: <nested@example.fr>\r\n"
            "MIME-Version: 1.0\r\n"]  # fmt: skip
    opening, closing = [], []
    for level in range(depth):
        opening.append(f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n')
        closing.append(f"\r\n--b{level}--\r\n")
    body = "".join(opening) + "Content-Type: text/plain\r\n\r\ndeep inside\r\n"
    return ("".join(head) + body + "".join(reversed(closing))).encode()


def _multipart(subject: str, message_id: str, parts: list[bytes]) -> bytes:
    """A multipart/mixed mail written by hand (the stdlib takes seconds for a thousand parts
    or a 45 MB attachment)."""
    head = (
        f"From: Jean Dupont <jean.dupont@example.fr>\r\nTo: contact@boutique.fr\r\n"
        f"Subject: {subject}\r\nDate: Tue, 3 Nov 2026 09:30:00 +0100\r\n"
        f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="part"\r\n\r\n'
        "--part\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour.\r\n"
    ).encode()
    return head + b"".join(b"--part\r\n" + part for part in parts) + b"--part--\r\n"


def _attachment(name: str, mime: str, data: bytes) -> bytes:
    return (
        f"Content-Type: {mime}\r\nContent-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'
    ).encode() + base64.encodebytes(data).replace(b"\n", b"\r\n")


def mail_with_attachments(count: int = 1000) -> bytes:
    """A mail with `count` small PNG attachments, each different."""
    parts = [
        _attachment(f"photo{n}.png", "image/png", fx.png(color=(n % 256, n // 256, 7)))
        for n in range(count)
    ]
    return _multipart("photos", "<many@example.fr>", parts)


def big_mail(megabytes: int) -> bytes:
    """A mail of about `megabytes` MB: a short text and one large text attachment (base64).
    Base64 of a multiple of 57 bytes is whole 76-character lines, so one block is encoded and
    repeated (encoding 35 MB takes seconds)."""
    text = (b"All work and no play makes Jack a dull boy.\n" * 200)[: 57 * 100]
    block = base64.encodebytes(text).replace(b"\n", b"\r\n")
    times = megabytes * 1_000_000 // len(block) - 10
    head = (
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="log.txt"\r\n\r\n'
    )
    return _multipart("the log", f"<big{megabytes}@example.fr>", [head + block * times])
