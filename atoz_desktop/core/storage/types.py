"""Column types that keep amounts exact and timestamps timezone-aware on every backend."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


class Cents(TypeDecorator[Decimal]):
    """A Decimal amount stored as an integer number of hundredths.

    SQLite has no exact decimal type (NUMERIC is stored as a float there); integers are exact
    everywhere and sort correctly in SQL.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        return int((value * _HUNDRED).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / _HUNDRED).quantize(_CENT)


def cents(value: Decimal | None) -> int | None:
    """The integer stored for an amount (for bulk inserts that bypass the ORM)."""
    if value is None:
        return None
    return _cents(value)


@lru_cache(maxsize=8192)
def _cents(value: Decimal) -> int:
    return int(value.scaleb(2).to_integral_value())


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime, stored in UTC, always read back aware.

    SQLite forgets offsets; storing UTC and re-attaching it keeps comparisons right and the
    original instant intact. Naive values are refused: they are bugs.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored")
        return value.astimezone(UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_text(value: datetime | None) -> str | None:
    """The text SQLite stores for a datetime (for bulk inserts that bypass the ORM)."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
