"""Small things that cost minutes every day (issue 9, point 7): Ctrl+Z from the search box,
Tab into the detail pane, the event actions' keys in the menu, a status bar that says what
each change and each undo did."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from atoz_desktop.core.services.claims import add_event
from atoz_desktop.core.storage.models import Order
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"


@pytest.fixture
def claim_pk(window, workspace) -> int:
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(workspace, pk, kind="note", at=NOW - timedelta(hours=2), author="seller",
              text="Called the carrier.")  # fmt: skip
    window.ops.reload()
    window.open_claim(pk)
    return pk


def _kinds(window: MainWindow) -> list[str]:
    claim = window.shown_claim()
    assert claim is not None
    return [e.kind for e in claim.events]


def test_ctrl_z_in_the_search_box_undoes_the_last_change(qtbot, window, claim_pk) -> None:
    timeline = window.claim_pane.timeline
    kinds = [getattr(timeline.timeline.event_at(r), "kind", None)
             for r in range(timeline.model().rowCount())]  # fmt: skip
    row = kinds.index("note")
    timeline.setCurrentIndex(timeline.model().index(row, 0))
    window.claim_actions.delete_event()
    assert "note" not in _kinds(window)

    window.list_search.focus()
    qtbot.keyClicks(window.search, "40")
    assert QApplication.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "note" in _kinds(window)  # the deletion was undone, not the typing
    assert window.statusBar().currentMessage() == "Undone: Delete “Note”"
    qtbot.keyClick(
        window.search,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "note" not in _kinds(window)
    assert window.statusBar().currentMessage() == "Redone: Delete “Note”"


def test_each_change_says_what_it_did_and_an_undo_replaces_the_stale_message(
    window, claim_pk
) -> None:
    window.claim_actions.change_status("under-review")
    message = window.statusBar().currentMessage()
    assert message.startswith("Done: Status “")
    assert "Ctrl+Z undoes it" in message
    window.claim_actions.undo.stack.undo()
    assert window.statusBar().currentMessage().startswith("Undone: Status “")


def test_tab_from_the_list_reaches_the_claim_pane(qtbot, window, claim_pk) -> None:
    window.claims_view.setFocus()
    pane = window.claim_pane
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None and pane.isAncestorOf(focused):
            break
    else:
        pytest.fail("Tab never reached the claim pane")


def test_edit_and_delete_event_show_their_keys_and_leave_the_lists_theirs(window, claim_pk):
    actions = window.claim_actions
    assert actions.edit_event_action.shortcut().toString() == "Return"
    assert actions.delete_event_action.shortcut().toString() == "Del"
    for action in (actions.edit_event_action, actions.delete_event_action):
        # Scoped to the menu: the key pressed in a list or the evidence strip stays theirs.
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut


def test_a_merchant_order_is_never_told_to_import_the_fba_report(window, workspace) -> None:
    add_order(workspace, ORDER)  # fulfilled by the merchant
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    advice = window.order_pane.no_shipments
    assert advice.isVisibleTo(window.order_pane)
    assert "FBA" not in advice.text()
    assert "You shipped this order" in advice.text()


def test_an_amazon_fulfilled_order_is_pointed_at_the_fba_report(window, workspace) -> None:
    add_order(workspace, ORDER)
    with workspace.session() as session:
        session.query(Order).filter_by(order_id=ORDER).one().fulfillment_channel = "Amazon"
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    assert "FBA Amazon Fulfilled Shipments report" in window.order_pane.no_shipments.text()


def test_a_one_line_import_error_gets_a_box_sized_to_its_words(qtbot, window, tmp_path) -> None:
    wrong = tmp_path / "holiday.txt"
    wrong.write_text("Bonjour, ceci n'est pas un rapport.\n", encoding="utf-8")
    imports = window.import_actions
    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        imports.start_import([str(wrong)])
    dialog = imports.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert "holiday.txt" in dialog.message.text()
    assert dialog.table.isHidden()
    assert dialog.height() < 250 and dialog.width() < 700  # not the 760×420 of a row table


def test_a_search_never_leaves_the_order_pane_blank(qtbot, window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567", buyer="Alice Martin")
    add_order(workspace, "402-0000002-1234567", buyer="Bruno Petit")
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    first = window.order_pane.detail
    assert first is not None
    # Still matching: the order shown stays shown.
    window.search.setText(first.order_id[-7:])
    window.list_search.apply()
    assert window.order_pane.detail is not None
    assert window.order_pane.detail.order_id == first.order_id
    assert window.detail_stack.currentWidget() is window.order_pane
    # No longer matching: the first match is shown, not an empty pane.
    other = "Bruno" if first.buyer != "Bruno Petit" else "Alice"
    window.search.setText(other)
    window.list_search.apply()
    assert window.detail_stack.currentWidget() is window.order_pane
    assert window.order_pane.detail is not None and other in (window.order_pane.detail.buyer or "")


def test_about_names_the_workspace_file_and_the_log_folder_and_opens_them(
    window, workspace, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "atoz_desktop.gui.help.about.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    box = window.show_about()
    text = box.text()
    assert f"Workspace: {workspace.location}" in text and "sqlite://" not in text
    assert "Log folder: " in text
    buttons = {b.text(): b for b in box.buttons()}
    if workspace.is_sqlite:
        buttons["Open &Workspace Folder"].click()
    else:  # a server's database has no folder to open; its URL is shown without a password
        assert "Open &Workspace Folder" not in buttons
        assert make_url(workspace.url).render_as_string() in text
    buttons["Open &Log Folder"].click()
    assert box.isVisible()  # the folder buttons leave the box open
    folders = [str(Path(workspace.location).parent)] if workspace.is_sqlite else []
    assert opened == [*folders, os.environ["ATOZ_LOG_DIR"]]
    box.close()
