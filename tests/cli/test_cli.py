"""The command line: exit codes, JSON shapes, one-line errors, and no Qt import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from atoz_desktop.cli import main
from tests.reports import FBA_COLUMNS, order_row, write_report

OID = "402-1234567-1234567"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    return str(tmp_path / "cli.sqlite3")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_orders_json_then_idempotent(capsys, db, tmp_path):
    path = write_report(tmp_path / "All Orders.txt", [order_row(), order_row(sku="B"),
                                                      order_row("WEB-1")])  # fmt: skip
    code, out, err = run(capsys, "import", "orders", str(path), "--json", "--db", db)
    assert code == 0, err
    summary = json.loads(out)
    assert summary["orders_created"] == 2
    assert summary["orders_updated"] == 0
    assert summary["orders_unchanged"] == 0
    assert summary["lines"] == 3
    assert summary["skipped"] == []
    assert len(summary["warnings"]) == 1 and "WEB-1" in summary["warnings"][0]
    code, out, _ = run(capsys, "--db", db, "import", "orders", str(path), "--json")
    assert json.loads(out)["orders_unchanged"] == 2


def test_import_bad_rows_exit_2_one_line_and_nothing_written(capsys, db, tmp_path):
    path = write_report(
        tmp_path / "bad.txt",
        [order_row(), order_row("", sku="X"), order_row("402-7654321-7654321", quantity="two")],
    )
    code, out, err = run(capsys, "import", "orders", str(path), "--db", db)
    assert code == 2
    assert err.count("\n") == 1
    assert "bad.txt" in err and "line 3" in err and "nothing was imported" in err
    code, out, _ = run(capsys, "orders", "list", "--json", "--db", db)
    assert json.loads(out) == []


def test_import_skip_bad_lists_skipped_rows(capsys, db, tmp_path):
    path = write_report(
        tmp_path / "bad.txt", [order_row(), order_row("402-7654321-7654321", quantity="two")]
    )
    code, out, _ = run(capsys, "import", "orders", str(path), "--skip-bad", "--json", "--db", db)
    assert code == 0
    summary = json.loads(out)
    assert summary["orders_created"] == 1
    assert summary["skipped"] == [{"file": "bad.txt", "line": 3, "column": "quantity",
                                   "problem": "unreadable quantity 'two'"}]  # fmt: skip


def test_import_not_a_report_exit_2(capsys, db, tmp_path):
    path = tmp_path / "listings.txt"
    path.write_text("sku\tasin\tprice\tquantity\nA\tB0\t1\t2\n")
    code, _, err = run(capsys, "import", "orders", str(path), "--db", db)
    assert code == 2
    assert err.count("\n") == 1
    assert "listings.txt" in err and "listings" in err


@pytest.mark.parametrize("delimiter", ["\t", ","])
def test_import_a_200000_character_field_exit_2_naming_file_and_line(
    capsys, db, tmp_path, delimiter
):
    rows = [order_row(), order_row(product_name="x" * 200_000)]
    path = write_report(tmp_path / "huge.csv", rows, delimiter=delimiter)
    code, _, err = run(capsys, "import", "orders", str(path), "--db", db)
    assert code == 2
    assert err.count("\n") == 1
    assert "huge.csv, line 3:" in err and "131072 characters" in err


def test_import_missing_file_exit_2(capsys, db, tmp_path):
    code, _, err = run(capsys, "import", "orders", str(tmp_path / "nope.txt"), "--db", db)
    assert code == 2 and "nope.txt" in err


def test_orders_list_and_show_json(capsys, db, tmp_path):
    rows = [
        order_row(),
        order_row(
            "171-7654321-7654321", ship_city="Köln", purchase_date="2026-10-04T08:00:00+00:00"
        ),
    ]
    fba = {
        "amazon-order-id": OID,
        "shipment-id": "D1",
        "carrier": "Colissimo",
        "tracking-number": "6A12345678901",
        "shipment-date": "2026-10-04T09:00:00+00:00",
    }
    run(capsys, "import", "orders", str(write_report(tmp_path / "a.txt", rows)),
        str(write_report(tmp_path / "f.txt", [fba], FBA_COLUMNS)), "--db", db)  # fmt: skip
    code, out, _ = run(capsys, "orders", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert code == 0
    assert [o["order_id"] for o in listed] == ["171-7654321-7654321", OID]  # newest first
    first = listed[1]
    assert {"order_id", "purchase_date", "status", "buyer", "total", "currency"} <= set(first)
    assert first["total"] == "44.80" and first["currency"] == "EUR"
    assert first["purchase_date"] == "2026-10-03T14:22:11+00:00"
    code, out, _ = run(capsys, "orders", "list", "--search", "koln", "--json", "--db", db)
    assert [o["order_id"] for o in json.loads(out)] == ["171-7654321-7654321"]
    code, out, _ = run(capsys, "orders", "list", "--limit", "1", "--json", "--db", db)
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "orders", "show", OID, "--json", "--db", db)
    shown = json.loads(out)
    assert shown["order_id"] == OID and shown["total"] == "44.80"
    assert shown["lines"][0]["sku"] == "TH-001"
    assert shown["shipments"] == [{"carrier": "Colissimo", "tracking_number": "6A12345678901",
                                   "shipped_at": "2026-10-04T09:00:00+00:00",
                                   "estimated_arrival": None, "delivered_at": None,
                                   "signed_for": False, "evidence_id": None}]  # fmt: skip
    code, out, _ = run(capsys, "orders", "show", OID, "--db", db)
    assert code == 0 and "Colissimo" in out and OID in out
    code, out, _ = run(capsys, "orders", "list", "--db", db)
    assert code == 0 and len(out.splitlines()) == 2


def test_orders_show_unknown_exit_2(capsys, db):
    code, _, err = run(capsys, "orders", "show", "404-0000000-0000000", "--db", db)
    assert code == 2 and "404-0000000-0000000" in err


def test_database_url_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ATOZ_DB_URL", str(tmp_path / "env.sqlite3"))
    path = write_report(tmp_path / "a.txt", [order_row()])
    assert run(capsys, "import", "orders", str(path))[0] == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_newer_database_exit_2(capsys, db, tmp_path):
    import sqlite3

    run(capsys, "orders", "list", "--db", db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    code, _, err = run(capsys, "orders", "list", "--db", db)
    assert code == 2 and "newer version" in err


def test_demo_fills_an_empty_workspace_once(capsys, db):
    code, out, _ = run(capsys, "demo", "--orders", "40", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "orders", "list", "--json", "--db", db)
    assert len(json.loads(out)) == 40
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "already" in out


def test_demo_refuses_a_real_workspace(capsys, db, tmp_path):
    run(
        capsys, "import", "orders", str(write_report(tmp_path / "a.txt", [order_row()])), "--db", db
    )
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 2 and "empty workspace" in err
    assert err.count("\n") == 1 and db in err and "nothing was written" in err
    code, out, _ = run(capsys, "orders", "list", "--json", "--db", db)
    assert [o["order_id"] for o in json.loads(out)] == [OID]


def test_demo_refuses_a_workspace_that_holds_only_a_claim(capsys, db):
    code, _, err = run(capsys, "claim", "new", "P01-1234567-1234567", "--db", db,
                       "--channel", "amazon-pay", "--reason", "not-received",
                       "--filed", "2026-11-20T10:00", "--amount", "10",
                       "--currency", "EUR")  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 2 and db in err and err.count("\n") == 1


def test_demo_without_db_goes_to_its_own_file_never_the_real_workspace(capsys, tmp_path,
                                                                       monkeypatch):  # fmt: skip
    from atoz_desktop.core.storage.database import default_db_path, default_demo_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real = tmp_path / "real.sqlite3"
    monkeypatch.setenv("ATOZ_DB_URL", str(real))
    code, out, err = run(capsys, "demo", "--orders", "10")
    assert code == 0, err
    assert out == f"Demo workspace created at {default_demo_path()}\n"
    assert str(tmp_path / "data") in out
    assert not real.exists() and not default_db_path().exists()
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "already the demo" in out


def test_demo_never_shows_a_password(capsys):
    url = "postgresql+psycopg://seller:s3cr3t-pw@127.0.0.1:9/atoz?connect_timeout=2"
    code, out, err = run(capsys, "demo", "--db", url)
    assert code == 2 and err.count("\n") == 1
    assert "s3cr3t" not in out + err and "seller:***@127.0.0.1" in err


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["orders", "list", "--limit", "many"])
    assert caught.value.code == 2


def test_the_command_line_imports_no_qt(tmp_path):
    script = (
        "import sys\n"
        "from atoz_desktop.cli import main\n"
        f"code = main(['orders', 'list', '--db', {str(tmp_path / 'q.sqlite3')!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
