"""A large import into a small table loads in bulk on SQLite (importing/bulk.py): the order
indexes are dropped and built again after the rows, inside the import's one transaction. The
result is the same workspace as a row-by-row import; a failure, a cancel or a kill leaves every
index in place; other windows read meanwhile; a second writer waits."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from atoz_desktop.core.sample_reports import write_all_orders
from atoz_desktop.core.services import importing
from atoz_desktop.core.services.importing import (
    ImportCancelled,
    background,
    bulk,
    import_order_files,
    reimport,
)
from atoz_desktop.core.services.orders import order_count, order_detail, order_ids
from atoz_desktop.core.storage.database import Workspace, open_workspace
from tests.held_import import held_import
from tests.reports import order_row, write_report

OID = "402-1234567-1234567"


def schema(db: Path) -> list[tuple[str, str, str | None]]:
    """Every index and trigger of the workspace, with its SQL."""
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY type, name"
        ).fetchall()


def contents(db: Path) -> list[list[tuple[object, ...]]]:
    """The orders, lines and shipments as stored, and what the search index finds."""
    with sqlite3.connect(db) as connection:
        tables = [
            connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("orders", "order_lines", "shipments")
        ]
        found = connection.execute(
            "SELECT rowid FROM order_search WHERE order_search MATCH '\"ssel\"' ORDER BY rowid"
        ).fetchall()
        return [*tables, found]


def checked(db: Path) -> None:
    """SQLite's own checks of the file, its indexes and the search index pass."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("INSERT INTO order_search(order_search) VALUES ('integrity-check')")


def imported(
    db: Path, report: Path
) -> tuple[list[tuple[str, str, str | None]], list[list[tuple[object, ...]]]]:
    """A new workspace at `db` with `report` imported, checked by SQLite: its schema and what
    it holds."""
    ws = open_workspace(str(db))
    import_order_files(ws, [report])
    ws.close()
    checked(db)
    return schema(db), contents(db)


@pytest.fixture
def sqlite_ws(tmp_path: Path):
    ws = open_workspace(str(tmp_path / "bulk.sqlite3"))
    yield ws
    ws.close()


def db_of(ws: Workspace) -> Path:
    return Path(str(ws.engine.url.database))


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "orders.txt"
    write_all_orders(path, 1500, seed=7)
    return path


def test_a_first_import_loads_in_bulk_and_ends_as_a_row_by_row_import(
    tmp_path, report, monkeypatch
):
    """The same report, imported once in bulk and once row by row (in batches small enough
    for orders to span them), gives the same rows, search index, indexes and triggers."""
    monkeypatch.setattr(importing, "BATCH_ORDERS", 100)
    rebuilt: list[int] = []
    finish = bulk.BulkLoad.finish
    monkeypatch.setattr(
        bulk.BulkLoad, "finish", lambda self: rebuilt.append(len(self.indexes)) or finish(self)
    )
    results = []
    for name, min_lines in (("rows", 10**9), ("bulk", 1)):
        monkeypatch.setattr(bulk, "MIN_LINES", min_lines)
        db = tmp_path / f"{name}.sqlite3"
        results.append(imported(db, report))
    assert rebuilt == [0, 8]  # row by row, then the 8 indexes of orders set aside
    assert results[0] == results[1]
    assert len(results[0][1][0]) > 1000 and results[0][1][3]  # orders, and search hits


def test_an_order_whose_rows_are_in_two_batches_is_whole_after_a_bulk_load(
    sqlite_ws, tmp_path, monkeypatch
):
    """Its second batch updates an order the first one inserted while the indexes are gone:
    its lines, its search text and the search index follow."""
    monkeypatch.setattr(importing, "BATCH_ORDERS", 2)
    monkeypatch.setattr(bulk, "MIN_LINES", 1)
    others = [order_row(f"402-{i:07d}-7654321") for i in range(5)]
    rows = [order_row(), *others, order_row(sku="MUG-2", product_name="Mug Ardoise")]
    import_order_files(sqlite_ws, [write_report(tmp_path / "apart.txt", rows)])
    assert [line.sku for line in order_detail(sqlite_ws, order_id=OID).lines] == [
        "TH-001", "MUG-2"
    ]  # fmt: skip
    assert order_ids(sqlite_ws, "ardoise") == [order_detail(sqlite_ws, order_id=OID).pk]
    checked(db_of(sqlite_ws))


