"""`atoz-desktop claim ...`: round trips through --json, one-line errors with exit 2."""

from __future__ import annotations

import json

import pytest

from atoz_desktop.cli import main

OID = "402-1234567-1234567"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *args: str):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_claim_round_trip(capsys, db):
    new = run_json(capsys, "claim", "new", OID, "--reason", "not-received",
                   "--filed", "2026-11-02T10:00:00+00:00", "--db", db)  # fmt: skip
    claim_id = new["claim_id"]
    shown = run_json(capsys, "claim", "show", str(claim_id), "--db", db)
    assert shown["status"] == "action-required"
    assert shown["amount"] == "44.80" and shown["currency"] == "EUR"
    assert shown["response_due"] == "2026-11-05T10:00:00+00:00"
    assert shown["appeal_due"] is None
    assert {f["code"] for f in shown["findings"]} >= {"no-prior-contact", "no-tracking"}

    event = run_json(capsys, "claim", "event", str(claim_id), "--kind", "offer",
                     "--at", "2026-11-02T12:00", "--amount", "15,50", "--offer-kind", "refund",
                     "--text", "Remboursement", "--db", db)  # fmt: skip
    shown = run_json(capsys, "claim", "show", str(claim_id), "--db", db)
    (recorded,) = shown["events"]
    assert recorded["id"] == event["event_id"]
    assert (recorded["kind"], recorded["amount"], recorded["currency"]) == ("offer", "15.50", "EUR")
    assert recorded["at"] == "2026-11-02T11:00:00+00:00"  # local (Paris) time without offset
    assert recorded["details"] == {"offer_kind": "refund"}

    moved = run_json(capsys, "claim", "status", str(claim_id), "under-review",
                     "--at", "2026-11-03T09:00:00+00:00", "--db", db)  # fmt: skip
    assert moved["status"] == "under-review"
    run_json(capsys, "claim", "status", str(claim_id), "denied",
             "--at", "2026-11-08T09:00:00+00:00", "--db", db)  # fmt: skip
    shown = run_json(capsys, "claim", "show", str(claim_id), "--db", db)
    assert shown["status"] == "denied"
    assert shown["decided_at"] == "2026-11-08T09:00:00+00:00"
    assert [e["kind"] for e in shown["events"]] == ["offer", "status-change", "status-change"]

    listed = run_json(capsys, "claim", "list", "--db", db)
    assert [c["claim_id"] for c in listed] == [claim_id]
    assert run_json(capsys, "claim", "list", "--open", "--db", db) == []


def test_claim_list_nearest_deadline_first(capsys, db):
    later = run_json(capsys, "claim", "new", OID, "--reason", "overcharged", "--filed",
                     "2026-11-04T10:00:00+00:00", "--db", db)["claim_id"]  # fmt: skip
    sooner = run_json(capsys, "claim", "new", "S02-1", "--reason", "not-received", "--filed",
                      "2026-11-03T10:00:00+00:00", "--amount", "89", "--currency", "EUR",
                      "--buyer", "Zoé", "--channel", "amazon-pay",
                      "--db", db)["claim_id"]  # fmt: skip
    # Amazon Pay answers within 7 days: its deadline is later although it was filed sooner.
    listed = run_json(capsys, "claim", "list", "--open", "--db", db)
    assert [c["claim_id"] for c in listed] == [later, sooner]
    assert (listed[1]["channel"], listed[1]["order_id"]) == ("amazon-pay", "S02-1")
    code, out, _ = run(capsys, "claim", "show", str(sooner), "--lang", "fr", "--db", db)
    assert code == 0 and "Zoé" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claim", "new", "S02-9", "--reason", "not-received", "--filed", "2026-11-03T10:00"],
         "amount and currency"),
        (["claim", "new", OID, "--reason", "not-received", "--filed", "yesterday"],
         "not a date-time"),
        (["claim", "new", OID, "--reason", "not-received", "--filed", "2026-11-03T10:00",
          "--amount", "lots"], "not an amount"),
        (["claim", "show", "99"], "no claim 99"),
        (["claim", "event", "99", "--kind", "note", "--at", "2026-11-03T10:00"], "no claim 99"),
    ],
)  # fmt: skip
def test_claim_bad_input_exit_2_one_line(capsys, db, args, message):
    code, _, err = run(capsys, *args, "--db", db)
    assert code == 2
    assert err.count("\n") == 1 and message in err


def test_illegal_status_move_exit_2_names_the_possible_moves(capsys, db):
    claim_id = run_json(capsys, "claim", "new", OID, "--reason", "not-received", "--filed",
                        "2026-11-02T10:00:00+00:00", "--db", db)["claim_id"]  # fmt: skip
    code, _, err = run(capsys, "claim", "status", str(claim_id), "appeal-upheld", "--db", db)
    assert code == 2
    assert "under-review" in err and "withdrawn" in err


def test_unknown_event_kind_exit_2(capsys, db):
    claim_id = run_json(capsys, "claim", "new", OID, "--reason", "not-received", "--filed",
                        "2026-11-02T10:00:00+00:00", "--db", db)["claim_id"]  # fmt: skip
    code, _, err = run(capsys, "claim", "event", str(claim_id), "--kind", "party", "--at",
                       "2026-11-03T10:00", "--db", db)  # fmt: skip
    assert code == 2 and "unknown event kind" in err
