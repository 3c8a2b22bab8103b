"""Open a workspace database: SQLite in the user's data folder by default, or any URL.

The schema is brought to the program's head with Alembic on open; a database written by a newer
program is refused rather than damaged. One `sessionmaker` per workspace; each user action opens
its own short session (`with workspace.session() as s: ...`).

Two windows, two copies of the program or two seats may use one workspace at once. Every write
(`Workspace.session()`, `Workspace.begin()`) takes the write lock when it *starts*: on SQLite
with `BEGIN IMMEDIATE` (the driver's own transaction handling is turned off, because it would
start a transaction only at the first write, after the reads that decided what to write), so a
writer never works from a snapshot another writer has already made stale; it waits up to
`BUSY_TIMEOUT_S` for the lock, then fails as `WorkspaceBusy`. Reads (`session_factory()`,
`engine.connect()`) take no lock. On PostgreSQL a command that checks then writes a row locks it
first (`SELECT ... FOR UPDATE`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import Connection, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from atoz_desktop import APP_ID
from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.errors import WorkspaceBusy, WorkspaceUnavailable, sorted_error

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration this program knows. tests/core/test_migrations.py checks it is Alembic's
# head, so start-up can compare one string instead of loading every migration script.
SCHEMA_HEAD = "0012_order_raw_hash"
DB_URL_ENV = "ATOZ_DB_URL"
#: How long a write waits for another writer (a 100k-row import holds the lock for several
#: seconds, more on a loaded machine) before it gives up with WorkspaceBusy.
BUSY_TIMEOUT_S = 60.0
#: Execution option of the engine that writes: its transactions take the write lock at once.
_WRITE = "atoz_write"


class WorkspaceError(Exception):
    """The workspace database cannot be opened; the message says why, for the user."""


class DatabaseTooNewError(WorkspaceError):
    pass


class NotAWorkspaceError(WorkspaceError):
    """The file is not an A-to-Z Desk workspace (not a database, or another program's)."""


class WorkspaceMissingError(WorkspaceError):
    """An existing workspace was asked for and its file is not there (moved or deleted)."""


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / "workspace.sqlite3"


def default_demo_path() -> Path:
    """The demo's own workspace file, next to the real one and never the same."""
    return default_db_path().with_name("demo.sqlite3")


def resolve_url(url_or_path: str | None = None) -> str:
    """`--db` value, else $ATOZ_DB_URL, else the default file. A bare path means SQLite."""
    value = url_or_path or os.environ.get(DB_URL_ENV) or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def redacted(url: str) -> str:
    """`url` as it may be shown or logged: a SQLite file as its path, a server's URL without
    its password (a team's shared password must not reach a screenshot or a bug report)."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL SQLAlchemy can read: say nothing of what it holds
        return "…"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, None for any other database or an in-memory one."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _refuse_foreign_file(file: Path) -> None:
    """Refuse, before any connection could change it (switching it to WAL rewrites its header),
    an existing file that is not a database or is another program's database."""
    try:
        with file.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WorkspaceError(_cannot_open(str(file), exc)) from exc
    if not header:
        return  # an empty file is an empty database
    if header != b"SQLite format 3\x00":
        raise NotAWorkspaceError(
            _("{file} is not an A-to-Z Desk workspace: it is not a database file.").format(
                file=file
            )
        )
    try:
        with closing(sqlite3.connect(file.as_uri() + "?mode=ro", uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.Error as exc:
        raise WorkspaceError(_cannot_open(str(file), exc)) from exc
    if tables and "alembic_version" not in tables:  # never add our tables to it
        raise NotAWorkspaceError(
            _(
                "{file} is not an A-to-Z Desk workspace: it is another program's "
                "database. It was left as it was."
            ).format(file=file)
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's "begin" event (_sqlite_begin) starts every transaction, not the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _sort_error(context: ExceptionContext) -> Exception | None:
    """SQLAlchemy's `handle_error` hook: raise the known error a driver's exception stands for
    (WorkspaceBusy, WorkspaceUnavailable) instead of it, for reads and writes alike."""
    if context.is_pre_ping:  # the pool tests a connection: let it reconnect quietly
        return None
    return sorted_error(context.original_exception, is_disconnect=context.is_disconnect)


def _server_session(dbapi_connection: Any, _record: Any) -> None:
    """Each server connection plans every statement for its own values.

    psycopg prepares a statement on the server after its fifth run, and PostgreSQL then may
    keep one generic plan for it, chosen once, blind to the values: an import's `order_id IN
    (500 ids)` planned while the table was still small scanned every order for every chunk
    to the end (a 60,000-row import took 79 s instead of 35), and a search's `LIKE` would be
    planned the same for "e" (every order) and for "lefèv" (a few, by the trigram index)."""
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # a SET inside a transaction goes with its rollback
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SET plan_cache_mode = force_custom_plan")
        cursor.close()
    finally:
        dbapi_connection.autocommit = autocommit


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", _server_session)
    event.listen(engine, "handle_error", _sort_error)
    return engine


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic), inside the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def migrate(engine: Engine, *, copy_first: bool = True) -> None:
    """Bring the database to head. An existing workspace that is behind is first copied to its
    backups folder (`copy_first`), while this transaction holds the write lock (on a server, in
    a snapshot of its own), so the copy is the workspace exactly as the migration found it."""
    with engine.execution_options(**{_WRITE: True}).begin() as connection:
        revision = current_revision(connection)
        if revision == SCHEMA_HEAD:
            return
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNewError(
                _(
                    "This workspace was written by a newer version of A-to-Z Desk (schema "
                    "{schema!r}); this program knows up to {head!r}. Update the program."
                ).format(schema=revision, head=SCHEMA_HEAD)
            )
        if revision is not None and copy_first:
            _copy_before_migration(engine, revision)
        upgrade(connection)


def _copy_before_migration(engine: Engine, revision: str) -> Path | None:
    """Copy a workspace to its backups folder before a migration changes it: a SQLite file page
    by page, a server's database table by table into the same one-file format. The copy (None
    for a database in memory or a new file). A copy that cannot be made stops the migration:
    the workspace stays as it was."""
    from atoz_desktop.core.storage import backup_files
    from atoz_desktop.core.storage.backup import copy_server

    url = engine.url.render_as_string(hide_password=False)
    file = _sqlite_file(url)
    if engine.dialect.name == "sqlite" and (file is None or not file.exists()):
        return None  # in memory, or a new file
    final = backup_files.automatic_backup_path(url, "migration")
    try:
        if file is not None:
            backup_files.copy_sqlite_file(file, final)
        else:  # a server's database, read in one snapshot on a connection of its own
            copy_server(engine, final, revision=revision)
    except (OSError, sqlite3.Error, DBAPIError, WorkspaceBusy, WorkspaceUnavailable) as exc:
        raise WorkspaceError(
            _(
                "The workspace {file} must be updated for this version, but it could not be "
                "copied first to {folder} ({error}); it was left as it was."
            ).format(file=file or redacted(url), folder=final.parent, error=exc)
        ) from exc
    backup_files.rotate(final.parent, "migration", backup_files.DEFAULT_KEEP)
    return final


@dataclass
class Workspace:
    """An open workspace database."""

    url: str
    engine: Engine
    #: Sessions that only read (no lock). Writes go through `session()`.
    session_factory: sessionmaker[Session] = field(repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def write_engine(self) -> Engine:
        """The engine whose transactions take the write lock when they begin."""
        return self.engine.execution_options(**{_WRITE: True})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        if self.is_sqlite:
            return Path(self.engine.url.database or "memory").name
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """Where the workspace lives, to show: the file's path, or the server's URL without its
        password."""
        return redacted(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, holding the write lock from its start: committed when the block
        ends, rolled back if it raises (WorkspaceBusy if the lock did not come in time)."""
        with self._writer() as s, s.begin():  # the engine sorts "locked" into WorkspaceBusy
            yield s

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """`session()` for Core statements: one write transaction on a connection."""
        with self.write_engine.begin() as connection:
            yield connection

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        from atoz_desktop.core.storage.models import WorkspaceSetting

        with self.session_factory() as s:
            value = s.execute(
                select(WorkspaceSetting.value).where(WorkspaceSetting.key == key)
            ).scalar()
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        from atoz_desktop.core.storage.models import WorkspaceSetting

        with self.session() as s:
            s.merge(WorkspaceSetting(key=key, value=value))

    @property
    def is_demo(self) -> bool:
        return self.get_setting("demo") == "1"

    def close(self) -> None:
        self.engine.dispose()


def _without_password(text: str, url: str) -> str:
    password = make_url(url).password if "://" in url else None
    return text.replace(str(password), "***") if password else text


def open_workspace(
    url_or_path: str | None = None, *, create: bool = True, copy_before_migration: bool = True
) -> Workspace:
    """Open and migrate the workspace database; a missing SQLite file is created, unless
    `create` is False (opening a workspace the user picked or used before). A workspace that is
    behind is copied to its backups folder before it is migrated, unless told otherwise (a
    temporary copy being prepared for a restore)."""
    url = resolve_url(url_or_path)
    file = _sqlite_file(url)
    if file is not None and not create and not file.exists():
        raise WorkspaceMissingError(
            _("{file} does not exist any more (moved or deleted?).").format(file=file)
        )
    if file is not None:
        _refuse_foreign_file(file)
    try:
        engine = make_engine(url)
    except Exception as exc:  # not a URL SQLAlchemy knows, or its driver is not installed
        raise WorkspaceError(_cannot_open(url, exc)) from exc
    try:
        migrate(engine, copy_first=copy_before_migration)
    except WorkspaceError:
        engine.dispose()
        raise
    except (WorkspaceBusy, WorkspaceUnavailable) as exc:  # sorted by the engine (errors.py)
        engine.dispose()
        if file is not None and "not a database" in str(exc.original):
            raise NotAWorkspaceError(
                _("{file} is not an A-to-Z Desk workspace: it is not a database file.").format(
                    file=file
                )
            ) from exc
        raise WorkspaceError(_cannot_open(url, exc)) from exc
    except DatabaseError as exc:
        engine.dispose()
        if file is not None and "not a database" in str(exc.orig):
            raise NotAWorkspaceError(
                _("{file} is not an A-to-Z Desk workspace: it is not a database file.").format(
                    file=file
                )
            ) from exc
        raise WorkspaceError(_cannot_open(url, exc.orig or exc)) from exc
    except Exception as exc:
        engine.dispose()
        raise WorkspaceError(_cannot_open(url, exc)) from exc
    return Workspace(
        url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False)
    )


def _cannot_open(url: str, error: BaseException) -> str:
    """One line (drivers write several), naming the workspace, never with its password."""
    reason = " ".join(str(error).split())
    return _("Cannot open the workspace {url}: {error}").format(
        url=redacted(url), error=_without_password(reason, url)
    )
