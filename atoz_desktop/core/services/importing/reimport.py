"""Each batch against what the database holds: new orders, unchanged ones, changed ones.

Every order keeps the hash of what the importer last wrote of it (`orders.content_hash`,
writing.py). An order of the batch whose report rows alone make an order of that same hash
carries no news: it is counted unchanged without being read back, so importing the same file
again reads the report and one column of the orders, not every order, line and shipment.
Any other order is read back whole, in stored values, and folded with the report's rows as
before (merging.py).

The hash is of what the importer wrote, not of what the order holds now: a shipment recorded from
a receipt or a line excluded since then leaves it as it was. The same report again then still
carries no news and leaves the order alone, where reading it back would have written the
report's own shipment dates over the receipt's (the exclusion stays either way); a report with
anything new reads the order back whole as before.

The shortcut looks at one batch at a time, so it is taken only in a one-file import: when an
order it skipped has more rows further on in the file (rows not next to each other), the
import says so with `NeedsFullImport` and is run again without it.

A shorter cut comes before it, before the rows are even parsed: `orders.raw_hash`, a hash of
the rows an order was written from, split but not parsed (importers/amazon.py,
RAW_HASH_VERSION). The reader asks `raw_lookup` which orders of a batch are stored with the
raw hash of their rows, and does not parse those: they come as records marked `unchanged` and
count as the content hash's unchanged orders do. What makes it safe: an order's raw hash is
written only with a content hash equal to `content_hash(new_state(those rows))`, the order
those rows alone make, and is set to None by every other write of the importer (an order
merged with what it held, rows continued from an earlier batch, a bad row, a pass without the
shortcut). Equal raw hashes then mean the content hash shortcut would have found the order
unchanged too; it never hides a change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, select

from atoz_desktop.core.importers.amazon import LINE_KEYS, SHIPMENT_KEYS, OrderRecord
from atoz_desktop.core.services.importing.merging import (
    ORDER_KEYS,
    OrderState,
    apply,
    new_state,
)
from atoz_desktop.core.services.importing.writing import (
    CHUNK,
    Tally,
    content_hash,
    insert_orders,
    new_rows,
    orders_table,
    store_hashes,
    stored_fields,
    stored_line,
    stored_shipment,
    update_orders,
)
from atoz_desktop.core.storage.models import OrderLine, Shipment

_lines = OrderLine.__table__
_shipments = Shipment.__table__


class NeedsFullImport(Exception):
    """An order counted unchanged by its hash has more rows later in the file."""


def _select(connection: Connection, columns: Sequence[str], order_ids: Sequence[str]) -> Any:
    """Rows of (order_id, *columns) of the orders among `order_ids` already stored."""
    o = orders_table.c
    sqlite = connection.dialect.name == "sqlite"
    for start in range(0, len(order_ids), CHUNK):
        chunk = order_ids[start : start + CHUNK]
        if sqlite:  # the driver's own IN (?, ...): a re-import spends a third less on it
            marks = ", ".join("?" * len(chunk))
            yield from connection.exec_driver_sql(
                f"SELECT order_id, {', '.join(columns)} FROM orders WHERE order_id IN ({marks})",
                tuple(chunk),
            ).fetchall()  # in one call, not a row at a time through SQLAlchemy
        else:
            statement = select(o.order_id, *(o[c] for c in columns))
            yield from connection.execute(statement.where(o.order_id.in_(chunk)))


def _stored(connection: Connection, order_ids: Sequence[str]) -> dict[str, tuple[int, Any, Any]]:
    """order id -> (pk, content hash, raw hash) of the orders among `order_ids` already stored."""
    rows = _select(connection, ("id", "content_hash", "raw_hash"), order_ids)
    return {oid: (pk, digest, raw) for oid, pk, digest, raw in rows}


def raw_lookup(connection: Connection, tally: Tally) -> Callable[[dict[str, int]], set[str]]:
    """The reader's question (ReportReader.batches): of these {order id: raw hash of its rows},
    the orders stored with that same raw hash, in one query a batch."""

    def unchanged(hashes: dict[str, int]) -> set[str]:
        if tally.fresh_pk is not None:
            return set()  # nothing was stored when the pass began (and the writer runs on)
        tally.background.wait()  # the previous batch is written: the connection is free
        created, updated = tally.created, tally.updated
        ids = [oid for oid in hashes if oid not in created and oid not in updated]
        rows = _select(connection, ("raw_hash", "content_hash"), ids)
        # (A raw hash is never written without a content hash: none is a hash taken away.)
        return {oid for oid, raw, digest in rows if raw == hashes[oid] and digest is not None}

    return unchanged


def load_states(connection: Connection, order_ids: Sequence[str]) -> dict[str, OrderState]:
    states: dict[str, OrderState] = {}
    by_pk: dict[int, OrderState] = {}
    o = orders_table.c
    columns = [o.id, o.order_id, o.extra] + [o[k] for k in ORDER_KEYS]
    for start in range(0, len(order_ids), CHUNK):
        chunk = order_ids[start : start + CHUNK]
        for row in connection.execute(select(*columns).where(o.order_id.in_(chunk))):
            fields = dict(zip(ORDER_KEYS, stored_fields(row[3:]), strict=True))
            state = OrderState(row[0], fields, [], [], [], dict(row[2] or {}))
            states[row[1]] = by_pk[row[0]] = state
    pks = list(by_pk)
    line_columns = [_lines.c.order_pk] + [_lines.c[k] for k in LINE_KEYS]
    shipment_columns = [_shipments.c.order_pk, _shipments.c.id] + [
        _shipments.c[k] for k in SHIPMENT_KEYS
    ]
    for start in range(0, len(pks), CHUNK):
        pk_chunk = pks[start : start + CHUNK]
        statement = (
            select(*line_columns).where(_lines.c.order_pk.in_(pk_chunk)).order_by(_lines.c.id)
        )
        for row in connection.execute(statement):
            by_pk[row[0]].lines.append(stored_line(row[1:]))
        statement = (
            select(*shipment_columns)
            .where(_shipments.c.order_pk.in_(pk_chunk))
            .order_by(_shipments.c.id)
        )
        for row in connection.execute(statement):
            state = by_pk[row[0]]
            state.shipment_pks.append(row[1])
            state.shipments.append(dict(zip(SHIPMENT_KEYS, stored_shipment(row[2:]), strict=True)))
    return states


def write_batch(
    connection: Connection, records: list[OrderRecord], tally: Tally, *, by_hash: bool
) -> None:
    """Fold one batch of records into the database (`by_hash`: take the hash shortcuts)."""
    by_id: dict[str, list[OrderRecord]] = {}
    for record in records:
        if record.unchanged:  # stored with the raw hash of its rows (raw_lookup)
            tally.stored.add(record.order_id)
            if record.order_id in tally.same:
                raise NeedsFullImport(record.order_id)
            tally.same.add(record.order_id)
            continue
        by_id.setdefault(record.order_id, []).append(record)
    if not by_id:
        return
    if tally.fresh_pk is not None and tally.created.isdisjoint(by_id):
        # Only new orders (see Tally.fresh_pk): their rows are built, and queued, while the
        # batches before are still being written.
        new = [(order_id, _new(recs, by_hash)) for order_id, recs in by_id.items()]
        insert_orders(connection, new, tally, new_rows(new, tally.fresh_pk))
        return
    tally.background.wait()  # the previous batch is written: the connection is free
    stored = _stored(connection, list(by_id))
    created: list[tuple[str, OrderState]] = []
    to_read: list[str] = []
    hashes: list[tuple[int, int, int | None]] = []
    for order_id, recs in by_id.items():
        found = stored.get(order_id)
        if found is None:
            created.append((order_id, _new(recs, by_hash)))
            continue
        tally.stored.add(order_id)
        if order_id in tally.same:
            raise NeedsFullImport(order_id)
        if by_hash and found[1] is not None and not any(r.continued for r in recs):
            if content_hash(new_state(recs))[0] == found[1]:
                tally.same.add(order_id)
                raw = _raw_hash(recs, by_hash)
                if raw is not None and raw != found[2]:  # stored before raw hashes, or stale
                    hashes.append((found[0], found[1], raw))
                continue
        to_read.append(order_id)
    existing = load_states(connection, to_read)
    changed: list[tuple[str, OrderState, OrderState]] = []
    for order_id in to_read:
        recs = by_id[order_id]
        before = existing[order_id]
        state = before.copy()
        for record in recs:
            apply(state, record)
        if not state.same_as(before):
            state.raw_hash = _raw_hash_if_alone(recs, content_hash(state)[0], by_hash)
            changed.append((order_id, state, before))
        elif before.pk is not None:
            digest = content_hash(state)[0]
            if digest != stored[order_id][1]:
                raw = _raw_hash_if_alone(recs, digest, by_hash)
                hashes.append((before.pk, digest, raw))
    # The changed orders first: on SQLite the new ones go to the writer thread, which then has
    # the connection to itself until the next batch waits for it.
    update_orders(connection, changed, tally)
    store_hashes(connection, hashes)
    insert_orders(connection, created, tally)


def _raw_hash(records: list[OrderRecord], by_hash: bool) -> int | None:
    """The raw hash of the rows of these records, when they are all the order's rows so far
    (the reader leaves it None otherwise: rows continued, or a bad row)."""
    if not by_hash or len(records) != 1 or records[0].continued:
        return None
    return records[0].raw_hash


def _new(records: list[OrderRecord], by_hash: bool) -> OrderState:
    """A new order: exactly what its rows make, so its raw hash goes with it."""
    state = new_state(records)
    state.raw_hash = _raw_hash(records, by_hash)
    return state


def _raw_hash_if_alone(records: list[OrderRecord], digest: int, by_hash: bool) -> int | None:
    """The raw hash to write with an order of content hash `digest` folded from what it held
    and `records`: theirs when the order is what they alone make, else None."""
    raw = _raw_hash(records, by_hash)
    if raw is None or content_hash(new_state(records))[0] != digest:
        return None
    return raw
