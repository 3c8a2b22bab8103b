"""Recording what a carrier receipt proves — the shipment on the claim's order, with the
timeline's `shipped`, `delivered` and `signed-for` entries, each linked to the item — in one
unit of work that `undo_record` reverses.

Recording decides everything (another number already recorded, a shipment of the order that
has no number yet to fill in, dates to fill in, entries already there) inside its unit of work,
with the claim, the order and the order's shipments locked, so two windows recording at once
cannot both add a shipment or both fill the same one. Undo puts a shipment back only while it
still holds what the recording wrote (else StaleEdit, nothing written).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.evidence import EvidenceError
from atoz_desktop.core.services.receipts.documents import _get
from atoz_desktop.core.services.receipts.proposals import (
    TRACKING_KINDS,
    ReceiptServiceError,
    ShipmentProposal,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.errors import StaleEdit
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence, Order, Shipment


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
class ShipmentValues:
    """What a recording may change of a shipment: kept to put it back exactly as it was, and
    to see that nobody changed it since."""

    carrier: str
    tracking_number: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    signed_for: bool
    evidence_id: int | None

    @classmethod
    def of(cls, shipment: Shipment) -> ShipmentValues:
        return cls(
            shipment.carrier or "", shipment.tracking_number or "", shipment.shipped_at,
            shipment.delivered_at, bool(shipment.signed_for), shipment.evidence_id,
        )  # fmt: skip

    def put(self, shipment: Shipment) -> None:
        (shipment.carrier, shipment.tracking_number, shipment.shipped_at, shipment.delivered_at,
         shipment.signed_for, shipment.evidence_id) = (
            self.carrier, self.tracking_number, self.shipped_at, self.delivered_at,
            self.signed_for, self.evidence_id,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class RecordedShipment:
    """What `record_receipt` did, and what `undo_record` needs to reverse it."""

    proposal: ShipmentProposal
    shipment_pk: int | None  # None: the claim has no imported order (timeline entries only)
    shipment_created: bool
    #: The shipment completed or filled in, as it was before (None: created, or unchanged).
    shipment_before: ShipmentValues | None
    event_pks: tuple[int, ...]  # the timeline entries added
    evidence_event_before: int | None  # the item's event before it was attached to the first
    evidence_event_changed: bool
    #: The shipment as the recording left it (None: not touched), for undo to check.
    shipment_after: ShipmentValues | None = None

    @property
    def shipment_filled(self) -> bool:
        """The order's shipment had no tracking number: the receipt's was written into it."""
        return self.shipment_before is not None and not self.shipment_before.tracking_number

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
        elif self.shipment_filled:
            text = _(
                "Filled in the order's shipment that had no tracking number with {what} from "
                "{file}."
            )
        elif self.shipment_pk is None:
            text = _("Recorded {what} on the timeline from {file} (the order is not imported).")
        else:
            text = _("Completed the shipment {what} from {file}.")
        return text.format(what=what, file=p.file_name)

    def renumbered(
        self, claim_ids: dict[int, int], event_ids: dict[int, int], evidence_ids: dict[int, int]
    ) -> RecordedShipment:
        """The same recording after its claim came back under new ids (an undone deletion:
        claims/deletion.py), old -> new; the shipment's row is the order's and kept its id."""
        p = self.proposal
        proposal = replace(
            p, claim_pk=claim_ids.get(p.claim_pk, p.claim_pk),
            evidence_pk=evidence_ids.get(p.evidence_pk, p.evidence_pk),
        )  # fmt: skip

        def cited(values: ShipmentValues | None) -> ShipmentValues | None:
            if values is None or values.evidence_id not in evidence_ids:
                return values
            return replace(values, evidence_id=evidence_ids[values.evidence_id])

        before = self.evidence_event_before
        return replace(
            self, proposal=proposal, shipment_before=cited(self.shipment_before),
            shipment_after=cited(self.shipment_after),
            event_pks=tuple(event_ids.get(pk, pk) for pk in self.event_pks),
            evidence_event_before=event_ids.get(before, before) if before is not None else None,
        )  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        return {
            **self.proposal.as_json(), "shipment_id": self.shipment_pk,
            "shipment_created": self.shipment_created, "shipment_filled": self.shipment_filled,
            "event_ids": list(self.event_pks),
            "changed": self.changed,
        }  # fmt: skip


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


def _numbered(shipments: list[Shipment], proposal: ShipmentProposal) -> Shipment | None:
    """The order's shipment with the receipt's number."""
    return next((s for s in shipments if _same(s.tracking_number, proposal.tracking_number)), None)


def _blank(shipments: list[Shipment]) -> Shipment | None:
    """The order's first shipment without a tracking number (a report that named the carrier
    only, or one typed by hand): the receipt's number is written into it."""
    return next((s for s in shipments if not (s.tracking_number or "").strip()), None)


