"""Evidence files without a database: type sniffing, soundness checks, EXIF dates and upright
thumbnails, on files built in the tests."""

from __future__ import annotations

import io
import time
import tracemalloc
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from atoz_desktop.core.evidence.checks import BadFile, check_bytes
from atoz_desktop.core.evidence.images import thumbnail_bytes
from atoz_desktop.core.evidence.kinds import guess_kind
from atoz_desktop.core.evidence.pdf import PASSWORD_WARNING
from atoz_desktop.core.evidence.sniff import UnsupportedType, sniff
from tests import fixtures_evidence as fx

LIMIT = 50_000_000


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (fx.pdf(), "application/pdf"),
        (fx.jpeg(), "image/jpeg"),
        (fx.png(), "image/png"),
        (fx.heic(), "image/heic"),
        (fx.tiff(2), "image/tiff"),
        (fx.webp(), "image/webp"),
        (fx.gif(), "image/gif"),
        ("Reçu de dépôt La Poste\n".encode("cp1252"), "text/plain"),
        ("Reçu de dépôt La Poste\n".encode(), "text/plain"),
    ],
)
def test_types_are_read_from_the_content(data, mime):
    assert sniff(data) == mime


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (fx.zip_file(), "Word document"),
        (b"PK\x03\x04garbage", "ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Office document"),
        (b"BM" + bytes(60), "BMP"),
        (b"<!DOCTYPE html><html><body>Suivi</body></html>", "web page"),
        (bytes(range(256)), "not a PDF, image or text"),
        (b"\x00\x00\x00\x18ftypmp42" + bytes(20), "video"),
    ],
)
def test_unsupported_types_are_named(data, named):
    with pytest.raises(UnsupportedType, match="unsupported type") as caught:
        sniff(data)
    assert named in str(caught.value)


def test_a_pdf_with_junk_before_its_header_is_still_a_pdf():
    assert sniff(b"\r\n\r\n" + fx.pdf()) == "application/pdf"


def test_sound_files_give_their_facts():
    assert check_bytes(fx.tiff(3), LIMIT).page_count == 3
    assert check_bytes(fx.pdf(4), LIMIT).page_count == 4
    facts = check_bytes(fx.heic(taken="2026:11:02 09:15:00"), LIMIT)
    assert facts.mime == "image/heic" and facts.taken_at == datetime(2026, 11, 2, 9, 15)
    facts = check_bytes(fx.jpeg(taken="2026:11:02 09:15:00", offset="+01:00", camera=True), LIMIT)
    assert facts.from_camera
    assert facts.taken_at == datetime(2026, 11, 2, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_encrypted_pdf_opening_without_password_is_accepted_as_usual():
    facts = check_bytes(fx.pdf(2, user_password=""), LIMIT)
    assert (facts.page_count, facts.warning) == (2, "")


def test_pdf_needing_a_password_is_kept_with_a_warning():
    facts = check_bytes(fx.pdf(2, user_password="secret"), LIMIT)
    assert facts.mime == "application/pdf"
    assert facts.page_count is None and facts.warning == PASSWORD_WARNING


def _refusal(data: bytes, limit: int = LIMIT) -> str:
    with pytest.raises(BadFile) as caught:
        check_bytes(data, limit)
    return str(caught.value)


def test_bad_files_are_refused_with_a_reason():
    assert _refusal(b"") == "the file is empty"
    good = fx.jpeg(fx.upright_picture(400, 300))
    assert "truncated" in _refusal(good[: len(good) * 2 // 3])
    assert "truncated" in _refusal(fx.png(size=(200, 200))[:-30])
    # The library's words ("PdfReadError: EOF marker not found") go to the log, not the seller.
    assert _refusal(b"%PDF-1.7\n" + b"\x8f garbage \x00" * 200) == (
        "the PDF is damaged: it ends unexpectedly (the file was cut short)"
    )
    assert "0.002 MB, over the limit of 0.001 MB" in _refusal(b"x" * 2000, limit=1000)
    assert "Word document" in _refusal(fx.zip_file())


def test_gif_claiming_65535_by_65535_pixels_is_refused_fast_without_allocating():
    tracemalloc.start()
    started = time.perf_counter()
    reason = _refusal(fx.gif_bomb())
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "decompression bomb" in reason
    assert elapsed < 0.5 and peak < 5_000_000


def _colour_at(image: Image.Image, fx_: float, fy: float) -> tuple[int, ...]:
    x, y = int(image.width * fx_), int(image.height * fy)
    return image.convert("RGB").getpixel((x, y))  # type: ignore[return-value]


def _close(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return all(abs(x - y) < 60 for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("orientation", [0, 1, 2, 3, 4, 5, 6, 7, 8])
def test_thumbnails_come_out_upright_for_every_exif_orientation(orientation):
    data = fx.jpeg(orientation=orientation)
    thumb = Image.open(io.BytesIO(thumbnail_bytes(data, 32)))
    assert thumb.size == (32, 16)
    for corner, (x, y) in {
        "top-left": (0.25, 0.25),
        "top-right": (0.75, 0.25),
        "bottom-left": (0.25, 0.75),
        "bottom-right": (0.75, 0.75),
    }.items():
        assert _close(_colour_at(thumb, x, y), fx.QUADRANTS[corner]), (orientation, corner)


def test_thumbnails_of_heic_tiff_gif_and_transparency():
    heic = Image.open(io.BytesIO(thumbnail_bytes(fx.heic(), 30)))
    assert heic.size == (30, 15) and _close(_colour_at(heic, 0.25, 0.25), (255, 0, 0))
    first_page = Image.open(io.BytesIO(thumbnail_bytes(fx.tiff(3), 60)))
    assert first_page.getpixel((5, 5)) in (0, (0, 0, 0))
    assert Image.open(io.BytesIO(thumbnail_bytes(fx.gif(), 64))).size == (10, 10)
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, "PNG")
    assert thumbnail_bytes(out.getvalue(), 16).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("name", "mime", "camera", "kind"),
    [
        ("IMG_0042.HEIC", "image/heic", True, "photo"),
        ("IMG_0042.jpg", "image/jpeg", True, "photo"),
        ("recu-colissimo.pdf", "application/pdf", False, "carrier-receipt"),
        ("Chronopost_depot.jpg", "image/jpeg", True, "carrier-receipt"),
        ("preuve de livraison.pdf", "application/pdf", False, "proof-of-delivery"),
        ("suivi-colis.png", "image/png", False, "tracking-screenshot"),
        ("Facture 2026-114.pdf", "application/pdf", False, "invoice"),
        ("etiquette_retour.pdf", "application/pdf", False, "return-label"),
        ("document.pdf", "application/pdf", False, "attachment"),
        ("notes.txt", "text/plain", False, "attachment"),
    ],
)
def test_kind_is_guessed_from_the_name_then_the_content(name, mime, camera, kind):
    assert guess_kind(name, mime, camera) == kind
