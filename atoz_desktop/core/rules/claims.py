"""Claim vocabulary: channels, reasons, statuses and the sidebar's views.

Deadlines live in rules/policy.py and rules/deadlines.py.
"""

from __future__ import annotations

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
