"""Amounts as exact decimals with their currency, read from the shapes reports really have."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


class AmountError(ValueError):
    """A text that cannot be read as an amount."""


def parse_amount(text: str | None) -> Decimal | None:
    """Read '12.34', '12,34', '1 234,50', '1,234.50', '-3.00', '€ 5' as a Decimal.

    Empty text is None. Anything else that is not a number raises AmountError.
    """
    if text is None:
        return None
    s = _SPACES.sub("", text.strip())
    for symbol in ("€", "£", "$", "EUR", "GBP", "USD", "zł", "kr"):
        s = s.replace(symbol, "")
    if not s:
        return None
    if "," in s and "." in s:
        # The last separator is the decimal one: 1,234.50 or 1.234,50.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise AmountError(text) from None
    if not value.is_finite():
        raise AmountError(text)
    return value


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency}"
