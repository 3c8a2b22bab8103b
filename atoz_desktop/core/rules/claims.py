"""Claim vocabulary and the default response deadlines of shared/DOMAIN.md.

Every number here is a default; the policy table of the claims issue makes them editable.
"""

from __future__ import annotations

from datetime import datetime, timedelta

CHANNELS = ("marketplace", "amazon-pay")

REASONS = (
    "not-received",
    "late-delivery",
    "damaged-defective",
    "not-as-described",
    "return-not-refunded",
    "return-refused",
    "international-return",
    "unexpected-charges",
    "overcharged",
)

STATUSES = (
    "action-required",
    "under-review",
    "withdrawn",
    "denied",
    "granted-seller-funded",
    "granted-amazon-funded",
    "closed-seller-refund",
    "appeal-filed",
    "appeal-upheld",
    "appeal-reversed",
)

#: Statuses in which the seller still has to act or wait for Amazon.
OPEN_STATUSES = frozenset({"action-required", "under-review", "appeal-filed"})

#: The sidebar's saved views, mirroring Seller Central's tabs, and the statuses in each.
CLAIM_VIEWS: dict[str, frozenset[str] | None] = {
    "action-required": frozenset({"action-required"}),
    "under-review": frozenset({"under-review", "appeal-filed"}),
    "appeal": frozenset({"granted-seller-funded", "closed-seller-refund"}),
    "all": None,
}

DEFAULT_RESPONSE_WINDOW = {
    "marketplace": timedelta(hours=72),
    "amazon-pay": timedelta(days=7),
}


def default_response_due(channel: str, filed_at: datetime) -> datetime:
    """When the seller must answer a claim filed at `filed_at`, by the default policy."""
    return filed_at + DEFAULT_RESPONSE_WINDOW[channel]
