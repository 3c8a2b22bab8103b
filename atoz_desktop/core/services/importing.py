"""Import Amazon order reports into the workspace: all or nothing, idempotent, fast.

Every file is parsed and judged before anything is written. The records of all files are then
merged with what the database already holds, order by order, and the differences are written in
one transaction with bulk statements (the ORM's unit of work is 20x slower at 100k rows).
Importing the same file twice changes nothing; a newer report updates an order; an older one
never rolls an order back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.amazon import (
    LINE_KEYS,
    SHIPMENT_KEYS,
    OrderRecord,
    ReportError,
    ReportReader,
    RowProblem,
)
from atoz_desktop.core.importers.reports import ReportKind
from atoz_desktop.core.search import search_text
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Order, OrderLine, Shipment
from atoz_desktop.core.storage.search_index import index_new_orders
from atoz_desktop.core.storage.types import Cents, UtcDateTime, cents, utc_text

__all__ = [
    "ImportCancelled",
    "ImportRejected",
    "ImportSummary",
    "RowProblem",
    "import_order_files",
]

Progress = Callable[[int, int], None]

_orders = cast(Table, Order.__table__)
_lines = cast(Table, OrderLine.__table__)
_shipments = cast(Table, Shipment.__table__)

ORDER_KEYS = (
    "merchant_order_id", "purchase_date", "last_updated", "status", "fulfillment_channel",
    "sales_channel", "order_channel", "ship_service_level", "currency", "buyer_name",
    "buyer_email", "recipient_name", "ship_address_1", "ship_address_2", "ship_address_3",
    "ship_city", "ship_state", "ship_postal_code", "ship_country", "is_business_order",
    "latest_delivery",
)  # fmt: skip
_DEFAULT_STATUS = {
    ReportKind.ALL_ORDERS: "",
    ReportKind.UNSHIPPED_ORDERS: "Unshipped",
    ReportKind.FBA_SHIPMENTS: "Shipped",
}
_CHUNK = 500
BATCH_ORDERS = 2000


class ImportRejected(Exception):
    """Nothing was imported. `problems` lists every bad row; the message is for the user."""

    def __init__(self, message: str, problems: Sequence[RowProblem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class ImportCancelled(Exception):
    """The user cancelled; the database is as it was."""


@dataclass
class ImportSummary:
    files: list[str] = field(default_factory=list)
    orders_created: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    lines: int = 0  # item rows imported (a re-import counts them again, and changes nothing)
    shipments: int = 0  # shipments added
    warnings: list[str] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)

    @property
    def orders(self) -> int:
        return self.orders_created + self.orders_updated + self.orders_unchanged

    def message(self) -> str:
        """One line for a status bar."""
        names = ", ".join(self.files)
        text = _(
            "Imported {orders} orders ({created} new, {updated} updated, {unchanged} unchanged) "
            "from {files}"
        ).format(
            orders=self.orders,
            created=self.orders_created,
            updated=self.orders_updated,
            unchanged=self.orders_unchanged,
            files=names,
        )
        if self.skipped:
            text += _("; skipped {count} bad row(s)").format(count=len(self.skipped))
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "orders_created": self.orders_created,
            "orders_updated": self.orders_updated,
            "orders_unchanged": self.orders_unchanged,
            "lines": self.lines,
            "shipments": self.shipments,
            "warnings": list(self.warnings),
            "skipped": [p.as_json() for p in self.skipped],
        }


def rejection_message(problems: Sequence[RowProblem], limit: int = 20) -> str:
    files = sorted({p.file for p in problems})
    head = _(
        "Nothing was imported: {count} bad row(s) in {files}. Correct them, or import again "
        "skipping bad rows."
    ).format(count=len(problems), files=", ".join(files))
    shown = "\n".join(f"  {p}" for p in problems[:limit])
    more = (
        "\n  " + _("… and {count} more").format(count=len(problems) - limit)
        if len(problems) > limit
        else ""
    )
    return f"{head}\n{shown}{more}"


# --- the state of one order, as a comparable value -------------------------------------------


@dataclass
class _OrderState:
    pk: int | None
    fields: dict[str, Any]
    lines: list[dict[str, Any]]
    shipments: list[dict[str, Any]]
    shipment_pks: list[int | None]
    extra: dict[str, str]

    def copy(self) -> _OrderState:
        return _OrderState(
            self.pk,
            dict(self.fields),
            [dict(line) for line in self.lines],
            [dict(s) for s in self.shipments],
            list(self.shipment_pks),
            dict(self.extra),
        )

    def same_as(self, other: _OrderState) -> bool:
        return (self.fields, self.lines, self.shipments, self.extra) == (
            other.fields, other.lines, other.shipments, other.extra
        )  # fmt: skip


def _new_state(record: OrderRecord) -> _OrderState:
    fields: dict[str, Any] = dict.fromkeys(ORDER_KEYS)
    fields["status"] = _DEFAULT_STATUS[record.kind]
    fields["currency"] = ""
    fields["is_business_order"] = False
    fields.update(record.fields)
    for line in record.lines:
        if line["quantity"] is None:
            line["quantity"] = 1
    for shipment in record.shipments:
        shipment["carrier"] = shipment["carrier"] or ""
        shipment["tracking_number"] = shipment["tracking_number"] or ""
    return _OrderState(
        None,
        fields,
        record.lines,
        record.shipments,
        [None] * len(record.shipments),
        record.extra,
    )


def _apply(state: _OrderState, record: OrderRecord) -> None:
    """Fold what a report says into an order's state (see the module's docstring)."""
    incoming = record.fields
    if record.kind is ReportKind.ALL_ORDERS:
        stored, new = state.fields.get("last_updated"), incoming.get("last_updated")
        if not record.continued and stored is not None and (new is None or new < stored):
            return  # an older report: never roll an order back
        if record.continued:
            state.lines.extend(_normal_line(line) for line in record.lines)
        elif record.lines:
            # Keep what other reports or the user added to a line (item id, exclusion flag).
            by_sku = {line["sku"]: line for line in state.lines if line["sku"]}
            lines = []
            for line in record.lines:
                full = _normal_line(line)
                old = by_sku.get(full["sku"])
                if old is not None:
                    full["order_item_id"] = full["order_item_id"] or old["order_item_id"]
                    full["excluded_kind"] = old["excluded_kind"]
                lines.append(full)
            state.lines = lines
    elif record.kind is ReportKind.UNSHIPPED_ORDERS:
        incoming = {k: v for k, v in incoming.items() if k != "status"}
        for line in record.lines:
            _merge_line(state.lines, _normal_line(line))
    elif not state.lines and record.lines:
        state.lines = [_normal_line(line) for line in record.lines]
    state.fields.update(incoming)
    state.extra.update(record.extra)
    for shipment in record.shipments:
        _merge_shipment(state, shipment)


def _normal_line(line: dict[str, Any]) -> dict[str, Any]:
    if line["quantity"] is None:
        return {**line, "quantity": 1}
    return line


def _merge_line(lines: list[dict[str, Any]], line: dict[str, Any]) -> None:
    for old in lines:
        same_item = line["order_item_id"] and old["order_item_id"] == line["order_item_id"]
        same_sku = not old["order_item_id"] and old["sku"] and old["sku"] == line["sku"]
        if same_item or same_sku:
            for key, value in line.items():
                if value is not None and old[key] is None:
                    old[key] = value
            return
    lines.append(line)


def _merge_shipment(state: _OrderState, shipment: dict[str, Any]) -> None:
    shipment = {
        **shipment,
        "carrier": shipment["carrier"] or "",
        "tracking_number": shipment["tracking_number"] or "",
    }
    key = (shipment["carrier"], shipment["tracking_number"])
    for old in state.shipments:
        if (old["carrier"], old["tracking_number"]) == key:
            for name, value in shipment.items():
                if value is not None:
                    old[name] = value
            return
    state.shipments.append(shipment)
    state.shipment_pks.append(None)


def _total(lines: Iterable[dict[str, Any]]) -> Decimal:
    """What the buyer paid: prices (VAT included on EU marketplaces) less promotions."""
    total = Decimal(0)
    for line in lines:
        for key in ("item_price", "shipping_price", "gift_wrap_price"):
            if line[key] is not None:
                total += line[key]
        for key in ("item_promotion_discount", "ship_promotion_discount"):
            if line[key] is not None:
                total -= abs(line[key])
    return total


def _search_text(order_id: str, state: _OrderState) -> str:
    f = state.fields
    values = [order_id, f["buyer_name"], f["recipient_name"], f["ship_city"], f["ship_postal_code"]]
    for line in state.lines:
        values += (line["sku"], line["asin"], line["product_name"])
    values += (s["tracking_number"] for s in state.shipments)
    return search_text(values)


# --- reading and writing the database ---------------------------------------------------------


def _load_states(connection: Connection, order_ids: Sequence[str]) -> dict[str, _OrderState]:
    states: dict[str, _OrderState] = {}
    by_pk: dict[int, _OrderState] = {}
    columns = [_orders.c.id, _orders.c.order_id, _orders.c.extra] + [
        _orders.c[k] for k in ORDER_KEYS
    ]
    for start in range(0, len(order_ids), _CHUNK):
        chunk = order_ids[start : start + _CHUNK]
        for row in connection.execute(select(*columns).where(_orders.c.order_id.in_(chunk))):
            fields = dict(zip(ORDER_KEYS, row[3:], strict=True))
            state = _OrderState(row[0], fields, [], [], [], dict(row[2] or {}))
            states[row[1]] = by_pk[row[0]] = state
    pks = list(by_pk)
    line_columns = [_lines.c.order_pk] + [_lines.c[k] for k in LINE_KEYS]
    shipment_columns = [_shipments.c.order_pk, _shipments.c.id] + [
        _shipments.c[k] for k in SHIPMENT_KEYS
    ]
    for start in range(0, len(pks), _CHUNK):
        pk_chunk = pks[start : start + _CHUNK]
        statement = (
            select(*line_columns).where(_lines.c.order_pk.in_(pk_chunk)).order_by(_lines.c.id)
        )
        for row in connection.execute(statement):
            by_pk[row[0]].lines.append(dict(zip(LINE_KEYS, row[1:], strict=True)))
        statement = (
            select(*shipment_columns)
            .where(_shipments.c.order_pk.in_(pk_chunk))
            .order_by(_shipments.c.id)
        )
        for row in connection.execute(statement):
            state = by_pk[row[0]]
            state.shipment_pks.append(row[1])
            state.shipments.append(dict(zip(SHIPMENT_KEYS, row[2:], strict=True)))
    return states


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, Cents):
        return cents
    if isinstance(column.type, UtcDateTime):
        return utc_text
    if isinstance(column.type, JSON):
        return lambda value: json.dumps(value, ensure_ascii=False) if value else "{}"
    if isinstance(column.type, Boolean):
        return lambda value: None if value is None else int(value)
    return None


def _bulk_insert(
    connection: Connection, table: Any, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """executemany of `rows`, tuples of the columns `names`. On SQLite the values are
    converted here and handed to the driver: SQLAlchemy's per-parameter processing cost more
    than the insert itself at 100k rows."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    converters = [
        (i, convert)
        for i, name in enumerate(names)
        if (convert := _sqlite_converter(table.c[name])) is not None
    ]
    if converters:
        converted = []
        for row in rows:
            values = list(row)
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            converted.append(tuple(values))
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, converted if converters else rows)


