"""The one intake (services/intake.py): the content of a file, not the caller, decides whether
it is a mail; a mail, its own file and its attachments go in in one unit of work; a mail about
another order is held back for the seller to confirm (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services.claims import claim_view, create_claim
from atoz_desktop.core.services.evidence import adding
from atoz_desktop.core.services.messages import add_messages
from tests import fixtures_evidence as fx

WHEN = datetime(2026, 11, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))
ORDER = "402-1234567-7654321"


@pytest.fixture
def claim(workspace):
    return create_claim(
        workspace, order_id=ORDER, reason="not-received",
        filed_at=datetime(2026, 11, 2, 10, tzinfo=UTC), amount=Decimal("45.90"),
        currency="EUR",
    )  # fmt: skip


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def messages_of(workspace, claim: int) -> list:
    return [e for e in claim_view(workspace, claim).events if e.kind.startswith("message")]


def test_a_mail_is_a_message_whatever_it_is_called_and_whoever_adds_it(workspace, claim,
                                                                         tmp_path):  # fmt: skip
    """`add_evidence` (the command line's `evidence add`) once kept a mail as a text file while
    a drop made it a message: the content decides, for every caller."""
    mail = write(tmp_path, "saved from webmail.txt",
                 fx.eml(date=WHEN, attachments=(("recu.pdf", fx.pdf(), "application/pdf"),)))
    photo = write(tmp_path, "colis.jpg", fx.jpeg(camera=True))
    result = ev.add_evidence(workspace, claim, [mail, photo])
    [message] = messages_of(workspace, claim)
    assert message.text.startswith("Où est mon colis ?")
    items = {i.file_name: i for i in ev.list_evidence(workspace, claim)}
    assert set(items) == {"saved from webmail.txt", "recu.pdf", "colis.jpg"}
    assert items["saved from webmail.txt"].mime == "message/rfc822"
    assert items["saved from webmail.txt"].event_pk == message.pk
    assert items["recu.pdf"].event_pk == message.pk
    assert items["colis.jpg"].event_pk is None
    assert {a.file for a in result.added} == {
        str(mail), "saved from webmail.txt › recu.pdf", str(photo)
    }
    assert ev.evidence_bytes(workspace, items["saved from webmail.txt"].pk) == mail.read_bytes()


def test_a_mail_and_its_attachments_go_in_together_or_not_at_all(workspace, claim, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    """A crash between the message and its attachments once left a message without them, which
    could never be added again ("duplicate"). One unit of work: nothing is left half-done."""
    mail = write(tmp_path, "buyer.eml", fx.eml(date=WHEN, attachments=(
        ("photo.jpg", fx.jpeg(camera=True), "image/jpeg"),
        ("recu.pdf", fx.pdf(), "application/pdf"),
    )))  # fmt: skip
    real = adding.guess_kind
    calls = []

    def crash_on_the_second_attachment(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("the power went out")
        return real(*args)

    monkeypatch.setattr(adding, "guess_kind", crash_on_the_second_attachment)
    failed = add_messages(workspace, claim, [mail])  # the error is the mail's refusal
    assert [r.file for r in failed.refused] == [str(mail)]
    assert "unexpected error" in failed.refused[0].reason
    assert messages_of(workspace, claim) == []
    assert ev.list_evidence(workspace, claim) == []

    monkeypatch.setattr(adding, "guess_kind", real)
    again = add_messages(workspace, claim, [mail])
    assert not again.duplicates and len(again.added) == 1
    assert {a.file for a in again.added[0].attachments.added} == {"photo.jpg", "recu.pdf"}
    assert len(ev.list_evidence(workspace, claim)) == 3  # the mail's file and two attachments


def test_a_mail_about_another_order_is_held_for_the_seller_to_confirm(workspace, claim,
                                                                       tmp_path):  # fmt: skip
    from atoz_desktop.core.services.intake import take_in

    other = write(tmp_path, "autre.eml", fx.eml(
        date=WHEN, subject="Commande 171-9999999-1111111", body="Où est ma commande ?"
    ))  # fmt: skip
    same = write(tmp_path, "meme.eml", fx.eml(
        date=WHEN, message_id="<m2@x>", subject=f"Re: commande {ORDER}",
        body="Voir aussi la commande 171-9999999-1111111.",
    ))  # fmt: skip
    silent = write(tmp_path, "sans.eml", fx.eml(date=WHEN, message_id="<m3@x>"))
    result = take_in(workspace, claim, [other, same, silent], hold_other_orders=True)
    [held] = result.held
    assert held.file == str(other) and held.order_ids == ("171-9999999-1111111",)
    assert held.claim_order == ORDER
    assert [Path(m.file).name for m in result.messages.added] == ["meme.eml", "sans.eml"]
    assert len(messages_of(workspace, claim)) == 2
    # Confirmed (the window asks), or from the command line: added, with a warning.
    confirmed = take_in(workspace, claim, [other])
    [message] = confirmed.messages.added
    assert message.order_ids == ("171-9999999-1111111",)
    assert "not this claim's order 402-1234567-7654321" in message.warnings[-1]
    assert len(messages_of(workspace, claim)) == 3


def test_mails_only_refuses_other_files_and_names_decide_nothing_alone(workspace, claim,
                                                                        tmp_path):  # fmt: skip
    from atoz_desktop.core.services.intake import take_in

    pdf = write(tmp_path, "recu.pdf", fx.pdf())
    fake = write(tmp_path, "fake.eml", b"just some text\nwith no header\n")
    result = take_in(workspace, claim, [pdf, fake], mails_only=True)
    reasons = {Path(r.file).name: r.reason for r in result.messages.refused}
    assert reasons == {
        "recu.pdf": "this is not an e-mail (.eml or .msg file)",
        "fake.eml": "this is not an e-mail (no From, To, Subject or Date header)",
    }
    assert ev.list_evidence(workspace, claim) == []  # a ".eml" that is no mail is not kept


def test_looks_like_mail_reads_only_the_head(tmp_path):
    from atoz_desktop.core.services.intake import looks_like_mail

    assert looks_like_mail(write(tmp_path, "a.eml", b"anything"))
    assert looks_like_mail(write(tmp_path, "notice", fx.eml(date=WHEN)))
    assert looks_like_mail(write(tmp_path, "outlook", fx.outlook_msg(date=WHEN)))
    assert not looks_like_mail(write(tmp_path, "recu.pdf", fx.pdf()))
    assert not looks_like_mail(write(tmp_path, "notes.txt", b"Subject: my notes\n\nhello"))
    assert not looks_like_mail(tmp_path / "missing")
