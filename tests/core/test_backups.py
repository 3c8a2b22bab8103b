"""Backups: one checked file from a SQLite or PostgreSQL workspace, restored into either; files
that are not backups refused by name; a copy while another connection writes; the copy before a
migration; the rotation of automatic backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services.backups import (
    BackupError,
    automatic_backup,
    backup_on_close,
    backup_workspace,
    backups_folder,
    restore_workspace,
    verify_backup,
)
from atoz_desktop.core.services.claims import add_event, claim_view, create_claim
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.services.integrity import check_workspace
from atoz_desktop.core.storage import backup, backup_files
from atoz_desktop.core.storage.backup import BackupTooNewError, NotABackupError, inspect_backup
from atoz_desktop.core.storage.database import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    Workspace,
    WorkspaceError,
    open_workspace,
)
from atoz_desktop.core.storage.models import Blob, ClaimEvent, Evidence, Order
from tests import fixtures_evidence as fx
from tests.reports import order_row, write_report

NOW = datetime(2026, 11, 10, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def backups_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(backup_files.BACKUP_DIR_ENV, str(folder))
    return folder


def fill(workspace: Workspace, tmp_path: Path, tag: str = "a") -> int:
    """An imported order, a claim on it with a note and two evidence files (a photo, a PDF)."""
    order_id = f"402-1234567-000000{ord(tag) % 10}"
    import_order_files(workspace, [write_report(tmp_path / f"{tag}.txt", [order_row(order_id)])])
    claim = create_claim(
        workspace, order_id=order_id, reason="not-received", filed_at=NOW,
        amount=Decimal("45.90"), currency="EUR",
    )  # fmt: skip
    add_event(workspace, claim, kind="note", at=NOW, text=f"Buyer phoned ({tag})")
    photo = tmp_path / f"photo-{tag}.jpg"
    photo.write_bytes(fx.jpeg(fx.upright_picture(80 + ord(tag) % 7, 40)))
    receipt = tmp_path / f"receipt-{tag}.pdf"
    receipt.write_bytes(fx.pdf(pages=2))
    result = ev.add_evidence(workspace, claim, [photo, receipt])
    assert len(result.added) == 2, result
    return claim


def state(workspace: Workspace) -> dict[str, object]:
    """What a restore must bring back: every claim's view, every stored file."""
    with workspace.session_factory() as s:
        blobs = {sha: bytes(data) for sha, data in s.execute(select(Blob.sha256, Blob.data))}
        claims = [c for (c,) in s.execute(text("SELECT id FROM claims ORDER BY id"))]
        evidence = sorted(s.execute(select(Evidence.file_name, Evidence.blob_sha256)).all())
        orders = s.execute(select(func.count()).select_from(Order)).scalar_one()
    views = [claim_view(workspace, c, now=NOW) for c in claims]
    return {"blobs": blobs, "views": views, "evidence": evidence, "orders": orders}


def blob(data: bytes) -> Blob:
    return Blob(sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)


def sqlite_target(tmp_path: Path, name: str = "restored.sqlite3") -> Path:
    return tmp_path / name


# Backing up ---------------------------------------------------------------------------------


def test_a_backup_is_one_checked_file_holding_everything(workspace, tmp_path):
    fill(workspace, tmp_path)
    file = tmp_path / "out" / "backup.sqlite3"
    seen: list[tuple[int, int]] = []
    result = backup_workspace(workspace, file, progress=lambda d, t: seen.append((d, t)))
    assert result.file == file and file.exists() and result.bytes == file.stat().st_size
    assert (result.orders, result.claims, result.evidence) == (1, 1, 2)
    assert result.files_checked == 2 and result.revision == SCHEMA_HEAD
    assert seen and seen[-1][0] == seen[-1][1]
    # One self-contained file: no journal beside it, nothing temporary left.
    assert sorted(p.name for p in file.parent.iterdir()) == ["backup.sqlite3"]
    with sqlite3.connect(file) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    info, report = verify_backup(file)
    assert report.ok and info.evidence == 2

    target = sqlite_target(tmp_path)
    restore_workspace(str(target), file)
    restored = open_workspace(str(target), create=False)
    try:
        assert state(restored) == state(workspace)
        assert check_workspace(restored).ok
        from atoz_desktop.core.services.orders import order_ids

        # The search index came along (or was rebuilt, from PostgreSQL).
        assert len(order_ids(restored, search="1234567")) == 1
    finally:
        restored.close()


