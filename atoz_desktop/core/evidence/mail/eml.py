"""Reading a saved .eml: split into its parts by offsets, bounded in time and memory."""

from __future__ import annotations

import binascii
import email
import email.policy
import email.utils
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import Message

from atoz_desktop.core.evidence.mail.model import (
    MAX_ATTACHMENTS,
    BadMail,
    MailAttachment,
    ParsedMail,
    cut_body,
    mail_date,
    too_many_attachments,
)
from atoz_desktop.core.evidence.mail.text import (
    _address,
    _header,
    _raw_header,
    _unescape_header,
    decode_text,
    html_to_text,
    parse_date,
    tidy_text,
)
from atoz_desktop.core.evidence.names import safe_file_name
from atoz_desktop.core.i18n import _

log = logging.getLogger(__name__)

#
# A mail is split into its parts by hand, as offsets into the bytes read: the standard library's
# parser keeps every line of a 50 MB mail as a string (+200 MB) and recurses once per level of
# nesting (a crafted mail of 1,000 levels raised RecursionError). Each part's header block is
# still read by the standard library, a few lines at a time: with its old, plain policy
# (compat32) for the structure of every part (the modern one takes a millisecond a header, 15 s
# for a mail of 1,000 attachments), and with the modern one for the mail's own header and the
# names of the attachments kept.

#: Levels of multipart containers a mail may nest; mail programs write three or four.
MAX_DEPTH = 20
#: Parts read; the rest are left out with a warning (the mail's file is kept whole).
MAX_PARTS = 2000
#: HTML read to make the text of an HTML-only mail (a page of text is a few kilobytes).
MAX_HTML_CHARS = 1_000_000
#: A part's header block read (the rest of a longer one is ignored).
MAX_HEADER_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class _Part:
    """One part: its header fields (a body-less Message, read with compat32), where its header
    starts and where its body lies in `data`."""

    headers: Message
    head: int
    start: int
    end: int
    in_related: bool


def _header_block(
    data: bytes, start: int, end: int, policy: email.policy.Policy = email.policy.default
) -> tuple[Message, int]:
    """The header fields of the part at `start`, and where its body starts."""
    if data.startswith((b"\r\n", b"\n"), start, end):  # no header at all
        return email.message_from_bytes(b"", policy=policy), data.find(b"\n", start, end) + 1
    ends = [(i, i + 3) for i in (data.find(b"\n\r\n", start, end),) if i >= 0]
    ends += [(i, i + 2) for i in (data.find(b"\n\n", start, end),) if i >= 0]
    stop, body = min(ends) if ends else (end, end)
    block = data[start : min(stop + 1, start + MAX_HEADER_BYTES)]
    return email.message_from_bytes(block, policy=policy), body


def _boundary(headers: Message) -> bytes | None:
    try:
        boundary = headers.get_boundary()
    except Exception:
        return None
    if not boundary:
        return None
    return str(boundary).encode("ascii", "surrogateescape") if boundary.isascii() else None


def _children(data: bytes, start: int, end: int, boundary: bytes) -> list[tuple[int, int]]:
    """The spans of the parts between the "--boundary" lines (RFC 2046 5.1.1): a delimiter
    starts a line and ends with optional white space; the line break before it is its own."""
    marker = b"--" + boundary
    spans: list[tuple[int, int]] = []
    opened: int | None = None  # where the current part's content starts
    at = start
    while True:
        found = data.find(marker, at, end)
        if found < 0:
            break
        at = found + len(marker)
        if found > start and data[found - 1] != 0x0A:
            continue  # inside a line: not a delimiter
        closing = data.startswith(b"--", at, end)
        line_end = data.find(b"\n", at, end)
        rest = data[at + (2 if closing else 0) : line_end if line_end >= 0 else end]
        if rest.strip():
            continue  # "--boundary-and-more": another token
        if opened is not None:
            stop = found - 1 if found > start else found
            if stop > opened and data[stop - 1] == 0x0D:
                stop -= 1
            spans.append((opened, max(opened, stop)))
        if closing:
            return spans
        opened = line_end + 1 if line_end >= 0 else end
    if opened is not None:  # no closing delimiter: the last part runs to the end
        spans.append((opened, end))
    return spans


def _leaves(data: bytes, warnings: list[str]) -> Iterator[_Part]:
    """Every leaf part in order, multipart containers opened with an explicit stack (never
    recursion); an attached message (message/rfc822) is a leaf, kept whole as an attachment."""
    headers, body = _header_block(data, 0, len(data))
    stack: list[Iterator[tuple[Message, int, int, int, bool]]] = [
        iter([(headers, 0, body, len(data), False)])
    ]
    count = 0
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            continue
        part_headers, head, start, end, in_related = step
        boundary = _boundary(part_headers)
        if part_headers.get_content_maintype() == "multipart" and boundary:
            if len(stack) > MAX_DEPTH:
                raise BadMail(
                    _(
                        "its parts are nested more than {depth} levels deep (mail programs "
                        "write three or four): it cannot be read safely"
                    ).format(depth=MAX_DEPTH)
                )
            related = in_related or part_headers.get_content_subtype() == "related"
            stack.append(_child_parts(data, start, end, boundary, related))
            continue
        count += 1
        if count > MAX_PARTS:
            warnings.append(
                _("the mail has more than {count} parts; the rest were not read").format(
                    count=MAX_PARTS
                )
            )
            return
        yield _Part(part_headers, head, start, end, in_related)


