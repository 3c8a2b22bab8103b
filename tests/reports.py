"""Small Amazon report files for tests, written the way sellers really have them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

ALL_ORDERS_COLUMNS = (
    "amazon-order-id merchant-order-id purchase-date last-updated-date order-status "
    "fulfillment-channel sales-channel order-channel url ship-service-level product-name sku asin "
    "item-status quantity currency item-price item-tax shipping-price shipping-tax gift-wrap-price "
    "gift-wrap-tax item-promotion-discount ship-promotion-discount ship-city ship-state "
    "ship-postal-code ship-country promotion-ids is-business-order purchase-order-number "
    "price-designation"
).split()

UNSHIPPED_COLUMNS = (
    "order-id order-item-id purchase-date payments-date buyer-email buyer-name sku product-name "
    "quantity-purchased currency item-price ship-service-level recipient-name ship-address-1 "
    "ship-address-2 ship-address-3 ship-city ship-state ship-postal-code ship-country "
    "delivery-start-date delivery-end-date"
).split()

FBA_COLUMNS = (
    "amazon-order-id merchant-order-id shipment-id shipment-item-id amazon-order-item-id "
    "purchase-date payments-date shipment-date reporting-date buyer-email buyer-name sku "
    "product-name quantity-shipped currency item-price item-tax shipping-price shipping-tax "
    "ship-service-level recipient-name ship-address-1 ship-city ship-postal-code ship-country "
    "carrier tracking-number estimated-arrival-date fulfillment-center-id sales-channel"
).split()


def order_row(order_id: str = "402-1234567-1234567", **values: str) -> dict[str, str]:
    row = {
        "amazon-order-id": order_id,
        "purchase-date": "2026-10-03T14:22:11+00:00",
        "last-updated-date": "2026-10-05T10:00:00+00:00",
        "order-status": "Shipped",
        "fulfillment-channel": "Merchant",
        "sales-channel": "Amazon.fr",
        "ship-service-level": "Standard",
        "product-name": "Théière en fonte émaillée 1,2 L",
        "sku": "TH-001",
        "asin": "B0ABCDEFGH",
        "item-status": "Shipped",
        "quantity": "1",
        "currency": "EUR",
        "item-price": "39.90",
        "item-tax": "6.65",
        "shipping-price": "4.90",
        "shipping-tax": "0.82",
        "ship-city": "Besançon",
        "ship-state": "Doubs",
        "ship-postal-code": "25000",
        "ship-country": "FR",
        "is-business-order": "false",
    }
    row.update({k.replace("_", "-"): v for k, v in values.items()})
    return row


def report_text(
    rows: Sequence[dict[str, str]],
    columns: Sequence[str] = ALL_ORDERS_COLUMNS,
    delimiter: str = "\t",
    newline: str = "\n",
    final_newline: bool = True,
) -> str:
    lines = [delimiter.join(columns)]
    lines += [delimiter.join(row.get(c, "") for c in columns) for row in rows]
    return newline.join(lines) + (newline if final_newline else "")


def write_report(
    path: Path,
    rows: Sequence[dict[str, str]],
    columns: Sequence[str] = ALL_ORDERS_COLUMNS,
    encoding: str = "utf-8",
    **options: object,
) -> Path:
    path.write_bytes(report_text(rows, columns, **options).encode(encoding))  # type: ignore[arg-type]
    return path
