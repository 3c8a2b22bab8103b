"""A signal once a widget has been painted for the first time: what a start waits for before
it does the next part of its work (gui/app.py, MainWindow.open_workspace)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """`painted` once, after `widget`'s first paint (queued: the whole frame is painted first,
    its children too), then it stops watching."""

    painted = Signal()
    _seen = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._seen.connect(self.painted, Qt.ConnectionType.QueuedConnection)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._seen.emit()
        return False
