"""The right-hand pane for an order: what was bought, for how much, shipped where and how."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.facts import EXCLUDED_KINDS
from atoz_desktop.core.services.orders import LineDetail, OrderDetail
from atoz_desktop.gui.common.formatting import format_amount, format_date, format_datetime
from atoz_desktop.gui.common.labels import (
    carrier_label,
    exclusion_label,
    fulfilment_label,
    order_status_label,
)
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.widgets import Chip, heading_label, section_title, value_label
from atoz_desktop.gui.orders.order_claims import OrderClaimsList


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            # Hide at once: deleteLater waits for the event loop, and until then the old rows
            # would paint over the new ones.
            widget.hide()
            widget.deleteLater()


def _secondary(text: str) -> QLabel:
    label = value_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class CoverageCombo(QComboBox):
    """Whether the A-to-z Guarantee covers an order line, or why not (digital, service, ...)."""

    def __init__(self, line: LineDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.addItem(self.tr("Covered by the guarantee"), None)
        for kind in EXCLUDED_KINDS:
            self.addItem(exclusion_label(kind), kind)
        self.setCurrentIndex(max(0, self.findData(line.excluded_kind)))
        self.setToolTip(
            self.tr("Digital items, services, gift cards and subscriptions are not covered")
        )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def kind(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)


class OrderDetailPane(QScrollArea):
    """Shows one `OrderDetail` (plain data from the core); `show_order(None)` clears it.

    `exclusion_requested(line_pk, kind or None)` when the user flags a line as not covered;
    `new_claim_requested(order_id)` from the New Claim button."""

    exclusion_requested = Signal(int, object)
    new_claim_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail: OrderDetail | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)

        top = QHBoxLayout()
        self.title = heading_label()
        self.status_chip = Chip()
        top.addWidget(self.title, 1)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.new_claim_button = QPushButton(icon("new-claim"), self.tr("New Claim…"))
        self.new_claim_button.setToolTip(self.tr("Open an A-to-z claim on this order"))
        self.new_claim_button.clicked.connect(self._on_new_claim)
        actions = QHBoxLayout()
        actions.addWidget(self.new_claim_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(section_title(self.tr("Claims")))
        self.claims = OrderClaimsList()  # filled by the window: set_claims
        layout.addWidget(self.claims)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.purchased = value_label()
        self.total = value_label()
        self.latest_delivery = value_label()
        self.marketplace = value_label()
        self.fulfillment = value_label()
        self.buyer = value_label()
        form.addRow(self.tr("Purchased:"), self.purchased)
        form.addRow(self.tr("Total:"), self.total)
        form.addRow(self.tr("Latest delivery:"), self.latest_delivery)
        form.addRow(self.tr("Marketplace:"), self.marketplace)
        form.addRow(self.tr("Fulfilment:"), self.fulfillment)
        form.addRow(self.tr("Buyer:"), self.buyer)
        layout.addLayout(form)
        self.form = form

        layout.addWidget(section_title(self.tr("Ship to")))
        self.ship_to = value_label()
        layout.addWidget(self.ship_to)

        layout.addWidget(section_title(self.tr("Items")))
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(6)
        layout.addLayout(self.lines_box)

        layout.addWidget(section_title(self.tr("Shipments")))
        self.shipments_box = QVBoxLayout()
        self.shipments_box.setSpacing(6)
        layout.addLayout(self.shipments_box)
        self.no_shipments = QLabel()
        self.no_shipments.setWordWrap(True)
        self.no_shipments.setEnabled(False)
        layout.addWidget(self.no_shipments)
        layout.addStretch(1)
        self.setWidget(body)

    def _no_shipment_advice(self, detail: OrderDetail) -> str:
        """Where this order's shipment can come from: Amazon's report for an order Amazon
        shipped, the seller's own proof for one they shipped (never the FBA report)."""
        if (detail.fulfillment_channel or "").lower() in ("amazon", "afn"):
            return self.tr(
                "No shipment recorded yet. Import the FBA Amazon Fulfilled Shipments report "
                "to add carriers and tracking numbers."
            )
        return self.tr(
            "No shipment recorded yet. You shipped this order: add a “Shipped” event with the "
            "carrier and tracking number to its claim, and drop the carrier's receipt on it."
        )

    def _on_new_claim(self) -> None:
        if self.detail is not None:
            self.new_claim_requested.emit(self.detail.order_id)

    def coverage_combos(self) -> list[CoverageCombo]:
        found = []
        for i in range(self.lines_box.count()):
            widget = self.lines_box.itemAt(i).widget()
            if isinstance(widget, CoverageCombo):
                found.append(widget)
        return found

    def _add_coverage(self, line: LineDetail) -> None:
        combo = CoverageCombo(line)
        combo.activated.connect(
            lambda _index, c=combo: self.exclusion_requested.emit(c.line.pk, c.kind())
        )
        self.lines_box.addWidget(combo, 0, Qt.AlignmentFlag.AlignLeft)

    def show_order(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            return
        money = detail.currency
        self.title.setText(self.tr("Order {order_id}").format(order_id=detail.order_id))
        self.status_chip.set_status(
            detail.status.lower(), order_status_label(detail.status) or self.tr("Unknown")
        )
        self.purchased.setText(format_datetime(detail.purchase_date))
        self.total.setText(format_amount(detail.total, money))
        self.latest_delivery.setText(
            format_date(detail.latest_delivery) or self.tr("Not given by the report")
        )
        self.marketplace.setText(detail.sales_channel or "")
        self.fulfillment.setText(fulfilment_label(detail.fulfillment_channel or ""))
        buyer = detail.buyer or ""
        if detail.buyer_email:
            buyer = f"{buyer}\n{detail.buyer_email}" if buyer else detail.buyer_email
        self.buyer.setText(buyer)
        for label in (self.marketplace, self.fulfillment, self.buyer):
            self.form.setRowVisible(label, bool(label.text()))

        town = " ".join(p for p in (detail.ship_postal_code, detail.ship_city) if p)
        address = [detail.recipient, *detail.ship_address, town, detail.ship_state]
        address.append(detail.ship_country)
        self.ship_to.setText("\n".join(a for a in address if a) or self.tr("No address"))

        _clear(self.lines_box)
        for line in detail.lines:
            price = format_amount(line.item_price, money)
            self.lines_box.addWidget(
                value_label(
                    self.tr("{quantity} × {product}  —  {price}").format(
                        quantity=line.quantity,
                        product=line.product_name or line.sku or "?",
                        price=price,
                    )
                )
            )
            facts = []
            if line.sku:
                facts.append(self.tr("SKU {sku}").format(sku=line.sku))
            if line.asin:
                facts.append(self.tr("ASIN {asin}").format(asin=line.asin))
            if line.shipping_price:
                facts.append(
                    self.tr("shipping {amount}").format(
                        amount=format_amount(line.shipping_price, money)
                    )
                )
            if line.promotion_discount:
                facts.append(
                    self.tr("discount {amount}").format(
                        amount=format_amount(line.promotion_discount, money)
                    )
                )
            if line.item_status:
                facts.append(order_status_label(line.item_status))
            if facts:
                self.lines_box.addWidget(_secondary(" · ".join(facts)))
            self._add_coverage(line)

        _clear(self.shipments_box)
        for shipment in detail.shipments:
            carrier = " ".join(
                p for p in (carrier_label(shipment.carrier), shipment.tracking_number) if p
            )
            self.shipments_box.addWidget(value_label(carrier or self.tr("Unknown carrier")))
            facts = []
            if shipment.shipped_at:
                facts.append(
                    self.tr("shipped {when}").format(when=format_datetime(shipment.shipped_at))
                )
            if shipment.estimated_arrival:
                facts.append(
                    self.tr("expected {when}").format(when=format_date(shipment.estimated_arrival))
                )
            if shipment.delivered_at:
                facts.append(
                    self.tr("delivered {when}").format(when=format_datetime(shipment.delivered_at))
                )
            if shipment.signed_for:
                facts.append(self.tr("signed for"))
            if facts:
                self.shipments_box.addWidget(_secondary(" · ".join(facts)))
        self.no_shipments.setVisible(not detail.shipments)
        self.no_shipments.setText(self._no_shipment_advice(detail))
