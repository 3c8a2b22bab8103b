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
    window.ops.reload()
    window.show_view("all")
    view = window.claims_view
    _click_row(qtbot, view, 0)
    assert window.shown_claim().pk == first
    view.setFocus()

    QTest.keyClick(view, Qt.Key.Key_Delete)
    box = window.claim_actions.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith(f"Delete the claim on order {ORDER}?\n\n")
    assert "(1 entry)" in box.text() and "(1 file)" in box.text()
    QTest.mouseClick(_button(box, "Cancel"), Qt.MouseButton.LeftButton)
    assert [r.pk for r in list_claims(workspace)] == [first, second]

    QTest.keyClick(view, Qt.Key.Key_Delete)
    box = window.claim_actions.dialog
    QTest.mouseClick(_button(box, "Delete Claim"), Qt.MouseButton.LeftButton)
    assert [r.pk for r in list_claims(workspace)] == [second]
    assert window.shown_claim().pk == second  # the next claim takes its place
    assert "deleted" in window.statusBar().currentMessage()

    # The deletion ran on the writer lane while its question closed; offscreen there is no
    # window manager to give the window back its focus then, as a desktop does.
    with qtbot.waitActive(window):
        window.activateWindow()
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
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut  # the list's own key
    window.show_view("orders")
    assert not action.isEnabled()
    assert window.claim_actions.delete_claim() is None


def test_undo_after_the_deleted_ids_were_reused_leaves_other_claims_alone(
    qtbot, window, workspace
) -> None:
    """Issue 8: undo re-inserted the old event ids and failed once SQLite had reused them;
    and an older command of the history must then act on the restored claim's new ids."""
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=5))
    window.ops.reload()
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


# The order pane and the claims list ------------------------------------------------------------


def _show_order(qtbot, window, order_id: str) -> None:
    window.show_view("orders")
    row = next(r for r in range(window.orders_model.rowCount())
               if window.orders_model.row_data(r).order_id == order_id)  # fmt: skip
    _click_row(qtbot, window.orders_view, row)
    assert window.order_pane.detail.order_id == order_id


def test_the_order_pane_lists_its_claims_and_a_click_opens_one(qtbot, window, workspace) -> None:
    add_order(workspace, ORDER)
    add_order(workspace, OTHER)
    old = add_claim(workspace, ORDER, due_in=timedelta(hours=-200),
                    status="closed-seller-refund")  # fmt: skip
    new = add_claim(workspace, ORDER, due_in=timedelta(hours=20))
    add_claim(workspace, OTHER, due_in=timedelta(hours=2))
    window.ops.reload()
    _show_order(qtbot, window, ORDER)
    claims = window.order_pane.claims
    buttons = claims.links()
    statuses = [b.text().split(" · ")[0] for b in buttons]
    assert statuses == ["Action required", "Closed, seller refunded"]
    assert buttons[0].text().endswith(" · 20 h 0 min left")
    assert claims.show_all_button.isVisible() and not claims.none_label.isVisible()
    assert claims.minimumSizeHint().width() < 300  # long lines wrap in a narrow pane

    QTest.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.shown_claim().pk == old
    assert window.current_view() == "all"
    _show_order(qtbot, window, ORDER)
    link = window.order_pane.claims.links()[0]
    link.setFocus()
    QTest.keyClick(link, Qt.Key.Key_Return)  # the keyboard opens it too
    assert window.shown_claim().pk == new


def test_an_order_without_claims_says_so(qtbot, window, workspace) -> None:
    add_order(workspace, ORDER)
    window.ops.reload()
    _show_order(qtbot, window, ORDER)
    claims = window.order_pane.claims
    assert claims.links() == [] and claims.none_label.isVisible()
    assert claims.none_label.text() == "No claim on this order."
    assert not claims.show_all_button.isVisible()


def test_show_in_claims_list_filters_to_the_order_until_the_chip_is_removed(
    qtbot, window, workspace
) -> None:
    add_order(workspace, ORDER)
    mine = [add_claim(workspace, ORDER, due_in=timedelta(hours=h)) for h in (5, 50)]
    closed = add_claim(workspace, ORDER, due_in=timedelta(hours=-300), status="denied")
    others = add_claim(workspace, OTHER, due_in=timedelta(hours=1))
    window.ops.reload()
    window.show_view("all")
    window.search.setText("Müller")
    window.list_search.apply()
    _show_order(qtbot, window, ORDER)
    QTest.mouseClick(window.order_pane.claims.show_all_button, Qt.MouseButton.LeftButton)

    model, chip = window.claims_model, window.order_filter_chip
    assert window.current_view() == "all" and model.order_filter == ORDER
    assert [model.pk_at(r) for r in range(model.rowCount())] == [*mine, closed]
    assert chip.isVisible() and chip.label.text() == f"Claims on order {ORDER}"
    assert window.statusBar().currentMessage() == f"3 claims on order {ORDER}"
    assert window.search.text() == ""
    # The other views and sorting keep the filter; the orders list hides the chip.
    window.sidebar.select_view("action-required")
    window.show_view("action-required")
    assert [model.pk_at(r) for r in range(model.rowCount())] == mine
    window.claims_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert sorted(model.pk_at(r) for r in range(model.rowCount())) == mine
    window.show_view("orders")
    assert not chip.isVisible()
    window.show_view("all")
    assert chip.isVisible()
    _click_row(qtbot, window.claims_view, 1)
    shown = window.shown_claim().pk

    QTest.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert model.order_filter is None and not chip.isVisible()
    assert model.rowCount() == 4 and others in [model.pk_at(r) for r in range(4)]
    assert window.shown_claim().pk == shown  # still the one the seller was looking at


