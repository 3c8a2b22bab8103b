"""Barcodes on a picture (a photo, a screenshot, a rendered PDF page): what they carry.

zxing-cpp reads 1D codes (Code 128 above all, on every carrier label and deposit receipt; also
Code 39, ITF, EAN) and 2D codes (QR, Data Matrix, PDF417, Aztec) in any direction, in a photo
taken askew, from a Pillow image, without a system library (its wheels carry the C++ library).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
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


#: A code's box is widened by this share of its longer side (a 1D code's position covers part
#: of its bars' height) and a few pixels, so that its bars are hidden whole from OCR.
_BOX_MARGIN = 0.12


@dataclass(frozen=True, slots=True)
class Code:
    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom, in the picture searched


def read_codes(image: Image.Image, fuller: Callable[[], Image.Image] | None = None) -> list[str]:
    """The text of every barcode zxing-cpp finds in the picture, in the order found, each once.
    `fuller` gives the same picture with more pixels, for the second search (a JPEG is first
    decoded reduced, which is much faster, and whole only when that second search needs it)."""
    return [c.text for c in first_search(image) or second_search(image, fuller)]


def first_search(image: Image.Image) -> list[Code]:
    """The barcodes found with the picture searched at most FIRST_PIXELS."""
    return _search(image, FIRST_PIXELS)


def second_search(
    image: Image.Image, fuller: Callable[[], Image.Image] | None = None
) -> list[Code]:
    """The barcodes found with the picture (or `fuller`'s) searched at most SECOND_PIXELS, when
    it is much larger than the first search saw (else nothing more can be found). Boxes are
    in `image`'s pixels."""
    big = fuller() if fuller is not None else image
    if big.width * big.height > 2 * FIRST_PIXELS:
        return _scaled(_search(big, SECOND_PIXELS), image.width / big.width)
    return []


def hidden(image: Image.Image, codes: list[Code]) -> Image.Image:
    """The picture with its barcodes painted over (a copy): text recognition reads a code's
    bars as rows of letters, slowly, and its page layout then garbles the text around them."""
    if not codes:
        return image
    from PIL import ImageDraw

    covered = image.copy()
    draw = ImageDraw.Draw(covered)
    fill = 255 if covered.mode == "L" else "white"
    for code in codes:
        draw.rectangle(code.box, fill=fill)
    return covered


def _scaled(codes: list[Code], ratio: float) -> list[Code]:
    if ratio == 1:
        return codes
    return [Code(c.text, (int(c.box[0] * ratio), int(c.box[1] * ratio), int(c.box[2] * ratio) + 1,
                          int(c.box[3] * ratio) + 1)) for c in codes]  # fmt: skip


def _search(image: Image.Image, pixels: int) -> list[Code]:
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
    codes: dict[str, Code] = {}
    for barcode in found:
        if barcode.text and barcode.text not in codes:
            codes[barcode.text] = Code(barcode.text, _box(barcode.position, gray))
    return _scaled(list(codes.values()), image.width / gray.width)


def _box(position: Any, image: Image.Image) -> tuple[int, int, int, int]:
    corners = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    xs, ys = [p.x for p in corners], [p.y for p in corners]
    margin = int(_BOX_MARGIN * max(max(xs) - min(xs), max(ys) - min(ys))) + 6
    return (max(min(xs) - margin, 0), max(min(ys) - margin, 0),
            min(max(xs) + margin, image.width), min(max(ys) + margin, image.height))  # fmt: skip
