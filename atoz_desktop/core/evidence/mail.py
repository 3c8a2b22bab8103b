"""E-mails saved by the seller (.eml, Outlook .msg): who wrote to whom and when, the text a
person reads (HTML-only mails turned into plain text), and the attachments.

Mail in the wild is messy: Latin-1 declared and Windows-1252 meant, 8-bit text with no charset,
unreadable dates. Nothing here raises on a bad header; what was guessed is said in `warnings`.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import email.utils
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.message import Message
from pathlib import Path
from typing import Any

from atoz_desktop.core.evidence.names import safe_file_name
from atoz_desktop.core.i18n import _

log = logging.getLogger(__name__)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SURROGATES = re.compile("[\udc80-\udcff]")
_BLOCKS = ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
           "ul", "ol", "pre", "hr", "section", "article", "header", "footer")  # fmt: skip
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")


class BadMail(ValueError):
    """The file is not an e-mail the program can read; the message says why."""


@dataclass(frozen=True, slots=True)
class MailAttachment:
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str  # "" when the mail has none
    subject: str
    sender: str  # as displayed: "Name <address>"
    sender_address: str  # lower case, "" when unknown
    to: str
    date: datetime | None  # aware; None when the mail's date could not be read
    body: str
    attachments: tuple[MailAttachment, ...]
    warnings: tuple[str, ...]


# Text ------------------------------------------------------------------------------------------


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes of text in the declared charset; ISO-8859-1 read as its superset Windows-1252 (mail
    programs label one as the other); no or wrong charset: UTF-8, else Windows-1252."""
    candidates: list[str] = []
    if declared:
        name = declared.strip().strip('"').lower()
        candidates.append("cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii",
                                                "ascii") else name)  # fmt: skip
    candidates += ["utf-8", "cp1252"]
    for charset in candidates:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace")


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail: scripts, styles and markup dropped, line breaks kept."""
    from bs4 import BeautifulSoup  # 50 ms to import: only when a mail needs it, not at start-up

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "noscript", "template", "title"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text()
    return tidy_text(text)


def tidy_text(text: str) -> str:
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _unescape_header(value: str) -> str:
    """A header with raw 8-bit bytes (no RFC 2047 encoding): decode them as text."""
    if not _SURROGATES.search(value):
        return value
    return decode_text(value.encode("ascii", "surrogateescape"))


def _header(message: Message, name: str) -> str:
    """A header as text, never raising: the parsed value, else the raw one decoded by hand."""
    try:
        value = message.get(name)
        text = "" if value is None else str(value)
    except Exception:
        raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
        text = str(raw)
    return " ".join(_unescape_header(text).split())


def _raw_header(message: Message, name: str) -> str:
    """The header as written, for values the parser may have emptied (an unreadable date)."""
    raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
    return " ".join(_unescape_header(str(raw)).split())


def _address(text: str) -> str:
    _name, address = email.utils.parseaddr(text)
    address = address.strip().lower()
    return address if "@" in address else ""


def parse_date(text: str) -> datetime | None:
    """An RFC 2822 date as an aware datetime (no offset or '-0000': UTC); None if unreadable."""
    if not text.strip():
        return None
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value is None:
        return None
    value = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return value if _plausible(value) else None


#: A mail dated outside these years is a forger's or a broken clock's ("31 Dec 9999 -1200",
#: which is not even a date in UTC).
_PLAUSIBLE_YEARS = range(1970, 2200)


def _plausible(value: datetime) -> bool:
    try:
        utc = value.astimezone(UTC) if value.tzinfo is not None else value
    except (OverflowError, ValueError):
        return False
    return utc.year in _PLAUSIBLE_YEARS


# .eml --------------------------------------------------------------------------------------------
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
#: Attachments kept as evidence; the rest are named in a warning.
MAX_ATTACHMENTS = 100
#: The text of the message event; longer texts are cut with a warning.
MAX_BODY_CHARS = 200_000
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
        warnings.append(_too_many_attachments(len(attachments) + left_out))
    body = (
        tidy_text("\n\n".join(plain))
        if any(p.strip() for p in plain)
        else (html_to_text("\n".join(html)[:MAX_HTML_CHARS]))
    )
    body = _cut(body, warnings)
    date_text = _header(message, "Date") or _raw_header(message, "Date")
    if parse_date(date_text) is None:
        date_text = _raw_header(message, "Date")
    date, warning = _mail_date(date_text, file_date)
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


def _too_many_attachments(count: int) -> str:
    return _(
        "the mail has {count} attachments: the first {kept} are kept as evidence, the others "
        "stay inside the mail's file"
    ).format(count=count, kept=MAX_ATTACHMENTS)


def _cut(body: str, warnings: list[str]) -> str:
    if len(body) <= MAX_BODY_CHARS:
        return body
    warnings.append(
        _(
            "the mail's text is {count} characters long: the first {kept} are on the timeline, "
            "the whole text stays in the mail's file"
        ).format(count=len(body), kept=MAX_BODY_CHARS)
    )
    return body[:MAX_BODY_CHARS]


def _mail_date(text: str, file_date: datetime | None) -> tuple[datetime | None, str]:
    date = parse_date(text)
    if date is not None:
        return date, ""
    if file_date is None:
        if text:
            return None, _("the date {text!r} cannot be read").format(text=text)
        return None, _("the mail has no date")
    if text:
        return file_date, _(
            "the date {text!r} cannot be read; the file's date is used instead"
        ).format(text=text)
    return file_date, _("the mail has no date; the file's date is used instead")


# .msg --------------------------------------------------------------------------------------------


def parse_msg(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """An Outlook message (OLE compound file), read with extract-msg."""
    import extract_msg

    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # RecursionError included: embedded messages without end
        log.info("extract-msg: %s: %s", type(exc).__name__, str(exc)[:200])
        raise BadMail(
            _("the Outlook message is damaged: its parts cannot be read")
        ) from None
    try:
        return _from_msg(message, file_date)
    finally:
        message.close()


def _safe(getter: Any) -> Any:
    """An extract-msg property, or None when the file lacks or garbles it. Strings lose the
    NUL terminators some writers leave in."""
    try:
        value = getter()
    except Exception:
        return None
    return value.replace("\x00", "") if isinstance(value, str) else value


def _from_msg(message: Any, file_date: datetime | None) -> ParsedMail:
    warnings: list[str] = []
    sender = " ".join(str(_safe(lambda: message.sender) or "").split())
    if not _address(sender):
        # A mail never sent (no transport headers): the sender's address is in a property.
        for stream in ("__substg1.0_5D01", "__substg1.0_0C1F", "__substg1.0_0065"):
            address = _safe(lambda s=stream: message.getStringStream(s))
            if address and "@" in address:
                sender = f"{sender} <{address.strip()}>" if sender else address.strip()
                break
    body = str(_safe(lambda: message.body) or "")
    if not body.strip():
        html = _safe(lambda: message.htmlBody)
        if isinstance(html, bytes):
            html = decode_text(html)
        body = html_to_text(html) if html else ""
    date = _safe(lambda: message.date)
    if isinstance(date, datetime) and _plausible(date):
        date = date if date.tzinfo else date.replace(tzinfo=UTC)
        warning = ""
    else:
        date, warning = _mail_date(str(_safe(lambda: message.header["Date"]) or ""), file_date)
    if warning:
        warnings.append(warning)
    attachments = []
    found = list(_safe(lambda: message.attachments) or [])
    if len(found) > MAX_ATTACHMENTS:
        warnings.append(_too_many_attachments(len(found)))
    for index, attachment in enumerate(found[:MAX_ATTACHMENTS], start=1):
        content = _safe(lambda a=attachment: a.data)
        name = _safe(lambda a=attachment: a.getFilename()) or _safe(
            lambda a=attachment: a.longFilename or a.shortFilename
        )
        if isinstance(content, bytes):
            fallback = f"attachment-{index}"
            attachments.append(MailAttachment(safe_file_name(str(name or ""), fallback), content))
        else:
            warnings.append(
                _("attachment {name} is an embedded item and was not kept").format(
                    name=name or index
                )
            )
    return ParsedMail(
        message_id=str(_safe(lambda: message.messageId) or "").strip(),
        subject=" ".join(str(_safe(lambda: message.subject) or "").split()),
        sender=sender,
        sender_address=_address(sender),
        to=" ".join(
            str(_safe(lambda: message.to) or _safe(lambda: message.displayTo) or "").split()
        ),
        date=date,
        body=_cut(tidy_text(body), warnings),
        attachments=tuple(attachments),
        warnings=tuple(warnings),
    )


def parse_mail(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """A .eml or .msg, told apart by content."""
    if data.startswith(OLE_SIGNATURE):
        return parse_msg(data, file_date)
    return parse_eml(data, file_date)


def read_mail(path: Path, limit_bytes: int) -> ParsedMail:
    """The mail in `path`, refused (BadMail) when over `limit_bytes` before a byte is read."""
    from atoz_desktop.core.evidence.checks import BadFile, file_date, read_file

    try:
        data, _sha256 = read_file(path, limit_bytes)
    except BadFile as exc:
        raise BadMail(str(exc)) from None
    return parse_mail(data, file_date(path))


def order_ids(mail: ParsedMail) -> tuple[str, ...]:
    """The Amazon order ids a mail names (subject first, then its text), each once."""
    found = _ORDER_ID.findall(mail.subject) + _ORDER_ID.findall(mail.body)
    return tuple(dict.fromkeys(found))


# Amazon's claim notifications -------------------------------------------------------------------

_ORDER_ID = re.compile(r"\b([A-Z]\d{2}-\d{7}-\d{7}|\d{3}-\d{7}-\d{7})\b")
_AMAZON_PAY = re.compile(r"Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID",
                         re.IGNORECASE)  # fmt: skip
_A_TO_Z = re.compile(r"A-to-z|A[- ]?[àa][- ]?Z\b", re.IGNORECASE)
_CLAIM_WORD = re.compile(r"claim|r[ée]clamation", re.IGNORECASE)
_AMOUNT = re.compile(
    r"(?:amount|montant)[^\n\d€£$]{0,40}?"
    r"(?P<pre>EUR|GBP|USD|€|£|\$)?\s*(?P<num>\d[\d\s.,]*\d|\d)\s*(?P<post>EUR|GBP|USD|€|£)?",
    re.IGNORECASE,
)
_CURRENCY = {"€": "EUR", "£": "GBP", "$": "USD"}


@dataclass(frozen=True, slots=True)
class ClaimNotice:
    """What an Amazon claim notification says, to prefill New claim."""

    channel: str  # "amazon-pay" or "marketplace"
    order_id: str
    amount: Decimal | None
    currency: str | None
    filed_at: datetime | None
    subject: str


def claim_notice(mail: ParsedMail) -> ClaimNotice | None:
    """Amazon Pay's "Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID …", or a
    marketplace notice mentioning an A-to-z (Garantie A à Z) claim with an order id; else None."""
    from atoz_desktop.core.money import AmountError, parse_amount

    text = f"{mail.subject}\n{mail.body}"
    if _AMAZON_PAY.search(mail.subject):
        channel = "amazon-pay"
    elif _A_TO_Z.search(mail.subject) and _CLAIM_WORD.search(mail.subject):
        channel = "marketplace"
    elif "amazon" in mail.sender_address and _A_TO_Z.search(text) and _CLAIM_WORD.search(text):
        channel = "marketplace"
    else:
        return None
    found = _ORDER_ID.search(mail.subject) or _ORDER_ID.search(mail.body)
    if found is None:
        return None
    amount: Decimal | None = None
    currency: str | None = None
    match = _AMOUNT.search(mail.body)
    if match:
        symbol = (match["pre"] or match["post"] or "").upper()
        try:
            amount = parse_amount(match["num"])
        except AmountError:
            amount = None
        currency = _CURRENCY.get(symbol, symbol) or None if amount is not None else None
    return ClaimNotice(channel, found.group(1), amount, currency, mail.date, mail.subject)


def parse_claim_notification(
    path: Path | str, limit_bytes: int = 50_000_000
) -> ClaimNotice | None:
    """The claim an Amazon notification e-mail (.eml/.msg) announces, or None if it is not one
    or cannot be read (or is over `limit_bytes`). For dropping the e-mail on the Claims list."""
    try:
        return claim_notice(read_mail(Path(path), limit_bytes))
    except (BadMail, OSError):
        return None
