"""The reply to Amazon Pay's claim e-mail, as a draft a mail program opens ready to send.

Amazon Pay claims are answered by replying to Amazon Pay's e-mail; an `.eml` file with the
header `X-Unsent: 1` opens in Outlook, Thunderbird and Apple Mail as a new message rather than
a received one. It replies to the claim notification when that mail is on the timeline (its
Message-ID and subject), else to Amazon Pay's address, with the paste-ready text as its body
and the dossier attached.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from atoz_desktop.core.dossier.content import DossierContent

#: Where Amazon Pay's A-to-z notifications come from (shared/DOMAIN.md).
AMAZON_PAY_ADDRESS = "amazon-pay-seller-guarantee@amazon.com"
_SUBJECT = "Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID {order_id}"


def _notification(content: DossierContent) -> dict[str, str] | None:
    """The details of the latest message from Amazon Pay on the timeline, if any."""
    found = None
    for event in content.claim.events:
        sender = str(event.details.get("from", "")).lower()
        if event.kind in ("message-in", "amazon-notice") and "amazon" in sender:
            found = {k: str(v) for k, v in event.details.items() if isinstance(v, str)}
    return found


def reply_email(content: DossierContent, text: str, pdf: bytes, pdf_name: str) -> bytes:
    """The draft: To Amazon Pay (or whoever sent the notification), Subject "Re: …",
    In-Reply-To the notification when known, From the seller's first full address."""
    notice = _notification(content)
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    sender = next((a for a in content.seller_addresses if not a.startswith("@")), "")
    if sender:
        message["From"] = sender
    message["To"] = (notice or {}).get("from") or AMAZON_PAY_ADDRESS
    subject = (notice or {}).get("subject") or _SUBJECT.format(order_id=content.claim.order_id)
    message["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    message_id = (notice or {}).get("message_id", "")
    if message_id:
        message["In-Reply-To"] = message_id
        message["References"] = message_id
    message.set_content(text + "\n", charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message.as_bytes()
