"""Back up a workspace into one file, restore one, and the automatic backups.

- `backup_workspace(workspace, file)`: one SQLite file holding the whole workspace, evidence
  included (it lives in the database). A SQLite workspace is copied with SQLite's online backup
  API (consistent while windows write); a PostgreSQL one table by table inside one snapshot
  transaction. Written under a temporary name beside `file`, checked as `atoz-desktop check`
  checks a workspace (the database's own check, every stored file against its SHA-256), and only
  then renamed to `file`: a backup that exists under its name has passed its check.
- `restore_workspace(target, file)`: refuses a file that is not a workspace backup or comes from
  a newer version, naming the reason; prepares a checked copy brought to this program's schema;
  backs up the target first (its backups folder, "restore"); then replaces it in one
  transaction (SQLite: the online backup API into the live database, so another window on it
  waits and then reads the restored workspace; PostgreSQL: every table emptied and filled in
  one transaction).
- `backup_on_close(workspace, keep)`: the window's backup when it closes, kept `keep` deep,
  skipped when nothing changed since the last automatic backup. The copy before a migration is
  the database module's (`storage/database.py`, `_copy_before_migration`).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.integrity import IntegrityReport, check_workspace
from atoz_desktop.core.storage import backup_files
from atoz_desktop.core.storage.backup import (
    BackupError,
    BackupInfo,
    copy_server,
    copy_tables,
    empty_tables,
    inspect_backup,
    replace_live_sqlite,
    reset_sequences,
    server_change_stamp,
)
from atoz_desktop.core.storage.backup_files import DEFAULT_KEEP, Progress
from atoz_desktop.core.storage.database import (
    SCHEMA_HEAD,
    Workspace,
    open_workspace,
    redacted,
    resolve_url,
)

__all__ = [
    "BackupError",
    "BackupResult",
    "RestoreResult",
    "automatic_backup",
    "backup_on_close",
    "backup_workspace",
    "backups_folder",
    "restore_workspace",
    "verify_backup",
]


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written and checked."""

    file: Path
    bytes: int
    #: The workspace it holds (a path, or a server's URL without its password).
    source: str
    revision: str
    orders: int
    claims: int
    evidence: int
    #: Stored files whose SHA-256 was recomputed on the copy.
    files_checked: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    target: str
    file: Path
    #: The backup of the workspace as it was before the restore (None if there was none).
    previous: BackupResult | None
    orders: int
    claims: int
    evidence: int
    #: The backup's schema when it was older than this program's (it was brought up to date).
    migrated_from: str | None


def _sqlite_file(workspace_url: str) -> Path | None:
    file = backup_files._sqlite_path(workspace_url)
    return None if file is None else file.expanduser().absolute()


def _read_only(file: Path) -> Workspace:
    """The workspace in `file`, opened read-only without touching it (no WAL, no migration)."""
    uri = file.as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    return Workspace(url=f"sqlite:///{file}", engine=engine, session_factory=sessionmaker(engine))


def verify_backup(
    file: Path, *, shown_as: Path | None = None
) -> tuple[BackupInfo, IntegrityReport]:
    """Check the backup at `file` as `check` checks a workspace; BackupError if it fails (named
    as `shown_as`, the name the user knows it by, when `file` is a temporary one)."""
    name = shown_as or file
    try:
        info = inspect_backup(file)
    except BackupError as exc:
        if shown_as is None:
            raise
        raise BackupError(
            _("The backup {file} failed its check ({problem}); it was not kept.").format(
                file=name, problem=exc
            )
        ) from exc
    workspace = _read_only(file)
    try:
        report = check_workspace(workspace)
    finally:
        workspace.close()
    if not report.ok:
        raise BackupError(
            _("The backup {file} failed its check ({problem}).").format(
                file=name, problem=report.problems[0]
            )
        )
    return info, report


def _refuse_target(workspace: Workspace, file: Path, overwrite: bool) -> None:
    own = _sqlite_file(workspace.url)
    if own is not None and file.resolve() == own.resolve():
        raise BackupError(
            _("{file} is the workspace itself: choose another file for its backup.").format(
                file=file
            )
        )
    if file.is_dir():
        raise BackupError(_("{file} is a folder: give the backup a file name.").format(file=file))
    if file.exists() and not overwrite:
        raise BackupError(
            _("{file} already exists; choose another name (nothing was written).").format(file=file)
        )


