"""`read_receipt`: what a carrier document says, read offline, in bounded time and memory.

A PDF gives its text layer and its rendered pages (barcodes drawn as vectors or scanned), and
the text recognised (OCR, `ocr`) on its scanned pages; a photo or a screenshot gives its barcodes
and its recognised text; a text file its text. The carrier's name anywhere in
the document decides between colliding number formats (see `numbers`). Nothing is written
anywhere: the caller proposes what was read, the seller confirms.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PIL import Image

from atoz_desktop.core.evidence import sniff
from atoz_desktop.core.evidence.images import BadImage, check_image, orientation
from atoz_desktop.core.i18n import N_, _
from atoz_desktop.core.receipts import barcodes, numbers, ocr
from atoz_desktop.core.receipts.dates import (
    DELIVERED,
    SHIPPED,
    FoundDate,
    Signature,
    dated,
    find_dates,
    find_signature,
    mend_recognised,
)
from atoz_desktop.core.receipts.formats import CARRIER_BY_CODE
from atoz_desktop.core.receipts.pdfpages import MAX_PAGES, UnreadablePdf, read_pdf

#: Pixels decoded to read a photo: a 12 MP photo is read whole, a 48 MP one reduced (a JPEG is
#: decoded reduced, which costs less than decoding it whole).
READ_PIXELS = 16_000_000
#: A text file is read up to here (a tracking page saved as text, a pasted mail).
MAX_TEXT_BYTES = 1_000_000
#: The version of the reading recipe a stored reading was made with (`as_stored`): 2 reads
#: the text of photos, screenshots and scanned pages (OCR), 1 read their barcodes only.
STORED_VERSION = 2
#: Pictures (scanned pages, a TIFF's frames) whose text is recognised, and the time all of
#: them may take together (one takes under a second; a hostile document is stopped).
MAX_OCR_PAGES = 4
OCR_BUDGET_S = 40.0

_SOURCES = {
    numbers.BARCODE: N_("from the barcode"),
    numbers.TEXT: N_("from the text"),
    numbers.OCR: N_("from text recognition"),
}
_NO_CHECK_DIGIT = N_("its format has no check digit")
_CERTAINTIES = {
    numbers.CERTAIN: N_("check digit valid"),
    numbers.LIKELY: N_("not verified"),
    numbers.DOUBTFUL: N_("doubtful"),
}


class ReceiptError(ValueError):
    """The file cannot be read at all (damaged, protected, not a document); the message says
    why, for the seller. A document with nothing recognisable in it is not an error."""


@dataclass(frozen=True, slots=True)
class ReceiptReading:
    carrier: str | None  # a carrier code of `formats.CARRIERS`
    tracking_number: str | None
    check_digit_valid: bool | None  # None: no number, or its format publishes no check digit
    certainty: str | None  # numbers.CERTAIN, LIKELY or DOUBTFUL
    source: str | None  # "barcode", "text" or "ocr": where the number was read
    dates: tuple[FoundDate, ...] = ()
    signature: Signature | None = None
    candidates: tuple[numbers.Candidate, ...] = ()  # every number found, best first
    barcodes: tuple[str, ...] = ()  # what every barcode carried
    pages_read: int = 0
    page_count: int = 0
    text: str = field(default="", repr=False)
    #: Text recognition (OCR) of its pictures: None when none was needed (a text layer, a text
    #: file), else ocr.DONE, UNAVAILABLE (Tesseract is not installed: read from the barcodes
    #: only), TIMED_OUT or FAILED.
    recognition: str | None = None

    @property
    def recognition_missing(self) -> bool:
        """Pictures were read without their text: text recognition is not installed."""
        return self.recognition == ocr.UNAVAILABLE

    @property
    def carrier_name(self) -> str | None:
        return _(CARRIER_BY_CODE[self.carrier].name) if self.carrier else None

    @property
    def shipped(self) -> date | datetime | None:
        return dated(list(self.dates), SHIPPED)

    @property
    def delivered(self) -> date | datetime | None:
        return dated(list(self.dates), DELIVERED)

    @property
    def certain(self) -> bool:
        return self.certainty == numbers.CERTAIN

    def summary(self) -> str:
        """One line for the seller: "Colissimo 6A12345678901, shipped 24/11/2026 — from the
        barcode (not verified)"."""
        if self.tracking_number is None:
            what = _("no tracking number found")
        elif self.carrier_name is None:
            what = _("tracking number {number} (carrier not named)").format(
                number=self.tracking_number
            )
        else:
            what = f"{self.carrier_name} {self.tracking_number}"
        parts = [what]
        if self.shipped is not None:
            parts.append(_("shipped {date}").format(date=_day(self.shipped)))
        if self.delivered is not None:
            parts.append(_("delivered {date}").format(date=_day(self.delivered)))
        if self.signature is not None:
            parts.append(
                _("signed by {name}").format(name=self.signature.name)
                if self.signature.name
                else _("signed for")
            )
        line = ", ".join(parts)
        if self.source is not None and self.certainty is not None:
            # Punctuation only, the same in French: the words are translated.
            source, certainty = _(_SOURCES[self.source]), _(_CERTAINTIES[self.certainty])
            if self.certainty == numbers.LIKELY and self.check_digit_valid is None and (
                self.carrier is not None
            ):
                certainty = _(_NO_CHECK_DIGIT)  # nothing to verify: the shape says the carrier
            line = f"{line} — {source} ({certainty})"
        return line

    def as_json(self) -> dict[str, Any]:
        return {
            "carrier": self.carrier,
            "carrier_name": self.carrier_name,
            "tracking_number": self.tracking_number,
            "check_digit_valid": self.check_digit_valid,
            "certainty": self.certainty,
            "source": self.source,
            "dates": {"shipped": _iso(self.shipped), "delivered": _iso(self.delivered)},
            "all_dates": [
                {"date": _iso(d.when), "kind": d.kind, "text": d.text} for d in self.dates
            ],  # fmt: skip
            "signed": self.signature is not None,
            "signed_by": self.signature.name if self.signature else None,
            "candidates": [
                {
                    "tracking_number": c.number,
                    "carrier": c.carrier,
                    "carriers": list(c.carriers),
                    "format": c.format,
                    "check_digit_valid": c.check_digit_valid,
                    "certainty": c.certainty,
                    "source": c.source,
                }
                for c in self.candidates
            ],  # fmt: skip
            "barcodes": list(self.barcodes),
            "pages_read": self.pages_read,
            "page_count": self.page_count,
            "text_recognition": self.recognition,
        }

    def as_stored(self) -> dict[str, Any]:
        """What the workspace keeps of a reading (`from_stored` gives it back): the JSON form,
        the signature's line, and the recipe's version, so a better reader can read again."""
        data = self.as_json()
        data["version"] = STORED_VERSION
        data["signature_text"] = self.signature.text if self.signature else None
        return data

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> ReceiptReading:
        """The reading `as_stored` kept (the document's text is not kept)."""
        signature = (
            Signature(data.get("signed_by"), data.get("signature_text") or "")
            if data.get("signed")
            else None
        )
        return cls(
            carrier=data.get("carrier"),
            tracking_number=data.get("tracking_number"),
            check_digit_valid=data.get("check_digit_valid"),
            certainty=data.get("certainty"),
            source=data.get("source"),
            dates=tuple(
                FoundDate(_from_iso(d["date"]), d.get("kind"), d.get("text", ""))
                for d in data.get("all_dates", [])
                if d.get("date")
            ),
            signature=signature,
            candidates=tuple(
                numbers.Candidate(
                    c["tracking_number"],
                    c.get("carrier"),
                    tuple(c.get("carriers", ())),
                    c.get("format", ""),
                    c.get("check_digit_valid"),
                    c["certainty"],
                    c.get("source", numbers.TEXT),
                    False,
                )
                for c in data.get("candidates", [])
            ),  # fmt: skip
            barcodes=tuple(data.get("barcodes", ())),
            pages_read=int(data.get("pages_read", 0)),
            page_count=int(data.get("page_count", 0)),
            recognition=data.get("text_recognition"),
        )


