"""E-mails saved by the seller (.eml, Outlook .msg): who wrote to whom and when, the text a
person reads (HTML-only mails turned into plain text), and the attachments.

Mail in the wild is messy: Latin-1 declared and Windows-1252 meant, 8-bit text with no charset,
unreadable dates. Nothing here raises on a bad header; what was guessed is said in `warnings`.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.message import Message
from pathlib import Path
from typing import Any

from atoz_desktop.core.i18n import _

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
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# .eml --------------------------------------------------------------------------------------------


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_text(payload, part.get_content_charset())


def _walk(part: Message, in_related: bool = False) -> Iterator[tuple[Message, bool]]:
    """(part, inside multipart/related) for every leaf part, in order."""
    if part.is_multipart():
        related = part.get_content_subtype() == "related"
        for child in part.get_payload():
            if isinstance(child, Message):
                yield from _walk(child, in_related or related)
    else:
        yield part, in_related


def _is_attachment(part: Message, in_related: bool) -> bool:
    """Files the sender attached. Pictures referenced by the HTML of a multipart/related
    (signature logos) are part of the layout, not evidence."""
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment":
        return True
    filename = part.get_filename()
    if not filename and part.get_content_maintype() in ("text", "multipart"):
        return False
    if in_related and part.get("Content-ID") and disposition != "attachment":
        return False
    return bool(filename) or part.get_content_type() == "message/rfc822"


def _attachment_name(part: Message, index: int) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name:
        return _unescape_header(" ".join(str(name).split()))
    if part.get_content_type() == "message/rfc822":
        return f"attached-message-{index}.eml"
    return f"attachment-{index}"


def _attachment_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes()
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def parse_eml(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """An RFC 822 message. `file_date` stands in for an unreadable Date header."""
    if not data.strip():
        raise BadMail(_("the file is empty"))
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not any(message.get(h) for h in ("From", "Date", "Subject", "Message-ID", "To")):
        raise BadMail(_("this is not an e-mail (no From, To, Subject or Date header)"))
    warnings: list[str] = []
    plain: list[str] = []
    html: list[str] = []
    attachments: list[MailAttachment] = []
    for part, in_related in _walk(message):
        if _is_attachment(part, in_related):
            content = _attachment_bytes(part)
            attachments.append(MailAttachment(_attachment_name(part, len(attachments) + 1),
                                              content))  # fmt: skip
        elif part.get_content_type() == "text/plain":
            plain.append(_part_text(part))
        elif part.get_content_type() == "text/html":
            html.append(_part_text(part))
    body = (
        tidy_text("\n\n".join(plain))
        if any(p.strip() for p in plain)
        else (html_to_text("\n".join(html)))
    )
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
    except Exception as exc:
        raise BadMail(_("the Outlook message cannot be read ({error})").format(error=exc)) from None
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
    if isinstance(date, datetime):
        date = date if date.tzinfo else date.replace(tzinfo=UTC)
        warning = ""
    else:
        date, warning = _mail_date(str(_safe(lambda: message.header["Date"]) or ""), file_date)
    if warning:
        warnings.append(warning)
    attachments = []
    for index, attachment in enumerate(_safe(lambda: message.attachments) or [], start=1):
        content = _safe(lambda a=attachment: a.data)
        name = _safe(lambda a=attachment: a.getFilename()) or _safe(
            lambda a=attachment: a.longFilename or a.shortFilename
        )
        if isinstance(content, bytes):
            attachments.append(MailAttachment(str(name or f"attachment-{index}"), content))
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
        body=tidy_text(body),
        attachments=tuple(attachments),
        warnings=tuple(warnings),
    )


def parse_mail(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """A .eml or .msg, told apart by content."""
    if data.startswith(OLE_SIGNATURE):
        return parse_msg(data, file_date)
    return parse_eml(data, file_date)


def read_mail(path: Path) -> ParsedMail:
    data = path.read_bytes()
    return parse_mail(data, datetime.fromtimestamp(path.stat().st_mtime, UTC))


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


def parse_claim_notification(path: Path | str) -> ClaimNotice | None:
    """The claim an Amazon notification e-mail (.eml/.msg) announces, or None if it is not one
    or cannot be read. For dropping the e-mail on the Claims list."""
    try:
        return claim_notice(read_mail(Path(path)))
    except (BadMail, OSError):
        return None
