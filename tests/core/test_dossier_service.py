"""Dossiers as the seller's actions: export (PDF and text, atomic, recorded on the timeline),
the morning batch, exhibits as numbered files, the Amazon Pay reply e-mail, the seller's
details and the settings."""

from __future__ import annotations

import email
import email.policy
import hashlib
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from atoz_desktop.core.dossier.content import DossierOptions, SellerProfile
from atoz_desktop.core.dossier.reply_mail import AMAZON_PAY_ADDRESS, reply_email
from atoz_desktop.core.services import dossiers
from atoz_desktop.core.services.claims import (
    ClaimError,
    add_event,
    claim_view,
    create_claim,
    delete_event,
    update_event,
)
from atoz_desktop.core.services.evidence import add_evidence_bytes
from atoz_desktop.core.services.seller import (
    SellerError,
    message_sign_off,
    seller_profile,
    set_seller_profile,
)
from tests import fixtures_evidence as fx
from tests.dossier_case import NOW, ORDER_ID, make_case, read


@pytest.fixture
def case(workspace):
    return make_case(workspace)


def test_export_writes_pdf_and_text_and_records_what_was_sent(workspace, case, tmp_path):
    path, text = tmp_path / "dossier.pdf", tmp_path / "dossier.txt"
    export = dossiers.export_dossier(
        workspace, case.claim_pk, DossierOptions(lang="fr"), path, text_path=text, now=NOW
    )
    data = path.read_bytes()
    assert len(read(data).pages) == export.result.pages
    assert text.read_text(encoding="utf-8").strip() == export.result.text.text
    assert not list(tmp_path.glob(".atoz-*"))  # no temporary file left behind
    view = claim_view(workspace, case.claim_pk, now=NOW)
    record = next(e for e in view.events if e.kind == "dossier")
    assert record.pk == export.event_pk
    assert record.details == {
        "dossier_kind": "response",
        "lang": "fr",
        "pages": export.result.pages,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "exhibits": len(export.result.exhibits),
        "via": "export",
        "file": "dossier.pdf",
        "text_chars": len(export.result.text.text),
        "text_sha256": hashlib.sha256(export.result.text.text.encode()).hexdigest(),
    }
    # The record is not a fact of the claim (findings unchanged) and cannot be edited.
    assert view.findings == claim_view(workspace, case.claim_pk, now=NOW).findings
    with pytest.raises(ClaimError):
        update_event(workspace, record)
    claim_pk, removed = delete_event(workspace, record.pk)  # deletable, with undo
    assert claim_pk == case.claim_pk and removed.details["sha256"] == record.details["sha256"]


def test_an_unwritable_output_is_refused_before_building(workspace, case, tmp_path):
    for path in (tmp_path / "missing" / "d.pdf", tmp_path):
        with pytest.raises(dossiers.DossierError, match=str(path)):
            dossiers.export_dossier(workspace, case.claim_pk, DossierOptions(), path)
    assert not any(e.kind == "dossier" for e in claim_view(workspace, case.claim_pk).events)


def test_a_failed_write_leaves_nothing_behind(workspace, case, tmp_path, monkeypatch):
    path = tmp_path / "d.pdf"
    path.write_bytes(b"the previous dossier")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dossiers.os, "fsync", full_disk)
    with pytest.raises(dossiers.DossierError, match="No space left"):
        dossiers.export_dossier(workspace, case.claim_pk, DossierOptions(), path, now=NOW)
    assert path.read_bytes() == b"the previous dossier"
    assert not list(tmp_path.glob(".atoz-*"))
    assert not any(e.kind == "dossier" for e in claim_view(workspace, case.claim_pk).events)


def _claim_due_in(workspace, order_id: str, hours: float) -> int:
    return create_claim(
        workspace,
        order_id=order_id,
        reason="not-received",
        filed_at=NOW + timedelta(hours=hours) - timedelta(hours=72),
        amount=Decimal("19.90"),
        currency="EUR",
        buyer_name="Anna Nowak",
    )


