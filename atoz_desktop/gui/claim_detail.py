"""The right-hand pane for a claim: its header (status, reason, amount, deadline, order).

The claims issue adds findings, the timeline, evidence and actions below this header.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.services.claims import ClaimRow
from atoz_desktop.gui.formatting import Urgency, countdown, format_amount, format_datetime
from atoz_desktop.gui.labels import channel_label, reason_label, status_label
from atoz_desktop.gui.table_models import COUNTDOWN_STATUSES, OVERDUE_FOREGROUND
from atoz_desktop.gui.widgets import Chip, heading_label, value_label


class ClaimDetailPane(QScrollArea):
    """Shows one claim; `order_requested(order_id)` when the user follows the order link."""

    order_requested = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(UTC))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claim: ClaimRow | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        self.title = heading_label()
        self.status_chip = Chip()
        top.addWidget(self.title, 1)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.deadline = QLabel()
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.deadline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.deadline.setFont(font)
        layout.addWidget(self.deadline)

        form = QFormLayout()
        self.amount = value_label()
        self.order_link = QLabel()
        self.order_link.setTextFormat(Qt.TextFormat.RichText)
        self.order_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.order_link.linkActivated.connect(self._on_link)
        self.buyer = value_label()
        self.filed = value_label()
        self.channel = value_label()
        form.addRow(self.tr("Amount claimed:"), self.amount)
        form.addRow(self.tr("Order:"), self.order_link)
        form.addRow(self.tr("Buyer:"), self.buyer)
        form.addRow(self.tr("Filed:"), self.filed)
        form.addRow(self.tr("Channel:"), self.channel)
        layout.addLayout(form)
        self.form = form
        layout.addStretch(1)
        self.setWidget(body)

    def _on_link(self, link: str) -> None:
        if self.claim is not None:
            self.order_requested.emit(self.claim.order_id)

    def show_claim(self, claim: ClaimRow | None) -> None:
        self.claim = claim
        if claim is None:
            return
        self.title.setText(reason_label(claim.reason))
        self.status_chip.set_status(claim.status, status_label(claim.status))
        self.refresh_deadline()
        self.amount.setText(format_amount(claim.amount, claim.currency))
        self.order_link.setText(f'<a href="order">{html.escape(claim.order_id)}</a>')
        self.order_link.setToolTip(self.tr("Show this order"))
        self.buyer.setText(claim.buyer or "")
        self.form.setRowVisible(self.buyer, bool(claim.buyer))
        self.filed.setText(format_datetime(claim.filed_at))
        self.channel.setText(channel_label(claim.channel))

    def refresh_deadline(self) -> None:
        claim = self.claim
        if claim is None:
            return
        if claim.status not in COUNTDOWN_STATUSES or claim.response_due is None:
            self.deadline.setText("")
            self.deadline.setVisible(False)
            return
        left = countdown(claim.response_due, self.now())
        when = format_datetime(claim.response_due)
        if left.urgency is Urgency.OVERDUE:
            text = self.tr("Response was due {when} ({countdown})")
            style = f"color: {OVERDUE_FOREGROUND.name()}; font-weight: bold;"
        else:
            text = self.tr("Respond by {when} ({countdown} left)")
            style = "color: #8a5a00; font-weight: bold;" if left.urgency is Urgency.SOON else ""
        self.deadline.setText(text.format(when=when, countdown=left.text))
        self.deadline.setStyleSheet(style)
        self.deadline.setVisible(True)
