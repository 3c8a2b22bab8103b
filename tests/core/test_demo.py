"""The demo workspace a first start opens: full enough to show every part of the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from atoz_desktop.core.demo import (
    AMAZON_PAY_ORDER_ID,
    NotAnEmptyWorkspaceError,
    create_demo_workspace,
)
from atoz_desktop.core.services.claims import claim_ids, claim_rows, create_claim
from atoz_desktop.core.services.orders import order_count, order_detail, order_ids
from atoz_desktop.core.storage.database import Workspace, open_workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Order, Shipment

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = open_workspace(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    create_demo_workspace(workspace, now=NOW)
    yield workspace
    workspace.close()


def test_demo_is_marked_and_has_about_300_orders(demo: Workspace) -> None:
    assert demo.is_demo
    assert order_count(demo) == 300


def test_orders_came_through_all_three_reports(demo: Workspace) -> None:
    besancon = order_ids(demo, search="besancon")
    assert besancon, "accent-insensitive search finds Besançon"
    details = [order_detail(demo, pk=pk) for pk in order_ids(demo)]
    assert all(d is not None for d in details)
    assert any(d and d.buyer and d.ship_address for d in details)  # Unshipped report
    assert any(d and d.shipments for d in details)  # FBA Shipments report
    assert any(d and len(d.lines) > 1 for d in details)
    assert {d.ship_country for d in details if d} >= {"FR", "DE", "IT", "ES"}


def test_claims_cover_the_states_and_deadlines_a_seller_meets(demo: Workspace) -> None:
    rows = claim_rows(demo, claim_ids(demo))
    assert 8 <= len(rows) <= 12
    assert len({r.status for r in rows.values()}) >= 5
    open_dues = [r.response_due for r in rows.values() if r.status == "action-required"]
    assert all(d is not None and d.tzinfo is not None for d in open_dues)
    assert any(d is not None and NOW < d <= NOW + timedelta(hours=24) for d in open_dues)
    assert any(d is not None and NOW + timedelta(hours=24) < d <= NOW + timedelta(hours=48)
               for d in open_dues)  # fmt: skip
    assert any(d is not None and d < NOW for d in open_dues)
    pay = [r for r in rows.values() if r.channel == "amazon-pay"]
    assert [r.order_id for r in pay] == [AMAZON_PAY_ORDER_ID]
    assert order_detail(demo, order_id=AMAZON_PAY_ORDER_ID) is None


def test_claims_have_timelines_and_a_granted_claim_can_be_appealed(demo: Workspace) -> None:
    with demo.session() as session:
        claims = session.execute(select(Claim)).scalars().all()
        for claim in claims:
            assert len(claim.events) >= 2
            assert all(e.at.tzinfo is not None for e in claim.events)
        granted = [c for c in claims if c.status == "granted-seller-funded"]
        assert granted and granted[0].appeal_due is not None
        assert granted[0].appeal_due > NOW
        kinds = set(session.execute(select(ClaimEvent.kind)).scalars())
    assert {"message-in", "message-out", "offer", "amazon-notice"} <= kinds


def test_nothing_in_the_demo_is_dated_after_its_now(demo: Workspace) -> None:
    """The generator ships an order up to 40 h after purchase: the last orders once showed a
    shipment dated in the future (4 of the 300 at this seed)."""
    with demo.session() as session:
        shipped = session.execute(select(Shipment.shipped_at)).scalars().all()
        assert [at for at in shipped if at is not None]  # the check below has something to see
        moments = [
            *shipped,
            *session.execute(select(Order.purchase_date)).scalars(),
            *session.execute(select(Order.last_updated)).scalars(),
            *session.execute(select(ClaimEvent.at)).scalars(),
            *session.execute(select(Claim.filed_at)).scalars(),
            *session.execute(select(Claim.decided_at)).scalars(),
        ]
    future = [at for at in moments if at is not None and at > NOW]
    assert future == []


def test_demo_again_is_a_no_op(demo: Workspace) -> None:
    before = len(claim_ids(demo))
    create_demo_workspace(demo, now=NOW)
    assert len(claim_ids(demo)) == before


def test_a_real_workspace_is_never_filled_with_demo_data(tmp_path: Path) -> None:
    workspace = open_workspace(str(tmp_path / "real.sqlite3"))
    try:
        create_claim(
            workspace,
            order_id="P01-1234567-1234567",
            reason="not-received",
            filed_at=NOW,
            channel="amazon-pay",
            amount=Decimal("10.00"),
            currency="EUR",
        )
        with pytest.raises(NotAnEmptyWorkspaceError):
            create_demo_workspace(workspace, now=NOW)
        assert not workspace.is_demo
        with pytest.raises(ValueError):
            create_demo_workspace(workspace, now=datetime(2026, 1, 1))  # naive
    finally:
        workspace.close()


@pytest.mark.parametrize("orders", [0, 3])
def test_a_tiny_demo_still_opens(tmp_path: Path, orders: int) -> None:
    workspace = open_workspace(str(tmp_path / "tiny.sqlite3"))
    try:
        create_demo_workspace(workspace, orders=orders, now=NOW)
        assert order_count(workspace) == orders
        assert workspace.is_demo and claim_ids(workspace)
    finally:
        workspace.close()
