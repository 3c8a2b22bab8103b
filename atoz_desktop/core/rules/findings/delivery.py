"""Checks of the parcel: delivery proved by tracking or signature, no tracking, a late
shipment, and an order Amazon fulfilled itself."""

from __future__ import annotations

from datetime import datetime

from atoz_desktop.core.rules.facts import (
    DELIVERY_REASONS,
    LOGISTICS_REASONS,
    ClaimFacts,
    ShipmentFacts,
)
from atoz_desktop.core.rules.findings.context import Context, proofs, read_from
from atoz_desktop.core.rules.findings.model import Finding, Severity


def delivery_severity(facts: ClaimFacts, delivered_at: datetime | None) -> Severity:
    """Delivery proof wins a non-receipt claim, and a late-delivery claim when on time; for
    other reasons (damaged, not as described...) it is context."""
    if facts.reason == "not-received":
        return "strong"
    if facts.reason == "late-delivery" and delivered_at is not None:
        if facts.latest_delivery is not None and delivered_at <= facts.latest_delivery:
            return "strong"
    return "info"


def delivered_tracking(facts: ClaimFacts, ctx: Context) -> Finding | None:
    delivered = [s for s in facts.shipments if s.tracked and s.delivered_at is not None]
    if not delivered:
        return None
    shipment = min(delivered, key=lambda s: s.delivered_at or facts.filed_at)
    assert shipment.delivered_at is not None
    timing = ""
    if facts.latest_delivery is not None:
        on_time = shipment.delivered_at <= facts.latest_delivery
        timing = ctx.text(
            "timing-on-time" if on_time else "timing-late",
            delivery=ctx.day(facts.latest_delivery),
        )
    text = ctx.text(
        "delivered-tracking",
        tracking=tracking_label(shipment),
        at=ctx.moment(shipment.delivered_at, shipment.delivered_day_only),
        timing=timing,
    )
    found = Finding("delivered-tracking", delivery_severity(facts, shipment.delivered_at), text)
    return read_from(found, proofs(facts, shipment), ctx)


def tracking_label(shipment: ShipmentFacts) -> str:
    number = shipment.tracking_number.strip()
    return f"{shipment.carrier.strip()} {number}".strip() if number else shipment.carrier.strip()


def signed_delivery(facts: ClaimFacts, ctx: Context) -> Finding | None:
    signed = [s for s in facts.shipments if s.signed_for]
    if not signed:
        return None
    shipment = signed[0]
    at = (
        ctx.text("signed-at", at=ctx.moment(shipment.delivered_at, shipment.delivered_day_only))
        if shipment.delivered_at
        else ""
    )
    label = tracking_label(shipment)
    text = ctx.text("signed-delivery", tracking=f" {label}" if label else "", at=at)
    found = Finding("signed-delivery", delivery_severity(facts, shipment.delivered_at), text)
    return read_from(found, proofs(facts, shipment), ctx)


def no_tracking(facts: ClaimFacts, ctx: Context) -> Finding | None:
    # On FBA orders Amazon ships and holds the tracking; elsewhere only the seller can prove it.
    if facts.amazon_fulfilled or facts.reason not in DELIVERY_REASONS:
        return None
    if any(s.tracked for s in facts.shipments):
        return None
    if facts.read_receipts:
        # A document shows the number: the risk is only that it is not recorded yet.
        read = facts.read_receipts[0]
        tracking = f"{read.carrier} {read.tracking_number}".strip()
        text = ctx.text("no-tracking.read", file=read.proof.file_name, tracking=tracking)
        return Finding("no-tracking", "risk", text, evidence=(read.proof.evidence_pk,))
    return Finding("no-tracking", "risk", ctx.text("no-tracking"))


def late_shipment(facts: ClaimFacts, ctx: Context) -> Finding | None:
    if facts.amazon_fulfilled:
        return None  # Amazon's own lateness: the fba-order finding says to refer it to Amazon
    if facts.latest_ship_date is not None:
        for s in facts.shipments:
            if s.shipped_at is not None and s.shipped_at > facts.latest_ship_date:
                at, limit = ctx.when_pair(s.shipped_at, facts.latest_ship_date)
                at = ctx.day(s.shipped_at) if s.shipped_day_only else at
                text = ctx.text("late-shipment.shipped", at=at, limit=limit)
                return read_from(Finding("late-shipment", "risk", text), proofs(facts, s), ctx)
    if facts.latest_delivery is not None:
        for s in facts.shipments:
            if s.delivered_at is not None and s.delivered_at > facts.latest_delivery:
                at, limit = ctx.when_pair(s.delivered_at, facts.latest_delivery)
                at = ctx.day(s.delivered_at) if s.delivered_day_only else at
                text = ctx.text("late-shipment.delivered", at=at, limit=limit)
                return read_from(Finding("late-shipment", "risk", text), proofs(facts, s), ctx)
    return None


def fba_order(facts: ClaimFacts, ctx: Context) -> Finding | None:
    if not facts.amazon_fulfilled:
        return None
    severity: Severity = "strong" if facts.reason in LOGISTICS_REASONS else "info"
    return ctx.finding("fba-order", severity, "fba-order")
