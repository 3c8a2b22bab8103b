"""`read_receipt` on generated documents: receipt PDFs (text layer and Code 128 / QR drawn as
vectors), photos of them (turned, scaled, blurred, noised, JPEG with EXIF orientation), a
tracking-page screenshot, a multi-page scan; and files that cannot be read."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from PIL import Image

from atoz_desktop.core import i18n
from atoz_desktop.core.evidence import sniff
from atoz_desktop.core.receipts import ReceiptError, read_receipt
from atoz_desktop.core.receipts.numbers import BARCODE, CERTAIN, LIKELY, TEXT
from tests import fixtures_evidence as fev
from tests import receipts_fixtures as fx

COLISSIMO = [
    "Colissimo - Preuve de dépôt",
    "N° de suivi : 6A 123 456 789 01",
    "Date de dépôt : 24/11/2026 à 14h05",
    "Bureau de poste Paris 11 - Tél. 01 23 45 67 89",
]


@pytest.fixture(scope="module")
def colissimo_pdf() -> bytes:
    return fx.receipt_pdf(COLISSIMO, barcode="6A12345678901")


def test_a_receipt_pdf_is_read_from_its_barcode_and_text(colissimo_pdf):
    reading = read_receipt(colissimo_pdf, sniff.PDF)
    assert (reading.carrier, reading.tracking_number) == ("colissimo", "6A12345678901")
    assert reading.source == BARCODE and reading.certainty == LIKELY
    assert reading.check_digit_valid is None  # Colissimo publishes no check digit
    assert reading.shipped == datetime(2026, 11, 24, 14, 5)
    assert reading.barcodes == ("6A12345678901",)
    assert reading.summary() == (
        "Colissimo 6A12345678901, shipped 24/11/2026 — from the barcode "
        "(its format has no check digit)"
    )


def test_the_summary_in_french(colissimo_pdf):
    before = i18n.language()
    i18n.set_language("fr")
    try:
        summary = read_receipt(colissimo_pdf).summary()
    finally:
        i18n.set_language(before)
    assert summary == (
        "Colissimo 6A12345678901, expédié le 24/11/2026 — d’après le code-barres "
        "(format sans clé de contrôle)"
    )


def test_a_pdf_text_layer_alone_is_enough():
    pdf = fx.receipt_pdf(["UPS", f"Tracking Number: {fx.ups()}", "Delivered: Nov 26, 2026",
                          "Signed by: J SMITH"])  # fmt: skip
    reading = read_receipt(pdf)
    assert (reading.carrier, reading.tracking_number, reading.source) == ("ups", fx.ups(), TEXT)
    assert reading.certain and reading.check_digit_valid is True
    assert reading.delivered == date(2026, 11, 26)
    assert reading.signature is not None and reading.signature.name == "J SMITH"


def test_a_barcode_on_a_later_page_of_a_multi_page_pdf():
    pdf = fx.receipt_pdf(["DHL Express - Proof of delivery"], barcode=fx.dhl_express(),
                         pages=3, barcode_on_page=2)  # fmt: skip
    reading = read_receipt(pdf)
    assert (reading.tracking_number, reading.carrier) == (fx.dhl_express(), "dhl_express")
    assert reading.source == BARCODE and reading.certain
    assert (reading.pages_read, reading.page_count) == (3, 3)


def test_a_qr_code_with_a_tracking_link():
    link = "https://www.laposte.fr/outils/suivre-vos-envois?code=8N12345678901"
    pdf = fx.receipt_pdf(["Suivez votre envoi"], qr_code=link)
    reading = read_receipt(pdf)
    assert (reading.tracking_number, reading.carrier) == ("8N12345678901", "colissimo")


@pytest.mark.parametrize(
    ("angle", "scale", "orientation", "fmt"),
    [(3.0, 1.0, None, "JPEG"), (-4.0, 1.6, 6, "JPEG"), (1.5, 0.9, None, "PNG")],
)
def test_a_photo_of_a_receipt_is_read_from_its_barcode(angle, scale, orientation, fmt):
    """The barcode says the number (its text, recognised, says "La Poste" too), its shape the
    carrier when it is specific (an S10 number with FR: La Poste)."""
    pdf = fx.receipt_pdf(["La Poste"], barcode=fx.s10(service="RR"))
    photo = fx.photograph(fx.render(pdf), angle=angle, scale=scale, orientation=orientation,
                          fmt=fmt)  # fmt: skip
    reading = read_receipt(photo)
    assert reading.tracking_number == fx.s10(service="RR")
    assert (reading.carrier, reading.certainty, reading.source) == ("laposte", CERTAIN, BARCODE)


@pytest.fixture
def barcodes_only(monkeypatch):
    """No text recognition (tests of barcodes alone need not wait for it)."""
    from atoz_desktop.core.receipts import ocr

    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)


@pytest.mark.parametrize("orientation", [2, 3, 4, 5, 7, 8])
@pytest.mark.parametrize("code", ["code128", "qr"])
def test_a_photo_stored_turned_or_mirrored_is_read(orientation, code, barcodes_only):
    """Every EXIF orientation, the mirrored ones too (2, 4, 5, 7: a front camera, a scanner's
    mirror), for a Code 128 and a QR code."""
    link = "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"
    pdf = (fx.receipt_pdf(["Colissimo"], barcode="6A12345678901") if code == "code128"
           else fx.receipt_pdf(["Colissimo"], qr_code=link))  # fmt: skip
    photo = fx.photograph(fx.render(pdf), angle=2.0, scale=0.8, orientation=orientation)
    with Image.open(io.BytesIO(photo)) as stored:
        assert stored.getexif()[0x0112] == orientation
    assert read_receipt(photo).tracking_number == "6A12345678901"


def test_a_plain_digit_barcode_in_a_photo_leaves_the_carrier_open():
    """Nothing on the photo names the carrier of a 12-digit run: it is proposed, not decided."""
    photo = fx.photograph(fx.render(fx.receipt_pdf(["Bordereau"], barcode=fx.gls())))
    reading = read_receipt(photo)
    assert reading.tracking_number == fx.gls() and reading.carrier is None
    assert reading.certainty == LIKELY
    assert "carrier not named" in reading.summary()


def test_the_carrier_printed_on_a_photo_decides_its_plain_digit_barcode():
    """The photo's text, recognised, names GLS: the same 12-digit run is then GLS's, certain
    (its check digit holds), still read from the barcode."""
    photo = fx.photograph(fx.render(fx.receipt_pdf(["GLS Paket"], barcode=fx.gls())))
    reading = read_receipt(photo)
    assert (reading.tracking_number, reading.carrier) == (fx.gls(), "gls")
    assert reading.certain and reading.source == BARCODE and reading.recognition == "done"


def test_a_tracking_page_screenshot():
    text_lines = ["Mondial Relay - Suivi de colis", "Numéro d'expédition : 12345678",
                  "24/11/2026 Colis déposé en Point Relais", "27/11/2026 Colis livré"]  # fmt: skip
    screenshot = fx.photograph(fx.render(fx.receipt_pdf(text_lines, barcode="12345678")),
                               angle=0, noise=0, blur=0, fmt="PNG")  # fmt: skip
    reading = read_receipt(screenshot, sniff.PNG)
    assert reading.tracking_number == "12345678" and reading.source == BARCODE


def test_a_multi_page_scan_as_tiff():
    page = fx.render(fx.receipt_pdf(["DPD"], barcode="%" + fx.dpd_label()[:-1]))
    blank = Image.new("L", page.size, 255)
    out = io.BytesIO()
    blank.save(out, "TIFF", save_all=True, append_images=[page.convert("L")])
    reading = read_receipt(out.getvalue())
    assert (reading.tracking_number, reading.carrier) == ("01234567890123", "dpd")
    assert reading.pages_read == 2


def test_a_text_file_with_a_tracking_page_copied():
    text = "Chronopost\nNuméro : XY123456785FR\nLivré le 26/11/2026\nSigné par : DURAND\n"
    reading = read_receipt(text.encode("utf-8"))
    assert (reading.carrier, reading.tracking_number) == ("chronopost", "XY123456785FR")
    assert reading.certain and reading.signature.name == "DURAND"


def test_a_document_with_nothing_recognisable_is_an_empty_reading():
    reading = read_receipt(fx.receipt_pdf(["Facture n° 42", "Merci de votre achat"]))
    assert reading.tracking_number is None and reading.carrier is None
    assert reading.certainty is None and reading.candidates == ()
    assert reading.summary() == "no tracking number found"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4\n garbage", "damaged"),
        (fev.pdf(user_password="pw"), "password"),
        (fev.jpeg()[:200], "truncated"),
        (fev.gif_bomb(), "bomb"),
        (fev.zip_file(), "unsupported type"),
    ],
)
def test_files_that_cannot_be_read_say_why(data, message):
    with pytest.raises(ReceiptError, match=message):
        read_receipt(data)


def test_a_mail_is_not_a_receipt():
    with pytest.raises(ReceiptError, match="PDF, an image or a text file"):
        read_receipt(fev.eml(), sniff.EML)


def test_json_shape(colissimo_pdf):
    data = read_receipt(colissimo_pdf).as_json()
    assert {"carrier", "tracking_number", "check_digit_valid", "source", "dates", "signed"} <= set(
        data
    )
    assert data["dates"] == {"shipped": "2026-11-24T14:05:00", "delivered": None}
    assert data["signed"] is False


def test_pdfium_is_only_called_under_the_lock(colissimo_pdf, monkeypatch):
    """PDFium is not thread-safe, even across documents, and the GUI reads drops on worker
    threads: every PDFium object is made and closed while the one process-wide lock is held."""
    import pypdfium2

    from atoz_desktop.core.receipts import pdfpages

    real = pypdfium2.PdfDocument
    opened: list[object] = []

    def checked(*args, **kwargs):
        assert pdfpages._pdfium.locked(), "PDFium called without the lock"
        document = real(*args, **kwargs)
        opened.append(document)
        return document

    monkeypatch.setattr(pypdfium2, "PdfDocument", checked)
    assert read_receipt(colissimo_pdf).tracking_number == "6A12345678901"
    assert len(opened) == 1 and not pdfpages._pdfium.locked()


def test_pdfs_are_read_from_several_threads_at_once(colissimo_pdf):
    from concurrent.futures import ThreadPoolExecutor

    ups_pdf = fx.receipt_pdf(["UPS"], barcode=fx.ups())
    jobs = [colissimo_pdf, ups_pdf] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = [r.tracking_number for r in pool.map(read_receipt, jobs)]
    assert numbers == ["6A12345678901", fx.ups()] * 4
