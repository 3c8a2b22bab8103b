"""Text recognition (OCR, Tesseract) in `read_receipt`: a photo without a barcode, a tracking
page's PNG screenshot, a scanned PDF without a text layer; and without Tesseract, or with one
that hangs or fails (a fake `tesseract` script found instead of the real one)."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from atoz_desktop.core.evidence import sniff
from atoz_desktop.core.receipts import ocr, read_receipt
from atoz_desktop.core.receipts.dates import find_dates, mend_recognised
from atoz_desktop.core.receipts.numbers import BARCODE, CERTAIN, LIKELY, OCR, TEXT
from tests import receipts_fixtures as fx

needs_tesseract = pytest.mark.skipif(
    ocr.engine() is None, reason="Tesseract (tesseract-ocr, -fra, -deu) is not installed"
)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="a shell script as tesseract")

COLISSIMO = [
    "Colissimo - Preuve de dépôt",
    "N° de suivi : 6A 123 456 789 01",
    "Date de dépôt : 24/11/2026 à 14h05",
]


@pytest.fixture(scope="module")
def photo() -> bytes:
    """A phone photo of a receipt that has no barcode: only its text says anything."""
    return fx.photograph(fx.render(fx.receipt_pdf(COLISSIMO)), angle=2.0, orientation=6)


@needs_tesseract
def test_a_photo_without_a_barcode_is_read_by_text_recognition(photo):
    reading = read_receipt(photo, sniff.JPEG)
    assert (reading.carrier, reading.tracking_number) == ("colissimo", "6A12345678901")
    assert reading.source == OCR and reading.certainty == LIKELY
    assert reading.shipped == datetime(2026, 11, 24, 14, 5)
    assert reading.barcodes == () and reading.recognition == ocr.DONE
    assert reading.summary().endswith("— from text recognition (its format has no check digit)")
    assert reading.as_json()["text_recognition"] == "done"


@needs_tesseract
def test_a_photo_with_a_barcode_gives_its_number_from_the_bars_and_its_date_from_its_text():
    """The barcode is painted over before recognition: its bars, read as letters, garbled the
    lines around them (the deposit date was lost) and took twice the time."""
    labelled = fx.photograph(fx.render(fx.receipt_pdf(COLISSIMO, barcode="6A12345678901")),
                             angle=3.0, scale=1.3, orientation=6)  # fmt: skip
    reading = read_receipt(labelled)
    assert (reading.tracking_number, reading.source) == ("6A12345678901", BARCODE)
    assert reading.shipped == datetime(2026, 11, 24, 14, 5)
    assert "Colissimo" in reading.text and reading.recognition == ocr.DONE


def test_barcodes_are_hidden_from_recognition_in_a_copy():
    from PIL import Image

    from atoz_desktop.core.receipts import barcodes

    page = fx.render(fx.receipt_pdf(["UPS"], barcode=fx.ups())).convert("L")
    found = barcodes.first_search(page)
    assert [c.text for c in found] == [fx.ups()]
    covered = barcodes.hidden(page, found)
    left, top, right, bottom = found[0].box
    assert covered.crop(found[0].box).getextrema() == (255, 255)  # the bars are gone
    assert page.crop(found[0].box).getextrema()[0] < 64  # from the copy only
    assert barcodes.first_search(covered) == [] and barcodes.hidden(page, []) is page
    assert isinstance(covered, Image.Image) and right - left > bottom - top


@needs_tesseract
def test_a_tracking_page_screenshot_is_read_by_text_recognition():
    """A PNG of a tracking page: no barcode, small text, a white-on-blue banner."""
    shot = fx.screenshot(["Chronopost", "Numéro de suivi : XY123456785FR",
                          "24/11/2026 Colis pris en charge", "Livré le 26/11/2026",
                          "Signé par : M. DUPONT"])  # fmt: skip
    reading = read_receipt(shot)
    assert (reading.carrier, reading.tracking_number) == ("chronopost", "XY123456785FR")
    assert reading.certainty == CERTAIN and reading.source == OCR
    assert (reading.shipped, reading.delivered) == (date(2026, 11, 24), date(2026, 11, 26))
    assert reading.signature is not None and reading.signature.name == "M. DUPONT"


@needs_tesseract
def test_a_scanned_pdf_without_a_text_layer_is_read_page_by_page():
    """Three scanned pages (pictures only): the carrier on the first, the number on the second,
    the delivery and its signature on the third."""
    pdf = fx.scanned_pdf([["DHL Express - Proof of delivery"], [f"Waybill: {fx.dhl_express()}"],
                          ["Delivered 26.11.2026 14:05", "Signed by: MEYER"]])  # fmt: skip
    reading = read_receipt(pdf)
    assert (reading.carrier, reading.tracking_number) == ("dhl_express", fx.dhl_express())
    assert reading.certain and reading.source == OCR
    assert reading.delivered == datetime(2026, 11, 26, 14, 5)
    assert reading.signature is not None and reading.signature.name == "MEYER"
    assert (reading.pages_read, reading.page_count) == (3, 3)


@needs_tesseract
def test_a_page_scanned_sideways_is_turned_upright_and_read():
    """No EXIF orientation in a PDF: Tesseract's orientation detection says the text is turned
    and the page is read again upright."""
    import io

    if not ocr.engine().osd:
        pytest.skip("Tesseract's orientation data (osd) is not installed")
    page = fx.render(fx.receipt_pdf(COLISSIMO)).convert("L").rotate(90, expand=True)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150.0)
    reading = read_receipt(out.getvalue())
    assert (reading.tracking_number, reading.source) == ("6A12345678901", OCR)
    assert reading.shipped == datetime(2026, 11, 24, 14, 5)


def test_a_pdf_with_a_text_layer_is_not_recognised(monkeypatch):
    """Its text is there already (and vector pages show no picture): Tesseract is not run."""
    monkeypatch.setattr(ocr, "recognise", _never)
    pdf = fx.receipt_pdf(["UPS"], barcode=fx.ups(), pages=2)
    reading = read_receipt(pdf)
    assert reading.tracking_number == fx.ups() and reading.recognition is None


def test_without_tesseract_pictures_are_read_from_their_barcodes(monkeypatch, photo):
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    assert ocr.engine() is None and ocr.describe() is None
    labelled = fx.photograph(fx.render(fx.receipt_pdf(["UPS"], barcode=fx.ups())))
    reading = read_receipt(labelled)
    assert (reading.tracking_number, reading.source) == (fx.ups(), BARCODE)
    assert reading.recognition == ocr.UNAVAILABLE and reading.recognition_missing
    nothing = read_receipt(photo)  # its text is all it has: nothing read, and no error
    assert nothing.tracking_number is None and nothing.recognition_missing
    assert nothing.as_json()["text_recognition"] == "unavailable"
    text_layer = read_receipt(fx.receipt_pdf(COLISSIMO))  # needs no recognition at all
    assert text_layer.tracking_number == "6A12345678901" and text_layer.recognition is None


def _fake(tmp_path: Path, body: str, languages: str = "eng\nfra") -> str:
    """A `tesseract` that answers --version and --list-langs, then runs `body` to read."""
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        "  --version) echo 'tesseract 5.9.9'; exit 0 ;;\n"
        f"  --list-langs) printf 'List of available languages (2):\\n{languages}\\n'; exit 0 ;;\n"
        "esac\n"
        f"echo $$ > '{tmp_path / 'pid'}'\n"
        f"{body}\n"
    )
    script.chmod(0o755)
    return str(script)


@posix_only
def test_a_recognition_that_hangs_is_stopped_and_killed(monkeypatch, tmp_path, photo):
    fake = _fake(tmp_path, "exec sleep 60")
    monkeypatch.setattr(ocr, "find_tesseract", lambda: fake)
    monkeypatch.setattr(ocr, "TIMEOUT_S", 0.5)
    assert ocr.describe() == "Tesseract 5.9.9 (fra, eng)"
    reading = read_receipt(photo)
    assert reading.recognition == ocr.TIMED_OUT and reading.tracking_number is None
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left sleeping


@posix_only
def test_a_recognition_that_fails_is_said_and_the_barcode_still_read(monkeypatch, tmp_path):
    fake = _fake(tmp_path, "echo 'Error: cannot read input' >&2; exit 1")
    monkeypatch.setattr(ocr, "find_tesseract", lambda: fake)
    labelled = fx.photograph(fx.render(fx.receipt_pdf(["UPS"], barcode=fx.ups())))
    reading = read_receipt(labelled)
    assert reading.recognition == ocr.FAILED and reading.tracking_number == fx.ups()


@posix_only
def test_a_tesseract_without_the_languages_is_not_used(monkeypatch, tmp_path):
    fake = _fake(tmp_path, "exit 0", languages="jpn\nosd")
    monkeypatch.setattr(ocr, "find_tesseract", lambda: fake)
    assert ocr.engine() is None


def test_the_picture_given_to_tesseract_is_bounded_grayscale():
    from PIL import Image

    data = ocr.prepared(Image.new("RGB", (6000, 4000), (200, 10, 10)))
    header = data.split(b"\n", 3)
    assert header[0] == b"P5"  # a binary grayscale PGM
    width, height = map(int, header[1].split())
    assert width * height <= ocr.OCR_PIXELS and abs(width / height - 1.5) < 0.01


def test_the_finder_looks_where_the_installers_put_it(monkeypatch, tmp_path):
    monkeypatch.delenv(ocr.ENV_PATH, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    installed = tmp_path / "tesseract.exe"
    installed.write_text("")
    monkeypatch.setattr(ocr, "_PLACES", {sys.platform: (str(tmp_path / "no"), str(installed))})
    assert ocr.find_tesseract() == str(installed)
    monkeypatch.setenv(ocr.ENV_PATH, str(tmp_path / "missing"))
    assert ocr.find_tesseract() is None  # an override that names nothing finds nothing


@pytest.mark.parametrize(
    ("recognised", "day"),
    [("Date de dépôt : 24/1 1/2026", date(2026, 11, 24)),
     ("Zugestellt am 2 6.11.2026", date(2026, 11, 26)),
     ("Delivered 26/11/20 26", date(2026, 11, 26)),
     ("Livré le 26 / 11 / 2026", date(2026, 11, 26))],
)  # fmt: skip
def test_dates_split_by_text_recognition_are_mended(recognised, day):
    (found,) = find_dates(mend_recognised(recognised))
    assert found.when == day


def test_a_text_layer_is_not_mended():
    """Only recognised text is mended: a text layer's "1 2/11/2026" is 2/11/2026 after a 1."""
    assert [d.when for d in find_dates("Colis 1 2/11/2026")] == [date(2026, 11, 2)]
    assert mend_recognised("Tél. 01 23 45 67 89 - 01.23.45.67.89") == (
        "Tél. 01 23 45 67 89 - 01.23.45.67.89"
    )
    assert read_receipt(b"Colissimo 6A12345678901\nLivr\xc3\xa9 le 1 2/11/2026").delivered == (
        date(2026, 11, 2)
    )
    assert TEXT == read_receipt(b"Colissimo 6A12345678901").source


def _never(*_args, **_kwargs):
    raise AssertionError("text recognition was run")