def _order_values(order_id: str, state: _OrderState) -> dict[str, Any]:
    values = dict(state.fields)
    values["order_id"] = order_id
    values["total"] = _total(state.lines)
    values["extra"] = state.extra
    values["search_text"] = _search_text(order_id, state)
    return values


_LINE_COLUMNS = ("order_pk", *LINE_KEYS, "extra")
_SHIPMENT_COLUMNS = ("order_pk", "signed_for", *SHIPMENT_KEYS)
_line_values = itemgetter(*LINE_KEYS)
_NO_EXTRA: dict[str, str] = {}
_shipment_values = itemgetter(*SHIPMENT_KEYS)


def _insert_children(
    connection: Connection, pairs: Iterable[tuple[int, _OrderState]], tally: _Tally
) -> None:
    line_rows: list[tuple[Any, ...]] = []
    shipment_rows: list[tuple[Any, ...]] = []
    for pk, state in pairs:
        for line in state.lines:
            line_rows.append((pk, *_line_values(line), _NO_EXTRA))
        for shipment, shipment_pk in zip(state.shipments, state.shipment_pks, strict=True):
            if shipment_pk is None:
                shipment_rows.append((pk, False, *_shipment_values(shipment)))
    _bulk_insert(connection, _lines, _LINE_COLUMNS, line_rows)
    _bulk_insert(connection, _shipments, _SHIPMENT_COLUMNS, shipment_rows)
    tally.shipments += len(shipment_rows)


