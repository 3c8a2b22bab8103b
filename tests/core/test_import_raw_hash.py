"""A re-import skips the parsing of an order stored from the very same rows (orders.raw_hash),
and only of such an order: the raw hash is written exactly when the order written is what its
rows alone make (services/importing/reimport.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from atoz_desktop.core.importers import amazon
from atoz_desktop.core.importers.amazon import ReportReader
from atoz_desktop.core.services import importing
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.services.importing.merging import new_state
from atoz_desktop.core.services.importing.writing import content_hash
from atoz_desktop.core.services.orders import order_detail
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Base, Order
from tests.reports import ALL_ORDERS_COLUMNS, UNSHIPPED_COLUMNS, order_row, write_report

OID = "402-1234567-1234567"
OID2 = "171-7654321-7654321"
OID3 = "305-1111111-2222222"
ODD = "S02-AMZPAY-77"  # not Amazon's shape: a warning each time it is imported


def _rows() -> list[dict[str, str]]:
    return [
        order_row(),
        order_row(sku="MUG-2", asin="B0ZZZZZZZZ", item_price="12.00", quantity="2"),
        order_row(OID2, sku="X", url="https://example.test/x"),
        order_row(OID3, ship_city="Lyon"),
        order_row(ODD, sku="PAY"),
    ]


@pytest.fixture
def parsed_rows(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The order ids of the rows the reader parses (its compiled line reader, called once for
    every row it parses), in the order parsed."""
    seen: list[str] = []
    compile_row_reader = amazon.compile_row_reader

    def counting(names: Any, fields: Any, *, as_dict: bool) -> Callable[[list[str]], Any]:
        read = compile_row_reader(names, fields, as_dict=as_dict)
        if as_dict:
            return read
        at = ALL_ORDERS_COLUMNS.index("amazon-order-id")

        def read_counted(values: list[str]) -> Any:
            seen.append(values[at])
            return read(values)

        return read_counted

    monkeypatch.setattr(amazon, "compile_row_reader", counting)
    return seen


def tables(ws: Workspace, leave_out: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order (columns named in `leave_out` left out)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with ws.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in leave_out]
            statement = select(*columns).order_by(*table.primary_key.columns)
            found[table.name] = [tuple(row) for row in connection.execute(statement)]
    return found


def raw_hashes(ws: Workspace) -> dict[str, int | None]:
    with ws.session() as s:
        return {oid: raw for oid, raw in s.execute(select(Order.order_id, Order.raw_hash))}


def assert_the_invariant(ws: Workspace, path: Path) -> None:
    """Every stored raw hash is that of an order's rows in `path` (the file last imported), and
    goes with the content hash of what those rows alone make."""
    made: dict[int, int] = {}
    reader = ReportReader(path)
    for batch in reader.batches(importing.BATCH_ORDERS, lambda hashes: set()):
        for record in batch:
            if record.raw_hash is not None:
                made[record.raw_hash] = content_hash(new_state([record]))[0]
    with ws.session() as s:
        for order_id, raw, digest in s.execute(
            select(Order.order_id, Order.raw_hash, Order.content_hash)
        ):
            if raw is not None:
                assert raw in made, order_id
                assert digest == made[raw], order_id


def test_a_reimport_parses_no_row_of_an_unchanged_order_and_changes_nothing(
    workspace, tmp_path, parsed_rows
):
    path = write_report(tmp_path / "All Orders.txt", _rows())
    first = import_order_files(workspace, [path])
    assert len(parsed_rows) == 5
    assert None not in raw_hashes(workspace).values()
    assert_the_invariant(workspace, path)
    before = tables(workspace)
    parsed_rows.clear()
    seen: list[tuple[int, int]] = []
    again = import_order_files(workspace, [path], progress=lambda d, t: seen.append((d, t)))
    assert parsed_rows == []
    assert tables(workspace) == before
    assert (again.orders_created, again.orders_updated, again.orders_unchanged) == (0, 0, 4)
    assert (again.lines, again.skipped) == (first.lines, first.skipped) == (5, [])
    assert again.warnings == first.warnings and ODD in again.warnings[0]
    assert seen and seen[-1][0] == seen[-1][1]


