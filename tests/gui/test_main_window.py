from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.engine import make_url

from atoz_desktop.core.services.orders import order_count
from atoz_desktop.gui.main_window import MainWindow
from atoz_desktop.gui.orders.import_worker import _ImportTask
from tests.gui.conftest import NOW, add_claim, add_order
from tests.reports import order_row, write_report


@pytest.fixture
def window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.import_actions.importer.wait()


def _column(model, key: str) -> int:
    return [c.key for c in model.columns].index(key)


def _drop(widget, paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    if enter.isAccepted():
        QApplication.sendEvent(widget, drop)
    _drop.keep = mime  # the events point at it; keep it alive until the next drop
    return enter, drop


def test_title_names_the_workspace_and_says_demo(qtbot, workspace, settings) -> None:
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    # The file's name, or the server's URL without its password.
    name = "w.sqlite3" if workspace.is_sqlite else make_url(workspace.url).render_as_string()
    # Ending with the program's name, so Qt does not append it a second time.
    assert win.windowTitle() == f"{name} — A-to-Z Desk"
    workspace.set_setting("demo", "1")
    win.update_title()
    assert win.windowTitle() == f"{name} (demo) — A-to-Z Desk"


def test_empty_workspace_opens_on_orders_and_explains_itself(window) -> None:
    assert window.current_view() == "orders"
    assert "Drop an Amazon order report here" in window.orders_view.empty_text()
    assert window.detail_stack.currentWidget() is window.empty_detail
    assert window.empty_detail.text()


def test_opens_on_action_required_when_claims_wait(qtbot, workspace, settings) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=3))
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    assert win.current_view() == "action-required"
    assert win.claims_model.rowCount() == 1
    assert win.sidebar.count_of("action-required") == 1
    assert win.sidebar.count_of("orders") == 1