def _day(value: date | datetime) -> str:
    return value.strftime("%d/%m/%Y")


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def read_receipt(data: bytes, media_type: str | None = None) -> ReceiptReading:
    """Read a carrier receipt, label, proof of delivery or tracking screenshot. `media_type` is
    the sniffed type (`evidence.sniff`); None sniffs it here. Raises ReceiptError for a file that
    cannot be read; a readable one without a tracking number gives a reading without one."""
    if media_type is None:
        try:
            media_type = sniff.sniff(data)
        except sniff.UnsupportedType as exc:
            raise ReceiptError(str(exc)) from None
    pictures: list[tuple[Image.Image, Callable[[], Image.Image] | None]]
    if media_type == sniff.PDF:
        try:
            content = read_pdf(data)
        except UnreadablePdf as exc:
            raise ReceiptError(str(exc)) from None
        text, count = content.text, content.page_count
        pictures = [(page, None) for page in content.pages]
        scanned = list(content.scanned)
    elif media_type in sniff.IMAGE_TYPES:
        pictures, count = _pictures(data, media_type)
        text, scanned = "", [True] * len(pictures)
    elif media_type == sniff.TEXT:
        text, pictures, count, scanned = _text(data[:MAX_TEXT_BYTES]), [], 1, []
    else:
        raise ReceiptError(_("a receipt is read from a PDF, an image or a text file"))
    codes: list[str] = []
    recognised: list[str] = []
    statuses: list[str] = []
    deadline = time.monotonic() + OCR_BUDGET_S
    for (picture, fuller), to_recognise in zip(pictures, scanned, strict=True):
        found = barcodes.first_search(picture)
        page_text = ""
        if to_recognise and _may_recognise(statuses, deadline):
            page_text = _recognise(barcodes.hidden(picture, found), statuses, deadline)
            recognised.append(page_text)
        if not found and not _decided(page_text):
            found = barcodes.second_search(picture, fuller)
        codes.extend(c.text for c in found if c.text not in codes)
    status = next((s for s in _WORST_FIRST if s in statuses), None)
    return interpret(text, codes, numbers.TEXT, len(pictures) or min(count, 1), count,
                     recognised="\f".join(recognised), recognition=status)  # fmt: skip


