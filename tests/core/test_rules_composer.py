"""The buyer message composer and the hand-made formatting of dates and amounts it relies on."""

from __future__ import annotations

import string
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.composer import OFFER_KINDS, buyer_message
from atoz_desktop.core.rules.texts import (
    FINDING_TEXTS,
    format_date,
    format_datetime,
    format_money,
    lang_of,
)

OID = "402-1234567-1234567"
NBSP, NNBSP = "\u00a0", "\u202f"


def test_french_partial_refund_says_what_the_seed_asks():
    text = buyer_message("fr", "Camille Durand", OID, "partial-refund", Decimal("12.5"), "EUR")
    assert text == (
        "Bonjour Camille Durand,\n\n"
        f"Nous sommes désolés d'apprendre que votre commande {OID} ne vous a pas donné "
        "entière satisfaction.\n"
        "Votre avis compte beaucoup pour nous, et nous souhaitons trouver une solution qui vous "
        "satisfasse pleinement.\n\n"
        f"En geste commercial, nous vous proposons un remboursement partiel de 12,50{NBSP}€.\n\n"
        "Pourriez-vous nous répondre dès que possible pour nous dire si cette solution vous "
        f"convient{NBSP}? Nous nous en occuperons dès votre réponse.\n\n"
        "Cordialement,\n"
    )


def test_english_full_refund():
    text = buyer_message("en", "Sam", OID, "refund", Decimal("44.80"), "EUR", seller_name="Atelier")
    assert text.startswith("Hello Sam,\n\nWe are sorry to hear that you are not satisfied")
    assert "Your opinion matters" in text and "resolve this" in text
    assert "gesture of goodwill, we would like to offer you a full refund" in text
    assert "that is €44.80." in text
    assert "at your earliest convenience" in text
    assert text.endswith("Kind regards,\nAtelier\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", OFFER_KINDS)
def test_no_admission_of_fault_in_any_draft(lang, kind):
    text = buyer_message(lang, "Sam", OID, kind, Decimal("10"), "EUR").lower()
    for admission in ("our fault", "our mistake", "notre faute", "notre erreur", "sorry for the"):
        assert admission not in text
    assert OID in text


def test_replacement_with_or_without_its_worth():
    plain = buyer_message("fr", None, OID, "replacement", None, "EUR")
    assert plain.startswith("Bonjour,\n\n")
    assert "l'envoi d'un article de remplacement, sans frais pour vous." in plain
    worth = buyer_message("en", "  ", OID, "replacement", Decimal("1234.5"), "EUR")
    assert worth.startswith("Hello,\n\n") and "a replacement item worth €1,234.50" in worth


def test_refunds_need_a_positive_amount_and_a_known_kind():
    with pytest.raises(ValueError, match="needs its amount"):
        buyer_message("en", "Sam", OID, "refund", None, "EUR")
    with pytest.raises(ValueError, match="positive"):
        buyer_message("en", "Sam", OID, "partial-refund", Decimal("0"), "EUR")
    with pytest.raises(ValueError, match="unknown offer"):
        buyer_message("en", "Sam", OID, "voucher", Decimal("5"), "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language"):
        buyer_message("de", "Sam", OID, "refund", Decimal("5"), "EUR")


def test_buyer_name_is_kept_as_plain_text():
    text = buyer_message("en", "<b>Zoë</b> {x}", OID, "refund", Decimal("5"), "EUR")
    assert text.startswith("Hello <b>Zoë</b> {x},")


# --- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "fr", "en"),
    [
        (Decimal("12.5"), "EUR", f"12,50{NBSP}€", "€12.50"),
        (Decimal("1234.5"), "EUR", f"1{NNBSP}234,50{NBSP}€", "€1,234.50"),
        (Decimal("1234567.891"), "EUR", f"1{NNBSP}234{NNBSP}567,89{NBSP}€", "€1,234,567.89"),
        (Decimal("0.005"), "EUR", f"0,01{NBSP}€", "€0.01"),  # half up, as receipts round
        (Decimal("-3"), "GBP", f"-3,00{NBSP}£", "-£3.00"),
        (Decimal("99"), "SEK", f"99,00{NBSP}kr", f"99.00{NBSP}kr"),
        (Decimal("5"), "chf", f"5,00{NBSP}CHF", f"5.00{NBSP}CHF"),
    ],
)
def test_format_money(amount, currency, fr, en):
    assert format_money(amount, currency, "fr") == fr
    assert format_money(amount, currency, "en") == en


def test_format_dates_in_the_sellers_timezone():
    instant = datetime(2026, 10, 25, 0, 30, 0, tzinfo=UTC)  # the first of that night's two 02:30s
    paris = ZoneInfo("Europe/Paris")
    assert format_datetime(instant, "fr", paris) == "25/10/2026 02:30"
    assert format_datetime(instant, "en", paris) == "25 Oct 2026 02:30"
    assert format_date(instant, "fr", UTC) == "25/10/2026"
    assert format_datetime(instant.replace(second=7), "en", UTC) == "25 Oct 2026 00:30:07"


@pytest.mark.parametrize(
    ("given", "expected"), [("fr", "fr"), ("fr_FR", "fr"), ("FR-be", "fr"), ("en_GB", "en")]
)
def test_lang_of(given, expected):
    assert lang_of(given) == expected


def test_the_two_finding_catalogues_have_the_same_keys_and_fields():
    en, fr = FINDING_TEXTS["en"], FINDING_TEXTS["fr"]
    assert en.keys() == fr.keys()
    for key in en:
        fields_en = {f for _, f, _, _ in string.Formatter().parse(en[key]) if f}
        fields_fr = {f for _, f, _, _ in string.Formatter().parse(fr[key]) if f}
        assert fields_en == fields_fr, key
