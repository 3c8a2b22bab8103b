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
) -> StorageFloor:
    """The same rows into the workspace's own tables, indexes and search index with raw sqlite3
    and no checks: one order row per order id, one line row per item row, the FTS index filled
    in bulk. `column_indexes=False` drops the tables' indexes first (not the unique order id's);
    `search_index=False` leaves the search index empty; `bulk=True` loads as the importer's bulk
    load does (core/services/importing/bulk.py): the orders' indexes created after the rows,
    with its larger page cache."""
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
    if bulk:
        connection.execute(f"PRAGMA cache_size = -{bulk_load.CACHE_KIB}")
    # Every row is held in memory here: with the collector on, its full passes over millions of
    # rows took half of this floor at a million rows (reading 14.5 s, 2026-12-02).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _store(
            report, connection, search_index, [sql for _n, sql in dropped] if bulk else []
        )
    finally:
        connection.close()
        if collecting:
            gc.enable()


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="an All Orders report (bench_foundation --keep)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    args = parser.parse_args(argv)
    db_path = args.report.parent / "floors.sqlite3"
    try:
        floor = statistics.median(measure_floor(args.report, db_path) for _ in range(args.runs))
        print(f"csv floor: {floor:.2f} s")
        for label, indexes, search, bulk in (
            ("tables, no index but the unique order id", False, False, False),
            ("tables and their column indexes", True, False, False),
            ("tables, column indexes, search index (the storage floor)", True, True, False),
            ("the same as a bulk load (orders' indexes after the rows)", True, True, True),
        ):
            runs = [measure_storage_floor(args.report, db_path, indexes, search, bulk)
                    for _ in range(args.runs)]  # fmt: skip
            parse, tables, fill, total = (
                statistics.median(getattr(r, name) for r in runs)
                for name in ("parse_s", "tables_s", "search_s", "total_s")
            )
            parts = f"reading {parse:.2f}, tables {tables:.2f}, search index {fill:.2f}"
            print(f"{label}: {total:.2f} s = {total / floor:.1f}× csv floor ({parts})")
    finally:
        for stale in db_path.parent.glob(db_path.name + "*"):
            stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
