"""Table models over row ids, for lists of 100,000 orders.

As in Anki's browser: the core filters and sorts in SQL and hands back ids only; a model holds
that id list and fetches the rows it is asked to paint, a page at a time, keeping a bounded
number of pages (gui/common/id_model.py); the orders list shows its first rows at once and gets
the rest of its ids off the GUI thread. Sorting asks SQL again; only the claims list's two
triage sorts (next step, missing proof) are worked out by the rules over a view's few hundred
claims.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from atoz_desktop.core.rules.status import seller_deadline
from atoz_desktop.core.services.claims import (
    ClaimRow,
    ClaimTriage,
    claim_ids,
    claim_rows,
    claim_triage,
)
from atoz_desktop.core.services.orders import OrderRow, order_ids, order_rows
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.formatting import (
    Urgency,
    countdown,
    format_amount,
    format_date,
    format_datetime,
    ui_lang,
)
from atoz_desktop.gui.common.id_model import RIGHT, Column, IdTableModel
from atoz_desktop.gui.common.labels import (
    channel_label,
    fulfilment_label,
    order_status_label,
    reason_label,
    status_label,
)

SOON_BACKGROUND = QColor("#ffe3a0")
OVERDUE_BACKGROUND = QColor("#f9d0d0")
OVERDUE_FOREGROUND = QColor("#a4000f")
ROW_FOREGROUND = QColor("#1c1c1c")


class OrdersModel(IdTableModel):
    """Every order of the workspace, newest first unless the user sorts otherwise."""

    columns = (
        Column("order_id", QT_TRANSLATE_NOOP("table_models", "Order"), "order_id"),
        Column("purchase_date", QT_TRANSLATE_NOOP("table_models", "Purchased"), "purchase_date"),
        Column("status", QT_TRANSLATE_NOOP("table_models", "Status"), "status"),
        Column("buyer", QT_TRANSLATE_NOOP("table_models", "Buyer"), "buyer"),
        Column("total", QT_TRANSLATE_NOOP("table_models", "Total"), "total", RIGHT),
        Column("city", QT_TRANSLATE_NOOP("table_models", "City"), "city"),
        Column("postal_code", QT_TRANSLATE_NOOP("table_models", "Postal code"), "postal_code"),
        Column("country", QT_TRANSLATE_NOOP("table_models", "Country"), "country"),
        Column("sales_channel", QT_TRANSLATE_NOOP("table_models", "Marketplace"), "sales_channel"),
        Column("fulfillment", QT_TRANSLATE_NOOP("table_models", "Fulfilment"), "fulfillment"),
    )
    default_sort = ("purchase_date", True)
    progressive = True

    def _id_query(self) -> Callable[[int | None], list[int]]:
        workspace, search, sort, descending = (
            self.workspace, self._search, self._sort_key, self._descending
        )  # fmt: skip

        def query(limit: int | None) -> list[int]:
            return order_ids(workspace, search, sort, descending, limit=limit)

        return query

    def _fetch_rows(self, pks: Sequence[int]) -> dict[int, Any]:
        return order_rows(self.workspace, pks)

    def _cell(self, row: OrderRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            key = column.key
            if key == "purchase_date":
                return format_datetime(row.purchase_date)
            if key == "total":
                return format_amount(row.total, row.currency)
            if key == "status":
                return order_status_label(row.status)
            if key == "fulfillment":
                return fulfilment_label(row.fulfillment or "")
            value = getattr(row, key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "purchase_date":
            return format_datetime(row.purchase_date)
        return None


class ClaimsModel(IdTableModel):
    """The claims of one sidebar view, nearest response deadline first, with a countdown."""

    columns = (
        Column("due", QT_TRANSLATE_NOOP("table_models", "Deadline"), "deadline"),
        Column("status", QT_TRANSLATE_NOOP("table_models", "Status"), "status"),
        Column("reason", QT_TRANSLATE_NOOP("table_models", "Reason"), "reason"),
        Column("amount", QT_TRANSLATE_NOOP("table_models", "Amount"), "amount", RIGHT),
        Column("order_id", QT_TRANSLATE_NOOP("table_models", "Order"), "order_id"),
        Column("buyer", QT_TRANSLATE_NOOP("table_models", "Buyer"), "buyer"),
        Column("next_step", QT_TRANSLATE_NOOP("table_models", "Next step"), "next_step"),
        Column("missing", QT_TRANSLATE_NOOP("table_models", "Missing proof"), "missing"),
        Column("filed_at", QT_TRANSLATE_NOOP("table_models", "Filed"), "filed_at"),
        Column("channel", QT_TRANSLATE_NOOP("table_models", "Channel"), "channel"),
    )
    default_sort = ("deadline", False)

    #: How often the countdowns are repainted.
    TICK_MS = 60_000

    def __init__(
        self,
        workspace: Workspace,
        view: str = "action-required",
        parent: Any = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self._view = view
        #: Only the claims on this order, when set (a filter in SQL, as the search is).
        self._order_filter: str | None = None
        self.now = now or (lambda: datetime.now(UTC))
        #: Next step and missing proof of the rows painted so far (rules/triage.py); they
        #: follow the clock, so every tick forgets them.
        self._triage: dict[int, ClaimTriage] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def view(self) -> str:
        return self._view

    def set_view(self, view: str) -> None:
        if view == self._view and self._loaded:
            return
        self._view = view
        self.refresh()

    @property
    def order_filter(self) -> str | None:
        return self._order_filter

    def set_order_filter(self, order_id: str | None) -> None:
        """Show only the claims on order `order_id` (None: every claim of the view)."""
        if order_id is not None:
            order_id = order_id.strip() or None
        if order_id == self._order_filter and self._loaded:
            return
        self._order_filter = order_id
        self.refresh()

    def tick(self) -> None:
        """Repaint the countdowns, next steps and row colours that depend on the clock."""
        self._triage.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._ids) - 1, len(self.columns) - 1),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole,
                ],
            )

    def _query_ids(self) -> list[int]:
        self._triage.clear()
        return claim_ids(
            self.workspace, self._view, self._search, self._sort_key, self._descending,
            now=self.now(), lang=ui_lang(), order_id=self._order_filter,
        )  # fmt: skip

    def _fetch_rows(self, pks: Sequence[int]) -> dict[int, Any]:
        return claim_rows(self.workspace, pks)

    def triage(self, pk: int) -> ClaimTriage | None:
        """The next step and missing proof of claim `pk`, worked out with the rows of its page."""
        found = self._triage.get(pk)
        if found is None and pk in self._ids:
            if len(self._triage) > self.PAGE_SIZE * self.MAX_PAGES:
                self._triage.clear()
            start = self._ids.index(pk) // self.PAGE_SIZE * self.PAGE_SIZE
            page = self._ids[start : start + self.PAGE_SIZE]
            self._triage.update(claim_triage(self.workspace, page, self.now(), ui_lang()))
            found = self._triage.get(pk)
        return found

    def urgency(self, row: ClaimRow) -> Urgency:
        if row.deadline is None:
            return Urgency.NONE
        return countdown(row.deadline, self.now()).urgency

    def _cell(self, row: ClaimRow, column: Column, role: int) -> Any:
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "due":
                return "" if row.deadline is None else countdown(row.deadline, self.now()).text
            if key == "status":
                return status_label(row.status)
            if key == "reason":
                return reason_label(row.reason)
            if key == "amount":
                return format_amount(row.amount, row.currency)
            if key == "filed_at":
                return format_date(row.filed_at)
            if key == "channel":
                return channel_label(row.channel)
            if key == "next_step":
                triage = self.triage(row.pk)
                return triage.next_step.short if triage else ""
            if key == "missing":
                triage = self.triage(row.pk)
                return triage.missing_text if triage else ""
            value = getattr(row, key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("next_step", "missing"):
            triage = self.triage(row.pk)
            if triage is None:
                return None
            return triage.next_step.text if key == "next_step" else triage.missing_text or None
        if role == Qt.ItemDataRole.ToolTipRole and key == "due" and row.deadline is not None:
            text = (
                QT_TRANSLATE_NOOP("table_models", "Answer by {when}")
                if seller_deadline(row.status) == "response"
                else QT_TRANSLATE_NOOP("table_models", "Appeal by {when}")
            )
            return QCoreApplication.translate("table_models", text).format(
                when=format_datetime(row.deadline)
            )
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            urgency = self.urgency(row)
            if role == Qt.ItemDataRole.BackgroundRole:
                if urgency is Urgency.SOON:
                    return SOON_BACKGROUND
                if urgency is Urgency.OVERDUE:
                    return OVERDUE_BACKGROUND
            elif role == Qt.ItemDataRole.ForegroundRole:
                if urgency is Urgency.OVERDUE and key == "due":
                    return OVERDUE_FOREGROUND
                if urgency is not Urgency.NONE:
                    return ROW_FOREGROUND  # stays readable on the tint in a dark theme
            elif urgency is Urgency.OVERDUE and key == "due":
                font = QFont()
                font.setBold(True)
                return font
        return None
