"""`atoz-desktop evidence add … --record-shipment`: a carrier receipt with a certain number
becomes the order's shipment and its timeline entries; a doubtful number, a document without
one and another number already recorded are said, not recorded."""

from __future__ import annotations

import json

from atoz_desktop.cli import main
from tests import receipts_fixtures as fx
from tests.reports import FBA_COLUMNS, write_report

ORDER = "402-1234567-1234567"  # the order of conftest's `db`
COLISSIMO = "6A12345678901"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def new_claim(capsys, db) -> str:
    code, out, err = run(capsys, "claim", "new", ORDER, "--reason", "not-received",
                         "--filed", "2026-12-01T10:00", "--json", "--db", db)  # fmt: skip
    assert code == 0, err
    return str(json.loads(out)["claim_id"])


def receipt(tmp_path, name, lines, barcode=None):
    path = tmp_path / name
    path.write_bytes(fx.receipt_pdf(lines, barcode=barcode))
    return str(path)


def test_record_shipment_records_a_certain_receipt_and_says_what_it_did(capsys, db, tmp_path):
    claim = new_claim(capsys, db)
    recu = receipt(tmp_path, "scan.pdf", ["Colissimo", "Date de dépôt : 24/11/2026",
                                          "Livré le 26/11/2026 à 10h12"], barcode=COLISSIMO)
    code, out, err = run(capsys, "evidence", "add", claim, recu, "--record-shipment", "--db", db)
    assert code == 0, err
    assert f"Recorded the shipment Colissimo {COLISSIMO} from scan.pdf." in out
    code, out, _ = run(capsys, "evidence", "list", claim, "--json", "--db", db)
    # Read on intake: a document with a delivery date is filed as a proof of delivery.
    assert json.loads(out)[0]["kind"] == "proof-of-delivery"
    code, out, _ = run(capsys, "claim", "show", claim, "--json", "--db", db)
    shown = json.loads(out)
    events = [(e["kind"], e["details"]["tracking_number"], e["details"]["evidence_id"])
              for e in shown["events"]]  # fmt: skip
    assert events == [("shipped", COLISSIMO, 1), ("delivered", COLISSIMO, 1)]
    codes = {f["code"]: f for f in shown["findings"]}
    assert "no-tracking" not in codes and codes["delivered-tracking"]["evidence_ids"] == [1]
    code, out, _ = run(capsys, "orders", "show", ORDER, "--json", "--db", db)
    assert COLISSIMO in out

    # The same file again: already there, nothing to add, and said so.
    code, out, err = run(capsys, "evidence", "add", claim, recu, "--record-shipment", "--json",
                         "--db", db)  # fmt: skip
    assert code == 0
    (shipment,) = json.loads(out)["shipments"]
    assert shipment["recorded"] is False and "already recorded" in shipment["reason"]


def test_record_shipment_says_why_not(capsys, db, tmp_path):
    claim = new_claim(capsys, db)
    wrong = fx.wrong_last(fx.dhl_express())
    doubtful = receipt(tmp_path, "dhl.pdf", ["DHL Express", f"Waybill {wrong}",
                                             "Shipped 24.11.2026"])  # fmt: skip
    nothing = receipt(tmp_path, "facture.pdf", ["Facture n° 42"])
    code, out, err = run(capsys, "evidence", "add", claim, doubtful, nothing,
                         "--record-shipment", "--json", "--db", db)  # fmt: skip
    assert code == 0, err
    shipments = {s["file"]: s for s in json.loads(out)["shipments"]}
    assert shipments[doubtful]["recorded"] is False
    assert shipments[doubtful]["tracking_number"] == wrong
    assert "is not certain" in shipments[doubtful]["reason"]
    assert shipments[nothing] == {"file": nothing, "evidence_id": 2, "recorded": False,
                                  "reason": "no tracking number was read from this document"}
    code, out, _ = run(capsys, "claim", "show", claim, "--json", "--db", db)
    assert json.loads(out)["events"] == []

    ups = receipt(tmp_path, "ups.pdf", ["UPS", "Shipped: Nov 24, 2026"], barcode=fx.ups())
    assert run(capsys, "evidence", "add", claim, ups, "--record-shipment", "--db", db)[0] == 0
    colissimo = receipt(tmp_path, "recu.pdf", ["Colissimo", "Date de dépôt : 24/11/2026"],
                        barcode=COLISSIMO)  # fmt: skip
    code, out, err = run(capsys, "evidence", "add", claim, colissimo, "--record-shipment",
                         "--db", db)  # fmt: skip
    assert code == 0
    assert (f"not recorded: {colissimo}: The order already has a shipment with tracking number "
            f"{fx.ups()} (UPS); this document shows {COLISSIMO}") in err  # fmt: skip


