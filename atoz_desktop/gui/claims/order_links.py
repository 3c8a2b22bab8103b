"""How claims and orders lead to each other in the window: the order pane lists the order's
claims (a click opens one), Show in Claims List filters the claims list to that order (in
SQL, with a chip above the list that takes the filter off), and a new claim on an order that
already has an open one offers to open that one instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from atoz_desktop.core.services.claims import claims_of_order
from atoz_desktop.core.services.orders import OrderDetail

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow


class OrderLinks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.chip = window.order_filter_chip
        pane = window.order_pane.claims
        pane.claim_requested.connect(window.open_claim)
        pane.show_all_requested.connect(self.show_claims_of_order)
        self.chip.removed.connect(self.remove_filter)
        window.list_stack.currentChanged.connect(self.update_chip)

    def show_order_claims(self, detail: OrderDetail | None) -> None:
        """Fill the order pane's Claims section for the order it shows."""
        if detail is not None:
            rows = claims_of_order(self.window.workspace, detail.order_id)
            self.window.order_pane.claims.set_claims(detail.order_id, rows, self.window.now())

    def show_claims_of_order(self, order_id: str) -> None:
        """The claims list with only order `order_id`'s claims, in every status."""
        window = self.window
        window.list_search.forget("claims")  # the order's claims whatever was searched before
        window.claims_model.set_search("")
        window.claims_model.set_order_filter(order_id)
        window.show_view("all")
        self.update_chip()
        count = window.claims_model.rowCount()
        text = self.tr("%Ln claim(s) on order {order_id}", "", count)
        window.statusBar().showMessage(text.format(order_id=order_id), 8000)
        window.claims_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_filter(self) -> None:
        """Every claim of the view again, the claim shown kept selected."""
        window = self.window
        shown = window.shown_claim()
        window.claims_model.set_order_filter(None)
        self.update_chip()
        window.list_search.update_texts()
        if shown is not None and window.current_list() is window.claims_view:
            row = window.claims_model.row_of(shown.pk)
            if row >= 0:
                window.select_row(row)
        window.claims_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_chip(self, *_args: object) -> None:
        window = self.window
        order_id = window.claims_model.order_filter
        self.chip.show_order(order_id)
        self.chip.setVisible(
            order_id is not None and window.list_stack.currentWidget() is window.claims_view
        )
