"""Reading one field of a report: dates, amounts, quantities, flags."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from atoz_desktop.core.i18n import _
from atoz_desktop.core.money import AmountError, parse_amount

_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_CENT = Decimal("0.01")
_PLAIN_AMOUNT = re.compile(r"-?\d{1,12}(?:\.\d{1,2})?$")
_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")


class FieldError(ValueError):
    """A field whose text cannot be read; the message is the problem, for the user."""


def parse_datetime(text: str) -> datetime | None:
    """ISO 8601 (with offset, `Z`, or none), a bare date, or a day-first spreadsheet date.

    A time without an offset is taken as UTC, which is what Amazon's reports use.
    """
    s = text.strip()
    if not s:
        return None
    if s.endswith((" UTC", " GMT")):
        s = s[:-4]
    try:
        value = datetime.fromisoformat(s)
    except ValueError:
        match = _DAY_FIRST.match(s)
        if match is None:
            raise FieldError(_("unreadable date {text!r}").format(text=text.strip())) from None
        day, month, year, hour, minute, second = match.groups()
        try:
            value = datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        except ValueError:
            raise FieldError(_("impossible date {text!r}").format(text=text.strip())) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def parse_money(text: str) -> Decimal | None:
    """An amount in hundredths. Amazon's own '39.90' takes the fast path; a spreadsheet's
    '1 234,50 €' goes through the general reader."""
    if not text:
        return None
    plain = _plain_amount(text)
    if plain is not None:
        return plain
    try:
        value = parse_amount(text)
    except AmountError:
        raise FieldError(_("unreadable amount {text!r}").format(text=text.strip())) from None
    if value is None:
        return None
    if abs(value) >= Decimal("1e12"):
        raise FieldError(_("implausible amount {text!r}").format(text=text.strip()))
    # Amounts are kept in hundredths; rounding here makes a re-import compare equal.
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=8192)
def _plain_amount(text: str) -> Decimal | None:
    """Amazon's own '39.90'. Prices repeat across a report, so the few thousand distinct ones
    are read once (Decimals are immutable, so sharing them is safe)."""
    if _PLAIN_AMOUNT.match(text):
        return Decimal(text).quantize(_CENT)
    return None


def parse_quantity(text: str) -> int | None:
    s = text.strip()
    if not s:
        return None
    try:
        value = Decimal(s.replace(",", "."))
    except ArithmeticError:
        raise FieldError(_("unreadable quantity {text!r}").format(text=s)) from None
    if value != value.to_integral_value() or value < 0 or value > 1_000_000:
        raise FieldError(_("unreadable quantity {text!r}").format(text=s))
    return int(value)


def parse_flag(text: str) -> bool:
    return text.strip().lower() in {"true", "yes", "1", "y", "oui", "vrai"}


def is_amazon_order_id(order_id: str) -> bool:
    """Amazon's own order ids are 3-7-7 digits; Amazon Pay and merchant ids are not."""
    return _ORDER_ID.match(order_id) is not None