def test_search_box_filters_orders_accent_insensitively(qtbot, window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567", city="Besançon", postal_code="25000")
    add_order(workspace, "402-0000002-1234567", city="Lyon", postal_code="69001")
    window.ops.reload()
    assert window.orders_model.rowCount() == 2
    window.search.setText("besancon")
    assert window.list_search.timer.isActive()  # typing waits for a pause...
    window.list_search.apply()  # ...which the test does not need to wait for
    assert window.orders_model.rowCount() == 1
    assert window.orders_model.index(0, 0).data() == "402-0000001-1234567"
    window.search.setText("nowhere")
    qtbot.waitUntil(lambda: window.orders_model.rowCount() == 0, timeout=2000)
    assert "nowhere" in window.orders_view.empty_text()


def test_clicking_a_header_sorts_in_sql(window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567", total="5.00")
    add_order(workspace, "402-0000002-1234567", total="300.00")
    window.ops.reload()
    model = window.orders_model
    total = _column(model, "total")
    window.orders_view.sortByColumn(total, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "total" and not model.descending
    assert model.index(0, 0).data() == "402-0000001-1234567"
    window.orders_view.sortByColumn(total, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "402-0000002-1234567"


def test_selecting_an_order_shows_its_details(window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567", city="Besançon", total="1234.50",
              tracking="6A12345678901")  # fmt: skip
    window.ops.reload()
    window.select_row(0)
    assert window.detail_stack.currentWidget() is window.order_pane
    pane = window.order_pane
    assert pane.detail is not None and pane.detail.order_id == "402-0000001-1234567"
    assert "402-0000001-1234567" in pane.title.text()
    assert pane.total.text() == "€1,234.50"
    assert "Besançon" in pane.ship_to.text()
    widgets = [pane.lines_box.itemAt(i).widget() for i in range(pane.lines_box.count())]
    texts = [w.text() for w in widgets if isinstance(w, QLabel)]
    assert any("Théière en fonte émaillée" in t for t in texts)
    texts = [
        pane.shipments_box.itemAt(i).widget().text() for i in range(pane.shipments_box.count())
    ]
    assert any("6A12345678901" in t for t in texts)
    assert pane.no_shipments.isHidden()


def test_enter_on_a_row_opens_the_detail(qtbot, window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    window.ops.reload()
    window.orders_view.setFocus()
    window.select_row(0)
    qtbot.keyClick(window.orders_view, Qt.Key.Key_Return)
    assert window.detail_stack.currentWidget() is window.order_pane
    assert window.order_pane.hasFocus()


def test_a_single_mouse_click_on_a_row_shows_it(qtbot, window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_order(workspace, "402-0000002-1234567")
    add_claim(workspace, "402-0000002-1234567", due_in=timedelta(hours=5))
    window.ops.reload()
    for view_name, view, pane in (("orders", window.orders_view, window.order_pane),
                                  ("all", window.claims_view, window.claim_pane)):  # fmt: skip
        window.sidebar.select_view(view_name)
        view.clearSelection()
        window.detail_stack.setCurrentWidget(window.empty_detail)
        rect = view.visualRect(view.model().index(0, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.detail_stack.currentWidget() is pane, view_name


def test_claim_detail_and_its_order_link(window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_order(workspace, "402-0000002-1234567")
    add_claim(workspace, "402-0000002-1234567", due_in=timedelta(hours=-5))
    window.ops.reload()
    window.sidebar.select_view("action-required")
    window.select_row(0)
    assert window.detail_stack.currentWidget() is window.claim_pane
    assert window.claim_pane.claim.order_id == "402-0000002-1234567"
    assert window.claim_pane.status_chip.text() == "Action required"
    window.claim_pane.order_link.linkActivated.emit("order")
    assert window.current_view() == "orders"
    assert window.order_pane.detail.order_id == "402-0000002-1234567"


def test_dropping_a_report_on_the_orders_list_imports_it(qtbot, window, workspace, tmp_path):
    report = write_report(
        tmp_path / "All Orders.txt",
        [order_row("402-0000001-1234567"), order_row("402-0000002-1234567", ship_city="Lyon")],
    )
    window.sidebar.select_view("orders")
    with qtbot.waitSignal(window.import_actions.importer.finished, timeout=10_000):
        enter, drop = _drop(window.orders_view.viewport(), [report])
    assert enter.isAccepted() and drop.isAccepted()
    assert window.orders_model.rowCount() == 2
    assert window.sidebar.count_of("orders") == 2
    message = window.statusBar().currentMessage()
    assert message == "Imported 2 orders (0 updated) from All Orders.txt"
    assert window.import_actions.progress.bar.isHidden()


def test_import_remarks_are_shown_without_blocking(qtbot, window, workspace, tmp_path):
    report = write_report(tmp_path / "shop.txt", [order_row("WEB-1001")])
    with qtbot.waitSignal(window.import_actions.importer.finished, timeout=10_000):
        window.import_actions.start_import([str(report)])
    assert order_count(workspace) == 1
    box = window.import_actions.import_warnings_box
    assert box.isVisible() and not box.isModal()
    assert "WEB-1001" in box.informativeText()
    assert "1 warning" in window.statusBar().currentMessage()
    assert "1 warnings" not in window.statusBar().currentMessage()
    box.close()


def test_drop_refuses_what_is_not_a_local_file(window, tmp_path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/report.txt")])
    enter = QDragEnterEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window.orders_view.viewport(), enter)
    assert not enter.isAccepted()
    enter, _ = _drop(window.orders_view.viewport(), [tmp_path])  # a folder
    assert not enter.isAccepted()
    assert not window.import_actions.importer.running


def test_menu_import_uses_the_chosen_files(qtbot, window, workspace, tmp_path, monkeypatch):
    report = write_report(tmp_path / "orders.txt", [order_row("402-0000001-1234567")])
    monkeypatch.setattr(window.import_actions, "ask_import_files", lambda: [str(report)])
    with qtbot.waitSignal(window.import_actions.importer.finished, timeout=10_000):
        window.import_actions.import_action.trigger()
    assert order_count(workspace) == 1


def test_a_bad_report_is_refused_and_can_be_imported_skipping_bad_rows(
    qtbot, window, workspace, tmp_path
) -> None:
    imports = window.import_actions
    report = write_report(
        tmp_path / "bad.txt",
        [
            order_row("402-0000001-1234567"),
            order_row("402-0000002-1234567", item_price="douze"),
            order_row("402-0000003-1234567", purchase_date="yesterday"),
        ],
    )
    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        imports.start_import([str(report)])
    assert order_count(workspace) == 0
    dialog = imports.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.problem_count() == 2
    assert "bad.txt" in dialog.message.text()
    first = dialog.table.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("bad.txt", "3")

    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        dialog.skip_button.click()
    assert order_count(workspace) == 1
    assert "2 bad rows skipped" in window.statusBar().currentMessage()
    assert imports.problems_dialog is not None and imports.problems_dialog.problem_count() == 2


def test_a_report_with_a_huge_field_is_refused_naming_file_and_line(
    qtbot, window, workspace, tmp_path
) -> None:
    imports = window.import_actions
    rows = [order_row("402-0000001-1234567"), order_row(product_name="x" * 200_000)]
    report = write_report(tmp_path / "huge.csv", rows, delimiter=",")
    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        imports.start_import([str(report)])
    assert order_count(workspace) == 0
    dialog = imports.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert "huge.csv, line 3: the line is longer than 131072 characters" in dialog.message.text()
    assert dialog.skip_button is None  # no bad row to skip: the file itself is refused
    assert window.statusBar().currentMessage() == "Nothing was imported."


def test_cancel_leaves_the_database_as_it_was(qtbot, window, workspace, tmp_path, monkeypatch):
    imports = window.import_actions
    add_order(workspace, "402-0000000-1234567")
    rows = [order_row(f"402-{n:07d}-7654321") for n in range(3000)]
    report = write_report(tmp_path / "big.txt", rows)
    monkeypatch.setattr(_ImportTask, "PROGRESS_INTERVAL", 0.0)

    def cancel_while_writing(done: int, total: int) -> None:
        if done > total // 2:  # the second half of the bar is the database write
            imports.importer.cancel()

    def hook(_names) -> None:
        # Runs in the worker thread, so the cancel lands mid-write and not after the commit.
        imports.importer._signals.progress.connect(
            cancel_while_writing, Qt.ConnectionType.DirectConnection
        )

    imports.importer.started.connect(hook)
    with qtbot.waitSignal(imports.importer.cancelled, timeout=20_000):
        imports.start_import([str(report)])
    imports.importer.wait()
    qtbot.waitUntil(lambda: not imports.importer.running)
    assert order_count(workspace) == 1
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed."


def test_cancel_button_shows_while_importing(qtbot, window, tmp_path) -> None:
    imports = window.import_actions
    report = write_report(tmp_path / "one.txt", [order_row("402-0000001-1234567")])
    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        imports.start_import([str(report)])
        assert imports.progress.cancel_button.isVisible() and imports.progress.bar.isVisible()
        assert not imports.import_action.isEnabled()
    assert not imports.progress.cancel_button.isVisible()
    assert imports.import_action.isEnabled()


def test_ctrl_f_focuses_the_search_box(qtbot, window) -> None:
    window.activateWindow()
    window.find_action.trigger()
    assert window.focusWidget() is window.search
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.import_actions.import_action.shortcut().toString() == "Ctrl+I"


def test_settings_persist_layout_columns_and_view(qtbot, workspace, settings) -> None:
    add_order(workspace, "402-0000001-1234567")
    first = MainWindow(workspace, settings=settings)
    qtbot.addWidget(first)
    first.resize(780, 560)  # within the offscreen screen, 800×600
    first.show()
    qtbot.waitExposed(first)
    first.sidebar.select_view("orders")
    first.splitter.setSizes([170, 330, 270])
    sizes = first.splitter.sizes()
    first.orders_view.setColumnWidth(0, 201)
    total = _column(first.orders_model, "total")
    first.orders_view.sortByColumn(total, Qt.SortOrder.AscendingOrder)
    first.sidebar.select_view("all")
    first.claims_view.setColumnWidth(2, 177)
    first.close()

    second = MainWindow(workspace, settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    assert second.current_view() == "all"
    assert second.orders_view.columnWidth(0) == 201
    assert second.claims_view.columnWidth(2) == 177
    assert second.orders_model.sort_key == "total" and not second.orders_model.descending


def test_skip_bad_rows_choice_is_remembered(qtbot, workspace, settings) -> None:
    first = MainWindow(workspace, settings=settings)
    qtbot.addWidget(first)
    first.import_actions.skip_bad_action.setChecked(True)
    second = MainWindow(workspace, settings=settings)
    qtbot.addWidget(second)
    assert second.import_actions.skip_bad_action.isChecked()


def test_countdown_column_shows_now_relative_text(window, workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=-5), now=NOW)
    window.ops.reload()
    window.sidebar.select_view("action-required")
    assert window.claims_model.index(0, 0).data().startswith("overdue")
