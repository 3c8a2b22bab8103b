"""Claims in the window: opening one, its timeline with undo, status, policies,
the due banner and order-line coverage. The clock is fixed at NOW throughout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence

from atoz_desktop.core.rules.status import allowed_moves
from atoz_desktop.core.services.claims import EventView, add_event, claim_view
from atoz_desktop.gui.claims.detail_pane import OVERDUE_COLOUR, SOON_COLOUR
from atoz_desktop.gui.claims.findings_list import SEVERITY_COLOURS
from atoz_desktop.gui.claims.timeline import TimelineModel
from atoz_desktop.gui.common.formatting import to_qdatetime
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"


@pytest.fixture
def window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.import_actions.importer.wait()


def _open(window: MainWindow, claim_pk: int) -> None:
    window.ops.reload()
    window.open_claim(claim_pk)
    assert window.shown_claim() is not None and window.shown_claim().pk == claim_pk


def _kinds(window: MainWindow) -> list[str]:
    claim = window.shown_claim()
    assert claim is not None
    return [e.kind for e in claim.events]


def test_new_claim_dialog_opens_a_claim_and_selects_it(window, workspace) -> None:
    add_order(workspace, ORDER, total="39.90")
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    dialog = window.claim_actions.new_claim()
    assert dialog.order_id.text() == ORDER
    assert not dialog.form.isRowVisible(dialog.purchase_label)  # the order has its own date
    assert dialog.amount.text() == "39.90"
    assert dialog.buyer.text() == "Élodie Marchand" and not dialog.buyer.isEnabled()
    dialog.set_reason("damaged-defective")
    dialog.set_filed(NOW - timedelta(hours=1))
    dialog.accept()
    assert not dialog.isVisible()
    claim = window.shown_claim()
    assert claim is not None and claim.order_id == ORDER
    assert claim.reason == "damaged-defective" and claim.amount == Decimal("39.90")
    assert claim.response_due == NOW - timedelta(hours=1) + timedelta(hours=72)
    assert window.current_list() is window.claims_view
    assert window.sidebar.count_of("all") == 1
    # Opening the claim is undoable like any other change, and redone with the same id.
    stack = window.claim_actions.undo.stack
    stack.undo()
    assert window.sidebar.count_of("all") == 0
    assert window.shown_claim() is None
    stack.redo()
    assert window.sidebar.count_of("all") == 1
    window.open_claim(claim.pk)
    assert window.shown_claim() == claim


def test_new_claim_on_an_order_never_imported_needs_amount(window) -> None:
    dialog = window.claim_actions.new_claim("S02-1111111-2222222")
    dialog.set_channel("amazon-pay")
    dialog.set_filed(NOW)
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "amount" in dialog.error.text()
    dialog.amount.setText("12.50")
    dialog.buyer.setText("Anne Dupont")
    dialog.currency.setCurrentText("EUR")
    assert dialog.form.isRowVisible(dialog.purchase_label)
    dialog.has_purchase_date.setChecked(True)
    dialog.purchase_date.setDateTime(to_qdatetime(NOW - timedelta(days=12)))
    dialog.accept()
    assert not dialog.isVisible()
    claim = window.shown_claim()
    assert claim is not None and claim.channel == "amazon-pay"
    assert claim.amount == Decimal("12.50") and claim.buyer == "Anne Dupont"
    assert claim.response_due == NOW + timedelta(days=7)
    assert claim.purchase_date == NOW - timedelta(days=12)


def test_add_event_shows_buyer_markup_literally_and_undoes(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    dialog = window.claim_actions.add_event()
    dialog.set_kind("message-in")
    dialog.text.setPlainText("<b>Where is my parcel?</b> " + "x" * 300)
    dialog.accept()
    assert _kinds(window) == ["message-in"]
    model = window.claim_pane.timeline.model()
    row = model.rowCount() - 1
    text = model.index(row, 0).data()
    assert "<b>Where is my parcel?</b>" in text and text.endswith("…")
    model.toggle_expanded(row)
    assert model.index(row, 0).data().endswith("x" * 300)

    actions = window.claim_actions
    assert actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo_action.shortcuts()
    actions.undo_action.trigger()
    assert _kinds(window) == []
    actions.redo_action.trigger()
    assert _kinds(window) == ["message-in"]
    assert window.shown_claim().events[0].text.startswith("<b>Where")


def test_edit_event_and_undo(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(workspace, pk, kind="note", at=NOW, text="first", author="seller")
    _open(window, pk)
    event = window.shown_claim().events[0]
    dialog = window.claim_actions.edit_event(event)
    assert dialog.text.toPlainText() == "first"
    dialog.set_kind("offer")
    dialog.amount.setText("10.00")
    dialog.accept()
    edited = window.shown_claim().events[0]
    assert (edited.kind, edited.amount, edited.details) == (
        "offer", Decimal("10.00"), {"offer_kind": "refund"},
    )  # fmt: skip
    window.claim_actions.undo.stack.undo()
    assert window.shown_claim().events[0].text == "first"
    assert window.shown_claim().events[0].kind == "note"


def test_delete_key_removes_an_event_and_undo_restores_it(qtbot, window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(workspace, pk, kind="note", at=NOW, text="keep me", author="seller")
    _open(window, pk)
    timeline = window.claim_pane.timeline
    timeline.setCurrentIndex(timeline.model().index(0, 0))
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert _kinds(window) == []
    window.claim_actions.undo_action.trigger()
    assert [e.text for e in window.shown_claim().events] == ["keep me"]


def test_status_menu_offers_only_legal_moves_and_undoes(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    pane = window.claim_pane
    assert pane.offered_moves() == list(allowed_moves("action-required"))
    assert "appeal-filed" not in pane.offered_moves()
    action = next(a for a in pane.status_menu.actions() if a.data() == "under-review")
    action.trigger()
    claim = window.shown_claim()
    assert claim.status == "under-review" and pane.status_chip.text() == "Under review"
    assert "status-change" in _kinds(window)
    assert "under-review" not in pane.offered_moves()
    window.claim_actions.undo_action.trigger()
    assert window.shown_claim().status == "action-required"
    assert _kinds(window) == []


def test_a_final_status_offers_no_move(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30), status="denied")
    _open(window, pk)
    assert window.claim_pane.offered_moves() == []
    assert not window.claim_pane.status_button.isEnabled()


@pytest.mark.parametrize(
    ("due_in", "level", "colour"),
    [
        (timedelta(days=2), "ok", None),
        (timedelta(hours=23, minutes=59), "soon", SOON_COLOUR),
        (timedelta(hours=-2), "overdue", OVERDUE_COLOUR),
    ],
)
def test_header_countdown_colours(window, workspace, due_in, level, colour) -> None:
    pk = add_claim(workspace, ORDER, due_in=due_in)
    _open(window, pk)
    pane = window.claim_pane
    assert pane.deadline_level == level
    assert not pane.deadline.isHidden()
    if colour is None:
        assert pane.deadline.styleSheet() == ""
    else:
        assert colour in pane.deadline.styleSheet()
    if level == "overdue":
        assert "overdue by 2 h" in pane.deadline.text()


def test_findings_show_their_severity(window, workspace) -> None:
    add_order(workspace, ORDER)  # seller-fulfilled, no tracking
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    rows = window.claim_pane.findings.rows
    by_code = {r.finding.code: r for r in rows}
    assert "no-tracking" in by_code
    row = by_code["no-tracking"]
    assert row.finding.severity == "risk"
    assert SEVERITY_COLOURS["risk"] in row.marker.styleSheet()
    assert row.text.textFormat() == Qt.TextFormat.PlainText
    assert rows[0].finding.severity == "risk"  # risks first


def test_policies_dialog_saves_a_version_new_claims_use(window, workspace) -> None:
    old = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    dialog = window.claim_actions.edit_policies()
    edit = dialog.edit("marketplace", "response_deadline")
    assert (edit.amount.value(), edit.unit.currentData()) == (72, "hours")
    assert dialog.edit("amazon-pay", "appeal_window").duration() is None
    edit.amount.setValue(48)
    dialog.accept()
    assert not dialog.isVisible()
    dialog = window.claim_actions.new_claim("S02-1111111-2222222")
    dialog.amount.setText("20")
    dialog.set_filed(NOW + timedelta(hours=1))
    dialog.accept()
    claim = window.shown_claim()
    assert claim.response_due == NOW + timedelta(hours=49)
    assert claim_view(workspace, old).response_due == NOW + timedelta(hours=30)


def test_banner_lists_due_claims_and_opens_them(window, workspace) -> None:
    soon = add_claim(workspace, "402-0000001-1111111", due_in=timedelta(hours=3))
    add_claim(workspace, "402-0000002-2222222", due_in=timedelta(hours=-5))
    add_claim(workspace, "402-0000003-3333333", due_in=timedelta(days=3))
    window.ops.reload()
    banner = window.banner
    assert not banner.isHidden()
    assert len(banner.buttons) == 2
    assert banner.message.text() == "2 claims to answer within 24 h, 1 overdue:"
    button = next(b for b in banner.buttons if "402-0000001-1111111" in b.text())
    window.show_view("orders")
    button.click()
    assert window.shown_claim() is not None and window.shown_claim().pk == soon
    banner.close_button.click()
    assert banner.isHidden()
    window.ops.reload()
    assert banner.isHidden()  # dismissed until another claim falls due


def test_banner_counts_in_whole_words_in_french(qtbot, french, workspace, settings) -> None:
    add_claim(workspace, "402-0000001-1111111", due_in=timedelta(hours=3))
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    assert win.banner.message.text() == "1 réclamation à traiter sous 24 h\u00a0:"


def test_banner_hidden_when_nothing_is_due(window, workspace) -> None:
    add_claim(workspace, ORDER, due_in=timedelta(days=3))
    window.ops.reload()
    assert window.banner.isHidden()


def test_flagging_a_line_not_covered_adds_a_finding(window, workspace) -> None:
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    combo = window.order_pane.coverage_combos()[0]
    combo.setCurrentIndex(combo.findData("digital"))
    combo.activated.emit(combo.currentIndex())
    assert window.order_pane.detail.lines[0].excluded_kind == "digital"
    assert "excluded-item" in {f.code for f in claim_view(workspace, pk).findings}
    window.claim_actions.undo_action.trigger()
    assert window.order_pane.detail.lines[0].excluded_kind is None
    assert "excluded-item" not in {f.code for f in claim_view(workspace, pk).findings}


def test_order_pane_new_claim_button_prefills_the_order(window, workspace) -> None:
    add_order(workspace, ORDER)
    window.ops.reload()
    window.show_view("orders")
    window.select_row(0)
    window.order_pane.new_claim_button.click()
    assert window.claim_actions.dialog.order_id.text() == ORDER


def test_timeline_model(qtmodeltester) -> None:
    model = TimelineModel()
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    model.set_events(
        [
            EventView(None, "ordered", at, text=ORDER, amount=Decimal("9.90"), currency="EUR"),
            EventView(3, "message-in", at, author="buyer", text="Bonjour\n" * 10),
            EventView(
                4, "status-change", at, details={"from": "action-required", "to": "under-review"}
            ),
        ]  # fmt: skip
    )
    qtmodeltester.check(model)
    assert "Action required → Under review" in model.index(2, 0).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_enter_on_a_timeline_entry_opens_it_for_editing(qtbot, window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(workspace, pk, kind="note", at=NOW, text="edit me", author="seller")
    _open(window, pk)
    timeline = window.claim_pane.timeline
    timeline.setCurrentIndex(timeline.model().index(0, 0))
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    dialog = window.claim_actions.dialog
    assert dialog is not None and dialog.text.toPlainText() == "edit me"
    dialog.reject()


def test_on_start_the_most_urgent_claim_is_shown(qtbot, workspace, settings) -> None:
    add_claim(workspace, "402-0000001-1111111", due_in=timedelta(days=2))
    urgent = add_claim(workspace, "402-0000002-2222222", due_in=timedelta(hours=-8))
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    assert win.current_view() == "action-required"
    assert win.shown_claim() is not None and win.shown_claim().pk == urgent
    assert win.detail_stack.currentWidget() is win.claim_pane


def test_header_says_the_next_step_and_the_list_what_is_missing(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=-8))
    _open(window, pk)
    pane = window.claim_pane
    assert pane.next_step.text() == "Overdue by 8 h — answer Amazon now"
    assert OVERDUE_COLOUR in pane.next_step.styleSheet()
    model = window.claims_model
    row = model.row_of(pk)
    columns = [c.key for c in model.columns]
    assert model.index(row, columns.index("next_step")).data() == "Answer Amazon now"
    assert model.index(row, columns.index("missing")).data() == "tracking, messages"
    tip = model.index(row, columns.index("next_step")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Overdue by 8 h — answer Amazon now"
    window.claims_view.sortByColumn(columns.index("next_step"), Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "next_step" and model.pk_at(0) == pk


def test_an_fba_claim_leads_with_the_referral_and_ends_with_the_odr(window, workspace) -> None:
    add_order(workspace, ORDER)
    with workspace.session() as session:
        from atoz_desktop.core.storage.models import Order

        session.query(Order).filter_by(order_id=ORDER).one().fulfillment_channel = "Amazon"
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    codes = [r.finding.code for r in window.claim_pane.findings.rows]
    assert codes[0] == "fba-order" and codes[-1] == "odr-risk"
    assert window.claim_pane.next_step.text().startswith("Amazon shipped this order (FBA)")


def test_findings_get_their_height_and_empty_evidence_little(window, workspace) -> None:
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    pane = window.claim_pane
    assert pane.evidence.height() == pane._empty_strip_height
    findings, _timeline, evidence = pane.splitter.sizes()
    assert findings >= pane.findings_scroll.widget().minimumSizeHint().height()
    # The empty strip is as tall as its hint wrapped at its width (three lines here), no more.
    assert evidence <= findings
    strip = pane.evidence
    hint = strip.fontMetrics().boundingRect(
        QRect(0, 0, strip.width() - 2 * strip.frameWidth() - 32, 10_000),
        int(Qt.TextFlag.TextWordWrap), strip._empty_text,
    )  # fmt: skip
    assert hint.height() + 16 <= strip.viewport().height() <= hint.height() + 16 + 20
