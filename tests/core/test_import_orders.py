"""Importing Amazon order reports: every shape sellers really have, and every bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from atoz_desktop.core.services.importing import ImportCancelled, ImportRejected, import_order_files
from atoz_desktop.core.services.orders import order_detail, order_ids
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Order, OrderLine, Shipment
from tests.reports import (
    ALL_ORDERS_COLUMNS,
    FBA_COLUMNS,
    UNSHIPPED_COLUMNS,
    order_row,
    report_text,
    write_report,
)

OID = "402-1234567-1234567"
OID2 = "171-7654321-7654321"


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.session() as s:
        return (
            s.scalar(select(func.count(Order.id))),
            s.scalar(select(func.count(OrderLine.id))),
            s.scalar(select(func.count(Shipment.id))),
        )


def test_all_orders_report_creates_orders_with_exact_amounts(workspace, tmp_path):
    path = write_report(tmp_path / "All Orders.txt", [order_row(), order_row(OID2, sku="X")])
    summary = import_order_files(workspace, [path])
    assert (summary.orders_created, summary.orders_updated, summary.lines) == (2, 0, 2)
    detail = order_detail(workspace, order_id=OID)
    assert detail.total == Decimal("44.80") and isinstance(detail.total, Decimal)
    assert detail.currency == "EUR"
    assert detail.ship_city == "Besançon"
    assert detail.purchase_date == datetime(2026, 10, 3, 14, 22, 11, tzinfo=UTC)
    assert detail.purchase_date.tzinfo is not None
    assert detail.lines[0].product_name == "Théière en fonte émaillée 1,2 L"
    assert "Imported 2 orders" in summary.message()


def test_item_rows_of_one_order_become_one_order_with_lines(workspace, tmp_path):
    rows = [
        order_row(),
        order_row(sku="MUG-2", asin="B0ZZZZZZZZ", item_price="12.00", quantity="2"),
        order_row(sku="BOL-3", item_price="5.50", item_promotion_discount="-1.50"),
    ]
    summary = import_order_files(workspace, [write_report(tmp_path / "a.txt", rows)])
    assert (summary.orders_created, summary.lines) == (1, 3)
    detail = order_detail(workspace, order_id=OID)
    assert [line.sku for line in detail.lines] == ["TH-001", "MUG-2", "BOL-3"]
    assert detail.lines[1].quantity == 2
    assert detail.total == Decimal("39.90") + 3 * Decimal("4.90") + Decimal("12.00") + Decimal(
        "5.50"
    ) - Decimal("1.50")


def test_same_file_twice_changes_nothing(workspace, tmp_path):
    path = write_report(tmp_path / "a.txt", [order_row(), order_row(OID2)])
    import_order_files(workspace, [path])
    before = counts(workspace)
    again = import_order_files(workspace, [path])
    assert (again.orders_created, again.orders_updated, again.orders_unchanged) == (0, 0, 2)
    assert counts(workspace) == before


def test_newer_report_updates_status_and_date_older_one_does_not(workspace, tmp_path):
    import_order_files(
        workspace, [write_report(tmp_path / "a.txt", [order_row(order_status="Pending")])]
    )
    newer = order_row(order_status="Shipped", last_updated_date="2026-10-07T08:00:00+02:00")
    summary = import_order_files(workspace, [write_report(tmp_path / "b.txt", [newer])])
    assert summary.orders_updated == 1
    detail = order_detail(workspace, order_id=OID)
    assert detail.status == "Shipped"
    assert detail.last_updated == datetime(2026, 10, 7, 6, 0, tzinfo=UTC)
    older = order_row(order_status="Cancelled", last_updated_date="2026-10-04T00:00:00+00:00")
    summary = import_order_files(workspace, [write_report(tmp_path / "c.txt", [older])])
    assert summary.orders_unchanged == 1
    assert order_detail(workspace, order_id=OID).status == "Shipped"
    assert counts(workspace) == (1, 1, 0)


@pytest.mark.parametrize(
    "drop", [["url"], [], ["url", "promotion-ids", "purchase-order-number", "price-designation"]]
)
def test_variants_with_and_without_optional_columns(workspace, tmp_path, drop):
    columns = [c for c in ALL_ORDERS_COLUMNS if c not in drop]
    columns += ["cpf", "signature-confirmation-recommended", "is-sold-by-ab", "number-of-items"]
    row = order_row(signature_confirmation_recommended="true", number_of_items="1")
    summary = import_order_files(workspace, [write_report(tmp_path / "v.txt", [row], columns)])
    assert summary.orders_created == 1
    extra = order_detail(workspace, order_id=OID).extra
    assert extra["signature-confirmation-recommended"] == "true"


def test_21_column_subset(workspace, tmp_path):
    columns = ALL_ORDERS_COLUMNS[:21]
    summary = import_order_files(
        workspace, [write_report(tmp_path / "s.txt", [order_row()], columns)]
    )
    assert summary.orders_created == 1
    assert order_detail(workspace, order_id=OID).lines[0].item_price == Decimal("39.90")


def test_unknown_columns_are_kept_not_fatal(workspace, tmp_path):
    columns = [*ALL_ORDERS_COLUMNS, "future-column", "Another One"]
    row = order_row(future_column="42")
    row["Another One"] = "x y"
    import_order_files(workspace, [write_report(tmp_path / "u.txt", [row], columns)])
    assert order_detail(workspace, order_id=OID).extra == {
        "future-column": "42",
        "another-one": "x y",
    }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings_keep_french_accents(workspace, tmp_path, encoding):
    path = write_report(
        tmp_path / "e.txt", [order_row(ship_city="Saint-Étienne")], encoding=encoding
    )
    import_order_files(workspace, [path])
    detail = order_detail(workspace, order_id=OID)
    assert detail.ship_city == "Saint-Étienne"
    assert detail.lines[0].product_name == "Théière en fonte émaillée 1,2 L"


def test_spreadsheet_semicolon_file_with_quotes_and_decimal_commas(workspace, tmp_path):
    row = order_row(item_price="39,90", shipping_price="4,90", product_name='Poster "Paris"; 50 cm')
    text = report_text([row], delimiter=";", newline="\r\n", final_newline=False)
    text = text.replace('Poster "Paris"; 50 cm', '"Poster ""Paris""; 50 cm"')
    path = tmp_path / "saved.csv"
    path.write_bytes(text.encode("cp1252"))
    import_order_files(workspace, [path])
    detail = order_detail(workspace, order_id=OID)
    assert detail.total == Decimal("44.80")
    assert detail.lines[0].product_name == 'Poster "Paris"; 50 cm'


def test_comma_separated_file(workspace, tmp_path):
    row = order_row(product_name="Mug, 30 cl")
    text = report_text([row], delimiter=",").replace("Mug, 30 cl", '"Mug, 30 cl"')
    path = tmp_path / "saved.csv"
    path.write_text(text, encoding="utf-8")
    import_order_files(workspace, [path])
    assert order_detail(workspace, order_id=OID).lines[0].product_name == "Mug, 30 cl"


def test_crlf_no_final_newline_trailing_empty_columns_and_repeated_header(workspace, tmp_path):
    columns = [*ALL_ORDERS_COLUMNS, "", ""]
    header = "\t".join(columns)
    rows = [
        report_text([order_row()], columns).splitlines()[1],
        header,
        report_text([order_row(OID2)], columns).splitlines()[1] + "\t\t",
    ]
    path = tmp_path / "joined.txt"
    path.write_bytes(("\r\n".join([header, *rows])).encode())
    summary = import_order_files(workspace, [path])
    assert summary.orders_created == 2
    assert not summary.skipped


def test_amazon_unquoted_inch_marks_stay(workspace, tmp_path):
    row = order_row(product_name='Poster 24" x 36"')
    import_order_files(workspace, [write_report(tmp_path / "p.txt", [row])])
    assert order_detail(workspace, order_id=OID).lines[0].product_name == 'Poster 24" x 36"'


def test_odd_order_ids_are_accepted_with_a_warning(workspace, tmp_path):
    path = write_report(
        tmp_path / "pay.txt", [order_row("S02-1234567-1234567"), order_row("WEB-1001")]
    )
    summary = import_order_files(workspace, [path])
    assert summary.orders_created == 2
    assert len(summary.warnings) == 1 and "WEB-1001" in summary.warnings[0]


def test_bad_rows_import_nothing_and_are_all_listed(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "ok.txt", [order_row(OID2)])])
    before = counts(workspace)
    rows = [
        order_row(),
        order_row(""),  # no order id: line 3
        order_row("403-1111111-1111111", purchase_date="yesterday"),  # line 4
        order_row("403-2222222-2222222", item_price="12.3.4"),  # line 5
    ]
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [write_report(tmp_path / "bad.txt", rows)])
    problems = [(p.file, p.line, p.column) for p in caught.value.problems]
    assert problems == [
        ("bad.txt", 3, "amazon-order-id"),
        ("bad.txt", 4, "purchase-date"),
        ("bad.txt", 5, "item-price"),
    ]
    assert "bad.txt" in str(caught.value) and "line 4" in str(caught.value)
    assert counts(workspace) == before


def test_skip_bad_imports_the_rest_and_lists_skipped(workspace, tmp_path):
    rows = [order_row(), order_row(OID2, last_updated_date="31/02/2026")]
    summary = import_order_files(workspace, [write_report(tmp_path / "b.txt", rows)], skip_bad=True)
    assert summary.orders_created == 1
    assert [(p.line, p.column) for p in summary.skipped] == [(3, "last-updated-date")]
    assert summary.as_json()["skipped"][0] == {
        "file": "b.txt",
        "line": 3,
        "column": "last-updated-date",
        "problem": "impossible date '31/02/2026'",
    }


def test_one_bad_file_among_good_ones_imports_nothing(workspace, tmp_path):
    good = write_report(tmp_path / "good.txt", [order_row()])
    bad = tmp_path / "listings.txt"
    bad.write_text("sku\tasin\tprice\tquantity\nA\tB0X\t1.00\t3\n")
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [good, bad])
    message = str(caught.value)
    assert "listings.txt" in message and "listings" in message
    assert "amazon-order-id" in message
    assert counts(workspace) == (0, 0, 0)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount"
            b"\tcurrency\ttransaction-type\n1\t2026\t2026\t2026\t1\tEUR\tOrder\n",
            "settlement",
        ),
        (b"seller-sku\tasin1\titem-name\tprice\tquantity\topen-date\n", "listings"),
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"amazon-order-id\tpurchase-date\n402-1234567-1234567\t2026-10-01\n", "order-status"),
    ],
)
def test_files_that_are_not_order_reports_are_refused_by_name(
    workspace, tmp_path, content, expected
):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [path])
    assert "report.txt" in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_is_refused(workspace, tmp_path):
    with pytest.raises(ImportRejected, match="nope.txt"):
        import_order_files(workspace, [tmp_path / "nope.txt"])


def test_truncated_file_lists_the_cut_row(workspace, tmp_path):
    text = report_text([order_row(), order_row(OID2)])
    path = tmp_path / "cut.txt"
    path.write_text(text[: text.rindex("\t2026-10-05")])  # cut inside the second row
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [path])
    assert [p.line for p in caught.value.problems] == [3]


def test_unshipped_report_adds_buyer_address_and_latest_delivery(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "all.txt", [order_row()])])
    unshipped = {
        "order-id": OID,
        "order-item-id": "12345678901234",
        "purchase-date": "2026-10-03T14:22:11+00:00",
        "buyer-email": "x@marketplace.amazon.fr",
        "buyer-name": "Hélène Lefèvre",
        "sku": "TH-001",
        "product-name": "Théière en fonte émaillée 1,2 L",
        "quantity-purchased": "1",
        "currency": "EUR",
        "item-price": "39.90",
        "recipient-name": "Hélène Lefèvre",
        "ship-address-1": "12 rue de la République",
        "ship-city": "Besançon",
        "ship-postal-code": "25000",
        "ship-country": "FR",
        "delivery-start-date": "2026-10-06T00:00:00+02:00",
        "delivery-end-date": "2026-10-09T23:59:59+02:00",
    }
    path = write_report(tmp_path / "unshipped.txt", [unshipped], UNSHIPPED_COLUMNS)
    summary = import_order_files(workspace, [path])
    assert summary.orders_updated == 1
    detail = order_detail(workspace, order_id=OID)
    assert detail.buyer == "Hélène Lefèvre"
    assert detail.ship_address == ("12 rue de la République",)
    assert detail.latest_delivery == datetime(2026, 10, 9, 21, 59, 59, tzinfo=UTC)
    assert detail.status == "Shipped"  # the unshipped report does not roll the status back
    assert len(detail.lines) == 1 and detail.lines[0].order_item_id == "12345678901234"
    assert order_ids(workspace, search="helene lefevre") == [detail.pk]
    assert import_order_files(workspace, [path]).orders_unchanged == 1


def test_unshipped_report_alone_creates_unshipped_orders(workspace, tmp_path):
    row = {
        "order-id": OID,
        "order-item-id": "1",
        "sku": "A",
        "quantity-purchased": "2",
        "purchase-date": "2026-10-03T14:22:11+00:00",
        "buyer-name": "Jürgen Müller",
    }
    import_order_files(workspace, [write_report(tmp_path / "u.txt", [row], UNSHIPPED_COLUMNS)])
    detail = order_detail(workspace, order_id=OID)
    assert detail.status == "Unshipped" and detail.lines[0].quantity == 2


def fba_row(**values: str) -> dict[str, str]:
    row = {
        "amazon-order-id": OID,
        "shipment-id": "DxYz123",
        "amazon-order-item-id": "555",
        "purchase-date": "2026-10-03T14:22:11+00:00",
        "shipment-date": "2026-10-04T09:00:00+00:00",
        "buyer-name": "Jürgen Müller",
        "sku": "TH-001",
        "quantity-shipped": "1",
        "currency": "EUR",
        "item-price": "39.90",
        "recipient-name": "Jürgen Müller",
        "ship-city": "München",
        "ship-postal-code": "80331",
        "ship-country": "DE",
        "carrier": "DHL",
        "tracking-number": "00340434161234567890",
        "estimated-arrival-date": "2026-10-06T20:00:00+00:00",
        "sales-channel": "Amazon.de",
    }
    row.update({k.replace("_", "-"): v for k, v in values.items()})
    return row


def test_fba_shipments_report_adds_shipments_once(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "all.txt", [order_row()])])
    path = write_report(tmp_path / "fba.txt", [fba_row()], FBA_COLUMNS)
    summary = import_order_files(workspace, [path])
    assert (summary.orders_updated, summary.shipments) == (1, 1)
    detail = order_detail(workspace, order_id=OID)
    (shipment,) = detail.shipments
    assert (shipment.carrier, shipment.tracking_number) == ("DHL", "00340434161234567890")
    assert shipment.shipped_at == datetime(2026, 10, 4, 9, 0, tzinfo=UTC)
    assert shipment.estimated_arrival == datetime(2026, 10, 6, 20, 0, tzinfo=UTC)
    assert len(detail.lines) == 1
    assert order_ids(workspace, search="0034043416") == [detail.pk]
    assert import_order_files(workspace, [path]).orders_unchanged == 1
    assert counts(workspace) == (1, 1, 1)


def test_fba_report_alone_creates_shipped_orders_with_lines(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "fba.txt", [fba_row()], FBA_COLUMNS)])
    detail = order_detail(workspace, order_id=OID)
    assert detail.status == "Shipped" and len(detail.lines) == 1 and len(detail.shipments) == 1


def test_several_files_in_one_import_merge(workspace, tmp_path):
    a = write_report(tmp_path / "all.txt", [order_row()])
    f = write_report(tmp_path / "fba.txt", [fba_row()], FBA_COLUMNS)
    summary = import_order_files(workspace, [a, f])
    assert summary.orders_created == 1 and summary.shipments == 1


def test_cancel_leaves_the_database_as_it_was(workspace, tmp_path):
    import_order_files(workspace, [write_report(tmp_path / "first.txt", [order_row(OID2)])])
    before = counts(workspace)
    rows = [order_row(f"402-{i:07d}-1234567") for i in range(3000)]
    path = write_report(tmp_path / "big.txt", rows)
    calls = []

    def cancelled() -> bool:
        return len(calls) >= 1  # after the first batch was written

    with pytest.raises(ImportCancelled):
        import_order_files(
            workspace, [path], progress=lambda d, t: calls.append((d, t)), cancelled=cancelled
        )
    assert counts(workspace) == before


def test_progress_reaches_the_end(workspace, tmp_path):
    rows = [order_row(f"402-{i:07d}-1234567") for i in range(5000)]
    seen: list[tuple[int, int]] = []
    import_order_files(
        workspace,
        [write_report(tmp_path / "p.txt", rows)],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert len(seen) > 3
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_report_without_orders_imports_nothing_with_a_warning(workspace, tmp_path):
    path = tmp_path / "empty period.txt"
    path.write_text("\t".join(ALL_ORDERS_COLUMNS) + "\n")
    summary = import_order_files(workspace, [path])
    assert summary.orders == 0
    assert summary.warnings == ["empty period.txt: the All Orders report holds no orders"]
    assert counts(workspace) == (0, 0, 0)


def test_lines_counts_item_rows_imported(workspace, tmp_path):
    path = write_report(tmp_path / "a.txt", [order_row(), order_row(sku="B"), order_row(OID2)])
    assert import_order_files(workspace, [path]).lines == 3
    assert import_order_files(workspace, [path]).lines == 3
    assert counts(workspace) == (2, 3, 0)


def stored_hashes(ws: Workspace) -> list[int | None]:
    with ws.session() as s:
        return list(s.scalars(select(Order.content_hash).order_by(Order.id)))


def test_a_reimport_takes_unchanged_orders_by_their_hash_and_sees_a_changed_one(
    workspace, tmp_path
):
    rows = [order_row(), order_row(sku="MUG-2"), order_row(OID2)]
    path = write_report(tmp_path / "a.txt", rows)
    import_order_files(workspace, [path])
    first = stored_hashes(workspace)
    assert None not in first and first[0] != first[1]
    again = import_order_files(workspace, [path])
    assert (again.orders_created, again.orders_updated, again.orders_unchanged) == (0, 0, 2)
    rows[1] = order_row(sku="MUG-2", quantity="3")
    changed = import_order_files(workspace, [write_report(tmp_path / "b.txt", rows)])
    assert (changed.orders_updated, changed.orders_unchanged) == (1, 1)
    assert order_detail(workspace, order_id=OID).lines[1].quantity == 3
    assert stored_hashes(workspace)[0] != first[0] and stored_hashes(workspace)[1] == first[1]
    assert counts(workspace) == (2, 3, 0)


def test_orders_stored_without_a_hash_get_one_on_their_next_import(workspace, tmp_path):
    path = write_report(tmp_path / "a.txt", [order_row(), order_row(OID2)])
    import_order_files(workspace, [path])
    hashes = stored_hashes(workspace)
    with workspace.begin() as connection:  # as migration 0009 leaves the orders of before
        connection.execute(Order.__table__.update().values(content_hash=None))
    assert import_order_files(workspace, [path]).orders_unchanged == 2
    assert stored_hashes(workspace) == hashes


def test_an_order_whose_rows_are_apart_in_the_file_is_imported_again_unchanged(
    workspace, tmp_path, monkeypatch
):
    """Rows of one order in two batches: the hash shortcut cannot judge it, the import runs
    again without it, and the order keeps its three lines."""
    from atoz_desktop.core.services import importing

    monkeypatch.setattr(importing, "BATCH_ORDERS", 2)
    others = [order_row(f"402-{i:07d}-7654321") for i in range(5)]
    rows = [order_row(), *others, order_row(sku="MUG-2"), order_row(sku="BOL-3")]
    path = write_report(tmp_path / "apart.txt", rows)
    import_order_files(workspace, [path])
    assert [line.sku for line in order_detail(workspace, order_id=OID).lines] == [
        "TH-001", "MUG-2", "BOL-3"
    ]  # fmt: skip
    before = counts(workspace)
    seen: list[int] = []
    again = import_order_files(workspace, [path], progress=lambda d, t: seen.append(d))
    # (The order counts as updated: its first batch alone replaces its lines, its second
    # brings the others back, as before the hash shortcut.)
    assert again.orders_created == 0 and again.orders == 6 and again.lines == 8
    assert counts(workspace) == before
    assert [line.sku for line in order_detail(workspace, order_id=OID).lines] == [
        "TH-001", "MUG-2", "BOL-3"
    ]  # fmt: skip
    assert seen == sorted(seen)


def test_more_rows_further_on_for_an_order_taken_as_unchanged_are_still_imported(
    workspace, tmp_path, monkeypatch
):
    """The order's first rows match what is stored, so its batch takes it as unchanged; rows
    further on in the file add a line: the import runs again without the shortcut."""
    from atoz_desktop.core.services import importing

    monkeypatch.setattr(importing, "BATCH_ORDERS", 2)
    others = [order_row(f"402-{i:07d}-7654321") for i in range(5)]
    import_order_files(workspace, [write_report(tmp_path / "a.txt", [order_row(), *others])])
    path = write_report(tmp_path / "b.txt", [order_row(), *others, order_row(sku="MUG-2")])
    opened = []
    monkeypatch.setattr(
        importing,
        "_open_readers",
        lambda paths, o=importing._open_readers: opened.append(1) or o(paths),
    )
    seen: list[int] = []
    summary = import_order_files(workspace, [path], progress=lambda d, t: seen.append(d))
    assert (summary.orders_created, summary.orders_updated, summary.orders_unchanged) == (0, 1, 5)
    assert summary.lines == 7
    assert [line.sku for line in order_detail(workspace, order_id=OID).lines] == ["TH-001", "MUG-2"]
    assert counts(workspace) == (6, 7, 0)
    assert seen == sorted(seen) and seen[-1] == 9  # the header, 7 rows, the end
    assert len(opened) == 2  # read twice