def test_export_due_dossiers_writes_one_per_claim_due_within_the_window(workspace, tmp_path):
    tmp_path = tmp_path / "morning"
    tmp_path.mkdir()
    due = _claim_due_in(workspace, "402-0000000-0000001", 5)
    overdue = _claim_due_in(workspace, "402-0000000-0000002", -3)
    _claim_due_in(workspace, "402-0000000-0000003", 50)  # not due yet
    (tmp_path / "Response dossier 402-0000000-0000001.pdf").write_bytes(b"yesterday's")
    exports = dossiers.export_due_dossiers(
        workspace, tmp_path, within=timedelta(hours=24), lang="en", now=NOW
    )
    assert [e.claim_pk for e in exports] == [overdue, due]  # nearest deadline first
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "Response dossier 402-0000000-0000001 (2).pdf",
        "Response dossier 402-0000000-0000001 (2).txt",
        "Response dossier 402-0000000-0000001.pdf",  # never overwritten
        "Response dossier 402-0000000-0000002.pdf",
        "Response dossier 402-0000000-0000002.txt",
    ]
    for export in exports:
        record = next(
            e for e in claim_view(workspace, export.claim_pk).events if e.kind == "dossier"
        )
        assert record.details["via"] == "batch"


def test_save_exhibit_files_numbered_base_names_detected_extensions(workspace, tmp_path):
    claim = create_claim(
        workspace,
        order_id="402-0000000-0000009",
        reason="damaged-defective",
        filed_at=NOW,
        amount=Decimal("10"),
        currency="EUR",
    )
    add_evidence_bytes(
        workspace, claim, fx.pdf(1), "../../../.config/autostart/recu.pdf", kind="carrier-receipt"
    )
    add_evidence_bytes(workspace, claim, b"Facture n 12\n", "facture.js", kind="invoice")
    add_evidence_bytes(workspace, claim, fx.jpeg(), 'photo:*?"<>|.jpg', kind="photo")
    result = dossiers.build_claim_dossier(workspace, claim, DossierOptions(lang="fr"), now=NOW)
    folder = tmp_path / "appel"
    folder.mkdir()
    written = dossiers.save_exhibit_files(workspace, result, folder)
    assert [p.name for p in written] == [
        "Pièce 01 - recu.pdf",
        "Pièce 02 - photo_.jpg",
        "Pièce 03 - facture.txt",
    ]
    assert all(p.parent == folder for p in written)
    assert written[0].read_bytes() == fx.pdf(1)


def test_amazon_pay_reply_email_is_a_draft_with_the_dossier_attached(workspace):
    claim = create_claim(
        workspace,
        order_id="S02-1234567-1234567",
        reason="not-received",
        channel="amazon-pay",
        filed_at=NOW,
        amount=Decimal("42.00"),
        currency="EUR",
        purchase_date=NOW - timedelta(days=20),
    )
    add_event(
        workspace,
        claim,
        kind="message-in",
        at=NOW,
        text="Claim filed",
        details={
            "from": "Amazon Pay <amazon-pay-seller-guarantee@amazon.com>",
            "subject": "Amazon Pay A-to-z Guarantee claim filed for Amazon Pay "
            "Order ID S02-1234567-1234567",
            "message_id": "<notice-1@amazon.com>",
        },
    )
    add_evidence_bytes(workspace, claim, fx.pdf(1), "suivi-colis.pdf", kind="proof-of-delivery")
    result = dossiers.build_claim_dossier(workspace, claim, DossierOptions(lang="en"), now=NOW)
    assert "attached to this e-mail" in result.text.text
    assert "Buyer-Seller Messaging" not in result.text.text
    raw = reply_email(result.content, result.text.text, result.pdf, "dossier.pdf")
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert mail["X-Unsent"] == "1"
    assert "amazon-pay-seller-guarantee@amazon.com" in mail["To"]
    assert mail["Subject"].startswith("Re: Amazon Pay A-to-z Guarantee claim filed")
    assert mail["In-Reply-To"] == "<notice-1@amazon.com>"
    body = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.strip() == result.text.text
    attachment = next(mail.iter_attachments())
    assert attachment.get_filename() == "dossier.pdf"
    assert attachment.get_content() == result.pdf


def test_reply_email_without_the_notification_writes_to_amazon_pay(workspace):
    claim = create_claim(
        workspace,
        order_id="S02-7654321-1234567",
        reason="overcharged",
        channel="amazon-pay",
        filed_at=NOW,
        amount=Decimal("42.00"),
        currency="EUR",
    )
    result = dossiers.build_claim_dossier(workspace, claim, DossierOptions(), now=NOW)
    mail = email.message_from_bytes(
        reply_email(result.content, "x", result.pdf, "d.pdf"), policy=email.policy.default
    )
    assert mail["To"] == AMAZON_PAY_ADDRESS
    assert "S02-7654321-1234567" in mail["Subject"]


