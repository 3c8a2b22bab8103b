"""Carrier receipts on a claim: read a stored evidence item once, re-file it by what it says
(when the seller did not choose its kind), propose the shipment it proves, and record that
shipment — on the claim's order, with the timeline's `shipped`, `delivered` and `signed-for`
entries, each linked to the item — in one unit of work that `undo_record` reverses.

Reading takes up to a few seconds (receipts/reading.py): it runs outside any transaction, and
only its result is written. Recording decides everything (another number already recorded,
dates to fill in, entries already there) inside its locked unit of work, so two windows
recording at once cannot both add the same shipment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, PDF, PNG, TEXT, WEBP
from atoz_desktop.core.i18n import _
from atoz_desktop.core.receipts import numbers
from atoz_desktop.core.receipts.formats import CARRIER_BY_CODE
from atoz_desktop.core.receipts.reading import ReceiptError, ReceiptReading, read_receipt
from atoz_desktop.core.services.evidence import EvidenceError, evidence_bytes
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.errors import StaleEdit
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence, Order, Shipment

#: Types a receipt can be read from.
READABLE_TYPES = frozenset({PDF, TEXT, *IMAGE_TYPES})
#: Kinds a reading may re-file an item from (the guesses a name and a type give).
_GUESSED_KINDS = frozenset(
    {"attachment", "photo", "other", "carrier-receipt", "tracking-screenshot"}
)
#: The timeline entries a receipt can prove, in the order they happen.
TRACKING_KINDS = ("shipped", "delivered", "signed-for")
#: A date printed without its time is taken at noon, local time, so that it stays on its day
#: in any time zone near the seller's; the entry says the time was not printed.
_NOON = time(12, 0)


class ReceiptServiceError(EvidenceError):
    """A receipt that cannot be recorded; the message says why, for the seller (an evidence
    action's refusal, shown as the others are)."""


class OtherShipment(ReceiptServiceError):
    """The order already has a shipment with another tracking number: nothing was changed."""

    def __init__(self, carrier: str, number: str, proposed: str) -> None:
        self.carrier, self.number, self.proposed = carrier, number, proposed
        super().__init__(
            _(
                "The order already has a shipment with tracking number {number} ({carrier}); "
                "this document shows {proposed}. Nothing was changed: check which parcel the "
                "claim is about."
            ).format(number=number, carrier=carrier or "?", proposed=proposed)
        )


@dataclass(frozen=True, slots=True)
class ShipmentProposal:
    """What an evidence item's reading would record. `certain`: the number is proved (a valid
    check digit, or a format without one whose carrier the document decides) — the command line
    records only those; the window shows the others with their doubt, for the seller to judge."""

    evidence_pk: int
    claim_pk: int
    file_name: str
    carrier: str  # the carrier's name as stored ("Colissimo"); "" when the document names none
    carrier_code: str | None
    tracking_number: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    signed_for: bool
    signed_by: str | None
    source: str | None  # "barcode", "text" or "ocr"
    certainty: str | None
    check_digit_valid: bool | None
    summary: str  # the reading in one line ("Colissimo 6A…, shipped 24/11/2026 — from …")

    @property
    def certain(self) -> bool:
        if self.certainty == numbers.CERTAIN:
            return True
        return (
            self.certainty == numbers.LIKELY
            and self.check_digit_valid is None
            and self.carrier_code is not None
        )

    def doubt(self) -> str:
        """Why the command line does not record it (it is not `certain`)."""
        return _(
            "{number} is not certain ({summary}): check it against the document and record it "
            "in the window"
        ).format(number=self.tracking_number, summary=self.summary)

    def as_json(self) -> dict[str, Any]:
        return {
            "evidence_id": self.evidence_pk, "carrier": self.carrier,
            "tracking_number": self.tracking_number,
            "shipped_at": _iso(self.shipped_at), "delivered_at": _iso(self.delivered_at),
            "signed_for": self.signed_for, "source": self.source, "certain": self.certain,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class RecordedShipment:
    """What `record_receipt` did, and what `undo_record` needs to reverse it."""

    proposal: ShipmentProposal
    shipment_pk: int | None  # None: the claim has no imported order (timeline entries only)
    shipment_created: bool
    #: The merged shipment's values before (shipped_at, delivered_at, signed_for, evidence_id).
    shipment_before: tuple[datetime | None, datetime | None, bool, int | None] | None
    event_pks: tuple[int, ...]  # the timeline entries added
    evidence_event_before: int | None  # the item's event before it was attached to the first
    evidence_event_changed: bool

    @property
    def changed(self) -> bool:
        return self.shipment_created or self.shipment_before is not None or bool(self.event_pks)

    def describe(self) -> str:
        """For the status bar and the command line."""
        p = self.proposal
        what = f"{p.carrier} {p.tracking_number}".strip()
        if not self.changed:
            return _("{what} is already recorded with these dates: nothing to add.").format(
                what=what
            )
        if self.shipment_created:
            text = _("Recorded the shipment {what} from {file}.")
        elif self.shipment_pk is None:
            text = _("Recorded {what} on the timeline from {file} (the order is not imported).")
        else:
            text = _("Completed the shipment {what} from {file}.")
        return text.format(what=what, file=p.file_name)

    def as_json(self) -> dict[str, Any]:
        return {
            **self.proposal.as_json(), "shipment_id": self.shipment_pk,
            "shipment_created": self.shipment_created, "event_ids": list(self.event_pks),
            "changed": self.changed,
        }  # fmt: skip


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


# Reading ----------------------------------------------------------------------------------------


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
    """The claim's items of a readable type that were never read, in the order added."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(Evidence.id, Evidence.mime, Evidence.reading)
            .where(Evidence.claim_id == claim_pk)
            .order_by(Evidence.id)
        ).all()
    return [pk for pk, mime, reading in rows if reading is None and mime in READABLE_TYPES]


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


# Proposing --------------------------------------------------------------------------------------


def _instant(value: date | datetime | None, tz: tzinfo) -> datetime | None:
    """A printed date (naive: the document's local time) as an instant in the seller's zone."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, _NOON)
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def _carrier_label(code: str | None) -> str:
    """The carrier as stored with a shipment: its name as it writes itself (English)."""
    return CARRIER_BY_CODE[code].name if code else ""


def propose(
    workspace: Workspace, evidence_pk: int, reading: ReceiptReading | None = None
) -> ShipmentProposal | None:
    """The shipment the item's reading (`reading`, else the one kept) proves; None when it
    shows no tracking number."""
    with workspace.session_factory() as session:
        evidence = _get(session, evidence_pk)
        claim_pk, file_name = evidence.claim_id, evidence.file_name
    reading = reading or stored_reading(workspace, evidence_pk)
    if reading is None or reading.tracking_number is None:
        return None
    tz = workspace_timezone(workspace)
    delivered = _instant(reading.delivered, tz)
    return ShipmentProposal(
        evidence_pk=evidence_pk, claim_pk=claim_pk, file_name=file_name,
        carrier=_carrier_label(reading.carrier), carrier_code=reading.carrier,
        tracking_number=reading.tracking_number, shipped_at=_instant(reading.shipped, tz),
        delivered_at=delivered, signed_for=reading.signature is not None,
        signed_by=reading.signature.name if reading.signature else None,
        source=reading.source, certainty=reading.certainty,
        check_digit_valid=reading.check_digit_valid, summary=reading.summary(),
    )  # fmt: skip


# Recording --------------------------------------------------------------------------------------


def _same(a: str, b: str) -> bool:
    return a.replace(" ", "").upper() == b.replace(" ", "").upper()


def _timeline_numbers(session: Session, claim_pk: int) -> list[tuple[str, str]]:
    """(carrier, number) of the tracking entries already on the claim's timeline."""
    rows = session.scalars(
        select(ClaimEvent).where(
            ClaimEvent.claim_id == claim_pk, ClaimEvent.kind.in_(TRACKING_KINDS)
        )
    )
    return [
        (str(e.details.get("carrier", "")), str(e.details.get("tracking_number", "")))
        for e in rows
        if e.details.get("tracking_number")
    ]


def _entries_needed(
    session: Session, claim_pk: int, proposal: ShipmentProposal
) -> list[tuple[str, datetime]]:
    """The tracking entries the receipt proves that the timeline lacks for this number."""
    wanted: list[tuple[str, datetime]] = []
    if proposal.shipped_at is not None:
        wanted.append(("shipped", proposal.shipped_at))
    if proposal.delivered_at is not None:
        wanted.append(("signed-for" if proposal.signed_for else "delivered", proposal.delivered_at))
    have = {
        e.kind
        for e in session.scalars(
            select(ClaimEvent).where(
                ClaimEvent.claim_id == claim_pk, ClaimEvent.kind.in_(TRACKING_KINDS)
            )
        )
        if _same(str(e.details.get("tracking_number", "")), proposal.tracking_number)
    }
    if "signed-for" in have:
        have.add("delivered")  # a signed delivery is a delivery
    return [(kind, at) for kind, at in wanted if kind not in have]


def already_recorded(workspace: Workspace, proposal: ShipmentProposal) -> bool:
    """Whether recording `proposal` would add nothing: its shipment and entries are there."""
    with workspace.session_factory() as session:
        claim = session.get(Claim, proposal.claim_pk)
        if claim is None:
            return False
        if claim.order is not None:
            shipment = next(
                (s for s in claim.order.shipments
                 if _same(s.tracking_number, proposal.tracking_number)),
                None,
            )  # fmt: skip
            if shipment is None or (
                (proposal.shipped_at is not None and shipment.shipped_at is None)
                or (proposal.delivered_at is not None and shipment.delivered_at is None)
                or (proposal.signed_for and not shipment.signed_for)
            ):
                return False
        return not _entries_needed(session, claim.id, proposal)


def record_receipt(workspace: Workspace, proposal: ShipmentProposal) -> RecordedShipment:
    """Record what a receipt proves, in one locked unit of work: the shipment on the claim's
    order (created, or its missing dates filled in when the order already has this number) and
    the timeline entries it lacks, each naming the item in `details["evidence_id"]`; the item
    is attached to the first of them when it is attached to none. Raises OtherShipment when
    the order (or the timeline) already has another tracking number, ReceiptServiceError when
    there is no number, EvidenceError when the item is gone. Nothing new: a result that did
    nothing (`changed` False)."""
    if not proposal.tracking_number:
        raise ReceiptServiceError(_("no tracking number was read from this document"))
    if proposal.shipped_at is None and proposal.delivered_at is None and not proposal.signed_for:
        raise ReceiptServiceError(
            _("{file} shows a tracking number but no date: record the shipment by hand").format(
                file=proposal.file_name
            )
        )
    with workspace.session() as session:
        evidence = _get(session, proposal.evidence_pk)
        claim = session.get(Claim, evidence.claim_id, with_for_update=True)
        if claim is None:  # pragma: no cover - the evidence row goes with its claim
            raise EvidenceError(_("no claim {claim}").format(claim=evidence.claim_id))
        order = (
            session.get(Order, claim.order_pk, with_for_update=True)
            if claim.order_pk is not None
            else None
        )
        shipment = None
        known = list(_timeline_numbers(session, claim.id))
        if order is not None:
            known += [(s.carrier, s.tracking_number) for s in order.shipments if s.tracking_number]
            shipment = next(
                (s for s in order.shipments if _same(s.tracking_number, proposal.tracking_number)),
                None,
            )
        other = next(((c, n) for c, n in known if not _same(n, proposal.tracking_number)), None)
        if other is not None and shipment is None:
            raise OtherShipment(other[0], other[1], proposal.tracking_number)
        created, before = False, None
        if order is not None:
            if shipment is None:
                shipment = Shipment(
                    order_pk=order.id, carrier=proposal.carrier,
                    tracking_number=proposal.tracking_number, shipped_at=proposal.shipped_at,
                    delivered_at=proposal.delivered_at, signed_for=proposal.signed_for,
                    evidence_id=proposal.evidence_pk,
                )  # fmt: skip
                session.add(shipment)
                created = True
            else:
                old = (shipment.shipped_at, shipment.delivered_at, shipment.signed_for,
                       shipment.evidence_id)  # fmt: skip
                shipment.shipped_at = shipment.shipped_at or proposal.shipped_at
                shipment.delivered_at = shipment.delivered_at or proposal.delivered_at
                shipment.signed_for = shipment.signed_for or proposal.signed_for
                shipment.evidence_id = shipment.evidence_id or proposal.evidence_pk
                if not shipment.carrier:
                    shipment.carrier = proposal.carrier
                now = (shipment.shipped_at, shipment.delivered_at, shipment.signed_for,
                       shipment.evidence_id)  # fmt: skip
                before = old if now != old else None
        added = []
        for kind, at in _entries_needed(session, claim.id, proposal):
            details: dict[str, Any] = {
                "carrier": proposal.carrier, "tracking_number": proposal.tracking_number,
                "evidence_id": proposal.evidence_pk, "source": proposal.source,
            }  # fmt: skip
            if at.time() == _NOON and at.second == 0:
                details["time_printed"] = False
            text = ""
            if kind == "signed-for" and proposal.signed_by:
                text = _("Signed by {name}").format(name=proposal.signed_by)
            added.append(ClaimEvent(claim_id=claim.id, kind=kind, at=at, text=text,
                                    details=details))  # fmt: skip
        session.add_all(added)
        session.flush()
        event_before, event_changed = evidence.event_id, False
        if added and evidence.event_id is None:
            evidence.event_id, event_changed = added[0].id, True
        return RecordedShipment(
            proposal, shipment.id if shipment is not None else None, created, before,
            tuple(e.id for e in added), event_before, event_changed,
        )  # fmt: skip


def undo_record(workspace: Workspace, recorded: RecordedShipment) -> None:
    """Reverse `record_receipt`: its entries removed, the shipment it created deleted or the
    one it completed put back as it was, the item detached again. Refused (StaleEdit, nothing
    written) when the shipment was changed elsewhere since."""
    if not recorded.changed:
        return
    p = recorded.proposal
    with workspace.session() as session:
        shipment = (
            session.get(Shipment, recorded.shipment_pk, with_for_update=True)
            if recorded.shipment_pk is not None
            else None
        )
        if recorded.shipment_pk is not None and (
            shipment is None or not _same(shipment.tracking_number, p.tracking_number)
        ):
            raise StaleEdit()
        if shipment is not None and recorded.shipment_created:
            session.delete(shipment)
        elif shipment is not None and recorded.shipment_before is not None:
            (shipment.shipped_at, shipment.delivered_at, shipment.signed_for,
             shipment.evidence_id) = recorded.shipment_before  # fmt: skip
        for pk in recorded.event_pks:
            event = session.get(ClaimEvent, pk)
            if event is not None:
                session.delete(event)
        evidence = session.get(Evidence, p.evidence_pk)
        if evidence is not None and recorded.evidence_event_changed:
            if evidence.event_id in recorded.event_pks or evidence.event_id is None:
                evidence.event_id = recorded.evidence_event_before
