"""What a dossier says, as plain frozen data: the claim, its order, the seller, the numbered
exhibits and the facts the pages and the paste-ready text both draw on.

Gathered once from the workspace (`gather`), then read by the PDF layout and the plain text, so
both always cite the same exhibit numbers and say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal, get_args
from zoneinfo import ZoneInfo

from atoz_desktop.core.rules.facts import BUYER_KINDS, SELLER_KINDS
from atoz_desktop.core.rules.findings import Finding
from atoz_desktop.core.rules.texts import Lang, lang_of
from atoz_desktop.core.services.claims import ClaimView, EventView
from atoz_desktop.core.services.evidence import EvidenceItem

DossierKind = Literal["response", "appeal"]
DOSSIER_KINDS: tuple[DossierKind, ...] = get_args(DossierKind)

#: Amazon publishes no limit for its answer box; 2,000 characters is this program's choice.
DEFAULT_TEXT_LIMIT = 2000
TEXT_LIMIT_RANGE = (300, 20000)

#: Exhibits are numbered delivery proof first (what wins most claims), then the rest.
EXHIBIT_ORDER = (
    "proof-of-delivery",
    "carrier-receipt",
    "tracking-screenshot",
    "photo",
    "invoice",
    "return-label",
    "attachment",
    "other",
)
#: Evidence kinds that document the shipment and its delivery.
DELIVERY_EVIDENCE = frozenset({"proof-of-delivery", "carrier-receipt", "tracking-screenshot"})
#: Timeline entries that are the parcel's journey.
TRACKING_EVENTS = frozenset({"shipped", "in-transit", "delivered", "signed-for"})
#: What the seller and the buyer said to each other.
CONVERSATION = BUYER_KINDS | SELLER_KINDS
#: Severity order in a dossier: the strongest defence first, risks last.
SEVERITY_RANK = {"strong": 0, "weak": 1, "info": 2, "risk": 3}
#: Entries of the timeline a dossier leaves out: its own exports.
UNPRINTED_EVENTS = frozenset({"dossier"})

DateKind = Literal["taken", "received", "file", "added"]


@dataclass(frozen=True, slots=True)
class SellerProfile:
    """Who the dossier is from (Settings › Seller). `logo` is PNG bytes, or None."""

    name: str = ""
    store: str = ""
    address: str = ""
    logo: bytes | None = None
    signature: str = ""  # how messages to buyers end (services/seller.message_sign_off)

    @property
    def byline(self) -> str:
        """Who a dossier is by: the store, and the person or company behind it."""
        parts = [p for p in (self.store.strip(), self.name.strip()) if p]
        return " — ".join(dict.fromkeys(parts))


@dataclass(frozen=True, slots=True)
class DossierOptions:
    """What the seller chose for one dossier.

    `unfair` and `proposal` are the seller's own words for an appeal; `sent_on` is when the
    exhibits go to the buyer through Buyer-Seller Messaging (the paste-ready text says so;
    default: the day the dossier is built)."""

    kind: DossierKind = "response"
    lang: Lang = "en"
    include_risks: bool = True
    text_limit: int = DEFAULT_TEXT_LIMIT
    unfair: str = ""
    proposal: str = ""
    sent_on: datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in DOSSIER_KINDS:
            raise ValueError(f"unknown dossier kind {self.kind!r}; kinds: {DOSSIER_KINDS}")
        object.__setattr__(self, "lang", lang_of(self.lang))
        low, high = TEXT_LIMIT_RANGE
        if not low <= self.text_limit <= high:
            raise ValueError(f"the text limit is between {low} and {high} characters")


@dataclass(frozen=True, slots=True)
class Exhibit:
    """An evidence item with its number in this dossier and the date the index gives it."""

    number: int
    item: EvidenceItem
    date: datetime | None
    date_kind: DateKind


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    """One parcel: from the order report's shipments, completed by the tracking the seller
    typed on the timeline; `exhibits` are the documents that name it."""

    carrier: str
    tracking_number: str
    shipped_at: datetime | None = None
    estimated_arrival: datetime | None = None
    delivered_at: datetime | None = None
    signed_for: bool = False
    exhibits: tuple[int, ...] = ()
    #: The evidence items (pks) it was recorded from (a carrier receipt read): cited first.
    evidence: tuple[int, ...] = ()
    #: The document it was recorded from printed the day alone (kept at noon): the dossier
    #: shows the day only, as the timeline does.
    shipped_day_only: bool = False
    delivered_day_only: bool = False


@dataclass(frozen=True, slots=True)
class DossierContent:
    claim: ClaimView
    order: OrderFacts | None
    exhibits: tuple[Exhibit, ...]
    seller: SellerProfile
    options: DossierOptions
    tz: ZoneInfo
    built_at: datetime
    #: The seller's own e-mail addresses (Settings › Evidence and Messages), for a reply mail.
    seller_addresses: tuple[str, ...] = ()
    deliveries: tuple[DeliveryRecord, ...] = field(default=())

    @property
    def lang(self) -> Lang:
        return self.options.lang

    @property
    def kind(self) -> DossierKind:
        return self.options.kind

    def exhibits_of_event(self, event_pk: int | None) -> tuple[int, ...]:
        if event_pk is None:
            return ()
        return tuple(e.number for e in self.exhibits if e.item.event_pk == event_pk)

    def exhibits_of_kinds(self, kinds: Iterable[str]) -> tuple[int, ...]:
        wanted = set(kinds)
        return tuple(e.number for e in self.exhibits if e.item.kind in wanted)

    @property
    def delivery_exhibits(self) -> tuple[int, ...]:
        """Every document of the parcel's journey: filed as delivery evidence, or attached to
        a tracking entry of the timeline."""
        tracking = {e.pk for e in self.claim.events if e.kind in TRACKING_EVENTS}
        return tuple(
            e.number
            for e in self.exhibits
            if e.item.kind in DELIVERY_EVIDENCE or e.item.event_pk in tracking
        )

    def findings(self) -> tuple[Finding, ...]:
        """The claim's findings, strongest defence first, risks last (kept in rule order
        within a severity); risks only if the seller keeps them in."""
        found = sorted(self.claim.findings, key=lambda f: SEVERITY_RANK[f.severity])
        if not self.options.include_risks:
            found = [f for f in found if f.severity != "risk"]
        return tuple(found)

    def defence(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings() if f.severity != "risk")

    def exhibits_of_items(self, evidence_pks: Iterable[int]) -> tuple[int, ...]:
        wanted = set(evidence_pks)
        return tuple(e.number for e in self.exhibits if e.item.pk in wanted)

    def finding_exhibits(self, finding: Finding) -> tuple[int, ...]:
        """The exhibits a finding rests on, cited after it: the documents its fact was read
        from, when it was (a carrier receipt), else every delivery document."""
        read = self.exhibits_of_items(finding.evidence)
        if read:
            return read
        if finding.code in ("delivered-tracking", "signed-delivery", "late-shipment"):
            return self.delivery_exhibits
        if finding.code == "excluded-item":
            return self.exhibits_of_kinds({"invoice"})
        return ()

    @property
    def timeline(self) -> tuple[EventView, ...]:
        return tuple(e for e in self.claim.timeline if e.kind not in UNPRINTED_EVENTS)

    @property
    def conversation(self) -> tuple[EventView, ...]:
        return tuple(e for e in self.claim.timeline if e.kind in CONVERSATION)

    @property
    def buyer_silent_since(self) -> datetime | None:
        """When the seller last wrote, if the buyer has not answered since (as of the build)."""
        said = [e.at for e in self.claim.events if e.kind in SELLER_KINDS and e.at <= self.built_at]
        if not said:
            return None
        last = max(said)
        if any(e.kind in BUYER_KINDS and e.at >= last for e in self.claim.events):
            return None
        return last

    @property
    def offers(self) -> tuple[EventView, ...]:
        return tuple(e for e in self.claim.events if e.kind in ("offer", "counter-offer"))

    @property
    def decided_against_seller(self) -> bool:
        return self.claim.decided_at is not None and self.claim.status in APPEALABLE_STATUSES


#: A claim decided against the seller: what an appeal dossier is for.
APPEALABLE_STATUSES = frozenset(
    {"granted-seller-funded", "closed-seller-refund", "appeal-filed", "appeal-upheld"}
)


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """The order as a dossier cites it (a subset of services.orders.OrderDetail)."""

    order_id: str
    sales_channel: str | None
    fulfillment: Literal["AFN", "MFN"] | None
    purchase_date: datetime | None
    latest_delivery: datetime | None
    total: Decimal
    currency: str
    products: tuple[str, ...]


def exhibit_date(
    item: EvidenceItem, events: dict[int, EventView]
) -> tuple[datetime | None, DateKind]:
    """The date the index shows: when a photo was taken, when the mail it came with was
    received, the file's own date, else when it was added."""
    if item.taken_at is not None:
        return item.taken_at, "taken"
    event = events.get(item.event_pk) if item.event_pk is not None else None
    if event is not None and event.kind == "message-in":
        return event.at, "received"
    if item.file_date is not None:
        return item.file_date, "file"
    return item.added_at, "added"


