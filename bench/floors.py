"""The floors an import is measured against (bench_foundation.py), and the storage floor taken
apart: `python bench/floors.py REPORT [--runs N]`.

The csv floor is the least any importer must do: parse the rows with the `csv` module and insert
them, all text, into one table with raw `executemany`. The storage floor puts the same rows into
the workspace's own tables, indexes and search index with raw sqlite3 and no checks. Taken apart
(the storage floor with its column indexes dropped, then without its search index), it says how
much of an import's time its schema alone costs, whatever the importer's Python does.
"""

from __future__ import annotations

import argparse
import csv
import gc
import re
import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from atoz_desktop.core.services.importing import bulk as bulk_load
from atoz_desktop.core.storage.database import open_workspace

_LINE_COLUMNS = ("amazon-order-id", "sku", "asin", "product-name", "quantity", "item-price")


def measure_floor(report: Path, db_path: Path) -> float:
    """Seconds to parse `report` with csv and insert every row with raw executemany."""
    db_path.unlink(missing_ok=True)
    start = time.perf_counter()
    with open(report, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        connection = sqlite3.connect(db_path)
        columns = ", ".join(f'"{name}" TEXT' for name in header)
        connection.execute(f"CREATE TABLE all_orders ({columns})")
        marks = ", ".join("?" * len(header))
        with connection:
            connection.executemany(f"INSERT INTO all_orders VALUES ({marks})", reader)
        connection.close()
    return time.perf_counter() - start


@dataclass
class StorageFloor:
    """Seconds of one storage floor: reading and grouping the rows, the inserts into the tables
    (with their indexes), the search index's fill, and the commit."""

    parse_s: float
    tables_s: float
    search_s: float
    total_s: float


def measure_storage_floor(
    report: Path,
    db_path: Path,
    column_indexes: bool = True,
    search_index: bool = True,
    bulk: bool = False,
    unique_after: bool = False,
) -> StorageFloor:
    """The same rows into the workspace's own tables, indexes and search index with raw sqlite3
    and no checks: one order row per order id, one line row per item row, the FTS index filled
    in bulk. `column_indexes=False` drops the tables' indexes first (not the unique order id's);
    `search_index=False` leaves the search index empty; `bulk=True` loads as the importer's bulk
    load does (core/services/importing/bulk.py): the orders' indexes created after the rows,
    with its larger page cache. `unique_after=True` (with column_indexes=False): `orders`
    rebuilt without its order id's UNIQUE constraint, whose index is made after the rows."""
    for stale in db_path.parent.glob(db_path.name + "*"):
        stale.unlink()
    open_workspace(str(db_path)).close()  # the real schema, by the real migrations
    connection = sqlite3.connect(db_path)
    dropped = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        + ("AND tbl_name = 'orders'" if bulk else "AND tbl_name IN ('orders', 'order_lines')")
    ).fetchall()
    if bulk or not column_indexes:
        with connection:
            for name, _sql in dropped:
                connection.execute(f'DROP INDEX "{name}"')
    after = [sql for _n, sql in dropped] if bulk else []
    if unique_after:
        _without_unique_order_id(connection)
        after.append("CREATE UNIQUE INDEX ux_orders_order_id ON orders (order_id)")
    if bulk or unique_after:
        connection.execute(f"PRAGMA cache_size = -{bulk_load.CACHE_KIB}")
    # Every row is held in memory here: with the collector on, its full passes over millions of
    # rows took half of this floor at a million rows (reading 14.5 s, 2026-12-02).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _store(report, connection, search_index, after)
    finally:
        connection.close()
        if collecting:
            gc.enable()


def _without_unique_order_id(connection: sqlite3.Connection) -> None:
    """Rebuild `orders` as it is but for its `UNIQUE (order_id)` (the rows are still to come)."""
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'orders'").fetchone()
    without = re.sub(r",\s*UNIQUE \(order_id\)", "", sql)
    if without == sql:
        raise RuntimeError("the orders table has no UNIQUE (order_id) to take out")
    connection.execute("PRAGMA foreign_keys = OFF")
    with connection:
        connection.execute(without.replace("CREATE TABLE orders", "CREATE TABLE orders_new", 1))
        connection.execute("DROP TABLE orders")
        connection.execute("ALTER TABLE orders_new RENAME TO orders")


def _store(
    report: Path, connection: sqlite3.Connection, search_index: bool, indexes_after: list[str]
) -> StorageFloor:
    start = time.perf_counter()
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    with open(report, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        at = {name: i for i, name in enumerate(next(reader))}
        orders: dict[str, list[str]] = {}
        lines: list[tuple[str, ...]] = []
        for row in reader:
            orders.setdefault(row[at["amazon-order-id"]], row)
            lines.append(tuple(row[at[c]] for c in _LINE_COLUMNS))
    order_rows = [
        (oid, r[at["purchase-date"]], r[at["order-status"]], r[at["currency"]], 0,
         r[at["ship-city"]], r[at["ship-postal-code"]], False, "{}",
         " ".join((oid, r[at["ship-city"]], r[at["ship-postal-code"]], r[at["sku"]],
                   r[at["product-name"]])).lower())
        for oid, r in orders.items()
    ]  # fmt: skip
    parsed = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO orders (order_id, purchase_date, status, currency, total, ship_city, "
        "ship_postal_code, is_business_order, extra, search_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        order_rows,
    )
    pk = dict(connection.execute("SELECT order_id, id FROM orders"))
    connection.executemany(
        "INSERT INTO order_lines (order_pk, sku, asin, product_name, quantity, item_price, "
        "extra) VALUES (?, ?, ?, ?, ?, ?, '{}')",
        [(pk[line[0]], *line[1:]) for line in lines],
    )
    for sql in indexes_after:
        connection.execute(sql)
    stored = time.perf_counter()
    if search_index:
        connection.execute(
            "INSERT INTO order_search(rowid, search_text) SELECT id, search_text FROM orders"
        )
    searchable = time.perf_counter()
    connection.commit()
    end = time.perf_counter()
    return StorageFloor(parsed - start, stored - parsed, searchable - stored, end - start)


def _print(label: str, runs: list[StorageFloor], floor: float) -> None:
    parse, tables, fill, total = (
        statistics.median(getattr(r, name) for r in runs)
        for name in ("parse_s", "tables_s", "search_s", "total_s")
    )
    parts = f"reading {parse:.2f}, tables {tables:.2f}, search index {fill:.2f}"
    print(f"{label}: {total:.2f} s = {total / floor:.1f}× csv floor ({parts})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="an All Orders report (bench_foundation --keep)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    args = parser.parse_args(argv)
    db_path = args.report.parent / "floors.sqlite3"
    try:
        floor = statistics.median(measure_floor(args.report, db_path) for _ in range(args.runs))
        print(f"csv floor: {floor:.2f} s", flush=True)
        for label, options in (
            ("tables, no index but the unique order id", {"column_indexes": False,
                                                          "search_index": False}),
            ("tables, the order id's unique index made after the rows, no other index",
             {"column_indexes": False, "search_index": False, "unique_after": True}),
            ("tables and their column indexes", {"search_index": False}),
            ("tables, column indexes, search index (the storage floor)", {}),
            ("the same as a bulk load (orders' indexes after the rows)", {"bulk": True}),
        ):  # fmt: skip
            runs = [measure_storage_floor(args.report, db_path, **options)
                    for _ in range(args.runs)]  # fmt: skip
            _print(label, runs, floor)
    finally:
        for stale in db_path.parent.glob(db_path.name + "*"):
            stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
