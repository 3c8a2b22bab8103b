"""On SQLite, the costly part of writing batches of new orders (their indexes, the search
index) on a thread of its own while the next batches are read.

The rows go into temporary tables (executemany into a table without indexes is cheap); one
INSERT ... SELECT each then moves them into place and one more indexes them for search. Those
run on the writer thread: each is a single step of SQLite, which releases the GIL for all of
it, so they overlap with reading the next batch in Python (an executemany would take the GIL
back for every row). Nothing else uses the connection meanwhile: every use of it first calls
`wait()`.

Every 16 batches the search index merges its segments, and that batch's writing takes about
four times as long as the reading of one: batches of a first import that come while the writer
is still busy wait in a queue (`QUEUED`) instead of stopping the reading, and go to SQLite
together when it is free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from atoz_desktop.core.importers.amazon import LINE_KEYS, SHIPMENT_KEYS
from atoz_desktop.core.services.importing.merging import ORDER_KEYS

ORDER_COLUMNS = (
    "order_id", *ORDER_KEYS, "total", "extra", "search_text", "content_hash", "raw_hash"
)  # fmt: skip
LINE_COLUMNS = ("order_pk", *LINE_KEYS, "extra")
SHIPMENT_COLUMNS = ("order_pk", "signed_for", *SHIPMENT_KEYS)
EMPTY_JSON = "{}"
#: Batches of new orders kept while the writer is busy, at most: a batch of 2,000 orders
#: holds about 2 MB of rows, and the longest merge of the search index at 100k rows takes
#: about three batches' reading.
QUEUED = 4

_STAGED = (
    ("import_orders", "orders", ("id", *ORDER_COLUMNS)),
    ("import_lines", "order_lines", LINE_COLUMNS),
)


@dataclass(slots=True)
class NewRows:
    """New orders' rows as SQLite's executemany takes them, ids first."""

    orders: list[tuple[Any, ...]]
    lines: list[tuple[Any, ...]]
    shipments: list[tuple[Any, ...]]
    first_pk: int


class Background:
    """The writer thread of one import, and the batches waiting for it."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._staged: set[int] = set()
        self._queued: list[NewRows] = []
        self._connection: Connection | None = None

    def queue(self, connection: Connection, rows: NewRows) -> None:
        """Write `rows` (new orders, their ids following those queued before): at once if the
        writer is free, else when it is, with the batches queued meanwhile."""
        self._queued.append(rows)
        self._connection = connection
        if len(self._queued) < QUEUED and self._thread is not None and self._thread.is_alive():
            return
        self._join()
        self._start_queued()

    def wait(self) -> None:
        """Until every batch given is written; an error of the writer is raised here."""
        self._join()
        if self._queued:
            self._start_queued()
            self._join()

    def _start_queued(self) -> None:
        queued, self._queued = self._queued, []
        connection, self._connection = self._connection, None
        assert connection is not None
        if len(queued) == 1:
            rows = queued[0]
        else:
            rows = NewRows(
                [row for batch in queued for row in batch.orders],
                [row for batch in queued for row in batch.lines],
                [row for batch in queued for row in batch.shipments],
                queued[0].first_pk,
            )
        self._start(connection, rows)

    def _start(self, connection: Connection, rows: NewRows) -> None:
        if id(connection) not in self._staged:
            for staging, table, names in _STAGED:
                connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{staging}")
                connection.exec_driver_sql(
                    f"CREATE TEMP TABLE {staging} AS SELECT {', '.join(names)} FROM main.{table} "
                    "WHERE 0"
                )
            self._staged.add(id(connection))
        driver_insert(connection, "temp.import_orders", _STAGED[0][2], rows.orders)
        if rows.lines:
            driver_insert(connection, "temp.import_lines", LINE_COLUMNS, rows.lines)
        pk_range = (rows.first_pk, rows.first_pk + len(rows.orders) - 1)
        shipments = rows.shipments

        def move() -> None:
            for staging, table, names in _STAGED:
                columns = ", ".join(names)
                connection.exec_driver_sql(
                    f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM temp.{staging}"
                )
                connection.exec_driver_sql(f"DELETE FROM temp.{staging}")
            connection.exec_driver_sql(
                "INSERT INTO order_search(rowid, search_text) "
                "SELECT id, search_text FROM orders WHERE id BETWEEN ? AND ?",
                pk_range,
            )
            if shipments:  # few: an FBA report's
                driver_insert(connection, "shipments", SHIPMENT_COLUMNS, shipments)

        if connection.engine.url.database in (None, "", ":memory:"):
            move()  # a memory database's connection belongs to its thread
            return
        self._thread = threading.Thread(target=self._run, args=(move,), name="import-writer")
        self._thread.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except BaseException as exc:  # handed to the importing thread by wait()
            self._error = exc

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            self._queued = []  # the transaction is lost: nothing more is written
            raise error


def driver_insert(
    connection: Connection, table: str, names: Sequence[str], rows: list[Any]
) -> None:
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, rows)
