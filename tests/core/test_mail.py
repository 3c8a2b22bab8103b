"""E-mails: charsets, HTML-only bodies, malformed dates, attachments, Outlook .msg, Amazon's
claim notifications; and the message events they become on a claim."""

from __future__ import annotations

import base64
import quopri
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from atoz_desktop.core.evidence.mail import (
    BadMail,
    decode_text,
    html_to_text,
    parse_claim_notification,
    parse_mail,
)
from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services.claims import claim_view, create_claim
from atoz_desktop.core.services.messages import (
    add_messages,
    direction,
    seller_addresses,
    set_seller_addresses,
)
from tests import fixtures_evidence as fx

WHEN = datetime(2026, 11, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))
FRENCH = "Bonjour, je n'ai pas reçu ma commande. Où en est la livraison ? Déçu… 12 €"


@pytest.mark.parametrize(
    ("charset", "cte"),
    [("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit"),
     ("iso-8859-1", "quoted-printable"), ("iso-8859-1", "8bit"), ("windows-1252", "8bit")],
)  # fmt: skip
def test_bodies_in_every_charset_and_transfer_encoding(charset, cte):
    body = FRENCH if charset != "iso-8859-1" else FRENCH.replace("…", "...").replace("€", "EUR")
    mail = parse_mail(fx.eml(body=body, charset=charset, cte=cte, date=WHEN))
    assert mail.body == body
    assert mail.subject == "Où est mon colis ?"
    assert mail.date == WHEN and mail.warnings == ()


def test_latin1_label_read_as_windows_1252_and_undeclared_8bit_guessed():
    # Mail programs label Windows-1252 text "iso-8859-1": the euro sign is 0x80 there.
    data = fx.raw_eml({"From": "a@b.fr", "Date": "Tue, 3 Nov 2026 09:30:00 +0100"},
                      "Remboursé 12 € – merci".encode("cp1252"),
                      "text/plain; charset=iso-8859-1")  # fmt: skip
    assert parse_mail(data).body == "Remboursé 12 € – merci"
    undeclared_utf8 = fx.raw_eml({"From": "a@b.fr", "Subject": "Colis abîmé"},
                                 "Reçu abîmé".encode(), "text/plain")  # fmt: skip
    assert parse_mail(undeclared_utf8).body == "Reçu abîmé"
    undeclared_1252 = fx.raw_eml({"From": "a@b.fr"}, "Reçu abîmé".encode("cp1252"), "text/plain")
    assert parse_mail(undeclared_1252).body == "Reçu abîmé"
    raw_subject = b"From: a@b.fr\r\nSubject: Re\xc3\xa7u ab\xc3\xaem\xc3\xa9\r\n\r\nx"
    assert parse_mail(raw_subject).subject == "Reçu abîmé"
    assert decode_text(b"caf\xe9", "no-such-charset") == "café"


def test_qp_and_base64_written_by_hand():
    qp = quopri.encodestring("Déjà livré".encode("latin-1"))
    mail = parse_mail(fx.raw_eml({"From": "a@b.fr"}, qp, "text/plain; charset=ISO-8859-1",
                                 "quoted-printable"))  # fmt: skip
    assert mail.body == "Déjà livré"
    b64 = base64.encodebytes("Déjà livré".encode())
    mail = parse_mail(fx.raw_eml({"From": "a@b.fr"}, b64, 'text/plain; charset="utf-8"', "base64"))
    assert mail.body == "Déjà livré"


def test_html_only_mail_becomes_readable_text_without_markup():
    html = """<html><head><title>t</title><style>p{color:red}</style>
    <script>alert('x')</script></head><body><p>Bonjour&nbsp;Madame,</p>
    <div>Votre colis&nbsp;<b>n°&nbsp;6A123</b> a été <i>livré</i>.<br>Cordialement</div>
    <!-- tracking pixel --><script type="text/javascript">steal()</script>
    <table><tr><td>Total</td><td>12,00 €</td></tr></table></body></html>"""
    mail = parse_mail(fx.eml(html=html, date=WHEN))
    assert "Bonjour Madame," in mail.body
    assert "Votre colis n° 6A123 a été livré.\nCordialement" in mail.body
    assert "12,00 €" in mail.body
    for leftover in ("<", ">", "alert", "steal", "color:red", "tracking pixel", "&nbsp;"):
        assert leftover not in mail.body
    assert html_to_text("<p>a</p><p>b</p>") == "a\n\nb"


def test_malformed_or_missing_date_falls_back_to_the_file_date():
    file_date = datetime(2026, 11, 5, 8, tzinfo=UTC)
    for bad in ("le 3 novembre", "Tue, 99 Nov 2026 25:61:00 +0100", "Mon, 3 Xyz 2026"):
        mail = parse_mail(fx.eml(date=bad), file_date)
        assert mail.date == file_date
        assert "cannot be read" in mail.warnings[0] and "file's date" in mail.warnings[0]
    mail = parse_mail(fx.eml(), None)
    assert mail.date is None and mail.warnings == ("the mail has no date",)
    naive = parse_mail(fx.eml(date="Tue, 3 Nov 2026 09:30:00 -0000"))
    assert naive.date == datetime(2026, 11, 3, 9, 30, tzinfo=UTC)