def test_opening_a_claim_on_another_order_takes_the_filter_off(qtbot, window, workspace) -> None:
    add_claim(workspace, ORDER, due_in=timedelta(hours=5))
    other = add_claim(workspace, OTHER, due_in=timedelta(hours=9))
    window.ops.reload()
    window.order_links.show_claims_of_order(ORDER)
    assert window.claims_model.rowCount() == 1
    window.claims_view.setFocus()
    QTest.keyClick(window.order_filter_chip, Qt.Key.Key_Escape)
    assert window.claims_model.order_filter is None
    window.order_links.show_claims_of_order(ORDER)
    window.open_claim(other)  # from the due banner, say
    assert window.shown_claim().pk == other
    assert window.claims_model.order_filter is None and not window.order_filter_chip.isVisible()


def test_an_empty_filtered_view_says_which_order(window, workspace) -> None:
    add_claim(workspace, ORDER, due_in=timedelta(hours=-300), status="denied")
    window.ops.reload()
    window.order_links.show_claims_of_order(ORDER)
    window.show_view("action-required")
    assert window.claims_view.empty_text() == f"No claim in this view is on order {ORDER}."


# A second claim on one order ------------------------------------------------------------------


def test_new_claim_on_an_order_with_an_open_claim_offers_to_open_that_one(
    qtbot, window, workspace
) -> None:
    add_order(workspace, ORDER)
    add_order(workspace, OTHER)
    existing = add_claim(workspace, ORDER, due_in=timedelta(hours=20))
    window.ops.reload()
    _show_order(qtbot, window, ORDER)
    QTest.mouseClick(window.order_pane.new_claim_button, Qt.MouseButton.LeftButton)
    dialog = window.claim_actions.dialog
    notice = dialog.existing
    assert notice.isVisible()
    assert notice.label.text().startswith(
        f"Order {ORDER} already has an open claim: Item not received, Action required"
    )
    assert notice.label.text().endswith("Deadline: 20 h 0 min left.")
    assert dialog.ok_button.text() == "Open Another Claim"
    # Another order: no notice; back: the notice again.
    dialog.order_id.setText(OTHER)
    assert not notice.isVisible() and dialog.ok_button.text() == "Open Claim"
    dialog.order_id.setText(ORDER)
    assert notice.isVisible()

    QTest.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.shown_claim().pk == existing
    assert len(list_claims(workspace)) == 1


def test_a_decided_claim_does_not_stop_a_new_one_and_another_can_still_be_opened(
    qtbot, window, workspace
) -> None:
    add_order(workspace, ORDER)
    add_claim(workspace, ORDER, due_in=timedelta(hours=-300), status="denied")
    window.ops.reload()
    dialog = window.claim_actions.new_claim(ORDER)
    assert not dialog.existing.isVisible() and dialog.ok_button.text() == "Open Claim"
    add_claim(workspace, ORDER, due_in=timedelta(hours=20))
    dialog.order_id.setText("")
    dialog.order_id.setText(ORDER)
    assert dialog.existing.isVisible()
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the seller means it
    assert len(list_claims(workspace, order_id=ORDER)) == 3


# A mail about another order -------------------------------------------------------------------


def _drop_on(widget, paths) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(*args))
    _drop_on.keep = mime  # type: ignore[attr-defined]  # the events point at it


def _mails(tmp_path):
    other = tmp_path / "autre commande.eml"
    other.write_bytes(fx.eml(subject="Commande 171-9999999-1111111", message_id="<a@x>",
                             date=NOW - timedelta(days=1)))  # fmt: skip
    photo = tmp_path / "colis.png"
    photo.write_bytes(fx.png())
    return other, photo


def _dropped(qtbot, window, claim_pk, paths):
    actions = window.evidence_actions
    actions.last_result = None
    _drop_on(window.claim_pane, paths)
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None,
                    timeout=15000)  # fmt: skip
    return actions.last_result


