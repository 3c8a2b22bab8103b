"""Writing orders in bulk: rows built once per order, executemany, the search index per batch.

An order's rows are built in the values SQLite stores (cents, UTC text, 0/1, JSON text): they
are what a new order's INSERT sends on SQLite, and what its content hash is taken of on every
backend (reimport.py). On SQLite the values go straight to the driver (SQLAlchemy's
per-parameter processing cost more than the insert itself at 100k rows), new orders get their
ids from the importer (it holds the write lock: nobody else inserts meanwhile), and a batch's
index and search index work runs beside the reading of the next batches (background.py). Elsewhere
SQLAlchemy Core's insert() and update() with executemany carry the same values as Python
objects.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Connection,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)

from atoz_desktop.core.importers.amazon import LINE_KEYS, SHIPMENT_KEYS, Line
from atoz_desktop.core.services.importing.background import (
    EMPTY_JSON,
    LINE_COLUMNS,
    SHIPMENT_COLUMNS,
    Background,
    NewRows,
    driver_insert,
)
from atoz_desktop.core.services.importing.merging import (
    ORDER_KEYS,
    OrderState,
    order_search_text,
    total,
)
from atoz_desktop.core.storage.models import Order, OrderLine, Shipment
from atoz_desktop.core.storage.search_index import index_new_orders
from atoz_desktop.core.storage.types import Cents, UtcDateTime, cents, utc_text

orders_table = cast(Table, Order.__table__)
_lines = cast(Table, OrderLine.__table__)
_shipments = cast(Table, Shipment.__table__)
CHUNK = 2000  # ids per IN (...): far under SQLite's 32,766 parameters and PostgreSQL's 65,535


def _stored_form(column: Any) -> Callable[[Any], Any] | None:
    """What turns a value read by SQLAlchemy into the value stored (and the importer keeps)."""
    if isinstance(column.type, Cents):
        return cents
    if isinstance(column.type, UtcDateTime):
        return utc_text
    if isinstance(column.type, Boolean):
        return int
    return None


def _decimal(hundredths: int) -> Decimal:
    return Decimal(hundredths).scaleb(-2)


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _python_form(column: Any) -> Callable[[Any], Any] | None:
    """What turns a stored value into the Python value SQLAlchemy binds for its column."""
    if isinstance(column.type, Cents):
        return _decimal
    if isinstance(column.type, UtcDateTime):
        return _instant
    if isinstance(column.type, Boolean):
        return bool
    return None


Convert = Callable[[Sequence[Any]], tuple[Any, ...]]


def _compile(table: Table, names: Sequence[str], form: Callable[[Any], Any]) -> Convert:
    """values of `names` -> the same through `form(column)`, in one generated expression."""
    namespace: dict[str, Any] = {}
    parts = []
    for i, name in enumerate(names):
        convert = form(table.c[name])
        if convert is None:
            parts.append(f"v[{i}]")
        else:
            namespace[f"c{i}"] = convert
            parts.append(f"(None if v[{i}] is None else c{i}(v[{i}]))")
    exec(f"def convert(v):\n    return ({''.join(p + ', ' for p in parts)})\n", namespace)  # noqa: S102
    return namespace["convert"]  # type: ignore[no-any-return]


_order_values = itemgetter(*ORDER_KEYS)
_shipment_values = itemgetter(*SHIPMENT_KEYS)
stored_fields = _compile(orders_table, ORDER_KEYS, _stored_form)
stored_line = _compile(_lines, LINE_KEYS, _stored_form)
stored_shipment = _compile(_shipments, SHIPMENT_KEYS, _stored_form)
_python_fields = _compile(orders_table, ORDER_KEYS, _python_form)
_python_line = _compile(_lines, LINE_KEYS, _python_form)
_python_shipment = _compile(_shipments, SHIPMENT_KEYS, _python_form)


def _json(value: dict[str, Any] | None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else EMPTY_JSON


@dataclass(slots=True)
class OrderRows:
    """One order in stored values: its row (without id) and its lines and shipments."""

    order: tuple[Any, ...]
    lines: list[tuple[Any, ...]]
    shipments: list[tuple[Any, ...]]
    content_hash: int


def content_hash(state: OrderState) -> tuple[int, tuple[Any, ...], str, list[tuple[Any, ...]]]:
    """(hash, fields, extra as JSON, shipments) of what the importer keeps of an order: its
    fields, extra columns, lines and shipments, all in stored values (merging.py), so an order
    read back from the database hashes the same as the one built from a report."""
    fields = _order_values(state.fields)
    extra = _json(state.extra)
    shipments = [_shipment_values(s) for s in state.shipments]
    # marshal (format 2, which never refers back to an earlier object) writes the same bytes
    # for equal tuples of str, int and None, 4x faster than repr.
    content = marshal.dumps((fields, extra, state.lines, shipments), 2)
    digest = hashlib.blake2b(content, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True), fields, extra, shipments


def order_rows(order_id: str, state: OrderState) -> OrderRows:
    digest, fields, extra, shipments = content_hash(state)
    row = (*fields, total(state.lines), extra, order_search_text(order_id, state), digest)
    return OrderRows((order_id, *row), state.lines, shipments, digest)


def _python_order(order_id: str | None, state: OrderState, rows: OrderRows) -> dict[str, Any]:
    """The order's row as SQLAlchemy takes it (Decimals, datetimes), for insert() / update()."""
    values = dict(zip(ORDER_KEYS, _python_fields(_order_values(state.fields)), strict=True))
    values.update(
        total=_decimal(total(state.lines)),
        extra=state.extra,
        search_text=rows.order[-2],
        content_hash=rows.content_hash,
        raw_hash=state.raw_hash,
    )
    if order_id is not None:
        values["order_id"] = order_id
    return values


