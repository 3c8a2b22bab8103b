"""The facts a claim's findings are judged on: plain frozen data gathered from storage.

The vocabulary of the timeline (who says what), of the goods the guarantee excludes and of the
evidence a claim can hold, with the snapshot `ClaimFacts` that rules/findings/ reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

from atoz_desktop.core.rules.claims import CHANNELS, REASONS, STATUSES
from atoz_desktop.core.rules.deadlines import require_aware

#: Timeline event kinds of issue 3 item 3.
EVENT_KINDS = (
    "message-in",
    "message-out",
    "amazon-notice",
    "shipped",
    "in-transit",
    "delivered",
    "signed-for",
    "returned",
    "offer",
    "counter-offer",
    "buyer-accepted",
    "buyer-declined",
    "decision",
    "appeal",
    "note",
    "refund-outside-claim",
)
#: What the buyer says to the seller ("message-in"; accepting or declining an offer).
BUYER_KINDS = frozenset({"message-in", "buyer-accepted", "buyer-declined"})
#: What the seller says to the buyer (an offer and a counter-offer are messages too).
SELLER_KINDS = frozenset({"message-out", "offer", "counter-offer"})

#: Order-line flags for goods the A-to-z Guarantee does not cover (DOMAIN.md "Not covered").
EXCLUDED_KINDS = ("digital", "service", "stored-value", "subscription")

#: Kinds of evidence the case can hold (DOMAIN.md "Evidence that wins").
EVIDENCE_KINDS = (
    "delivery-proof",
    "shipping-receipt",
    "photo",
    "listing",
    "message",
    "refund-record",
    "return-label",
)

#: Reasons whose defence is the delivery itself.
DELIVERY_REASONS = frozenset({"not-received", "late-delivery"})
#: Reasons where Amazon's logistics are at fault on an FBA order.
LOGISTICS_REASONS = frozenset({"not-received", "late-delivery", "damaged-defective"})

FulfillmentChannel = Literal["AFN", "MFN"]


@dataclass(frozen=True, slots=True)
class Proof:
    """An evidence item a fact was read from (a carrier receipt): the findings cite it."""

    evidence_pk: int
    file_name: str


@dataclass(frozen=True, slots=True)
class ReadReceipt:
    """A document of the claim whose reading shows a tracking number (services/receipts.py)."""

    proof: Proof
    carrier: str
    tracking_number: str


@dataclass(frozen=True, slots=True)
class ShipmentFacts:
    """A parcel of the order as the carrier reported it; `proof`, the documents it was read
    from, when it was recorded from a receipt."""

    tracking_number: str = ""
    carrier: str = ""
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    signed_for: bool = False
    proof: tuple[Proof, ...] = ()
    #: The document printed the day alone (the instant is that day at noon): say the day only.
    shipped_day_only: bool = False
    delivered_day_only: bool = False

    def __post_init__(self) -> None:
        for name in ("shipped_at", "delivered_at"):
            value = getattr(self, name)
            if value is not None:
                require_aware(value, name)

    @property
    def tracked(self) -> bool:
        return bool(self.tracking_number.strip())


@dataclass(frozen=True, slots=True)
class EventFacts:
    """A timeline entry. Who spoke follows from the kind (message-in is the buyer, message-out
    the seller); `author` is kept for the record."""

    kind: str
    at: datetime
    author: str = ""
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}; kinds: {', '.join(EVENT_KINDS)}")
        require_aware(self.at, "event time")


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """Everything the findings look at, gathered by the caller from storage.

    `line_exclusions` has one entry per order line: None, or the kind that puts the line
    outside the guarantee. `past_statuses` are the statuses before the current one, oldest
    first (the ODR counts a withdrawal after a grant). `evidence` names the kinds of exhibits
    attached to the case (EVIDENCE_KINDS). `latest_ship_date` is the ship-by date, when known.
    `read_receipts` are the documents whose reading shows a tracking number.
    """

    channel: str
    reason: str
    filed_at: datetime
    amount: Decimal
    currency: str = "EUR"
    status: str = "action-required"
    latest_delivery: datetime | None = None
    purchase_date: datetime | None = None
    latest_ship_date: datetime | None = None
    fulfillment_channel: FulfillmentChannel | None = None
    line_exclusions: tuple[str | None, ...] = ()
    shipments: tuple[ShipmentFacts, ...] = ()
    events: tuple[EventFacts, ...] = ()
    chargeback_at: datetime | None = None
    past_statuses: tuple[str, ...] = ()
    evidence: frozenset[str] = field(default_factory=frozenset)
    #: Documents whose reading shows a tracking number, recorded or not.
    read_receipts: tuple[ReadReceipt, ...] = ()

    def __post_init__(self) -> None:
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")
        if self.reason not in REASONS:
            raise ValueError(f"unknown reason {self.reason!r}; reasons: {', '.join(REASONS)}")
        for status in (*self.past_statuses, self.status):
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}")
        if self.fulfillment_channel not in (None, "AFN", "MFN"):
            raise ValueError(f"fulfillment channel is AFN or MFN, not {self.fulfillment_channel!r}")
        for kind in self.line_exclusions:
            if kind is not None and kind not in EXCLUDED_KINDS:
                raise ValueError(f"unknown exclusion {kind!r}; kinds: {', '.join(EXCLUDED_KINDS)}")
        for kind in self.evidence:
            if kind not in EVIDENCE_KINDS:
                raise ValueError(f"unknown evidence {kind!r}; kinds: {', '.join(EVIDENCE_KINDS)}")
        require_aware(self.filed_at, "filed_at")
        for name in ("latest_delivery", "purchase_date", "latest_ship_date", "chargeback_at"):
            value = getattr(self, name)
            if value is not None:
                require_aware(value, name)

    @property
    def amazon_fulfilled(self) -> bool:
        return self.fulfillment_channel == "AFN"
