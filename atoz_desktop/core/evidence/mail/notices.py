"""Amazon's claim notifications: which order, which amount, which claim a mail announces."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from atoz_desktop.core.evidence.mail.model import BadMail, ParsedMail
from atoz_desktop.core.evidence.mail.reading import read_mail

log = logging.getLogger(__name__)


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


def parse_claim_notification(path: Path | str, limit_bytes: int = 50_000_000) -> ClaimNotice | None:
    """The claim an Amazon notification e-mail (.eml/.msg) announces, or None if it is not one
    or cannot be read (or is over `limit_bytes`). For dropping the e-mail on the Claims list."""
    try:
        return claim_notice(read_mail(Path(path), limit_bytes))
    except (BadMail, OSError):
        return None


def order_ids(mail: ParsedMail) -> tuple[str, ...]:
    """The Amazon order ids a mail names (subject first, then its text), each once."""
    found = _ORDER_ID.findall(mail.subject) + _ORDER_ID.findall(mail.body)
    return tuple(dict.fromkeys(found))