#: What a reading says of its text recognition when its pictures fared differently.
_WORST_FIRST = (ocr.UNAVAILABLE, ocr.TIMED_OUT, ocr.FAILED, ocr.DONE)


def _recognise(picture: Image.Image, statuses: list[str], deadline: float) -> str:
    """The picture's recognised text (its status added to `statuses`). When it shows neither a
    tracking number nor a date but letters, the picture may be turned (a page scanned sideways,
    no EXIF orientation): Tesseract's orientation detection says so, and it is read again
    turned upright."""
    left = min(ocr.TIMEOUT_S, deadline - time.monotonic())
    recognition = ocr.recognise(picture, timeout=left)
    statuses.append(recognition.status)
    text = mend_recognised(recognition.text)
    if recognition.status != ocr.DONE or _useful(text) or sum(c.isalnum() for c in text) < 12:
        return text
    if deadline - time.monotonic() < 2.0:
        return text
    turned = ocr.upright(picture, timeout=min(ocr.TIMEOUT_S, deadline - time.monotonic()))
    if turned is None or deadline - time.monotonic() < 1.0:
        return text
    again = ocr.recognise(turned, timeout=min(ocr.TIMEOUT_S, deadline - time.monotonic()))
    if again.status != ocr.DONE:
        return text
    mended = mend_recognised(again.text)
    return mended if _useful(mended) else text


def _useful(text: str) -> bool:
    """Whether recognised text shows a tracking number or a date."""
    named = numbers.named_carriers(text)
    return bool(numbers.in_text(text, named, numbers.OCR)) or bool(find_dates(text))


def _may_recognise(statuses: list[str], deadline: float) -> bool:
    """Whether one more picture's text is recognised: not past MAX_OCR_PAGES or the time
    budget, and not after one that found no Tesseract or had to be stopped."""
    if len(statuses) >= MAX_OCR_PAGES or deadline - time.monotonic() < 1.0:
        return False
    return not any(s in (ocr.UNAVAILABLE, ocr.TIMED_OUT) for s in statuses)


