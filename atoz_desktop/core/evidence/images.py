"""Images: soundness checks that refuse truncated files and decompression bombs, the date a
photo was taken, and upright thumbnails.

Every function takes bytes and returns plain values, so the GUI can call them from a worker
thread. Pillow's `MAX_IMAGE_PIXELS` is checked here explicitly (no process-wide warning filters,
which are not thread-safe).

Pillow and pillow-heif are imported at the first image, not with this module: the window
imports it at start and shows no image before a claim with one is opened (`_pillow`).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from atoz_desktop.core.evidence.sniff import GIF, HEIC, JPEG, TIFF
from atoz_desktop.core.i18n import _

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

#: Above the largest phone sensors (200 MP), far below what a forged header claims. Only a
#: JPEG can be that big: it is decoded reduced (`draft`), at most an eighth of each side.
MAX_IMAGE_PIXELS = 210_000_000
#: Any other image is decoded at full size, 4 bytes a pixel in Pillow: 50 MP is 200 MB, above
#: a 48 MP phone photo (HEIC) or a 600 dpi A4 scan, and what a file of a few hundred kilobytes
#: can claim to be (a "decompression bomb") is refused before a byte of it is decoded.
MAX_DECODE_PIXELS = 50_000_000
#: Decodes above this many pixels take their turn, one at a time in the whole program: four
#: thumbnail threads decoding four 50 MP scans at once would need 800 MB.
_BIG_DECODE = 16_000_000
_big_decodes = threading.BoundedSemaphore(1)
#: EXIF dates outside these years are a camera's garbage (or a forger's), not when it was taken.
_PLAUSIBLE_YEARS = range(1900, 2200)

_EXIF_IFD = 0x8769
_MAKE, _MODEL, _ORIENTATION = 0x010F, 0x0110, 0x0112
_DATETIME_ORIGINAL, _OFFSET_TIME_ORIGINAL = 0x9003, 0x9011
#: EXIF orientation → the `Image.Transpose` member that turns the image upright.
_TRANSPOSE = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}
_pillow_lock = threading.Lock()
_pillow_ready = False


def prepare() -> None:
    """Import and set up the image stack now (the window's warm-up, after its first frame), so
    that the first photo dropped does not wait for it."""
    _pillow()


def _pillow() -> None:
    """Import Pillow and set it up once: the HEIF opener (pillow-heif), and the pixel limit
    at which Pillow itself raises DecompressionBombError (at twice it, before decoding
    anything; our own check in `_open` refuses everything over MAX_IMAGE_PIXELS)."""
    global _pillow_ready
    if _pillow_ready:
        return
    with _pillow_lock:
        if not _pillow_ready:
            import pillow_heif
            from PIL import Image

            pillow_heif.register_heif_opener()
            Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
            _pillow_ready = True


def _upright_turn(image: Image.Image) -> Image.Transpose | None:
    """What turns `image` upright (None: it is)."""
    from PIL import Image

    name = _TRANSPOSE.get(orientation(image))
    return None if name is None else Image.Transpose[name]


class BadImage(ValueError):
    """The image cannot be used; the message says why, for the user."""


def _reason(exc: BaseException) -> str:
    """The seller's words for what the decoder said (its own words go to the log)."""
    log.info("image decoder: %s: %s", type(exc).__name__, str(exc)[:200])
    if "truncat" in str(exc).lower():
        return _("the image is truncated (the file was cut short)")
    return _("the image is damaged: its pixels cannot be decoded")


@contextmanager
def _decoding(image: Image.Image) -> Iterator[None]:
    """Hold the big-decode turn while `image` is decoded, if it is big and not a JPEG."""
    width, height = image.size
    if image.format == "JPEG" or width * height <= _BIG_DECODE:
        yield
        return
    with _big_decodes:
        yield


@dataclass(frozen=True, slots=True)
class ImageFacts:
    width: int
    height: int
    page_count: int
    #: EXIF DateTimeOriginal; naive when the camera wrote no offset (the caller assumes the
    #: workspace's time zone).
    taken_at: datetime | None
    from_camera: bool


def _open(data: bytes) -> Image.Image:
    _pillow()
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise BadImage(_("its header claims absurd dimensions (a decompression bomb)")) from None
    except UnidentifiedImageError:
        raise BadImage(_("the image is damaged: no image reader recognises its content")) from None
    except Exception as exc:
        raise BadImage(_reason(exc)) from None
    width, height = image.size
    if width <= 0 or height <= 0:
        raise BadImage(_("the image has no pixels"))
    if width * height > MAX_IMAGE_PIXELS:
        raise BadImage(
            _(
                "its header claims absurd dimensions ({width}×{height} pixels, a decompression "
                "bomb)"
            ).format(width=width, height=height)
        )
    if image.format != "JPEG" and width * height > MAX_DECODE_PIXELS:
        raise BadImage(
            _(
                "it is too large to open safely: {width}×{height} pixels; a picture that is not "
                "a JPEG may have up to {limit} megapixels"
            ).format(width=width, height=height, limit=MAX_DECODE_PIXELS // 1_000_000)
        )
    return image


def _taken_at(exif: Image.Exif) -> datetime | None:
    try:
        ifd = exif.get_ifd(_EXIF_IFD)
    except Exception:
        return None
    text = ifd.get(_DATETIME_ORIGINAL)
    if not isinstance(text, str):
        return None
    try:
        value = datetime.strptime(text.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if value.year not in _PLAUSIBLE_YEARS:
        return None
    offset = ifd.get(_OFFSET_TIME_ORIGINAL)
    if isinstance(offset, str):
        value = value.replace(tzinfo=_offset(offset.strip("\x00 ")))
    return value


def _offset(text: str) -> tzinfo | None:
    """'+02:00' as a fixed offset; None when unreadable."""
    try:
        sign = -1 if text[0] == "-" else 1
        hours, minutes = text[1:].split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    except (ValueError, IndexError):
        return None


def check_image(data: bytes, mime: str) -> ImageFacts:
    """Decode the whole image (the first frame of a multi-page file) to prove it is complete.

    `verify()` catches broken PNG chunks; `load()` with LOAD_TRUNCATED_IMAGES off catches a file
    cut short. JPEGs decode at a reduced scale (`draft`), which still reads every byte.
    """
    _pillow()
    from PIL import Image, ImageFile

    if ImageFile.LOAD_TRUNCATED_IMAGES:  # set by someone else: our checks rely on it off
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must stay False")
    image = _open(data)
    try:
        image.verify()
    except Exception as exc:
        raise BadImage(_reason(exc)) from None
    image = _open(data)
    with image:
        width, height = image.size
        exif = image.getexif()
        try:
            if mime == JPEG:
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            with _decoding(image):
                image.load()
            pages = getattr(image, "n_frames", 1) if mime in (TIFF, GIF, HEIC) else 1
        except Image.DecompressionBombError:
            raise BadImage(_("its dimensions are absurd (a decompression bomb)")) from None
        except Exception as exc:
            raise BadImage(_reason(exc)) from None
    from_camera = bool(exif.get(_MAKE) or exif.get(_MODEL))
    return ImageFacts(width, height, int(pages), _taken_at(exif), from_camera)


def orientation(image: Image.Image) -> int:
    """EXIF orientation 1–8; anything else (0, garbage, none) is 'as stored'."""
    try:
        value = int(image.getexif().get(_ORIENTATION, 1))
    except (TypeError, ValueError):
        return 1
    return value if value in _TRANSPOSE else 1


def thumbnail_bytes(data: bytes, size: int = 256) -> bytes:
    """An upright thumbnail that fits in `size`×`size`: JPEG, or PNG when there is
    transparency. The first frame of a multi-page TIFF or GIF."""
    if size < 1:
        raise ValueError("a thumbnail needs a size of at least 1 pixel")
    image = _open(data)
    from PIL import Image

    with image:
        turn = _upright_turn(image)
        if image.format == "JPEG":
            image.draft("RGB", (size, size))
        with _decoding(image):
            image.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=2.0)
        thumb = image
        has_alpha = thumb.mode in ("RGBA", "LA", "PA") or "transparency" in thumb.info
        thumb = thumb.convert("RGBA" if has_alpha else "RGB")
    if turn is not None:
        thumb = thumb.transpose(turn)
    out = io.BytesIO()
    if has_alpha:
        thumb.save(out, "PNG", optimize=False)
    else:
        thumb.save(out, "JPEG", quality=85)
    return out.getvalue()


#: Above this many pixels an image that cannot be decoded reduced (anything but JPEG) is not
#: printed: decoding it would take hundreds of MB for a page printed at 150 dpi.
MAX_PRINT_DECODE_PIXELS = 64_000_000


@dataclass(frozen=True, slots=True)
class PrintFrame:
    """One page of an image, upright, downscaled and encoded as JPEG for printing."""

    data: bytes
    width: int
    height: int


def print_frames(
    data: bytes, max_side: int, quality: int, max_frames: int
) -> tuple[list[PrintFrame], int]:
    """The first `max_frames` pages of an image (one for a photo, each page of a multi-page
    TIFF) as upright RGB JPEGs within `max_side`×`max_side`, transparency on white; and how many
    pages the image has. Raises BadImage for an image that cannot be decoded within bounds."""
    image = _open(data)
    with image:
        count = int(getattr(image, "n_frames", 1)) if image.format == "TIFF" else 1
        width, height = image.size
        if image.format != "JPEG" and width * height > MAX_PRINT_DECODE_PIXELS:
            raise BadImage(
                _("{width}×{height} pixels is too large to print").format(
                    width=width, height=height
                )
            )
        turn = _upright_turn(image)
        frames = []
        try:
            for number in range(min(count, max_frames)):
                if number:
                    image.seek(number)
                if image.format == "JPEG":
                    image.draft("RGB", (max_side, max_side))
                with _decoding(image):
                    frame = image.copy() if count > 1 else image
                    frame.thumbnail((max_side, max_side))  # bicubic after draft: print quality
                    frames.append(_print_jpeg(frame, turn, quality))
        except BadImage:
            raise
        except Exception as exc:
            raise BadImage(_reason(exc)) from None
    return frames, count


def _print_jpeg(frame: Image.Image, turn: Image.Transpose | None, quality: int) -> PrintFrame:
    from PIL import Image

    if frame.mode in ("RGBA", "LA", "PA", "P") or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = frame.convert("RGB")
    if turn is not None:
        flat = flat.transpose(turn)
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=quality)
    return PrintFrame(out.getvalue(), flat.width, flat.height)