def _child_parts(
    data: bytes, start: int, end: int, boundary: bytes, related: bool
) -> Iterator[tuple[Message, int, int, int, bool]]:
    for child_start, child_end in _children(data, start, end, boundary):
        headers, body = _header_block(data, child_start, child_end, email.policy.compat32)
        yield headers, child_start, min(body, child_end), child_end, related


_BASE64_ALPHABET = bytes(range(256)).translate(
    None, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)


def _decoded(data: bytes, part: _Part) -> bytes:
    """The part's body with its transfer encoding undone; as written when that fails."""
    view = memoryview(data)[part.start : part.end]
    encoding = str(part.headers.get("Content-Transfer-Encoding", "") or "").strip().lower()
    try:
        if encoding == "base64":
            try:
                return binascii.a2b_base64(view)
            except binascii.Error:  # bad padding: keep the letters, pad them
                letters = bytes(view).translate(None, _BASE64_ALPHABET)
                return binascii.a2b_base64(letters[: len(letters) - len(letters) % 4] or b"")
        if encoding == "quoted-printable":
            return binascii.a2b_qp(view)
    except (binascii.Error, ValueError):
        pass
    return bytes(view)


def _part_text(data: bytes, part: _Part) -> str:
    try:
        charset = part.headers.get_content_charset()
    except Exception:
        charset = None
    return decode_text(_decoded(data, part), charset)


def _is_attachment(part: Message, in_related: bool) -> bool:
    """Files the sender attached. Pictures referenced by the HTML of a multipart/related
    (signature logos) are part of the layout, not evidence."""
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment":
        return True
    if part.get_content_type() == "message/rfc822":
        return True
    filename = _filename(part)
    if not filename and part.get_content_maintype() in ("text", "multipart"):
        return False
    if in_related and part.get("Content-ID"):
        return False
    return bool(filename)


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    return str(name) if name else None


def _attachment_name(part: Message, index: int) -> str:
    """The attachment's bare name (never a path), or a made-up one."""
    name = _filename(part)
    if part.get_content_type() == "message/rfc822":
        fallback = f"attached-message-{index}.eml"
    else:
        fallback = f"attachment-{index}"
    if not name:
        return fallback
    return safe_file_name(_unescape_header(" ".join(name.split())), fallback)


def parse_eml(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """An RFC 822 message. `file_date` stands in for an unreadable Date header."""
    if not data.strip():
        raise BadMail(_("the file is empty"))
    message, _body = _header_block(data, 0, len(data))
    if not any(message.get(h) for h in ("From", "Date", "Subject", "Message-ID", "To")):
        raise BadMail(_("this is not an e-mail (no From, To, Subject or Date header)"))
    warnings: list[str] = []
    plain: list[str] = []
    html: list[str] = []
    attachments: list[MailAttachment] = []
    left_out = 0
    for part in _leaves(data, warnings):
        headers = part.headers
        if _is_attachment(headers, part.in_related):
            if len(attachments) >= MAX_ATTACHMENTS:
                left_out += 1
                continue
            # Its name in full (encoded words decoded): the modern policy, for this part only.
            named, _start = _header_block(data, part.head, part.end)
            name = _attachment_name(named, len(attachments) + 1)
            attachments.append(MailAttachment(name, _decoded(data, part)))
        elif headers.get_content_type() == "text/plain":
            plain.append(_part_text(data, part))
        elif headers.get_content_type() == "text/html" and sum(map(len, html)) < MAX_HTML_CHARS:
            html.append(_part_text(data, part))
    if left_out:
        warnings.append(too_many_attachments(len(attachments) + left_out))
    body = (
        tidy_text("\n\n".join(plain))
        if any(p.strip() for p in plain)
        else (html_to_text("\n".join(html)[:MAX_HTML_CHARS]))
    )
    body = cut_body(body, warnings)
    date_text = _header(message, "Date") or _raw_header(message, "Date")
    if parse_date(date_text) is None:
        date_text = _raw_header(message, "Date")
    date, warning = mail_date(date_text, file_date)
    if warning:
        warnings.append(warning)
    sender = _header(message, "From")
    return ParsedMail(
        message_id=_header(message, "Message-ID").strip(),
        subject=_header(message, "Subject"),
        sender=sender,
        sender_address=_address(sender),
        to=_header(message, "To"),
        date=date,
        body=body,
        attachments=tuple(attachments),
        warnings=tuple(warnings),
    )
