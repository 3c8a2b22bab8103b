"""Orders for the search tests, and the answer every search plan must agree with.

The tests of the orders search's plans (SQLite's in services/order_search.py, PostgreSQL's in
services/order_search_server.py) fill a workspace with generated orders through
`insert_orders` (as the importer leaves them: in the SQLite search index too) and compare
`order_ids` with `plain_order_ids`: the one plain LIKE query, sorted, with no plan at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from atoz_desktop.core.search import like_pattern, terms
from atoz_desktop.core.services.orders import ORDER_SORT_COLUMNS
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Order
from atoz_desktop.core.storage.search_index import index_new_orders

#: The first purchase date of generated orders; each comes some hours after it.
START = datetime(2026, 1, 1, tzinfo=UTC)


def order_row(order_id: str, *, hours: int, total: int, search_text: str, **fields: Any) -> dict:
    """One orders row: bought `hours` after START, for `total`, with the other `fields`."""
    return {
        "order_id": order_id,
        "purchase_date": START + timedelta(hours=hours),
        "total": Decimal(total),
        "search_text": search_text,
        **fields,
    }


def insert_orders(workspace: Workspace, rows: Sequence[dict]) -> None:
    """The rows in one transaction, and in the search index where there is one (SQLite)."""
    with workspace.begin() as connection:
        pks = list(connection.execute(insert(Order).returning(Order.id), rows).scalars())
        index_new_orders(connection, pks)


def plain_order_ids(
    workspace: Workspace,
    query: str,
    sort: str = "purchase_date",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """The orders matching every word of `query`, by the plain LIKE on the search text alone,
    in the order `order_ids` must give them (ties by id)."""
    column = ORDER_SORT_COLUMNS[sort]
    order_by = (column.desc(), Order.id.desc()) if descending else (column, Order.id)
    statement = select(Order.id).order_by(*order_by).limit(limit)
    for word in terms(query):
        statement = statement.where(Order.search_text.like(like_pattern(word), escape="\\"))
    with workspace.engine.connect() as connection:
        return list(connection.execute(statement).scalars())
