"""Writing orders in bulk: rows built once per order, executemany, the search index per batch.

An order's rows are built in the values SQLite stores (cents, UTC text, 0/1, JSON text): they
are what a new order's INSERT sends on SQLite, and what its content hash is taken of on every
backend (reimport.py). On SQLite the values go straight to the driver (SQLAlchemy's
per-parameter processing cost more than the insert itself at 100k rows), new orders get their
ids from the importer (it holds the write lock: nobody else inserts meanwhile) and their search
index entries are added with one statement per batch. Elsewhere SQLAlchemy Core's insert() and
update() with executemany carry the same values as Python objects.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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

_ORDER_COLUMNS = ("order_id", *ORDER_KEYS, "total", "extra", "search_text", "content_hash")
_LINE_COLUMNS = ("order_pk", *LINE_KEYS, "extra")
_SHIPMENT_COLUMNS = ("order_pk", "signed_for", *SHIPMENT_KEYS)
_EMPTY_JSON = "{}"


def _stored_form(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, Cents):
        return cents
    if isinstance(column.type, UtcDateTime):
        return utc_text
    if isinstance(column.type, Boolean):
        return int
    return None


def _compile_stored(
    table: Table, names: Sequence[str]
) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """values of `names` -> the values SQLite stores for them, in one generated expression."""
    namespace: dict[str, Any] = {}
    parts = []
    for i, name in enumerate(names):
        convert = _stored_form(table.c[name])
        if convert is None:
            parts.append(f"v[{i}]")
        else:
            namespace[f"c{i}"] = convert
            parts.append(f"(None if v[{i}] is None else c{i}(v[{i}]))")
    exec(f"def stored(v):\n    return ({''.join(p + ', ' for p in parts)})\n", namespace)  # noqa: S102
    return namespace["stored"]  # type: ignore[no-any-return]


_order_values = itemgetter(*ORDER_KEYS)
_shipment_values = itemgetter(*SHIPMENT_KEYS)
_stored_fields = _compile_stored(orders_table, ORDER_KEYS)
_stored_line = _compile_stored(_lines, LINE_KEYS)
_stored_shipment = _compile_stored(_shipments, SHIPMENT_KEYS)


def _json(value: dict[str, Any] | None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else _EMPTY_JSON


@dataclass(slots=True)
class OrderRows:
    """One order in stored values: its row (without id) and its lines and shipments."""

    order: tuple[Any, ...]
    lines: list[tuple[Any, ...]]
    shipments: list[tuple[Any, ...]]
    content_hash: int


def content_hash(state: OrderState) -> tuple[int, tuple[Any, ...], str, list[tuple[Any, ...]]]:
    """(hash, stored fields, stored extra, stored lines) of what the importer keeps of an order:
    its fields, extra columns, lines and shipments, in stored values (so an order read back
    from the database hashes the same as the one built from a report)."""
    fields = _stored_fields(_order_values(state.fields))
    extra = _json(state.extra)
    lines = [_stored_line(line) for line in state.lines]
    shipments = [_stored_shipment(_shipment_values(s)) for s in state.shipments]
    # marshal (format 2, which never refers back to an earlier object) writes the same bytes
    # for equal tuples of str, int and None, 4x faster than repr.
    content = marshal.dumps((fields, extra, lines, shipments), 2)
    digest = hashlib.blake2b(content, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True), fields, extra, lines


def order_rows(order_id: str, state: OrderState) -> OrderRows:
    digest, fields, extra, lines = content_hash(state)
    row = (
        order_id,
        *fields,
        cents(total(state.lines)),
        extra,
        order_search_text(order_id, state),
        digest,
    )
    shipments = [_stored_shipment(_shipment_values(s)) for s in state.shipments]
    return OrderRows(row, lines, shipments, digest)


@dataclass
class Tally:
    """Orders counted once each, however many batches or files they appear in."""

    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    #: Orders this import found unchanged by their content hash, without reading them.
    same: set[str] = field(default_factory=set)
    shipments: int = 0


def _driver_insert(
    connection: Connection, table: str, names: Sequence[str], rows: list[Any]
) -> None:
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, rows)


def insert_orders(
    connection: Connection, created: list[tuple[str, OrderState]], tally: Tally
) -> None:
    """Insert new orders with their lines, shipments and search index entries."""
    if not created:
        return
    built = [order_rows(oid, state) for oid, state in created]
    ids = [oid for oid, _ in created]
    if connection.dialect.name == "sqlite":
        first = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM orders")
        first_pk = int(first.scalar_one())
        pks = range(first_pk, first_pk + len(built))
        _driver_insert(
            connection,
            "orders",
            ("id", *_ORDER_COLUMNS),
            [(pk, *rows.order) for pk, rows in zip(pks, built, strict=True)],
        )
        connection.exec_driver_sql(
            "INSERT INTO order_search(rowid, search_text) "
            "SELECT id, search_text FROM orders WHERE id BETWEEN ? AND ?",
            (first_pk, pks[-1]),
        )
        line_rows = [
            (pk, *line, _EMPTY_JSON)
            for pk, rows in zip(pks, built, strict=True)
            for line in rows.lines
        ]
        shipment_rows = [
            (pk, 0, *shipment)
            for pk, rows in zip(pks, built, strict=True)
            for shipment in rows.shipments
        ]
        if line_rows:
            _driver_insert(connection, "order_lines", _LINE_COLUMNS, line_rows)
        if shipment_rows:
            _driver_insert(connection, "shipments", _SHIPMENT_COLUMNS, shipment_rows)
        tally.shipments += len(shipment_rows)
    else:
        values = []
        for (oid, state), rows in zip(created, built, strict=True):
            row = dict(state.fields)
            row.update(
                order_id=oid,
                total=total(state.lines),
                extra=state.extra,
                search_text=rows.order[-2],
                content_hash=rows.content_hash,
            )
            values.append(row)
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
    stored: Callable[[Sequence[Any]], tuple[Any, ...]],
    skip: int,
) -> None:
    """executemany of `rows` (tuples of `names`' Python values); on SQLite their values from
    position `skip` on are turned into stored values by `stored` and handed to the driver."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        converted = [(*row[:skip], *stored(row[skip:])) for row in rows]
        _driver_insert(connection, table.name, names, converted)
    else:
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def _stored_line_row(values: Sequence[Any]) -> tuple[Any, ...]:
    return (*_stored_line(values[:-1]), _EMPTY_JSON)


def insert_children(
    connection: Connection, pairs: Sequence[tuple[int, OrderState]], tally: Tally
) -> None:
    """Insert the lines of these orders, and those of their shipments not stored yet."""
    line_rows: list[tuple[Any, ...]] = []
    shipment_rows: list[tuple[Any, ...]] = []
    for pk, state in pairs:
        for line in state.lines:
            line_rows.append((pk, *line, {}))
        for shipment, shipment_pk in zip(state.shipments, state.shipment_pks, strict=True):
            if shipment_pk is None:
                shipment_rows.append((pk, False, *(shipment[k] for k in SHIPMENT_KEYS)))
    _bulk_insert(connection, _lines, _LINE_COLUMNS, line_rows, _stored_line_row, 1)
    _bulk_insert(
        connection,
        _shipments,
        _SHIPMENT_COLUMNS,
        shipment_rows,
        lambda v: (int(v[0]), *_stored_shipment(v[1:])),
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
        values = dict(state.fields)
        built = order_rows(order_id, state)
        values.update(
            pk=state.pk,
            total=total(state.lines),
            extra=state.extra,
            search_text=built.order[-2],
            content_hash=built.content_hash,
        )
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
        {**shipment, "spk": spk}
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


def store_hashes(connection: Connection, hashes: list[tuple[int, int]]) -> None:
    """Record (pk, hash) for orders found unchanged whose stored hash was missing or stale."""
    if not hashes:
        return
    statement = (
        update(orders_table)
        .where(orders_table.c.id == bindparam("pk"))
        .values(content_hash=bindparam("digest"))
    )
    connection.execute(statement, [{"pk": pk, "digest": digest} for pk, digest in hashes])


__all__ = ["Line", "OrderRows", "Tally", "content_hash", "insert_orders", "update_orders"]
