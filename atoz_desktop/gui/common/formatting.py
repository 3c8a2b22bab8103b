"""Amounts, dates and deadline countdowns as the user's locale writes them.

Pure helpers over `QLocale` (no widgets), shared by the table models and the detail panes.
Amounts stay `Decimal` all the way: the digits are never routed through a float.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

CURRENCY_SYMBOLS = {
    "EUR": "€",
    "GBP": "£",
    "USD": "$",
    "PLN": "zł",
    "SEK": "kr",
    "CHF": "CHF",
    "JPY": "¥",
}

_CENT = Decimal("0.01")
translate = QCoreApplication.translate
_template_cache: dict[tuple[str, str, bool], str] = {}


def _currency_template(locale: QLocale, symbol: str, negative: bool) -> str:
    """The locale's currency pattern with '{}' where the digits go: '{} €' in French."""
    key = (locale.name(), symbol, negative)
    template = _template_cache.get(key)
    if template is None:
        sample = locale.toCurrencyString(-1.0 if negative else 1.0, symbol)
        digits = locale.toString(1.0, "f", 2)
        template = sample.replace(digits, "{}", 1) if digits in sample else "{} " + symbol
        _template_cache[key] = template
    return template


#: What a C/POSIX locale (no locale set: a container, a bare session) is shown as: Qt's C
#: locale writes a day as "1 12 2026" and an amount as "12.50€"; English readers get the
#: unambiguous "1 Dec 2026" and the British "€12.50".
C_DATE_FORMAT = "d MMM yyyy"
C_TIME_FORMAT = "HH:mm"


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _for_numbers(locale: QLocale | None) -> QLocale:
    locale = locale or QLocale()
    if _is_c(locale):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def format_decimal(value: Decimal, locale: QLocale | None = None, places: int = 2) -> str:
    """`Decimal('1234.5')` -> '1 234,50' in French, '1,234.50' in English."""
    locale = _for_numbers(locale)
    quantum = Decimal(1).scaleb(-places)
    text = f"{abs(value).quantize(quantum, rounding=ROUND_HALF_UP):f}"
    whole, _, fraction = text.partition(".")
    grouped = locale.toString(int(whole))
    result = grouped + (locale.decimalPoint() + fraction if fraction else "")
    return (locale.negativeSign() + result) if value < 0 else result


def format_amount(value: Decimal | None, currency: str, locale: QLocale | None = None) -> str:
    """`Decimal('1234.50'), 'EUR'` -> '1 234,50 €' in French, '€1,234.50' in English."""
    if value is None:
        return ""
    locale = _for_numbers(locale)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return _currency_template(locale, symbol, value < 0).format(format_decimal(abs(value), locale))


#: The time zone times are shown and typed in: the workspace's (Settings › Deadline Rules),
#: which the main window sets; None (before any window) is the computer's own.
_display_zone: tzinfo | None = None


def set_display_zone(zone: tzinfo | None) -> None:
    global _display_zone
    _display_zone = zone


def display_zone() -> tzinfo:
    """The zone of every time shown: the workspace's, or the computer's before a window says."""
    if _display_zone is not None:
        return _display_zone
    local = datetime.now(UTC).astimezone().tzinfo
    return local if local is not None else UTC


def _wall_clock(value: datetime) -> tuple[QDate, QTime]:
    local = value.astimezone(display_zone())
    return QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)


def _qdatetime(value: datetime) -> QDateTime:
    """The wall clock of the display zone, in a zone-less QDateTime (UTC, so Qt never moves it
    through the computer's own daylight-saving changes)."""
    day, time = _wall_clock(value)
    return QDateTime(day, time, QTimeZone.utc())


def datetime_format(locale: QLocale | None = None) -> str:
    """The locale's short date and time without seconds: 'dd/MM/yyyy HH:mm' in French."""
    locale = locale or QLocale()
    if _is_c(locale):
        return f"{C_DATE_FORMAT} {C_TIME_FORMAT}"
    pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    for seconds in (":ss", ".ss", ":s", ".s"):
        pattern = pattern.replace(seconds, "")
    return pattern


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """An instant in the workspace's time, the locale's short form without seconds:
    '22/11/2026 14:05' in French."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(_qdatetime(value), datetime_format(locale))


def format_date(value: datetime | None, locale: QLocale | None = None) -> str:
    """The calendar day of an instant in the workspace's time: '22/11/2026' in French."""
    if value is None:
        return ""
    locale = locale or QLocale()
    day = _wall_clock(value)[0]
    if _is_c(locale):
        return locale.toString(day, C_DATE_FORMAT)
    return locale.toString(day, QLocale.FormatType.ShortFormat)


class Urgency(enum.Enum):
    NONE = "none"
    SOON = "soon"  # less than a day left
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Countdown:
    text: str
    urgency: Urgency


SOON = timedelta(hours=24)


def _span(seconds: int, coarse: bool = False) -> str:
    minutes = seconds // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("formatting", "{days} d {hours} h").format(days=days, hours=hours)
    if hours and coarse:
        return translate("formatting", "{hours} h").format(hours=hours)
    if hours:
        return translate("formatting", "{hours} h {minutes} min").format(hours=hours, minutes=mins)
    return translate("formatting", "{minutes} min").format(minutes=mins)


def countdown(due: datetime | None, now: datetime) -> Countdown:
    """Time left to a deadline: '2 h 14 min', '3 d 4 h', 'overdue 5 h'; amber under a day."""
    if due is None:
        return Countdown("", Urgency.NONE)
    left = int((due - now).total_seconds())
    if left < 0:
        text = translate("formatting", "overdue {span}").format(span=_span(-left, coarse=True))
        return Countdown(text, Urgency.OVERDUE)
    urgency = Urgency.SOON if left < SOON.total_seconds() else Urgency.NONE
    return Countdown(_span(left), urgency)


def ui_lang(locale: QLocale | None = None) -> str:
    """The language of the core's texts (findings, buyer messages) for the UI locale."""
    locale = locale or QLocale()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def parse_amount(text: str, locale: QLocale | None = None) -> Decimal | None:
    """'1 234,50' (French) or '1,234.50' (English) -> Decimal; None when empty.

    ValueError when the text is not an amount. A dot is also taken as the decimal point in
    French, since sellers copy amounts from Seller Central pages in either form."""
    locale = _for_numbers(locale)
    cleaned = text.strip()
    for symbol in (*CURRENCY_SYMBOLS.values(), "\u00a0", "\u202f", " "):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if group.strip() and group != point:
        cleaned = cleaned.replace(group, "")
    if point != ".":
        cleaned = cleaned.replace(point, ".")
    if cleaned.count(".") > 1:
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware instant as the wall clock of the workspace's time, for date/time editors (in
    the editors' own local time, so Qt shows the fields as they are)."""
    day, time = _wall_clock(value)
    return QDateTime(day, time)


def from_qdatetime(value: QDateTime) -> datetime:
    """What an editor shows, read as the workspace's time -> an aware datetime."""
    day, time = value.date(), value.time()
    return datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second(),
        tzinfo=display_zone(),
    )  # fmt: skip