def test_without_the_option_nothing_is_recorded(capsys, db, tmp_path):
    claim = new_claim(capsys, db)
    recu = receipt(tmp_path, "recu.pdf", ["Colissimo", "Date de dépôt : 24/11/2026"],
                   barcode=COLISSIMO)  # fmt: skip
    code, out, _ = run(capsys, "evidence", "add", claim, recu, "--json", "--db", db)
    assert code == 0 and "shipments" not in json.loads(out)
    code, out, _ = run(capsys, "claim", "show", claim, "--json", "--db", db)
    assert json.loads(out)["events"] == []


def test_a_shipment_imported_without_its_number_is_filled_in_not_doubled(capsys, db, tmp_path):
    # A shipments report that named the carrier and the day, but no tracking number.
    fba = {"amazon-order-id": ORDER, "shipment-id": "D1", "carrier": "Colissimo",
           "tracking-number": "", "shipment-date": "2026-11-24T15:00:00+00:00"}  # fmt: skip
    report = write_report(tmp_path / "shipments.txt", [fba], FBA_COLUMNS)
    assert run(capsys, "import", "orders", str(report), "--db", db)[0] == 0
    code, out, _ = run(capsys, "orders", "show", ORDER, "--json", "--db", db)
    (before,) = json.loads(out)["shipments"]
    assert before["tracking_number"] == "" and before["carrier"] == "Colissimo"
    claim = new_claim(capsys, db)
    recu = receipt(tmp_path, "recu.pdf", ["Colissimo", "Date de dépôt : 24/11/2026",
                                          "Livré le 26/11/2026 à 10h12"], barcode=COLISSIMO)
    code, out, err = run(capsys, "evidence", "add", claim, recu, "--record-shipment", "--json",
                         "--db", db)  # fmt: skip
    assert code == 0, err
    (shipment,) = json.loads(out)["shipments"]
    assert shipment["recorded"] is True and shipment["shipment_filled"] is True
    assert shipment["shipment_created"] is False
    assert "Filled in the order's shipment that had no tracking number" in shipment["done"]
    code, out, _ = run(capsys, "orders", "show", ORDER, "--json", "--db", db)
    (after,) = json.loads(out)["shipments"]  # one shipment, not two
    assert after["tracking_number"] == COLISSIMO and after["carrier"] == "Colissimo"
    assert after["shipped_at"] == before["shipped_at"]  # the report's time stays
    assert after["delivered_at"] is not None and after["evidence_id"] == shipment["evidence_id"]
    code, out, _ = run(capsys, "evidence", "add", claim, recu, "--record-shipment", "--db", db)
    assert code == 0 and "Filled in" not in out
    # The same report again, then one that changed: still that one shipment, with its number.
    assert run(capsys, "import", "orders", str(report), "--db", db)[0] == 0
    later = {**fba, "shipment-date": "2026-11-24T16:30:00+00:00"}
    changed = write_report(tmp_path / "shipments-2.txt", [later], FBA_COLUMNS)
    assert run(capsys, "import", "orders", str(changed), "--db", db)[0] == 0
    code, out, _ = run(capsys, "orders", "show", ORDER, "--json", "--db", db)
    (again,) = json.loads(out)["shipments"]
    assert again["tracking_number"] == COLISSIMO and again["shipped_at"] == after["shipped_at"]
