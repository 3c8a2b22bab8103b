"""Claims and orders know each other: deleting a claim (Delete key, confirmation, undo), an
order's claims in its pane, the claims list filtered to one order, a second claim on an order,
and a mail about another order dropped on a claim."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from atoz_desktop.core.services.claims import add_event, claim_view, list_claims
from atoz_desktop.core.services.evidence import add_evidence_bytes, list_evidence
from atoz_desktop.gui.claims.undo_commands import AddEvent
from atoz_desktop.gui.main_window import MainWindow
from tests import fixtures_evidence as fx
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"
OTHER = "402-0000002-7654321"


@pytest.fixture
def window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.import_actions.importer.wait()


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _button(box: QMessageBox, text: str):
    (button,) = [b for b in box.buttons() if b.text() == text]
    return button


# Deleting a claim -------------------------------------------------------------------------------


def test_delete_key_asks_then_deletes_the_claim_and_ctrl_z_puts_it_back(
    qtbot, window, workspace
) -> None:
    first = add_claim(workspace, ORDER, due_in=timedelta(hours=5))
    second = add_claim(workspace, OTHER, due_in=timedelta(hours=30))
    add_event(workspace, first, kind="note", at=NOW, text="appelé le transporteur")
    add_evidence_bytes(workspace, first, fx.png(), "colis.png")
    window.workspace_changed.emit()
    window.show_view("all")
    view = window.claims_view
    _click_row(qtbot, view, 0)
    assert window.shown_claim().pk == first
    view.setFocus()

    QTest.keyClick(view, Qt.Key.Key_Delete)
    box = window.claim_actions.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == f"Delete the claim on order {ORDER}?"
    assert "(1 entry)" in box.informativeText() and "(1 file)" in box.informativeText()
    QTest.mouseClick(_button(box, "Cancel"), Qt.MouseButton.LeftButton)
    assert [r.pk for r in list_claims(workspace)] == [first, second]

    QTest.keyClick(view, Qt.Key.Key_Delete)
    box = window.claim_actions.dialog
    QTest.mouseClick(_button(box, "Delete Claim"), Qt.MouseButton.LeftButton)
    assert [r.pk for r in list_claims(workspace)] == [second]
    assert window.shown_claim().pk == second  # the next claim takes its place
    assert "deleted" in window.statusBar().currentMessage()

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.pk for r in list_claims(workspace)] == [first, second]
    assert [e.text for e in claim_view(workspace, first, now=NOW).events] == [
        "appelé le transporteur"
    ]
    (item,) = list_evidence(workspace, first)
    assert item.file_name == "colis.png"


def test_claims_menu_deletes_only_a_shown_claim(qtbot, window, workspace) -> None:
    action = window.claim_actions.delete_claim_action
    assert action.text() == "De&lete Claim…" and action.shortcut().toString() == "Del"
    assert action in window.claims_view.actions()
    window.show_view("orders")
    assert not action.isEnabled()
    assert window.claim_actions.delete_claim() is None


def test_undo_after_the_deleted_ids_were_reused_leaves_other_claims_alone(
    qtbot, window, workspace
) -> None:
    """Issue 8: undo re-inserted the old event ids and failed once SQLite had reused them;
    and an older command of the history must then act on the restored claim's new ids."""
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=5))
    window.workspace_changed.emit()
    undo = window.claim_actions.undo
    assert undo.run(AddEvent(workspace, pk, kind="note", at=NOW, text="mine"))
    window.open_claim(pk)
    assert window.claim_actions._delete_claim(pk, ORDER)
    # Meanwhile (a drop, another window) another claim's rows take the freed ids.
    other = add_claim(workspace, OTHER, due_in=timedelta(hours=30))
    theirs = add_event(workspace, other, kind="note", at=NOW, text="theirs")

    window.claim_actions.undo_action.trigger()  # the claim comes back
    restored = [r.pk for r in list_claims(workspace) if r.order_id == ORDER]
    assert len(restored) == 1
    assert [e.text for e in claim_view(workspace, restored[0], now=NOW).events] == ["mine"]
    window.claim_actions.undo_action.trigger()  # the note added before the deletion goes
    assert claim_view(workspace, restored[0], now=NOW).events == ()
    assert [(e.pk, e.text) for e in claim_view(workspace, other, now=NOW).events] == [
        (theirs, "theirs")
    ]
    window.claim_actions.redo_action.trigger()
    window.claim_actions.redo_action.trigger()  # deleted again
    assert [r.pk for r in list_claims(workspace)] == [other]
