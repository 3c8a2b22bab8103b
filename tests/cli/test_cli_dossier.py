"""`atoz-desktop dossier` and `seller`: the PDF, the text, the JSON shape, exit codes."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest

from atoz_desktop.cli import main
from atoz_desktop.core.services.claims import claim_view
from atoz_desktop.core.storage.database import open_workspace
from tests import fixtures_evidence as fx
from tests.dossier_case import make_case, outline, page_texts, read


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "cli.sqlite3")
    workspace = open_workspace(path)
    case = make_case(workspace)
    workspace.close()
    return path, case.claim_pk


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_dossier_json_and_files(db, tmp_path, capsys):
    path, claim = db
    pdf, txt = tmp_path / "d.pdf", tmp_path / "d.txt"
    code, out, err = run(
        capsys,
        "dossier",
        str(claim),
        "--kind",
        "response",
        "--lang",
        "fr",
        "-o",
        str(pdf),
        "--text",
        str(txt),
        "--json",
        "--db",
        path,
    )
    assert code == 0, err
    data = json.loads(out)
    assert {"file", "pages", "bytes", "sha256", "exhibits", "text_chars"} <= set(data)
    assert data["file"] == str(pdf) and data["bytes"] == pdf.stat().st_size
    assert data["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert data["pages"] == len(read(pdf.read_bytes()).pages)
    assert data["text_chars"] == len(txt.read_text(encoding="utf-8").strip()) <= 2000
    assert [e["number"] for e in data["exhibits"]] == list(range(1, len(data["exhibits"]) + 1))
    assert all(set(e) == {"number", "file", "sha256", "pages"} for e in data["exhibits"])
    assert "Synthèse" in [t for t, _p, _d in outline(pdf.read_bytes())]
    assert "facture-protegee.pdf" in err  # the protected PDF is named, the build went on
    workspace = open_workspace(path)
    record = next(e for e in claim_view(workspace, claim).events if e.kind == "dossier")
    assert record.details["sha256"] == data["sha256"] and record.pk == data["event_id"]
    workspace.close()


def test_dossier_in_english_with_exhibit_files(db, tmp_path, capsys):
    path, claim = db
    folder = tmp_path / "exhibits"
    folder.mkdir()
    code, out, err = run(
        capsys,
        "dossier",
        str(claim),
        "--lang",
        "en",
        "-o",
        str(tmp_path / "d.pdf"),
        "--exhibits",
        str(folder),
        "--db",
        path,
    )
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    # 15 files and the mail the case adds as a message (kept as evidence of its event).
    assert names[0].startswith("Exhibit 01 - ") and len(names) == 16
    assert any(name.endswith(" - reponse.eml") for name in names)
    assert "Findings" in "".join(page_texts((tmp_path / "d.pdf").read_bytes()))


@pytest.mark.parametrize(
    "args, message",
    [
        (["999"], "no claim 999"),
        (["CLAIM", "-o", "/nonexistent/folder/d.pdf"], "/nonexistent/folder/d.pdf"),
        (["CLAIM", "--kind", "appeal"], "never decided"),
        (["CLAIM", "--reply-eml", "REPLY"], "Amazon Pay"),
        ([], "CLAIM_ID"),
    ],
)
def test_bad_input_exits_2_with_one_line(db, tmp_path, capsys, args, message):
    path, claim = db
    args = [
        str(claim) if a == "CLAIM" else str(tmp_path / "r.eml") if a == "REPLY" else a for a in args
    ]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "d.pdf")]
    code, out, err = run(capsys, "dossier", *args, "--db", path)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    if "never decided" in message or "no claim" in message:
        assert not (tmp_path / "d.pdf").exists()


def test_appeal_dossier_from_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "appeal.sqlite3")
    workspace = open_workspace(path)
    case = make_case(workspace, decided=True)
    workspace.close()
    pdf = tmp_path / "appeal.pdf"
    code, out, err = run(
        capsys,
        "dossier",
        str(case.claim_pk),
        "--kind",
        "appeal",
        "--lang",
        "en",
        "--unfair",
        "The parcel was signed for.",
        "--proposal",
        "Reverse the decision.",
        "-o",
        str(pdf),
        "--text",
        str(tmp_path / "a.txt"),
        "--db",
        path,
    )
    assert code == 0, err
    text = " ".join("".join(page_texts(pdf.read_bytes())).split())
    assert "1. Acknowledgment of the decision" in text
    assert "The parcel was signed for." in text and "Reverse the decision." in text
    assert "Proof uploaded with this appeal" in (tmp_path / "a.txt").read_text()


def test_due_within_writes_a_folder_of_dossiers(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "due.sqlite3")
    soon = (datetime.now(UTC) - timedelta(hours=70)).isoformat()
    later = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    for order, filed in (("402-0000000-0000001", soon), ("402-0000000-0000002", later)):
        assert (
            main(
                [
                    "claim",
                    "new",
                    order,
                    "--reason",
                    "not-received",
                    "--filed",
                    filed,
                    "--amount",
                    "10",
                    "--currency",
                    "EUR",
                    "--db",
                    path,
                ]
            )
            == 0
        )
    capsys.readouterr()
    folder = tmp_path / "morning"
    folder.mkdir()
    code, out, err = run(
        capsys,
        "dossier",
        "--due-within",
        "24",
        "-o",
        str(folder),
        "--json",
        "--lang",
        "en",
        "--db",
        path,
    )
    assert code == 0, err
    data = json.loads(out)
    assert [d["file"].rsplit("/", 1)[1] for d in data["dossiers"]] == [
        "Response dossier 402-0000000-0000001.pdf"
    ]
    assert sorted(p.name for p in folder.iterdir()) == [
        "Response dossier 402-0000000-0000001.pdf",
        "Response dossier 402-0000000-0000001.txt",
    ]
    code, _out, err = run(
        capsys, "dossier", "--due-within", "24", "-o", str(tmp_path / "missing"), "--db", path
    )
    assert code == 2 and "no such folder" in err


def test_amazon_pay_reply_eml(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "pay.sqlite3")
    assert (
        main(
            [
                "claim",
                "new",
                "P01-1234567-1234567",
                "--reason",
                "not-received",
                "--filed",
                "2026-11-02T10:00",
                "--channel",
                "amazon-pay",
                "--amount",
                "45.90",
                "--currency",
                "EUR",
                "--db",
                path,
            ]
        )
        == 0
    )
    capsys.readouterr()
    reply = tmp_path / "reply.eml"
    code, out, err = run(
        capsys,
        "dossier",
        "1",
        "-o",
        str(tmp_path / "d.pdf"),
        "--reply-eml",
        str(reply),
        "--db",
        path,
    )
    assert code == 0, err
    mail = email.message_from_bytes(reply.read_bytes(), policy=email.policy.default)
    assert mail["X-Unsent"] == "1" and mail["Subject"].startswith("Re: Amazon Pay")
    assert next(mail.iter_attachments()).get_content() == (tmp_path / "d.pdf").read_bytes()


def test_seller_show_and_set(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "s.sqlite3")
    logo = tmp_path / "logo.png"
    logo.write_bytes(fx.png((1, 2, 3), (50, 20)))
    code, out, err = run(
        capsys,
        "seller",
        "--name",
        "SAS Dupont",
        "--store",
        "Dupont & Fils",
        "--address",
        "1 rue X\\n75001 Paris",
        "--signature",
        "Marie\\nService client",
        "--logo",
        str(logo),
        "--json",
        "--db",
        path,
    )
    assert code == 0, err
    assert json.loads(out) == {
        "name": "SAS Dupont",
        "store": "Dupont & Fils",
        "address": "1 rue X\n75001 Paris",
        "signature": "Marie\nService client",
        "logo": True,
    }
    code, out, _err = run(capsys, "seller", "--no-logo", "--json", "--db", path)
    shown = json.loads(out)
    assert shown["logo"] is False and shown["store"] == "Dupont & Fils"
    assert shown["signature"] == "Marie\nService client"  # kept when not given
    code, out, _err = run(capsys, "seller", "--signature", "", "--json", "--db", path)
    assert code == 0 and json.loads(out)["signature"] == ""
    code, _out, err = run(capsys, "seller", "--signature", "x" * 501, "--db", path)
    assert code == 2 and "signature" in err
    bad = tmp_path / "logo.txt"
    bad.write_text("not an image")
    code, _out, err = run(capsys, "seller", "--logo", str(bad), "--db", path)
    assert code == 2 and "logo" in err
