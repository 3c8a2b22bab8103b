from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QLocale

from atoz_desktop.gui.common.formatting import Urgency, countdown, format_amount, format_decimal

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_amounts_in_french_keep_every_cent() -> None:
    assert _plain(format_amount(Decimal("1234.50"), "EUR", FRENCH)) == "1 234,50 €"
    assert _plain(format_amount(Decimal("0.10"), "EUR", FRENCH)) == "0,10 €"
    assert _plain(format_decimal(Decimal("12345678901234.57"), FRENCH)) == "12 345 678 901 234,57"


def test_amounts_in_english_and_negative() -> None:
    assert format_amount(Decimal("1234.5"), "EUR", ENGLISH) == "€1,234.50"
    negative = format_amount(Decimal("-3"), "GBP", ENGLISH)
    assert "£3.00" in negative and negative != "£3.00"  # '-£3.00' or '(£3.00)', as the locale says
    assert format_amount(None, "EUR", ENGLISH) == ""


def test_unknown_currency_shows_its_code() -> None:
    assert "CZK" in format_amount(Decimal("5"), "CZK", ENGLISH)


def test_countdown_texts_and_urgency() -> None:
    assert countdown(NOW + timedelta(hours=2, minutes=14), NOW) == (
        countdown(NOW + timedelta(hours=2, minutes=14, seconds=30), NOW)
    )
    soon = countdown(NOW + timedelta(hours=2, minutes=14), NOW)
    assert (soon.text, soon.urgency) == ("2 h 14 min", Urgency.SOON)
    later = countdown(NOW + timedelta(days=3, hours=4), NOW)
    assert (later.text, later.urgency) == ("3 d 4 h", Urgency.NONE)
    late = countdown(NOW - timedelta(hours=5, minutes=20), NOW)
    assert (late.text, late.urgency) == ("overdue 5 h", Urgency.OVERDUE)
    assert countdown(NOW + timedelta(minutes=9), NOW).text == "9 min"
    assert countdown(None, NOW).urgency is Urgency.NONE
