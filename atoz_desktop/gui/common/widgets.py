"""Small building blocks shared by the panes and dialogs: plain-text value labels, chips,
section titles, the list view (and the main window's lists built on it), and a dialog's error
line and date-time field."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTableView,
    QToolTip,
    QWidget,
)

from atoz_desktop.gui.common.formatting import datetime_format, from_qdatetime, to_qdatetime
from atoz_desktop.gui.common.list_columns import install_column_menu

if TYPE_CHECKING:
    from atoz_desktop.gui.common.id_model import IdTableModel

_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it as written. Qt renders a tooltip as HTML when it
    looks like HTML (a file named "<img src=…>.png", a report cell, a buyer's words): the text
    is escaped and wrapped so Qt always takes it as markup, with its line breaks kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


class SearchBox(QLineEdit):
    """The list's search box. Ctrl+Z / Ctrl+Shift+Z belong to the window's undo even while the
    box has focus: a seller who searched, then changed a claim, means the claim change, and the
    few letters typed are quicker to retype than a lost undo is to notice."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()  # not ours: let the window's Undo/Redo shortcut take the key
                return True
        return super().event(event)


def value_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for data (buyer text included): plain text, never HTML, selectable, wrapping."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setWordWrap(True)
    label.setText(text)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def heading_label(parent: QWidget | None = None) -> QLabel:
    label = value_label("", parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    label.setFont(font)
    return label


CHIP_COLOURS = {
    "action-required": ("#b3261e", "#ffffff"),
    "under-review": ("#1d5fa8", "#ffffff"),
    "appeal-filed": ("#1d5fa8", "#ffffff"),
    "denied": ("#2e7d32", "#ffffff"),
    "withdrawn": ("#2e7d32", "#ffffff"),
    "appeal-reversed": ("#2e7d32", "#ffffff"),
}


class Chip(QLabel):
    """A status shown as a small coloured pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_status(self, key: str, text: str) -> None:
        background, foreground = CHIP_COLOURS.get(key, ("#6b6b6b", "#ffffff"))
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground};"
            " border-radius: 9px; padding: 2px 10px; }"
        )


def local_paths(mime: QMimeData | None, folders: bool = True) -> list[str]:
    """The dropped paths if every URL is an existing local file (or folder, when `folders`:
    evidence drops take both, report imports only files), else nothing."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    paths = [url.toLocalFile() for url in urls]
    exists = Path.exists if folders else Path.is_file
    return paths if all(exists(Path(p)) for p in paths) else []


def local_files(mime: QMimeData | None) -> list[str]:
    """The dropped paths if every URL is an existing local file, else nothing."""
    return local_paths(mime, folders=False)


class ListView(QTableView):
    """A table that explains itself when empty instead of showing a blank grey area.

    With `set_accepts_files(True)` it takes local files dropped on it (`files_dropped`).
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""
        self._accepts_files = False

    def set_accepts_files(self, accepts: bool) -> None:
        self._accepts_files = accepts
        self.setAcceptDrops(accepts)
        self.viewport().setAcceptDrops(accepts)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DropOnly
            if accepts
            else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts_files and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts_files and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData()) if self._accepts_files else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def viewportEvent(self, event: QEvent) -> bool:
        """A cell too narrow for its text shows the whole text as its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.elided_text_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self.viewport())
                return True
        return super().viewportEvent(event)

    def elided_text_at(self, pos: QPoint) -> str:
        """The text of the cell at `pos` if the cell elides it and has no tooltip of its own."""
        index = self.indexAt(pos)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return ""
        room = self.visualRect(index).width() - 2 * (
            self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        )
        return text if self.fontMetrics().horizontalAdvance(text) > room else ""

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(QColor(self.palette().color(self.palette().ColorRole.PlaceholderText)))
        rect = self.viewport().rect().adjusted(40, 40, -40, -40)
        painter.drawText(
            rect,
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            self._empty_text,
        )
        painter.end()


def make_list_view(model: IdTableModel, name: str) -> ListView:
    """A list of the main window: whole rows selected one at a time, no editing, rows of one
    height, columns movable, sorted by clicking a header (the model sorts in SQL)."""
    view = ListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    row_height = view.fontMetrics().height() + 8
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(model.sort_column(), order)
    header.setSortIndicatorShown(True)
    view.setSortingEnabled(True)
    install_column_menu(view)
    return view


ERROR_STYLE = "color: #a4000f;"


def error_label() -> QLabel:
    """The inline message a dialog shows under its fields when something is missing."""
    label = QLabel()
    label.setObjectName("error")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class DateTimeEdit(QDateTimeEdit):
    """A date and time in the workspace's zone, shown to the minute.

    The editor keeps only what it shows: left alone, `value()` gives back the exact instant it
    was given, seconds included (a claim filed at 10:30:15 is not moved to 10:30:00 by opening
    and closing a dialog); once edited, the minute typed."""

    def __init__(self, value: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(datetime_format())
        self.setCalendarPopup(True)
        self._exact: datetime | None = None
        self.set_value(value)

    def set_value(self, value: datetime) -> None:
        self._exact = value
        self.setDateTime(to_qdatetime(value))

    def value(self) -> datetime:
        shown = from_qdatetime(self.dateTime()).replace(second=0, microsecond=0)
        exact = self._exact
        if exact is not None and shown == exact.replace(second=0, microsecond=0):
            return exact
        return shown


def datetime_edit(value: datetime) -> DateTimeEdit:
    return DateTimeEdit(value)


def plain_message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box with a Close button that shows `text` as written: an error names a file
    or quotes a reason, and QMessageBox's static functions would render "<b>x</b>.pdf" as
    HTML."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
