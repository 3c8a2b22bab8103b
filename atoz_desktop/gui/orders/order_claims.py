"""The order pane's Claims section: each claim opened on the order, one click to open it in
the claims list, and a button that shows the claims list filtered to this order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from atoz_desktop.core.services.claims import ClaimRow
from atoz_desktop.gui.common.formatting import Urgency, countdown, format_amount, format_date
from atoz_desktop.gui.common.labels import reason_label, status_label


def time_left(deadline: datetime, now: datetime) -> str:
    """'20 h 0 min left', or 'overdue 8 h'."""
    left = countdown(deadline, now)
    if left.urgency is Urgency.OVERDUE:
        return left.text
    return QCoreApplication.translate("order_claims", "{left} left").format(left=left.text)


class ClaimLink(QLabel):
    """One claim of the order, as a link: wraps in a narrow pane (a button would not), opens
    on a click, Enter or Space, and is reached with Tab."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("order_claim_link")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.setStyleSheet(
            "#order_claim_link { padding: 2px 4px; border-radius: 3px; }"
            " #order_claim_link:hover, #order_claim_link:focus { background: palette(midlight); }"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class OrderClaimsList(QWidget):
    """`claim_requested(claim_pk)` when a claim is clicked; `show_all_requested(order_id)`
    from Show in Claims List."""

    claim_requested = Signal(int)
    show_all_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order_id = ""
        self.rows: tuple[ClaimRow, ...] = ()
        self._box = QVBoxLayout()
        self._box.setSpacing(2)
        self.none_label = QLabel(self.tr("No claim on this order."))
        self.none_label.setEnabled(False)
        self.show_all_button = QPushButton(self.tr("Show in Claims List"))
        self.show_all_button.setObjectName("show_claims_of_order")
        self.show_all_button.setToolTip(self.tr("List only this order's claims"))
        self.show_all_button.clicked.connect(lambda: self.show_all_requested.emit(self.order_id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_all_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        layout.addWidget(self.none_label)
        layout.addLayout(bottom)

    def links(self) -> list[ClaimLink]:
        """One link per claim, newest filed first."""
        found = []
        for i in range(self._box.count()):
            widget = self._box.itemAt(i).widget()
            if isinstance(widget, ClaimLink):
                found.append(widget)
        return found

    def describe(self, row: ClaimRow, now: datetime) -> str:
        text = self.tr("{status} · {reason} · {amount} · filed {date}").format(
            status=status_label(row.status), reason=reason_label(row.reason),
            amount=format_amount(row.amount, row.currency), date=format_date(row.filed_at),
        )  # fmt: skip
        if row.deadline is not None:
            text += " · " + time_left(row.deadline, now)
        return text

    def set_claims(self, order_id: str, rows: Sequence[ClaimRow], now: datetime) -> None:
        self.order_id, self.rows = order_id, tuple(rows)
        while self._box.count():
            widget = self._box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row in rows:
            link = ClaimLink(self.describe(row, now))
            link.setToolTip(self.tr("Open this claim"))
            link.clicked.connect(lambda pk=row.pk: self.claim_requested.emit(pk))
            self._box.addWidget(link)
        self.none_label.setVisible(not rows)
        self.show_all_button.setVisible(len(rows) > 0)