def test_a_backup_never_replaces_a_file_unasked_nor_the_workspace(workspace, tmp_path):
    file = tmp_path / "backup.sqlite3"
    file.write_text("mine")
    with pytest.raises(BackupError, match="already exists"):
        backup_workspace(workspace, file)
    assert file.read_text() == "mine"
    backup_workspace(workspace, file, overwrite=True)
    assert inspect_backup(file).revision == SCHEMA_HEAD
    if workspace.is_sqlite:
        own = Path(workspace.location)
        with pytest.raises(BackupError, match="the workspace itself"):
            backup_workspace(workspace, own, overwrite=True)


def test_a_copy_that_fails_its_check_is_not_kept(workspace, tmp_path, monkeypatch):
    """A stored file's bytes changed on the way to the disk: the copy fails its check and
    takes no name, nothing is left behind."""
    fill(workspace, tmp_path)
    real_copy, real_tables = backup_files.online_copy, backup.copy_tables

    def copy_then_damage(source, dest, progress=None):  # SQLite: page by page
        real_copy(source, dest, progress)
        with closing(sqlite3.connect(dest)) as connection:
            connection.execute("UPDATE blobs SET data = zeroblob(size)")
            connection.commit()

    def tables_then_damage(source, dest, progress=None):  # PostgreSQL: table by table
        done = real_tables(source, dest, progress)
        dest.execute(text("UPDATE blobs SET data = zeroblob(size)"))
        return done

    monkeypatch.setattr(backup_files, "online_copy", copy_then_damage)
    monkeypatch.setattr(backup, "copy_tables", tables_then_damage)
    with pytest.raises(BackupError, match="failed its check.*damaged"):
        backup_workspace(workspace, tmp_path / "backup.sqlite3")
    assert list(tmp_path.glob("backup*")) == [] and list(tmp_path.glob(".atoz-*")) == []


