"""Receipts on a claim (services/receipts.py): a stored item read once and re-filed by what it
says, the shipment it proves recorded on the order with its timeline entries in one unit of
work, another number refused, the same number merged, and undo (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services import receipts as rc
from atoz_desktop.core.services.claims import claim_view, create_claim
from atoz_desktop.core.services.intake import take_in
from atoz_desktop.core.services.receipts import recording
from atoz_desktop.core.storage.errors import StaleEdit
from atoz_desktop.core.storage.models import ClaimEvent, Evidence, Order, Shipment
from tests import receipts_fixtures as fx

ORDER = "405-1234567-7654321"
COLISSIMO = "6A12345678901"
PARIS_NOON = datetime(2026, 11, 24, 11, tzinfo=UTC)  # 12:00 in Paris (winter time)


@pytest.fixture
def claim(workspace):
    with workspace.session() as session:
        session.add(Order(order_id=ORDER, currency="EUR", total=Decimal("59.90"),
                          fulfillment_channel="Merchant",
                          purchase_date=datetime(2026, 11, 20, 9, tzinfo=UTC)))  # fmt: skip
    return create_claim(
        workspace, order_id=ORDER, reason="not-received",
        filed_at=datetime(2026, 12, 1, 10, tzinfo=UTC),
        latest_delivery=datetime(2026, 11, 28, 22, tzinfo=UTC),
    )  # fmt: skip


def colissimo_receipt(*extra: str) -> bytes:
    return fx.receipt_pdf(
        ["La Poste - Colissimo", "Preuve de dépôt", "Date de dépôt : 24/11/2026", *extra],
        barcode=COLISSIMO,
    )


def add(workspace, claim, tmp_path, name, data, **kwargs):
    path = tmp_path / name
    path.write_bytes(data)
    intake = take_in(workspace, claim, [path], **kwargs)
    (added,) = intake.files.added
    return added.evidence_id


def shipments(workspace):
    with workspace.session_factory() as session:
        return [
            (s.carrier, s.tracking_number, s.shipped_at, s.delivered_at, s.signed_for,
             s.evidence_id)
            for s in session.scalars(select(Shipment).order_by(Shipment.id))
        ]  # fmt: skip


def tracking_events(workspace, claim):
    with workspace.session_factory() as session:
        return [
            (e.kind, e.at, e.details.get("tracking_number"), e.details.get("evidence_id"))
            for e in session.scalars(
                select(ClaimEvent).where(ClaimEvent.claim_id == claim).order_by(ClaimEvent.id)
            )
        ]


def test_intake_reads_and_refiles_a_guessed_kind_but_never_a_chosen_one(
    workspace, claim, tmp_path
):
    guessed = add(workspace, claim, tmp_path, "scan0001.pdf", colissimo_receipt(),
                  read_receipts=True)  # fmt: skip
    proof = add(workspace, claim, tmp_path, "document.pdf",
                fx.receipt_pdf(["DHL Express", f"Waybill {fx.dhl_express()}",
                                "Delivered 26.11.2026", "Signed by: MEYER"]),
                read_receipts=True)  # fmt: skip
    chosen = add(workspace, claim, tmp_path, "other.pdf", colissimo_receipt("copy"),
                 kind="invoice", read_receipts=True)  # fmt: skip
    unread = add(workspace, claim, tmp_path, "later.pdf", colissimo_receipt("again"))
    kinds = {i.pk: i.kind for i in ev.list_evidence(workspace, claim)}
    # Without the reading a PDF named "scan0001" is an attachment.
    assert kinds[guessed] == "carrier-receipt"
    assert kinds[proof] == "proof-of-delivery"
    assert kinds[chosen] == "invoice"
    assert kinds[unread] == "attachment" and rc.unread_evidence(workspace, claim) == [unread]
    reading = rc.stored_reading(workspace, guessed)
    assert reading is not None and reading.tracking_number == COLISSIMO
    assert reading.carrier == "colissimo" and reading.source == "barcode"
    # A kind the seller changes stays what they chose, even when read again.
    ev.set_evidence_kind(workspace, guessed, "other")
    rc.read_evidence(workspace, guessed, again=True)
    assert ev.evidence_item(workspace, guessed).kind == "other"


def test_a_file_that_is_no_document_or_cannot_be_read_is_remembered_not_raised(
    workspace, claim, tmp_path
):
    text = add(workspace, claim, tmp_path, "note.txt", b"Rien a voir ici.\n", read_receipts=True)
    assert rc.read_evidence(workspace, text) is not None  # read: no number
    assert rc.propose(workspace, text) is None
    assert rc.unread_evidence(workspace, claim) == []


def test_what_an_older_recipe_read_without_a_number_is_read_again(workspace, claim, tmp_path):
    from atoz_desktop.core.receipts.reading import STORED_VERSION
    from atoz_desktop.core.storage.models import Evidence

    older = add(workspace, claim, tmp_path, "photo.pdf", colissimo_receipt(), read_receipts=True)
    found = add(workspace, claim, tmp_path, "b.pdf", colissimo_receipt("b"), read_receipts=True)
    damaged = add(workspace, claim, tmp_path, "c.pdf", colissimo_receipt("c"), read_receipts=True)
    current = add(workspace, claim, tmp_path, "d.txt", b"Rien a voir ici.\n", read_receipts=True)
    with workspace.session() as session:
        session.get(Evidence, older).reading = {"version": STORED_VERSION - 1,
                                                "tracking_number": None}  # fmt: skip
        item = session.get(Evidence, found)
        item.reading = {**item.reading, "version": STORED_VERSION - 1}
        session.get(Evidence, damaged).reading = {"error": "the PDF is damaged"}
    assert rc.unread_evidence(workspace, claim) == [older]
    rc.read_evidence(workspace, older, again=True)
    assert rc.stored_reading(workspace, older).tracking_number == COLISSIMO
    assert rc.unread_evidence(workspace, claim) == []
    assert current not in rc.unread_evidence(workspace, claim)


def test_record_creates_the_shipment_and_linked_entries_in_one_go_and_undo_reverses_it(
    workspace, claim, tmp_path
):
    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12", "Signé par : M. DUPONT"),
             read_receipts=True)  # fmt: skip
    proposal = rc.propose(workspace, pk)
    assert proposal is not None and proposal.certain  # no check digit, carrier decided
    assert (proposal.carrier, proposal.tracking_number) == ("Colissimo", COLISSIMO)
    assert proposal.shipped_at == PARIS_NOON
    assert proposal.delivered_at == datetime(2026, 11, 26, 9, 12, tzinfo=UTC)
    assert proposal.signed_for and proposal.signed_by == "M. DUPONT"

    assert not rc.already_recorded(workspace, proposal)
    recorded = rc.record_receipt(workspace, proposal)
    assert recorded.shipment_created and recorded.changed
    assert rc.already_recorded(workspace, proposal)
    assert shipments(workspace) == [("Colissimo", COLISSIMO, PARIS_NOON,
                                     proposal.delivered_at, True, pk)]  # fmt: skip
    assert tracking_events(workspace, claim) == [
        ("shipped", PARIS_NOON, COLISSIMO, pk),
        ("signed-for", proposal.delivered_at, COLISSIMO, pk),
    ]
    assert ev.evidence_item(workspace, pk).event_pk == recorded.event_pks[0]
    view = claim_view(workspace, claim)
    codes = {f.code for f in view.findings}
    assert {"delivered-tracking", "signed-delivery"} <= codes and "no-tracking" not in codes
    # The order's shipment and the claim's entries are one journey: shown once each.
    assert [e.kind for e in view.timeline if e.kind in rc.TRACKING_KINDS] == [
        "shipped", "signed-for"
    ]  # fmt: skip

    # The same receipt again adds nothing.
    again = rc.record_receipt(workspace, proposal)
    assert not again.changed and len(tracking_events(workspace, claim)) == 2
    assert "already recorded" in again.describe()

    rc.undo_record(workspace, recorded)
    assert shipments(workspace) == [] and tracking_events(workspace, claim) == []
    assert not rc.already_recorded(workspace, proposal)
    assert ev.evidence_item(workspace, pk).event_pk is None
    assert "no-tracking" in {f.code for f in claim_view(workspace, claim).findings}
    # Redo is recording it again.
    assert rc.record_receipt(workspace, proposal).shipment_created


def test_another_number_on_the_order_is_refused_and_the_same_number_merged(
    workspace, claim, tmp_path
):
    with workspace.session() as session:
        order = session.scalars(select(Order)).one()
        session.add(Shipment(order_pk=order.id, carrier="Colissimo", tracking_number=COLISSIMO,
                             shipped_at=datetime(2026, 11, 24, 16, tzinfo=UTC)))  # fmt: skip
    delivered = add(workspace, claim, tmp_path, "livraison.pdf",
                    fx.receipt_pdf(["Colissimo", f"Colis {COLISSIMO}",
                                    "Livré le 26/11/2026 à 10h12"]),
                    read_receipts=True)  # fmt: skip
    proposal = rc.propose(workspace, delivered)
    assert proposal is not None
    recorded = rc.record_receipt(workspace, proposal)
    # The report's shipping time stays; the delivery is filled in; no second shipment.
    ((_, _, shipped, delivered_at, _, proof),) = shipments(workspace)
    assert shipped == datetime(2026, 11, 24, 16, tzinfo=UTC)
    assert delivered_at == datetime(2026, 11, 26, 9, 12, tzinfo=UTC) and proof == delivered
    assert not recorded.shipment_created and recorded.shipment_before is not None
    rc.undo_record(workspace, recorded)
    assert shipments(workspace)[0][3] is None and shipments(workspace)[0][5] is None

    other = add(workspace, claim, tmp_path, "dhl.pdf",
                fx.receipt_pdf(["DHL Express", f"Waybill {fx.dhl_express()}",
                                "Shipped 24.11.2026"]), read_receipts=True)  # fmt: skip
    proposal = rc.propose(workspace, other)
    assert proposal is not None and proposal.certain
    with pytest.raises(rc.OtherShipment) as refused:
        rc.record_receipt(workspace, proposal)
    assert COLISSIMO in str(refused.value) and fx.dhl_express() in str(refused.value)
    assert len(shipments(workspace)) == 1 and tracking_events(workspace, claim) == []


def test_certainty_follows_the_check_digit(workspace, claim, tmp_path):
    wrong = fx.wrong_last(fx.dhl_express())
    pk = add(workspace, claim, tmp_path, "dhl.pdf",
             fx.receipt_pdf(["DHL Express", f"Waybill {wrong}", "Shipped 24.11.2026"]),
             read_receipts=True)  # fmt: skip
    proposal = rc.propose(workspace, pk)
    assert proposal is not None and proposal.tracking_number == wrong
    assert proposal.check_digit_valid is False and not proposal.certain


def test_a_claim_without_an_imported_order_gets_the_timeline_entries(workspace, tmp_path):
    claim = create_claim(
        workspace, order_id="P01-1234567-1234567", reason="not-received",
        filed_at=datetime(2026, 12, 1, 10, tzinfo=UTC), channel="amazon-pay",
        amount=Decimal("45.90"), currency="EUR",
    )  # fmt: skip
    pk = add(workspace, claim, tmp_path, "recu.pdf", colissimo_receipt(), read_receipts=True)
    proposal = rc.propose(workspace, pk)
    assert proposal is not None
    recorded = rc.record_receipt(workspace, proposal)
    assert recorded.shipment_pk is None and "not imported" in recorded.describe()
    assert tracking_events(workspace, claim) == [("shipped", PARIS_NOON, COLISSIMO, pk)]
    # A second receipt with another number is refused by the timeline's.
    other = add(workspace, claim, tmp_path, "ups.pdf",
                fx.receipt_pdf(["UPS", "Shipped: Nov 24, 2026"], barcode=fx.ups()),
                read_receipts=True)  # fmt: skip
    with pytest.raises(rc.OtherShipment):
        rc.record_receipt(workspace, rc.propose(workspace, other))  # type: ignore[arg-type]


def test_undo_is_refused_when_the_shipment_was_changed_elsewhere(workspace, claim, tmp_path):
    pk = add(workspace, claim, tmp_path, "recu.pdf", colissimo_receipt(), read_receipts=True)
    recorded = rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    with workspace.session() as session:
        session.delete(session.get(Shipment, recorded.shipment_pk))
    with pytest.raises(StaleEdit):
        rc.undo_record(workspace, recorded)
    assert len(tracking_events(workspace, claim)) == 1  # nothing was written


def test_removed_item_is_not_read_into(workspace, claim, tmp_path):
    pk = add(workspace, claim, tmp_path, "recu.pdf", colissimo_receipt())
    ev.remove_evidence(workspace, pk)
    with pytest.raises(ev.EvidenceError):
        rc.read_evidence(workspace, pk)
    with workspace.session_factory() as session:
        assert session.get(Evidence, pk) is None


def test_findings_and_the_dossier_cite_the_receipt_the_facts_were_read_from(
    workspace, claim, tmp_path
):
    from atoz_desktop.core.dossier.content import DossierOptions
    from atoz_desktop.core.services.dossiers import gather

    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12", "Signé par : M. DUPONT"),
             read_receipts=True)  # fmt: skip
    # Another delivery document of the claim, which proves nothing of this parcel.
    add(workspace, claim, tmp_path, "depot-autre.pdf", fx.receipt_pdf(["Bordereau"]),
        kind="carrier-receipt")  # fmt: skip
    before = {f.code: f for f in claim_view(workspace, claim).findings}
    # Not recorded yet: the risk says which document shows the number.
    assert before["no-tracking"].evidence == (pk,)
    assert f"recu.pdf shows Colissimo {COLISSIMO}" in before["no-tracking"].text

    rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    found = {f.code: f for f in claim_view(workspace, claim).findings}
    for code in ("delivered-tracking", "signed-delivery"):
        assert found[code].evidence == (pk,)
        assert found[code].text.endswith("(read from recu.pdf)")
        assert "recu.pdf" not in found[code].statement  # the dossier cites the exhibit instead
        assert found[code].to_json()["evidence_ids"] == [pk]

    content = gather(workspace, claim, DossierOptions(lang="fr"))
    (receipt,) = [e.number for e in content.exhibits if e.item.pk == pk]
    for code in ("delivered-tracking", "signed-delivery"):
        finding = next(f for f in content.findings() if f.code == code)
        assert content.finding_exhibits(finding) == (receipt,)
    (record,) = content.deliveries
    assert record.tracking_number == COLISSIMO and record.signed_for
    assert record.exhibits == (receipt,)


def two_windows_proposals(workspace, claim, tmp_path):
    """Another copy of the program on the same workspace (returned, to be closed), and two
    proposals: a Colissimo receipt's from this one, a UPS receipt's (another number) from it."""
    from atoz_desktop.core.storage.database import open_workspace

    first = rc.propose(workspace, add(workspace, claim, tmp_path, "recu.pdf",
                                      colissimo_receipt(), read_receipts=True))  # fmt: skip
    second_pk = add(workspace, claim, tmp_path, "ups.pdf",
                    fx.receipt_pdf(["UPS", "Shipped: Nov 24, 2026"], barcode=fx.ups()),
                    read_receipts=True)  # fmt: skip
    other = open_workspace(workspace.url)
    second = rc.propose(other, second_pk)
    assert first is not None and second is not None
    return other, first, second


def record_both(monkeypatch, workspace, other, first, second):
    """The first recording is held after its checks, before it writes, while the second starts
    from the other copy; then both finish. Their outcomes (a result or an exception), by name."""
    import threading
    import time

    inside, release = threading.Event(), threading.Event()
    real = recording._entries_needed

    def held(*args):
        found = real(*args)
        if not inside.is_set():
            inside.set()
            release.wait(10)
        return found

    monkeypatch.setattr(recording, "_entries_needed", held)
    outcome: dict[str, object] = {}

    def run(name, ws, proposal):
        try:
            outcome[name] = rc.record_receipt(ws, proposal)
        except Exception as exc:  # the test looks at it
            outcome[name] = exc

    a = threading.Thread(target=run, args=("a", workspace, first))
    a.start()
    assert inside.wait(10)
    b = threading.Thread(target=run, args=("b", other, second))
    b.start()
    time.sleep(0.5)  # B now waits for A's lock (without one it would have read no shipment)
    release.set()
    a.join(20)
    b.join(20)
    return outcome


def test_two_windows_recording_at_once_cannot_both_write_a_shipment(
    workspace, claim, tmp_path, monkeypatch
):
    """The first recording is held after its checks, before it writes; the second, from
    another copy of the program with another number, waits for it, then sees its shipment."""
    other, first, second = two_windows_proposals(workspace, claim, tmp_path)
    outcome = record_both(monkeypatch, workspace, other, first, second)
    other.close()
    assert isinstance(outcome["a"], rc.RecordedShipment)
    assert isinstance(outcome["b"], rc.OtherShipment)
    assert [number for _c, number, *_ in shipments(workspace)] == [COLISSIMO]


def blank_shipment(workspace, carrier="Colissimo", **fields):
    """A shipment of the order without a tracking number (a report that named the carrier
    only, or one typed by hand); returns its values as `shipments` lists them."""
    with workspace.session() as session:
        order = session.scalars(select(Order)).one()
        session.add(Shipment(order_pk=order.id, carrier=carrier, tracking_number="",
                             shipment_ref="S-1", **fields))  # fmt: skip
    (values,) = shipments(workspace)
    return values


@pytest.mark.parametrize("carrier", ["Colissimo", ""])
def test_a_shipment_without_a_number_is_filled_in_not_doubled_and_undo_puts_it_back(
    workspace, claim, tmp_path, carrier
):
    report_shipped = datetime(2026, 11, 24, 16, tzinfo=UTC)
    before = blank_shipment(workspace, carrier, shipped_at=report_shipped)
    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12", "Signé par : M. DUPONT"),
             read_receipts=True)  # fmt: skip
    proposal = rc.propose(workspace, pk)
    assert proposal is not None
    assert rc.recording_plan(workspace, proposal).outcome == "fill"
    assert not rc.already_recorded(workspace, proposal)

    recorded = rc.record_receipt(workspace, proposal)
    assert recorded.shipment_filled and not recorded.shipment_created and recorded.changed
    assert "Filled in the order's shipment that had no tracking number" in recorded.describe()
    assert recorded.as_json()["shipment_filled"] is True
    # One shipment: its number and (when it had none) its carrier written in, the report's
    # shipping time kept, the delivery and the signature filled in from the receipt.
    assert shipments(workspace) == [
        ("Colissimo", COLISSIMO, report_shipped, proposal.delivered_at, True, pk)
    ]
    with workspace.session_factory() as session:
        assert session.scalars(select(Shipment)).one().shipment_ref == "S-1"
    assert rc.already_recorded(workspace, proposal)
    assert rc.recording_plan(workspace, proposal).outcome == "complete"
    view = claim_view(workspace, claim)
    assert "no-tracking" not in {f.code for f in view.findings}
    delivered = next(f for f in view.findings if f.code == "delivered-tracking")
    assert COLISSIMO in delivered.text and delivered.evidence == (pk,)

    rc.undo_record(workspace, recorded)
    assert shipments(workspace) == [before]  # exactly as it was: no number, its own carrier
    assert tracking_events(workspace, claim) == []
    # Redo fills it in again.
    assert rc.record_receipt(workspace, proposal).shipment_filled


def test_a_blank_shipment_beside_another_number_is_not_filled(workspace, claim, tmp_path):
    with workspace.session() as session:
        order = session.scalars(select(Order)).one()
        session.add(Shipment(order_pk=order.id, carrier="UPS", tracking_number=fx.ups()))
    blank_shipment_values = ("Colissimo", "", None, None, False, None)
    with workspace.session() as session:
        order = session.scalars(select(Order)).one()
        session.add(Shipment(order_pk=order.id, carrier="Colissimo", tracking_number=""))
    pk = add(workspace, claim, tmp_path, "recu.pdf", colissimo_receipt(), read_receipts=True)
    proposal = rc.propose(workspace, pk)
    assert proposal is not None
    plan = rc.recording_plan(workspace, proposal)
    assert plan.outcome == "other" and plan.shipment is not None
    assert plan.shipment.tracking_number == fx.ups()
    with pytest.raises(rc.OtherShipment):
        rc.record_receipt(workspace, proposal)
    assert shipments(workspace)[1] == blank_shipment_values


def test_undo_of_a_filled_shipment_is_refused_once_it_was_changed_elsewhere(
    workspace, claim, tmp_path
):
    blank_shipment(workspace)
    pk = add(workspace, claim, tmp_path, "recu.pdf", colissimo_receipt(), read_receipts=True)
    recorded = rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    assert recorded.shipment_filled
    elsewhere = datetime(2026, 11, 27, 8, tzinfo=UTC)
    with workspace.session() as session:
        session.scalars(select(Shipment)).one().delivered_at = elsewhere
    with pytest.raises(StaleEdit):
        rc.undo_record(workspace, recorded)
    # Nothing was written: the number, the other window's delivery and the entry stay.
    assert shipments(workspace) == [("Colissimo", COLISSIMO, PARIS_NOON, elsewhere, False, pk)]
    assert len(tracking_events(workspace, claim)) == 1


def test_two_windows_filling_the_same_blank_shipment_cannot_both_write_their_number(
    workspace, claim, tmp_path, monkeypatch
):
    """Both see the order's shipment without a number; the first fills it in while the second
    waits for its lock, then finds the first's number there and refuses its own."""
    blank_shipment(workspace, "")
    other, first, second = two_windows_proposals(workspace, claim, tmp_path)
    assert rc.recording_plan(other, second).outcome == "fill"  # as the second window sees it
    outcome = record_both(monkeypatch, workspace, other, first, second)
    other.close()
    assert isinstance(outcome["a"], rc.RecordedShipment) and outcome["a"].shipment_filled
    assert isinstance(outcome["b"], rc.OtherShipment)
    assert [(c, n) for c, n, *_ in shipments(workspace)] == [("Colissimo", COLISSIMO)]


