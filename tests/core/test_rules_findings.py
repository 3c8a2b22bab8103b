"""Findings: each code present and absent at its boundary, in English and French."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.facts import EVENT_KINDS, ClaimFacts, EventFacts, ShipmentFacts
from atoz_desktop.core.rules.findings import CODES, Finding, findings
from atoz_desktop.core.rules.policy import DEFAULT_POLICIES, Policy, policy_in_force

PARIS = ZoneInfo("Europe/Paris")
SECOND = timedelta(seconds=1)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def real(start: datetime, hours: float) -> datetime:
    """`start` moved by real elapsed hours: aware arithmetic in one zone moves the wall clock."""
    return (start.astimezone(UTC) + timedelta(hours=hours)).astimezone(PARIS)


MARKETPLACE: Policy = policy_in_force(DEFAULT_POLICIES, "marketplace", paris(2026, 10, 1))
AMAZON_PAY: Policy = policy_in_force(DEFAULT_POLICIES, "amazon-pay", paris(2026, 10, 1))

LATEST_DELIVERY = paris(2026, 10, 20, 20, 0)
FILED = paris(2026, 10, 26, 10, 0)
NOW = paris(2026, 10, 27, 12, 0)
FIRST_BUYER_MESSAGE = EventFacts("message-in", paris(2026, 10, 22, 9, 0), "buyer")
SELLER_ANSWER = EventFacts("message-out", paris(2026, 10, 22, 15, 0), "seller")
BUYER_REPLY = EventFacts("message-in", paris(2026, 10, 23, 9, 0), "buyer")
PARCEL = ShipmentFacts("6A12345678901", "Colissimo", shipped_at=paris(2026, 10, 15, 14, 0))

#: A damaged-item claim the seller already won, with nothing left to say: no finding at all.
QUIET = ClaimFacts(
    channel="marketplace",
    reason="damaged-defective",
    filed_at=FILED,
    amount=Decimal("44.80"),
    currency="EUR",
    status="denied",
    past_statuses=("action-required", "under-review"),
    latest_delivery=LATEST_DELIVERY,
    purchase_date=paris(2026, 10, 14, 9, 0),
    latest_ship_date=paris(2026, 10, 16, 23, 59),
    fulfillment_channel="MFN",
    line_exclusions=(None,),
    shipments=(PARCEL,),
    events=(FIRST_BUYER_MESSAGE, SELLER_ANSWER, BUYER_REPLY),
    evidence=frozenset({"photo"}),
)


def run(
    facts: ClaimFacts, lang: str = "en", now: datetime = NOW, **kw: object
) -> dict[str, Finding]:
    policy = MARKETPLACE if facts.channel == "marketplace" else AMAZON_PAY
    found = findings(facts, policy, now, lang, **kw)  # type: ignore[arg-type]
    codes = [f.code for f in found]
    assert len(codes) == len(set(codes)), "one finding per code"
    return {f.code: f for f in found}


def test_the_quiet_claim_has_no_finding():
    assert run(QUIET) == {} and run(QUIET, "fr") == {}


# --- outside-window --------------------------------------------------------------------------

WINDOW_END = paris(2027, 1, 18, 20, 0)  # 90 calendar days after 20 October, across summer time


def test_outside_window_boundary():
    assert "outside-window" not in run(replace(QUIET, filed_at=WINDOW_END))
    found = run(replace(QUIET, filed_at=WINDOW_END + SECOND))["outside-window"]
    assert found.severity == "strong"
    assert "90 calendar days" in found.text and "18 Jan 2027 20:00" in found.text
    fr = run(replace(QUIET, filed_at=WINDOW_END + SECOND), "fr")["outside-window"]
    assert "90 jours calendaires" in fr.text and "18/01/2027 20:00" in fr.text
    assert "20/10/2026" in fr.text


def test_outside_window_needs_a_delivery_date_and_a_window():
    late = replace(QUIET, filed_at=WINDOW_END + timedelta(days=30))
    assert "outside-window" not in run(replace(late, latest_delivery=None))
    assert "outside-window" not in run(replace(late, channel="amazon-pay"))


# --- premature-non-receipt -------------------------------------------------------------------

NOT_RECEIVED = replace(QUIET, reason="not-received")
OPENS = paris(2026, 10, 23, 20, 0)  # latest delivery + 3 calendar days


def test_premature_non_receipt_boundary():
    assert "premature-non-receipt" not in run(replace(NOT_RECEIVED, filed_at=OPENS))
    found = run(replace(NOT_RECEIVED, filed_at=OPENS - SECOND))["premature-non-receipt"]
    assert found.severity == "strong"
    assert "3 calendar days after the latest estimated delivery date of 20 Oct 2026" in found.text
    fr = run(replace(NOT_RECEIVED, filed_at=OPENS - SECOND), "fr")["premature-non-receipt"]
    assert (
        "3 jours calendaires après la date de livraison estimée maximale du 20/10/2026" in fr.text
    )


def test_premature_applies_only_to_not_received_and_known_dates():
    early = replace(QUIET, filed_at=OPENS - timedelta(days=2))
    assert "premature-non-receipt" not in run(early)  # damaged-defective
    assert "premature-non-receipt" not in run(
        replace(NOT_RECEIVED, filed_at=OPENS - timedelta(days=2), latest_delivery=None)
    )


def test_amazon_pay_non_receipt_opens_30_days_after_the_order_when_sooner():
    facts = replace(
        NOT_RECEIVED,
        channel="amazon-pay",
        purchase_date=paris(2026, 9, 1, 9, 0),
        latest_delivery=paris(2026, 10, 20, 20, 0),
    )
    opens = paris(2026, 10, 1, 9, 0)
    assert "premature-non-receipt" not in run(replace(facts, filed_at=opens))
    found = run(replace(facts, filed_at=opens - SECOND), "fr")["premature-non-receipt"]
    assert "30 jours calendaires après la commande du 01/09/2026" in found.text
    assert "3 jours calendaires après la date de livraison" in found.text
    en = run(replace(facts, filed_at=opens - SECOND))["premature-non-receipt"]
    assert ", or 30 calendar days after the order of 1 Sep 2026" in en.text


# --- no-prior-contact ------------------------------------------------------------------------


def test_no_buyer_message_before_the_claim():
    found = run(replace(QUIET, events=(SELLER_ANSWER,)))["no-prior-contact"]
    assert found.severity == "strong" and "48 hours" in found.text
    fr = run(replace(QUIET, events=(SELLER_ANSWER,)), "fr")["no-prior-contact"]
    assert "48 heures" in fr.text and "Aucun message" in fr.text


def test_a_buyer_message_after_the_claim_is_not_prior_contact():
    after = EventFacts("message-in", FILED + SECOND)
    assert "no-prior-contact" in run(replace(QUIET, events=(after,)))
    at_filing = EventFacts("message-in", FILED)
    assert "no-prior-contact" in run(replace(QUIET, events=(at_filing,)))


def test_buyer_must_wait_48_hours_after_contacting():
    # 48 real hours before Monday 26 October 10:00 CET is Saturday 11:00 CEST.
    on_time = EventFacts("message-in", real(FILED, -48))
    assert on_time.at == paris(2026, 10, 24, 11, 0)
    assert "no-prior-contact" not in run(replace(QUIET, events=(on_time,)))
    too_soon = EventFacts("message-in", real(FILED, -48) + SECOND)
    found = run(replace(QUIET, events=(too_soon,)))["no-prior-contact"]
    assert found.severity == "strong" and "wait of 48 hours" in found.text
    assert "26 Oct 2026 10:00" in found.text  # the claim; ready one second later


def test_the_first_buyer_message_counts_and_any_buyer_act_is_contact():
    early, late = FILED - timedelta(days=5), FILED - timedelta(hours=1)
    events = (EventFacts("message-in", late), EventFacts("buyer-declined", early))
    assert "no-prior-contact" not in run(replace(QUIET, events=events))


def test_amazon_pay_wait_is_one_calendar_day():
    facts = replace(QUIET, channel="amazon-pay")
    # 1 calendar day before 26 Oct 10:00 CET is 25 Oct 10:00 CET: 25 real hours across the change.
    ok = EventFacts("message-in", paris(2026, 10, 25, 10, 0))
    assert "no-prior-contact" not in run(replace(facts, events=(ok,)))
    short = EventFacts("message-in", paris(2026, 10, 25, 10, 0) + SECOND)
    found = run(replace(facts, events=(short,)), "fr")["no-prior-contact"]
    assert "1 jour calendaire" in found.text


# --- excluded-item ---------------------------------------------------------------------------


def test_every_line_excluded_is_strong():
    found = run(replace(QUIET, line_exclusions=("digital", "subscription")))["excluded-item"]
    assert found.severity == "strong" and "digital item, subscription" in found.text
    fr = run(replace(QUIET, line_exclusions=("digital",)), "fr")["excluded-item"]
    assert "article numérique" in fr.text


def test_some_lines_excluded_is_weak():
    found = run(replace(QUIET, line_exclusions=(None, "stored-value")))["excluded-item"]
    assert found.severity == "weak" and "stored-value" in found.text


@pytest.mark.parametrize("lines", [(), (None,), (None, None)])
def test_no_excluded_line(lines):
    assert "excluded-item" not in run(replace(QUIET, line_exclusions=lines))


# --- chargeback-filed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "severity"),
    [(FILED - timedelta(days=1), "strong"), (FILED, "strong"), (FILED + SECOND, "info")],
)
def test_chargeback_before_or_after_the_claim(at, severity):
    found = run(replace(QUIET, chargeback_at=at))["chargeback-filed"]
    assert found.severity == severity and "7 calendar days" in found.text
    due = (at + timedelta(days=7)).astimezone(PARIS)
    assert f"{due.hour:02d}:{due.minute:02d}" in found.text


def test_amazon_pay_chargeback_deadline_is_11_days():
    facts = replace(QUIET, channel="amazon-pay", chargeback_at=paris(2026, 11, 2, 9, 0))
    found = run(facts, "fr")["chargeback-filed"]
    assert "11 jours calendaires" in found.text and "13/11/2026 09:00" in found.text


def test_no_chargeback():
    assert "chargeback-filed" not in run(QUIET)


# --- delivered-tracking, signed-delivery, no-tracking --------------------------------------------

DELIVERED = replace(PARCEL, delivered_at=LATEST_DELIVERY - timedelta(days=1))


def test_delivered_tracking_wins_a_non_receipt_claim():
    found = run(replace(NOT_RECEIVED, shipments=(DELIVERED,)))["delivered-tracking"]
    assert found.severity == "strong"
    assert "Colissimo 6A12345678901" in found.text and "19 Oct 2026 20:00" in found.text
    assert "on time" in found.text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_delivery_day_read_without_its_time_is_said_as_the_day(lang):
    """A receipt that printed the day alone: kept at noon, said without the noon."""
    noon = replace(PARCEL, delivered_at=paris(2026, 10, 19, 12, 0), delivered_day_only=True,
                   signed_for=True)  # fmt: skip
    found = run(replace(NOT_RECEIVED, shipments=(noon,)), lang)
    day = "19 Oct 2026" if lang == "en" else "19/10/2026"
    for code in ("delivered-tracking", "signed-delivery"):
        assert day in found[code].text and "12:00" not in found[code].text
    late = replace(PARCEL, shipped_at=paris(2026, 10, 16, 12, 0), shipped_day_only=True)
    facts = replace(NOT_RECEIVED, shipments=(late,), latest_ship_date=paris(2026, 10, 15, 23, 59))
    text = run(facts, lang)["late-shipment"].text
    assert ("16 Oct 2026," if lang == "en" else "16/10/2026,") in text and "12:00" not in text


def test_delivered_tracking_is_context_for_a_damaged_item():
    assert run(replace(QUIET, shipments=(DELIVERED,)))["delivered-tracking"].severity == "info"


@pytest.mark.parametrize(
    ("delivered_at", "severity", "fragment"),
    [
        (LATEST_DELIVERY, "strong", "dans les délais"),
        (LATEST_DELIVERY + SECOND, "info", "après la date de livraison estimée maximale"),
    ],
)
def test_delivered_tracking_on_a_late_delivery_claim(delivered_at, severity, fragment):
    facts = replace(
        QUIET, reason="late-delivery", shipments=(replace(PARCEL, delivered_at=delivered_at),)
    )
    found = run(facts, "fr")["delivered-tracking"]
    assert found.severity == severity and fragment in found.text


def test_no_delivered_tracking_without_a_number_or_a_delivery():
    assert "delivered-tracking" not in run(replace(NOT_RECEIVED, shipments=(PARCEL,)))
    untracked = replace(DELIVERED, tracking_number="  ")
    assert "delivered-tracking" not in run(replace(NOT_RECEIVED, shipments=(untracked,)))


def test_signed_delivery():
    signed = replace(DELIVERED, signed_for=True)
    found = run(replace(NOT_RECEIVED, shipments=(signed,)))["signed-delivery"]
    assert found.severity == "strong"
    assert found.text.startswith("Delivery Colissimo 6A12345678901 was signed for on 19 Oct 2026")
    assert run(replace(QUIET, shipments=(signed,)))["signed-delivery"].severity == "info"
    bare = ShipmentFacts(signed_for=True)
    fr = run(replace(NOT_RECEIVED, shipments=(bare,)), "fr")["signed-delivery"]
    assert fr.text.startswith("La livraison a été signée\u00a0: ")
    assert "signed-delivery" not in run(replace(NOT_RECEIVED, shipments=(DELIVERED,)))


@pytest.mark.parametrize("reason", ["not-received", "late-delivery"])
def test_no_tracking_is_a_risk_on_delivery_claims(reason):
    found = run(replace(QUIET, reason=reason, shipments=()))["no-tracking"]
    assert found.severity == "risk"
    untracked = ShipmentFacts(tracking_number=" ", carrier="La Poste")
    assert "no-tracking" in run(replace(QUIET, reason=reason, shipments=(untracked,)), "fr")


def test_no_tracking_absent_with_tracking_for_fba_or_other_reasons():
    assert "no-tracking" not in run(NOT_RECEIVED)
    assert "no-tracking" not in run(replace(NOT_RECEIVED, shipments=(), fulfillment_channel="AFN"))
    assert "no-tracking" not in run(replace(QUIET, shipments=()))


# --- late-shipment ---------------------------------------------------------------------------

SHIP_BY = QUIET.latest_ship_date
assert SHIP_BY is not None


def test_shipped_after_the_ship_by_date():
    on_time = replace(PARCEL, shipped_at=SHIP_BY)
    assert "late-shipment" not in run(replace(QUIET, shipments=(on_time,)))
    late = replace(PARCEL, shipped_at=SHIP_BY + SECOND)
    found = run(replace(QUIET, shipments=(late,)))["late-shipment"]
    assert found.severity == "risk" and "ship-by date of 16 Oct 2026 23:59" in found.text


def test_delivered_after_the_latest_estimated_delivery():
    on_time = replace(PARCEL, delivered_at=LATEST_DELIVERY)
    assert "late-shipment" not in run(replace(QUIET, shipments=(on_time,)))
    late = replace(PARCEL, delivered_at=LATEST_DELIVERY + SECOND)
    found = run(replace(QUIET, shipments=(late,)), "fr")["late-shipment"]
    assert found.text.startswith("Livré le 20/10/2026 20:00:01, après")


def test_late_shipment_is_amazons_on_fba_and_unknown_without_dates():
    late = replace(PARCEL, shipped_at=SHIP_BY + timedelta(days=2))
    assert "late-shipment" not in run(replace(QUIET, shipments=(late,), fulfillment_channel="AFN"))
    assert "late-shipment" not in run(
        replace(QUIET, shipments=(late,), latest_ship_date=None, latest_delivery=None)
    )


# --- buyer-silent ----------------------------------------------------------------------------

ASKED = EventFacts("message-out", paris(2026, 10, 23, 10, 0), "seller")  # a Friday, summer time


def silent(now: datetime, *extra: EventFacts, **kw: object) -> dict[str, Finding]:
    return run(replace(QUIET, events=(FIRST_BUYER_MESSAGE, ASKED, *extra)), now=now, **kw)


def test_buyer_silent_after_three_calendar_days():
    three_days = paris(2026, 10, 26, 10, 0)  # 73 real hours: the clocks went back
    assert "buyer-silent" not in silent(three_days - SECOND)
    assert "buyer-silent" not in silent(real(ASKED.at, 72))
    found = silent(three_days)["buyer-silent"]
    assert found.severity == "weak"
    assert "23 Oct 2026 10:00" in found.text and "3 calendar days" in found.text
    assert (
        "3 jours calendaires"
        in run(replace(QUIET, events=(FIRST_BUYER_MESSAGE, ASKED)), "fr", now=three_days)[
            "buyer-silent"
        ].text
    )


def test_a_buyer_reply_or_answer_to_the_offer_breaks_the_silence():
    later = paris(2026, 11, 10)
    for kind in ("message-in", "buyer-accepted", "buyer-declined"):
        assert "buyer-silent" not in silent(later, EventFacts(kind, ASKED.at + SECOND))
    assert "buyer-silent" in silent(later, EventFacts("note", ASKED.at + SECOND))


def test_silence_counts_from_the_sellers_last_message_offer_included():
    offer = EventFacts("offer", paris(2026, 10, 25, 10, 0), amount=Decimal("10.00"))
    assert "buyer-silent" not in silent(paris(2026, 10, 27, 10, 0), offer)
    assert "buyer-silent" in silent(paris(2026, 10, 28, 10, 0), offer)


def test_silence_days_is_a_parameter_and_needs_a_seller_message():
    assert "buyer-silent" not in silent(paris(2026, 10, 27, 10, 0), silence_days=5)
    assert "buyer-silent" in silent(paris(2026, 10, 28, 10, 0), silence_days=5)
    assert "buyer-silent" not in run(
        replace(QUIET, events=(FIRST_BUYER_MESSAGE,)), now=paris(2027, 1, 1)
    )
    with pytest.raises(ValueError):
        silent(NOW, silence_days=0)


# --- fba-order -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "severity"),
    [("not-received", "strong"), ("damaged-defective", "strong"), ("overcharged", "info")],
)
def test_fba_order(reason, severity):
    found = run(replace(QUIET, reason=reason, fulfillment_channel="AFN"))["fba-order"]
    assert found.severity == severity and "do not refund inside the claim" in found.text
    fr = run(replace(QUIET, reason=reason, fulfillment_channel="AFN"), "fr")["fba-order"]
    assert "ne remboursez pas" in fr.text


@pytest.mark.parametrize("channel", ["MFN", None])
def test_no_fba_finding_for_seller_fulfilled_or_unknown(channel):
    assert "fba-order" not in run(replace(QUIET, fulfillment_channel=channel))


# --- odr-risk --------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["action-required", "under-review"])
def test_pending_claims_count_toward_odr(status):
    found = run(replace(QUIET, status=status, past_statuses=()))["odr-risk"]
    assert found.severity == "risk"
    assert "While pending" in found.text and "under 1% over 60 calendar days" in found.text
    fr = run(replace(QUIET, status=status, past_statuses=()), "fr")["odr-risk"]
    assert "inférieur à 1\u00a0% sur 60 jours calendaires" in fr.text


@pytest.mark.parametrize(
    ("past", "status", "fragment"),
    [
        (("action-required",), "closed-seller-refund", "refund inside the claim"),
        (("action-required",), "granted-seller-funded", "granted against the seller"),
        (("under-review", "granted-seller-funded"), "withdrawn", "withdrawn after a grant"),
        (("granted-seller-funded", "appeal-filed"), "appeal-upheld", "upheld on appeal"),
        (("closed-seller-refund",), "appeal-filed", "refund inside the claim"),
    ],
)
def test_decided_claims_that_count_toward_odr(past, status, fragment):
    found = run(replace(QUIET, past_statuses=past, status=status))["odr-risk"]
    assert fragment in found.text


@pytest.mark.parametrize(
    ("past", "status"),
    [
        (("action-required",), "denied"),
        (("action-required",), "withdrawn"),
        (("action-required",), "granted-amazon-funded"),
        (("granted-seller-funded", "appeal-filed"), "appeal-reversed"),
    ],
)
def test_claims_that_do_not_count_toward_odr(past, status):
    assert "odr-risk" not in run(replace(QUIET, past_statuses=past, status=status))


def test_amazon_pay_odr_risk_speaks_of_the_reserve_policy():
    pending = run(replace(QUIET, channel="amazon-pay", status="under-review"))["odr-risk"]
    assert "Amazon Pay" in pending.text and "reserve policy" in pending.text
    refunded = replace(QUIET, channel="amazon-pay", status="closed-seller-refund")
    assert "politique de réserve" in run(refunded, "fr")["odr-risk"].text


# --- missing-evidence ------------------------------------------------------------------------


def test_not_received_without_delivery_proof():
    found = run(NOT_RECEIVED)["missing-evidence"]
    assert found.severity == "risk"
    assert found.text == (
        "Evidence missing for a claim “item not received”: proof of delivery "
        "(carrier tracking, signature or photo at the door)."
    )
    fr = run(NOT_RECEIVED, "fr")["missing-evidence"]
    assert fr.text.startswith("Pièces manquantes pour une réclamation «\u00a0article non reçu")


@pytest.mark.parametrize(
    "facts",
    [
        replace(NOT_RECEIVED, shipments=(DELIVERED,)),
        replace(NOT_RECEIVED, shipments=(ShipmentFacts(signed_for=True),)),
        replace(NOT_RECEIVED, evidence=frozenset({"delivery-proof"})),
        replace(NOT_RECEIVED, fulfillment_channel="AFN"),
    ],
)
def test_delivery_proof_from_tracking_signature_exhibit_or_amazon(facts):
    assert "missing-evidence" not in run(facts)


def test_damaged_without_photos_and_without_messages():
    found = run(replace(QUIET, evidence=frozenset(), events=(FIRST_BUYER_MESSAGE,)))
    text = found["missing-evidence"].text
    assert "photos of the goods" in text and "; messages exchanged with the buyer" in text


def test_messages_can_be_an_exhibit_instead_of_timeline_events():
    facts = replace(QUIET, events=(FIRST_BUYER_MESSAGE,), evidence=frozenset({"photo", "message"}))
    assert "missing-evidence" not in run(facts)


def test_not_as_described_needs_photos_and_the_listing():
    text = run(replace(QUIET, reason="not-as-described"), "fr")["missing-evidence"].text
    assert "fiche produit" in text and "photos" not in text


@pytest.mark.parametrize("kind", ["return-label", "refund-record"])
def test_international_return_accepts_either_proof(kind):
    facts = replace(QUIET, reason="international-return", evidence=frozenset({kind}))
    assert "missing-evidence" not in run(facts)
    assert "missing-evidence" in run(replace(facts, evidence=frozenset()))


# --- the whole list ---------------------------------------------------------------------------

EVERYTHING = replace(
    QUIET,
    reason="not-received",
    status="action-required",
    past_statuses=(),
    filed_at=WINDOW_END + SECOND,
    latest_delivery=LATEST_DELIVERY,
    fulfillment_channel="AFN",
    line_exclusions=(None, "digital"),
    chargeback_at=FILED,
    shipments=(
        replace(
            PARCEL,
            shipped_at=SHIP_BY + SECOND,
            delivered_at=LATEST_DELIVERY + SECOND,
            signed_for=True,
        ),
    ),
    events=(ASKED,),
)


#: Between them these claims raise every code of the catalogue.
SCENARIOS = [
    EVERYTHING,
    replace(EVERYTHING, fulfillment_channel="MFN", filed_at=OPENS - SECOND),
    replace(EVERYTHING, fulfillment_channel="MFN", shipments=(), channel="amazon-pay"),
    replace(EVERYTHING, channel="amazon-pay", events=(EventFacts("message-in", FILED),)),
]
LATER = paris(2027, 2, 1)


def policy_for(facts: ClaimFacts) -> Policy:
    return MARKETPLACE if facts.channel == "marketplace" else AMAZON_PAY


def test_findings_come_in_code_order_and_cover_the_catalogue():
    seen: set[str] = set()
    for facts in SCENARIOS:
        codes = [f.code for f in findings(facts, policy_for(facts), LATER)]
        assert codes == [c for c in CODES if c in codes]
        seen.update(codes)
    assert seen == set(CODES)


@pytest.mark.parametrize("lang", ["en", "fr", "fr_FR"])
def test_every_text_is_filled_in_both_languages(lang):
    french = lang.startswith("fr")
    for facts in SCENARIOS:
        for f in findings(facts, policy_for(facts), LATER, lang):
            assert f.text and "{" not in f.text and "}" not in f.text and "  " not in f.text
            if french:
                assert " :" not in f.text and " ;" not in f.text  # no-break spaces there
                assert "calendar" not in f.text and "hours" not in f.text
            else:
                assert "jours" not in f.text and "\u00a0:" not in f.text


def test_languages_give_the_same_codes_and_severities():
    for facts in (*SCENARIOS, NOT_RECEIVED, QUIET):
        en = [(f.code, f.severity) for f in findings(facts, policy_for(facts), LATER, "en")]
        fr = [(f.code, f.severity) for f in findings(facts, policy_for(facts), LATER, "fr")]
        assert en == fr


def test_finding_json_shape():
    f = run(NOT_RECEIVED)["missing-evidence"]
    assert f.to_json() == {"code": "missing-evidence", "severity": "risk", "text": f.text}


def test_finding_refuses_unknown_code_or_severity():
    with pytest.raises(ValueError):
        Finding("made-up", "strong", "")
    with pytest.raises(ValueError):
        Finding("odr-risk", "fatal", "")  # type: ignore[arg-type]


def test_findings_refuse_wrong_policy_naive_now_and_unknown_language():
    with pytest.raises(ValueError, match="marketplace claim needs a marketplace policy"):
        findings(QUIET, AMAZON_PAY, NOW)
    with pytest.raises(ValueError):
        findings(QUIET, MARKETPLACE, datetime(2026, 10, 27))
    with pytest.raises(ValueError):
        findings(QUIET, MARKETPLACE, NOW, "de")


def test_texts_use_the_timezone_given():
    found = findings(
        replace(QUIET, chargeback_at=datetime(2026, 11, 2, 8, 0, tzinfo=UTC)),
        MARKETPLACE,
        NOW,
        tz=UTC,
    )
    assert "2 Nov 2026 08:00" in found[0].text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"channel": "ebay"}, "channel"),
        ({"reason": "lost"}, "reason"),
        ({"status": "closed"}, "status"),
        ({"past_statuses": ("closed",)}, "status"),
        ({"fulfillment_channel": "FBA"}, "AFN or MFN"),
        ({"line_exclusions": ("ebook",)}, "exclusion"),
        ({"evidence": frozenset({"video"})}, "evidence"),
        ({"filed_at": datetime(2026, 10, 26)}, "timezone-aware"),
        ({"latest_delivery": datetime(2026, 10, 26)}, "timezone-aware"),
        ({"chargeback_at": datetime(2026, 10, 26)}, "timezone-aware"),
    ],
)
def test_claim_facts_refuse_bad_values(change, message):
    with pytest.raises(ValueError, match=message):
        replace(QUIET, **change)


def test_events_and_shipments_refuse_bad_values():
    with pytest.raises(ValueError):
        EventFacts("phone-call", NOW)
    with pytest.raises(ValueError):
        EventFacts("message-in", datetime(2026, 10, 26))
    with pytest.raises(ValueError):
        ShipmentFacts(delivered_at=datetime(2026, 10, 26))
    assert len(EVENT_KINDS) == 16


# --- statements for Amazon ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_findings_that_advise_the_seller_say_their_point_to_amazon_without_the_advice(lang):
    three_days = paris(2026, 10, 26, 10, 0)
    silence = silent(three_days)["buyer-silent"] if lang == "en" else run(
        replace(QUIET, events=(FIRST_BUYER_MESSAGE, ASKED)), "fr", now=three_days
    )["buyer-silent"]  # fmt: skip
    fba = run(replace(QUIET, reason="not-received", fulfillment_channel="AFN"), lang)["fba-order"]
    chargeback = run(replace(QUIET, chargeback_at=FILED - timedelta(days=1)), lang)[
        "chargeback-filed"
    ]
    advice = {"en": ("cite", "refer the claim", "Answer the chargeback"),
              "fr": ("citez", "renvoyez", "Répondez")}[lang]  # fmt: skip
    for finding, words in zip((silence, fba, chargeback), advice, strict=True):
        assert words in finding.text
        assert words not in finding.statement and finding.statement != finding.text
    # The statement keeps the facts and the policy value it cites.
    assert ("3 calendar days" if lang == "en" else "3 jours calendaires") in silence.statement
    assert "FBA" in fba.statement


def test_a_finding_that_is_already_a_statement_says_the_same_to_both():
    found = run(replace(QUIET, reason="not-received", status="action-required"))
    for finding in found.values():
        if finding.code in ("odr-risk", "delivered-tracking", "no-prior-contact"):
            assert finding.statement == finding.text
