"""`claim list --order`, and `claim new` on an order that already has an open claim."""

from __future__ import annotations

import json

import pytest

from atoz_desktop.cli import main

OID = "402-1234567-1234567"


def _new(capsys, db: str, order_id: str = OID, *extra: str) -> tuple[int, str]:
    code = main(["claim", "new", order_id, "--reason", "not-received",
                 "--filed", "2026-11-02T10:00:00+00:00", "--db", db, *extra])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    return int(out), err


def test_a_second_open_claim_on_an_order_is_opened_with_a_warning(capsys, db) -> None:
    first, err = _new(capsys, db)
    assert err == ""
    second, err = _new(capsys, db)
    assert err == (
        f"warning: order {OID} already has open claim {first} (action-required); "
        "this is another one\n"
    )
    assert second != first


def test_claim_list_keeps_to_one_order(capsys, db) -> None:
    mine, _ = _new(capsys, db)
    _new(capsys, db, "S02-1111111-2222222", "--amount", "12.50", "--currency", "EUR")
    assert main(["claim", "list", "--order", OID, "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["claim_id"], r["order_id"]) for r in rows] == [(mine, OID)]
    assert main(["claim", "list", "--order", "402-0000000-0000000", "--db", db]) == 0
    assert capsys.readouterr().out == ""


def _mail(tmp_path, name: str, subject: str, message_id: str):
    from datetime import UTC, datetime

    from tests import fixtures_evidence as fx

    path = tmp_path / name
    path.write_bytes(fx.eml(subject=subject, message_id=message_id,
                            date=datetime(2026, 11, 3, 9, 0, tzinfo=UTC)))  # fmt: skip
    return path


@pytest.mark.parametrize("command", [("message", "add"), ("evidence", "add")])
def test_a_mail_about_another_order_is_refused_until_forced(capsys, db, tmp_path,
                                                            command) -> None:  # fmt: skip
    claim, _ = _new(capsys, db)
    other = _mail(tmp_path, "autre.eml", "Commande 171-9999999-1111111", "<a@x>")
    mine = _mail(tmp_path, "mienne.eml", f"Re: commande {OID}", "<b@x>")
    code = main([*command, str(claim), str(other), str(mine), "--db", db])
    out, err = capsys.readouterr()
    assert code == 2
    assert "mienne.eml" in out and "autre.eml" not in out  # the rest went in
    lines = err.strip().splitlines()
    assert lines[-2] == (
        f"held: {other}: the mail is about order 171-9999999-1111111, not this claim's order "
        f"{OID}"
    )
    assert lines[-1].endswith(
        f"{other} is about another order than the claim's ({OID}); not attached; check it, "
        "then add --force to attach it anyway"
    )
    code = main([*command, str(claim), str(other), "--db", db, "--force", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["held"] == []
    assert any(m["file"] == str(other) for m in data["added"])


def test_held_mails_are_listed_in_json(capsys, db, tmp_path) -> None:
    claim, _ = _new(capsys, db)
    other = _mail(tmp_path, "autre.eml", "Commande 171-9999999-1111111", "<a@x>")
    assert main(["message", "add", str(claim), str(other), "--db", db, "--json"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out)["held"] == [
        {"file": str(other), "order_ids": ["171-9999999-1111111"], "claim_order": OID}
    ]
    assert "--force" in err
