"""Carrier receipts in the window: a dropped receipt is read in the background (never while
thumbnails are made), re-filed, shown under the strip with Record Shipment; recording goes
through the undo stack (Ctrl+Z takes it back) and another number already on the order is said
in a plain message."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from atoz_desktop.core.services.evidence import list_evidence
from atoz_desktop.core.storage.models import ClaimEvent, Shipment
from atoz_desktop.gui.main_window import MainWindow
from tests import receipts_fixtures as fx
from tests.gui.conftest import add_claim, add_order

ORDER = "402-0000001-1234567"
COLISSIMO = "6A12345678901"


def open_claim(window: MainWindow, tracking: str | None = None) -> int:
    add_order(window.workspace, ORDER, tracking=tracking)
    pk = add_claim(window.workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.open_claim(pk)
    return pk


def drop_receipt(qtbot, window: MainWindow, tmp_path: Path, name: str, lines, barcode=None):
    path = tmp_path / name
    path.write_bytes(fx.receipt_pdf(lines, barcode=barcode))
    actions = window.evidence_actions
    assert actions.add_paths([str(path)])
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None)
    qtbot.waitUntil(lambda: actions.receipts.reader.idle(), timeout=15000)  # read and written
    # The refresh a reading asks for, REFRESH_MS later: a fixed wait missed it under load.
    qtbot.waitUntil(lambda: not actions.receipts.refresh_pending(), timeout=15000)
    return path


def shipments(window: MainWindow) -> list[tuple[str, str]]:
    with window.workspace.session_factory() as session:
        return [(s.carrier, s.tracking_number) for s in session.scalars(select(Shipment))]


def test_a_dropped_receipt_is_read_shown_recorded_and_undone(qtbot, window, tmp_path):
    claim = open_claim(window)
    drop_receipt(qtbot, window, tmp_path, "scan0001.pdf",
                 ["La Poste - Colissimo", "Date de dépôt : 24/11/2026"], barcode=COLISSIMO)
    (item,) = list_evidence(window.workspace, claim)
    assert item.kind == "carrier-receipt"  # re-filed from "attachment" by what it says
    receipts = window.evidence_actions.receipts
    strip = window.evidence_actions.strip
    # The receipt was selected for the seller, and the bar says what was read.
    assert strip.current_item() is not None and strip.current_item().pk == item.pk
    bar = receipts.bar
    assert bar.isVisible()
    text = bar.reading_label.text()
    assert f"Colissimo {COLISSIMO}, shipped 24/11/2026 — from the barcode" in text
    assert "scan0001.pdf" in text
    assert bar.record_button.isVisible() and bar.record_button.isEnabled()
    assert not bar.doubt_label.isVisible()  # a Colissimo number has no check digit to prove
    menu = strip.context_menu(item)
    assert "Record S&hipment…" in [a.text() for a in menu.actions()]

    assert receipts.record_action.isEnabled()  # File › Record Shipment from Document (Ctrl+Shift+R)
    receipts.record_action.trigger()
    question = receipts.question
    assert question is not None and question.isVisible()
    assert f"Record this shipment on order {ORDER}?" in question.text()
    assert f"Tracking number: {COLISSIMO}" in question.text()
    assert "Shipped: 24/11/2026" in question.text()
    question.record_button.click()
    assert shipments(window) == [("Colissimo", COLISSIMO)]
    assert "Recorded the shipment Colissimo" in window.statusBar().currentMessage()
    shown = window.shown_claim()
    assert shown is not None
    assert [e.kind for e in shown.events] == ["shipped"]
    timeline = window.claim_pane.timeline.timeline
    headings = [timeline.index(r, 0).data() for r in range(timeline.rowCount())]
    # The receipt printed the day only: the entry shows no made-up time.
    assert any(h.startswith("24/11/2026 · Shipped") for h in headings), headings
    assert "no-tracking" not in {f.code for f in shown.findings}
    strip.select_pk(item.pk)
    assert not bar.record_button.isVisible() and "Recorded" in bar.doubt_label.text()
    assert not receipts.record_action.isEnabled()

    window.claim_actions.undo_action.trigger()  # Ctrl+Z
    assert shipments(window) == []
    with window.workspace.session_factory() as session:
        assert session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim)).all() == []
    window.claim_actions.redo_action.trigger()
    assert shipments(window) == [("Colissimo", COLISSIMO)]


def test_another_number_on_the_order_is_said_in_a_plain_message(qtbot, window, tmp_path):
    open_claim(window, tracking="6A99999999990")
    drop_receipt(qtbot, window, tmp_path, "recu.pdf",
                 ["Colissimo", "Date de dépôt : 24/11/2026"], barcode=COLISSIMO)
    receipts = window.evidence_actions.receipts
    proposal = receipts.bar.proposal
    assert proposal is not None
    assert not receipts.record(proposal)
    box = receipts.message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Information
    assert "6A99999999990" in box.text() and COLISSIMO in box.text()
    assert shipments(window) == [("Colissimo", "6A99999999990")]
    assert not window.claim_actions.undo_action.isEnabled()  # nothing went on the stack


def test_reading_waits_while_thumbnails_are_made(qtbot, window, tmp_path):
    claim = open_claim(window)
    receipts = window.evidence_actions.receipts
    busy = [True]
    receipts.reader.busy = lambda: busy[0]
    path = tmp_path / "document.pdf"
    path.write_bytes(fx.receipt_pdf(["Colissimo", "Date de dépôt : 24/11/2026"],
                                    barcode=COLISSIMO))  # fmt: skip
    actions = window.evidence_actions
    assert actions.add_paths([str(path)])
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None)
    qtbot.wait(3 * receipts.reader.RETRY_MS)
    (item,) = list_evidence(window.workspace, claim)
    assert receipts.reader.pending(item.pk) and item.kind == "attachment"  # not read yet
    window.evidence_actions.strip.select_pk(item.pk)
    assert receipts.bar.isVisible() and not receipts.bar.record_button.isVisible()
    assert "Reading “document.pdf” as a carrier receipt…" in receipts.bar.reading_label.text()
    busy[0] = False
    qtbot.waitUntil(receipts.reader.idle, timeout=15000)
    qtbot.waitUntil(lambda: list_evidence(window.workspace, claim)[0].kind == "carrier-receipt")


def test_a_shipment_without_a_number_is_filled_in_from_the_receipt(qtbot, window, tmp_path):
    claim = open_claim(window)
    with window.workspace.session() as session:
        session.add(Shipment(order_pk=window.shown_claim().order_pk, carrier="Colissimo",
                             tracking_number=""))  # fmt: skip
    drop_receipt(qtbot, window, tmp_path, "recu.pdf",
                 ["La Poste - Colissimo", "Date de dépôt : 24/11/2026"], barcode=COLISSIMO)
    receipts = window.evidence_actions.receipts
    assert receipts.record_action.isEnabled()
    receipts.record_action.trigger()  # Ctrl+Shift+R
    question = receipts.question
    assert question is not None and question.isVisible()
    assert "The order's shipment by Colissimo has no tracking number yet" in question.text()
    assert "no second shipment" in question.text()
    question.record_button.click()
    assert shipments(window) == [("Colissimo", COLISSIMO)]  # filled in, not added
    assert "Filled in the order's shipment" in window.statusBar().currentMessage()
    shown = window.shown_claim()
    assert shown is not None and "no-tracking" not in {f.code for f in shown.findings}
    window.claim_actions.undo_action.trigger()  # Ctrl+Z: the shipment as it was
    assert shipments(window) == [("Colissimo", "")]
    with window.workspace.session_factory() as session:
        assert session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim)).all() == []
    window.claim_actions.redo_action.trigger()
    assert shipments(window) == [("Colissimo", COLISSIMO)]


def test_a_recording_is_undone_on_the_claim_put_back_under_new_ids(qtbot, window, tmp_path):
    from atoz_desktop.core.services.claims import claim_view, list_claims
    from atoz_desktop.core.services.evidence import add_evidence_bytes

    claim = open_claim(window)
    drop_receipt(qtbot, window, tmp_path, "recu.pdf",
                 ["La Poste - Colissimo", "Date de dépôt : 24/11/2026",
                  "Livré le 26/11/2026 à 10h12"], barcode=COLISSIMO)  # fmt: skip
    (item,) = list_evidence(window.workspace, claim)
    receipts = window.evidence_actions.receipts
    assert receipts.record(receipts.bar.proposal)
    assert window.claim_actions._delete_claim(claim, ORDER)
    # Another claim's file takes the receipt's freed id (SQLite hands it out again; a
    # PostgreSQL sequence never does, so there the ids cannot clash).
    other = add_claim(window.workspace, "402-0000002-1234567", due_in=timedelta(hours=30))
    (taken,) = add_evidence_bytes(window.workspace, other, fx.receipt_pdf(["Autre"]),
                                  "autre.pdf").added  # fmt: skip
    assert (taken.evidence_id == item.pk) == window.workspace.is_sqlite
    window.claim_actions.undo_action.trigger()  # the claim comes back, its receipt renumbered
    (restored,) = [r.pk for r in list_claims(window.workspace) if r.order_id == ORDER]
    (back,) = list_evidence(window.workspace, restored)
    assert (back.pk != item.pk) == window.workspace.is_sqlite  # renumbered only on a clash
    found = {f.code: f for f in claim_view(window.workspace, restored).findings}
    assert found["delivered-tracking"].evidence == (back.pk,)
    window.claim_actions.undo_action.trigger()  # the recording, on the restored claim
    assert shipments(window) == []
    assert claim_view(window.workspace, restored).events == ()
    assert list_evidence(window.workspace, other)[0].pk == taken.evidence_id  # theirs untouched


def test_a_dropped_photo_without_a_barcode_is_read_by_text_recognition(qtbot, window, tmp_path):
    """Its text alone says the carrier, the number and the deposit date (Tesseract)."""
    import pytest

    from atoz_desktop.core.receipts import ocr

    if ocr.engine() is None:
        pytest.skip("Tesseract is not installed")
    claim = open_claim(window)
    path = tmp_path / "IMG_0042.jpg"
    lines = ["Colissimo - Preuve de dépôt", "N° de suivi : 6A 123 456 789 01",
             "Date de dépôt : 24/11/2026"]  # fmt: skip
    path.write_bytes(fx.photograph(fx.render(fx.receipt_pdf(lines)), angle=2.0, orientation=6))
    actions = window.evidence_actions
    assert actions.add_paths([str(path)])
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None)
    qtbot.waitUntil(lambda: actions.receipts.reader.idle(), timeout=30000)
    qtbot.wait(actions.receipts.REFRESH_MS + 100)
    (item,) = list_evidence(window.workspace, claim)
    assert item.kind == "carrier-receipt"
    bar = actions.receipts.bar
    assert bar.isVisible() and "IMG_0042.jpg" in bar.reading_label.text()
    assert (
        f"Colissimo {COLISSIMO}, shipped 24/11/2026 — from text recognition"
        in bar.reading_label.text()
    )
    assert bar.record_button.isEnabled()


def test_without_tesseract_a_photo_is_read_and_the_window_says_so_once(
    qtbot, window, tmp_path, monkeypatch
):
    from atoz_desktop.core.receipts import ocr

    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    open_claim(window)
    actions = window.evidence_actions
    page = fx.render(fx.receipt_pdf(["Colissimo"], barcode=COLISSIMO))
    paths = []
    for name in ("a.jpg", "b.jpg"):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(fx.photograph(page, angle=2.0))
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    assert actions.add_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None)
    qtbot.waitUntil(lambda: actions.receipts.reader.idle(), timeout=15000)
    qtbot.wait(actions.receipts.REFRESH_MS + 100)
    said = [m for m in messages if "Text recognition (Tesseract) is not installed" in m]
    assert len(said) == 1 and actions.receipts.said_unrecognised
    assert f"Colissimo {COLISSIMO}" in actions.receipts.bar.reading_label.text()  # the barcode
