"""`atoz-desktop evidence add/list/show`, `message add` and `check`: JSON shapes, exit codes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from atoz_desktop.cli import main
from tests import fixtures_evidence as fx


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "cli.sqlite3")
    assert main(["claim", "new", "P01-1234567-1234567", "--reason", "not-received",
                 "--filed", "2026-11-02T10:00", "--channel", "amazon-pay", "--amount", "45.90",
                 "--currency", "EUR", "--db", path]) == 0  # fmt: skip
    capsys.readouterr()
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_evidence_add_json_shape_and_partial_success(capsys, db, tmp_path):
    good = tmp_path / "recu.pdf"
    good.write_bytes(fx.pdf())
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(fx.pdf(user_password="pw"))
    empty = tmp_path / "vide.jpg"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "evidence", "add", "1", str(good), str(locked), str(empty),
                         "--json", "--db", db)  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"added", "duplicates", "refused", "warnings", "held"}
    assert [set(a) for a in data["added"]] == [{"file", "evidence_id", "sha256", "type"}] * 2
    assert data["added"][0]["file"] == str(good) and data["added"][0]["type"] == "application/pdf"
    assert data["refused"] == [{"file": str(empty), "reason": "the file is empty"}]
    assert data["warnings"][0]["file"] == str(locked)

    code, out, err = run(capsys, "evidence", "add", "1", str(good), "--json", "--db", db)
    assert code == 0  # already there: nothing failed
    again = json.loads(out)
    assert again["added"] == [] and again["duplicates"][0]["evidence_id"] == 1
    assert set(again["duplicates"][0]) == {"file", "evidence_id", "sha256"}


def test_evidence_add_exits_2_only_when_nothing_could_be_added(capsys, db, tmp_path):
    bomb = tmp_path / "bomb.gif"
    bomb.write_bytes(fx.gif_bomb())
    archive = tmp_path / "docs.zip"
    archive.write_bytes(fx.zip_file())
    code, out, err = run(capsys, "evidence", "add", "1", str(bomb), str(archive), "--db", db)
    assert code == 2
    assert err.count("\n") == 3  # two "refused:" lines, then the one-line error
    assert err.splitlines()[-1].startswith(f"atoz-desktop: {bomb}: its header claims absurd")
    assert "(and 1 more); nothing was added" in err
    code, out, err = run(capsys, "evidence", "add", "1", str(bomb), "--json", "--db", db)
    assert code == 2 and json.loads(out)["refused"][0]["file"] == str(bomb)
    for args in (["evidence", "add", "99", str(bomb)], ["evidence", "add", "1", "nope.pdf"],
                 ["evidence", "show", "42"]):  # fmt: skip
        code, out, err = run(capsys, *args, "--db", db)
        assert code == 2 and err.count("\n") == 1


def test_evidence_list_show_and_save(capsys, db, tmp_path):
    photo = tmp_path / "IMG_1.jpg"
    photo.write_bytes(fx.jpeg(camera=True, taken="2026:10:30 18:00:00"))
    assert run(capsys, "evidence", "add", "1", str(photo), "--kind", "photo", "--db", db)[0] == 0
    code, out, _ = run(capsys, "evidence", "list", "1", "--json", "--db", db)
    [item] = json.loads(out)
    assert item["kind"] == "photo" and item["taken_at"] == "2026-10-30T17:00:00+00:00"
    code, out, _ = run(capsys, "evidence", "list", "1", "--db", db)
    assert item["sha256"] in out
    saved = tmp_path / "copy.jpg"
    code, out, _ = run(
        capsys, "evidence", "show", str(item["id"]), "--save", str(saved), "--db", db
    )
    assert code == 0 and saved.read_bytes() == photo.read_bytes() and item["sha256"] in out


def test_message_add(capsys, db, tmp_path):
    mail = tmp_path / "buyer.eml"
    mail.write_bytes(fx.eml(date=datetime(2026, 11, 1, tzinfo=UTC),
                            attachments=(("photo.jpg", fx.jpeg(), "image/jpeg"),)))  # fmt: skip
    code, out, err = run(capsys, "message", "add", "1", str(mail), "--json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    assert data["added"][0]["kind"] == "message-in"
    assert data["added"][0]["attachments"]["added"][0]["file"] == "photo.jpg"
    code, out, err = run(capsys, "message", "add", "1", str(mail), "--json", "--db", db)
    assert (
        code == 0 and json.loads(out)["duplicates"][0]["event_id"] == data["added"][0]["event_id"]
    )
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"hello")
    code, out, err = run(capsys, "message", "add", "1", str(junk), "--db", db)
    assert code == 2 and "nothing was added" in err


def test_check_exits_0_when_sound_and_2_when_a_stored_file_is_damaged(capsys, db, tmp_path):
    receipt = tmp_path / "recu.pdf"
    receipt.write_bytes(fx.pdf())
    run(capsys, "evidence", "add", "1", str(receipt), "--db", db)
    code, out, err = run(capsys, "check", "--db", db)
    assert code == 0 and out.startswith("All is well: 1 stored files")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE blobs SET data = X'00'")
    code, out, err = run(capsys, "check", "--db", db)
    assert code == 2 and "damaged" in out
    assert err == "atoz-desktop: 1 problem found in the workspace\n"
    code, out, _ = run(capsys, "check", "--json", "--db", db)
    report = json.loads(out)
    assert code == 2 and report["ok"] is False and report["files_checked"] == 1
