"""Keeping the SQLite full-text index of orders in step with new orders.

Deletes and changed search texts are handled by triggers (see the initial migration); new
orders are indexed here, in bulk by the importer and one by one after an ORM insert.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, event

from atoz_desktop.core.storage.models import Order

_CHUNK = 500


def index_new_orders(connection: Connection, pks: Sequence[int]) -> None:
    """Add just-inserted orders to the search index (SQLite only; elsewhere LIKE is used)."""
    if connection.dialect.name != "sqlite":
        return
    for start in range(0, len(pks), _CHUNK):
        chunk = pks[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        connection.exec_driver_sql(
            "INSERT INTO order_search(rowid, search_text) "
            f"SELECT id, search_text FROM orders WHERE id IN ({marks})",
            tuple(chunk),
        )


@event.listens_for(Order, "after_insert")
def _index_inserted_order(_mapper: Any, connection: Connection, order: Order) -> None:
    index_new_orders(connection, [order.id])
