"""What an order becomes when reports are folded into it: the import's rules, without storage.

Values are kept as the workspace stores them (importers/fields.py): amounts in integer
hundredths, instants as UTC text (which sorts as the instants do), flags as 0/1.

A newer All Orders report updates an order, an older one never rolls it back; an Unshipped
report adds buyer and address and fills in lines; an FBA report adds shipments. Lines are tuples
of LINE_KEYS' values (importers/amazon.py), shipments dicts of SHIPMENT_KEYS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from atoz_desktop.core.importers.amazon import LINE_AT, LINE_KEYS, Line, OrderRecord
from atoz_desktop.core.importers.reports import ReportKind
from atoz_desktop.core.search import fold

ORDER_KEYS = (
    "merchant_order_id", "purchase_date", "last_updated", "status", "fulfillment_channel",
    "sales_channel", "order_channel", "ship_service_level", "currency", "buyer_name",
    "buyer_email", "recipient_name", "ship_address_1", "ship_address_2", "ship_address_3",
    "ship_city", "ship_state", "ship_postal_code", "ship_country", "is_business_order",
    "latest_delivery",
)  # fmt: skip
_DEFAULT_STATUS = {
    ReportKind.ALL_ORDERS: "",
    ReportKind.UNSHIPPED_ORDERS: "Unshipped",
    ReportKind.FBA_SHIPMENTS: "Shipped",
}
_DEFAULT_FIELDS: dict[str, Any] = {
    **dict.fromkeys(ORDER_KEYS),
    "status": _DEFAULT_STATUS[ReportKind.ALL_ORDERS],
    "currency": "",
    "is_business_order": 0,
}
_ITEM_ID = LINE_AT["order_item_id"]
_SKU = LINE_AT["sku"]
_ASIN = LINE_AT["asin"]
_NAME = LINE_AT["product_name"]
_QUANTITY = LINE_AT["quantity"]
_EXCLUDED = LINE_AT["excluded_kind"]
_PAID = tuple(LINE_AT[k] for k in ("item_price", "shipping_price", "gift_wrap_price"))
_PROMOTIONS = tuple(LINE_AT[k] for k in ("item_promotion_discount", "ship_promotion_discount"))


@dataclass
class OrderState:
    """One order as stored (`pk` None for a new one), as a comparable value."""

    pk: int | None
    fields: dict[str, Any]
    lines: list[Line]
    shipments: list[dict[str, Any]]
    shipment_pks: list[int | None]
    extra: dict[str, str]
    #: The raw hash to store with it (reimport.py): None unless it is what those rows alone make.
    raw_hash: int | None = None

    def copy(self) -> OrderState:
        return OrderState(
            self.pk,
            dict(self.fields),
            list(self.lines),
            [dict(s) for s in self.shipments],
            list(self.shipment_pks),
            dict(self.extra),
        )

    def same_as(self, other: OrderState) -> bool:
        return (self.fields, self.lines, self.shipments, self.extra) == (
            other.fields, other.lines, other.shipments, other.extra
        )  # fmt: skip


def new_state(records: list[OrderRecord]) -> OrderState:
    """The order these records (of one order, in import order) make from nothing."""
    first = records[0]
    kind = first.kind
    fields = _DEFAULT_FIELDS.copy()
    # (`is` rather than a dict of the kinds: an Enum member hashes in Python, once an order.)
    if kind is not ReportKind.ALL_ORDERS:
        fields["status"] = _DEFAULT_STATUS[kind]
    fields.update(first.fields)
    shipments = (
        [
            {**s, "carrier": s["carrier"] or "", "tracking_number": s["tracking_number"] or ""}
            for s in first.shipments
        ]
        if first.shipments
        else []
    )
    lines = first.lines
    for line in lines:
        if line[_QUANTITY] is None:
            lines = [normal_line(line) for line in first.lines]
            break
    else:
        lines = list(lines)  # the records stay as read: reimport.py may fold them again
    extra = dict(first.extra) if first.extra else {}
    state = OrderState(None, fields, lines, shipments, [None] * len(shipments), extra)
    if len(records) > 1:
        for record in records[1:]:
            apply(state, record)
    return state


def apply(state: OrderState, record: OrderRecord) -> None:
    """Fold what a report says into an order's state (see the module's docstring)."""
    incoming = record.fields
    if record.kind is ReportKind.ALL_ORDERS:
        stored, new = state.fields.get("last_updated"), incoming.get("last_updated")
        if not record.continued and stored is not None and (new is None or new < stored):
            return  # an older report: never roll an order back
        if record.continued:
            state.lines.extend(normal_line(line) for line in record.lines)
        elif record.lines:
            # Keep what other reports or the user added to a line (item id, exclusion flag).
            by_sku = {line[_SKU]: line for line in state.lines if line[_SKU]}
            lines = []
            for line in record.lines:
                full = normal_line(line)
                old = by_sku.get(full[_SKU])
                if old is not None:
                    values = list(full)
                    values[_ITEM_ID] = full[_ITEM_ID] or old[_ITEM_ID]
                    values[_EXCLUDED] = old[_EXCLUDED]
                    full = tuple(values)
                lines.append(full)
            state.lines = lines
    elif record.kind is ReportKind.UNSHIPPED_ORDERS:
        incoming = {k: v for k, v in incoming.items() if k != "status"}
        for line in record.lines:
            _merge_line(state.lines, normal_line(line))
    elif not state.lines and record.lines:
        state.lines = [normal_line(line) for line in record.lines]
    state.fields.update(incoming)
    state.extra.update(record.extra)
    for shipment in record.shipments:
        _merge_shipment(state, shipment)


def normal_line(line: Line) -> Line:
    if line[_QUANTITY] is None:
        return line[:_QUANTITY] + (1,) + line[_QUANTITY + 1 :]
    return line


def _merge_line(lines: list[Line], line: Line) -> None:
    for i, old in enumerate(lines):
        same_item = line[_ITEM_ID] and old[_ITEM_ID] == line[_ITEM_ID]
        same_sku = not old[_ITEM_ID] and old[_SKU] and old[_SKU] == line[_SKU]
        if same_item or same_sku:
            lines[i] = tuple(
                value if value is not None and mine is None else mine
                for mine, value in zip(old, line, strict=True)
            )
            return
    lines.append(line)


def _merge_shipment(state: OrderState, shipment: dict[str, Any]) -> None:
    shipment = {
        **shipment,
        "carrier": shipment["carrier"] or "",
        "tracking_number": shipment["tracking_number"] or "",
    }
    key = (shipment["carrier"], shipment["tracking_number"])
    for old in state.shipments:
        if (old["carrier"], old["tracking_number"]) == key:
            for name, value in shipment.items():
                if value is not None:
                    old[name] = value
            return
    if not shipment["tracking_number"]:
        # A row without a number, of a parcel the order knows with one since (a carrier
        # receipt filled it in: services/receipts): the same parcel, not a second one. It
        # only fills in what that shipment lacks.
        for old in state.shipments:
            if old["tracking_number"] and old["carrier"] == shipment["carrier"]:
                for name, value in shipment.items():
                    if old.get(name) in (None, "") and value not in (None, ""):
                        old[name] = value
                return
    state.shipments.append(shipment)
    state.shipment_pks.append(None)


def total(lines: list[Line]) -> int:
    """What the buyer paid, in hundredths: prices (VAT included on EU marketplaces) less
    promotions."""
    paid = 0
    for line in lines:
        for at in _PAID:
            if line[at] is not None:
                paid += line[at]
        for at in _PROMOTIONS:
            if line[at] is not None:
                paid -= abs(line[at])
    return paid


def order_search_text(order_id: str, state: OrderState) -> str:
    f = state.fields
    values = [order_id, f["buyer_name"], f["recipient_name"], f["ship_city"], f["ship_postal_code"]]
    for line in state.lines:
        values += (line[_SKU], line[_ASIN], line[_NAME])
    values += (s["tracking_number"] for s in state.shipments)
    # search_text() of the values, by parts: they are stripped already (importers/compiled.py,
    # and as stored), and folding goes one character at a time, so each unique value is folded
    # on its own; cities, products and SKUs repeat across orders, and are folded once each.
    unique = dict.fromkeys(v for v in values[1:] if v)
    unique.pop(order_id, None)
    first = [fold(order_id)] if order_id else []  # an order id is unique: not worth caching
    return "\n".join([*first, *map(_folded, unique)])


@lru_cache(maxsize=16384)
def _folded(value: str) -> str:
    return fold(value)


__all__ = ["LINE_KEYS", "ORDER_KEYS", "OrderState", "apply", "new_state", "total"]
