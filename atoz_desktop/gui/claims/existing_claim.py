"""The notice at the top of New Claim when the order already has an open claim: which one,
and a button that opens it instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from atoz_desktop.core.services.claims import ClaimRow, open_claim_of_order
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.formatting import format_date
from atoz_desktop.gui.common.labels import reason_label, status_label
from atoz_desktop.gui.orders.order_claims import time_left


class ExistingClaimNotice(QFrame):
    """Hidden while the order has no open claim. `changed(row or None)` after each look-up;
    `open_requested(claim_pk)` from its button."""

    changed = Signal(object)
    open_requested = Signal(int)

    def __init__(
        self, workspace: Workspace, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.now = workspace, now
        self.row: ClaimRow | None = None
        self.setObjectName("existing_claim")
        self.setStyleSheet(
            "#existing_claim { background: #ffe3a0; border: 1px solid #d9a400;"
            " border-radius: 4px; } #existing_claim QLabel { color: #1c1c1c; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open That Claim"))
        self.open_button.setObjectName("open_existing_claim")
        self.open_button.clicked.connect(self._on_open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def look_up(self, order_id: str) -> ClaimRow | None:
        row = open_claim_of_order(self.workspace, order_id) if order_id else None
        self.row = row
        if row is not None:
            text = self.tr(
                "Order {order_id} already has an open claim: {reason}, {status}, filed {date}."
            ).format(
                order_id=row.order_id, reason=reason_label(row.reason),
                status=status_label(row.status), date=format_date(row.filed_at),
            )  # fmt: skip
            if row.deadline is not None:
                text += " " + self.tr("Deadline: {left}.").format(
                    left=time_left(row.deadline, self.now())
                )
            self.label.setText(text)
        self.setVisible(row is not None)
        self.changed.emit(row)
        return row

    def _on_open(self) -> None:
        if self.row is not None:
            self.open_requested.emit(self.row.pk)