@dataclass
class _Tally:
    """Orders counted once each, however many batches or files they appear in."""

    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    shipments: int = 0


def _write_batch(connection: Connection, records: list[OrderRecord], tally: _Tally) -> None:
    by_id: dict[str, list[OrderRecord]] = {}
    for record in records:
        by_id.setdefault(record.order_id, []).append(record)
    existing = _load_states(connection, list(by_id))
    created: list[tuple[str, _OrderState]] = []
    changed: list[tuple[str, _OrderState, _OrderState]] = []
    for order_id, recs in by_id.items():
        tally.seen.add(order_id)
        before = existing.get(order_id)
        if before is None:
            state = _new_state(recs[0])
            for record in recs[1:]:
                _apply(state, record)
            created.append((order_id, state))
            continue
        state = before.copy()
        for record in recs:
            _apply(state, record)
        if not state.same_as(before):
            changed.append((order_id, state, before))
    _insert_orders(connection, created, tally)
    _update_orders(connection, changed, tally)


def _insert_orders(
    connection: Connection, created: list[tuple[str, _OrderState]], tally: _Tally
) -> None:
    if not created:
        return
    rows = [_order_values(oid, state) for oid, state in created]
    _bulk_insert(connection, _orders, list(rows[0]), [tuple(row.values()) for row in rows])
    ids = [oid for oid, _ in created]
    pk_of: dict[str, int] = {}
    for start in range(0, len(ids), _CHUNK):
        statement = select(_orders.c.order_id, _orders.c.id).where(
            _orders.c.order_id.in_(ids[start : start + _CHUNK])
        )
        pk_of.update((oid, pk) for oid, pk in connection.execute(statement))
    index_new_orders(connection, [pk_of[oid] for oid in ids])
    _insert_children(connection, ((pk_of[oid], state) for oid, state in created), tally)
    tally.created.update(ids)


