"""The list models' common part: an id list from SQL, rows fetched in pages, sorting by SQL.

As in Anki's browser: the core filters and sorts in SQL and hands back ids only; a model holds
that id list and fetches the rows it is asked to paint, a page at a time, keeping a bounded
number of pages. A progressive model (the orders) shows its first rows at once and gets the
rest of its ids off the GUI thread (gui/common/id_fetcher.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.id_fetcher import IdFetcher

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role giving a row's database id (int), for views that open the selected order or claim.
PK_ROLE = Qt.ItemDataRole.UserRole + 1


def read_only_flags(index: AnyIndex) -> Qt.ItemFlag:
    """The flags of a row in the program's lists: selectable, not editable, no children."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str  # untranslated source text, context "table_models"
    sort_key: str | None
    align: int = LEFT


class IdTableModel(QAbstractTableModel):
    """The common part: an id list from SQL, rows fetched in pages, sorting by SQL."""

    PAGE_SIZE = 200
    MAX_PAGES = 50
    #: Ids fetched before the list is shown, when the model is progressive.
    FIRST_ROWS = 200

    columns: Sequence[Column] = ()
    default_sort: tuple[str, bool] = ("", False)
    #: Whether the first FIRST_ROWS ids are shown before the whole id list is known (which then
    #: comes off the GUI thread); the subclass then provides `_id_query`.
    progressive = False

    #: The whole id list is known now (after a refresh that showed only its first rows):
    #: `match_count()` is no longer None.
    ids_completed = Signal()

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._search = ""
        self._sort_key, self._descending = self.default_sort
        self._loaded = False
        self._complete = True
        self._generation = 0
        self._rest: Callable[[], list[int]] | None = None
        self._fetcher: IdFetcher | None = None

    # What subclasses provide -------------------------------------------------------------

    def _query_ids(self) -> list[int]:
        raise NotImplementedError

    def _id_query(self) -> Callable[[int | None], list[int]]:
        """The current filter and sort as a function of a limit (None: every id), safe to call
        from another thread (progressive models)."""
        raise NotImplementedError

    def _fetch_rows(self, pks: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def _cell(self, row: Any, column: Column, role: int) -> Any:
        raise NotImplementedError

    # Loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask SQL again for the ids (after a change, a new search or a new sort).

        A progressive model fetches only its first FIRST_ROWS ids here; if there are more, the
        whole list follows from a worker and `ids_completed` says when it is in."""
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._loaded = True
        if self.progressive:
            query = self._id_query()
            first = query(self.FIRST_ROWS + 1)
            self._complete = len(first) <= self.FIRST_ROWS
            self._ids = first[: self.FIRST_ROWS]
            self._rest = None if self._complete else (lambda: query(None))
            if self._rest is not None and not self._can_fetch_elsewhere():
                self._ids, self._complete, self._rest = self._rest(), True, None
        else:
            self._ids = self._query_ids()
            self._complete, self._rest = True, None
        self.endResetModel()
        if self._rest is not None:
            if self._fetcher is None:
                self._fetcher = IdFetcher(self)
                self._fetcher.fetched.connect(self._on_fetched)
                self._fetcher.failed.connect(self._on_fetch_failed)
            self._fetcher.fetch(self._generation, self._rest)

    def _can_fetch_elsewhere(self) -> bool:
        """An in-memory SQLite database is one per connection: another thread would not see it."""
        url = self.workspace.engine.url
        return not (self.workspace.is_sqlite and url.database in (None, "", ":memory:"))

    @property
    def is_loaded(self) -> bool:
        """Whether the model has run its first query (views load their model when shown)."""
        return self._loaded

    @property
    def is_complete(self) -> bool:
        """Whether every id of the current filter is in (else only the first FIRST_ROWS)."""
        return self._complete

    def match_count(self) -> int | None:
        """How many rows the current filter matches; None until the whole id list is in."""
        return len(self._ids) if self._complete else None

    def complete_now(self) -> None:
        """Fetch the rest of the id list on this thread, if it is not in yet (on demand: a row
        beyond the first ones is looked for)."""
        if not self._complete and self._rest is not None:
            self._complete_with(self._rest())

    def wait_for_ids(self) -> None:
        """Until the worker fetching the rest of the ids is done (its result still arrives
        through the event loop)."""
        if self._fetcher is not None:
            self._fetcher.wait()

    def _on_fetched(self, generation: int, ids: list[int]) -> None:
        if generation == self._generation and not self._complete:
            self._complete_with(ids)

    def _on_fetch_failed(self, generation: int) -> None:
        if generation == self._generation:
            self.complete_now()  # on this thread, where an error reaches the error reporter

    def _complete_with(self, ids: list[int]) -> None:
        shown = len(self._ids)
        self._complete, self._rest = True, None
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                for partial in [p for p in self._pages if p >= shown // self.PAGE_SIZE]:
                    del self._pages[partial]  # fetched with the first ids only
                self.endInsertRows()
        else:  # the data changed between the two queries: show the newer list whole
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self.ids_completed.emit()

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

    def row_of(self, pk: int, wait: bool = True) -> int:
        """The row showing id `pk`, or -1 (a scan of ints; only on a user action). Beyond the
        first rows of a list still being fetched: after fetching the rest here, or -1 if not
        `wait`."""
        try:
            return self._ids.index(pk)
        except ValueError:
            if self._complete or not wait:
                return -1
        self.complete_now()
        return self.row_of(pk)

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
