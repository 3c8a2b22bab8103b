"""Evidence test files built in memory: photos with EXIF, HEIC, multi-page TIFF, PDFs (plain,
encrypted), a GIF bomb header, e-mails in several charsets, and an Outlook .msg.

The .msg comes from `outlook_msg` below: a minimal writer of the OLE compound file format
([MS-CFB] version 3) holding the streams of [MS-OXMSG]. No sample file is copied from anywhere.
"""

from __future__ import annotations

import io
import struct
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from PIL import Image
from pypdf import PdfWriter

# Upright test picture: 60×30, four coloured quadrants, so every rotation and flip is visible.
QUADRANTS = {"top-left": (255, 0, 0), "top-right": (0, 200, 0),
             "bottom-left": (0, 0, 255), "bottom-right": (255, 255, 255)}  # fmt: skip
# The inverse of what Pillow's exif_transpose applies for each orientation.
_STORED_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(width: int = 60, height: int = 30) -> Image.Image:
    image = Image.new("RGB", (width, height))
    w, h = width // 2, height // 2
    image.paste(QUADRANTS["top-left"], (0, 0, w, h))
    image.paste(QUADRANTS["top-right"], (w, 0, width, h))
    image.paste(QUADRANTS["bottom-left"], (0, h, w, height))
    image.paste(QUADRANTS["bottom-right"], (w, h, width, height))
    return image


def jpeg(
    image: Image.Image | None = None,
    *,
    orientation: int | None = None,
    taken: str | None = None,
    offset: str | None = None,
    camera: bool = False,
    quality: int = 95,
) -> bytes:
    """A JPEG; with `orientation`, the upright picture stored so that a viewer honouring the
    EXIF orientation shows it upright (0 is stored as is: an invalid value)."""
    image = image or upright_picture()
    exif = Image.Exif()
    if orientation is not None:
        turn = _STORED_AS.get(orientation)
        if turn is not None:
            image = image.transpose(turn)
        exif[0x0112] = orientation
    if camera:
        exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    if taken:
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = taken
        if offset:
            ifd[0x9011] = offset
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif.tobytes())
    return out.getvalue()


