"""How PostgreSQL plans the lists' queries: for each statement's own values, and the first
screenful of a sorted list read from the sort column's index in the list's order."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from atoz_desktop.core.services.orders import ORDER_SORT_COLUMNS, order_ids
from atoz_desktop.core.storage.models import Order


def _server_only(workspace) -> None:
    if workspace.is_sqlite:
        pytest.skip("PostgreSQL's planner (SQLite's indexes end with the rowid already)")


def test_every_server_connection_plans_each_statement_for_its_values(workspace):
    """psycopg prepares a statement after five runs; a generic plan chosen once, blind to the
    values, made an import read every order for each chunk of ids."""
    _server_only(workspace)
    with workspace.engine.connect() as connection:
        assert connection.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
    with workspace.session() as session:  # the writer's connections too, and after a rollback
        assert session.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"


@pytest.mark.parametrize("sort", ["buyer", "status", "total", "city", "country", "purchase_date"])
def test_a_sorted_first_screenful_is_read_from_the_index_without_sorting(workspace, sort):
    """Ties (every order without a buyer name) are ordered by id in the index itself, so the
    server stops after the screenful instead of sorting every order that shares the value."""
    _server_only(workspace)
    with workspace.session() as s:
        s.add_all(
            Order(order_id=f"A-{i}", total=Decimal("1"), currency="EUR", status="Shipped")
            for i in range(5)
        )
    column = ORDER_SORT_COLUMNS[sort]
    for descending in (False, True):
        order_by = (column.desc(), Order.id.desc()) if descending else (column, Order.id)
        statement = select(Order.id).order_by(*order_by).limit(201)
        sql = str(statement.compile(workspace.engine, compile_kwargs={"literal_binds": True}))
        with workspace.engine.connect() as connection:
            # Five orders: rule out every other way, so a sort shows only when it is needed.
            for setting in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
                connection.execute(text(f"SET enable_{setting} = off"))
            plan = connection.execute(text("EXPLAIN " + sql)).scalars().all()
        assert any(f"ix_orders_{column.key}" in line for line in plan), plan
        assert not any("Sort" in line for line in plan), plan
        ids = order_ids(workspace, sort=sort, descending=descending, limit=201)
        assert ids == sorted(ids, reverse=descending)  # ties by id, as SQLite gives them


@pytest.mark.parametrize("sort", ["purchase_date", "total", "buyer"])
@pytest.mark.parametrize("descending", [True, False])
def test_a_first_screenful_is_the_head_of_the_whole_list_walked_or_not(
    workspace, monkeypatch, sort, descending
):
    """The server's bounded walk along the sort index (services/orders.py) gives the same first
    ids as the whole query, whether the walk finds enough matches or hands over to the planner."""
    from datetime import UTC, datetime, timedelta

    from atoz_desktop.core.search import search_text
    from atoz_desktop.core.services import orders

    monkeypatch.setattr(orders, "SERVER_WALK_BUDGET", 6)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with workspace.session() as s:
        for i in range(30):
            city = "Besançon" if i % 3 == 0 else ("Münch" if i == 29 else "Paris")
            s.add(
                Order(
                    order_id=f"A-{i:02d}", total=Decimal(i % 4), currency="EUR",
                    purchase_date=start + timedelta(days=i // 2),
                    search_text=search_text([f"A-{i:02d}", city, "Théière fonte"]),
                )
            )  # fmt: skip
    for search in ("besan", "théière fonte", "münch", "paris fonte", "qq"):
        whole = order_ids(workspace, search=search, sort=sort, descending=descending)
        for limit in (1, 2, 3, 10):
            assert (
                order_ids(workspace, search=search, sort=sort, descending=descending, limit=limit)
                == whole[:limit]
            ), (search, limit)