Outcome = Literal["create", "complete", "fill", "other", "timeline"]


@dataclass(frozen=True, slots=True)
class RecordingPlan:
    """What recording a proposal would do, for the question the window asks first:
    `create` a shipment, `complete` the order's shipment of this number, `fill` in the order's
    shipment that has no number (`shipment`: its values), refuse for an `other` number already
    recorded (`shipment`: that one's), or add `timeline` entries only (no imported order).
    `record_receipt` decides again under its locks."""

    outcome: Outcome
    shipment: ShipmentValues | None = None


def recording_plan(workspace: Workspace, proposal: ShipmentProposal) -> RecordingPlan:
    with workspace.session_factory() as session:
        claim = session.get(Claim, proposal.claim_pk)
        order = claim.order if claim is not None else None
        known = _timeline_numbers(session, proposal.claim_pk) if claim is not None else []
        other = next(((c, n) for c, n in known if not _same(n, proposal.tracking_number)), None)
        if order is None:
            if other is not None:
                return RecordingPlan("other", ShipmentValues(other[0], other[1], None, None,
                                                             False, None))  # fmt: skip
            return RecordingPlan("timeline")
        shipments = list(order.shipments)
        same = _numbered(shipments, proposal)
        if same is not None:
            return RecordingPlan("complete", ShipmentValues.of(same))
        numbered = next((s for s in shipments if (s.tracking_number or "").strip()), None)
        if numbered is not None:
            return RecordingPlan("other", ShipmentValues.of(numbered))
        if other is not None:
            return RecordingPlan("other", ShipmentValues(other[0], other[1], None, None,
                                                         False, None))  # fmt: skip
        blank = _blank(shipments)
        if blank is not None:
            return RecordingPlan("fill", ShipmentValues.of(blank))
        return RecordingPlan("create")


def already_recorded(workspace: Workspace, proposal: ShipmentProposal) -> bool:
    """Whether recording `proposal` would add nothing: its shipment and entries are there."""
    with workspace.session_factory() as session:
        claim = session.get(Claim, proposal.claim_pk)
        if claim is None:
            return False
        if claim.order is not None:
            shipment = _numbered(list(claim.order.shipments), proposal)
            if shipment is None or (
                (proposal.shipped_at is not None and shipment.shipped_at is None)
                or (proposal.delivered_at is not None and shipment.delivered_at is None)
                or (proposal.signed_for and not shipment.signed_for)
            ):
                return False
        return not _entries_needed(session, claim.id, proposal)


