"""A stored claim as the rules see it: the plain, frozen `ClaimFacts` gathered from the claim,
its order and its timeline, for the findings (views.py) and the list's triage (triage.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from atoz_desktop.core.evidence.kinds import FINDINGS_EVIDENCE
from atoz_desktop.core.rules.claims import STATUSES
from atoz_desktop.core.rules.facts import (
    ClaimFacts,
    EventFacts,
    Proof,
    ReadReceipt,
    ShipmentFacts,
)
from atoz_desktop.core.storage.models import Claim, ClaimEvent

_FULFILLMENT = {"amazon": "AFN", "afn": "AFN", "merchant": "MFN", "mfn": "MFN"}


#: An evidence item as the facts cite it: its file name and its stored reading (or None).
Document = tuple[str, dict[str, Any] | None]


def _proof(documents: Mapping[int, Document], pk: Any) -> tuple[Proof, ...]:
    if not isinstance(pk, int) or pk not in documents:
        return ()  # no document, or one that was removed since
    return (Proof(pk, documents[pk][0]),)


def _read_receipts(documents: Mapping[int, Document]) -> tuple[ReadReceipt, ...]:
    found = []
    for pk, (name, reading) in sorted(documents.items()):
        if reading and reading.get("tracking_number"):
            # Here, not at the top: the receipts package imports its whole reader (Pillow,
            # PDFium, zxing-cpp), which the window's start does not need.
            from atoz_desktop.core.receipts.formats import CARRIER_BY_CODE

            code = reading.get("carrier")
            carrier = CARRIER_BY_CODE[code].name if code in CARRIER_BY_CODE else ""
            found.append(ReadReceipt(Proof(pk, name), carrier, str(reading["tracking_number"])))
    return tuple(found)


def _day_only(event: ClaimEvent) -> bool:
    """A tracking entry recorded from a document that printed the date without its time."""
    return (event.details or {}).get("time_printed") is False


def _number(tracking_number: Any) -> str:
    return str(tracking_number or "").replace(" ", "").upper()


def _days_only(events: Sequence[ClaimEvent]) -> set[tuple[str, str, Any]]:
    """(number, step, instant) of the tracking entries whose document printed the day alone:
    the order's shipment recorded from the same document has the same instant."""
    return {
        (_number(e.details.get("tracking_number")),
         "shipped" if e.kind == "shipped" else "delivered", e.at)
        for e in events
        if e.kind in ("shipped", "delivered", "signed-for") and _day_only(e)
    }  # fmt: skip


def claim_facts(
    claim: Claim,
    events: Sequence[ClaimEvent],
    evidence_kinds: Iterable[str],
    documents: Mapping[int, Document] | None = None,
) -> ClaimFacts:
    """The plain facts the rules judge a stored claim on: its order's fulfilment, lines and
    shipments, its timeline (`events`, oldest first) and the kinds of evidence it holds;
    `documents` (evidence pk -> file name and reading) say which receipts facts were read from."""
    documents = documents or {}
    order = claim.order
    shipments = []
    line_exclusions: tuple[str | None, ...] = ()
    fulfillment = None
    purchase_date = claim.purchase_date
    if order is not None:
        purchase_date = order.purchase_date or purchase_date
        fulfillment = _FULFILLMENT.get((order.fulfillment_channel or "").lower())
        line_exclusions = tuple(line.excluded_kind for line in order.lines)
        days = _days_only(events)
        shipments = [
            ShipmentFacts(
                s.tracking_number, s.carrier, s.shipped_at, s.delivered_at, s.signed_for,
                _proof(documents, s.evidence_id),
                shipped_day_only=(_number(s.tracking_number), "shipped", s.shipped_at) in days,
                delivered_day_only=(_number(s.tracking_number), "delivered", s.delivered_at)
                in days,
            )  # fmt: skip
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
                        proof=_proof(documents, event.details.get("evidence_id")),
                        shipped_day_only=event.kind == "shipped" and _day_only(event),
                        delivered_day_only=event.kind != "shipped" and _day_only(event),
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
        read_receipts=_read_receipts(documents),
    )
