"""Claims and their order: the claims list filtered to one order in SQL, and the open claim an
order already has."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from atoz_desktop.core.services.claims import (
    change_status,
    claim_ids,
    create_claim,
    list_claims,
    open_claim_of_order,
)

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OID = "402-1234567-1234567"
OTHER = "402-7654321-7654321"


def _claim(workspace, order_id: str, hours: int, reason: str = "not-received") -> int:
    return create_claim(workspace, order_id=order_id, reason=reason,
                        filed_at=NOW + timedelta(hours=hours - 72), amount=Decimal("20.00"),
                        currency="EUR", buyer_name="Jürgen Müller")  # fmt: skip


def test_the_claims_list_filters_to_one_order_in_every_view_sort_and_search(workspace) -> None:
    soon = _claim(workspace, OID, 5)
    later = _claim(workspace, OID, 50, reason="damaged-defective")
    elsewhere = _claim(workspace, OTHER, 1)
    change_status(workspace, later, "under-review", at=NOW)
    assert claim_ids(workspace, "all") == [elsewhere, soon, later]
    assert claim_ids(workspace, "all", order_id=OID) == [soon, later]
    assert claim_ids(workspace, "all", order_id=f"  {OID} ") == [soon, later]
    assert claim_ids(workspace, "action-required", order_id=OID) == [soon]
    assert claim_ids(workspace, "all", "damaged", order_id=OID) == [later]
    assert claim_ids(workspace, "all", sort="amount", descending=True, order_id=OTHER) == [
        elsewhere
    ]
    # The triage sorts (worked out by the rules) keep the filter too.
    assert set(claim_ids(workspace, "all", sort="next_step", now=NOW, order_id=OID)) == {
        soon,
        later,
    }
    assert claim_ids(workspace, "all", order_id="402-0000000-0000000") == []
    assert [r.pk for r in list_claims(workspace, order_id=OID)] == [soon, later]


def test_the_open_claim_of_an_order(workspace) -> None:
    assert open_claim_of_order(workspace, OID) is None
    first = _claim(workspace, OID, 5)
    assert open_claim_of_order(workspace, OID).pk == first
    assert open_claim_of_order(workspace, OID, excluding=first) is None
    change_status(workspace, first, "under-review", at=NOW)
    assert open_claim_of_order(workspace, OID).pk == first  # Amazon still decides: open
    change_status(workspace, first, "denied", at=NOW + timedelta(hours=1))
    assert open_claim_of_order(workspace, OID) is None
    assert open_claim_of_order(workspace, OTHER) is None