def test_malformed_headers_never_crash():
    data = (
        b"From: =?utf-8?q?Jean_?= <<broken@@>\r\nTo: ,,,\r\nSubject: =?unknown?b?!!!?=\r\n"
        b"Message-ID: \r\nDate: \r\nContent-Type: multipart/mixed\r\n\r\nno boundary"
    )
    mail = parse_mail(data)
    assert mail.sender_address == "" or "@" in mail.sender_address
    with pytest.raises(BadMail):
        parse_mail(b"just some text\nwith no headers at all\n")
    with pytest.raises(BadMail):
        parse_mail(b"")


def test_attachments_come_out_with_their_names_and_logos_stay_out():
    mail = parse_mail(
        fx.eml(
            attachments=(
                ("Reçu dépôt.pdf", fx.pdf(), "application/pdf"),
                ("photo.jpg", fx.jpeg(), "image/jpeg"),
            ),
            date=WHEN,
        )
    )
    assert [a.name for a in mail.attachments] == ["Reçu dépôt.pdf", "photo.jpg"]
    assert mail.attachments[0].data == fx.pdf()
    # A signature logo referenced from the HTML (multipart/related, Content-ID) is layout.
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["Subject"] = "a@b.fr", "logo"
    message.set_content("texte")
    message.add_alternative('<p>texte <img src="cid:logo1"></p>', subtype="html")
    html_part = message.get_payload()[1]
    html_part.add_related(fx.png(), maintype="image", subtype="png", cid="<logo1>",
                          filename="logo.png", disposition="inline")  # fmt: skip
    assert parse_mail(message.as_bytes()).attachments == ()


def test_outlook_msg_with_attachments():
    data = fx.outlook_msg(date=WHEN, attachments=(("colis.jpg", fx.jpeg(camera=True)),
                                                  ("bordereau.pdf", fx.pdf(2))))  # fmt: skip
    mail = parse_mail(data)
    assert mail.subject == "Photos du colis abîmé"
    assert mail.sender_address == "jean.dupont@example.fr"
    assert mail.to == "contact@boutique.fr"
    assert mail.date == WHEN and mail.message_id == "<msg-001@example.fr>"
    assert mail.body == "Bonjour, voici les photos du colis reçu abîmé."
    assert [(a.name, a.data) for a in mail.attachments] == [
        ("colis.jpg", fx.jpeg(camera=True)), ("bordereau.pdf", fx.pdf(2)),
    ]  # fmt: skip
    unsent = parse_mail(fx.outlook_msg(date=WHEN, with_headers=False))
    assert unsent.sender_address == "jean.dupont@example.fr"
    assert unsent.date == WHEN


def test_amazon_pay_claim_notification(tmp_path):
    body = ("Bonjour,\nThe buyer filed an A-to-z Guarantee claim.\n"
            "Claim amount: EUR 45.90\nReason: Item not received\n")  # fmt: skip
    path = tmp_path / "claim.eml"
    path.write_bytes(fx.eml(
        sender="Amazon Pay <no-reply@amazon.com>",
        subject="Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID "
        "P01-1234567-1234567",
        body=body, date=WHEN,
    ))  # fmt: skip
    notice = parse_claim_notification(path)
    assert notice is not None
    assert (notice.channel, notice.order_id) == ("amazon-pay", "P01-1234567-1234567")
    assert (notice.amount, notice.currency, notice.filed_at) == (Decimal("45.90"), "EUR", WHEN)


def test_marketplace_claim_notification_in_french_and_other_mails(tmp_path):
    path = tmp_path / "fr.eml"
    path.write_bytes(fx.eml(
        sender="Amazon <seller-notification@amazon.fr>",
        subject="Réclamation au titre de la Garantie A à Z : commande 402-1234567-1234567",
        body="Montant de la réclamation : 1 234,50 EUR\n", date=WHEN, charset="iso-8859-1",
    ))  # fmt: skip
    notice = parse_claim_notification(path)
    assert notice is not None and notice.channel == "marketplace"
    assert (notice.order_id, notice.amount, notice.currency) == (
        "402-1234567-1234567", Decimal("1234.50"), "EUR",
    )  # fmt: skip
    path.write_bytes(fx.eml(subject="Où est mon colis ?", date=WHEN))
    assert parse_claim_notification(path) is None
    path.write_bytes(b"not a mail")
    assert parse_claim_notification(path) is None
    assert parse_claim_notification(tmp_path / "missing.eml") is None


# Messages on a claim ----------------------------------------------------------------------------


