"""E-mails saved by the seller (.eml, Outlook .msg): who wrote to whom and when, the text a
person reads (HTML-only mails turned into plain text), and the attachments.

Mail in the wild is messy: Latin-1 declared and Windows-1252 meant, 8-bit text with no charset,
unreadable dates. Nothing here raises on a bad header; what was guessed is said in `warnings`.

The package is split by job: model.py (what is kept of a mail), text.py (charsets, HTML, header
fields, dates), eml.py and msg.py (the two formats), reading.py (a file, either format) and
notices.py (Amazon's claim notifications; the order ids a mail names).
"""

from __future__ import annotations

from atoz_desktop.core.evidence.mail.eml import parse_eml
from atoz_desktop.core.evidence.mail.model import OLE_SIGNATURE, BadMail, MailAttachment, ParsedMail
from atoz_desktop.core.evidence.mail.msg import parse_msg
from atoz_desktop.core.evidence.mail.notices import (
    ClaimNotice,
    claim_notice,
    order_ids,
    parse_claim_notification,
)
from atoz_desktop.core.evidence.mail.reading import parse_mail, read_mail
from atoz_desktop.core.evidence.mail.text import decode_text, html_to_text, tidy_text

__all__ = [
    "OLE_SIGNATURE",
    "BadMail",
    "ClaimNotice",
    "MailAttachment",
    "ParsedMail",
    "claim_notice",
    "decode_text",
    "html_to_text",
    "order_ids",
    "parse_claim_notification",
    "parse_eml",
    "parse_mail",
    "parse_msg",
    "read_mail",
    "tidy_text",
]
