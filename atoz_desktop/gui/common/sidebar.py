"""The saved views on the left: the claim tabs of Seller Central with count badges, then Orders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from atoz_desktop.gui.common.labels import view_label
from atoz_desktop.gui.common.widgets import local_files

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2

CLAIM_VIEW_ORDER = ("action-required", "under-review", "appeal", "all")
ORDERS_VIEW = "orders"


def badge_text(count: int) -> str:
    """A count as the window's language writes it ("749 852", "749,852"). Not the paint
    option's locale: an item view hands its delegates the C locale ("749852")."""
    return QLocale().toString(count)


class BadgeDelegate(QStyledItemDelegate):
    """Paints an item with its count as a rounded badge at the right edge."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(font)
        text = badge_text(int(count))
        metrics = painter.fontMetrics()
        width = max(metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
        height = metrics.height() + 2
        rect = QRect(
            option.rect.right() - width - 8,
            option.rect.center().y() - height // 2,
            width,
            height,
        )
        urgent = index.data(VIEW_ROLE) == "action-required" and int(count) > 0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if urgent:
            background, foreground = QColor("#b3261e"), QColor(Qt.GlobalColor.white)
        else:
            background = palette.color(QPalette.ColorRole.Mid)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            foreground = palette.color(role)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 26))


class Sidebar(QListWidget):
    """Emits `view_selected("action-required" | ... | "orders")` when the user picks a view."""

    view_selected = Signal(str)
    #: Files dropped on one of the claim views (Amazon's claim e-mail opens a new claim).
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setMinimumWidth(150)
        self.setItemDelegate(BadgeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self._items: dict[str, QListWidgetItem] = {}
        self._add_heading(self.tr("Claims"))
        for view in CLAIM_VIEW_ORDER:
            self._add_view(view)
        self._add_heading(self.tr("Sales"))
        self._add_view(ORDERS_VIEW)
        self.currentItemChanged.connect(self._on_current_changed)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _claim_view_at(self, event: QDragMoveEvent | QDropEvent) -> bool:
        item = self.itemAt(event.position().toPoint())
        return item is not None and item.data(VIEW_ROLE) in CLAIM_VIEW_ORDER

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()) and self._claim_view_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths or not self._claim_view_at(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7.0))
        item.setFont(font)
        self.addItem(item)

    def _add_view(self, view: str) -> None:
        item = QListWidgetItem(view_label(view))
        item.setData(VIEW_ROLE, view)
        self.addItem(item)
        self._items[view] = item

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None and current.data(VIEW_ROLE):
            self.view_selected.emit(current.data(VIEW_ROLE))

    def current_view(self) -> str | None:
        item = self.currentItem()
        return item.data(VIEW_ROLE) if item is not None else None

    def select_view(self, view: str) -> None:
        """Make `view` current (emits `view_selected` if it changes)."""
        item = self._items.get(view)
        if item is not None:
            self.setCurrentItem(item)

    def set_counts(self, counts: dict[str, int]) -> None:
        for view, item in self._items.items():
            if view in counts:
                item.setData(COUNT_ROLE, counts[view])

    def count_of(self, view: str) -> int | None:
        item = self._items.get(view)
        return item.data(COUNT_ROLE) if item is not None else None