def take_id(workspace, pk):
    """Another claim's new item takes evidence id `pk` (SQLite hands freed ids out again by
    itself; PostgreSQL's sequences never do, so the test moves the row there)."""
    from sqlalchemy import update

    other = create_claim(workspace, order_id="402-7654321-7654321", reason="damaged-defective",
                         filed_at=datetime(2026, 12, 1, 10, tzinfo=UTC), amount=Decimal("9.90"),
                         currency="EUR")  # fmt: skip
    (added,) = ev.add_evidence_bytes(workspace, other, fx.receipt_pdf(["Autre"]), "autre.pdf").added
    if added.evidence_id != pk:
        with workspace.session() as session:
            session.execute(update(Evidence).where(Evidence.id == added.evidence_id).values(id=pk))
    return other


def cited_ids(workspace, claim):
    """The evidence ids the claim's tracking entries and its order's shipments cite."""
    events = {e for *_, e in tracking_events(workspace, claim)}
    return events, {s[5] for s in shipments(workspace)}


def assert_cites(workspace, claim, pk, name):
    from atoz_desktop.core.dossier.content import DossierOptions
    from atoz_desktop.core.services.dossiers import gather

    assert cited_ids(workspace, claim) == ({pk}, {pk})
    found = {f.code: f for f in claim_view(workspace, claim).findings}
    for code in ("delivered-tracking", "signed-delivery"):
        assert found[code].evidence == (pk,) and found[code].text.endswith(f"(read from {name})")
    content = gather(workspace, claim, DossierOptions())
    (exhibit,) = [e.number for e in content.exhibits if e.item.pk == pk]
    for code in ("delivered-tracking", "signed-delivery"):
        finding = next(f for f in content.findings() if f.code == code)
        assert content.finding_exhibits(finding) == (exhibit,)
    (record,) = content.deliveries
    assert record.evidence == (pk,) and record.exhibits == (exhibit,)


