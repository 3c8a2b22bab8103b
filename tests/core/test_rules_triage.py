"""The next step of a claim and its missing proof, each at its boundary, in English and French;
and the order a seller reads the findings in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.facts import ClaimFacts, EventFacts, Proof, ReadReceipt, ShipmentFacts
from atoz_desktop.core.rules.findings import Finding, findings
from atoz_desktop.core.rules.policy import DEFAULT_POLICIES, policy_in_force
from atoz_desktop.core.rules.step_texts import NEXT_STEP_SHORT, NEXT_STEP_TEXTS
from atoz_desktop.core.rules.triage import (
    STEP_CODES,
    NextStep,
    for_the_seller,
    is_general,
    missing_proof,
    next_step,
)

PARIS = ZoneInfo("Europe/Paris")
SECOND = timedelta(seconds=1)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


FILED = paris(2026, 11, 25, 14, 0)
DUE = FILED + timedelta(hours=72)  # 28 Nov 14:00
NOW = paris(2026, 11, 26, 9, 0)
OPEN = ClaimFacts(
    channel="marketplace",
    reason="not-received",
    filed_at=FILED,
    amount=Decimal("53.89"),
    fulfillment_channel="MFN",
    events=(EventFacts("message-in", paris(2026, 11, 22, 10, 0), "buyer"),),
    # Shipped with tracking (not yet shown delivered): the steps below are the conversation's.
    shipments=(ShipmentFacts("6A12345678901", "Colissimo", shipped_at=paris(2026, 11, 18, 9, 0)),),
)
WROTE = EventFacts("message-out", paris(2026, 11, 25, 16, 30), "seller")


def step(facts: ClaimFacts, deadline: datetime | None = DUE, now: datetime = NOW, lang="en"):
    return next_step(facts, deadline, now, lang, tz=PARIS)


def test_every_step_is_worded_in_both_languages() -> None:
    for table in (NEXT_STEP_TEXTS, NEXT_STEP_SHORT):
        assert set(table["en"]) == set(table["fr"]) == set(STEP_CODES)
    for text in NEXT_STEP_TEXTS["fr"].values():
        assert " :" not in text.replace("\u00a0:", "")  # no plain space before a colon
        assert ":" not in text.replace("\u00a0:", "")  # and always a no-break space


def test_overdue_by_the_second() -> None:
    assert step(OPEN, now=DUE).code == "contact-buyer"  # the deadline itself is still in time
    late = step(OPEN, now=DUE + SECOND)
    assert (late.code, late.text) == ("overdue", "Overdue by 1 min — answer Amazon now")
    assert late.short == "Answer Amazon now"
    eight = step(OPEN, now=DUE + timedelta(hours=8, minutes=20), lang="fr")
    assert eight.text == "En retard de 8 h — répondez à Amazon maintenant"
    assert step(OPEN, now=DUE + timedelta(days=2, hours=3)).text.startswith("Overdue by 2 d 3 h")


def test_ask_the_buyer_first_until_the_seller_has_written() -> None:
    first = step(OPEN)
    assert first.text == "Ask the buyer first: no message from you yet"
    assert step(OPEN, lang="fr").text == (
        "Écrivez d'abord à l'acheteur\u00a0: aucun message de votre part pour l'instant"
    )
    # A message dated later than now (typed in ahead of time) has not been sent yet.
    ahead = replace(OPEN, events=(*OPEN.events, replace(WROTE, at=NOW + SECOND)))
    assert step(ahead).code == "contact-buyer"
    # An offer is the seller writing too.
    offered = replace(OPEN, events=(*OPEN.events, EventFacts("offer", WROTE.at, "seller")))
    assert step(offered).code == "waiting-buyer"


def test_waiting_for_the_buyer_then_answering_amazon_within_a_day() -> None:
    waiting = replace(OPEN, events=(*OPEN.events, WROTE))
    found = step(waiting)
    assert found.text == "Waiting for the buyer's reply since 25 Nov 2026 16:30"
    assert step(waiting, lang="fr").text == (
        "En attente de la réponse de l'acheteur depuis le 25/11/2026 16:30"
    )
    assert step(waiting, now=DUE - timedelta(hours=24)).code == "waiting-buyer"
    soon = step(waiting, now=DUE - timedelta(hours=24) + SECOND)
    assert soon.code == "answer-now"
    assert soon.text == (
        "Answer Amazon now (23 h left): no reply from the buyer since 25 Nov 2026 16:30"
    )


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("message-in", "buyer-replied"),
        ("buyer-declined", "buyer-declined"),
        ("buyer-accepted", "buyer-accepted"),
    ],
)
def test_the_buyers_answer_after_the_sellers_message(kind: str, code: str) -> None:
    answer = EventFacts(kind, WROTE.at, "buyer")  # at the same minute still answers it
    found = step(replace(OPEN, events=(*OPEN.events, WROTE, answer)))
    assert found.code == code and "25 Nov 2026 16:30" in found.text
    before = replace(answer, at=WROTE.at - SECOND)
    assert step(replace(OPEN, events=(*OPEN.events, before, WROTE))).code == "waiting-buyer"


def test_an_fba_order_is_referred_to_amazon_before_any_conversation() -> None:
    fba = replace(OPEN, fulfillment_channel="AFN")
    found = step(fba)
    assert found.code == "refer-to-amazon"
    assert "28 Nov 2026 14:00" in found.text and "do not refund" in found.text
    assert step(fba, now=DUE + SECOND).code == "overdue"  # lateness still comes first
    # Not Amazon's logistics: a listing complaint on an FBA order is the seller's to discuss.
    assert step(replace(fba, reason="not-as-described")).code == "contact-buyer"


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("under-review", "amazon-reviewing"),
        ("appeal-filed", "appeal-filed"),
        ("denied", "closed"),
        ("withdrawn", "closed"),
        ("granted-amazon-funded", "closed"),
        ("appeal-upheld", "closed"),
        ("appeal-reversed", "closed"),
    ],
)
def test_steps_after_the_answer(status: str, code: str) -> None:
    assert step(replace(OPEN, status=status), deadline=None).code == code


@pytest.mark.parametrize("status", ["granted-seller-funded", "closed-seller-refund"])
def test_appeal_possible_until_its_deadline(status: str) -> None:
    decided = replace(OPEN, status=status)
    appeal_due = paris(2026, 12, 26, 14, 0)
    found = step(decided, deadline=appeal_due, now=appeal_due)
    assert found.text == "Appeal possible until 26 Dec 2026 14:00"
    assert step(decided, deadline=appeal_due, lang="fr").text == (
        "Recours possible jusqu'au 26/12/2026 14:00"
    )
    assert step(decided, deadline=appeal_due, now=appeal_due + SECOND).text == (
        "Closed — nothing to do"
    )
    assert step(decided, deadline=None).code == "closed"  # Amazon Pay: no appeal


def test_steps_sort_by_how_pressing_they_are() -> None:
    assert NextStep("overdue", "", "").rank < NextStep("closed", "", "").rank
    with pytest.raises(ValueError):
        NextStep("relax", "", "")


def test_missing_proof_in_a_few_words() -> None:
    assert missing_proof(OPEN) == "tracking, messages"
    assert missing_proof(OPEN, "fr") == "suivi, messages"
    delivered = ShipmentFacts("6A1", "Colissimo", delivered_at=paris(2026, 11, 20, 10, 0))
    assert missing_proof(replace(OPEN, shipments=(delivered,), events=(WROTE,))) == ""
    damaged = replace(OPEN, reason="damaged-defective", events=(WROTE,))
    assert missing_proof(damaged) == "photos"
    assert missing_proof(replace(damaged, evidence=frozenset({"photo"}))) == ""


def _finding(code: str, severity: str) -> Finding:
    return Finding(code, severity, code)  # type: ignore[arg-type]


def test_findings_lead_with_what_to_do_and_end_with_general_explanations() -> None:
    found = [
        _finding("no-prior-contact", "strong"),
        _finding("delivered-tracking", "info"),
        _finding("buyer-silent", "weak"),
        _finding("fba-order", "strong"),
        _finding("odr-risk", "risk"),
        _finding("missing-evidence", "risk"),
    ]
    assert [f.code for f in for_the_seller(found)] == [
        "fba-order", "missing-evidence", "no-prior-contact", "buyer-silent",
        "delivered-tracking", "odr-risk",
    ]  # fmt: skip
    assert [f.code for f in found if is_general(f)] == ["odr-risk"]


def test_real_findings_of_an_fba_claim_put_the_referral_first() -> None:
    policy = policy_in_force(DEFAULT_POLICIES, "marketplace", FILED)
    fba = replace(OPEN, fulfillment_channel="AFN")
    ordered = for_the_seller(findings(fba, policy, NOW, "fr", tz=PARIS))
    assert ordered[0].code == "fba-order" and ordered[-1].code == "odr-risk"


# --- the documents: a receipt read but not recorded, the tracking proof still to add ----------

RECEIPT = ReadReceipt(Proof(7, "recu.pdf"), "Colissimo", "6A12345678901")
UNTRACKED = replace(OPEN, shipments=(), events=(*OPEN.events, WROTE))


def test_a_receipt_read_but_not_recorded_is_to_be_recorded_first() -> None:
    read = replace(UNTRACKED, read_receipts=(RECEIPT,))
    found = step(read)
    assert found.code == "record-shipment" and found.short == "Record the shipment"
    assert found.text == (
        "Record the shipment read from recu.pdf (Colissimo 6A12345678901): Record Shipment, "
        "under the claim's evidence"
    )
    assert step(read, lang="fr").text.startswith(
        "Enregistrez l'expédition lue sur recu.pdf (Colissimo 6A12345678901)\u00a0:"
    )
    # Before the conversation, even a buyer who has not been written to yet...
    assert step(replace(read, events=OPEN.events)).code == "record-shipment"
    # ... but not before an overdue answer or an FBA referral.
    assert step(read, now=DUE + SECOND).code == "overdue"
    assert step(replace(read, fulfillment_channel="AFN")).code == "refer-to-amazon"
    # Recorded (a shipment carries its number): nothing to record, nothing to add.
    recorded = replace(read, shipments=OPEN.shipments)
    assert step(recorded).code == "waiting-buyer"
    # The order records another number: recording it would be refused, so it is not asked.
    other = ShipmentFacts("8N00000000001", "Colissimo", shipped_at=WROTE.at)
    assert step(replace(read, shipments=(other,))).code == "waiting-buyer"
    assert RECEIPT.proof.evidence_pk == 7


def test_while_waiting_the_tracking_proof_is_to_be_added_unless_a_document_shows_it() -> None:
    found = step(UNTRACKED)
    assert (found.code, found.short) == ("add-tracking", "Add the tracking proof")
    assert found.text == (
        "Waiting for the buyer's reply since 25 Nov 2026 16:30: meanwhile, add the tracking "
        "proof (the carrier's receipt or proof of delivery)"
    )
    assert "ajoutez la preuve de suivi" in step(UNTRACKED, lang="fr").text
    # A tracking number recorded, from a receipt or a report: no such advice.
    assert step(replace(UNTRACKED, shipments=OPEN.shipments)).code == "waiting-buyer"
    # Not a delivery claim, or Amazon's own shipment: tracking is not the defence here.
    assert step(replace(UNTRACKED, reason="not-as-described")).code == "waiting-buyer"
    # Answering Amazon within a day of the deadline still comes first.
    assert step(UNTRACKED, now=DUE - timedelta(hours=2)).code == "answer-now"
    assert NextStep("add-tracking", "", "").rank < NextStep("waiting-buyer", "", "").rank
    assert NextStep("record-shipment", "", "").rank < NextStep("contact-buyer", "", "").rank
