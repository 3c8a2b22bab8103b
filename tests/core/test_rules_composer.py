"""The buyer message composer and the hand-made formatting of dates and amounts it relies on."""

from __future__ import annotations

import string
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.composer import (
    MESSAGE_KINDS,
    OFFER_KINDS,
    Tracking,
    buyer_message,
    compose,
    offer_worded,
    trackings_from,
    update_edited,
)
from atoz_desktop.core.rules.texts import (
    FINDING_TEXTS,
    format_date,
    format_datetime,
    format_money,
    lang_of,
)
from atoz_desktop.core.services.claims import EventView

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
    text = buyer_message("en", "Sam", OID, "refund", Decimal("44.80"), "EUR", sign_off="Atelier")
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


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_partial_amount_is_never_worded_as_a_full_refund(lang):
    full = Decimal("44.80")
    for kind in ("refund", "partial-refund"):
        draft = compose(lang, buyer_name="Sam", order_id=OID, kind=kind, amount=Decimal("10"),
                        currency="EUR", full_amount=full)  # fmt: skip
        assert draft.offer_kind == "partial-refund"
        text = draft.text.lower()
        assert "full refund" not in text and "intégral" not in text
        assert (
            "partial refund of €10.00" if lang == "en" else f"remboursement partiel de 10,00{NBSP}€"
        ) in text
    # The whole claim (or more) is a full refund, whichever was picked.
    whole = compose(lang, buyer_name=None, order_id=OID, kind="partial-refund", amount=full,
                    currency="EUR", full_amount=full)  # fmt: skip
    assert (
        whole.offer_kind == "refund" and "partiel" not in whole.text and "partial" not in whole.text
    )
    assert offer_worded("refund", Decimal("50"), full) == "refund"
    assert offer_worded("refund", Decimal("10"), None) == "refund"  # no claim amount to compare
    assert offer_worded("replacement", Decimal("10"), full) == "replacement"
    assert offer_worded("proof", None, full) is None


def test_the_sign_off_ends_the_message_after_the_closing():
    fr = buyer_message("fr", "Sam", OID, "refund", Decimal("5"), "EUR",
                       sign_off="  Marie, service client  \nDupont & Fils\n")  # fmt: skip
    assert fr.endswith("\n\nCordialement,\nMarie, service client\nDupont & Fils\n")
    en = buyer_message("en", "Sam", OID, "refund", Decimal("5"), "EUR", sign_off="   ")
    assert en.endswith("\n\nKind regards,\n")


PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_proof_message_cites_the_tracking_and_offers_nothing(lang):
    shipped, delivered = (
        datetime(2026, 11, 2, 9, tzinfo=UTC),
        datetime(2026, 11, 3, 23, 30, tzinfo=UTC),
    )
    parcel = Tracking("DHL", "JD0123", shipped_at=shipped, delivered_at=delivered, signed_for=True)
    draft = compose(lang, buyer_name="Sam", order_id=OID, kind="proof", amount=Decimal("9"),
                    currency="EUR", trackings=[parcel], tz=PARIS)  # fmt: skip
    assert draft.offer_kind is None and draft.amount is None
    text = draft.text
    assert "JD0123" in text and "DHL" in text and OID in text
    if lang == "fr":
        assert "expédié le 02/11/2026 par DHL, numéro de suivi JD0123" in text
        assert "livré contre signature le 04/11/2026" in text  # Paris is an hour ahead
        assert "remboursement" not in text and "geste commercial" not in text
    else:
        assert "sent on 2 Nov 2026 with DHL, tracking number JD0123" in text
        assert "delivered against a signature on 4 Nov 2026" in text
        assert "refund" not in text and "goodwill" not in text
    unknown = compose(lang, buyer_name=None, order_id=OID, kind="proof", amount=None,
                      currency="EUR", trackings=[Tracking(None, "X1")])  # fmt: skip
    assert ("the carrier" if lang == "en" else "le transporteur") in unknown.text
    attached = compose(lang, buyer_name=None, order_id=OID, kind="proof", amount=None,
                       currency="EUR")  # fmt: skip
    assert ("attached" if lang == "en" else "ci-joint") in attached.text


def test_trackings_come_from_the_timeline_one_per_number():
    shipped, delivered = datetime(2026, 11, 2, tzinfo=UTC), datetime(2026, 11, 4, tzinfo=UTC)
    details = {"carrier": "Colissimo", "tracking_number": "6A1"}
    timeline = [
        EventView(None, "ordered", shipped, text=OID),
        EventView(None, "shipped", shipped, text="Colissimo 6A1", details=details),
        EventView(None, "shipped", shipped, details={"carrier": "DHL", "tracking_number": ""}),
        EventView(None, "delivered", delivered, text="Colissimo 6A1", details=details),
    ]
    assert trackings_from(timeline) == (
        Tracking("Colissimo", "6A1", shipped_at=shipped, delivered_at=delivered, signed_for=False),
    )


def _draft(kind="refund", amount=Decimal("44.80"), lang="en"):
    return compose(lang, buyer_name="Sam", order_id=OID, kind=kind, amount=amount,
                   currency="EUR", full_amount=Decimal("44.80"), sign_off="Marie")  # fmt: skip


def test_an_edited_draft_gets_only_its_changed_paragraphs_rewritten():
    old, new = _draft(), _draft("partial-refund", Decimal("10"))
    edited = old.text.replace("Hello Sam,", "Dear Sam,") + "PS: the blue one is back in stock.\n"
    updated = update_edited(edited, old, new)
    assert updated is not None
    assert updated.startswith("Dear Sam,") and updated.endswith(
        "PS: the blue one is back in stock.\n"
    )
    assert "partial refund of €10.00" in updated and "full refund" not in updated
    assert update_edited(edited, old, old) == edited  # nothing changed, nothing rewritten
    # A proof message has the same paragraphs: the offer and the reply are rewritten.
    proof = update_edited(edited, old, _draft("proof", None))
    assert proof is not None and "attached" in proof and "goodwill" not in proof


def test_a_reworded_offer_is_left_to_the_seller():
    old, new = _draft(), _draft("partial-refund", Decimal("10"))
    reworded = old.text.replace("a full refund of your order", "your money back")
    assert update_edited(reworded, old, new) is None
    twice = old.text + dict(old.parts)["offer"] + "\n"  # which of the two is the offer?
    assert update_edited(twice, old, new) is None


def test_every_message_kind_has_both_languages():
    for kind in MESSAGE_KINDS:
        amount = None if kind in ("proof", "replacement") else Decimal("5")
        en, fr = _draft(kind, amount, "en"), _draft(kind, amount, "fr")
        assert [k for k, _ in en.parts] == [k for k, _ in fr.parts]
        assert en.text != fr.text


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
