"""`atoz-desktop evidence read FILE... [--json]`: what receipts say, without a workspace."""

from __future__ import annotations

import json

from atoz_desktop.cli import main
from tests import fixtures_evidence as fev
from tests import receipts_fixtures as fx


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_read_prints_one_line_per_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ATOZ_DB_URL", str(tmp_path / "never-created.sqlite3"))
    receipt = tmp_path / "recu.pdf"
    receipt.write_bytes(fx.receipt_pdf(["UPS", "Shipped: Nov 24, 2026"], barcode=fx.ups()))
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(fx.receipt_pdf(["Facture n° 42"]))
    code, out, err = run(capsys, "evidence", "read", str(receipt), str(invoice))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        f"{receipt}\tUPS {fx.ups()}, shipped 24/11/2026 — from the barcode (check digit valid)",
        f"{invoice}\tno tracking number found",
    ]
    assert not (tmp_path / "never-created.sqlite3").exists()  # the workspace is not touched


def test_read_json(capsys, tmp_path):
    receipt = tmp_path / "preuve.pdf"
    receipt.write_bytes(fx.receipt_pdf(["DHL Express", f"Waybill {fx.dhl_express()}",
                                        "Delivered 26.11.2026", "Signed by: MEYER"]))  # fmt: skip
    code, out, _ = run(capsys, "evidence", "read", str(receipt), "--json")
    assert code == 0
    (reading,) = json.loads(out)
    assert {
        k: reading[k]
        for k in (
            "file",
            "carrier",
            "tracking_number",
            "check_digit_valid",
            "source",
            "dates",
            "signed",
        )
    } == {  # fmt: skip
        "file": str(receipt),
        "carrier": "dhl_express",
        "tracking_number": fx.dhl_express(),
        "check_digit_valid": True,
        "source": "text",
        "dates": {"shipped": None, "delivered": "2026-11-26"},
        "signed": True,
    }
    assert reading["signed_by"] == "MEYER" and reading["certainty"] == "certain"


def test_a_bad_file_exits_2_with_one_line_after_the_good_ones(capsys, tmp_path):
    good = tmp_path / "recu.txt"
    good.write_text("Colissimo 6A12345678901\n", encoding="utf-8")
    damaged = tmp_path / "abime.pdf"
    damaged.write_bytes(b"%PDF-1.4\n garbage")
    archive = tmp_path / "photos.zip"
    archive.write_bytes(fev.zip_file())
    code, out, err = run(capsys, "evidence", "read", str(good), str(damaged), str(archive),
                         str(tmp_path / "absent.pdf"))  # fmt: skip
    assert code == 2
    assert out.startswith(f"{good}\tColissimo 6A12345678901")
    assert err.count("\n") == 1
    assert err == f"atoz-desktop: {damaged}: the PDF is damaged: no PDF reader can open it " \
        "(and 2 more)\n"  # fmt: skip


def test_a_folder_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "evidence", "read", str(tmp_path))
    assert code == 2 and "is a folder" in err


SCREENSHOT = ["Chronopost", "Numéro de suivi : XY123456785FR", "Livré le 26/11/2026"]


def test_read_json_of_a_screenshot_read_by_text_recognition(capsys, tmp_path):
    from atoz_desktop.core.receipts import ocr

    if ocr.engine() is None:
        import pytest

        pytest.skip("Tesseract is not installed")
    shot = tmp_path / "suivi.png"
    shot.write_bytes(fx.screenshot(SCREENSHOT))
    code, out, err = run(capsys, "evidence", "read", str(shot), "--json")
    assert code == 0 and err == ""
    (reading,) = json.loads(out)
    assert (reading["tracking_number"], reading["carrier"]) == ("XY123456785FR", "chronopost")
    assert reading["source"] == "ocr" and reading["text_recognition"] == "done"
    assert reading["dates"] == {"shipped": None, "delivered": "2026-11-26"}


def test_without_tesseract_pictures_are_read_and_that_is_said_once(capsys, tmp_path, monkeypatch):
    from atoz_desktop.core.receipts import ocr

    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    files = []
    for name in ("suivi.png", "capture.png"):
        files.append(tmp_path / name)
        files[-1].write_bytes(fx.screenshot(SCREENSHOT))
    code, out, err = run(capsys, "evidence", "read", *map(str, files))
    assert code == 0
    assert out.splitlines() == [f"{f}\tno tracking number found" for f in files]
    assert err == (
        "warning: text recognition (Tesseract) is not installed: pictures were read from "
        "their barcodes only\n"
    )
