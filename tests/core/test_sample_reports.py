"""Generated reports must look like Amazon's: the demo and the benchmark depend on them."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from atoz_desktop.core.sample_reports import (
    ALL_ORDERS_COLUMNS,
    ALL_ORDERS_NEWER_COLUMNS,
    FBA_SHIPMENTS_COLUMNS,
    UNSHIPPED_COLUMNS,
    all_orders_rows,
    sample_orders,
    write_all_orders,
    write_fba_shipments,
    write_unshipped,
)

ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ASIN = re.compile(r"^B0[0-9A-Z]{8}$")
AMOUNT = re.compile(r"^-?\d+\.\d{2}$")


def read_tsv(path: Path, encoding: str = "utf-8") -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader.fieldnames or []), list(reader)


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    assert list(all_orders_rows(200, seed=3)) == list(all_orders_rows(200, seed=3))
    assert list(all_orders_rows(200, seed=3)) != list(all_orders_rows(200, seed=4))


def test_rows_are_counted_not_orders_and_an_orders_rows_are_together() -> None:
    rows = list(all_orders_rows(2000, seed=1))
    assert len(rows) == 2000
    ids = [r["amazon-order-id"] for r in rows]
    per_order = Counter(ids)
    multi = [i for i, n in per_order.items() if n > 1]
    assert 0.15 < len(multi) / len(per_order) < 0.35
    assert max(per_order.values()) <= 3
    # Consecutive: an id never reappears after another order's rows.
    runs = [i for n, i in enumerate(ids) if n == 0 or ids[n - 1] != i]
    assert len(runs) == len(per_order)


def test_ids_dates_and_amounts_have_amazons_shapes() -> None:
    rows = list(all_orders_rows(3000, seed=2))
    orders = {r["amazon-order-id"] for r in rows}
    assert all(ORDER_ID.match(i) for i in orders)
    assert all(ASIN.match(r["asin"]) for r in rows)
    for r in rows:
        assert datetime.fromisoformat(r["purchase-date"]).tzinfo is not None
        assert r["purchase-date"].endswith("+00:00")
        for column in ("item-price", "item-tax", "shipping-price"):
            assert r[column] == "" or AMOUNT.match(r[column])
        assert r["currency"] == "EUR"
        assert 0 <= int(r["quantity"]) <= 3
    statuses = Counter(r["order-status"] for r in rows)
    assert statuses.most_common(1)[0][0] == "Shipped"
    assert {"Pending", "Cancelled", "Shipping"} <= set(statuses)
    assert {r["sales-channel"] for r in rows} == {
        "Amazon.fr",
        "Amazon.de",
        "Amazon.it",
        "Amazon.es",
    }
    assert {r["ship-country"] for r in rows} == {"FR", "BE", "DE", "IT", "ES"}
    assert {r["fulfillment-channel"] for r in rows} == {"Amazon", "Merchant"}


def test_postal_codes_fit_their_country() -> None:
    shapes = {"FR": r"\d{5}", "DE": r"\d{5}", "IT": r"\d{5}", "ES": r"\d{5}", "BE": r"\d{4}"}
    for r in all_orders_rows(1000, seed=5):
        assert re.fullmatch(shapes[r["ship-country"]], r["ship-postal-code"])


def test_accents_survive_in_cities_products_and_names(tmp_path: Path) -> None:
    orders = sample_orders(400, seed=7)
    cities = {o.ship_city for o in orders}
    assert {"Besançon", "München"} <= cities
    assert any("ß" in o.ship_address_1 or "ß" in o.buyer_name for o in orders)
    assert any("é" in line.product_name for o in orders for line in o.lines)
    assert any(re.search(r"[éèêëüöäçñ]", o.buyer_name) for o in orders)

    path = tmp_path / "all-orders-cp1252.txt"
    write_all_orders(path, orders, encoding="cp1252")
    header, rows = read_tsv(path, encoding="cp1252")
    assert header == list(ALL_ORDERS_COLUMNS)
    assert "Besançon" in {r["ship-city"] for r in rows}


def test_written_all_orders_file_has_the_header_and_every_row(tmp_path: Path) -> None:
    path = tmp_path / "all.txt"
    assert write_all_orders(path, 500, seed=9) == 500
    header, rows = read_tsv(path)
    assert header == list(ALL_ORDERS_COLUMNS) and len(header) == 32
    assert len(rows) == 500
    assert all(len(r) == 32 and None not in r for r in rows)


def test_variant_columns_and_spreadsheet_shape(tmp_path: Path) -> None:
    newer = tmp_path / "newer.txt"
    write_all_orders(newer, 50, seed=1, columns=ALL_ORDERS_NEWER_COLUMNS)
    header, rows = read_tsv(newer)
    assert "url" not in header and "cpf" in header and len(header) == 35
    assert rows[0]["signature-confirmation-recommended"] == "false"

    saved = tmp_path / "saved.csv"
    write_all_orders(saved, 50, seed=1, delimiter=";", encoding="cp1252")
    with open(saved, encoding="cp1252", newline="") as f:
        parsed = list(csv.reader(f, delimiter=";"))
    assert parsed[0] == list(ALL_ORDERS_COLUMNS) and len(parsed) == 51


def test_the_same_orders_feed_all_three_reports(tmp_path: Path) -> None:
    orders = sample_orders(300, seed=11)
    write_all_orders(tmp_path / "all.txt", orders)
    write_unshipped(tmp_path / "unshipped.txt", orders)
    write_fba_shipments(tmp_path / "fba.txt", orders)

    _, all_rows = read_tsv(tmp_path / "all.txt")
    header, unshipped = read_tsv(tmp_path / "unshipped.txt")
    assert header == list(UNSHIPPED_COLUMNS)
    header, fba = read_tsv(tmp_path / "fba.txt")
    assert header == list(FBA_SHIPMENTS_COLUMNS)

    ids = {r["amazon-order-id"] for r in all_rows}
    assert {r["order-id"] for r in unshipped} == ids
    assert {r["amazon-order-id"] for r in fba} < ids
    assert {
        o.fulfillment_channel for o in orders if o.order_id in {r["amazon-order-id"] for r in fba}
    } == {"Amazon"}

    for r in unshipped:
        end = datetime.fromisoformat(r["delivery-end-date"])
        assert end.tzinfo is not None
        assert end > datetime.fromisoformat(r["purchase-date"])
        assert r["buyer-name"] and r["recipient-name"] and r["ship-address-1"]
    for r in fba:
        assert r["carrier"] and r["tracking-number"] and r["fulfillment-center-id"]
        if r["carrier"] == "Colissimo":
            assert re.fullmatch(r"[0-9][A-Z]\d{11}", r["tracking-number"])
        if r["carrier"] == "UPS":
            assert re.fullmatch(r"1Z[0-9A-Z]{16}", r["tracking-number"])


def test_order_totals_are_exact_decimals() -> None:
    for order in sample_orders(100, seed=4):
        assert isinstance(order.total, Decimal)
        assert order.total == order.total.quantize(Decimal("0.01"))
        if order.status == "Cancelled":
            assert order.total == 0
        else:
            assert order.total > 0