def test_a_quoted_comma_separated_report_is_skipped_the_same(workspace, tmp_path, parsed_rows):
    rows = [*_rows(), order_row("402-9999999-9999999", product_name='Poster 24", a, b')]
    # As a spreadsheet writes it: commas between values, a value with a comma or quote quoted.
    path = tmp_path / "export.csv"
    text = ",".join(ALL_ORDERS_COLUMNS) + "\n"
    for row in rows:
        values = [row.get(c, "") for c in ALL_ORDERS_COLUMNS]
        quoted = ['"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v for v in values]
        text += ",".join(quoted) + "\n"
    path.write_text(text, encoding="utf-8")
    import_order_files(workspace, [path])
    before = tables(workspace)
    parsed_rows.clear()
    again = import_order_files(workspace, [path])
    assert parsed_rows == [] and again.orders_unchanged == 5
    assert tables(workspace) == before
    assert order_detail(workspace, order_id="402-9999999-9999999").lines[0].product_name == (
        'Poster 24", a, b'
    )


@dataclass
class _NoShortcut(importing._Run):
    def __post_init__(self) -> None:
        self.by_hash = False


def test_a_changed_field_updates_its_order_only_as_a_full_import_does(
    workspace, tmp_path, parsed_rows, monkeypatch
):
    old = write_report(tmp_path / "old.txt", _rows())
    changed = _rows()
    changed[3] = order_row(OID3, ship_city="Lyon", ship_postal_code="69002")
    new = write_report(tmp_path / "new.txt", changed)
    import_order_files(workspace, [old])
    parsed_rows.clear()
    summary = import_order_files(workspace, [new])
    assert parsed_rows == [OID3]
    assert (summary.orders_updated, summary.orders_unchanged) == (1, 3)
    assert order_detail(workspace, order_id=OID3).ship_postal_code == "69002"
    assert_the_invariant(workspace, new)
    assert raw_hashes(workspace)[OID3] is not None  # what its new rows alone make

    # The same two imports into a workspace of the same kind, without either shortcut.
    if workspace.is_sqlite:
        from atoz_desktop.core.storage.database import open_workspace

        full = open_workspace(str(tmp_path / "full.sqlite3"))
    else:
        pytest.skip("the comparison runs on SQLite (one fresh database a test on PostgreSQL)")
    with monkeypatch.context() as patch:
        patch.setattr(importing, "_Run", _NoShortcut)
        import_order_files(full, [old])
        import_order_files(full, [new])
    assert set(raw_hashes(full).values()) == {None}  # a pass without the shortcut keeps none
    assert tables(full, leave_out=("raw_hash",)) == tables(workspace, leave_out=("raw_hash",))
    full.close()


def test_an_order_merged_with_what_it_held_is_never_skipped(workspace, tmp_path, parsed_rows):
    unshipped = {
        "order-id": OID, "order-item-id": "11111111111111", "purchase-date": "2026-10-03",
        "buyer-email": "a@example.test", "buyer-name": "Anne Martin", "sku": "TH-001",
        "quantity-purchased": "1", "currency": "EUR", "item-price": "39.90",
        "recipient-name": "Anne Martin", "ship-address-1": "3 rue des Granges",
        "ship-city": "Besançon", "ship-postal-code": "25000", "ship-country": "FR",
    }  # fmt: skip
    import_order_files(
        workspace, [write_report(tmp_path / "unshipped.txt", [unshipped], UNSHIPPED_COLUMNS)]
    )
    path = write_report(tmp_path / "all.txt", _rows())
    import_order_files(workspace, [path])
    hashes = raw_hashes(workspace)
    assert hashes[OID] is None  # it keeps the buyer the All Orders rows do not have
    assert None not in (hashes[OID2], hashes[OID3])
    assert_the_invariant(workspace, path)
    parsed_rows.clear()
    again = import_order_files(workspace, [path])
    assert parsed_rows == [OID, OID]  # its two rows, and no other order's
    assert again.orders_unchanged == 4
    assert order_detail(workspace, order_id=OID).buyer == "Anne Martin"


def test_an_order_whose_rows_are_continued_is_never_skipped(
    workspace, tmp_path, parsed_rows, monkeypatch
):
    monkeypatch.setattr(importing, "BATCH_ORDERS", 2)
    others = [order_row(f"402-{i:07d}-7654321") for i in range(4)]
    path = write_report(tmp_path / "apart.txt", [order_row(), *others, order_row(sku="MUG-2")])
    import_order_files(workspace, [path])
    hashes = raw_hashes(workspace)
    assert hashes[OID] is None
    assert None not in [hashes[r["amazon-order-id"]] for r in others]
    assert_the_invariant(workspace, path)
    parsed_rows.clear()
    again = import_order_files(workspace, [path])
    # (Counted updated, as before: its first batch alone replaces its lines, its second brings
    # the other back.)
    assert OID in parsed_rows and (again.orders_updated, again.orders_unchanged) == (1, 4)
    assert [line.sku for line in order_detail(workspace, order_id=OID).lines] == [
        "TH-001", "MUG-2"
    ]  # fmt: skip
    assert raw_hashes(workspace)[OID] is None


def test_an_order_with_a_bad_row_skipped_is_never_skipped(workspace, tmp_path, parsed_rows):
    rows = [*_rows(), order_row(OID2, sku="BAD", item_price="douze")]
    path = write_report(tmp_path / "bad.txt", rows)
    first = import_order_files(workspace, [path], skip_bad=True)
    assert [(p.line, p.column) for p in first.skipped] == [(7, "item-price")]
    hashes = raw_hashes(workspace)
    assert hashes[OID2] is None and hashes[OID] is not None
    assert_the_invariant(workspace, path)
    parsed_rows.clear()
    again = import_order_files(workspace, [path], skip_bad=True)
    assert parsed_rows.count(OID2) >= 2 and OID not in parsed_rows
    assert again.skipped == first.skipped and again.warnings == first.warnings
    assert again.orders_unchanged == 4
    with pytest.raises(importing.ImportRejected) as caught:
        import_order_files(workspace, [path])
    assert caught.value.problems == first.skipped


def test_a_multi_file_import_keeps_no_raw_hash(workspace, tmp_path):
    a = write_report(tmp_path / "a.txt", _rows()[:2])
    b = write_report(tmp_path / "b.txt", _rows()[2:])
    import_order_files(workspace, [a, b])
    assert set(raw_hashes(workspace).values()) == {None}


def test_a_new_version_or_other_columns_parse_every_order_again(
    workspace, tmp_path, parsed_rows, monkeypatch
):
    path = write_report(tmp_path / "a.txt", _rows())
    import_order_files(workspace, [path])
    parsed_rows.clear()
    with monkeypatch.context() as patch:
        patch.setattr(amazon, "RAW_HASH_VERSION", amazon.RAW_HASH_VERSION + 1)
        again = import_order_files(workspace, [path])
        assert len(parsed_rows) == 5 and again.orders_unchanged == 4
        # found unchanged by their content hash: their new raw hash is recorded
        parsed_rows.clear()
        import_order_files(workspace, [path])
        assert parsed_rows == []
    parsed_rows.clear()
    import_order_files(workspace, [path])  # the old version again: no raw hash matches
    assert len(parsed_rows) == 5

    # The same rows under a renamed column: the same lines, read otherwise.
    columns = [("link" if c == "url" else c) for c in ALL_ORDERS_COLUMNS]
    renamed = [{("link" if k == "url" else k): v for k, v in r.items()} for r in _rows()]
    other = write_report(tmp_path / "b.txt", renamed, columns)
    assert path.read_text().splitlines()[1:] == other.read_text().splitlines()[1:]
    parsed_rows.clear()
    summary = import_order_files(workspace, [other])
    assert len(parsed_rows) == 5
    assert summary.orders_updated == 1  # OID2's url is kept as "link" too
    assert order_detail(workspace, order_id=OID2).extra["link"] == "https://example.test/x"