def backup_workspace(
    workspace: Workspace, file: Path, progress: Progress | None = None, *, overwrite: bool = False
) -> BackupResult:
    """Write the whole workspace into the one file `file`, checked before it takes the name."""
    file = Path(file).expanduser().absolute()
    _refuse_target(workspace, file, overwrite)
    checked: list[tuple[BackupInfo, IntegrityReport]] = []

    def check(temp: Path) -> None:
        checked.append(verify_backup(temp, shown_as=file))

    try:
        own = _sqlite_file(workspace.url)
        if own is not None:
            backup_files.copy_sqlite_file(own, file, progress, check)
        else:
            _backup_server(workspace, file, progress, check)
    except OSError as exc:
        raise BackupError(
            _("The backup could not be written to {file}: {error}").format(
                file=file, error=exc.strerror or exc
            )
        ) from exc
    info, report = checked[0]
    return BackupResult(
        file=file,
        bytes=file.stat().st_size,
        source=workspace.location,
        revision=info.revision,
        orders=info.orders,
        claims=info.claims,
        evidence=info.evidence,
        files_checked=report.files_checked,
    )


def _backup_server(
    workspace: Workspace, file: Path, progress: Progress | None, check: Callable[[Path], None]
) -> None:
    """A PostgreSQL workspace into a new SQLite workspace file (storage/backup.py)."""
    copy_server(workspace.engine, file, progress, check)


# Automatic backups ---------------------------------------------------------------------------


def backups_folder(workspace: Workspace) -> Path:
    """Where `workspace`'s automatic backups go."""
    return backup_files.workspace_backup_dir(workspace.url)


#: In a workspace's backups folder: how its file looked when its last automatic backup began.
_STAMP = ".source-stamp.json"
#: What `_source_stamp` takes: a SQLite file's and WAL's [mtime, size], or a server's counts.
Stamp = list[list[int] | None]


def _source_stamp(workspace: Workspace) -> Stamp | None:
    """The size and modification time (ns) of a SQLite workspace's file and its WAL: any
    commit changes one of them (compared for equality, so the file system's clock resolution
    does not matter). A PostgreSQL workspace's rows written so far, by every seat
    (`server_change_stamp`). None for a database in memory."""
    own = _sqlite_file(workspace.url)
    if own is None:
        if workspace.is_sqlite:
            return None  # in memory
        with workspace.engine.connect() as connection:
            return [server_change_stamp(connection)]
    stamp: Stamp = []
    for path in (own, Path(f"{own}-wal")):
        try:
            info = path.stat()
        except FileNotFoundError:
            stamp.append(None)
        else:
            stamp.append([info.st_mtime_ns, info.st_size])
    return stamp


