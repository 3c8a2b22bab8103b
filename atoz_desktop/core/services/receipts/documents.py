"""Reading a stored evidence item as a carrier receipt: once, outside any transaction, its
reading then kept with the item, which is re-filed by what it says (when the seller did not
choose its kind)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, PDF, PNG, TEXT, WEBP
from atoz_desktop.core.i18n import _
from atoz_desktop.core.receipts.reading import (
    STORED_VERSION,
    ReceiptError,
    ReceiptReading,
    read_receipt,
)
from atoz_desktop.core.services.evidence import EvidenceError, evidence_bytes
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Evidence

#: Types a receipt can be read from.
READABLE_TYPES = frozenset({PDF, TEXT, *IMAGE_TYPES})
#: Kinds a reading may re-file an item from (the guesses a name and a type give).
_GUESSED_KINDS = frozenset(
    {"attachment", "photo", "other", "carrier-receipt", "tracking-screenshot"}
)


def _get(session: Session, evidence_pk: int) -> Evidence:
    evidence = session.get(Evidence, evidence_pk)
    if evidence is None:
        raise EvidenceError(
            _("no evidence {evidence} in the workspace").format(evidence=evidence_pk)
        )
    return evidence


def stored_reading(workspace: Workspace, evidence_pk: int) -> ReceiptReading | None:
    """The reading kept with the item; None if it was never read (or cannot be)."""
    with workspace.session_factory() as session:
        data = _get(session, evidence_pk).reading
    if not data or data.get("error"):
        return None
    return ReceiptReading.from_stored(data)


def unread_evidence(workspace: Workspace, claim_pk: int) -> list[int]:
    """The claim's items of a readable type that were never read, or that an older recipe read
    without finding a number (a photo read from its barcodes only, before text recognition),
    in the order added."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(Evidence.id, Evidence.mime, Evidence.reading)
            .where(Evidence.claim_id == claim_pk)
            .order_by(Evidence.id)
        ).all()
    return [pk for pk, mime, reading in rows if mime in READABLE_TYPES and _to_read(reading)]


def _to_read(reading: dict[str, Any] | None) -> bool:
    if reading is None:
        return True
    if reading.get("error") or reading.get("tracking_number"):
        return False  # a damaged file stays damaged; a number found is the seller's to judge
    return int(reading.get("version", 1)) < STORED_VERSION


def kind_from_reading(reading: ReceiptReading, mime: str) -> str | None:
    """The kind a reading says the document is: a proof of delivery (a signature, or a
    delivery date with the number), a tracking page's screenshot (a PNG or WebP with a tracking
    number), a carrier receipt (a tracking number); None when it says nothing of the kind."""
    if reading.tracking_number is None:
        return None
    if reading.signature is not None or reading.delivered is not None:
        return "proof-of-delivery"
    if mime in (PNG, WEBP):
        return "tracking-screenshot"
    return "carrier-receipt"


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """What `read_document` found, for `keep_reading` to write: the reading (None for a file
    that cannot be read) and what the workspace keeps of it."""

    evidence_pk: int
    reading: ReceiptReading | None
    kept: dict[str, Any]


def read_document(workspace: Workspace, evidence_pk: int) -> ReadDocument | None:
    """Read the item as a carrier receipt, writing nothing (a few seconds at most, outside any
    transaction: the window does it on a thread of its own, and writes the result on its writer
    lane). None for an item of a type that is no document."""
    with workspace.session_factory() as session:
        mime = _get(session, evidence_pk).mime
    if mime not in READABLE_TYPES:
        return None
    try:
        reading = read_receipt(evidence_bytes(workspace, evidence_pk), mime)
    except ReceiptError as exc:
        return ReadDocument(evidence_pk, None, {"error": str(exc)})
    return ReadDocument(evidence_pk, reading, reading.as_stored())


def keep_reading(workspace: Workspace, document: ReadDocument) -> bool:
    """Keep a reading with its item, and re-file the item by what it says when the seller did
    not choose its kind; one short unit of work. False when the item was removed meanwhile."""
    with workspace.session() as session:
        current = session.get(Evidence, document.evidence_pk)
        if current is None:
            return False
        current.reading = document.kept
        reading = document.reading
        if reading is not None and not current.kind_chosen and current.kind in _GUESSED_KINDS:
            current.kind = kind_from_reading(reading, current.mime) or current.kind
        return True


def read_evidence(
    workspace: Workspace, evidence_pk: int, *, again: bool = False
) -> ReceiptReading | None:
    """`read_document` then `keep_reading` (the command line's intake): the item read as a
    carrier receipt, its reading kept and its guessed kind re-filed. Returns the reading (None
    for a file that is not a document or cannot be read: that is remembered, and not an
    error). `again` reads an item already read."""
    with workspace.session_factory() as session:
        stored = _get(session, evidence_pk).reading
    if stored is not None and not again:
        return None if stored.get("error") else ReceiptReading.from_stored(stored)
    document = read_document(workspace, evidence_pk)
    if document is None:
        return None
    keep_reading(workspace, document)
    return document.reading