@pytest.fixture
def claim(workspace):
    return create_claim(
        workspace, order_id="402-1234567-1234567", reason="not-received",
        filed_at=datetime(2026, 11, 2, 10, tzinfo=UTC), amount=Decimal("19.90"), currency="EUR",
    )  # fmt: skip


def test_seller_addresses_decide_the_direction(workspace):
    assert seller_addresses(workspace) == ()
    set_seller_addresses(workspace, "Contact@Boutique.fr; @atelier.fr")
    assert seller_addresses(workspace) == ("contact@boutique.fr", "@atelier.fr")
    own = seller_addresses(workspace)
    assert direction("contact@boutique.fr", own) == "message-out"
    assert direction("marie@atelier.fr", own) == "message-out"
    assert direction("jean@example.fr", own) == "message-in"
    with pytest.raises(ValueError):
        set_seller_addresses(workspace, "not an address")


def test_mails_become_message_events_with_their_attachments(workspace, claim, tmp_path):
    set_seller_addresses(workspace, "contact@boutique.fr")
    incoming = tmp_path / "buyer.eml"
    incoming.write_bytes(fx.eml(date=WHEN, attachments=(
        ("photo.jpg", fx.jpeg(camera=True), "image/jpeg"),
        ("cut.jpg", fx.jpeg(fx.upright_picture(300, 200))[:700], "image/jpeg"),
        ("archive.zip", fx.zip_file(), "application/zip"),
    )))  # fmt: skip
    outgoing = tmp_path / "reply.msg"
    outgoing.write_bytes(fx.outlook_msg(
        sender="Boutique <contact@boutique.fr>", to="jean.dupont@example.fr",
        subject="Re: Où est mon colis ?", body="Voici le reçu de dépôt.",
        date=WHEN + timedelta(hours=2), message_id="<reply-1@boutique.fr>",
        attachments=(("recu-colissimo.pdf", fx.pdf()),),
    ))  # fmt: skip
    result = add_messages(workspace, claim, [incoming, outgoing])
    assert not result.refused and not result.duplicates
    first, second = result.added
    assert (first.kind, second.kind) == ("message-in", "message-out")
    assert [a.file for a in first.attachments.added] == ["photo.jpg"]
    assert {r.file for r in first.attachments.refused} == {"cut.jpg", "archive.zip"}
    assert [a.file for a in second.attachments.added] == ["recu-colissimo.pdf"]

    events = {e.pk: e for e in claim_view(workspace, claim).events}
    event = events[first.event_id]
    assert event.kind == "message-in" and event.at == WHEN
    assert event.author == "Jean Dupont <jean.dupont@example.fr>"
    assert event.text.startswith("Où est mon colis ?\n\nBonjour, je n'ai pas reçu")
    assert event.details["message_id"] == "<abc123@example.fr>"
    assert event.details["to"] == "Boutique <contact@boutique.fr>"
    # The mails' own files are kept as evidence of their events, typed by their content.
    kinds = {i.file_name: (i.kind, i.event_pk, i.mime)
             for i in ev.list_evidence(workspace, claim)}  # fmt: skip
    assert kinds == {
        "buyer.eml": ("other", first.event_id, "message/rfc822"),
        "photo.jpg": ("photo", first.event_id, "image/jpeg"),
        "reply.msg": ("other", second.event_id, "application/vnd.ms-outlook"),
        "recu-colissimo.pdf": ("carrier-receipt", second.event_id, "application/pdf"),
    }
    assert first.mail_file is not None
    assert ev.evidence_bytes(workspace, first.mail_file.evidence_id) == incoming.read_bytes()

    again = add_messages(workspace, claim, [incoming, outgoing])
    assert [d.event_id for d in again.duplicates] == [first.event_id, second.event_id]
    resent = tmp_path / "resent.eml"  # same Message-ID, other bytes (e.g. saved again)
    resent.write_bytes(fx.eml(date=WHEN, body="autre copie"))
    assert add_messages(workspace, claim, [resent]).duplicates[0].event_id == first.event_id
    assert len(claim_view(workspace, claim).events) == 2


def test_bad_mail_files_are_refused_and_bad_dates_warned(workspace, claim, tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.msg"
    junk.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    undated = tmp_path / "undated.eml"
    undated.write_bytes(fx.eml(date="n'importe quand", message_id="<u@x>"))
    result = add_messages(workspace, claim, [empty, junk, undated])
    assert {Path(r.file).name for r in result.refused} == {"empty.eml", "junk.msg"}
    assert "cannot be read" in result.added[0].warnings[0]
    event = next(e for e in claim_view(workspace, claim).events if e.pk == result.added[0].event_id)
    assert event.at == datetime.fromtimestamp(undated.stat().st_mtime, UTC)
    with pytest.raises(ev.EvidenceError):
        add_messages(workspace, 999, [undated])