def automatic_backup(
    workspace: Workspace,
    reason: str,
    keep: int = DEFAULT_KEEP,
    progress: Progress | None = None,
    stamp: Stamp | None = None,
) -> BackupResult:
    """A backup into the workspace's backups folder; then only the `keep` newest of that kind
    are kept. `stamp`: the workspace's `_source_stamp`, when the caller has just taken it."""
    final = backup_files.automatic_backup_path(workspace.url, reason)
    if stamp is None:
        stamp = _source_stamp(workspace)  # before the copy: a write during it is a change after
    result = backup_workspace(workspace, final, progress)
    if stamp is not None:
        (final.parent / _STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    backup_files.rotate(final.parent, reason, keep)
    return result


def _changed_since_last_backup(workspace: Workspace, stamp: Stamp | None) -> bool:
    if stamp is None or stamp[0] is None:
        return False
    try:
        last = json.loads((backups_folder(workspace) / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(last != stamp) or not backup_files.list_automatic(backups_folder(workspace))


def backup_on_close(
    workspace: Workspace, keep: int = DEFAULT_KEEP, progress: Progress | None = None
) -> BackupResult | None:
    """The backup made when a window closes, of a workspace that is not the demo, only when it
    changed since its last automatic backup (by any seat, for a PostgreSQL one, whose copy is
    the team's database taken home), and never when `keep` is 0. The newest `keep` are kept."""
    if keep <= 0 or workspace.is_demo:
        return None
    # Taken once, before the copy (on a server it is a pass over every table).
    stamp = _source_stamp(workspace)
    if not _changed_since_last_backup(workspace, stamp):
        return None
    return automatic_backup(workspace, "close", keep, progress, stamp)


# Restoring ----------------------------------------------------------------------------------


class _Stages:
    """One progress bar over several steps, each given its share of it."""

    SCALE = 1000

    def __init__(self, progress: Progress | None, *shares: int) -> None:
        self.progress = progress
        self.starts = [sum(shares[:i]) for i in range(len(shares))]
        self.shares = shares
        self.total = sum(shares)

    def step(self, index: int) -> Progress | None:
        if self.progress is None:
            return None
        progress = self.progress

        def report(done: int, total: int) -> None:
            part = self.shares[index] * (done / total if total else 1.0)
            progress(int((self.starts[index] + part) * self.SCALE / self.total), self.SCALE)

        return report


def restore_workspace(
    target: str,
    file: Path,
    progress: Progress | None = None,
    *,
    keep: int = DEFAULT_KEEP,
) -> RestoreResult:
    """Replace the workspace `target` (a path or URL) by the backup `file`, after backing the
    workspace up into its backups folder. BackupError naming the reason if `file` cannot be
    restored; nothing is changed then."""
    file = Path(file).expanduser().absolute()
    url = resolve_url(target)
    live = _sqlite_file(url)
    if live is not None and live.exists() and live.resolve() == file.resolve():
        raise BackupError(
            _("{file} is the workspace itself, not a backup of it.").format(file=file)
        )
    info = inspect_backup(file)
    stages = _Stages(progress, 2, 3, 5)
    beside = live if live is not None else Path(tempfile.gettempdir()) / "atoz-restore"
    with backup_files.temporary_beside(beside, prefix=".atoz-restore-") as prepared:
        _prepare(file, prepared, stages.step(0))
        previous = None
        current = None
        if live is None or (live.exists() and live.stat().st_size > 0):
            current = open_workspace(url, create=live is None)
        try:
            if current is not None:
                previous = automatic_backup(current, "restore", keep, stages.step(1))
            if live is None:
                assert current is not None
                _replace_server(current, prepared, stages.step(2))
            elif current is None:  # no workspace there yet: the prepared file becomes it
                for side in (Path(f"{live}-wal"), Path(f"{live}-shm")):
                    side.unlink(missing_ok=True)
                backup_files.finish_file(prepared, live)
            else:
                current.close()  # our own connections must not hold a snapshot meanwhile
                current = None
                replace_live_sqlite(prepared, live, stages.step(2))
        finally:
            if current is not None:
                current.close()
    if progress is not None:
        progress(_Stages.SCALE, _Stages.SCALE)
    return RestoreResult(
        target=redacted(url),
        file=file,
        previous=previous,
        orders=info.orders,
        claims=info.claims,
        evidence=info.evidence,
        migrated_from=None if info.revision == SCHEMA_HEAD else info.revision,
    )


def _prepare(file: Path, prepared: Path, progress: Progress | None) -> None:
    """Copy the backup to `prepared`, bring it to this program's schema and check it."""
    try:
        backup_files.online_copy(file, prepared, progress)
        backup_files.single_file(prepared)
    except sqlite3.DatabaseError as exc:
        raise BackupError(_("{file} is damaged: {problem}").format(file=file, problem=exc)) from exc
    workspace = open_workspace(str(prepared), copy_before_migration=False)
    try:
        report = check_workspace(workspace)
    finally:
        workspace.close()
    if not report.ok:
        raise BackupError(
            _("{file} is damaged: {problem}").format(file=file, problem=report.problems[0])
        )
    backup_files.single_file(prepared)


def _replace_server(current: Workspace, prepared: Path, progress: Progress | None) -> None:
    """Every table of the PostgreSQL workspace emptied and filled from `prepared`, in one
    transaction: other seats wait for it, then see the restored workspace."""
    source = _read_only(prepared)
    try:
        with current.begin() as dest, source.engine.connect() as rows:
            empty_tables(dest)
            copy_tables(rows, dest, progress)
            reset_sequences(dest)
    finally:
        source.close()
