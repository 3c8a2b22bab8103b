"""Barcodes on a picture (a photo, a screenshot, a rendered PDF page): what they carry.

zxing-cpp reads 1D codes (Code 128 above all, on every carrier label and deposit receipt; also
Code 39, ITF, EAN) and 2D codes (QR, Data Matrix, PDF417, Aztec) in any direction, in a photo
taken askew, from a Pillow image, without a system library (its wheels carry the C++ library).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

#: A picture is searched first at most this big (fast: a quarter of a second), then, when
#: nothing was found and it is much larger, again at most `SECOND_PIXELS` (a label photographed
#: from afar has narrow bars that need the pixels). A 12 MP photo takes under 2 s either way.
FIRST_PIXELS = 3_000_000
SECOND_PIXELS = 8_000_000


def _formats() -> Any:  # zxingcpp formats; zxingcpp is imported only when a picture is read
    import zxingcpp

    f = zxingcpp.BarcodeFormat
    return (f.Code128, f.Code39, f.Code93, f.ITF, f.EAN13, f.QRCode, f.MicroQRCode,
            f.DataMatrix, f.PDF417, f.Aztec)  # fmt: skip


def read_codes(image: Image.Image, fuller: Callable[[], Image.Image] | None = None) -> list[str]:
    """The text of every barcode zxing-cpp finds in the picture, in the order found, each once.
    `fuller` gives the same picture with more pixels, for the second search (a JPEG is first
    decoded reduced, which is much faster, and whole only when that second search needs it)."""
    return first_search(image) or second_search(image, fuller)


def first_search(image: Image.Image) -> list[str]:
    """The barcodes found with the picture searched at most FIRST_PIXELS."""
    return _search(image, FIRST_PIXELS)


def second_search(image: Image.Image, fuller: Callable[[], Image.Image] | None = None) -> list[str]:
    """The barcodes found with the picture (or `fuller`'s) searched at most SECOND_PIXELS, when
    it is much larger than the first search saw (else nothing more can be found)."""
    big = fuller() if fuller is not None else image
    if big.width * big.height > 2 * FIRST_PIXELS:
        return _search(big, SECOND_PIXELS)
    return []


def _search(image: Image.Image, pixels: int) -> list[str]:
    import zxingcpp

    gray = image.convert("L")
    if gray.width * gray.height > pixels:
        ratio = (pixels / (gray.width * gray.height)) ** 0.5
        size = (max(1, int(gray.width * ratio)), max(1, int(gray.height * ratio)))
        gray = gray.resize(size, Image.Resampling.BOX)
    try:
        found = zxingcpp.read_barcodes(gray, formats=_formats())
    except Exception as exc:  # a decoder error is not the seller's problem: nothing read
        log.info("zxing-cpp: %s: %s", type(exc).__name__, exc)
        return []
    return list(dict.fromkeys(b.text for b in found if b.text))
