"""The main window's search: typing filters the list shown after a pause, each list (orders,
claims) keeps its own search, the match count and the lists' empty texts say what it found, and
the row shown before a search stays selected while it still matches.

The window builds the search box and the match count label; this helper owns what they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer

from atoz_desktop.gui.common.sidebar import ORDERS_VIEW
from atoz_desktop.gui.window_texts import claims_empty_text, matches_text, orders_empty_text

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow

#: Milliseconds between the last keystroke in the search box and the query.
SEARCH_DELAY_MS = 150


class WindowSearch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The text searched in each list, put back in the box when its view is shown again.
        self.texts = {"orders": "", "claims": ""}
        #: (model, id shown before a search, first match selected meanwhile): see apply.
        self._reselect: tuple[Any, int, int | None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        window.search.textChanged.connect(self._on_edited)
        window.search.returnPressed.connect(self.apply)
        self.timer.timeout.connect(self.apply)
        for model in (window.orders_model, window.claims_model):
            model.ids_completed.connect(self._on_ids_completed)

    def show_kind(self, kind: str) -> None:
        """Put the search of list `kind` ("orders" or "claims") back in the box, unapplied."""
        self.timer.stop()
        box = self.window.search
        box.blockSignals(True)
        box.setText(self.texts[kind])
        box.blockSignals(False)

    def forget(self, kind: str) -> None:
        """Clear the search kept for list `kind` (its model's own search is the caller's)."""
        self.texts[kind] = ""

    def focus(self) -> None:
        self.window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search.selectAll()

    def _on_edited(self, _text: str) -> None:
        self.timer.start()

    def apply(self) -> None:
        """Filter the current list by the search box now (the timer calls this after typing)."""
        window = self.window
        self.timer.stop()
        text = window.search.text()
        kind = "orders" if window.current_view() == ORDERS_VIEW else "claims"
        self.texts[kind] = text
        model = window.current_model()
        shown = window.selected_pk()
        self._reselect = None
        model.set_search(text)
        if window.selected_pk() is None and model.rowCount():
            # The pane never goes blank while something matches: the row shown before if it
            # still matches, else the first match.
            row = model.row_of(shown, wait=False) if shown is not None else -1
            window.select_row(max(row, 0))
            if row < 0 and shown is not None and not model.is_complete:
                self._reselect = (model, shown, model.pk_at(0))  # once the rest of the ids is in
        self.update_texts()

    def _on_ids_completed(self) -> None:
        """The rest of a list's ids came in: the match count is known, and the row shown before
        the search, if it matches beyond the first rows, is selected again."""
        window = self.window
        if window.counts.settle():
            self.update_texts()
        reselect, self._reselect = self._reselect, None
        if reselect is not None:
            model, shown, first = reselect
            if model is window.current_model() and window.selected_pk() == first:
                row = model.row_of(shown, wait=False)
                if row >= 0:
                    window.select_row(row)
        self.update_texts()

    def update_texts(self) -> None:
        """The match count next to the box, and what each list says when it shows nothing."""
        window = self.window
        model = window.current_model()
        count = model.match_count()  # None while a long list's ids are still coming in
        window.match_count.setVisible(bool(model.search) and count is not None)
        if count is not None:
            window.match_count.setText(matches_text(model is window.orders_model, count))
        orders = window.sidebar.count_of(ORDERS_VIEW)  # None while counted from the list's ids
        if orders is None:
            orders = window.orders_model.rowCount()
        empty = not orders and not window.sidebar.count_of("all")
        window.orders_view.set_empty_text(orders_empty_text(window.orders_model.search, empty))
        claims = window.claims_model
        window.claims_view.set_empty_text(
            claims_empty_text(claims.view, claims.search, claims.order_filter, empty)
        )
