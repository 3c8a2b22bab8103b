"""Import Amazon order reports into the workspace: all or nothing, idempotent, fast.

Every file is read and judged as it streams by, a batch of whole orders at a time; each batch is
merged with what the database already holds and the differences are written with bulk
statements, all in one transaction (the ORM's unit of work is 20x slower at 100k rows). Importing
the same file twice changes nothing, and the second time reads no order back (reimport.py); a
newer report updates an order; an older one never rolls an order back (merging.py).

The package: `summary` (what the caller gets), `merging` (the rules), `reimport` (each batch
against the database), `writing` (the bulk statements), `background` (SQLite's writer thread).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.amazon import ReportError, ReportReader, RowProblem
from atoz_desktop.core.services import order_search_server
from atoz_desktop.core.services.importing.bulk import BulkLoad
from atoz_desktop.core.services.importing.reimport import (
    NeedsFullImport,
    raw_lookup,
    write_batch,
)
from atoz_desktop.core.services.importing.summary import (
    ImportCancelled,
    ImportRejected,
    ImportSummary,
    rejection_message,
)
from atoz_desktop.core.services.importing.writing import Tally
from atoz_desktop.core.storage.database import Workspace

__all__ = [
    "ImportCancelled",
    "ImportRejected",
    "ImportSummary",
    "RowProblem",
    "import_order_files",
    "rejection_message",
]

Progress = Callable[[int, int], None]
BATCH_ORDERS = 2000

_paused = 0
_paused_lock = threading.Lock()
_paused_it = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while an import runs (every import of the process;
    on again after the last one, if it was on).

    The objects of a batch (records, states, rows) live through the batch, so the collector
    promotes them to its oldest generation and then, because that generation grew, runs full
    collections, each of which walks everything the process holds, the import's growing sets
    of order ids included: 2.5 s of a 100,000-row import's 12, and a count of collections that
    grows with the rows, so their cost grew as the square of the rows. An import makes no
    reference cycles of its own: what it frees, reference counting frees at once."""
    global _paused, _paused_it
    with _paused_lock:
        if _paused == 0:
            _paused_it = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _paused_it:
                gc.enable()


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
    by_hash = len(readers) == 1
    shown = 0
    report: Progress | None = None
    if progress is not None:
        call = progress

        def report(done: int, total: int) -> None:
            nonlocal shown
            if done >= shown:  # a second pass (see below) does not move the bar back
                shown = done
                call(done, total)

    while True:
        run = _Run(readers, skip_bad, by_hash, report, check)
        try:
            with collector_paused(), workspace.begin() as connection:
                _import(connection, run)
        except NeedsFullImport:
            # Rolled back: an order taken as unchanged has rows further on. Read it all again.
            by_hash = False
            readers = _open_readers(files)
            continue
        break
    tally, problems = run.tally, run.problems
    if progress is not None:
        total = sum(r.total_lines for r in readers)
        progress(total, total)
    summary = ImportSummary(
        files=[p.name for p in files],
        orders_created=len(tally.created),
        orders_updated=len(tally.updated - tally.created),
        orders_unchanged=len(tally.stored - tally.created - tally.updated),
        lines=sum(reader.rows for reader in readers),
        shipments=tally.shipments,
        skipped=problems,
    )
    for reader in readers:
        summary.warnings.extend(reader.warnings)
    order_search_server.refresh_statistics(workspace, summary.orders_created)
    return summary


@dataclass
class _Run:
    """One pass over the files, inside one transaction: what it reads, how, and what it found."""

    readers: list[ReportReader]
    skip_bad: bool
    by_hash: bool
    progress: Progress | None
    check: Callable[[], None]
    tally: Tally = field(default_factory=Tally)
    problems: list[RowProblem] = field(default_factory=list)


def _import(connection: Connection, run: _Run) -> None:
    bulk = BulkLoad.start(connection, sum(r.total_lines for r in run.readers))
    if connection.dialect.name == "sqlite":  # the transaction holds the write lock already
        stored = connection.exec_driver_sql("SELECT max(id) FROM orders").scalar_one()
        if stored is None:  # no order stored: see Tally.fresh_pk
            run.tally.fresh_pk = 1
    try:
        try:
            _read_and_write(connection, run)
        finally:
            run.tally.background.wait()  # before the transaction ends, either way
        if run.problems and not run.skip_bad:
            raise ImportRejected(rejection_message(run.problems), run.problems)
        run.check()
        bulk.finish()
        run.check()  # the last chance to cancel: leaving the block by an exception rolls back
    finally:
        bulk.close()


def _read_and_write(connection: Connection, run: _Run) -> None:
    total = sum(r.total_lines for r in run.readers)
    done = 0
    unchanged = raw_lookup(connection, run.tally) if run.by_hash else None
    for reader in run.readers:
        try:
            for batch in reader.batches(BATCH_ORDERS, unchanged):
                run.check()
                if not reader.problems or run.skip_bad:
                    # Once a row is bad (and not skipped) nothing will be kept: just read on
                    # to list every bad row.
                    write_batch(connection, batch, run.tally, by_hash=run.by_hash)
                if run.progress is not None:
                    run.progress(min(done + reader.line, total), total)
        except ReportError as exc:
            raise ImportRejected(_("Nothing was imported.") + f"\n{exc}") from None
        done += reader.total_lines
        run.problems.extend(reader.problems)
