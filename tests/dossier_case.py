"""A claim with everything a dossier must print: a signed Colissimo delivery, a conversation
with hostile and long text, offers, and evidence of every type (JPEGs in each EXIF orientation,
HEIC, a 3-page TIFF, a carrier-receipt PDF, a password-protected PDF, a damaged PDF, plain text
and a mail with an attachment). Shared by the core, command-line and window tests.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PIL import Image
from pypdf import PdfReader

from atoz_desktop.core.search import search_text
from atoz_desktop.core.services.claims import add_event, change_status, create_claim
from atoz_desktop.core.services.evidence import add_evidence_bytes
from atoz_desktop.core.services.messages import add_message_bytes, set_seller_addresses
from atoz_desktop.core.services.seller import set_seller_profile
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Evidence, Order, OrderLine, Shipment
from tests import fixtures_evidence as fx

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
ORDER_ID = "402-1234567-7654321"
TRACKING = "6A12345678901"
#: Markup and entities a buyer may type; the dossier must print them exactly.
HOSTILE = (
    'Bonjour <b>Madame</b> &amp; Monsieur, </font><para>colis</para> <img src="x.png"/> '
    "rien reçu\x07\x00 à Łódź, Příbram, Müller, Señor, così — 12,50 € ?"
)
LONG_WORD = "Z" * 5000
ORIENTATIONS = range(1, 9)


@dataclass(frozen=True)
class Case:
    claim_pk: int
    message_pk: int
    offer_pk: int
    photos: dict[int, int]  # EXIF orientation -> evidence id
    receipt_pk: int
    locked_pk: int
    broken_pk: int
    tiff_pk: int
    text_pk: int


def receipt_pdf(pages: int = 2) -> bytes:
    """A carrier's deposit receipt: text and a Code 128 barcode, `pages` pages."""
    from reportlab.graphics.barcode import code128
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(pages):
        canvas.drawString(72, 760, f"Colissimo - preuve de depot {TRACKING} - page {page + 1}")
        code128.Code128(TRACKING, barHeight=40).drawOn(canvas, 72, 680)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def add_case_order(workspace: Workspace) -> None:
    with workspace.session() as session:
        order = Order(
            order_id=ORDER_ID,
            purchase_date=NOW - timedelta(days=14),
            status="Shipped",
            currency="EUR",
            total=Decimal("59.90"),
            buyer_name="Jürgen Müller",
            recipient_name="Jürgen Müller",
            ship_city="München",
            ship_postal_code="80331",
            ship_country="DE",
            sales_channel="Amazon.de",
            fulfillment_channel="Merchant",
            latest_delivery=NOW - timedelta(days=7),
            search_text=search_text([ORDER_ID, "Jürgen Müller", "München"]),
        )
        order.lines.append(
            OrderLine(
                sku="TH-1", product_name="Théière en fonte", quantity=1, item_price=Decimal("59.90")
            )
        )
        order.shipments.append(
            Shipment(
                carrier="Colissimo",
                tracking_number=TRACKING,
                shipped_at=NOW - timedelta(days=13),
                delivered_at=NOW - timedelta(days=9),
                signed_for=True,
            )
        )
        session.add(order)


def _photo(orientation: int) -> bytes:
    # Each orientation stores different pixels, so each is its own evidence.
    picture = fx.upright_picture(400, 200)
    return fx.jpeg(
        picture, orientation=orientation, taken=f"2026:11:1{orientation} 10:00:00", camera=True
    )


def broken_pdf_evidence(workspace: Workspace, claim_pk: int) -> int:
    """A PDF evidence item whose bytes no parser can read (stored past the intake checks, as a
    file damaged after it was added would be)."""
    data = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n% cut here"
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    with workspace.session() as session:
        if session.get(Blob, sha) is None:
            session.add(Blob(sha256=sha, size=len(data), data=data))
            session.flush()
        item = Evidence(
            claim_id=claim_pk,
            blob_sha256=sha,
            kind="attachment",
            file_name="abîmé.pdf",
            size=len(data),
            mime="application/pdf",
            added_at=NOW,
            warning="",
            page_count=1,
        )
        session.add(item)
        session.flush()
        return item.id