def test_a_backup_while_another_connection_keeps_writing(workspace, tmp_path, monkeypatch):
    """The copy is one moment of the workspace, taken while another window adds entries as
    fast as it can (the online backup API alone would start over at each of its writes and
    never end on SQLite)."""
    claim = fill(workspace, tmp_path)
    with workspace.session() as s:  # enough pages for many steps of the copy
        s.add_all(blob(os.urandom(20_000)) for _ in range(200))
    monkeypatch.setattr(backup_files, "PAGES_PER_STEP", 8)
    other = open_workspace(workspace.url)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        while not stop.is_set():
            add_event(other, claim, kind="note", at=NOW, text=f"entry {written[0]}")
            written[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 3:
            time.sleep(0.01)
        started = written[0]
        result = backup_workspace(workspace, tmp_path / "busy.sqlite3")
        during = written[0] - started
    finally:
        stop.set()
        thread.join(30)
        other.close()
    copy = open_workspace(str(result.file), create=False, copy_before_migration=False)
    try:
        with copy.session_factory() as s:
            notes = s.scalars(select(ClaimEvent.text).where(ClaimEvent.kind == "note")).all()
    finally:
        copy.close()
    # Every entry up to some moment, in order, none after a gap: one snapshot.
    entries = [n for n in notes if n.startswith("entry ")]
    assert entries == [f"entry {i}" for i in range(len(entries))]
    assert started <= len(entries) <= written[0]
    assert during >= 0


def test_a_server_backup_reads_contents_a_few_rows_at_a_time(monkeypatch, tmp_path):
    """Bounded memory: the tables of file contents go over in small batches."""
    ws = open_workspace(str(tmp_path / "w.sqlite3"))
    try:
        with ws.session() as s:
            s.add_all(blob(bytes([n]) * 300_000) for n in range(12))
        monkeypatch.setattr(backup, "BATCH_BYTES", 1_000_000)
        with ws.engine.connect() as connection:
            blobs = next(t for t in backup._tables() if t.name == "blobs")
            sizes = [len(batch) for batch in backup._batches(connection, blobs)]
    finally:
        ws.close()
    assert sizes == [4, 4, 4]


# Restoring ----------------------------------------------------------------------------------


def test_restore_replaces_the_workspace_after_backing_it_up(workspace, tmp_path):
    fill(workspace, tmp_path, "a")
    before = state(workspace)
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    fill(workspace, tmp_path, "b")  # what happens after the backup
    changed = state(workspace)

    result = restore_workspace(workspace.url, file)
    assert result.previous is not None and result.migrated_from is None
    assert result.previous.file.parent == backups_folder(workspace)
    assert result.previous.file.name.endswith("_restore.sqlite3")
    reopened = open_workspace(workspace.url, create=False)
    try:
        assert state(reopened) == before
        assert check_workspace(reopened).ok
        # New rows get new ids (PostgreSQL's sequences moved past the restored ids).
        fill(reopened, tmp_path, "c")
    finally:
        reopened.close()
    # The backup made first holds the workspace as it was just before.
    safety = tmp_path / "safety.sqlite3"
    restore_workspace(str(safety), result.previous.file)
    previous = open_workspace(str(safety), create=False)
    try:
        assert state(previous) == changed
    finally:
        previous.close()


def test_a_window_open_on_the_workspace_reads_the_restored_one(workspace, tmp_path):
    """Another window's connections stay on the same database (never a file swapped under
    them): after the restore they read it whole, and their writes keep it sound."""
    fill(workspace, tmp_path, "a")
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    claim_b = fill(workspace, tmp_path, "b")
    other = open_workspace(workspace.url)
    try:
        assert claim_view(other, claim_b, now=NOW)  # its pool holds a connection
        restore_workspace(workspace.url, file)
        with other.session_factory() as s:
            assert s.execute(text("SELECT count(*) FROM claims")).scalar_one() == 1
        fill(other, tmp_path, "c")
        assert check_workspace(other).ok
    finally:
        other.close()
    assert check_workspace(workspace).ok


def test_restore_into_postgresql_from_a_sqlite_backup(workspace, tmp_path):
    """The team's way home and back: a backup made on one kind of database restored into the
    other."""
    source = open_workspace(str(tmp_path / "laptop.sqlite3"))
    try:
        fill(source, tmp_path, "s")
        expected = state(source)
        file = backup_workspace(source, tmp_path / "laptop-backup.sqlite3").file
    finally:
        source.close()
    restore_workspace(workspace.url, file)
    reopened = open_workspace(workspace.url, create=False)
    try:
        assert state(reopened) == expected
    finally:
        reopened.close()


def test_files_that_are_not_backups_are_refused_by_name(workspace, tmp_path):
    fill(workspace, tmp_path)
    before = state(workspace)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(5000))
    with pytest.raises(NotABackupError, match="not a database file"):
        restore_workspace(workspace.url, garbage)

    good = backup_workspace(workspace, tmp_path / "good.sqlite3").file
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(BackupError, match="damaged: it is cut short"):
        restore_workspace(workspace.url, truncated)

    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(NotABackupError, match="another program's database"):
        restore_workspace(workspace.url, foreign)

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = os.urandom(200)  # a page of the tables scrambled
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        restore_workspace(workspace.url, damaged)

    with pytest.raises(BackupError, match="cannot be read"):
        restore_workspace(workspace.url, tmp_path / "missing.sqlite3")
    assert state(workspace) == before
    assert backup_files.list_automatic(backups_folder(workspace)) == []  # nothing was begun