@pytest.fixture
def claim_pk(window, workspace) -> int:
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.open_claim(pk)
    yield pk
    window.evidence_actions.runner.wait()
    window.evidence_actions.receipts.reader.wait()
    window.evidence_actions.loader.wait()


def _messages(workspace, pk):
    return [e for e in claim_view(workspace, pk, now=NOW).events if e.kind.startswith("message")]


def test_a_dropped_mail_about_another_order_is_attached_only_when_the_seller_says_so(
    qtbot, window, workspace, claim_pk, tmp_path
) -> None:
    other, photo = _mails(tmp_path)
    result = _dropped(qtbot, window, claim_pk, [other, photo])
    assert len(result.files.added) == 1 and len(result.held) == 1  # the photo went in
    assert _messages(workspace, claim_pk) == []
    box = window.evidence_actions.held_question
    assert box.isVisible()
    assert box.text().startswith(
        f"“autre commande.eml” is about order 171-9999999-1111111, not this claim's order "
        f"{ORDER}."
    )
    assert box.defaultButton() is box.skip_button  # Enter does not attach it by mistake
    window.evidence_actions.last_result = None
    QTest.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    actions = window.evidence_actions
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None,
                    timeout=15000)  # fmt: skip
    (message,) = _messages(workspace, claim_pk)
    assert message.text.startswith("Commande 171-9999999-1111111")


def test_dont_attach_leaves_the_mail_out(qtbot, window, workspace, claim_pk, tmp_path) -> None:
    other, _photo = _mails(tmp_path)
    _dropped(qtbot, window, claim_pk, [other])
    box = window.evidence_actions.held_question
    QTest.mouseClick(box.skip_button, Qt.MouseButton.LeftButton)
    assert not window.evidence_actions.runner.running
    assert _messages(workspace, claim_pk) == []
    assert window.statusBar().currentMessage() == (
        "The e-mail about another order was not attached."
    )
    # A mail about the claim's own order is never asked about.
    mine = tmp_path / "mienne.eml"
    mine.write_bytes(fx.eml(subject=f"Re: commande {ORDER}", message_id="<b@x>",
                            date=NOW - timedelta(days=1)))  # fmt: skip
    window.evidence_actions.held_question = None
    result = _dropped(qtbot, window, claim_pk, [mine])
    assert result.held == () and window.evidence_actions.held_question is None
    assert len(_messages(workspace, claim_pk)) == 1


def test_the_order_pane_and_the_questions_speak_french(qtbot, french, workspace, settings,
                                                        tmp_path) -> None:  # fmt: skip
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=20))
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    win.show_order_id(ORDER)
    claims = win.order_pane.claims
    (link,) = claims.links()
    assert link.text() == ("Action requise · Article non reçu · 39,90\u00a0€ · déposée le "
                           "18/11/2026 · encore 20 h 0 min")  # fmt: skip
    assert claims.show_all_button.text() == "Afficher dans la liste des réclamations"
    win.order_links.show_claims_of_order(ORDER)
    assert win.order_filter_chip.label.text() == f"Réclamations sur la commande {ORDER}"
    assert win.statusBar().currentMessage() == f"1 réclamation sur la commande {ORDER}"
    win.open_claim(pk)
    box = win.claim_actions.delete_claim()
    assert box.text().startswith(f"Supprimer la réclamation sur la commande {ORDER}\u00a0?")
    assert "Sa chronologie (aucune entrée) et ses preuves (aucun fichier)" in box.text()
    box.close()
    dialog = win.claim_actions.new_claim(ORDER)
    assert dialog.existing.open_button.text() == "Ouvrir cette réclamation"
    assert dialog.ok_button.text() == "Ouvrir une autre réclamation"
    dialog.close()


def test_a_message_recorded_before_the_deletion_is_undone_on_the_restored_claim(
    qtbot, window, workspace
) -> None:
    from atoz_desktop.gui.claims.undo_commands import RecordMessage

    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=5))
    window.ops.reload()
    undo = window.claim_actions.undo
    assert undo.run(RecordMessage(workspace, pk, at=NOW, text="bonjour", offer_kind="refund"))
    window.open_claim(pk)
    assert window.claim_actions._delete_claim(pk, ORDER)
    other = add_claim(workspace, OTHER, due_in=timedelta(hours=30))
    theirs = [add_event(workspace, other, kind="note", at=NOW, text=f"t{n}") for n in range(2)]
    window.claim_actions.undo_action.trigger()
    window.claim_actions.undo_action.trigger()
    (restored,) = [r.pk for r in list_claims(workspace) if r.order_id == ORDER]
    assert claim_view(workspace, restored, now=NOW).events == ()
    assert [e.pk for e in claim_view(workspace, other, now=NOW).events] == theirs
