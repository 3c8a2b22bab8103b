"""Images: soundness checks that refuse truncated files and decompression bombs, the date a
photo was taken, and upright thumbnails.

Every function takes bytes and returns plain values, so the GUI can call them from a worker
thread. Pillow's `MAX_IMAGE_PIXELS` is checked here explicitly (no process-wide warning filters,
which are not thread-safe).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

import pillow_heif
from PIL import Image, ImageFile, UnidentifiedImageError

from atoz_desktop.core.evidence.sniff import GIF, HEIC, JPEG, TIFF
from atoz_desktop.core.i18n import _

pillow_heif.register_heif_opener()

#: Above the largest phone sensors (200 MP), far below what a forged header claims.
MAX_IMAGE_PIXELS = 210_000_000
# Pillow raises DecompressionBombError at twice its limit, before decoding anything; our own
# check below refuses everything over MAX_IMAGE_PIXELS.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

_EXIF_IFD = 0x8769
_MAKE, _MODEL, _ORIENTATION = 0x010F, 0x0110, 0x0112
_DATETIME_ORIGINAL, _OFFSET_TIME_ORIGINAL = 0x9003, 0x9011
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


class BadImage(ValueError):
    """The image cannot be used; the message says why, for the user."""


def _reason(exc: Exception) -> str:
    if "truncat" in str(exc).lower():
        return _("the image is truncated (the file was cut short)")
    return _("the image is damaged ({error})").format(error=exc)


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
    with image:
        turn = _TRANSPOSE.get(orientation(image))
        if image.format == "JPEG":
            image.draft("RGB", (size, size))
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
        turn = _TRANSPOSE.get(orientation(image))
        frames = []
        try:
            for number in range(min(count, max_frames)):
                if number:
                    image.seek(number)
                if image.format == "JPEG":
                    image.draft("RGB", (max_side, max_side))
                frame = image.copy() if count > 1 else image
                frame.thumbnail((max_side, max_side))  # bicubic after draft: print quality
                frames.append(_print_jpeg(frame, turn, quality))
        except BadImage:
            raise
        except Exception as exc:
            raise BadImage(_reason(exc)) from None
    return frames, count


def _print_jpeg(frame: Image.Image, turn: Image.Transpose | None, quality: int) -> PrintFrame:
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
