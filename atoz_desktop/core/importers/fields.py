"""Reading one field of a report: dates, amounts, quantities, flags."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from atoz_desktop.core.i18n import _
from atoz_desktop.core.money import AmountError, parse_amount
from atoz_desktop.core.storage.types import cents, utc_text

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


# --- the same fields read straight into the values the workspace stores ---------------------
# (storage/types.py: amounts as integer hundredths, instants as UTC text, flags as 0/1.) The
# importer keeps orders in these values, so that a row goes to SQLite, and into an order's
# content hash, without a second conversion; the messages of a bad field are the same.


def stored_datetime(text: str) -> str | None:
    """parse_datetime, as the UTC text stored for it; Amazon's own UTC form
    (2026-01-05T07:12:54+00:00) is checked and cut into it without a conversion."""
    s = text.strip()
    if not s:
        return None
    if len(s) == 25 and s.endswith("+00:00") and s[10] == "T":
        try:
            datetime.fromisoformat(s[:19])
        except ValueError:
            pass  # parse_datetime says what is wrong
        else:
            return f"{s[:10]} {s[11:19]}.000000"
    value = parse_datetime(s)
    return None if value is None else utc_text(value)


def stored_money(text: str) -> int | None:
    """parse_money, as the integer hundredths stored for it."""
    if not text:
        return None
    plain = _plain_cents(text)
    if plain is not None:
        return plain
    value = parse_money(text)
    return None if value is None else cents(value)


@lru_cache(maxsize=8192)
def _plain_cents(text: str) -> int | None:
    amount = _plain_amount(text)
    return None if amount is None else cents(amount)


def stored_quantity(text: str) -> int | None:
    """parse_quantity; a plain number of digits without the general reader."""
    if text.isdigit() and len(text) <= 7:
        value = int(text)
        if value <= 1_000_000:
            return value
    return parse_quantity(text)


def stored_flag(text: str) -> int:
    return 1 if parse_flag(text) else 0
