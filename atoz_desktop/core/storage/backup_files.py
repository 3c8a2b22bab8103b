"""Where backups live and how one SQLite file is copied into another, safely.

Automatic backups (on closing the window, before a migration, before a restore) go to a folder
of their own per workspace under platformdirs' user data folder (`backups/` next to the default
workspace: `~/.local/share/atoz-desktop/backups/` on Linux, `%LOCALAPPDATA%\\atoz-desktop\\
backups` on Windows, `~/Library/Application Support/atoz-desktop/backups` on macOS), or under
`$ATOZ_BACKUP_DIR` when set (the tests point it at a temporary folder). Each workspace's folder is
named after its file (or its server and database) and a short hash of where it is, so two
`workspace.sqlite3` in different folders never share one.

A copy is made with SQLite's online backup API, which reads a consistent snapshot while other
connections write; it is written under a hidden temporary name in the destination's folder and
renamed into place, so a kill leaves either no file or a complete one (and at worst a hidden
`.atoz-*.part`). The copy is one self-contained file (journal mode DELETE, no `-wal` beside it).

This module knows nothing of the workspace's tables, so the database module can use it before a
migration without importing the rest of storage.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from atoz_desktop import APP_ID

__all__ = [
    "BACKUP_DIR_ENV",
    "BACKUP_SUFFIX",
    "DEFAULT_KEEP",
    "Progress",
    "automatic_backup_path",
    "backups_root",
    "copy_sqlite_file",
    "list_automatic",
    "rotate",
    "temporary_beside",
    "workspace_backup_dir",
]

BACKUP_DIR_ENV = "ATOZ_BACKUP_DIR"
BACKUP_SUFFIX = ".sqlite3"
#: How many automatic backups of each kind are kept per workspace unless the user says.
DEFAULT_KEEP = 10
#: Pages copied per step of the online backup (4 MB with 4 kB pages): progress between steps.
PAGES_PER_STEP = 1024
#: How long a copy waits for a writer that holds the database (as the workspace does).
BUSY_TIMEOUT_S = 60.0

#: `progress(done, total)`: units of work done so far of a total (pages, or rows).
Progress = Callable[[int, int], None]

#: What made an automatic backup; part of its file name, never translated.
REASONS = ("close", "migration", "restore")


def backups_root() -> Path:
    override = os.environ.get(BACKUP_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / "backups"


def _sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def _server_name(url: str) -> str:
    """`host-database` of a server's URL, never its user or password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.host or 'local'}-{parsed.database or 'db'}"


def workspace_backup_dir(url: str) -> Path:
    """The folder of `url`'s automatic backups (not created here)."""
    file = _sqlite_path(url)
    if file is not None:
        where = str(file.expanduser().absolute())
        name = file.stem
    else:
        from sqlalchemy.engine import make_url

        where = make_url(url).render_as_string(hide_password=True)
        name = _server_name(url)
    name = re.sub(r"[^\w.-]+", "_", name).strip("._") or "workspace"
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:8]
    return backups_root() / f"{name[:60]}-{digest}"


def automatic_backup_path(url: str, reason: str, now: datetime | None = None) -> Path:
    """A new file name for an automatic backup of `url` (`workspace_20261202-014533.123456Z_close
    .sqlite3`: sorting the names sorts them by time), never one that exists. To the microsecond,
    so a name the rotation has just freed is never taken again by a later backup, which would
    then sort as the oldest."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = workspace_backup_dir(url)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S.%fZ")
    stem = folder.name.rsplit("-", 1)[0]
    candidate = folder / f"{stem}_{stamp}_{reason}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}_{stamp}-{number}_{reason}{BACKUP_SUFFIX}"
        number += 1
    return candidate


def list_automatic(folder: Path, reason: str | None = None) -> list[Path]:
    """The automatic backups in `folder` (of one kind, or all), oldest first."""
    if not folder.is_dir():
        return []
    kinds = REASONS if reason is None else (reason,)
    found = [
        path
        for path in folder.iterdir()
        if path.is_file() and any(path.name.endswith(f"_{k}{BACKUP_SUFFIX}") for k in kinds)
    ]
    return sorted(found, key=lambda p: p.name.rsplit("_", 2)[-2])


def rotate(folder: Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the `keep` newest automatic backups of one kind; the deleted files."""
    backups = list_automatic(folder, reason)
    doomed = backups[: max(0, len(backups) - max(0, keep))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


@contextmanager
def temporary_beside(final: Path, prefix: str = ".atoz-backup-") -> Iterator[Path]:
    """A fresh temporary path in `final`'s folder (so renaming it there is atomic), removed
    with its side files if the block does not take it away."""
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=final.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
    finally:
        for path in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"), Path(f"{temp}-journal")):
            path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    if os.name == "posix":  # the rename itself, in the folder's entry
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def single_file(path: Path) -> None:
    """Make the SQLite file at `path` self-contained (journal mode DELETE: no `-wal` to carry)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")


def online_copy(source: Path, dest: Path, progress: Progress | None = None) -> None:
    """Copy the SQLite database `source` into the database file `dest` with the online backup
    API, `PAGES_PER_STEP` pages at a time.

    The source connection holds one read transaction over all the steps: in WAL mode it reads
    one snapshot while others go on writing, and the copy is that snapshot. (Without it, the
    API starts over whenever another connection writes between two steps, and a window that
    keeps writing would keep the copy from ever ending; measured: it never finished.) The
    destination is written in one write transaction of its own."""
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S, isolation_level=None)  # it only reads
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        with closing(sqlite3.connect(dest, timeout=BUSY_TIMEOUT_S)) as target:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(target, pages=PAGES_PER_STEP, progress=step)
        src.execute("COMMIT")
    finally:
        src.close()


def copy_sqlite_file(
    source: Path,
    final: Path,
    progress: Progress | None = None,
    check: Callable[[Path], None] | None = None,
) -> int:
    """Copy the SQLite database `source` into one file at `final`: written under a temporary
    name beside it, made self-contained, checked by `check(temp)` (which raises to refuse it),
    flushed to disk and renamed. The bytes written."""
    with temporary_beside(final) as temp:
        online_copy(source, temp, progress)
        single_file(temp)
        if check is not None:
            check(temp)
        _fsync(temp)
        os.replace(temp, final)
    return final.stat().st_size


def finish_file(temp: Path, final: Path) -> None:
    """Flush `temp` to disk and rename it to `final` (same folder)."""
    _fsync(temp)
    os.replace(temp, final)
