"""Deleting a whole claim, and putting it back (undo): the claim, its timeline and its
evidence items, in one unit of work each way.

A deleted claim's ids are free for the database to hand out again (SQLite reuses the highest
ids, so an event added to another claim meanwhile may take one), so a restore keeps an old id
only while it is free, gives the others new ones, points each evidence item at its event's
new id, and says what it renumbered so that an undo history can follow; what cites an item by
its id (a timeline entry or a shipment recorded from a receipt) is pointed at its new id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.citations import cite_new_ids
from atoz_desktop.core.services.claims.common import ClaimError, _claim, storable
from atoz_desktop.core.services.claims.views import EventView, _view
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Claim, ClaimEvent, Evidence, Order


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    """A deleted claim with its events and evidence items, enough to put it back (undo). The
    files' contents stay in the blob store until no evidence refers to them and the undo
    history is gone (services/blobs.py: collect_orphan_blobs)."""

    pk: int
    values: dict[str, Any]
    events: tuple[EventView, ...]
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class RestoredClaim:
    """A claim put back: its id, and the old → new ids of whatever had to be renumbered
    because another row took the old id meanwhile (empty when every id was free)."""

    pk: int
    claim_ids: dict[int, int] = field(default_factory=dict)
    event_ids: dict[int, int] = field(default_factory=dict)
    evidence_ids: dict[int, int] = field(default_factory=dict)

    @property
    def renumbered(self) -> bool:
        return bool(self.claim_ids or self.event_ids or self.evidence_ids)


_CLAIM_FIELDS = (
    "order_pk", "order_ref", "buyer_name", "channel", "reason", "status", "amount", "currency",
    "filed_at", "latest_delivery", "purchase_date", "response_due", "decided_at", "appeal_due",
    "search_text",
)  # fmt: skip


def delete_claim(workspace: Workspace, claim_pk: int) -> ClaimSnapshot:
    """Remove a claim, its timeline and its evidence items; returns what restore_claim needs
    to undo it."""
    with workspace.session() as session:
        claim = _claim(session, claim_pk)
        attached = session.scalars(
            select(Evidence).where(Evidence.claim_id == claim.id).order_by(Evidence.id)
        )
        columns = [c.key for c in Evidence.__table__.columns]
        snapshot = ClaimSnapshot(
            claim.id,
            {name: getattr(claim, name) for name in _CLAIM_FIELDS},
            tuple(_view(e) for e in sorted(claim.events, key=lambda e: e.id)),
            tuple({name: getattr(item, name) for name in columns} for item in attached),
        )
        session.delete(claim)
        return snapshot


def _free(session: Any, model: type, pk: int | None) -> bool:
    return pk is not None and session.get(model, pk) is None


def restore_claim(workspace: Workspace, snapshot: ClaimSnapshot) -> RestoredClaim:
    """Put back a claim removed by delete_claim, with its ids where they are still free.
    Refused (ClaimError) when a file's content was cleaned out of the store meanwhile."""
    with workspace.session() as session:
        for item in snapshot.evidence:
            if session.get(Blob, item["blob_sha256"]) is None:
                raise ClaimError(
                    _(
                        "the claim cannot be put back: the content of {name} is no longer stored"
                    ).format(name=item["file_name"])
                )
        values = dict(snapshot.values)
        if values["order_pk"] is not None and session.get(Order, values["order_pk"]) is None:
            values["order_pk"] = None  # the order went away meanwhile; keep its id as text
        claim = Claim(id=snapshot.pk if _free(session, Claim, snapshot.pk) else None, **values)
        session.add(claim)
        session.flush()
        # Rows whose old id is free first, with it; then the others, with new ids (so a new
        # id never takes the old one of a row still to come).
        free_events = {e.pk for e in snapshot.events if _free(session, ClaimEvent, e.pk)}
        events: dict[int, ClaimEvent] = {}
        for keep in (True, False):
            for event in snapshot.events:
                assert event.pk is not None
                if (event.pk in free_events) != keep:
                    continue
                events[event.pk] = ClaimEvent(
                    id=event.pk if keep else None, claim_id=claim.id, kind=event.kind,
                    at=event.at, author=storable(event.author), text=storable(event.text),
                    amount=event.amount, currency=event.currency, details=dict(event.details),
                )  # fmt: skip
                session.add(events[event.pk])
            session.flush()
        free_items = {i["id"] for i in snapshot.evidence if _free(session, Evidence, i["id"])}
        items: dict[int, Evidence] = {}
        for keep in (True, False):
            for item in snapshot.evidence:
                if (item["id"] in free_items) != keep:
                    continue
                linked = events.get(item["event_id"]) if item["event_id"] is not None else None
                items[item["id"]] = Evidence(**{
                    **item, "id": item["id"] if keep else None, "claim_id": claim.id,
                    "event_id": linked.id if linked is not None else None,
                })  # fmt: skip
                session.add(items[item["id"]])
            session.flush()
        renumbered = {old: e.id for old, e in items.items() if e.id != old}
        cite_new_ids(session, claim.id, renumbered)
        return RestoredClaim(
            claim.id,
            {snapshot.pk: claim.id} if claim.id != snapshot.pk else {},
            {old: e.id for old, e in events.items() if e.id != old},
            renumbered,
        )