def _update_orders(
    connection: Connection, changed: list[tuple[str, _OrderState, _OrderState]], tally: _Tally
) -> None:
    if not changed:
        return
    rows = []
    for order_id, state, _before in changed:
        values = _order_values(order_id, state)
        values.pop("order_id")
        values["pk"] = state.pk
        rows.append(values)
    keys = [k for k in rows[0] if k != "pk"]
    statement = (
        update(_orders)
        .where(_orders.c.id == bindparam("pk"))
        .values({k: bindparam(k) for k in keys})
    )
    connection.execute(statement, rows)
    relined = [(s.pk, s) for _, s, b in changed if s.lines != b.lines and s.pk is not None]
    gone = [pk for pk, _ in relined]
    for start in range(0, len(gone), _CHUNK):
        connection.execute(
            delete(_lines).where(_lines.c.order_pk.in_(gone[start : start + _CHUNK]))
        )
    only_lines = [(pk, _OrderState(pk, s.fields, s.lines, [], [], s.extra)) for pk, s in relined]
    _insert_children(connection, only_lines, tally)
    only_new_shipments = [
        (s.pk, _OrderState(s.pk, s.fields, [], s.shipments, s.shipment_pks, s.extra))
        for _, s, _b in changed
        if s.pk is not None
    ]
    _insert_children(connection, only_new_shipments, tally)
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


# --- the import ------------------------------------------------------------------------------


def _open_readers(paths: Sequence[Path]) -> list[ReportReader]:
    """Open every file and read its header; refuse them all if one is not an order report."""
    readers: list[ReportReader] = []
    errors: list[str] = []
    for path in paths:
        try:
            readers.append(ReportReader(path))
        except ReportError as exc:
            errors.append(str(exc))
    if errors:
        raise ImportRejected(_("Nothing was imported.") + "\n" + "\n".join(errors))
    return readers


def import_order_files(
    workspace: Workspace,
    paths: Sequence[str | Path],
    *,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import Amazon order reports in one transaction.

    Raises ImportRejected (nothing written) when a file is not an order report or, unless
    `skip_bad`, when any row is bad; ImportCancelled (nothing written) when `cancelled()` turns
    true. `progress(done, total)` is called, in the calling thread, as lines are read.
    """
    files = [Path(p) for p in paths]
    if not files:
        raise ImportRejected(_("No file to import."))

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(_("Import cancelled; nothing was changed."))

    check()
    readers = _open_readers(files)
    total = sum(r.total_lines for r in readers)
    tally = _Tally()
    problems: list[RowProblem] = []
    done = 0
    with workspace.begin() as connection:
        for reader in readers:
            try:
                for batch in reader.batches(BATCH_ORDERS):
                    check()
                    if not reader.problems or skip_bad:
                        # Once a row is bad (and not skipped) nothing will be kept: just read on
                        # to list every bad row.
                        _write_batch(connection, batch, tally)
                    if progress is not None:
                        progress(min(done + reader.line, total), total)
            except ReportError as exc:
                raise ImportRejected(_("Nothing was imported.") + f"\n{exc}") from None
            done += reader.total_lines
            problems.extend(reader.problems)
        if problems and not skip_bad:
            raise ImportRejected(rejection_message(problems), problems)
        check()  # the last chance to cancel: leaving the block by an exception rolls back
    if progress is not None:
        progress(total, total)
    summary = ImportSummary(
        files=[p.name for p in files],
        orders_created=len(tally.created),
        orders_updated=len(tally.updated - tally.created),
        orders_unchanged=len(tally.seen - tally.created - tally.updated),
        lines=sum(reader.rows for reader in readers),
        shipments=tally.shipments,
        skipped=problems,
    )
    for reader in readers:
        summary.warnings.extend(reader.warnings)
    return summary