def held_writer(monkeypatch, written: list[int], fail_at: int | None = None) -> None:
    """The writer thread's first job waits until the reading has queued QUEUED batches more;
    job `fail_at` fails. `written` gets the number of orders of each job."""
    gate = threading.Event()
    calls: list[int] = []
    queue, start, run = (
        background.Background.queue, background.Background._start, background.Background._run
    )  # fmt: skip

    def counted_queue(self, connection, rows):
        calls.append(1)
        if len(calls) == 1 + background.QUEUED:
            gate.set()
        queue(self, connection, rows)

    def counted_start(self, connection, rows):
        written.append(len(rows.orders))
        start(self, connection, rows)

    def held_run(self, work):
        def held():
            assert gate.wait(timeout=60)
            if len(written) == fail_at:
                raise RuntimeError("disk on fire")
            work()

        run(self, held)

    monkeypatch.setattr(background.Background, "queue", counted_queue)
    monkeypatch.setattr(background.Background, "_start", counted_start)
    monkeypatch.setattr(background.Background, "_run", held_run)


def test_batches_read_while_the_writer_is_busy_wait_in_a_queue_and_end_the_same(
    tmp_path, report, monkeypatch
):
    """A first import whose writer thread is held: the batches read meanwhile go to SQLite
    together, QUEUED of them, and the workspace ends as with a writer that keeps up."""
    monkeypatch.setattr(importing, "BATCH_ORDERS", 50)
    results = []
    written: list[int] = []
    for held in (False, True):
        if held:
            held_writer(monkeypatch, written)
        db = tmp_path / f"held-{held}.sqlite3"
        results.append(imported(db, report))
    assert results[0] == results[1]
    assert written[:2] == [50, 50 * background.QUEUED]
    assert sum(written) == len(results[0][1][0])


def test_a_writer_that_fails_with_batches_queued_leaves_nothing(
    sqlite_ws, tmp_path, report, monkeypatch
):
    monkeypatch.setattr(importing, "BATCH_ORDERS", 50)
    db = db_of(sqlite_ws)
    before = schema(db), contents(db)
    written: list[int] = []
    held_writer(monkeypatch, written, fail_at=2)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_order_files(sqlite_ws, [report])
    assert written == [50, 50 * background.QUEUED]  # the queued batches' job failed
    assert (schema(db), contents(db)) == before
    checked(db)


def test_only_a_large_import_into_a_small_table_loads_in_bulk(sqlite_ws, report, monkeypatch):
    monkeypatch.setattr(bulk, "MIN_LINES", 1000)
    with sqlite_ws.begin() as connection:
        assert bulk.wanted(connection, 1000)  # empty
        assert not bulk.wanted(connection, 999)  # too small to be worth it
    import_order_files(sqlite_ws, [report])
    with sqlite_ws.begin() as connection:  # the same report again: not twice the orders
        assert not bulk.wanted(connection, 1500)
        assert bulk.wanted(connection, 1500 * 2)