def number_exhibits(
    items: Iterable[EvidenceItem], events: dict[int, EventView]
) -> tuple[Exhibit, ...]:
    """Exhibits numbered from 1: by kind (EXHIBIT_ORDER), then by date, then as added."""
    rank = {kind: n for n, kind in enumerate(EXHIBIT_ORDER)}
    dated = [(item, *exhibit_date(item, events)) for item in items]
    far = datetime.max.replace(tzinfo=UTC)
    dated.sort(key=lambda d: (rank.get(d[0].kind, len(rank)), d[1] or far, d[0].pk))
    return tuple(
        Exhibit(number, item, date, kind) for number, (item, date, kind) in enumerate(dated, 1)
    )


def day_only_event(event: EventView) -> bool:
    """A timeline entry whose date was read from a document that printed no time."""
    return (event.details or {}).get("time_printed") is False


def delivery_records(
    shipments: Iterable[DeliveryRecord],
    events: Iterable[EventView],
    exhibits: tuple[Exhibit, ...],
) -> tuple[DeliveryRecord, ...]:
    """The order's parcels, completed by the tracking entries of the claim's timeline (the
    seller types the delivery the carrier's site shows); each with the exhibits that name its
    tracking number or are attached to its entries."""
    records: dict[str, DeliveryRecord] = {}
    order: list[str] = []
    entry_exhibits: dict[str, set[int]] = {}
    for shipment in shipments:
        key = shipment.tracking_number.strip().upper() or f"#{len(order)}"
        records[key] = shipment
        order.append(key)
    for event in events:
        if event.kind not in TRACKING_EVENTS or event.kind == "in-transit":
            continue
        number = str(event.details.get("tracking_number", "")).strip()
        carrier = str(event.details.get("carrier", "")).strip()
        key = number.upper() or (order[0] if len(order) == 1 else f"#{len(order)}")
        known = records.get(key) or DeliveryRecord(carrier=carrier, tracking_number=number)
        if key not in records:
            order.append(key)
        day_only = day_only_event(event)
        if event.kind == "shipped":
            known = replace(known, shipped_at=known.shipped_at or event.at)
            if day_only and known.shipped_at == event.at:
                known = replace(known, shipped_day_only=True)
        else:
            known = replace(
                known,
                delivered_at=known.delivered_at or event.at,
                signed_for=known.signed_for or event.kind == "signed-for",
            )
            if day_only and known.delivered_at == event.at:
                known = replace(known, delivered_day_only=True)
        records[key] = known
        if event.pk is not None:
            proof = event.details.get("evidence_id")  # the receipt it was recorded from
            entry_exhibits.setdefault(key, set()).update(
                e.number for e in exhibits if e.item.event_pk == event.pk or e.item.pk == proof
            )
    result = []
    for key in order:
        record = records[key]
        named = {
            e.number
            for e in exhibits
            if (record.tracking_number
                and record.tracking_number.upper() in e.item.file_name.upper())
            or e.item.pk in record.evidence
        }  # fmt: skip
        cited = tuple(sorted(named | entry_exhibits.get(key, set())))
        result.append(replace(record, exhibits=cited))
    return tuple(result)