def test_a_backup_from_a_newer_version_is_refused(workspace, tmp_path):
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(BackupTooNewError, match="newer version of A-to-Z Desk.*0099_from_the"):
        restore_workspace(workspace.url, file)


def old_workspace(path: Path, revision: str = "0004_renditions") -> Path:
    """A workspace file as an older program left it, with a setting in it."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.execute(text("INSERT INTO workspace_settings VALUES ('mark', 'old')"))
    engine.dispose()
    return path


def _revision(file: Path) -> str:
    with sqlite3.connect(file) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_backup_of_an_older_version_is_brought_up_to_date(tmp_path):
    file = old_workspace(tmp_path / "old-backup.sqlite3")
    result = restore_workspace(str(tmp_path / "new.sqlite3"), file)
    assert result.migrated_from == "0004_renditions" and result.previous is None
    assert _revision(tmp_path / "new.sqlite3") == SCHEMA_HEAD
    assert _revision(file) == "0004_renditions"  # the backup itself is left as it was


# Automatic backups --------------------------------------------------------------------------


def test_a_workspace_is_copied_before_a_migration(tmp_path, backups_dir):
    path = old_workspace(tmp_path / "workspace.sqlite3")
    workspace = open_workspace(str(path), create=False)
    try:
        assert _revision(path) == SCHEMA_HEAD
        (copy,) = backup_files.list_automatic(backups_folder(workspace), "migration")
    finally:
        workspace.close()
    assert copy.is_relative_to(backups_dir)
    assert _revision(copy) == "0004_renditions"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT value FROM workspace_settings").fetchall() == [("old",)]
    # Opened again: nothing to migrate, no other copy.
    open_workspace(str(path), create=False).close()
    assert len(backup_files.list_automatic(copy.parent, "migration")) == 1


def test_no_migration_without_its_copy(tmp_path, backups_dir):
    path = old_workspace(tmp_path / "workspace.sqlite3")
    backups_dir.write_text("a file where the folder should be")
    with pytest.raises(WorkspaceError, match="could not be copied first.*left as it was"):
        open_workspace(str(path), create=False)
    assert _revision(path) == "0004_renditions"


def test_a_new_workspace_is_not_copied(tmp_path, backups_dir):
    open_workspace(str(tmp_path / "new.sqlite3")).close()
    assert not backups_dir.exists()


def _touch(workspace: Workspace, n: int) -> None:
    workspace.set_setting("touched", str(n))
    time.sleep(0.02)  # past the file system's time resolution


def test_backups_on_close_keep_the_newest_and_skip_an_unchanged_workspace(tmp_path):
    workspace = open_workspace(str(tmp_path / "workspace.sqlite3"))
    try:
        made = []
        for n in range(5):
            _touch(workspace, n)
            result = backup_on_close(workspace, keep=3)
            assert result is not None
            made.append(result.file)
            time.sleep(0.02)
        kept = backup_files.list_automatic(backups_folder(workspace), "close")
        assert kept == made[-3:]
        assert backup_on_close(workspace, keep=3) is None  # nothing changed since
        _touch(workspace, 9)
        assert backup_on_close(workspace, keep=0) is None  # the user turned them off
        # Another kind of backup has a rotation of its own.
        automatic_backup(workspace, "restore", keep=3)
        assert backup_files.list_automatic(backups_folder(workspace), "close") == made[-3:]
        workspace.set_setting("demo", "1")  # the demo is made again at will: never backed up
        assert backup_on_close(workspace, keep=3) is None
    finally:
        workspace.close()


def test_the_rotation_keeps_the_newest_even_within_one_second(tmp_path):
    """Many backups in one second: the names still sort by time, and the rotation never takes
    a fresh backup for the oldest (a name it had just freed being given again)."""
    workspace = open_workspace(str(tmp_path / "workspace.sqlite3"))
    try:
        made = [automatic_backup(workspace, "close", keep=2).file for _ in range(6)]
        assert backup_files.list_automatic(backups_folder(workspace), "close") == made[-2:]
    finally:
        workspace.close()


def test_two_workspaces_of_one_name_have_their_own_backups_folders(tmp_path):
    a = backup_files.workspace_backup_dir(f"sqlite:///{tmp_path / 'a' / 'workspace.sqlite3'}")
    b = backup_files.workspace_backup_dir(f"sqlite:///{tmp_path / 'b' / 'workspace.sqlite3'}")
    assert a != b and a.name.startswith("workspace-") and b.name.startswith("workspace-")
    server = backup_files.workspace_backup_dir("postgresql+psycopg://u:secret@db.example/atoz")
    assert "secret" not in str(server) and server.name.startswith("db.example-atoz-")


@pytest.fixture
def french() -> Iterator[None]:
    from atoz_desktop.core import i18n

    before = i18n.language()
    i18n.set_language("fr")
    yield
    i18n.set_language(before)


def test_refusals_are_in_french_too(tmp_path, french):
    garbage = tmp_path / "x.sqlite3"
    garbage.write_bytes(b"not a database at all" * 10)
    with pytest.raises(NotABackupError, match="n’est pas une sauvegarde"):
        inspect_backup(garbage)


@pytest.fixture
def server_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database's URL (with $ATOZ_TEST_PG_URL)."""
    import uuid

    from sqlalchemy.engine import make_url

    from tests.core.conftest import PG_URL

    if not PG_URL:
        pytest.skip("set ATOZ_TEST_PG_URL to a PostgreSQL server to run this on PostgreSQL")
    name = f"atoz_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_server_workspace_is_copied_before_a_migration(server_database, backups_dir):
    from alembic import command
    from alembic.config import Config

    engine = create_engine(server_database)
    with engine.begin() as connection:  # as an older program left it
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_renditions")
        connection.execute(text("INSERT INTO workspace_settings VALUES ('mark', 'old')"))
    engine.dispose()
    workspace = open_workspace(server_database, create=False)
    try:
        (copy,) = backup_files.list_automatic(backups_folder(workspace), "migration")
    finally:
        workspace.close()
    assert copy.is_relative_to(backups_dir)
    assert _revision(copy) == "0004_renditions"  # the database as the migration found it
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT value FROM workspace_settings").fetchall() == [("old",)]
    open_workspace(server_database, create=False).close()  # nothing to migrate: no other copy
    assert len(backup_files.list_automatic(copy.parent, "migration")) == 1


def test_a_server_workspace_is_backed_up_on_close_when_any_seat_changed_it(
    server_database, backups_dir
):
    workspace = open_workspace(server_database)
    other_seat = open_workspace(server_database)
    try:
        first = backup_on_close(workspace, keep=3)
        assert first is not None  # never backed up yet
        assert backup_on_close(workspace, keep=3) is None  # nothing changed since
        other_seat.set_setting("touched", "1")  # an insert by another seat
        assert backup_on_close(workspace, keep=3) is not None
        other_seat.set_setting("touched", "2")  # an update
        assert backup_on_close(workspace, keep=3) is not None
        with other_seat.begin() as connection:  # a delete
            connection.execute(text("DELETE FROM workspace_settings WHERE key = 'touched'"))
        assert backup_on_close(workspace, keep=3) is not None
        assert backup_on_close(workspace, keep=3) is None
        kept = backup_files.list_automatic(backups_folder(workspace), "close")
        assert len(kept) == 3
        assert inspect_backup(kept[-1]).revision == SCHEMA_HEAD
    finally:
        other_seat.close()
        workspace.close()