def test_the_page_cache_is_given_back_after_a_bulk_load(sqlite_ws, report, monkeypatch):
    monkeypatch.setattr(bulk, "MIN_LINES", 1)
    seen: list[int] = []
    real = reimport.write_batch

    def write_batch(connection, *args, **kwargs):
        seen.append(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        real(connection, *args, **kwargs)

    monkeypatch.setattr(importing, "write_batch", write_batch)
    with sqlite_ws.begin() as connection:
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    import_order_files(sqlite_ws, [report])
    assert seen and set(seen) == {-bulk.CACHE_KIB}
    with sqlite_ws.begin() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == before


@pytest.mark.parametrize("how", ["error", "cancel", "cancel-at-the-end"])
def test_a_bulk_load_that_fails_leaves_the_workspace_with_its_indexes(
    sqlite_ws, tmp_path, report, monkeypatch, how
):
    """The second batch fails, or the user cancels, or cancels while the indexes are being
    built again: nothing is imported and every index and trigger is there."""
    monkeypatch.setattr(importing, "BATCH_ORDERS", 200)
    monkeypatch.setattr(bulk, "MIN_LINES", 1)
    first = write_report(tmp_path / "first.txt", [order_row()])
    import_order_files(sqlite_ws, [first])  # one order, so the rollback has a state to keep
    db = db_of(sqlite_ws)
    before = schema(db), contents(db)
    batches: list[int] = []
    real = reimport.write_batch

    def write_batch(connection, *args, **kwargs):
        batches.append(1)
        if how == "error" and len(batches) == 2:
            raise RuntimeError("disk on fire")
        real(connection, *args, **kwargs)

    monkeypatch.setattr(importing, "write_batch", write_batch)
    cancel = {"cancel": lambda: len(batches) >= 2}.get(how)
    if how == "cancel-at-the-end":
        finish = bulk.BulkLoad.finish
        asked: list[int] = []

        def finish_then_cancel(self):
            finish(self)
            asked.append(1)

        monkeypatch.setattr(bulk.BulkLoad, "finish", finish_then_cancel)
        cancel = lambda: bool(asked)  # noqa: E731 - the first check after the indexes
    expected = RuntimeError if how == "error" else ImportCancelled
    with pytest.raises(expected):
        import_order_files(sqlite_ws, [report], cancelled=cancel)
    assert (schema(db), contents(db)) == before
    checked(db)
    assert order_count(sqlite_ws) == 1


def test_a_bulk_load_killed_midway_leaves_the_workspace_as_it_was(sqlite_ws, tmp_path):
    """SIGKILL while the indexes are dropped: the workspace opens again with every index, its
    checks pass, and it holds what it held before."""
    import_order_files(sqlite_ws, [write_report(tmp_path / "first.txt", [order_row()])])
    db = db_of(sqlite_ws)
    before = schema(db), contents(db)
    report = tmp_path / "big.txt"
    write_all_orders(report, 3000, seed=5)
    with held_import(sqlite_ws.url, report, 60, bulk=True) as importer:
        with sqlite3.connect(db) as connection:  # written, not committed: in the write-ahead log
            assert Path(f"{db}-wal").stat().st_size > 0
            assert connection.execute("SELECT count(*) FROM orders").fetchone() == (1,)
        importer.process.send_signal(signal.SIGKILL)
        importer.process.wait(30)
    sqlite_ws.close()
    reopened = open_workspace(str(db))
    try:
        assert (schema(db), contents(db)) == before
        checked(db)
        assert order_count(reopened) == 1
    finally:
        reopened.close()


def test_other_windows_read_and_wait_to_write_during_a_bulk_load(sqlite_ws, tmp_path):
    """While another process loads in bulk, this one still finds orders through the indexes
    it sees (the workspace before the import), and its write waits for the import's end."""
    import_order_files(sqlite_ws, [write_report(tmp_path / "first.txt", [order_row()])])
    db = db_of(sqlite_ws)
    indexes = schema(db)
    report = tmp_path / "big.txt"
    write_all_orders(report, 3000, seed=5)
    with held_import(sqlite_ws.url, report, 3, bulk=True) as importer:
        assert schema(db) == indexes
        assert order_ids(sqlite_ws, "1234567", limit=200) == [
            order_detail(sqlite_ws, order_id=OID).pk
        ]
        started = time.monotonic()
        sqlite_ws.set_setting("seller_name", "Atelier")  # the write lock: after the import
        waited = time.monotonic() - started
        imported = importer.finish()
    assert waited > 1
    assert sqlite_ws.get_setting("seller_name") == "Atelier"
    assert order_count(sqlite_ws) == 1 + imported
    assert schema(db) == indexes
    checked(db)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_off_during_an_import_and_as_it_was_after(
    sqlite_ws, tmp_path, monkeypatch, enabled
):
    """Off while the batches are written, even when the import fails; then as it was before."""
    import gc

    during: list[bool] = []
    real = reimport.write_batch

    def write_batch(connection, *args, **kwargs):
        during.append(gc.isenabled())
        real(connection, *args, **kwargs)
        raise RuntimeError("stop here")

    monkeypatch.setattr(importing, "write_batch", write_batch)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError):
            import_order_files(sqlite_ws, [write_report(tmp_path / "a.txt", [order_row()])])
        assert during == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_value_with_a_nul_character_is_stored_whole(sqlite_ws, tmp_path):
    """A NUL character past the start of the file (which the binary check reads) is stored as
    read: a guard for any faster way to hand rows to SQLite (its JSON functions, tried for
    this and measured slower, end a string at a NUL)."""
    others = [order_row(f"402-{i:07d}-7654321") for i in range(60)]  # past the binary sniff
    name = "Théière\x00 fonte \\u0000"
    rows = [*others, order_row(product_name=name, ship_city="Mu\x00nich")]
    import_order_files(sqlite_ws, [write_report(tmp_path / "nul.txt", rows)])
    detail = order_detail(sqlite_ws, order_id=OID)
    assert (detail.lines[0].product_name, detail.ship_city) == (name, "Mu\x00nich")
    assert order_count(sqlite_ws) == 61
    checked(db_of(sqlite_ws))


