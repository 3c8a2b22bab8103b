"""The mechanics of a workspace backup: reading a backup file's header and schema, copying every
table from one database to another (PostgreSQL → SQLite and back), and putting a prepared copy
in place of a live SQLite workspace.

A backup is always one SQLite file at this program's schema, whatever the workspace it came
from: a SQLite workspace is copied page by page (`backup_files.copy_sqlite_file`), a PostgreSQL
one table by table into a new SQLite workspace, in the order of the foreign keys, in batches
that keep memory bounded (a few rows at a time for the tables of file contents).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, LargeBinary, Table, func, insert, select, text

from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.backup_files import Progress, online_copy
from atoz_desktop.core.storage.database import SCHEMA_HEAD, WorkspaceError, known_revisions
from atoz_desktop.core.storage.models import Base

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupTooNewError",
    "NotABackupError",
    "copy_tables",
    "inspect_backup",
    "replace_live_sqlite",
    "reset_sequences",
]

#: Rows per INSERT for ordinary tables, and for tables of file contents (whose rows may each be
#: tens of megabytes) at most this many bytes of contents per INSERT, read from the server one
#: row at a time (psycopg holds a fetched batch as hex text, twice its size, besides the bytes:
#: four 5 MB rows a fetch cost 100 MB, one row 25 MB).
BATCH_ROWS = 500
BATCH_BYTES = 16 * 1024 * 1024
BLOB_ROWS = 1
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(WorkspaceError):
    """A backup cannot be written or a file cannot be restored; the message says why, for the
    user."""


class NotABackupError(BackupError):
    pass


class BackupTooNewError(BackupError):
    pass


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file holds, read without changing it."""

    file: Path
    revision: str
    bytes: int
    orders: int
    claims: int
    evidence: int


def _tables() -> list[Table]:
    """The workspace's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _has_contents(table: Table) -> bool:
    return any(isinstance(column.type, LargeBinary) for column in table.columns)


def inspect_backup(file: Path) -> BackupInfo:
    """Read what `file` holds; BackupError naming the reason if it is not a workspace backup
    this program can restore (not a database, another program's, damaged or cut short, or
    written by a newer version)."""
    try:
        with file.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise BackupError(
            _("{file} cannot be read: {error}").format(file=file, error=exc.strerror or exc)
        ) from exc
    if not header.startswith(SQLITE_HEADER):
        raise NotABackupError(
            _("{file} is not an A-to-Z Desk backup: it is not a database file.").format(file=file)
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = file.stat().st_size
    if len(header) < 100 or (pages and size < pages * page_size):
        raise BackupError(
            _(
                "{file} is damaged: it is cut short ({size} bytes of the {expected} it should "
                "have)."
            ).format(file=file, size=size, expected=pages * page_size)
        )
    try:
        with closing(sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise NotABackupError(
                    _(
                        "{file} is not an A-to-Z Desk backup: it is another program's database."
                    ).format(file=file)
                )
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else None
            if revision is None:
                raise NotABackupError(
                    _("{file} is not an A-to-Z Desk backup: its schema version is missing.").format(
                        file=file
                    )
                )
            if revision not in known_revisions():
                raise BackupTooNewError(
                    _(
                        "{file} comes from a newer version of A-to-Z Desk (schema {schema!r}); "
                        "this program knows up to {head!r}. Update the program to restore it."
                    ).format(file=file, schema=revision, head=SCHEMA_HEAD)
                )
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise BackupError(
                    _("{file} is damaged: {problem}").format(file=file, problem=problems[0])
                )
            counts = [
                connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in ("orders", "claims", "evidence")
            ]
    except sqlite3.DatabaseError as exc:
        raise BackupError(_("{file} is damaged: {problem}").format(file=file, problem=exc)) from exc
    return BackupInfo(file, revision, size, *counts)


def _batches(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The rows of `table`, in primary-key order, a bounded batch at a time."""
    contents = _has_contents(table)
    per = BLOB_ROWS if contents else BATCH_ROWS
    query = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(stream_results=True, yield_per=per).execute(query)
    batch: list[dict[str, Any]] = []
    size = 0
    for row in result:
        values = dict(row._mapping)
        batch.append(values)
        if contents:
            size += sum(len(v) for v in values.values() if isinstance(v, bytes | memoryview))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def copy_tables(
    source: Connection,
    dest: Connection,
    progress: Progress | None = None,
    tables: list[tuple[Table, Table]] | None = None,
) -> int:
    """Copy every row of every workspace table from `source` into the same, empty tables of
    `dest` (inside the callers' transactions), parents first. The rows copied. `tables`: the
    (source, destination) pairs, parents first, when they are not this program's models (a
    database at another schema revision, reflected)."""
    pairs = tables if tables is not None else [(t, t) for t in _tables()]
    total = sum(
        source.execute(select(func.count()).select_from(served)).scalar_one() for served, _ in pairs
    )
    done = 0
    if progress is not None:
        progress(0, total)
    for served, table in pairs:
        for batch in _batches(source, served):
            dest.execute(insert(table), batch)
            done += len(batch)
            if progress is not None:
                progress(min(done, total), total)
    return done


