"""The sidebar's counts: each claim view's and the orders'.

The claim counts are one small GROUP BY. The order count is a `count` that reads a whole index
(15 ms at 75k orders in a new process, about ten times that at a million), so at start it is
not run before the first frame when the orders list is shown unsearched: that list has every
order's id already (a small workspace), or will have them once its worker is done, and the
count is their number. After a change it is counted again, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from atoz_desktop.core.services.claims import claim_counts
from atoz_desktop.core.services.orders import order_count
from atoz_desktop.gui.common.sidebar import ORDERS_VIEW

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow


class SidebarCounts:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The order count waits for the orders list's ids (see `count_orders_from_list`).
        self.orders_pending = False

    def refresh(self) -> None:
        """Every count, read now (after a change)."""
        window = self.window
        counts: dict[str, int] = dict(claim_counts(window.workspace))
        counts[ORDERS_VIEW] = order_count(window.workspace)
        self.orders_pending = False
        window.sidebar.set_counts(counts)

    def refresh_claims(self) -> None:
        self.window.sidebar.set_counts(dict(claim_counts(self.window.workspace)))

    def count_orders_from_list(self) -> None:
        """At start, once the first view is shown: the order count from the orders list's ids
        when it is shown unsearched (now, or when `settle` sees them all in), else counted."""
        model = self.window.orders_model
        if model.is_loaded and not model.search and not model.is_complete:
            self.orders_pending = True
            return
        self._set_order_count()

    def settle(self) -> bool:
        """The order count left to the orders list, once its ids are in (counted after all if a
        search came first: its ids are not every order's). Whether it was set now."""
        if not self.orders_pending or not self.window.orders_model.is_complete:
            return False
        self.orders_pending = False
        self._set_order_count()
        return True

    def _set_order_count(self) -> None:
        """The number of the orders list's ids when they are every order's, else counted."""
        model = self.window.orders_model
        total = model.match_count() if model.is_loaded and not model.search else None
        if total is None:
            total = order_count(self.window.workspace)
        self.window.sidebar.set_counts({ORDERS_VIEW: total})