@dataclass
class Tally:
    """Orders counted once each, however many batches or files they appear in."""

    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    #: Orders found stored when their batch came (created by an earlier batch, or before):
    #: with `created`, every order seen, without holding a first import's ids twice.
    stored: set[str] = field(default_factory=set)
    #: Orders this import found unchanged by their content hash, without reading them.
    same: set[str] = field(default_factory=set)
    shipments: int = 0
    background: Background = field(default_factory=lambda: Background())
    #: In a pass on SQLite that began with no order stored: the id its next new order gets.
    #: The pass holds the write lock and is alone to insert orders, so an order it has not
    #: created is new, and its id is known, without asking the database (reimport.py).
    fresh_pk: int | None = None


def new_rows(created: Sequence[tuple[str, OrderState]], first_pk: int) -> NewRows:
    """The rows of new orders numbered from `first_pk`, each tuple built once."""
    orders: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    shipments: list[tuple[Any, ...]] = []
    pk = first_pk
    for order_id, state in created:
        digest, fields, extra, order_shipments = content_hash(state)
        search = order_search_text(order_id, state)
        orders.append(
            (pk, order_id, *fields, total(state.lines), extra, search, digest, state.raw_hash)
        )
        for line in state.lines:
            lines.append((pk, *line, EMPTY_JSON))
        for shipment in order_shipments:
            shipments.append((pk, 0, *shipment))
        pk += 1
    return NewRows(orders, lines, shipments, first_pk)


def insert_orders(
    connection: Connection,
    created: list[tuple[str, OrderState]],
    tally: Tally,
    prepared: NewRows | None = None,
) -> None:
    """Insert new orders with their lines, shipments and search index entries (on SQLite,
    `prepared`: their rows already built by `new_rows` from `tally.fresh_pk`)."""
    if not created:
        return
    ids = [oid for oid, _ in created]
    if connection.dialect.name == "sqlite":
        if prepared is None:
            if tally.fresh_pk is not None:
                first_pk = tally.fresh_pk
            else:
                first = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM orders")
                first_pk = int(first.scalar_one())
            prepared = new_rows(created, first_pk)
        tally.background.queue(connection, prepared)
        if tally.fresh_pk is not None:
            tally.fresh_pk = prepared.first_pk + len(prepared.orders)
        tally.shipments += len(prepared.shipments)
    else:
        built = [order_rows(oid, state) for oid, state in created]
        values = [
            _python_order(oid, state, rows)
            for (oid, state), rows in zip(created, built, strict=True)
        ]
        connection.execute(insert(orders_table), values)
        pk_of = _pks(connection, ids)
        index_new_orders(connection, [pk_of[oid] for oid in ids])
        insert_children(connection, [(pk_of[oid], state) for oid, state in created], tally)
    tally.created.update(ids)


def _pks(connection: Connection, ids: Sequence[str]) -> dict[str, int]:
    pk_of: dict[str, int] = {}
    for start in range(0, len(ids), CHUNK):
        statement = select(orders_table.c.order_id, orders_table.c.id).where(
            orders_table.c.order_id.in_(ids[start : start + CHUNK])
        )
        pk_of.update((oid, pk) for oid, pk in connection.execute(statement))
    return pk_of