def _decided(recognised: str) -> bool:
    """Whether a picture's recognised text shows a number of a carrier it names: then no
    second, slower barcode search is made (a 12 MP photo stays within 2 s)."""
    if not recognised.strip():
        return False
    found = numbers.in_text(recognised, numbers.named_carriers(recognised), numbers.OCR)
    return bool(found) and found[0].carrier is not None and found[0].certainty != numbers.DOUBTFUL


def interpret(
    text: str,
    codes: list[str],
    text_source: str,
    pages_read: int = 1,
    page_count: int = 1,
    recognised: str = "",
    recognition: str | None = None,
) -> ReceiptReading:
    """A reading from the document's text (from its text layer, or from OCR when
    `text_source` says so), the text recognised on its pictures (OCR, `recognised`) and what
    its barcodes carried."""
    everything = "\f".join(t for t in (text, recognised) if t)
    named = numbers.named_carriers(everything + "\n" + "\n".join(codes))
    found = numbers.merge(
        *(numbers.in_code(code, named) for code in codes),
        numbers.in_text(text, named, text_source),
        numbers.in_text(recognised, named, numbers.OCR),
    )
    best = found[0] if found else None
    return ReceiptReading(
        carrier=best.carrier if best else None,
        tracking_number=best.number if best else None,
        check_digit_valid=best.check_digit_valid if best else None,
        certainty=best.certainty if best else None,
        source=best.source if best else None,
        dates=tuple(find_dates(everything)),
        signature=find_signature(everything),
        candidates=tuple(found),
        barcodes=tuple(codes),
        pages_read=pages_read,
        page_count=page_count,
        text=everything,
        recognition=recognition,
    )


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _pictures(
    data: bytes, media_type: str
) -> tuple[list[tuple[Image.Image, Callable[[], Image.Image] | None]], int]:
    """The frames of an image (the pages of a multi-page TIFF), upright, grayscale, at most
    READ_PIXELS; a JPEG first decoded reduced to about FIRST_PIXELS (an eighth of the time), with
    the means to decode it fuller for the second barcode search."""
    try:
        facts = check_image(data, media_type)  # refuses bombs and damaged files, as intake does
    except BadImage as exc:
        raise ReceiptError(str(exc)) from None
    if media_type == sniff.JPEG:
        first = _jpeg(data, barcodes.FIRST_PIXELS)
        return [(first, lambda: _jpeg(data, barcodes.SECOND_PIXELS))], 1
    frames: list[tuple[Image.Image, Callable[[], Image.Image] | None]] = []
    try:
        with Image.open(io.BytesIO(data)) as image:
            turn = orientation(image)
            for number in range(min(facts.page_count, MAX_PAGES)):
                if number:
                    image.seek(number)
                frames.append((_upright(_bounded(image.convert("L")), turn), None))
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReceiptError(_("the image is damaged: its pixels cannot be decoded")) from exc
    return frames, facts.page_count


def _jpeg(data: bytes, pixels: int) -> Image.Image:
    """A JPEG decoded in grayscale at the smallest of its reduced scales that keeps `pixels`."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            turn = orientation(image)
            if image.width * image.height > pixels:
                ratio = (pixels / (image.width * image.height)) ** 0.5
                image.draft("L", (int(image.width * ratio), int(image.height * ratio)))
            return _upright(_bounded(image.convert("L")), turn)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReceiptError(_("the image is damaged: its pixels cannot be decoded")) from exc


def _bounded(frame: Image.Image) -> Image.Image:
    if frame.width * frame.height <= READ_PIXELS:
        return frame
    ratio = (READ_PIXELS / (frame.width * frame.height)) ** 0.5
    return frame.resize((int(frame.width * ratio), int(frame.height * ratio)))


#: EXIF orientation -> the transpose that shows the picture upright (as evidence/images.py),
#: the mirrored ones (2, 4, 5, 7: a front camera, a scanner's mirror) too. zxing-cpp reads a
#: mirrored or turned code anyway (tests: every orientation, Code 128 and QR); the picture is
#: made upright so that text recognition (OCR) gets text the right way round.
_TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(frame: Image.Image, turn: int) -> Image.Image:
    transpose = _TURNS.get(turn)
    return frame.transpose(transpose) if transpose is not None else frame
