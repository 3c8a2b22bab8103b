"""One claim as the claim pane and `claim show` display it: its timeline, with the order's
purchase and shipments, and the findings; and the JSON the command line prints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from atoz_desktop.core.evidence.kinds import FINDINGS_EVIDENCE
from atoz_desktop.core.rules.claims import STATUSES
from atoz_desktop.core.rules.facts import ClaimFacts, EventFacts, ShipmentFacts
from atoz_desktop.core.rules.findings import Finding, findings
from atoz_desktop.core.rules.policy import Policy
from atoz_desktop.core.rules.status import allowed_moves
from atoz_desktop.core.services.claims.common import _claim, _policy_for
from atoz_desktop.core.services.claims.queries import ClaimRow
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence


@dataclass(frozen=True, slots=True)
class EventView:
    """One entry of a claim's timeline. Entries taken from the order (its purchase, its
    shipments) have `pk` None and cannot be edited."""

    pk: int | None
    kind: str
    at: datetime
    author: str = ""
    text: str = ""
    amount: Decimal | None = None
    currency: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClaimView:
    pk: int
    order_id: str
    order_pk: int | None
    buyer: str | None
    channel: str
    reason: str
    status: str
    amount: Decimal
    currency: str
    filed_at: datetime
    latest_delivery: datetime | None
    purchase_date: datetime | None
    response_due: datetime | None
    decided_at: datetime | None
    appeal_due: datetime | None
    policy: Policy
    allowed_moves: tuple[str, ...]
    findings: tuple[Finding, ...]
    events: tuple[EventView, ...]  # the claim's own entries, chronological
    timeline: tuple[EventView, ...]  # with the order's purchase and shipments


def _view(event: ClaimEvent) -> EventView:
    return EventView(event.id, event.kind, event.at, event.author, event.text, event.amount,
                     event.currency, dict(event.details or {}))  # fmt: skip


_FULFILLMENT = {"amazon": "AFN", "afn": "AFN", "merchant": "MFN", "mfn": "MFN"}


def _facts(claim: Claim, events: Sequence[ClaimEvent], evidence_kinds: Iterable[str]) -> ClaimFacts:
    order = claim.order
    shipments = []
    line_exclusions: tuple[str | None, ...] = ()
    fulfillment = None
    purchase_date = claim.purchase_date
    if order is not None:
        purchase_date = order.purchase_date or purchase_date
        fulfillment = _FULFILLMENT.get((order.fulfillment_channel or "").lower())
        line_exclusions = tuple(line.excluded_kind for line in order.lines)
        shipments = [
            ShipmentFacts(s.tracking_number, s.carrier, s.shipped_at, s.delivered_at, s.signed_for)
            for s in order.shipments
        ]
    facts_events = []
    past_statuses = []
    chargeback_at = None
    for event in events:
        if event.kind == "status-change":
            past_statuses.append(event.details.get("from", ""))
        elif event.kind == "chargeback":
            chargeback_at = chargeback_at or event.at
        elif event.kind == "dossier":
            continue  # the record of what was sent: not a fact of the claim itself
        else:
            facts_events.append(EventFacts(event.kind, event.at, event.author, event.amount))
            if event.kind in ("shipped", "delivered", "signed-for"):
                # Tracking the seller typed in from the carrier's site counts as a shipment.
                shipments.append(
                    ShipmentFacts(
                        tracking_number=str(event.details.get("tracking_number", "")),
                        carrier=str(event.details.get("carrier", "")),
                        shipped_at=event.at if event.kind == "shipped" else None,
                        delivered_at=event.at if event.kind != "shipped" else None,
                        signed_for=event.kind == "signed-for",
                    )
                )
    evidence = {FINDINGS_EVIDENCE[k] for k in evidence_kinds if k in FINDINGS_EVIDENCE}
    if any(e.kind in ("message-in", "message-out") for e in events):
        evidence.add("message")
    return ClaimFacts(
        channel=claim.channel,
        reason=claim.reason,
        filed_at=claim.filed_at,
        amount=claim.amount,
        currency=claim.currency,
        status=claim.status,
        latest_delivery=claim.latest_delivery,
        purchase_date=purchase_date,
        fulfillment_channel=fulfillment,  # type: ignore[arg-type]
        line_exclusions=line_exclusions,
        shipments=tuple(shipments),
        events=tuple(facts_events),
        chargeback_at=chargeback_at,
        past_statuses=tuple(s for s in past_statuses if s in STATUSES),
        evidence=frozenset(evidence),
    )


def _order_entries(claim: Claim) -> list[EventView]:
    order = claim.order
    if order is None:
        if claim.purchase_date is None:
            return []
        return [EventView(None, "ordered", claim.purchase_date, text=claim.order_ref)]
    entries = []
    if order.purchase_date is not None:
        entries.append(EventView(None, "ordered", order.purchase_date, text=order.order_id,
                                 amount=order.total, currency=order.currency))  # fmt: skip
    for s in order.shipments:
        details = {"carrier": s.carrier, "tracking_number": s.tracking_number}
        text = " ".join(p for p in (s.carrier, s.tracking_number) if p)
        if s.shipped_at is not None:
            entries.append(EventView(None, "shipped", s.shipped_at, text=text, details=details))
        if s.delivered_at is not None:
            kind = "signed-for" if s.signed_for else "delivered"
            entries.append(EventView(None, kind, s.delivered_at, text=text, details=details))
    return entries


def claim_view(
    workspace: Workspace, claim_pk: int, now: datetime | None = None, lang: str = "en"
) -> ClaimView:
    """Everything the claim pane and `claim show` display, findings included."""
    now = now or datetime.now(UTC)
    tz = workspace_timezone(workspace)
    with workspace.session_factory() as session:
        claim = _claim(session, claim_pk)
        policy = _policy_for(workspace, claim.channel, claim.filed_at)
        events = sorted(claim.events, key=lambda e: (e.at, e.id))
        kinds = session.scalars(select(Evidence.kind).where(Evidence.claim_id == claim.id))
        found = findings(_facts(claim, events, set(kinds)), policy, now, lang, tz=tz)
        own = [_view(e) for e in events]
        timeline = sorted([*own, *_order_entries(claim)], key=lambda e: e.at)
        return ClaimView(
            pk=claim.id, order_id=claim.order_ref, order_pk=claim.order_pk,
            buyer=claim.buyer_name, channel=claim.channel, reason=claim.reason,
            status=claim.status, amount=claim.amount, currency=claim.currency,
            filed_at=claim.filed_at, latest_delivery=claim.latest_delivery,
            purchase_date=claim.order.purchase_date if claim.order else claim.purchase_date,
            response_due=claim.response_due, decided_at=claim.decided_at,
            appeal_due=claim.appeal_due, policy=policy,
            allowed_moves=allowed_moves(claim.status, can_appeal=policy.appeal_window is not None),
            findings=tuple(found), events=tuple(own), timeline=tuple(timeline),
        )  # fmt: skip


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def event_json(event: EventView) -> dict[str, Any]:
    return {
        "id": event.pk, "kind": event.kind, "at": _json(event.at), "author": event.author,
        "text": event.text, "amount": _json(event.amount), "currency": event.currency,
        "details": event.details,
    }  # fmt: skip


def claim_json(view: ClaimView) -> dict[str, Any]:
    """The object `claim show --json` prints."""
    return {
        "claim_id": view.pk, "order_id": view.order_id, "buyer": view.buyer,
        "channel": view.channel, "reason": view.reason, "status": view.status,
        "amount": _json(view.amount), "currency": view.currency,
        "filed_at": _json(view.filed_at), "latest_delivery": _json(view.latest_delivery),
        "purchase_date": _json(view.purchase_date),
        "response_due": _json(view.response_due), "decided_at": _json(view.decided_at),
        "appeal_due": _json(view.appeal_due), "allowed_moves": list(view.allowed_moves),
        "policy": view.policy.describe("en"),
        "findings": [f.to_json() for f in view.findings],
        "events": [event_json(e) for e in view.events],
    }  # fmt: skip


def row_json(row: ClaimRow) -> dict[str, Any]:
    return {
        "claim_id": row.pk, "order_id": row.order_id, "buyer": row.buyer, "status": row.status,
        "reason": row.reason, "amount": _json(row.amount), "currency": row.currency,
        "filed_at": _json(row.filed_at), "response_due": _json(row.response_due),
        "channel": row.channel,
    }  # fmt: skip
