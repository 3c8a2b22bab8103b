"""A claim's timeline as a list: one entry per event, oldest first, an icon per kind.

Buyer text is data, so it goes through the model's DisplayRole, which the item delegate paints
as plain text: markup a buyer typed shows literally. Long text is cut to a few lines until the
user expands the entry (click or Space); Enter and double-click edit it, Delete removes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from atoz_desktop.core.services.claims import PROGRAM_EVENT_KINDS, EventView
from atoz_desktop.gui.common.formatting import (
    format_amount,
    format_date,
    format_datetime,
    format_decimal,
)
from atoz_desktop.gui.common.id_model import read_only_flags
from atoz_desktop.gui.common.labels import (
    author_label,
    carrier_label,
    event_kind_label,
    offer_kind_label,
    status_label,
)
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.widgets import local_paths

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role giving an entry's `EventView`.
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2

#: A collapsed entry shows at most this many characters and lines of its text.
ELIDE_CHARS = 240
ELIDE_LINES = 3


def elide(text: str) -> tuple[str, bool]:
    """The start of `text` for a collapsed entry: its first lines that say something (a mail's
    "Bonjour," is followed by blank lines, which would leave nothing else to read), spaces
    collapsed, cut at a word; and whether anything was cut."""
    if len(text) <= ELIDE_CHARS and len(text.strip("\n").splitlines()) <= ELIDE_LINES:
        return text, False
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    short = "\n".join(lines[:ELIDE_LINES])
    if len(short) > ELIDE_CHARS:
        short = short[:ELIDE_CHARS]
        space = short.rfind(" ")
        if space > ELIDE_CHARS * 2 // 3:
            short = short[:space]
        short = short.rstrip(" ,;:")
    if short == "\n".join(lines):
        return short, False
    return short + "…", True


class TimelineModel(QAbstractListModel):
    """The entries of `ClaimView.timeline`; those with `pk` None come from the order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[EventView] = []
        self._expanded: set[tuple[int | None, str, str]] = set()
        self._attachments: dict[int, int] = {}

    def set_attachment_counts(self, counts: dict[int, int]) -> None:
        """How many evidence items each event holds (shown in its heading)."""
        if counts == self._attachments:
            return
        self._attachments = dict(counts)
        if self._events:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._events) - 1, 0),
                [Qt.ItemDataRole.DisplayRole],
            )

    @staticmethod
    def _key(event: EventView) -> tuple[int | None, str, str]:
        return (event.pk, event.kind, event.at.isoformat())

    def set_events(self, events: Sequence[EventView]) -> None:
        self.beginResetModel()
        self._events = list(events)
        keys = {self._key(e) for e in self._events}
        self._expanded &= keys
        self.endResetModel()

    def event_at(self, row: int) -> EventView | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_pk: int) -> int:
        for row, event in enumerate(self._events):
            if event.pk == event_pk:
                return row
        return -1

    def is_expanded(self, row: int) -> bool:
        event = self.event_at(row)
        return event is not None and self._key(event) in self._expanded

    def toggle_expanded(self, row: int) -> None:
        event = self.event_at(row)
        if event is None:
            return
        key = self._key(event)
        if key in self._expanded:
            self._expanded.discard(key)
        else:
            self._expanded.add(key)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def _heading(self, event: EventView) -> str:
        # A date read from a receipt that printed no time shows as the day alone.
        dated = format_date if event.details.get("time_printed") is False else format_datetime
        parts = [dated(event.at), event_kind_label(event.kind)]
        if event.kind == "status-change":
            before, after = event.details.get("from"), event.details.get("to")
            if before and after:
                parts[1] = self.tr("Status: {before} → {after}").format(
                    before=status_label(str(before)), after=status_label(str(after))
                )
        if event.kind == "dossier":
            parts.append(self._dossier_summary(event.details))
        offer = event.details.get("offer_kind")
        if offer:
            parts.append(offer_kind_label(str(offer)))
        if event.amount is not None:
            parts.append(format_amount(event.amount, event.currency or ""))
        if event.author:
            parts.append(author_label(event.author))
        if event.pk is None:
            parts.append(self.tr("from the order"))
        attached = self._attachments.get(event.pk) if event.pk is not None else None
        if attached:
            parts.append(self.tr("%n file(s) attached", "", attached))
        return " · ".join(parts)

    def _dossier_summary(self, details: dict[str, Any]) -> str:
        """'Response, fr, saved · 14 pages · 3.9 MB' for the record of a dossier."""
        kind = self.tr("Appeal") if details.get("dossier_kind") == "appeal" else self.tr("Response")
        via = {
            "export": self.tr("saved"),
            "print": self.tr("printed"),
            "batch": self.tr("saved with the due claims"),
            "reply-email": self.tr("saved as a reply e-mail"),
        }.get(str(details.get("via", "")), "")
        pages = int(details.get("pages") or 0)
        size = format_decimal(Decimal(int(details.get("bytes") or 0)) / 1_000_000, places=1)
        parts = [
            ", ".join(p for p in (kind, str(details.get("lang", "")), via) if p),
            self.tr("%n page(s)", "", pages),
            self.tr("{size} MB").format(size=size),
        ]
        return " · ".join(parts)

    def full_text(self, event: EventView) -> str:
        if event.kind == "dossier":
            name, sha = event.details.get("file"), event.details.get("sha256", "")
            return "\n".join(str(p) for p in (name, f"SHA-256 {sha}") if p)
        tracking = " ".join(
            (carrier_label(str(event.details.get("carrier") or "")),
             str(event.details.get("tracking_number") or ""))
        ).strip()  # fmt: skip
        text = event.text
        if tracking and tracking not in text:
            text = f"{tracking}\n{text}" if text else tracking
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.full_text(event)
            if not text:
                return self._heading(event)
            if not self.is_expanded(index.row()):
                text, _cut = elide(text)
            return self._heading(event) + "\n" + text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(f"event-{event.kind}")
        if role == Qt.ItemDataRole.ToolTipRole:
            _short, cut = elide(self.full_text(event))
            if cut and not self.is_expanded(index.row()):
                return self.tr("Click or press Space to show the whole text")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._heading(event) + "\n" + self.full_text(event)
        if role == EVENT_ROLE:
            return event
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class TimelineView(QListView):
    """The list of entries; `edit_requested` / `delete_requested` carry the event."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)
    #: Files dropped on an entry (the EventView), or below the entries (None).
    files_dropped = Signal(list, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.clicked.connect(lambda index: self.timeline.toggle_expanded(index.row()))
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.activated.connect(self._on_activated)

    def current_event(self) -> EventView | None:
        index = self.currentIndex()
        return self.timeline.event_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        event = self.timeline.event_at(index.row())
        if event is None:
            return
        if event.pk is None or event.kind in PROGRAM_EVENT_KINDS:
            self.timeline.toggle_expanded(index.row())  # not editable: Enter just expands
        else:
            self.edit_requested.emit(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.currentIndex()
        if key == Qt.Key.Key_Space and current.isValid():
            self.timeline.toggle_expanded(current.row())
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid():
            entry = self.timeline.event_at(current.row())
            if entry is not None:
                self.delete_requested.emit(entry)
            event.accept()
            return
        super().keyPressEvent(event)

    # Drops: the entry under the pointer is selected, so the seller sees where files go.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not local_paths(event.mimeData()):
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        index = self.indexAt(event.position().toPoint())
        entry = self.timeline.event_at(index.row()) if index.isValid() else None
        self.files_dropped.emit(paths, entry)
