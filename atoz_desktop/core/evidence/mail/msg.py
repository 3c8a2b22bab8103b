"""Reading an Outlook .msg (an OLE compound file), through extract-msg."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

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
    _plausible,
    decode_text,
    html_to_text,
    tidy_text,
)
from atoz_desktop.core.evidence.names import safe_file_name
from atoz_desktop.core.i18n import _

log = logging.getLogger(__name__)


def parse_msg(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """An Outlook message (OLE compound file), read with extract-msg."""
    import extract_msg

    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # RecursionError included: embedded messages without end
        log.info("extract-msg: %s: %s", type(exc).__name__, str(exc)[:200])
        raise BadMail(_("the Outlook message is damaged: its parts cannot be read")) from None
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
        date, warning = mail_date(str(_safe(lambda: message.header["Date"]) or ""), file_date)
    if warning:
        warnings.append(warning)
    attachments = []
    found = list(_safe(lambda: message.attachments) or [])
    if len(found) > MAX_ATTACHMENTS:
        warnings.append(too_many_attachments(len(found)))
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
        body=cut_body(tidy_text(body), warnings),
        attachments=tuple(attachments),
        warnings=tuple(warnings),
    )