def _locked_shipments(session: Session, order: Order) -> list[Shipment]:
    """The order's shipments, locked and read afresh (PostgreSQL: rows another writer changed
    since this session last read them are seen as committed; SQLite holds the write lock)."""
    return list(
        session.scalars(
            select(Shipment)
            .where(Shipment.order_pk == order.id)
            .order_by(Shipment.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    )


def _merge(shipment: Shipment, proposal: ShipmentProposal) -> None:
    """Fill in what the shipment lacks from the receipt; what it has stays."""
    if not (shipment.tracking_number or "").strip():
        shipment.tracking_number = proposal.tracking_number
    if not shipment.carrier:
        shipment.carrier = proposal.carrier
    shipment.shipped_at = shipment.shipped_at or proposal.shipped_at
    shipment.delivered_at = shipment.delivered_at or proposal.delivered_at
    shipment.signed_for = shipment.signed_for or proposal.signed_for
    shipment.evidence_id = shipment.evidence_id or proposal.evidence_pk


def _new_entries(session: Session, claim_pk: int, proposal: ShipmentProposal) -> list[ClaimEvent]:
    added = []
    for kind, at in _entries_needed(session, claim_pk, proposal):
        details: dict[str, Any] = {
            "carrier": proposal.carrier, "tracking_number": proposal.tracking_number,
            "evidence_id": proposal.evidence_pk, "source": proposal.source,
        }  # fmt: skip
        printed = (
            proposal.shipped_time_printed if kind == "shipped" else proposal.delivered_time_printed
        )
        if not printed:
            details["time_printed"] = False
        text = ""
        if kind == "signed-for" and proposal.signed_by:
            text = _("Signed by {name}").format(name=proposal.signed_by)
        added.append(ClaimEvent(claim_id=claim_pk, kind=kind, at=at, text=text, details=details))
    return added


def record_receipt(workspace: Workspace, proposal: ShipmentProposal) -> RecordedShipment:
    """Record what a receipt proves, in one locked unit of work: the shipment on the claim's
    order (created; or, when the order already has a shipment with this number, or one with no
    number at all, that one filled in: the number, the carrier and the dates it lacks) and the
    timeline entries it lacks, each naming the item in `details["evidence_id"]`; the item is
    attached to the first of them when it is attached to none. Raises OtherShipment when the
    order (or the timeline) already has another tracking number, ReceiptServiceError when
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
        shipments = _locked_shipments(session, order) if order is not None else []
        known = list(_timeline_numbers(session, claim.id))
        known += [(s.carrier, s.tracking_number) for s in shipments if s.tracking_number]
        shipment = _numbered(shipments, proposal)
        other = next(((c, n) for c, n in known if not _same(n, proposal.tracking_number)), None)
        if other is not None and shipment is None:
            raise OtherShipment(other[0], other[1], proposal.tracking_number)
        created, before, after = False, None, None
        if order is not None:
            shipment = shipment or _blank(shipments)
            if shipment is None:
                shipment = Shipment(
                    order_pk=order.id, carrier=proposal.carrier,
                    tracking_number=proposal.tracking_number, shipped_at=proposal.shipped_at,
                    delivered_at=proposal.delivered_at, signed_for=proposal.signed_for,
                    evidence_id=proposal.evidence_pk,
                )  # fmt: skip
                session.add(shipment)
                created = True
                after = ShipmentValues.of(shipment)
            else:
                old = ShipmentValues.of(shipment)
                _merge(shipment, proposal)
                now = ShipmentValues.of(shipment)
                if now != old:
                    before, after = old, now
        added = _new_entries(session, claim.id, proposal)
        session.add_all(added)
        session.flush()
        event_before, event_changed = evidence.event_id, False
        if added and evidence.event_id is None:
            evidence.event_id, event_changed = added[0].id, True
        return RecordedShipment(
            proposal, shipment.id if shipment is not None else None, created, before,
            tuple(e.id for e in added), event_before, event_changed, after,
        )  # fmt: skip


def undo_record(workspace: Workspace, recorded: RecordedShipment) -> None:
    """Reverse `record_receipt`: its entries removed, the shipment it created deleted or the
    one it completed or filled in put back exactly as it was, the item detached again. Refused
    (StaleEdit, nothing written) when the shipment was changed elsewhere since."""
    if not recorded.changed:
        return
    p = recorded.proposal
    with workspace.session() as session:
        shipment = (
            session.get(Shipment, recorded.shipment_pk, with_for_update=True,
                        populate_existing=True)
            if recorded.shipment_pk is not None
            else None
        )  # fmt: skip
        if recorded.shipment_pk is not None and (
            shipment is None or not _same(shipment.tracking_number, p.tracking_number)
        ):
            raise StaleEdit()
        if (
            shipment is not None
            and recorded.shipment_after is not None
            and ShipmentValues.of(shipment) != recorded.shipment_after
        ):
            raise StaleEdit()  # changed elsewhere since: undo would lose that change
        if shipment is not None and recorded.shipment_created:
            session.delete(shipment)
        elif shipment is not None and recorded.shipment_before is not None:
            recorded.shipment_before.put(shipment)
        for pk in recorded.event_pks:
            event = session.get(ClaimEvent, pk)
            if event is not None:
                session.delete(event)
        evidence = session.get(Evidence, p.evidence_pk)
        if evidence is not None and recorded.evidence_event_changed:
            if evidence.event_id in recorded.event_pks or evidence.event_id is None:
                evidence.event_id = recorded.evidence_event_before
