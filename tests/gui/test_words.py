"""Words as a French or English seller reads them: authors, who fulfils an order, carrier
names, plural forms, Qt's own dialogs, times in the workspace's time zone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_order
from tests.gui.test_fit import ORDER, _claims


def _window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_timeline_and_event_dialog_say_authors_in_french(qtbot, french, workspace, settings):
    from atoz_desktop.core.services.claims import add_event

    pk = _claims(workspace, 1)[0]
    add_event(workspace, pk, kind="message-in", at=NOW, text="Bonjour", author="buyer")
    add_event(workspace, pk, kind="message-out", at=NOW, text="Bonjour", author="seller")
    win = _window(qtbot, workspace, settings)
    win.open_claim(pk)
    model = win.claim_pane.timeline.model()
    headings = [model.index(row, 0).data().split("\n")[0] for row in range(model.rowCount())]
    assert any(h.endswith("· Acheteur") for h in headings), headings
    assert any(h.endswith("· Vendeur") for h in headings), headings
    assert not any("buyer" in h or "seller" in h for h in headings)

    dialog = win.claim_actions.add_event()
    authors = [dialog.author.itemText(i) for i in range(dialog.author.count())]
    assert authors == ["Acheteur", "Vendeur", "Amazon"]
    dialog.set_kind("message-in")
    assert dialog.author.currentText() == "Acheteur"
    dialog.set_kind("amazon-notice")
    assert dialog.author.currentText() == "Amazon"
    dialog.set_kind("message-out")
    dialog.text.setPlainText("Voici le suivi.")
    dialog.accept()
    stored = [e.author for e in win.shown_claim().events if e.text == "Voici le suivi."]
    assert stored == ["seller"]  # stored as the key, shown in the reader's language


def test_fulfilment_and_carrier_codes_read_as_words(qtbot, french, workspace, settings) -> None:
    from atoz_desktop.core.storage.models import Order, Shipment

    add_order(workspace, ORDER)  # fulfilled by the seller ("Merchant")
    with workspace.session() as session:
        order = session.query(Order).filter_by(order_id=ORDER).one()
        order.shipments.append(Shipment(carrier="AMZN_IT", tracking_number="IT2244144729"))
    win = _window(qtbot, workspace, settings)
    win.sidebar.select_view("orders")
    win.select_row(0)
    assert win.order_pane.fulfillment.text() == "Vendeur"
    column = [c.key for c in win.orders_model.columns].index("fulfillment")
    assert win.orders_model.index(0, column).data() == "Vendeur"
    texts = [label.text() for label in win.order_pane.findChildren(QLabel)]
    assert "Amazon Logistics (Italie) IT2244144729" in texts
    assert not any("AMZN_IT" in text for text in texts)


def test_qt_own_buttons_are_in_french(qtbot, french) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    assert box.button(QMessageBox.StandardButton.Save).text() == "Enregistrer"
    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert (
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    )