def empty_tables(connection: Connection) -> None:
    """Delete every row of the workspace's tables (children first)."""
    if connection.dialect.name == "postgresql":
        names = ", ".join(t.name for t in _tables())
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return
    for table in reversed(_tables()):
        connection.execute(table.delete())


def reset_sequences(connection: Connection) -> None:
    """On PostgreSQL, move each table's id sequence past the ids copied in."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id":
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def rebuild_search_index(connection: Connection) -> None:
    """On SQLite, rebuild the orders' full-text index from the table (after a bulk copy)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("INSERT INTO order_search(order_search) VALUES('rebuild')")


def page_size(file: Path) -> int:
    with closing(sqlite3.connect(file)) as connection:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])


def replace_live_sqlite(prepared: Path, live: Path, progress: Progress | None = None) -> None:
    """Put the prepared workspace file `prepared` in place of the SQLite workspace `live`,
    which other windows may have open: through the online backup API *into* the live database,
    so the whole replacement is one write transaction of SQLite's (other connections wait for
    the lock, then read the restored workspace; none sees half of it, none writes into a file
    that was swapped under it, as a rename would let them)."""
    live_size = page_size(live)
    if page_size(prepared) != live_size:  # a WAL database only takes pages of its own size
        with closing(sqlite3.connect(prepared, isolation_level=None)) as connection:
            connection.execute(f"PRAGMA page_size={live_size}")
            connection.execute("VACUUM")
    online_copy(prepared, live, progress)


def copy_server(
    engine: Engine,
    file: Path,
    progress: Progress | None = None,
    check: Callable[[Path], None] | None = None,
    *,
    revision: str | None = None,
) -> None:
    """A PostgreSQL database into a new SQLite workspace file at `file`, table by table, all read
    in one snapshot (REPEATABLE READ) so the copy is the database at one moment: written under
    a temporary name beside `file`, made one self-contained file, checked by `check(temp)`
    (which raises to refuse it), then renamed.

    `revision`: the schema the database is at, when it is not this program's (the copy made
    before a migration): the file is then made at that revision and the tables are copied as
    the server holds them, column by column, instead of as this program's models say."""
    from atoz_desktop.core.storage import backup_files
    from atoz_desktop.core.storage.database import open_workspace

    with backup_files.temporary_beside(file) as temp:
        source_engine = engine.execution_options(isolation_level="REPEATABLE READ")
        if revision is None:
            copy = open_workspace(str(temp), copy_before_migration=False)
            try:
                with copy.begin() as dest, source_engine.connect() as source, source.begin():
                    empty_tables(dest)  # a new workspace holds the default policies
                    copy_tables(source, dest, progress)
                    rebuild_search_index(dest)
            finally:
                copy.close()
        else:
            _copy_at_revision(source_engine, temp, revision, progress)
        backup_files.single_file(temp)
        if check is not None:
            check(temp)
        backup_files.finish_file(temp, file)


def _copy_at_revision(
    source_engine: Engine, temp: Path, revision: str, progress: Progress | None
) -> None:
    """The server's tables into a SQLite file made at `revision`, as they are on the server."""
    from sqlalchemy import MetaData

    from atoz_desktop.core.storage.database import make_engine, upgrade

    dest_engine = make_engine(f"sqlite:///{temp}")
    try:
        with dest_engine.begin() as dest, source_engine.connect() as source, source.begin():
            upgrade(dest, revision)
            theirs, ours = MetaData(), MetaData()
            theirs.reflect(bind=source)
            ours.reflect(bind=dest)
            tables = [
                t
                for t in ours.sorted_tables
                if t.name in theirs.tables and t.name != "alembic_version"
            ]
            for table in reversed(tables):
                dest.execute(table.delete())  # the defaults the migrations wrote
            copy_tables(source, dest, progress, [(theirs.tables[t.name], t) for t in tables])
            rebuild_search_index(dest)
    finally:
        dest_engine.dispose()


def server_change_stamp(connection: Connection) -> list[int]:
    """What says a PostgreSQL workspace changed since a backup, by any seat: each table's row
    count and the newest transaction that wrote one of its rows (`xmin`). An insert or an
    update writes a newer one, a delete changes the count. One pass over every table (about a
    millisecond per thousand rows), done when a window closes."""
    parts = [
        f'SELECT {i}, count(*), coalesce(max(xmin::text::bigint), 0) FROM "{table.name}"'
        for i, table in enumerate(_tables())
    ]
    rows = connection.execute(text(" UNION ALL ".join(parts) + " ORDER BY 1")).all()
    return [int(value) for row in rows for value in row[1:]]
