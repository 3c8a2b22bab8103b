"""The claims list's triage in the workspace: next step and missing proof per claim, sorting by
them, the claims of an order, and a message recorded with its offer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from atoz_desktop.core.services.claims import (
    ClaimError,
    add_event,
    change_status,
    claim_ids,
    claim_json,
    claim_triage,
    claim_view,
    claims_of_order,
    create_claim,
    record_message,
)
from atoz_desktop.core.services.evidence import add_evidence_bytes
from atoz_desktop.core.services.importing import import_order_files
from tests import fixtures_evidence as fx
from tests.reports import order_row, write_report

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OID = "402-1234567-1234567"


def _claim(workspace, order_id: str, due_in: timedelta, reason: str = "not-received") -> int:
    return create_claim(
        workspace,
        order_id=order_id,
        reason=reason,
        filed_at=NOW + due_in - timedelta(hours=72),
        amount=Decimal("20.00"),
        currency="EUR",
    )


def test_triage_of_each_claim_follows_its_timeline_and_evidence(workspace) -> None:
    overdue = _claim(workspace, "402-0000001-0000001", -timedelta(hours=8))
    waiting = _claim(workspace, "402-0000002-0000002", timedelta(hours=50))
    add_event(workspace, waiting, kind="message-out", at=NOW - timedelta(hours=2), text="Bonjour")
    damaged = _claim(workspace, "402-0000003-0000003", timedelta(hours=60), "damaged-defective")
    triage = claim_triage(workspace, [overdue, waiting, damaged, 999], NOW, "en")
    assert set(triage) == {overdue, waiting, damaged}  # a vanished id is left out
    assert triage[overdue].next_step.text == "Overdue by 8 h — answer Amazon now"
    assert triage[overdue].missing_text == "tracking, messages"
    # Waiting for the buyer, with no tracking on the claim: add it meanwhile.
    assert triage[waiting].next_step.code == "add-tracking"
    assert triage[waiting].missing == ("delivery-proof",)
    assert triage[damaged].missing_text == "photos, messages"

    add_evidence_bytes(workspace, damaged, fx.jpeg(orientation=1), "colis.jpg", kind="photo")
    assert claim_triage(workspace, [damaged], NOW, "fr")[damaged].missing_text == "messages"


def test_the_list_sorts_by_next_step_and_by_missing_proof(workspace) -> None:
    overdue = _claim(workspace, "402-0000001-0000001", -timedelta(hours=8))
    waiting = _claim(workspace, "402-0000002-0000002", timedelta(hours=50))
    add_event(workspace, waiting, kind="message-out", at=NOW - timedelta(hours=2), text="Bonjour")
    first = _claim(workspace, "402-0000003-0000003", timedelta(hours=30))
    reviewed = _claim(workspace, "402-0000004-0000004", timedelta(hours=20))
    change_status(workspace, reviewed, "under-review", at=NOW - timedelta(hours=1))
    by_step = claim_ids(workspace, sort="next_step", now=NOW)
    assert by_step == [overdue, first, waiting, reviewed]
    assert claim_ids(workspace, sort="next_step", descending=True, now=NOW) == [
        reviewed, waiting, first, overdue,
    ]  # fmt: skip
    # Fewest missing first, ties in deadline order; the view and the search still apply.
    assert claim_ids(workspace, sort="missing", now=NOW) == [waiting, overdue, first, reviewed]
    assert claim_ids(workspace, "action-required", sort="next_step", now=NOW) == [
        overdue, first, waiting,
    ]  # fmt: skip
    assert claim_ids(workspace, search="0000002", sort="missing", now=NOW) == [waiting]


def test_claim_view_says_the_next_step_and_what_is_missing(workspace) -> None:
    pk = _claim(workspace, OID, timedelta(hours=30))
    view = claim_view(workspace, pk, now=NOW, lang="fr")
    assert view.next_step is not None and view.next_step.code == "contact-buyer"
    assert view.missing == ("delivery-proof", "message")
    assert view.deadline == view.response_due
    shown = claim_json(claim_view(workspace, pk, now=NOW))
    assert shown["next_step"] == {
        "code": "contact-buyer", "text": "Ask the buyer first: no message from you yet",
    }  # fmt: skip
    assert shown["missing_evidence"] == ["delivery-proof", "message"]


def test_claims_of_an_order_newest_first(workspace, tmp_path) -> None:
    import_order_files(workspace, [write_report(tmp_path / "a.txt", [order_row()])])
    old = _claim(workspace, OID, timedelta(hours=-200))
    change_status(workspace, old, "withdrawn", at=NOW - timedelta(days=5))
    new = _claim(workspace, OID, timedelta(hours=30))
    _claim(workspace, "402-9999999-9999999", timedelta(hours=30))
    rows = claims_of_order(workspace, f" {OID} ")
    assert [r.pk for r in rows] == [new, old]
    assert [r.status for r in rows] == ["action-required", "withdrawn"]
    assert claims_of_order(workspace, "402-0000000-0000000") == []


def test_a_message_is_recorded_with_its_offer(workspace) -> None:
    pk = _claim(workspace, OID, timedelta(hours=30))
    ids = record_message(
        workspace, pk, at=NOW, text="Bonjour,\n…", offer_kind="partial-refund",
        amount=Decimal("10.00"),
    )  # fmt: skip
    events = claim_view(workspace, pk, now=NOW).events
    assert [e.pk for e in events] == list(ids)
    message, offer = events
    assert (message.kind, message.text, message.author) == ("message-out", "Bonjour,\n…", "seller")
    assert (offer.kind, offer.amount, offer.currency) == ("offer", Decimal("10.00"), "EUR")
    assert offer.details == {"offer_kind": "partial-refund"}
    # Proof without an offer records the message alone.
    assert len(record_message(workspace, pk, at=NOW, text="Le suivi : 6A1")) == 1
    with pytest.raises(ClaimError):
        record_message(workspace, pk, at=NOW, text="x", offer_kind="voucher")
    with pytest.raises(ClaimError):
        record_message(workspace, pk, at=NOW, text="x", offer_kind="refund", amount=Decimal(0))


def test_the_next_step_follows_the_receipts_read_and_recorded(workspace, tmp_path) -> None:
    from atoz_desktop.core.services import receipts
    from atoz_desktop.core.services.intake import take_in
    from tests import receipts_fixtures as rfx

    pk = _claim(workspace, OID, timedelta(hours=50))
    add_event(workspace, pk, kind="message-out", at=NOW - timedelta(hours=2), text="Bonjour")

    def steps() -> tuple[str, str]:
        listed = claim_triage(workspace, [pk], NOW, "en")[pk].next_step
        shown = claim_view(workspace, pk, now=NOW).next_step
        assert shown == listed  # the list and the claim pane agree
        return listed.code, listed.text

    assert steps()[0] == "add-tracking"
    path = tmp_path / "recu.pdf"
    path.write_bytes(rfx.receipt_pdf(["La Poste - Colissimo", "Date de dépôt : 24/11/2026"],
                                     barcode="6A12345678901"))  # fmt: skip
    (added,) = take_in(workspace, pk, [path], read_receipts=True).files.added
    code, text = steps()
    assert code == "record-shipment"
    assert "read from recu.pdf (Colissimo 6A12345678901)" in text
    proposal = receipts.propose(workspace, added.evidence_id)
    assert proposal is not None
    receipts.record_receipt(workspace, proposal)
    assert steps()[0] == "waiting-buyer"  # recorded: no tracking to add, nothing to record
