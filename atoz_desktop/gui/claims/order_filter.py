"""The chip above the claims list when it shows one order's claims: says which order, and
its × button (or Esc on it) shows every claim again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class OrderFilterChip(QFrame):
    """Hidden until `show_order(order_id)`; `removed` when the user takes the filter off."""

    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_filter_chip")
        self.setStyleSheet(
            "#order_filter_chip { background: #dbe7f7; border: 1px solid #9db8dd;"
            " border-radius: 10px; }"
            " #order_filter_chip QLabel { color: #1c1c1c; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("remove_order_filter")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Show every claim again"))
        self.remove_button.setAccessibleName(self.tr("Remove the order filter"))
        self.remove_button.clicked.connect(self.removed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 1, 2, 1)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)
        self.order_id: str | None = None
        self.hide()

    def show_order(self, order_id: str | None) -> None:
        self.order_id = order_id
        if order_id is not None:
            self.label.setText(self.tr("Claims on order {order_id}").format(order_id=order_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removed.emit()
            return
        super().keyPressEvent(event)
