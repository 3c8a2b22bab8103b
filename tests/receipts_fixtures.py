"""Carrier receipts made for the tests: valid (and invalid) tracking numbers of every format,
receipt PDFs drawn with ReportLab (text and a Code 128 barcode), and "photos" of them: the page
rendered, turned a few degrees, scaled, blurred, noised, saved as JPEG with an EXIF orientation.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageFilter
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from atoz_desktop.core.receipts import checks

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def _complete(body: str, alphabet: str, valid_check) -> str:
    """`body` + the one character of `alphabet` that `valid_check` accepts."""
    for char in alphabet:
        if valid_check(body + char):
            return body + char
    raise AssertionError(f"no check character for {body}")


def s10(serial: str = "12345678", service: str = "LA", country: str = "FR") -> str:
    for digit in "0123456789":
        number = f"{service}{serial}{digit}{country}"
        if checks.s10(number):
            return number
    raise AssertionError(serial)


def ups(body: str = "1Z999AA1012345678") -> str:
    return _complete(body, "0123456789", checks.ups)


def dhl_express(body: str = "123456789") -> str:
    return body + str(int(body) % 7)


def gls(body: str = "12345678901") -> str:
    return _complete(body, "0123456789", checks.gls)


def identcode(body: str = "56310243031") -> str:
    return _complete(body, "0123456789", checks.identcode)


def dhl_sscc(body: str = "0034043412345678901") -> str:
    return _complete(body, "0123456789", checks.gs1)


def dpd_label(parcel: str = "01234567890123", postcode: str = "0075001") -> str:
    """The 28 characters printed under a DPD label's barcode: postal code, parcel number,
    service and country, then the MOD 37,36 check character."""
    data = f"{postcode}{parcel}101250"
    return data + checks.mod37_36_char(data)


def wrong_last(number: str) -> str:
    """The same number with its last character changed: its check digit no longer holds."""
    last = number[-1]
    replacement = (
        "0123456789"[("0123456789".index(last) + 1) % 10]
        if last.isdigit()
        else ("A" if last != "A" else "B")
    )
    return number[:-1] + replacement


def receipt_pdf(
    lines: list[str],
    barcode: str | None = None,
    qr_code: str | None = None,
    pages: int = 1,
    barcode_on_page: int = 0,
) -> bytes:
    """A receipt: its lines of text at the top, then a Code 128 barcode (and a QR code)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for page in range(pages):
        y = height - 30 * mm
        pdf.setFont("Helvetica", 12)
        for line in lines if page == 0 else [f"Page {page + 1}"]:
            pdf.drawString(20 * mm, y, line)
            y -= 7 * mm
        if barcode is not None and page == barcode_on_page:
            symbol = code128.Code128(barcode, barHeight=18 * mm, barWidth=0.45 * mm)
            symbol.drawOn(pdf, 20 * mm, y - 30 * mm)
        if qr_code is not None and page == barcode_on_page:
            widget = qr.QrCodeWidget(qr_code)
            drawing = Drawing(40 * mm, 40 * mm)
            drawing.add(widget)
            drawing.scale(40 * mm / 100, 40 * mm / 100)  # the widget is drawn 100 points wide
            drawing.drawOn(pdf, 120 * mm, y - 45 * mm)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def render(pdf: bytes, dpi: int = 150) -> Image.Image:
    """The first page as a picture (as a scanner or a screenshot would give it)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


_T = Image.Transpose
#: EXIF orientation -> how the pixels are stored, for a picture that is upright when shown.
_STORED = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM, 5: _T.TRANSPOSE,
           6: _T.ROTATE_90, 7: _T.TRANSVERSE, 8: _T.ROTATE_270}  # fmt: skip


def photograph(
    page: Image.Image,
    angle: float = 4.0,
    scale: float = 1.0,
    noise: int = 18,
    blur: float = 0.6,
    orientation: int | None = None,
    fmt: str = "JPEG",
    seed: int = 7,
) -> bytes:
    """A phone photo of the page: turned `angle` degrees on a grey table, scaled, blurred and
    noised; saved as JPEG (or PNG). With `orientation`, the pixels are stored turned and the EXIF
    orientation says how to show them upright, as phones do."""
    rng = random.Random(seed)
    image = page.convert("RGB")
    if scale != 1.0:
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    image = image.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(96, 96, 96)
    )
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        speckle = Image.effect_noise(image.size, noise).convert("RGB")
        image = Image.blend(image, speckle, 0.12)
    _ = rng
    exif = Image.Exif()
    if orientation is not None and orientation != 1:
        # Stored as the camera wrote it: the inverse of what showing it upright does (6:
        # shown turned 90° clockwise, so stored turned the other way; 2, 4, 5, 7 mirrored).
        image = image.transpose(_STORED[orientation])
        exif[0x0112] = orientation
    out = io.BytesIO()
    if fmt == "JPEG":
        image.save(out, "JPEG", quality=88, exif=exif.tobytes())
    else:
        image.save(out, fmt)
    return out.getvalue()


def screenshot(lines: list[str], width: int = 1280, banner: str = "Suivi de votre colis") -> bytes:
    """A tracking page as a browser shows it, saved as PNG: a coloured banner with white text,
    then lines of 17 px text (DejaVu Sans, the program's own font), no barcode."""
    from PIL import ImageDraw, ImageFont

    from atoz_desktop import resources_dir

    fonts = resources_dir() / "fonts"
    bold = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 22)
    plain = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), 17)
    image = Image.new("RGB", (width, 140 + 34 * len(lines)), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 64), fill=(40, 60, 140))
    draw.text((32, 18), banner, font=bold, fill=(255, 255, 255))
    y = 100
    for line in lines:
        draw.text((48, y), line, font=plain, fill=(30, 30, 30))
        y += 34
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def scanned_pdf(pages: list[list[str]], dpi: int = 150) -> bytes:
    """A scan: each page's lines drawn (ReportLab), rendered at `dpi` as a scanner would, a
    little noised, and the pictures wrapped in a PDF (Pillow) with no text layer at all."""
    scans = []
    for lines in pages:
        page = render(receipt_pdf(lines), dpi=dpi).convert("L")
        speckle = Image.effect_noise(page.size, 12)
        scans.append(Image.blend(page, speckle, 0.08))
    out = io.BytesIO()
    scans[0].save(out, "PDF", save_all=True, append_images=scans[1:], resolution=float(dpi))
    return out.getvalue()
