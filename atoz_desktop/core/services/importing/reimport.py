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
"""

from __future__ import annotations

from collections.abc import Sequence
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


def _stored(connection: Connection, order_ids: Sequence[str]) -> dict[str, tuple[int, Any]]:
    """order id -> (pk, content hash) of the orders among `order_ids` already stored."""
    found: dict[str, tuple[int, Any]] = {}
    o = orders_table.c
    sqlite = connection.dialect.name == "sqlite"
    for start in range(0, len(order_ids), CHUNK):
        chunk = order_ids[start : start + CHUNK]
        if sqlite:  # the driver's own IN (?, ...): a re-import spends a third less on it
            marks = ", ".join("?" * len(chunk))
            rows: Any = connection.exec_driver_sql(
                f"SELECT order_id, id, content_hash FROM orders WHERE order_id IN ({marks})",
                tuple(chunk),
            )
        else:
            rows = connection.execute(
                select(o.order_id, o.id, o.content_hash).where(o.order_id.in_(chunk))
            )
        found.update((oid, (pk, digest)) for oid, pk, digest in rows)
    return found


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
    """Fold one batch of records into the database (`by_hash`: take the hash shortcut)."""
    by_id: dict[str, list[OrderRecord]] = {}
    for record in records:
        by_id.setdefault(record.order_id, []).append(record)
    if tally.fresh_pk is not None and tally.created.isdisjoint(by_id):
        # Only new orders (see Tally.fresh_pk): their rows are built, and queued, while the
        # batches before are still being written.
        new = [(order_id, new_state(recs)) for order_id, recs in by_id.items()]
        insert_orders(connection, new, tally, new_rows(new, tally.fresh_pk))
        return
    tally.background.wait()  # the previous batch is written: the connection is free
    stored = _stored(connection, list(by_id))
    created: list[tuple[str, OrderState]] = []
    to_read: list[str] = []
    for order_id, recs in by_id.items():
        found = stored.get(order_id)
        if found is None:
            created.append((order_id, new_state(recs)))
            continue
        tally.stored.add(order_id)
        if order_id in tally.same:
            raise NeedsFullImport(order_id)
        if by_hash and found[1] is not None and not any(r.continued for r in recs):
            if content_hash(new_state(recs))[0] == found[1]:
                tally.same.add(order_id)
                continue
        to_read.append(order_id)
    existing = load_states(connection, to_read)
    changed: list[tuple[str, OrderState, OrderState]] = []
    hashes: list[tuple[int, int]] = []
    for order_id in to_read:
        before = existing[order_id]
        state = before.copy()
        for record in by_id[order_id]:
            apply(state, record)
        if not state.same_as(before):
            changed.append((order_id, state, before))
        elif before.pk is not None:
            digest = content_hash(state)[0]
            if digest != stored[order_id][1]:
                hashes.append((before.pk, digest))
    # The changed orders first: on SQLite the new ones go to the writer thread, which then has
    # the connection to itself until the next batch waits for it.
    update_orders(connection, changed, tally)
    store_hashes(connection, hashes)
    insert_orders(connection, created, tally)
