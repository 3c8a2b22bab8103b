"""One claim as the claim pane and `claim show` display it: its timeline, with the order's
purchase and shipments, and the findings; and the JSON the command line prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from atoz_desktop.core.rules.carriers import carrier_name
from atoz_desktop.core.rules.findings import Finding, findings, missing_evidence
from atoz_desktop.core.rules.policy import Policy
from atoz_desktop.core.rules.status import allowed_moves, seller_deadline
from atoz_desktop.core.rules.triage import NextStep, next_step
from atoz_desktop.core.services.claims.common import _claim, _policy_for
from atoz_desktop.core.services.claims.facts import claim_facts
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
    next_step: NextStep | None = None  # what to do now (rules/triage.py)
    missing: tuple[str, ...] = ()  # the evidence kinds the claim still lacks

    @property
    def deadline(self) -> datetime | None:
        """The seller's deadline running now: the response's, the appeal's, or none."""
        which = seller_deadline(self.status, can_appeal=self.policy.appeal_window is not None)
        return {"response": self.response_due, "appeal": self.appeal_due}.get(which or "")


def _view(event: ClaimEvent) -> EventView:
    return EventView(event.id, event.kind, event.at, event.author, event.text, event.amount,
                     event.currency, dict(event.details or {}))  # fmt: skip


def _order_entries(claim: Claim, lang: str, own: list[EventView]) -> list[EventView]:
    """The order's purchase and shipments as entries; a shipment's step that the claim's own
    timeline already records for the same tracking number (recorded from a receipt) once."""
    recorded = {
        (e.kind if e.kind != "signed-for" else "delivered",
         str(e.details.get("tracking_number", "")).upper())
        for e in own
        if e.details.get("tracking_number")
    }  # fmt: skip
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
        text = " ".join(p for p in (carrier_name(s.carrier, lang), s.tracking_number) if p)
        number = s.tracking_number.upper()
        if s.shipped_at is not None and ("shipped", number) not in recorded:
            entries.append(EventView(None, "shipped", s.shipped_at, text=text, details=details))
        if s.delivered_at is not None and ("delivered", number) not in recorded:
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
        rows = session.execute(
            select(Evidence.id, Evidence.kind, Evidence.file_name, Evidence.reading).where(
                Evidence.claim_id == claim.id
            )
        ).all()
        documents = {pk: (name, reading) for pk, _kind, name, reading in rows}
        facts = claim_facts(claim, events, {kind for _pk, kind, _n, _r in rows}, documents)
        found = findings(facts, policy, now, lang, tz=tz)
        own = [_view(e) for e in events]
        timeline = sorted([*own, *_order_entries(claim, lang, own)], key=lambda e: e.at)
        which = seller_deadline(claim.status, can_appeal=policy.appeal_window is not None)
        deadline = {"response": claim.response_due, "appeal": claim.appeal_due}.get(which or "")
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
            next_step=next_step(facts, deadline, now, lang, tz=tz),
            missing=missing_evidence(facts),
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
        "next_step": (
            {"code": view.next_step.code, "text": view.next_step.text} if view.next_step else None
        ),
        "missing_evidence": list(view.missing),
    }  # fmt: skip


def row_json(row: ClaimRow) -> dict[str, Any]:
    return {
        "claim_id": row.pk, "order_id": row.order_id, "buyer": row.buyer, "status": row.status,
        "reason": row.reason, "amount": _json(row.amount), "currency": row.currency,
        "filed_at": _json(row.filed_at), "response_due": _json(row.response_due),
        "channel": row.channel,
    }  # fmt: skip
