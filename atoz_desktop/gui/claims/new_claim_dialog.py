"""Claims › New Claim…: open a claim on an imported order, or on one typed in by hand.

An Amazon Pay order is never in the order reports, so the order id may be unknown: then the
buyer, amount and currency typed here are all the program knows. The dialog is shown with
`open()`; `created(claim_pk)` fires once the core has stored the claim. When the order
already has an open claim the dialog says so and offers to open that one instead
(`open_existing(claim_pk)`): a second claim on one order is most often a mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.claims import CHANNELS, REASONS
from atoz_desktop.core.services.claims import ClaimError, ClaimRow, create_claim
from atoz_desktop.core.services.orders import OrderDetail, order_detail
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.claims.existing_claim import ExistingClaimNotice
from atoz_desktop.gui.common.formatting import (
    CURRENCY_SYMBOLS,
    format_amount,
    format_date,
    format_decimal,
    parse_amount,
)
from atoz_desktop.gui.common.labels import channel_label, reason_label
from atoz_desktop.gui.common.ops import Failed, Ops
from atoz_desktop.gui.common.widgets import datetime_edit, error_label


class NewClaimDialog(QDialog):
    created = Signal(int)
    open_existing = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        ops: Ops,
        order_id: str = "",
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.now = now or (lambda: datetime.now(UTC))
        self.order: OrderDetail | None = None
        self.claim_pk: int | None = None
        self._amount_edited = False
        self.setWindowTitle(self.tr("New Claim"))

        self.order_id = QLineEdit(order_id)
        self.order_id.setObjectName("order_id")
        self.order_id.setPlaceholderText(self.tr("e.g. 402-1234567-1234567"))
        self.order_summary = QLabel()
        self.order_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.order_summary.setWordWrap(True)
        self.order_summary.setEnabled(False)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.reason = QComboBox()
        for reason in REASONS:
            self.reason.addItem(reason_label(reason), reason)
        self.buyer = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCY_SYMBOLS))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency)
        self.filed = datetime_edit(self.now())
        self.has_latest_delivery = QCheckBox(self.tr("Known:"))
        self.latest_delivery = datetime_edit(self.now())
        self.latest_delivery.setEnabled(False)
        self.has_latest_delivery.toggled.connect(self.latest_delivery.setEnabled)
        delivery_row = QHBoxLayout()
        delivery_row.addWidget(self.has_latest_delivery)
        delivery_row.addWidget(self.latest_delivery, 1)
        # Only asked for an order never imported; an imported order has its own date.
        self.has_purchase_date = QCheckBox(self.tr("Known:"))
        self.purchase_date = datetime_edit(self.now())
        self.purchase_date.setEnabled(False)
        self.has_purchase_date.toggled.connect(self.purchase_date.setEnabled)
        purchase_row = QHBoxLayout()
        purchase_row.addWidget(self.has_purchase_date)
        purchase_row.addWidget(self.purchase_date, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Order id:"), self.order_id)
        form.addRow("", self.order_summary)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Buyer:"), self.buyer)
        # A row holding a layout gets no buddy from addRow: give the mnemonics one.
        amount_label = QLabel(self.tr("Amount &claimed:"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)
        purchase_label = QLabel(self.tr("Order &placed on:"))
        purchase_label.setBuddy(self.has_purchase_date)
        form.addRow(purchase_label, purchase_row)
        self.purchase_label = purchase_label
        form.addRow(self.tr("&Filed on:"), self.filed)
        delivery_label = QLabel(self.tr("&Latest delivery:"))
        delivery_label.setBuddy(self.has_latest_delivery)
        form.addRow(delivery_label, delivery_row)
        self.form = form

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open Claim"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.existing = ExistingClaimNotice(workspace, self.now)
        self.existing.open_requested.connect(self._open_existing)
        self.existing.changed.connect(self._on_existing_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.existing)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.order_id.textChanged.connect(self._look_up_order)
        self.amount.textEdited.connect(self._on_amount_edited)
        self._look_up_order(order_id)
        if order_id:
            self.reason.setFocus()

    def _on_amount_edited(self, _text: str) -> None:
        self._amount_edited = True

    def _look_up_order(self, text: str) -> None:
        """Fill the fields from the order when the workspace holds it."""
        order_id = text.strip()
        self.existing.look_up(order_id)
        self.order = order_detail(self.workspace, order_id=order_id) if order_id else None
        order = self.order
        known = order is not None
        self.buyer.setEnabled(not known)
        self.currency.setEnabled(not known)
        self.form.setRowVisible(self.purchase_label, not known)
        if order is None:
            self.order_summary.setText(
                self.tr(
                    "Not an imported order (an Amazon Pay order, for instance): give the buyer, "
                    "the amount and its currency."
                )
                if order_id
                else ""
            )
            return
        self.order_summary.setText(
            self.tr("{buyer} · {total} · ordered {date}").format(
                buyer=order.buyer or order.recipient or "",
                total=format_amount(order.total, order.currency),
                date=format_date(order.purchase_date),
            )
        )
        self.buyer.setText(order.buyer or order.recipient or "")
        self.currency.setCurrentText(order.currency)
        if not self._amount_edited:
            self.amount.setText(format_decimal(order.total))
        if order.latest_delivery is not None:
            self.has_latest_delivery.setChecked(True)
            self.latest_delivery.set_value(order.latest_delivery)
        if (order.sales_channel or "").lower().startswith("amazon pay"):
            self.channel.setCurrentIndex(CHANNELS.index("amazon-pay"))

    def _on_existing_changed(self, row: ClaimRow | None) -> None:
        self.ok_button.setText(
            self.tr("Open Claim") if row is None else self.tr("Open Another Claim")
        )

    def _open_existing(self, claim_pk: int) -> None:
        self.open_existing.emit(claim_pk)
        self.reject()

    # Setting fields (tests, and the window prefilling a channel) --------------------------

    def set_reason(self, reason: str) -> None:
        self.reason.setCurrentIndex(REASONS.index(reason))

    def set_channel(self, channel: str) -> None:
        self.channel.setCurrentIndex(CHANNELS.index(channel))

    def set_filed(self, value: datetime) -> None:
        self.filed.set_value(value)

    def set_order_id(self, order_id: str) -> None:
        self.order_id.setText(order_id)

    def set_amount(self, amount: Decimal, currency: str | None = None) -> None:
        """The amount claimed (and its currency, for an order never imported); kept when the
        order id changes, as if typed."""
        self.amount.setText(format_decimal(amount))
        self._amount_edited = True
        if currency and self.currency.isEnabled():
            self.currency.setCurrentText(currency)

    def prefill(
        self,
        *,
        order_id: str,
        channel: str | None = None,
        amount: Decimal | None = None,
        currency: str | None = None,
        filed: datetime | None = None,
    ) -> None:
        """Fill the fields from what is known elsewhere (Amazon's claim e-mail)."""
        self.set_order_id(order_id)
        if channel in CHANNELS:
            self.set_channel(channel)
        if amount is not None:
            self.set_amount(amount, currency)
        elif currency and self.currency.isEnabled():
            self.currency.setCurrentText(currency)
        if filed is not None:
            self.set_filed(filed)
        self.reason.setFocus()

    def _show_error(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        order_id = self.order_id.text().strip()
        if not order_id:
            self._show_error(self.tr("Give the order id of the claim."), self.order_id)
            return
        try:
            amount: Decimal | None = parse_amount(self.amount.text())
        except ValueError:
            self._show_error(
                self.tr("“{text}” is not an amount.").format(text=self.amount.text()), self.amount
            )
            return
        currency = self.currency.currentText().strip().upper()
        if self.order is None and (amount is None or not currency):
            self._show_error(
                self.tr("This order is not imported: give the amount claimed and its currency."),
                self.amount,
            )
            return
        if amount is not None and amount < 0:
            self._show_error(self.tr("An amount cannot be negative."), self.amount)
            return
        latest = self.latest_delivery.value() if self.has_latest_delivery.isChecked() else None
        try:
            created = self.ops.attempt(
                create_claim,
                self.workspace,
                order_id=order_id,
                reason=str(self.reason.currentData()),
                filed_at=self.filed.value(),
                channel=str(self.channel.currentData()),
                amount=amount,
                currency=currency or None,
                latest_delivery=latest,
                buyer_name=self.buyer.text().strip() or None,
                purchase_date=self.purchase_date.value()
                if self.order is None and self.has_purchase_date.isChecked()
                else None,
                in_place=(ClaimError,),
            )
        except ClaimError as exc:
            self._show_error(str(exc))
            return
        if isinstance(created, Failed):
            return
        self.claim_pk = created
        self.created.emit(created)
        super().accept()
