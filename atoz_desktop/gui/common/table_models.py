"""Table models over row ids, for lists of 100,000 orders.

As in Anki's browser: the core filters and sorts in SQL and hands back ids only; a model holds
that id list and fetches the rows it is asked to paint, a page at a time, keeping a bounded
number of pages. Sorting asks SQL again; only the claims list's two triage sorts (next step,
missing proof) are worked out by the rules over a view's few hundred claims.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
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
from atoz_desktop.gui.common.labels import (
    channel_label,
    fulfilment_label,
    order_status_label,
    reason_label,
    status_label,
)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role giving a row's database id (int), for views that open the selected order or claim.
PK_ROLE = Qt.ItemDataRole.UserRole + 1

SOON_BACKGROUND = QColor("#ffe3a0")
OVERDUE_BACKGROUND = QColor("#f9d0d0")
OVERDUE_FOREGROUND = QColor("#a4000f")
ROW_FOREGROUND = QColor("#1c1c1c")


def read_only_flags(index: AnyIndex) -> Qt.ItemFlag:
    """The flags of a row in the program's lists: selectable, not editable, no children."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str  # untranslated source text, context "table_models"
    sort_key: str | None
    align: int = _LEFT


class IdTableModel(QAbstractTableModel):
    """The common part: an id list from SQL, rows fetched in pages, sorting by SQL."""

    PAGE_SIZE = 200
    MAX_PAGES = 50

    columns: Sequence[Column] = ()
    default_sort: tuple[str, bool] = ("", False)

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._search = ""
        self._sort_key, self._descending = self.default_sort
        self._loaded = False

    # What subclasses provide -------------------------------------------------------------

    def _query_ids(self) -> list[int]:
        raise NotImplementedError

    def _fetch_rows(self, pks: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def _cell(self, row: Any, column: Column, role: int) -> Any:
        raise NotImplementedError

    # Loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask SQL again for the ids (after a change, a new search or a new sort)."""
        self.beginResetModel()
        self._ids = self._query_ids()
        self._pages.clear()
        self._loaded = True
        self.endResetModel()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._search and self._loaded:
            return
        self._search = text
        self.refresh()

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort_key == self._sort_key:
                return number
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:  # else the first load sorts this way
            self.refresh()

    def pk_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, pk: int) -> int:
        """The row showing id `pk`, or -1 (a scan of ints; only on a user action)."""
        try:
            return self._ids.index(pk)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Any:
        """The core's row object for a table row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // self.PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * self.PAGE_SIZE
            page = self._fetch_rows(self._ids[start : start + self.PAGE_SIZE])
            self._pages[page_number] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    # QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("table_models", column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == PK_ROLE:
            return row.pk
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return self._cell(row, column, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class OrdersModel(IdTableModel):
    """Every order of the workspace, newest first unless the user sorts otherwise."""

    columns = (
        Column("order_id", QT_TRANSLATE_NOOP("table_models", "Order"), "order_id"),
        Column("purchase_date", QT_TRANSLATE_NOOP("table_models", "Purchased"), "purchase_date"),
        Column("status", QT_TRANSLATE_NOOP("table_models", "Status"), "status"),
        Column("buyer", QT_TRANSLATE_NOOP("table_models", "Buyer"), "buyer"),
        Column("total", QT_TRANSLATE_NOOP("table_models", "Total"), "total", _RIGHT),
        Column("city", QT_TRANSLATE_NOOP("table_models", "City"), "city"),
        Column("postal_code", QT_TRANSLATE_NOOP("table_models", "Postal code"), "postal_code"),
        Column("country", QT_TRANSLATE_NOOP("table_models", "Country"), "country"),
        Column("sales_channel", QT_TRANSLATE_NOOP("table_models", "Marketplace"), "sales_channel"),
        Column("fulfillment", QT_TRANSLATE_NOOP("table_models", "Fulfilment"), "fulfillment"),
    )
    default_sort = ("purchase_date", True)

    def _query_ids(self) -> list[int]:
        return order_ids(self.workspace, self._search, self._sort_key, self._descending)

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
        Column("amount", QT_TRANSLATE_NOOP("table_models", "Amount"), "amount", _RIGHT),
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
