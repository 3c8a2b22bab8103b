"""What cites an evidence item by its id, pointed at the id it came back under.

A timeline entry recorded from a carrier receipt names the item in `details["evidence_id"]`,
and a shipment recorded from one in `Shipment.evidence_id` (no foreign key, so that the proof
survives the item's removal and its undo). When an item is put back under a new id (its old one
was taken meanwhile: claims/deletion.py, evidence.restore_evidence), those citations follow it,
so the findings and the dossier still cite the right exhibit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence, Shipment


def cite_new_ids(session: Session, claim_pk: int, renumbered: dict[int, int]) -> None:
    """Point the citations of the items of claim `claim_pk` that came back under new ids
    (`renumbered`: old id -> new id) at their new ids: the claim's timeline entries, and the
    shipments of its order. An old id now held by another item that may be the one cited (of
    the same claim, or for a shipment of another claim on the same order) is left alone."""
    if not renumbered:
        return
    claim = session.get(Claim, claim_pk)
    if claim is None:
        return
    holders = {
        pk: (claim_id, order_pk)
        for pk, claim_id, order_pk in session.execute(
            select(Evidence.id, Evidence.claim_id, Claim.order_pk)
            .join(Claim, Claim.id == Evidence.claim_id)
            .where(Evidence.id.in_(list(renumbered)))
        )
    }
    events = session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim_pk))
    for event in events:
        cited = (event.details or {}).get("evidence_id")
        if not isinstance(cited, int) or cited not in renumbered:
            continue
        if holders.get(cited, (None, None))[0] == claim_pk:
            continue  # an item of this claim took the id since: the entry may be its own
        event.details = {**event.details, "evidence_id": renumbered[cited]}  # a new value
    if claim.order_pk is None:
        return
    shipments = session.scalars(
        select(Shipment).where(
            Shipment.order_pk == claim.order_pk, Shipment.evidence_id.in_(list(renumbered))
        )
    )
    for shipment in shipments:
        assert shipment.evidence_id is not None
        holder = holders.get(shipment.evidence_id)
        if holder is not None and (holder[0] == claim_pk or holder[1] == claim.order_pk):
            continue  # an item of this order's claims holds the id: it may be the proof
        shipment.evidence_id = renumbered[shipment.evidence_id]