def test_seller_profile_round_trip_and_refusals(workspace):
    assert seller_profile(workspace).signature == ""
    saved = set_seller_profile(
        workspace,
        name=" SAS Dupont ",
        store="Dupont & Fils",
        address="1 rue X\n75001 Paris",
        logo=fx.jpeg(),
    )
    again = seller_profile(workspace)
    assert again == saved and again.name == "SAS Dupont" and again.logo.startswith(b"\x89PNG")
    with pytest.raises(SellerError, match="logo"):
        set_seller_profile(workspace, name="", store="", address="", logo=b"not an image")
    with pytest.raises(SellerError, match="too long"):
        set_seller_profile(workspace, name="x" * 201, store="", address="", logo=None)
    assert seller_profile(workspace) == saved  # nothing half-saved
    set_seller_profile(workspace, name="", store="", address="", logo=None)
    assert seller_profile(workspace).logo is None


def test_settings_have_defaults_and_bounds(workspace):
    assert dossiers.text_limit(workspace) == 2000
    assert dossiers.size_warning_mb(workspace) == 10
    dossiers.set_text_limit(workspace, 1500)
    dossiers.set_size_warning_mb(workspace, 25)
    assert dossiers.text_limit(workspace) == 1500 and dossiers.size_warning_mb(workspace) == 25
    with pytest.raises(dossiers.DossierError):
        dossiers.set_text_limit(workspace, 10)
    with pytest.raises(dossiers.DossierError):
        dossiers.set_size_warning_mb(workspace, 0)


def test_dossier_file_name_is_safe(workspace, case):
    result = dossiers.build_claim_dossier(
        workspace, case.claim_pk, DossierOptions(lang="fr"), now=NOW
    )
    assert dossiers.dossier_file_name(result.content) == f"Dossier de réponse {ORDER_ID}.pdf"
    assert dossiers.safe_file_name("../../etc/passwd") == "passwd"
    assert dossiers.safe_file_name("a\\b\\c:d.pdf") == "c_d.pdf"
    assert dossiers.safe_file_name("...") == "file"


def test_renditions_go_with_their_file(workspace, case):
    from sqlalchemy import func, select

    from atoz_desktop.core.services.blobs import collect_orphan_blobs
    from atoz_desktop.core.services.claims import delete_claim
    from atoz_desktop.core.storage.models import Rendition

    dossiers.build_claim_dossier(workspace, case.claim_pk, DossierOptions(), now=NOW)
    with workspace.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Rendition)) >= 12
    delete_claim(workspace, case.claim_pk)
    collect_orphan_blobs(workspace, grace=timedelta(0))
    with workspace.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Rendition)) == 0


def test_gather_uses_the_workspace_time_zone(workspace, case, tmp_path):
    from atoz_desktop.core.services.policies import set_workspace_timezone

    set_workspace_timezone(workspace, "America/New_York")
    result = dossiers.build_claim_dossier(workspace, case.claim_pk, DossierOptions(), now=NOW)
    assert "04:00" in result.text.text  # 09:00 UTC filed-2-days… shown in New York time
    assert Path(dossiers.dossier_file_name(result.content)).suffix == ".pdf"


def test_the_message_signature_is_kept_and_ends_messages_with_the_store(workspace):
    saved = set_seller_profile(
        workspace, name="SAS Dupont", store="Dupont & Fils", address="", logo=None,
        signature="  Marie  \n\n Service client \n",
    )  # fmt: skip
    assert saved.signature == "Marie\n\nService client" and seller_profile(workspace) == saved
    assert message_sign_off(saved) == "Marie\nService client\nDupont & Fils"
    # Saving without a signature keeps the one saved (the dossier settings do not know it).
    kept = set_seller_profile(workspace, name="SAS Dupont", store="", address="", logo=None)
    assert kept.signature == saved.signature and message_sign_off(kept) == "Marie\nService client"
    # The store is not repeated when the signature names it already.
    named = SellerProfile(store="Dupont & Fils", signature="Marie — DUPONT & FILS")
    assert message_sign_off(named) == "Marie — DUPONT & FILS"
    assert message_sign_off(SellerProfile()) == ""
    assert saved.byline == "Dupont & Fils — SAS Dupont"  # the dossier's, unchanged
    with pytest.raises(SellerError, match="signature des messages|message signature"):
        set_seller_profile(workspace, name="", store="", address="", logo=None, signature="x" * 501)