def test_a_claim_put_back_under_new_ids_still_cites_its_receipt(workspace, claim, tmp_path):
    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12", "Signé par : M. DUPONT"),
             read_receipts=True)  # fmt: skip
    recorded = rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    assert_cites(workspace, claim, pk, "recu.pdf")

    from atoz_desktop.core.services.claims import delete_claim, restore_claim

    snapshot = delete_claim(workspace, claim)
    other = take_id(workspace, pk)
    restored = restore_claim(workspace, snapshot)
    new = restored.evidence_ids[pk]  # its old id was taken: it came back under another
    assert new != pk
    # The entries and the order's shipment cite the receipt under its new id, so the findings
    # and the dossier still cite its exhibit (not the other claim's file that took the id).
    assert_cites(workspace, restored.pk, new, "recu.pdf")
    assert ev.evidence_item(workspace, pk).claim_pk == other

    # The undo history follows the new ids: undoing the recording still works.
    again = recorded.renumbered(restored.claim_ids, restored.event_ids, restored.evidence_ids)
    assert again.proposal.evidence_pk == new
    rc.undo_record(workspace, again)
    assert shipments(workspace) == [] and tracking_events(workspace, restored.pk) == []


def test_a_receipt_put_back_under_a_new_id_is_still_cited(workspace, claim, tmp_path):
    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12", "Signé par : M. DUPONT"),
             read_receipts=True)  # fmt: skip
    rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    removed = ev.remove_evidence(workspace, pk)
    take_id(workspace, pk)
    new = ev.restore_evidence(workspace, removed)
    assert new != pk
    assert_cites(workspace, claim, new, "recu.pdf")


def test_an_id_taken_by_an_item_of_the_same_claim_is_not_pointed_away(workspace, claim, tmp_path):
    """The entries cite an id an item of the same claim now holds: they may be its own, so a
    restore leaves them alone."""
    from atoz_desktop.core.services.citations import cite_new_ids

    pk = add(workspace, claim, tmp_path, "recu.pdf",
             colissimo_receipt("Livré le 26/11/2026 à 10h12"), read_receipts=True)  # fmt: skip
    rc.record_receipt(workspace, rc.propose(workspace, pk))  # type: ignore[arg-type]
    with workspace.session() as session:
        cite_new_ids(session, claim, {pk: pk + 100})
    assert cited_ids(workspace, claim) == ({pk}, {pk})
