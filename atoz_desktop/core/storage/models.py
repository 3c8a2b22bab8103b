"""The workspace's tables as typed SQLAlchemy models.

Amounts are exact (`Cents`), timestamps timezone-aware (`UtcDateTime`). An order's
`search_text` is its searchable fields folded to lower case without accents; on SQLite an FTS5
trigram index over it (created by the migrations) gives substring search in milliseconds.

No `from __future__ import annotations` here: with it every `Mapped[...]` is a string that
SQLAlchemy evaluates again (235 evals), and building the classes took 12% longer at every start
(2026-12-02). A class named before it is defined is quoted instead (`Mapped[list["Claim"]]`).
"""

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from atoz_desktop.core.storage.types import Cents, UtcDateTime


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), unique=True)
    merchant_order_id: Mapped[str | None] = mapped_column(String(64))
    purchase_date: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    last_updated: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(40), default="", index=True)
    fulfillment_channel: Mapped[str | None] = mapped_column(String(20))
    sales_channel: Mapped[str | None] = mapped_column(String(40))
    order_channel: Mapped[str | None] = mapped_column(String(40))
    ship_service_level: Mapped[str | None] = mapped_column(String(60))
    currency: Mapped[str] = mapped_column(String(3), default="")
    total: Mapped[Decimal] = mapped_column(Cents, default=Decimal(0), index=True)
    buyer_name: Mapped[str | None] = mapped_column(String(200), index=True)
    buyer_email: Mapped[str | None] = mapped_column(String(200))
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    ship_address_1: Mapped[str | None] = mapped_column(String(200))
    ship_address_2: Mapped[str | None] = mapped_column(String(200))
    ship_address_3: Mapped[str | None] = mapped_column(String(200))
    ship_city: Mapped[str | None] = mapped_column(String(120), index=True)
    ship_state: Mapped[str | None] = mapped_column(String(120))
    ship_postal_code: Mapped[str | None] = mapped_column(String(20))
    ship_country: Mapped[str | None] = mapped_column(String(2), index=True)
    is_business_order: Mapped[bool] = mapped_column(Boolean, default=False)
    latest_delivery: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Columns of the report this program does not know, kept as they came.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: A hash of the order as the importer last wrote it (services/importing/reimport.py).
    content_hash: Mapped[int | None] = mapped_column(BigInteger)
    #: A hash of the report rows it was last written from, when they alone make the order
    #: written (content_hash); else None (services/importing/reimport.py).
    raw_hash: Mapped[int | None] = mapped_column(BigInteger)

    lines: Mapped[list["OrderLine"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )
    shipments: Mapped[list["Shipment"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Shipment.id"
    )
    claims: Mapped[list["Claim"]] = relationship(back_populates="order")


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    order_item_id: Mapped[str | None] = mapped_column(String(64))
    sku: Mapped[str | None] = mapped_column(String(100))
    asin: Mapped[str | None] = mapped_column(String(20))
    product_name: Mapped[str | None] = mapped_column(Text)
    item_status: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    item_price: Mapped[Decimal | None] = mapped_column(Cents)
    item_tax: Mapped[Decimal | None] = mapped_column(Cents)
    shipping_price: Mapped[Decimal | None] = mapped_column(Cents)
    shipping_tax: Mapped[Decimal | None] = mapped_column(Cents)
    gift_wrap_price: Mapped[Decimal | None] = mapped_column(Cents)
    gift_wrap_tax: Mapped[Decimal | None] = mapped_column(Cents)
    item_promotion_discount: Mapped[Decimal | None] = mapped_column(Cents)
    ship_promotion_discount: Mapped[Decimal | None] = mapped_column(Cents)
    # digital / service / stored-value / subscription: outside the A-to-z Guarantee.
    excluded_kind: Mapped[str | None] = mapped_column(String(20))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    order: Mapped[Order] = relationship(back_populates="lines")


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (UniqueConstraint("order_pk", "carrier", "tracking_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    carrier: Mapped[str] = mapped_column(String(80), default="")
    tracking_number: Mapped[str] = mapped_column(String(80), default="")
    shipped_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    estimated_arrival: Mapped[datetime | None] = mapped_column(UtcDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    signed_for: Mapped[bool] = mapped_column(Boolean, default=False)
    shipment_ref: Mapped[str | None] = mapped_column(String(64))
    #: The evidence item (a carrier receipt) this shipment was recorded from; no foreign key,
    #: so an item removed and brought back by undo is still its proof.
    evidence_id: Mapped[int | None] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="shipments")


class Claim(Base):
    """An A-to-z Guarantee claim. The order may be unknown (an Amazon Pay order never imported)."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), index=True
    )
    order_ref: Mapped[str] = mapped_column(String(64), index=True)
    buyer_name: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20), default="marketplace")
    reason: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(40), default="action-required", index=True)
    amount: Mapped[Decimal] = mapped_column(Cents)
    currency: Mapped[str] = mapped_column(String(3))
    filed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    latest_delivery: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # For an order never imported (Amazon Pay): when it was placed, as the seller typed it.
    purchase_date: Mapped[datetime | None] = mapped_column(UtcDateTime)
    response_due: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    appeal_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Folded order id, buyer and reason: a few hundred claims, searched with LIKE.
    search_text: Mapped[str] = mapped_column(Text, default="")

    order: Mapped["Order | None"] = relationship(back_populates="claims")
    events: Mapped[list["ClaimEvent"]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimEvent.at"
    )


class ClaimEvent(Base):
    """One entry of a claim's timeline."""

    __tablename__ = "claim_events"
    __table_args__ = (Index("ix_claim_events_claim_at", "claim_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Cents)
    currency: Mapped[str | None] = mapped_column(String(3))
    # Kind-specific facts: an offer's kind, a status change's before and after.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    claim: Mapped[Claim] = relationship(back_populates="events")


class PolicyRecord(Base):
    """One version of a channel's policy (rules/policy.py), in force from `effective_from`.

    Versions are only added, never changed, so a claim keeps the deadlines of the policy that
    was in force when it was filed.
    """

    __tablename__ = "policies"
    __table_args__ = (Index("ix_policies_channel_from", "channel", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    effective_from: Mapped[datetime] = mapped_column(UtcDateTime)
    # Field name -> Duration text ("72 hours") or decimal text, as Policy.to_values() writes.
    values: Mapped[dict[str, Any]] = mapped_column(JSON)


class WorkspaceSetting(Base):
    """Small key/value facts about the workspace (e.g. that it is the demo workspace)."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """A file's bytes, keyed by their SHA-256: stored once however often it is attached, and in
    the database so that one backup of the workspace holds the evidence too."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: When no evidence pointed to it any more, first seen by `collect_orphan_blobs`; it is
    #: deleted a grace period later, so another window's undo can still bring it back.
    orphan_since: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Evidence(Base):
    """A file attached to a claim (and perhaps to one of its timeline events).

    `taken_at` is when a photo was taken (EXIF), `file_date` the file's modification time;
    `warning` says what the program cannot do with it (e.g. a PDF that needs a password).
    """

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("claim_id", "blob_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_events.id", ondelete="SET NULL"), index=True
    )
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(400))
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(80))
    file_date: Mapped[datetime | None] = mapped_column(UtcDateTime)
    taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    warning: Mapped[str] = mapped_column(Text, default="")
    page_count: Mapped[int | None] = mapped_column(Integer)
    #: What the document says as a carrier receipt (receipts/reading.py `as_stored`), once
    #: read; None: not read yet.
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: The seller chose `kind` (on adding, or by changing it): a reading never re-files it.
    kind_chosen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Rendition(Base):
    """A print-ready copy of an image evidence file (upright, downscaled, JPEG): one row per
    frame of a multi-page image. Derived data, made by the dossier builder and kept so that
    rebuilding a dossier does not decode the phone photos again; it goes with its blob."""

    __tablename__ = "renditions"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    #: What was made (size, quality, version of the recipe): a new recipe makes new rows.
    profile: Mapped[str] = mapped_column(String(40), primary_key=True)
    frame: Mapped[int] = mapped_column(Integer, primary_key=True)
    frames: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# Registers the ORM hook that indexes new orders for search (imported for its side effect).
from atoz_desktop.core.storage import search_index as _search_index  # noqa: E402, F401