def _bulk_insert(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    python: Convert,
    skip: int,
) -> None:
    """executemany of `rows` (tuples of `names`' stored values); elsewhere than on SQLite their
    values from position `skip` on are turned into Python values by `python` first."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        driver_insert(connection, table.name, names, rows)
    else:
        converted = [(*row[:skip], *python(row[skip:])) for row in rows]
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in converted])


def _python_line_row(values: Sequence[Any]) -> tuple[Any, ...]:
    return (*_python_line(values[:-1]), {})


def insert_children(
    connection: Connection, pairs: Sequence[tuple[int, OrderState]], tally: Tally
) -> None:
    """Insert the lines of these orders, and those of their shipments not stored yet."""
    line_rows: list[tuple[Any, ...]] = []
    shipment_rows: list[tuple[Any, ...]] = []
    for pk, state in pairs:
        for line in state.lines:
            line_rows.append((pk, *line, EMPTY_JSON))
        for shipment, shipment_pk in zip(state.shipments, state.shipment_pks, strict=True):
            if shipment_pk is None:
                shipment_rows.append((pk, 0, *_shipment_values(shipment)))
    _bulk_insert(connection, _lines, LINE_COLUMNS, line_rows, _python_line_row, 1)
    _bulk_insert(
        connection,
        _shipments,
        SHIPMENT_COLUMNS,
        shipment_rows,
        lambda v: (bool(v[0]), *_python_shipment(v[1:])),
        1,
    )
    tally.shipments += len(shipment_rows)


def update_orders(
    connection: Connection, changed: list[tuple[str, OrderState, OrderState]], tally: Tally
) -> None:
    """Write orders that changed: their fields, lines and shipments, and their new hash."""
    if not changed:
        return
    rows = []
    for order_id, state, _before in changed:
        values = _python_order(None, state, order_rows(order_id, state))
        values["pk"] = state.pk
        rows.append(values)
    keys = [k for k in rows[0] if k != "pk"]
    statement = (
        update(orders_table)
        .where(orders_table.c.id == bindparam("pk"))
        .values({k: bindparam(k) for k in keys})
    )
    connection.execute(statement, rows)
    relined = [(s.pk, s) for _, s, b in changed if s.lines != b.lines and s.pk is not None]
    gone = [pk for pk, _ in relined]
    for start in range(0, len(gone), CHUNK):
        connection.execute(delete(_lines).where(_lines.c.order_pk.in_(gone[start : start + CHUNK])))
    only_lines = [(pk, OrderState(pk, s.fields, s.lines, [], [], s.extra)) for pk, s in relined]
    insert_children(connection, only_lines, tally)
    only_new_shipments = [
        (s.pk, OrderState(s.pk, s.fields, [], s.shipments, s.shipment_pks, s.extra))
        for _, s, _b in changed
        if s.pk is not None
    ]
    insert_children(connection, only_new_shipments, tally)
    updated_shipments = [
        {
            **dict(zip(SHIPMENT_KEYS, _python_shipment(_shipment_values(shipment)), strict=True)),
            "spk": spk,
        }
        for _, s, b in changed
        for shipment, spk in zip(s.shipments, s.shipment_pks, strict=True)
        if spk is not None and shipment not in b.shipments
    ]
    if updated_shipments:
        statement = (
            update(_shipments)
            .where(_shipments.c.id == bindparam("spk"))
            .values({k: bindparam(k) for k in SHIPMENT_KEYS})
        )
        connection.execute(statement, updated_shipments)
    tally.updated.update(oid for oid, _, _ in changed)


def store_hashes(connection: Connection, hashes: list[tuple[int, int, int | None]]) -> None:
    """Record (pk, content hash, raw hash) for orders found unchanged whose stored hashes were
    missing or stale."""
    if not hashes:
        return
    statement = (
        update(orders_table)
        .where(orders_table.c.id == bindparam("pk"))
        .values(content_hash=bindparam("digest"), raw_hash=bindparam("raw"))
    )
    rows = [{"pk": pk, "digest": digest, "raw": raw} for pk, digest, raw in hashes]
    connection.execute(statement, rows)


__all__ = ["Line", "OrderRows", "Tally", "content_hash", "insert_orders", "update_orders"]
