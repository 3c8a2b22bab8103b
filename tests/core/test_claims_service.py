"""Claims in the workspace: creation, deadlines from stored policies, status moves, timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.policy import DEFAULT_POLICIES
from atoz_desktop.core.services.claims import (
    ClaimError,
    EventView,
    add_event,
    change_status,
    claim_json,
    claim_view,
    claims_due,
    create_claim,
    delete_event,
    list_claims,
    restore_event,
    set_line_exclusion,
    undo_status_change,
    update_event,
)
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.services.orders import order_detail
from atoz_desktop.core.services.policies import (
    current_policy,
    edited_policy,
    list_policies,
    save_policy,
    set_workspace_timezone,
    workspace_timezone,
)
from tests.reports import order_row, write_report

OID = "402-1234567-1234567"
PARIS = ZoneInfo("Europe/Paris")
FILED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def order(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "a.txt", [order_row()])])
    return order_detail(workspace, order_id=OID)


def test_claim_on_an_order_takes_its_total_and_the_72_hour_deadline(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    view = claim_view(workspace, pk, now=FILED)
    assert (view.amount, view.currency) == (Decimal("44.80"), "EUR")
    assert view.response_due == FILED + timedelta(hours=72)
    assert view.status == "action-required"
    assert view.order_pk == order.pk


def test_72_hours_across_the_end_of_summer_time_are_72_real_hours(workspace):
    filed = datetime(2026, 10, 24, 12, 0, tzinfo=PARIS)  # clocks go back on 25 October
    pk = create_claim(workspace, order_id="X-1", reason="overcharged", filed_at=filed,
                      amount=Decimal("10"), currency="EUR")  # fmt: skip
    assert claim_view(workspace, pk).response_due - filed == timedelta(hours=72)


def test_amazon_pay_claim_on_an_order_never_imported(workspace):
    with pytest.raises(ClaimError, match="amount and currency"):
        create_claim(workspace, order_id="S02-1", reason="not-received", filed_at=FILED,
                     channel="amazon-pay")  # fmt: skip
    pk = create_claim(workspace, order_id="S02-1", reason="not-received", filed_at=FILED,
                      channel="amazon-pay", amount=Decimal("89"), currency="eur",
                      buyer_name="Françoise Bézier")  # fmt: skip
    view = claim_view(workspace, pk)
    assert view.currency == "EUR" and view.order_pk is None
    # 7 calendar days in the seller's time zone: same wall-clock time a week later.
    assert view.response_due == datetime(2026, 11, 9, 11, 0, tzinfo=PARIS)
    assert view.allowed_moves and "appeal-filed" not in view.allowed_moves


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reason": "angry"}, "unknown reason"),
        ({"channel": "ebay"}, "unknown channel"),
        ({"filed_at": datetime(2026, 11, 2, 10, 0)}, "time zone"),
        ({"order_id": "  "}, "order id"),
        ({"amount": Decimal("-1")}, "negative"),
    ],
)
def test_bad_claims_are_refused_with_a_reason(workspace, order, kwargs, message):
    values = {"order_id": OID, "reason": "not-received", "filed_at": FILED, **kwargs}
    with pytest.raises(ClaimError, match=message):
        create_claim(workspace, **values)


def test_a_saved_policy_applies_to_claims_filed_after_it_only(workspace, order):
    before = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    base = current_policy(workspace, "marketplace", FILED)
    since = FILED + timedelta(days=1)
    save_policy(workspace, edited_policy(base, {"response_deadline": "2bd"}, since))
    assert len(list_policies(workspace)) == len(DEFAULT_POLICIES) + 1
    friday = datetime(2026, 11, 6, 9, 0, tzinfo=PARIS)
    after = create_claim(workspace, order_id=OID, reason="late-delivery", filed_at=friday)
    assert claim_view(workspace, before).response_due == FILED + timedelta(hours=72)
    # 2 business days from a Friday skip the weekend: Tuesday, same time.
    assert claim_view(workspace, after).response_due == datetime(2026, 11, 10, 9, 0, tzinfo=PARIS)
    assert "2" in claim_view(workspace, after).policy.describe("en")


def test_time_zone_setting(workspace):
    assert workspace_timezone(workspace) == PARIS
    set_workspace_timezone(workspace, "Europe/Berlin")
    assert str(workspace_timezone(workspace)) == "Europe/Berlin"
    with pytest.raises(ValueError, match="unknown time zone"):
        set_workspace_timezone(workspace, "Mars/Olympus")


def test_status_moves_record_events_start_the_appeal_window_and_undo_exactly(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    review = change_status(workspace, pk, "under-review", at=FILED + timedelta(hours=5))
    decided_at = FILED + timedelta(days=5)
    decision = change_status(workspace, pk, "granted-seller-funded", at=decided_at)
    view = claim_view(workspace, pk)
    assert view.status == "granted-seller-funded"
    assert view.decided_at == decided_at
    assert view.appeal_due == datetime(2026, 12, 7, 11, 0, tzinfo=PARIS)  # 30 calendar days
    assert view.allowed_moves == ("appeal-filed", "withdrawn")
    assert [e.kind for e in view.events] == ["status-change", "status-change"]
    assert view.events[1].details["from"] == "under-review"
    undo_status_change(workspace, decision)
    view = claim_view(workspace, pk)
    assert (view.status, view.decided_at, view.appeal_due) == ("under-review", None, None)
    undo_status_change(workspace, review)
    assert claim_view(workspace, pk).status == "action-required"
    assert claim_view(workspace, pk).events == ()


def test_an_illegal_move_says_which_moves_are_possible(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    change_status(workspace, pk, "denied", at=FILED + timedelta(days=1))
    with pytest.raises(ClaimError, match="final"):
        change_status(workspace, pk, "under-review")
    pk2 = create_claim(workspace, order_id=OID, reason="late-delivery", filed_at=FILED)
    with pytest.raises(ClaimError, match="under-review"):
        change_status(workspace, pk2, "appeal-filed")
    assert claim_view(workspace, pk2).status == "action-required"


def test_events_add_edit_delete_restore(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="damaged-defective", filed_at=FILED)
    offer = add_event(workspace, pk, kind="offer", at=FILED + timedelta(hours=2),
                      text="Remboursement partiel", amount=Decimal("15"),
                      details={"offer_kind": "partial-refund"})  # fmt: skip
    (event,) = claim_view(workspace, pk).events
    assert (event.amount, event.currency, event.details) == (
        Decimal("15.00"),
        "EUR",
        {"offer_kind": "partial-refund"},
    )
    before = update_event(workspace, EventView(offer, "counter-offer", event.at, "", "20 €",
                                               Decimal("20"), "EUR"))  # fmt: skip
    assert before == event
    assert claim_view(workspace, pk).events[0].kind == "counter-offer"
    claim_pk, removed = delete_event(workspace, offer)
    assert claim_view(workspace, pk).events == ()
    assert restore_event(workspace, claim_pk, removed) == offer
    assert claim_view(workspace, pk).events[0].text == "20 €"
    with pytest.raises(ClaimError, match="unknown event kind"):
        add_event(workspace, pk, kind="party", at=FILED)
    with pytest.raises(ClaimError, match="time zone"):
        add_event(workspace, pk, kind="note", at=datetime(2026, 1, 1))


def test_timeline_includes_the_order_and_is_chronological(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    add_event(workspace, pk, kind="message-in", at=FILED - timedelta(days=3), text="<b>où?</b>")
    add_event(workspace, pk, kind="delivered", at=FILED - timedelta(days=5),
              details={"carrier": "Colissimo", "tracking_number": "6A123"})  # fmt: skip
    view = claim_view(workspace, pk, now=FILED)
    assert [e.kind for e in view.timeline] == ["ordered", "delivered", "message-in"]
    assert view.timeline[0].pk is None
    assert [e.kind for e in view.events] == ["delivered", "message-in"]
    codes = {f.code for f in view.findings}
    assert "delivered-tracking" in codes
    assert "no-tracking" not in codes


def test_findings_follow_the_facts_and_the_language(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    view = claim_view(workspace, pk, now=FILED, lang="fr")
    by_code = {f.code: f for f in view.findings}
    assert by_code["no-prior-contact"].severity == "strong"
    assert "48" in by_code["no-prior-contact"].text  # cites the policy's wait
    add_event(workspace, pk, kind="chargeback", at=FILED - timedelta(days=1))
    line = order.lines[0].pk
    set_line_exclusion(workspace, line, "digital")
    codes = {f.code for f in claim_view(workspace, pk, now=FILED).findings}
    assert {"chargeback-filed", "excluded-item"} <= codes
    with pytest.raises(ClaimError, match="unknown exclusion"):
        set_line_exclusion(workspace, line, "food")


def test_claims_due_lists_overdue_and_soon_ones_waiting_for_the_seller(workspace, order):
    now = FILED + timedelta(hours=60)
    soon = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    overdue = create_claim(workspace, order_id=OID, reason="late-delivery",
                           filed_at=FILED - timedelta(days=4))  # fmt: skip
    later = create_claim(workspace, order_id=OID, reason="overcharged", filed_at=now)  # 72 h
    reviewed = create_claim(workspace, order_id=OID, reason="return-refused",
                            filed_at=FILED - timedelta(days=4))  # fmt: skip
    change_status(workspace, reviewed, "under-review", at=FILED)
    granted = create_claim(workspace, order_id=OID, reason="damaged-defective",
                           filed_at=FILED - timedelta(days=40))  # fmt: skip
    change_status(
        workspace, granted, "granted-seller-funded", at=now - timedelta(days=29, hours=18)
    )
    assert [r.pk for r in claims_due(workspace, now)] == [overdue, granted, soon]
    # Amazon reviewing: no deadline of the seller's runs, so it comes after the running ones.
    listed = [r.pk for r in list_claims(workspace, open_only=True)]
    assert listed == [overdue, soon, later, reviewed]
    rows = {r.pk: r for r in list_claims(workspace)}
    assert rows[granted].deadline == rows[granted].appeal_due
    assert rows[reviewed].deadline is None
    assert rows[soon].deadline == rows[soon].response_due


def test_claim_json_has_every_field(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    data = claim_json(claim_view(workspace, pk, now=FILED))
    assert {"claim_id", "order_id", "status", "reason", "amount", "currency", "filed_at",
            "response_due", "appeal_due", "findings", "events", "policy"} <= set(data)  # fmt: skip
    assert data["response_due"] == "2026-11-05T10:00:00+00:00"
    assert all(set(f) == {"code", "severity", "text"} for f in data["findings"])


def test_delete_and_restore_a_claim_with_its_timeline(workspace, order):
    from atoz_desktop.core.services.claims import delete_claim, restore_claim

    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    add_event(workspace, pk, kind="note", at=FILED, text="appelé le transporteur")
    change_status(workspace, pk, "under-review", at=FILED + timedelta(hours=1))
    before = claim_view(workspace, pk, now=FILED)
    snapshot = delete_claim(workspace, pk)
    assert list_claims(workspace) == []
    with pytest.raises(ClaimError, match=f"no claim {pk}"):
        claim_view(workspace, pk)
    assert restore_claim(workspace, snapshot).pk == pk
    assert claim_view(workspace, pk, now=FILED) == before


def test_an_order_never_imported_keeps_the_purchase_date_the_seller_typed(workspace):
    bought = datetime(2026, 10, 1, 9, 0, tzinfo=PARIS)
    pk = create_claim(workspace, order_id="S02-7", reason="not-received", filed_at=FILED,
                      channel="amazon-pay", amount=Decimal("30"), currency="EUR",
                      purchase_date=bought)  # fmt: skip
    view = claim_view(workspace, pk, now=FILED)
    assert view.purchase_date == bought
    assert [(e.kind, e.at) for e in view.timeline] == [("ordered", bought)]
    assert claim_json(view)["purchase_date"] == "2026-10-01T07:00:00+00:00"


def test_attached_proof_of_delivery_answers_the_missing_evidence_finding(
    workspace, order, tmp_path
):
    from atoz_desktop.core.services.evidence import add_evidence, list_evidence
    from tests.fixtures_evidence import pdf

    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    add_event(workspace, pk, kind="message-in", at=FILED - timedelta(days=3), text="où ?")
    assert "missing-evidence" in {f.code for f in claim_view(workspace, pk, now=FILED).findings}
    proof = tmp_path / "preuve de livraison.pdf"
    proof.write_bytes(pdf())
    (added,) = add_evidence(workspace, pk, [proof]).added
    assert list_evidence(workspace, pk)[0].kind == "proof-of-delivery"
    assert "missing-evidence" not in {f.code for f in claim_view(workspace, pk, now=FILED).findings}


def test_deleting_and_restoring_a_claim_keeps_its_evidence(workspace, order, tmp_path):
    from atoz_desktop.core.services.claims import delete_claim, restore_claim
    from atoz_desktop.core.services.evidence import add_evidence, evidence_bytes, list_evidence
    from tests.fixtures_evidence import png

    pk = create_claim(workspace, order_id=OID, reason="damaged-defective", filed_at=FILED)
    photo = tmp_path / "colis.png"
    photo.write_bytes(png())
    add_evidence(workspace, pk, [photo])
    (before,) = list_evidence(workspace, pk)
    restore_claim(workspace, delete_claim(workspace, pk))
    assert list_evidence(workspace, pk) == [before]
    assert evidence_bytes(workspace, before.pk) == png()


def test_a_nul_character_in_a_message_is_dropped_on_both_databases(workspace, order):
    pk = create_claim(workspace, order_id=OID, reason="not-received", filed_at=FILED)
    event = add_event(workspace, pk, kind="message-in", at=FILED, text="colis\x00 perdu",
                      author="a\x00b")  # fmt: skip
    stored = next(e for e in claim_view(workspace, pk, now=FILED).events if e.pk == event)
    assert (stored.text, stored.author) == ("colis perdu", "ab")
    update_event(workspace, EventView(event, "note", FILED, text="x\x00y"))
    stored = next(e for e in claim_view(workspace, pk, now=FILED).events if e.pk == event)
    assert stored.text == "xy"
