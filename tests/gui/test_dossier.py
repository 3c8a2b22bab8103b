"""Dossiers in the window: the menus, the dialog that builds in the background and previews,
the text for Amazon, saving, printing, the appeal's own words, Amazon Pay's reply e-mail, the
exhibits folder, the morning batch, Settings › Seller, and the record on the timeline."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter

from atoz_desktop.core.services import dossiers
from atoz_desktop.core.services.claims import add_event, claim_view, create_claim
from atoz_desktop.core.services.seller import seller_profile
from atoz_desktop.gui.dossier.dialog import DossierDialog
from atoz_desktop.gui.main_window import MainWindow
from tests import fixtures_evidence as fx
from tests.dossier_case import NOW, make_case
from tests.gui.conftest import add_claim, add_order

BUILD_MS = 60_000


@pytest.fixture
def window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.dossier_actions.batch.wait()
    win.evidence_actions.runner.wait()
    win.evidence_actions.receipts.reader.wait()
    win.evidence_actions.loader.wait()


def _show(window: MainWindow, claim_pk: int) -> None:
    window.ops.reload()
    window.open_claim(claim_pk)
    assert window.shown_claim() is not None and window.shown_claim().pk == claim_pk


@pytest.fixture
def case(window):
    made = make_case(window.workspace)
    _show(window, made.claim_pk)
    return made


def _built(qtbot, dialog: DossierDialog) -> DossierDialog:
    qtbot.waitUntil(dialog.result_ready, timeout=BUILD_MS)
    return dialog


def _open(qtbot, window, kind: str = "response") -> DossierDialog:
    actions = window.dossier_actions
    dialog = actions.export_response() if kind == "response" else actions.export_appeal()
    assert isinstance(dialog, DossierDialog)
    return _built(qtbot, dialog)


def test_menus_and_shortcuts(window, case) -> None:
    actions = window.dossier_actions
    assert actions.response_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert actions.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    claims_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Claims")
    texts = [a.text() for a in claims_menu.actions()]
    for text in (
        "Export &Response Dossier…",
        "Export A&ppeal Dossier…",
        "&Print Dossier…",
        "Export Dossiers of &Due Claims…",
    ):
        assert text in texts
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    assert "&Seller…" in [a.text() for a in settings_menu.actions()]
    assert actions.response_action.isEnabled() and actions.print_action.isEnabled()
    assert not actions.appeal_action.isEnabled()  # never decided
    window.sidebar.select_view("orders")
    assert not actions.response_action.isEnabled()


def test_the_dialog_previews_the_pdf_and_the_text(qtbot, window, case) -> None:
    dialog = _open(qtbot, window)
    result = dialog.built
    assert result is not None and dialog.preview_pages() == result.pages > 10
    assert f"{result.pages} pages" in dialog.summary.text() and "MB" in dialog.summary.text()
    assert dialog.paste_text() == result.text.text
    assert dialog.count.text() == f"{len(result.text.text):,} / 2,000 characters"
    assert "facture-protegee.pdf" in dialog.notes.text()  # listed, not included
    assert not dialog.reply_button.isVisibleTo(dialog)  # a marketplace claim
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == result.text.text


def test_the_dossier_button_on_the_claim_pane_opens_it(qtbot, window, case) -> None:
    window.claim_pane.dossier_button.click()
    dialog = window.dossier_actions.dialog
    assert isinstance(dialog, DossierDialog) and dialog.claim.pk == case.claim_pk
    _built(qtbot, dialog)


def test_changing_an_option_rebuilds_and_keeps_the_sellers_edits(qtbot, window, case) -> None:
    dialog = _open(qtbot, window)
    dialog.text.setPlainText("My own words.")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert not dialog.result_ready() and not dialog.save_button.isEnabled()
    _built(qtbot, dialog)
    assert dialog.built.content.lang == "fr"
    assert dialog.paste_text() == "My own words."  # never wiped by a change of option
    assert not dialog.reset_text_button.isHidden()
    dialog.reset_text()
    assert dialog.paste_text().startswith("Réponse à la réclamation")
    dialog.include_risks.setChecked(False)
    _built(qtbot, dialog)
    assert not dialog.built.content.options.include_risks
    dialog.text_limit.setValue(500)
    _built(qtbot, dialog)
    assert len(dialog.paste_text()) <= 500 and "Shortened to fit" in dialog.shortened.text()


def test_save_pdf_writes_it_and_records_it_on_the_timeline(qtbot, window, case, tmp_path):
    dialog = _open(qtbot, window)
    target = tmp_path / "dossier.pdf"
    dialog.ask_save_path = lambda *_args: str(target)
    assert dialog.save_pdf()
    assert len(PdfReader(target).pages) == dialog.built.pages
    record = next(
        e for e in claim_view(window.workspace, case.claim_pk).events if e.kind == "dossier"
    )
    assert record.details["sha256"] == dialog.built.sha256 and record.details["via"] == "export"
    entries = window.claim_pane.timeline.timeline
    texts = [entries.data(entries.index(row, 0)) for row in range(entries.rowCount())]
    assert any("Dossier" in t and f"{dialog.built.pages} pages" in t for t in texts)
    assert any(
        dialog.built.sha256 in (entries.full_text(entries.event_at(row)))
        for row in range(entries.rowCount())
    )


def test_an_unwritable_file_is_said_and_nothing_recorded(qtbot, window, case, tmp_path):
    dialog = _open(qtbot, window)
    dialog.ask_save_path = lambda *_args: str(tmp_path / "missing" / "d.pdf")
    assert not dialog.save_pdf()
    assert "cannot be written" in dialog.size_warning.text()
    assert not any(e.kind == "dossier" for e in claim_view(window.workspace, case.claim_pk).events)


def _file_printer(output, pages=None):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    printer.setResolution(100)
    if pages is not None:
        printer.setFromTo(*pages)
    return printer


def test_print_renders_the_pages_asked_for_and_records_it(qtbot, window, case, tmp_path):
    dialog = _open(qtbot, window)
    output = tmp_path / "printed.pdf"
    dialog.ask_printer = lambda done: done(_file_printer(output, (2, 4)))
    with qtbot.waitSignal(dialog.print_runner.finished, timeout=BUILD_MS):
        assert dialog.print_pdf()
    printed = PdfReader(output)
    assert len(printed.pages) == 3  # pages 2 to 4, rendered as images at the printer's dpi
    assert all(page.images for page in printed.pages)
    record = next(
        e for e in claim_view(window.workspace, case.claim_pk).events if e.kind == "dossier"
    )
    assert record.details["via"] == "print"
    assert "Sent 3 pages to the printer" in dialog.message.text()


def test_print_to_a_pdf_file_writes_the_dossier_itself(qtbot, window, case, tmp_path):
    dialog = _open(qtbot, window)
    output = tmp_path / "printed.pdf"
    dialog.ask_printer = lambda done: done(_file_printer(output))
    assert dialog.print_pdf()
    assert output.read_bytes() == dialog.built.pdf


def test_print_dossier_opens_the_print_dialog_once_built(qtbot, window, case) -> None:
    asked = []
    dialog = window.dossier_actions.print_dossier()
    dialog.ask_printer = lambda done: asked.append(done)
    _built(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)


def test_the_size_warning_shows_above_the_sellers_limit(qtbot, window, case, monkeypatch):
    monkeypatch.setattr(dossiers, "size_warning_mb", lambda _workspace: 0)
    dialog = _open(qtbot, window)
    assert dialog.size_warning.isVisibleTo(dialog)
    assert "Over the 0 MB you set" in dialog.size_warning.text()


def test_save_exhibits_writes_numbered_files(qtbot, window, case, tmp_path) -> None:
    dialog = _open(qtbot, window)
    dialog.ask_folder = lambda *_args: str(tmp_path)
    written = dialog.save_exhibits()
    assert len(written) == len(dialog.built.exhibits)
    assert sorted(p.name for p in tmp_path.iterdir())[0].startswith("Exhibit 01 - ")


def test_appeal_dossier_takes_the_sellers_words(qtbot, window) -> None:
    made = make_case(window.workspace, decided=True)
    _show(window, made.claim_pk)
    assert window.dossier_actions.appeal_action.isEnabled()
    dialog = _open(qtbot, window, "appeal")
    assert dialog.unfair.isVisibleTo(dialog) and dialog.proposal.isVisibleTo(dialog)
    dialog.unfair.setPlainText("The parcel was signed for by the buyer himself.")
    dialog.proposal.setPlainText("Reverse the decision.")
    qtbot.waitUntil(lambda: not dialog.result_ready(), timeout=2000)
    _built(qtbot, dialog)
    options = dialog.built.content.options
    assert options.kind == "appeal" and options.unfair.startswith("The parcel was signed")
    assert "The parcel was signed for by the buyer himself." in dialog.paste_text()


def test_amazon_pay_offers_the_reply_email(qtbot, window, tmp_path) -> None:
    pk = create_claim(
        window.workspace,
        order_id="S02-1234567-1234567",
        reason="not-received",
        channel="amazon-pay",
        filed_at=NOW - timedelta(hours=3),
        amount=Decimal("42.00"),
        currency="EUR",
    )
    add_event(window.workspace, pk, kind="note", at=NOW - timedelta(hours=1), text="Appel client")
    _show(window, pk)
    dialog = _open(qtbot, window)
    assert dialog.reply_button.isVisibleTo(dialog)
    target = tmp_path / "reply.eml"
    dialog.ask_save_path = lambda *_args: str(target)
    assert dialog.save_reply()
    mail = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert mail["X-Unsent"] == "1"
    assert next(mail.iter_attachments()).get_content() == dialog.built.pdf


def test_closing_while_building_cancels_cleanly(qtbot, window, case) -> None:
    dialog = window.dossier_actions.export_response()
    runner = dialog.runner
    dialog.cancel()
    dialog.close()
    assert runner.pool.activeThreadCount() == 0


def test_export_due_claims_into_a_folder(qtbot, window, tmp_path) -> None:
    add_order(window.workspace, "402-0000001-1234567")
    add_claim(window.workspace, "402-0000001-1234567", due_in=timedelta(hours=5), now=NOW)
    add_order(window.workspace, "402-0000002-1234567")
    add_claim(window.workspace, "402-0000002-1234567", due_in=timedelta(hours=50), now=NOW)
    window.ops.reload()
    actions = window.dossier_actions
    tmp_path = tmp_path / "morning"
    tmp_path.mkdir()
    actions.ask_folder = lambda: str(tmp_path)
    with qtbot.waitSignal(actions.batch.finished, timeout=BUILD_MS):
        assert actions.export_due()
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".pdf", ".txt"]
    assert [e.path.name for e in actions.last_exports] == [
        "Response dossier 402-0000001-1234567.pdf"
    ]
    assert "Wrote 1 dossier into" in window.statusBar().currentMessage()
    actions.dialog.close()


def test_export_due_claims_with_nothing_due_says_so(window) -> None:
    assert not window.dossier_actions.export_due()
    assert "No claim is due" in window.statusBar().currentMessage()


def test_seller_dialog_saves_the_details_and_the_logo(qtbot, window, tmp_path) -> None:
    dialog = window.dossier_actions.edit_seller()
    dialog.name.setText("SAS Dupont")
    dialog.store.setText("Dupont & Fils")
    dialog.address.setPlainText("1 rue X\n75001 Paris")
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    dialog.ask_logo_file = lambda: str(bad)
    assert not dialog.choose_logo()
    assert "logo.png" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    good = tmp_path / "good.jpg"
    good.write_bytes(fx.jpeg())
    dialog.ask_logo_file = lambda: str(good)
    assert dialog.choose_logo()
    dialog.text_limit.setValue(1500)
    dialog.size_warning.setValue(20)
    dialog.accept()
    profile = seller_profile(window.workspace)
    assert (profile.name, profile.store, profile.address) == (
        "SAS Dupont",
        "Dupont & Fils",
        "1 rue X\n75001 Paris",
    )
    assert profile.logo and profile.logo.startswith(b"\x89PNG")
    assert dossiers.text_limit(window.workspace) == 1500
    assert dossiers.size_warning_mb(window.workspace) == 20


def test_french_dialog(qtbot, window, case, french) -> None:
    dialog = _open(qtbot, window)
    assert dialog.windowTitle().startswith("Dossier de réponse")
    assert dialog.save_button.text() == "&Enregistrer le PDF…"
    assert dialog.tabs.tabText(1) == "&Texte pour Amazon"
    assert "caractères" in dialog.count.text()