def make_case(workspace: Workspace, *, decided: bool = False) -> Case:
    """The claim; `decided`: Amazon granted it against the seller after the answer."""
    add_case_order(workspace)
    set_seller_profile(
        workspace,
        name="SARL Fonte & Cie",
        store="La Théière Bleue",
        address="3 rue des Lilas\n25000 Besançon",
        logo=fx.png((30, 60, 200), (120, 60)),
    )
    set_seller_addresses(workspace, "contact@theiere-bleue.fr")
    claim_pk = create_claim(
        workspace, order_id=ORDER_ID, reason="not-received", filed_at=NOW - timedelta(days=2)
    )
    message_pk = add_event(
        workspace,
        claim_pk,
        kind="message-in",
        at=NOW - timedelta(days=6),
        text=f"{HOSTILE}\n\n{LONG_WORD}\nMerci.",
        author="Jürgen Müller <j.mueller@marketplace.amazon.de>",
    )
    offer_pk = add_event(
        workspace,
        claim_pk,
        kind="offer",
        at=NOW - timedelta(days=5),
        text="Nous vous proposons un remboursement partiel.",
        amount=Decimal("12.50"),
        details={"offer_kind": "partial-refund"},
    )
    add_event(workspace, claim_pk, kind="buyer-declined", at=NOW - timedelta(days=4, hours=20))
    add_event(
        workspace,
        claim_pk,
        kind="counter-offer",
        at=NOW - timedelta(days=4),
        text="Dernière proposition.",
        amount=Decimal("20.00"),
        details={"offer_kind": "partial-refund"},
    )
    photos = {}
    for orientation in ORIENTATIONS:
        result = add_evidence_bytes(
            workspace, claim_pk, _photo(orientation), f"colis-{orientation}.jpg", kind="photo"
        )
        photos[orientation] = result.added[0].evidence_id
    receipt = add_evidence_bytes(
        workspace, claim_pk, receipt_pdf(), f"preuve_depot_{TRACKING}.pdf", kind="carrier-receipt"
    )
    locked = add_evidence_bytes(
        workspace,
        claim_pk,
        fx.pdf(1, user_password="secret"),
        "facture-protegee.pdf",
        kind="invoice",
    )
    add_evidence_bytes(workspace, claim_pk, fx.heic(taken="2026:11:20 08:00:00"), "IMG_0042.HEIC")
    tiff = add_evidence_bytes(
        workspace, claim_pk, fx.tiff(3), "scan-bordereau.tif", kind="proof-of-delivery"
    )
    suivi = f"Suivi : livré\n{HOSTILE}".replace("\x00", "")  # text evidence has no NUL byte
    text = add_evidence_bytes(
        workspace, claim_pk, suivi.encode(), "suivi.txt", kind="tracking-screenshot"
    )
    mail = fx.eml(
        sender="Jürgen Müller <j.mueller@marketplace.amazon.de>",
        subject="Re: colis",
        body="Toujours rien reçu.",
        date=NOW - timedelta(days=4, hours=6),
        message_id="<case-1@example.de>",
        attachments=(("photo-boite.png", fx.png((200, 10, 10), (40, 30)), "image/png"),),
    )
    add_message_bytes(workspace, claim_pk, mail, "reponse.eml")
    broken = broken_pdf_evidence(workspace, claim_pk)
    if decided:
        change_status(workspace, claim_pk, "under-review", at=NOW - timedelta(days=1))
        change_status(workspace, claim_pk, "granted-seller-funded", at=NOW - timedelta(hours=5))
    return Case(
        claim_pk,
        message_pk,
        offer_pk,
        photos,
        receipt.added[0].evidence_id,
        locked.added[0].evidence_id,
        broken,
        tiff.added[0].evidence_id,
        text.added[0].evidence_id,
    )


# Reading a dossier back -------------------------------------------------------------------------


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in read(pdf).pages]


def outline(pdf: bytes) -> list[tuple[str, int, int]]:
    """(title, page index, depth) of every bookmark."""
    reader = read(pdf)
    found: list[tuple[str, int, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((item.title, reader.get_destination_page_number(item), depth))

    walk(reader.outline, 0)
    return found


def page_image(pdf: bytes, index: int) -> Image.Image:
    """The (first) image drawn on page `index`."""
    images = read(pdf).pages[index].images
    assert images, f"page {index + 1} has no image"
    return images[0].image.convert("RGB")


def recorded_receipt_case(workspace: Workspace, delivered_line: str) -> int:
    """A seller-fulfilled order whose shipment was recorded from a Colissimo deposit receipt
    that printed its date alone ("Date de dépôt : 24/11/2026") and `delivered_line` (with or
    without a time); returns the claim. Its entries are kept at 12:00 in Paris when no time was
    printed."""
    from atoz_desktop.core.services.receipts import propose, read_evidence, record_receipt
    from tests import receipts_fixtures as rfx

    with workspace.session() as session:
        session.add(Order(order_id=ORDER_ID, currency="EUR", total=Decimal("59.90"),
                          fulfillment_channel="Merchant", sales_channel="Amazon.fr",
                          purchase_date=datetime(2026, 11, 20, 9, tzinfo=UTC)))  # fmt: skip
    claim = create_claim(
        workspace, order_id=ORDER_ID, reason="not-received",
        filed_at=datetime(2026, 11, 27, 10, tzinfo=UTC),
        latest_delivery=datetime(2026, 11, 28, 22, tzinfo=UTC),
    )  # fmt: skip
    data = rfx.receipt_pdf(
        ["La Poste - Colissimo", "Preuve de dépôt", "Date de dépôt : 24/11/2026", delivered_line],
        barcode=TRACKING,
    )
    (added,) = add_evidence_bytes(workspace, claim, data, "recu.pdf").added
    read_evidence(workspace, added.evidence_id)
    proposal = propose(workspace, added.evidence_id)
    assert proposal is not None
    record_receipt(workspace, proposal)
    return claim
