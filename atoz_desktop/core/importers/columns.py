"""Which report column feeds which field of an order, a line or a shipment, and how it is read.

Lines are tuples of LINE_KEYS' values (LINE_AT: a field's position), shipments dicts of
SHIPMENT_KEYS (importers/amazon.py reads them; services/importing keeps them so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from atoz_desktop.core.importers.compiled import Remembered, text_field
from atoz_desktop.core.importers.fields import (
    stored_datetime,
    stored_flag,
    stored_money,
    stored_quantity,
)
from atoz_desktop.core.importers.reports import ReportKind

Parser = Callable[[str], Any]
_text = text_field
_money = Remembered(stored_money)
_quantity = Remembered(stored_quantity)


# Order-level fields: model attribute <- (report column, parser), by report kind.
_ADDRESS = {
    "buyer_name": ("buyer-name", _text),
    "buyer_email": ("buyer-email", _text),
    "recipient_name": ("recipient-name", _text),
    "ship_address_1": ("ship-address-1", _text),
    "ship_address_2": ("ship-address-2", _text),
    "ship_address_3": ("ship-address-3", _text),
    "ship_city": ("ship-city", _text),
    "ship_state": ("ship-state", _text),
    "ship_postal_code": ("ship-postal-code", _text),
    "ship_country": ("ship-country", _text),
}
_COMMON = {
    "purchase_date": ("purchase-date", stored_datetime),
    "merchant_order_id": ("merchant-order-id", _text),
    "ship_service_level": ("ship-service-level", _text),
    "currency": ("currency", _text),
    "sales_channel": ("sales-channel", _text),
    "fulfillment_channel": ("fulfillment-channel", _text),
    "is_business_order": ("is-business-order", stored_flag),
    **_ADDRESS,
}
ORDER_FIELDS: dict[ReportKind, dict[str, tuple[str, Parser]]] = {
    ReportKind.ALL_ORDERS: {
        **_COMMON,
        "last_updated": ("last-updated-date", stored_datetime),
        "status": ("order-status", _text),
        "order_channel": ("order-channel", _text),
    },
    ReportKind.UNSHIPPED_ORDERS: {
        **_COMMON,
        "latest_delivery": ("delivery-end-date", stored_datetime),
    },
    ReportKind.FBA_SHIPMENTS: dict(_COMMON),
}
ORDER_ID_COLUMN = {
    ReportKind.ALL_ORDERS: "amazon-order-id",
    ReportKind.UNSHIPPED_ORDERS: "order-id",
    ReportKind.FBA_SHIPMENTS: "amazon-order-id",
}
LINE_FIELDS: dict[str, tuple[tuple[str, ...], Parser]] = {
    "order_item_id": (("order-item-id",), _text),
    "sku": (("sku",), _text),
    "asin": (("asin",), _text),
    "product_name": (("product-name",), _text),
    "item_status": (("item-status",), _text),
    "quantity": (("quantity", "quantity-purchased", "quantity-shipped"), _quantity),
    "item_price": (("item-price",), _money),
    "item_tax": (("item-tax",), _money),
    "shipping_price": (("shipping-price",), _money),
    "shipping_tax": (("shipping-tax",), _money),
    "gift_wrap_price": (("gift-wrap-price",), _money),
    "gift_wrap_tax": (("gift-wrap-tax",), _money),
    "item_promotion_discount": (("item-promotion-discount",), _money),
    "ship_promotion_discount": (("ship-promotion-discount",), _money),
}
SHIPMENT_FIELDS: dict[str, tuple[str, Parser]] = {
    "carrier": ("carrier", _text),
    "tracking_number": ("tracking-number", _text),
    "shipped_at": ("shipment-date", stored_datetime),
    "estimated_arrival": ("estimated-arrival-date", stored_datetime),
    "shipment_ref": ("shipment-id", _text),
}


LINE_KEYS = tuple(LINE_FIELDS) + ("excluded_kind",)
SHIPMENT_KEYS = tuple(SHIPMENT_FIELDS)
#: An order line is a tuple of LINE_KEYS' values; its fields by position.
LINE_AT = {key: i for i, key in enumerate(LINE_KEYS)}
Line = tuple[Any, ...]
