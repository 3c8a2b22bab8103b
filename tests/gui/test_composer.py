"""The Message to Buyer composer: the seller's edits survive a change of offer, amount or
language (or the seller is asked), the offer is recorded with the message, the signature from
Settings › Seller ends it, and a proof message offers nothing. The clock is fixed at NOW."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtGui import QGuiApplication

from atoz_desktop.core.services.seller import set_seller_profile
from atoz_desktop.gui.claims.composer_dialog import ComposerDialog
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"
PS = "PS: the blue teapot is back in stock."


def _compose(window: MainWindow, *, tracking: str | None = None) -> ComposerDialog:
    add_order(window.workspace, ORDER, tracking=tracking)
    pk = add_claim(window.workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.open_claim(pk)
    dialog = window.claim_actions.compose()
    assert isinstance(dialog, ComposerDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    return dialog


def _never_asked() -> bool:
    raise AssertionError("the seller was asked although nothing of theirs was at stake")


def _kind(dialog: ComposerDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_an_untouched_draft_follows_every_change_without_asking(window) -> None:
    dialog = _compose(window)
    dialog.ask_discard_edits = _never_asked
    assert "full refund of your order, that is €39.90" in dialog.message_text()
    _kind(dialog, "partial-refund")
    dialog.amount.setText("12.50")
    assert "partial refund of €12.50" in dialog.message_text()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "remboursement partiel de 12,50\u00a0€" in dialog.message_text()
    assert not dialog.notice.isVisibleTo(dialog)


def test_edits_survive_a_change_of_amount_and_offer(window) -> None:
    dialog = _compose(window)
    dialog.ask_discard_edits = _never_asked
    draft = dialog.message_text()
    dialog.text.setPlainText(draft.replace("Hello Jürgen Müller,", "Dear Mr Müller,") + PS)
    _kind(dialog, "partial-refund")
    dialog.amount.setText("10")
    text = dialog.message_text()
    assert text.startswith("Dear Mr Müller,") and text.endswith(PS)
    assert "a partial refund of €10.00" in text and "full refund" not in text
    assert "edits are kept" in dialog.notice.text() and dialog.notice.isVisibleTo(dialog)
    _kind(dialog, "replacement")
    text = dialog.message_text()
    assert text.endswith(PS) and "a replacement item worth €10.00" in text
    # Ctrl+Z in the text takes back the rewrite, one change at a time, not the seller's words.
    dialog.text.undo()
    assert "a partial refund of €10.00" in dialog.message_text()
    assert dialog.message_text().endswith(PS)


def test_a_reworded_offer_is_kept_and_the_seller_told(window) -> None:
    dialog = _compose(window)
    dialog.ask_discard_edits = _never_asked
    mine = dialog.message_text().replace(
        "we would like to offer you a full refund of your order, that is €39.90",
        "we will send you your money back",
    )
    dialog.text.setPlainText(mine)
    dialog.amount.setText("20")
    assert dialog.message_text() == mine
    assert "reworded" in dialog.notice.text() and dialog.notice.isVisibleTo(dialog)
    # Regenerate Draft asks first; keeping the text keeps it, agreeing writes the new draft.
    asked: list[bool] = []
    dialog.ask_discard_edits = lambda: asked.append(True) or False
    assert not dialog.regenerate()
    assert asked and dialog.message_text() == mine
    dialog.ask_discard_edits = lambda: True
    assert dialog.regenerate()
    assert "a partial refund of €20.00" in dialog.message_text()
    assert not dialog.notice.isVisibleTo(dialog)
    dialog.text.undo()
    assert dialog.message_text() == mine


def test_a_change_of_language_asks_before_replacing_edits(window) -> None:
    dialog = _compose(window)
    mine = dialog.message_text() + PS
    dialog.text.setPlainText(mine)
    dialog.ask_discard_edits = lambda: False
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.message_text() == mine
    assert dialog.language.currentData() == "en"  # the draft stays in the language it is in
    dialog.ask_discard_edits = lambda: True
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.message_text().startswith("Bonjour Jürgen Müller,")
    assert PS not in dialog.message_text()
    dialog.text.undo()
    assert dialog.message_text() == mine


def test_a_partial_amount_is_never_called_a_full_refund(window) -> None:
    dialog = _compose(window)
    assert dialog.kind.currentData() == "refund"
    dialog.amount.setText("15")
    text = dialog.message_text()
    assert "full refund" not in text and "a partial refund of €15.00" in text
    assert dialog.wording.isVisibleTo(dialog)
    assert "less than the claim's €39.90" in dialog.wording.text()
    assert "Partial refund, €15.00" in dialog.records.text()
    _kind(dialog, "replacement")
    _kind(dialog, "refund")  # picking Full refund again means the whole claim
    assert dialog.amount.text() == "39.90" and "full refund" in dialog.message_text()
    assert not dialog.wording.isVisibleTo(dialog)


def test_marking_sent_records_the_message_and_its_offer(window) -> None:
    dialog = _compose(window)
    _kind(dialog, "partial-refund")
    dialog.amount.setText("10.00")
    dialog.text.setPlainText(dialog.message_text() + PS)
    dialog.copy()
    assert QGuiApplication.clipboard().text().endswith(PS)
    dialog.mark_sent()
    events = window.shown_claim().events
    assert [e.kind for e in events] == ["message-out", "offer"]
    message, offer = events
    assert message.text.endswith(PS) and message.at == NOW and message.author == "seller"
    assert (offer.amount, offer.currency, offer.details) == (
        Decimal("10.00"),
        "EUR",
        {"offer_kind": "partial-refund"},
    )
    timeline = window.claim_pane.timeline.model()
    headings = [timeline.index(row, 0).data() for row in range(timeline.rowCount())]
    assert any("Partial refund" in h and "€10.00" in h for h in headings), headings
    assert "Record message and offer to the buyer" in window.statusBar().currentMessage()
    window.claim_actions.undo_action.trigger()
    assert window.shown_claim().events == ()
    window.claim_actions.redo_action.trigger()
    assert [e.kind for e in window.shown_claim().events] == ["message-out", "offer"]
    assert [e.pk for e in window.shown_claim().events] == [message.pk, offer.pk]


def test_a_proof_message_cites_the_tracking_and_records_no_offer(window) -> None:
    dialog = _compose(window, tracking="6A12345678901")
    _kind(dialog, "proof")
    assert not dialog.amount.isEnabled()
    text = dialog.message_text()
    assert "Colissimo, tracking number 6A12345678901" in text and "refund" not in text
    assert "offer" not in dialog.records.text()
    dialog.amount.setText("not an amount")  # ignored: a proof message has no amount
    dialog.mark_sent()
    assert [e.kind for e in window.shown_claim().events] == ["message-out"]


def test_a_bad_amount_is_refused_and_the_text_kept(window) -> None:
    dialog = _compose(window)
    before = dialog.message_text()
    dialog.amount.setText("twelve")
    assert dialog.error.isVisibleTo(dialog) and dialog.message_text() == before
    dialog.mark_sent()
    assert dialog.isVisible() and window.shown_claim().events == ()


def test_the_signature_from_settings_ends_the_message(window) -> None:
    seller = window.dossier_actions.edit_seller()
    seller.store.setText("Dupont & Fils")
    seller.signature.setPlainText("Marie, customer service")
    seller.accept()
    dialog = _compose(window)
    assert dialog.message_text().endswith("Kind regards,\nMarie, customer service\nDupont & Fils\n")
    set_seller_profile(window.workspace, name="", store="", address="", logo=None, signature="")
    dialog = window.claim_actions.compose()
    assert dialog.message_text().endswith("\n\nKind regards,\n")


def test_the_composer_in_french(qtbot, french, workspace, settings) -> None:
    window = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(window)
    set_seller_profile(
        workspace, name="", store="Dupont & Fils", address="", logo=None, signature="Marie"
    )
    dialog = _compose(window)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.windowTitle() == "Message à l’acheteur"
    assert dialog.kind.itemText(dialog.kind.findData("proof")) == "Suivi / preuve, sans offre"
    dialog.amount.setText("15")
    text = dialog.message_text()
    assert "un remboursement partiel de 15,00\u00a0€" in text and "intégral" not in text
    assert text.endswith("Cordialement,\nMarie\nDupont & Fils\n")
    assert "inférieur" in dialog.wording.text() and "39,90" in dialog.wording.text()
    window.import_actions.importer.wait()
