"""Search: substring, case- and accent-insensitive, run in SQL, on orders and claims."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from atoz_desktop.core.search import fold, search_text, terms
from atoz_desktop.core.services.claims import claim_ids, create_claim
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.services.orders import list_orders, order_ids, search_condition
from atoz_desktop.core.storage.models import Order
from tests.reports import order_row, write_report


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Besançon", "besancon"), ("MÜNCHEN", "munchen"), ("Straße", "strasse"),
     ("Œuvre", "oeuvre"), ("Łódź", "lodz"), ("A Coruña", "a coruna"), ("plain", "plain")],
)  # fmt: skip
def test_fold(text, folded):
    assert fold(text) == folded


def test_search_text_and_terms():
    assert search_text(["Besançon", None, "", " Besançon ", "25000"]) == "besancon\n25000"
    assert terms("  Hélène   LEFÈVRE ") == ["helene", "lefevre"]


@pytest.fixture
def orders(workspace, tmp_path):
    rows = [
        order_row("402-1111111-1111111", ship_city="Besançon", sku="TH-001"),
        order_row("402-2222222-2222222", ship_city="München", ship_postal_code="80331",
                  product_name="Gewürzregal aus Bambus", sku="GR_BAMBUS"),
        order_row("402-3333333-3333333", ship_city="Málaga", ship_postal_code="29001",
                  item_price="120.00", product_name="100% coton bio", sku="COT-1"),
    ]  # fmt: skip
    import_order_files(workspace, [write_report(tmp_path / "a.txt", rows)])
    return {row.order_id: row.pk for row in list_orders(workspace)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("besancon", ["402-1111111-1111111"]),
        ("BESANÇON", ["402-1111111-1111111"]),
        ("munch", ["402-2222222-2222222"]),
        ("gewurz bambus", ["402-2222222-2222222"]),
        ("2222222", ["402-2222222-2222222"]),
        ("malaga 29001", ["402-3333333-3333333"]),
        ("b0abcdefgh", ["402-1111111-1111111", "402-2222222-2222222", "402-3333333-3333333"]),
        ("th-001", ["402-1111111-1111111"]),
        ("gr_b", ["402-2222222-2222222"]),  # _ is literal, not a LIKE wildcard
        ("100%", ["402-3333333-3333333"]),  # so is %
        ("mü", ["402-2222222-2222222"]),  # shorter than a trigram: the LIKE path
        ("zz", []),
        ("nowhere", []),
        ('"quoted', []),
    ],
)
def test_order_search(workspace, orders, query, expected):
    found = order_ids(workspace, search=query, sort="order_id", descending=False)
    assert found == [orders[oid] for oid in expected]


def test_sort_runs_in_sql_on_every_column(workspace, orders):
    from atoz_desktop.core.services.orders import ORDER_SORT_COLUMNS

    for key in ORDER_SORT_COLUMNS:
        up = order_ids(workspace, sort=key, descending=False)
        down = order_ids(workspace, sort=key, descending=True)
        assert sorted(up) == sorted(orders.values())
        assert up == list(reversed(down)) or key in (
            "currency",
            "status",
            "country",
            "fulfillment",
            "sales_channel",
        )
    by_total = order_ids(workspace, sort="total", descending=True)
    assert by_total[0] == orders["402-3333333-3333333"]


def test_orm_inserted_orders_are_searchable_and_deleted_ones_vanish(workspace):
    with workspace.session() as s:
        s.add(Order(order_id="X-1", currency="EUR", search_text=search_text(["X-1", "Orléans"])))
    assert len(order_ids(workspace, search="orleans")) == 1
    with workspace.session() as s:
        order = s.query(Order).one()
        order.search_text = search_text(["X-1", "Nîmes"])
    assert order_ids(workspace, search="orleans") == []
    assert len(order_ids(workspace, search="nimes")) == 1
    with workspace.session() as s:
        s.delete(s.query(Order).one())
    assert order_ids(workspace, search="nimes") == []


def test_claims_search_ignores_accents_and_sorts_open_claims_by_deadline(workspace):
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def claim(order_id, buyer, hours_ago, status="action-required"):
        return create_claim(workspace, order_id=order_id, reason="not-received",
                            filed_at=now - timedelta(hours=hours_ago), amount=Decimal("10"),
                            currency="EUR", buyer_name=buyer, status=status)  # fmt: skip

    late = claim("A-1", "Jürgen Müller", 100)
    soon = claim("A-2", "Hélène Lefèvre", 60)
    later = claim("A-3", "Ana", 10)
    decided = claim("A-4", "Zoé", 200, status="denied")
    assert claim_ids(workspace, search="muller") == [late]
    assert claim_ids(workspace, search="helene") == [soon]
    assert claim_ids(workspace, search="not received") == [late, soon, later, decided]
    assert claim_ids(workspace) == [late, soon, later, decided]
    assert claim_ids(workspace, view="action-required") == [late, soon, later]


def test_postgresql_answers_a_search_word_from_its_trigram_index(workspace):
    """On PostgreSQL a word of 3 letters or more is looked up in a GIN trigram index (pg_trgm),
    not by reading every order; SQLite has its FTS5 index instead."""
    if workspace.is_sqlite:
        pytest.skip("PostgreSQL's trigram index (SQLite searches through FTS5)")
    with workspace.session() as s:
        s.add(Order(order_id="X-1", total=Decimal("1"), currency="EUR",
                    search_text=search_text(["X-1", "Besançon"])))  # fmt: skip
    statement = select(Order.id).where(search_condition(workspace, "besan"))
    with workspace.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # one order: force the index
        plan = connection.execute(
            text("EXPLAIN " + str(statement.compile(workspace.engine,
                                                    compile_kwargs={"literal_binds": True})))
        ).scalars().all()  # fmt: skip
    assert any("ix_orders_search_trgm" in line for line in plan), plan
    assert len(order_ids(workspace, search="besan")) == 1