def png(color: tuple[int, int, int] = (10, 20, 30), size: tuple[int, int] = (8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def heic(taken: str | None = None) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    out = io.BytesIO()
    upright_picture().save(out, "HEIF", exif=exif.tobytes())
    return out.getvalue()


def tiff(pages: int) -> bytes:
    frames = [Image.new("L", (20, 30), 40 * i) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    upright_picture().save(out, "WEBP")
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (10, 10), 1).save(out, "GIF")
    return out.getvalue()


def gif_bomb() -> bytes:
    """A GIF whose header claims 65535×65535 pixels (4.3 gigapixels) in 30 bytes."""
    size = struct.pack("<HH", 65535, 65535)
    return (b"GIF89a" + size + b"\x00\x00\x00" + b"," + b"\x00\x00\x00\x00" + size
            + b"\x00\x02\x02\x44\x01\x00;")  # fmt: skip


def pdf(
    pages: int = 1, *, user_password: str | None = None, owner_password: str = "owner"
) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password=owner_password,
                       algorithm="AES-128")  # fmt: skip
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_file() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


# E-mails ----------------------------------------------------------------------------------------


def eml(
    *,
    sender: str = "Jean Dupont <jean.dupont@example.fr>",
    to: str = "Boutique <contact@boutique.fr>",
    subject: str = "Où est mon colis ?",
    body: str = "Bonjour, je n'ai pas reçu ma commande. Merci d'avance.",
    date: datetime | str | None = None,
    message_id: str = "<abc123@example.fr>",
    charset: str = "utf-8",
    cte: str | None = None,
    html: str | None = None,
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    """A mail built with the stdlib: text (or HTML-only) in `charset` with `cte` transfer
    encoding, and attachments (name, bytes, mime type)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Message-ID"] = message_id
    if isinstance(date, datetime):
        message["Date"] = format_datetime(date)
    if html is not None:
        message.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        message.set_content(body, charset=charset, cte=cte)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if isinstance(date, str):  # written as is: the stdlib would blank a date it cannot read
        return f"Date: {date}\n".encode() + message.as_bytes()
    return message.as_bytes()


def raw_eml(headers: dict[str, str], body: bytes, content_type: str = "text/plain",
            cte: str = "8bit") -> bytes:  # fmt: skip
    """A mail written byte by byte, for shapes the stdlib will not produce (undeclared 8-bit
    text, malformed headers)."""
    lines = [f"{k}: {v}" for k, v in headers.items()]
    lines += ["MIME-Version: 1.0", f"Content-Type: {content_type}",
              f"Content-Transfer-Encoding: {cte}"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


# Outlook .msg -----------------------------------------------------------------------------------

_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096

Tree = dict[str, "bytes | Tree"]


def compound_file(tree: Tree) -> bytes:
    """An OLE compound file (MS-CFB v3, 512-byte sectors) holding `tree`: name → bytes for a
    stream, name → dict for a storage. Small streams go to the mini stream, as the format
    requires; siblings are chained through right-sibling links (a valid, if unbalanced, tree)."""
    entries: list[dict[str, object]] = [{"name": "Root Entry", "type": 5, "data": b""}]

    def add_children(parent: int, children: Tree) -> None:
        ordered = sorted(children, key=lambda n: (len(n), n.upper()))
        previous = None
        for name in ordered:
            value = children[name]
            index = len(entries)
            entry: dict[str, object] = {
                "name": name,
                "type": 1 if isinstance(value, dict) else 2,
                "data": b"" if isinstance(value, dict) else value,
            }
            entries.append(entry)
            if previous is None:
                entries[parent]["child"] = index
            else:
                entries[previous]["right"] = index
            previous = index
            if isinstance(value, dict):
                add_children(index, value)

    add_children(0, tree)

    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[tuple[int, bytes]] = []  # (entry index, data) for streams in regular sectors
    for index, entry in enumerate(entries):
        data = entry["data"]
        assert isinstance(data, bytes)
        if entry["type"] != 2:
            continue
        if len(data) >= _CUTOFF:
            big.append((index, data))
            continue
        if not data:
            entry["start"] = _END
            continue
        count = -(-len(data) // _MINI)
        start = len(mini_fat)
        entry["start"] = start
        mini_fat.extend(range(start + 1, start + count))
        mini_fat.append(_END)
        mini_stream += data + b"\x00" * (count * _MINI - len(data))

    def sectors(n: int) -> int:
        return -(-n // _SECTOR)

    directory_sectors = sectors(len(entries) * 128)
    mini_fat_sectors = sectors(len(mini_fat) * 4)
    mini_stream_sectors = sectors(len(mini_stream))
    big_sectors = [sectors(len(d)) for _, d in big]
    others = directory_sectors + mini_fat_sectors + mini_stream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * 128 < others + fat_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109

    fat: list[int] = [_FATSECT] * fat_sectors
    body = bytearray()

    def chain(data: bytes, count: int) -> int:
        start = len(fat)
        fat.extend(range(start + 1, start + count))
        fat.append(_END)
        body.extend(data + b"\x00" * (count * _SECTOR - len(data)))
        return start

    # Directory last-filled after starts are known: reserve its sectors now.
    directory_start = len(fat)
    fat.extend(range(directory_start + 1, directory_start + directory_sectors))
    fat.append(_END)
    body.extend(b"\x00" * directory_sectors * _SECTOR)
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    mini_fat_start = chain(mini_fat_bytes, mini_fat_sectors) if mini_fat else _END
    if mini_stream:
        entries[0]["start"] = chain(bytes(mini_stream), mini_stream_sectors)
        entries[0]["size"] = len(mini_stream)
    else:
        entries[0]["start"] = _END
    for (index, data), count in zip(big, big_sectors, strict=True):
        entries[index]["start"] = chain(data, count)
    fat.extend([_FREE] * (fat_sectors * 128 - len(fat)))

    directory = bytearray()
    for entry in entries:
        name = str(entry["name"]).encode("utf-16-le") + b"\x00\x00"
        data = entry["data"]
        assert isinstance(data, bytes)
        size = int(entry.get("size", len(data)))  # type: ignore[call-overload]
        directory += name.ljust(64, b"\x00") + struct.pack(
            "<HBBIII16sIQQIQ", len(name), entry["type"], 1, entry.get("left", _NOSTREAM),
            entry.get("right", _NOSTREAM), entry.get("child", _NOSTREAM), b"\x00" * 16, 0, 0, 0,
            entry.get("start", _END) if entry["type"] != 1 else 0, size,
        )  # fmt: skip
    directory += b"\x00" * (directory_sectors * _SECTOR - len(directory))
    offset = (directory_start - fat_sectors) * _SECTOR
    body[offset : offset + len(directory)] = directory

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x00" * 16, 0x3E, 3,
        0xFFFE, 9, 6, b"\x00" * 6, 0, fat_sectors, directory_start, 0, _CUTOFF,
        mini_fat_start, mini_fat_sectors, _END, 0,
    )  # fmt: skip
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header += struct.pack("<109I", *difat)
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    return header + fat_bytes + bytes(body)


def _unicode(text: str) -> bytes:
    return text.encode("utf-16-le")


def _props(header: bytes, props: list[tuple[int, bytes]]) -> bytes:
    """A __properties_version1.0 stream: fixed-size values inline (tag, flags, 8 bytes)."""
    return header + b"".join(struct.pack("<II", tag, 6) + value.ljust(8, b"\x00")
                             for tag, value in props)  # fmt: skip


def _filetime(value: datetime) -> bytes:
    ticks = int((value.timestamp() + 11644473600) * 10_000_000)
    return struct.pack("<Q", ticks)


def outlook_msg(
    *,
    sender: str = "Jean Dupont <jean.dupont@example.fr>",
    to: str = "contact@boutique.fr",
    subject: str = "Photos du colis abîmé",
    body: str = "Bonjour, voici les photos du colis reçu abîmé.",
    date: datetime,
    message_id: str = "<msg-001@example.fr>",
    attachments: tuple[tuple[str, bytes], ...] = (),
    with_headers: bool = True,
) -> bytes:
    """An Outlook message ([MS-OXMSG]): subject, body, sender, the transport headers a received
    mail keeps, and attachments stored by value."""
    streams: Tree = {
        "__substg1.0_001A001F": _unicode("IPM.Note"),
        "__substg1.0_0037001F": _unicode(subject),
        "__substg1.0_1000001F": _unicode(body),
        "__substg1.0_0C1A001F": _unicode(sender.split("<")[0].strip()),
        "__substg1.0_0C1F001F": _unicode(sender.split("<")[-1].rstrip(">")),
        "__substg1.0_0E04001F": _unicode(to),
        "__substg1.0_1035001F": _unicode(message_id),
        "__nameid_version1.0": {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        },
    }
    if with_headers:
        headers = (
            f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(date)}\r\nMessage-ID: {message_id}\r\n\r\n"
        )
        streams["__substg1.0_007D001F"] = _unicode(headers)
    for index, (name, data) in enumerate(attachments):
        streams[f"__attach_version1.0_#{index:08X}"] = {
            "__substg1.0_37010102": data,
            "__substg1.0_3707001F": _unicode(name),
            "__substg1.0_3704001F": _unicode(name),
            "__substg1.0_3001001F": _unicode(name),
            "__properties_version1.0": _props(
                b"\x00" * 8,
                [(0x37050003, struct.pack("<I", 1)), (0x0E200003, struct.pack("<I", len(data)))],
            ),
        }
    streams["__properties_version1.0"] = _props(
        b"\x00" * 8 + struct.pack("<IIII", 0, len(attachments), 0, len(attachments)) + b"\x00" * 8,
        [(0x00390040, _filetime(date)), (0x0E060040, _filetime(date))],
    )
    return compound_file(streams)
