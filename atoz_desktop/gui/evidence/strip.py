"""The claim's evidence as a strip of thumbnails: a model over `EvidenceItem`s and its view.

The model asks the `ThumbnailLoader` for every item's thumbnail when a claim is shown and paints
a placeholder until it arrives; the view turns keys, double-clicks, the context menu and drops
into signals the window acts on (evidence/actions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from atoz_desktop.core.evidence.kinds import EVIDENCE_KINDS
from atoz_desktop.core.services.evidence import EvidenceItem
from atoz_desktop.gui.common.formatting import format_datetime
from atoz_desktop.gui.common.id_model import read_only_flags
from atoz_desktop.gui.common.labels import evidence_kind_label
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.widgets import local_paths, plain_tooltip
from atoz_desktop.gui.evidence.thumbnails import PDF_MIME, THUMB_SIZE, ThumbnailLoader

AnyIndex = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
#: True once the item's thumbnail (or the knowledge that it has none) is in memory.
THUMBNAIL_READY_ROLE = Qt.ItemDataRole.UserRole + 3

#: Thumbnail box and cell size in the strip (device-independent pixels).
ICON_PX = 96
CELL = QSize(124, ICON_PX + 46)


def human_size(size: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def type_icon(item: EvidenceItem) -> QIcon:
    if item.mime == PDF_MIME:
        return icon("evidence-pdf")
    if item.is_image:
        return icon("evidence-image")
    return icon("evidence-file")


class EvidenceModel(QAbstractListModel):
    """A claim's evidence items, oldest first, with their thumbnails as they arrive."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._rows_of_sha: dict[str, list[int]] = {}
        self.loader: ThumbnailLoader | None = None

    def set_loader(self, loader: ThumbnailLoader) -> None:
        self.loader = loader
        loader.ready.connect(self._on_ready)

    def set_items(self, items: Sequence[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows_of_sha = {}
        for row, item in enumerate(self._items):
            self._rows_of_sha.setdefault(item.sha256, []).append(row)
        self.endResetModel()
        if self.loader is not None:
            for item in self._items:
                self.loader.request(item)

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item_at(self, row: int) -> EvidenceItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, pk: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.pk == pk), -1)

    def thumbnail(self, row: int) -> QPixmap | None:
        item = self.item_at(row)
        if item is None or self.loader is None:
            return None
        return self.loader.lookup(item.sha256)

    def thumbnails_ready(self) -> int:
        """How many items have their thumbnail decided (made, or known to have none)."""
        return sum(1 for row in range(len(self._items)) if self.thumbnail(row) is not None)

    def _on_ready(self, sha256: str) -> None:
        for row in self._rows_of_sha.get(sha256, ()):
            index = self.index(row, 0)
            self.dataChanged.emit(
                index, index, [Qt.ItemDataRole.DecorationRole, THUMBNAIL_READY_ROLE]
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def _tooltip(self, item: EvidenceItem) -> str:
        lines = [item.file_name, f"{evidence_kind_label(item.kind)} · {human_size(item.size)}"]
        if item.page_count:
            lines.append(self.tr("%n page(s)", "", item.page_count))
        if item.taken_at is not None:
            lines.append(self.tr("Taken {when}").format(when=format_datetime(item.taken_at)))
        lines.append(self.tr("Added {when}").format(when=format_datetime(item.added_at)))
        if item.warning:
            lines.append("⚠ " + item.warning)
        return plain_tooltip("\n".join(lines))  # a file name is never markup

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.item_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.thumbnail(index.row())
            if pixmap is not None and not pixmap.isNull():
                return pixmap
            return type_icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.file_name}, {evidence_kind_label(item.kind)}"
        if role == ITEM_ROLE:
            return item
        if role == KIND_ROLE:
            return evidence_kind_label(item.kind)
        if role == THUMBNAIL_READY_ROLE:
            return self.thumbnail(index.row()) is not None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class EvidenceDelegate(QStyledItemDelegate):
    """A cell: the thumbnail in a square box, the file name, the kind; a warning badge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item: EvidenceItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(
                rect.adjusted(1, 1, -1, -1), palette.color(QPalette.ColorRole.Highlight)
            )
        box = QRect(rect.x() + (rect.width() - ICON_PX) // 2, rect.y() + 4, ICON_PX, ICON_PX)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(decoration, QPixmap):
            scaled = decoration.scaled(
                box.size() * painter.device().devicePixelRatioF(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(painter.device().devicePixelRatioF())
            logical = scaled.deviceIndependentSize().toSize()
            target = QRect(QPoint(0, 0), logical)
            target.moveCenter(box.center())
            painter.drawPixmap(target, scaled)
            painter.setPen(QColor(0, 0, 0, 40))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        elif isinstance(decoration, QIcon):
            side = ICON_PX * 2 // 3
            target = QRect(0, 0, side, side)
            target.moveCenter(box.center())
            decoration.paint(painter, target)
        if item.warning:
            badge = QRect(box.right() - 22, box.top(), 24, 24)
            icon("evidence-warning").paint(painter, badge)

        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        font = QFont(option.font)  # type: ignore[attr-defined]
        painter.setFont(font)
        text_rect = QRect(rect.x() + 3, box.bottom() + 4, rect.width() - 6, 18)
        name = painter.fontMetrics().elidedText(
            item.file_name, Qt.TextElideMode.ElideMiddle, text_rect.width()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter), name)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        kind_rect = text_rect.translated(0, 17)
        kind = painter.fontMetrics().elidedText(
            str(index.data(KIND_ROLE)), Qt.TextElideMode.ElideRight, kind_rect.width()
        )
        painter.drawText(kind_rect, int(Qt.AlignmentFlag.AlignHCenter), kind)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class EvidenceStrip(QListView):
    """The thumbnails in one row. Enter or double-click opens an item, Delete removes it; the
    context menu offers every action. Files dropped on it belong to the claim."""

    open_requested = Signal(object)  # EvidenceItem
    remove_requested = Signal(object)
    kind_requested = Signal(object, str)
    hash_requested = Signal(object)
    save_requested = Signal(object)
    system_view_requested = Signal(object)
    record_requested = Signal(object)  # EvidenceItem: record the shipment it shows
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = EvidenceModel(self)
        self.setModel(self.evidence)
        self.setItemDelegate(EvidenceDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setGridSize(CELL + QSize(6, 0))
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        self.setMinimumHeight(CELL.height() + scrollbar + 8)
        self.setMaximumHeight(CELL.height() + scrollbar + 8)
        self.doubleClicked.connect(self._open_index)
        self._empty_text = ""
        #: Whether an item reads as a receipt with a shipment to record (the receipt actions
        #: say; evidence/receipt_actions.py).
        self.can_record: Callable[[EvidenceItem], bool] = lambda _item: False

    # Items and actions ---------------------------------------------------------------------

    def current_item(self) -> EvidenceItem | None:
        return self.evidence.item_at(self.currentIndex().row())

    def select_pk(self, pk: int) -> bool:
        row = self.evidence.row_of(pk)
        if row < 0:
            return False
        self.setCurrentIndex(self.evidence.index(row, 0))
        return True

    def _open_index(self, index: QModelIndex) -> None:
        item = self.evidence.item_at(index.row())
        if item is not None:
            self.open_requested.emit(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.current_item()
        key = event.key()
        if item is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(item)
            event.accept()
            return
        if item is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def context_menu(self, item: EvidenceItem) -> QMenu:
        """The menu of one item (built apart from the event, so tests can read it)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = menu.addAction(self.tr("&Open"))
        open_action.setShortcut(Qt.Key.Key_Return)
        open_action.triggered.connect(lambda: self.open_requested.emit(item))
        menu.setDefaultAction(open_action)
        kinds = menu.addMenu(self.tr("Change &Kind"))
        for kind in EVIDENCE_KINDS:
            action = kinds.addAction(evidence_kind_label(kind))
            action.setCheckable(True)
            action.setChecked(kind == item.kind)
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.kind_requested.emit(item, k))
        if self.can_record(item):
            menu.addAction(self.tr("Record S&hipment…")).triggered.connect(
                lambda: self.record_requested.emit(item)
            )
        menu.addAction(self.tr("Show &SHA-256…")).triggered.connect(
            lambda: self.hash_requested.emit(item)
        )
        menu.addAction(self.tr("Save a &Copy…")).triggered.connect(
            lambda: self.save_requested.emit(item)
        )
        menu.addAction(self.tr("Open with System &Viewer")).triggered.connect(
            lambda: self.system_view_requested.emit(item)
        )
        menu.addSeparator()
        remove = menu.addAction(self.tr("&Remove"))
        remove.setShortcut(Qt.Key.Key_Delete)
        remove.triggered.connect(lambda: self.remove_requested.emit(item))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        item = self.evidence.item_at(index.row()) if index.isValid() else None
        if item is None:
            event.ignore()
            return
        self.setCurrentIndex(index)
        self.context_menu(item).popup(event.globalPos())

    # Drops ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    # Empty state ---------------------------------------------------------------------------

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.evidence.rowCount() or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(16, 8, -16, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self._empty_text,
        )
        painter.end()


__all__ = ["EvidenceModel", "EvidenceStrip", "ITEM_ROLE", "THUMB_SIZE", "human_size"]
