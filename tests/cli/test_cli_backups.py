"""`backup FILE` and `restore FILE [--yes]`: exit codes, the question on a terminal (and the
refusal without one), JSON of what was written and checked."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from atoz_desktop.cli import main
from atoz_desktop.core.storage import backup_files
from tests.reports import order_row, write_report


@pytest.fixture(autouse=True)
def backups_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(backup_files.BACKUP_DIR_ENV, str(folder))
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def orders(capsys, db: str) -> list[str]:
    code, out, _ = run(capsys, "orders", "list", "--json", "--db", db)
    assert code == 0
    return sorted(row["order_id"] for row in json.loads(out))


def test_backup_prints_what_it_wrote_and_checked(capsys, db, tmp_path):
    file = tmp_path / "backup.sqlite3"
    code, out, err = run(capsys, "backup", str(file), "--db", db, "--json")
    assert code == 0, err
    written = json.loads(out)
    assert written["file"] == str(file) and written["bytes"] == file.stat().st_size
    assert written["verified"] is True and written["orders"] == 1
    assert set(written) >= {"source", "schema", "claims", "evidence", "files_checked"}
    # Not over an existing file, unless asked.
    code, out, err = run(capsys, "backup", str(file), "--db", db)
    assert code == 2 and "already exists" in err and out == ""
    code, out, err = run(capsys, "backup", str(file), "--db", db, "--force")
    assert code == 0 and "Checked:" in out and "orders: 1," in out
    # A workspace that is not there is not made just to be backed up.
    missing = tmp_path / "missing.sqlite3"
    code, out, err = run(capsys, "backup", str(tmp_path / "b2.sqlite3"), "--db", str(missing))
    assert code == 2 and "does not exist" in err and not missing.exists()


def test_restore_asks_and_refuses_without_a_terminal(capsys, db, tmp_path, monkeypatch):
    file = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(file), "--db", db)[0] == 0
    later = write_report(tmp_path / "later.txt", [order_row("402-7654321-7654321")])
    assert run(capsys, "import", "orders", str(later), "--db", db)[0] == 0
    assert len(orders(capsys, db)) == 2

    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # not a terminal
    code, out, err = run(capsys, "restore", str(file), "--db", db)
    assert code == 2 and "no terminal" in err and "--yes" in err
    assert len(orders(capsys, db)) == 2

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    code, out, err = run(capsys, "restore", str(file), "--db", db)
    assert code == 2 and "nothing was changed" in err and "orders: 1," in err
    assert len(orders(capsys, db)) == 2

    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    code, out, err = run(capsys, "restore", str(file), "--db", db)
    assert code == 0, err
    assert "backed up in" in out and "Restored" in out
    assert orders(capsys, db) == ["402-1234567-1234567"]


def test_restore_yes_json_names_the_backup_made_first(capsys, db, tmp_path, backups_dir):
    file = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(file), "--db", db)[0] == 0
    code, out, err = run(capsys, "restore", str(file), "--db", db, "--yes", "--json")
    assert code == 0, err
    restored = json.loads(out)
    assert restored["restored"] == str(Path(db).absolute()) and restored["orders"] == 1
    previous = Path(restored["previous"]["file"])
    assert previous.exists() and previous.is_relative_to(backups_dir)
    assert restored["previous"]["verified"] is True and restored["migrated_from"] is None


def test_restore_refuses_what_is_not_a_backup(capsys, db, tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00" * 3000)
    code, out, err = run(capsys, "restore", str(garbage), "--db", db, "--yes")
    assert code == 2 and "not an A-to-Z Desk backup" in err
    assert err.count("\n") == 1
    code, out, err = run(capsys, "restore", str(tmp_path / "none.sqlite3"), "--db", db, "--yes")
    assert code == 2 and "cannot be read" in err
    assert orders(capsys, db) == ["402-1234567-1234567"]


def test_restore_refuses_without_a_terminal_in_a_real_process(db, tmp_path, backups_dir):
    """The real thing: stdin from /dev/null, exit 2 before anything is done."""
    file = tmp_path / "backup.sqlite3"
    assert main(["backup", str(file), "--db", db]) == 0
    result = subprocess.run(
        [sys.executable, "-m", "atoz_desktop", "restore", str(file), "--db", db],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "ATOZ_LANG": "fr"},
    )
    assert result.returncode == 2
    assert "aucun terminal pour le confirmer" in result.stderr
    assert not backups_dir.exists()  # not even the backup made before a restore
