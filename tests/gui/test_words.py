"""Words as a French or English seller reads them: authors, who fulfils an order, carrier
names, plural forms, Qt's own dialogs, times in the workspace's time zone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale
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


def test_times_show_in_the_workspace_zone_without_seconds(qtbot, workspace, settings) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from atoz_desktop.core.services.policies import set_workspace_timezone
    from atoz_desktop.gui.common.formatting import format_datetime, from_qdatetime

    set_workspace_timezone(workspace, "America/New_York")
    add_order(workspace, ORDER, purchased=NOW + timedelta(seconds=37))  # 09:00:37 UTC
    win = _window(qtbot, workspace, settings)
    win.sidebar.select_view("orders")
    win.select_row(0)
    assert win.order_pane.purchased.text() == "20/11/2026 04:00"  # New York, no seconds
    column = [c.key for c in win.orders_model.columns].index("purchase_date")
    assert win.orders_model.index(0, column).data() == "20/11/2026 04:00"

    dialog = win.claim_actions.new_claim(ORDER)
    assert "ss" not in dialog.filed.displayFormat()
    dialog.set_filed(NOW + timedelta(seconds=37))
    assert dialog.filed.text() == "20/11/2026 04:00"
    assert dialog.filed.value() == NOW + timedelta(seconds=37)  # left alone: exact
    dialog.filed.setDateTime(dialog.filed.dateTime().addSecs(3600))
    assert dialog.filed.value() == NOW + timedelta(hours=1)  # edited: the minute shown
    assert from_qdatetime(dialog.filed.dateTime()).tzinfo == ZoneInfo("America/New_York")
    dialog.reject()

    set_workspace_timezone(workspace, "Asia/Tokyo")  # Settings › Deadline Rules, then:
    win.ops.reload()
    assert win.order_pane.purchased.text() == "20/11/2026 18:00"
    assert format_datetime(NOW) == "20/11/2026 18:00"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_import_summary_counts_with_plural_forms(qtbot, request, workspace, settings, lang):
    if lang == "fr":
        request.getfixturevalue("french")
    win = _window(qtbot, workspace, settings)
    many = QLocale().toString(1204)
    summary = SimpleNamespace(
        orders=1204, orders_updated=1, files=["All Orders.txt"], skipped=[1], warnings=[1, 2]
    )
    text = win.import_actions.summary_message(summary)
    expected = {
        "en": f"Imported {many} orders (1 updated) from All Orders.txt; 1 bad row skipped; "
        "2 warnings",
        "fr": f"{many} commandes importées (1 mise à jour) depuis All Orders.txt ; 1 ligne "
        "erronée ignorée ; 2 avertissements",
    }[lang]
    assert text == expected
    summary = SimpleNamespace(
        orders=1, orders_updated=0, files=["a.txt"], skipped=[1, 2], warnings=[1]
    )
    text = win.import_actions.summary_message(summary)
    expected = {
        "en": "Imported 1 order (0 updated) from a.txt; 2 bad rows skipped; 1 warning",
        "fr": "1 commande importée (0 mise à jour) depuis a.txt ; 2 lignes erronées ignorées ; "
        "1 avertissement",
    }[lang]
    assert text == expected


def test_no_hand_made_plurals_left_in_the_gui() -> None:
    """Every count goes through Qt's %n forms: no '(s)' shown as written, no 'if n == 1'."""
    import re
    from pathlib import Path

    import atoz_desktop.gui

    root = Path(atoz_desktop.gui.__file__).parent
    bare = re.compile(r"""tr\(\s*(["'])((?:(?!\1).)*\(s\)(?:(?!\1).)*)\1\s*\)""")
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not bare.search(source), (path, bare.search(source))
        assert "count_text(" not in source, path
        assert not re.search(r"""tr\(\s*["']1 \w""", source), path  # a singular spelt out