def test_the_writer_thread_is_alone_on_the_connection_while_it_writes(
    sqlite_ws, tmp_path, monkeypatch
):
    """Batches holding new orders and changed ones: the changed ones are written before the
    new ones go to the writer thread, never beside it (a SQLAlchemy connection is one
    thread's at a time). The writer is slowed down so that an overlap would be seen."""
    from sqlalchemy import event

    monkeypatch.setattr(importing, "BATCH_ORDERS", 20)
    ids = [f"402-{n:07d}-1234567" for n in range(120)]
    first = [order_row(i) for i in ids[::2]]
    # Every batch of the second report: ten orders already stored, now cancelled, and ten new.
    second = [order_row(i, **({"order-status": "Cancelled"} if n % 2 == 0 else {}))
              for n, i in enumerate(ids)]  # fmt: skip
    writing = threading.Event()
    overlaps: list[str] = []
    run = background.Background._run

    def slow_run(self, work):
        def slow():
            writing.set()
            try:
                time.sleep(0.05)
                work()
            finally:
                writing.clear()

        run(self, slow)

    def on_execute(_conn, _cursor, statement, *_args):
        if writing.is_set() and threading.current_thread() is threading.main_thread():
            overlaps.append(statement.split()[0])

    monkeypatch.setattr(background.Background, "_run", slow_run)
    event.listen(sqlite_ws.engine, "before_cursor_execute", on_execute)
    try:  # the first import into the empty workspace, then the one with both kinds
        import_order_files(sqlite_ws, [write_report(tmp_path / "a.txt", first)])
        summary = import_order_files(sqlite_ws, [write_report(tmp_path / "b.txt", second)])
    finally:
        event.remove(sqlite_ws.engine, "before_cursor_execute", on_execute)
    assert overlaps == []
    assert (summary.orders_created, summary.orders_updated) == (60, 60)
    assert order_count(sqlite_ws) == 120
    assert order_detail(sqlite_ws, order_id=ids[0]).status == "Cancelled"
    checked(db_of(sqlite_ws))
