"""Reading a report file: a stream with bounded memory whatever its size, and a clear refusal
naming file and line for a line or value no order report holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from atoz_desktop.core.importers.text import MAX_LINE
from atoz_desktop.core.services.importing import ImportRejected, import_order_files
from atoz_desktop.core.services.orders import order_count
from tests.bounded import run_bounded
from tests.reports import ALL_ORDERS_COLUMNS, order_row, report_text, write_report

OID = "402-1234567-1234567"


@pytest.mark.parametrize("delimiter", ["\t", ",", ";"])
def test_a_200000_character_value_refuses_the_file_naming_file_and_line(
    workspace, tmp_path, delimiter
):
    rows = [order_row(), order_row("402-7654321-7654321", product_name="x" * 200_000)]
    path = write_report(tmp_path / "huge field.txt", rows, delimiter=delimiter)
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [path])
    message = str(caught.value)
    assert "huge field.txt, line 3:" in message
    assert f"longer than {MAX_LINE} characters" in message
    assert order_count(workspace) == 0


def test_an_unclosed_quote_swallowing_the_file_is_named_at_its_line(workspace, tmp_path):
    good = report_text([order_row()], delimiter=",").splitlines()
    body = '402-7654321-7654321,"' + "\n".join(["a" * 1000] * 300)  # 300 kB in one value
    path = tmp_path / "saved.csv"
    path.write_text("\n".join(good) + "\n" + body + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [path], skip_bad=True)
    message = str(caught.value)
    assert "saved.csv, line" in message and "quote" in message
    assert order_count(workspace) == 0


def test_a_huge_header_line_is_refused_at_line_1(workspace, tmp_path):
    path = tmp_path / "one line.txt"
    path.write_text("amazon-order-id\t" + "y" * (MAX_LINE + 10), encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [path])
    assert "one line.txt, line 1:" in str(caught.value)


def test_a_line_just_under_the_limit_is_read(workspace, tmp_path):
    row = order_row()
    line = report_text([row]).splitlines()[1]
    name = "n" * (MAX_LINE - len(line) + len(row["product-name"]))
    path = write_report(tmp_path / "long.txt", [order_row(product_name=name)], newline="\r\n")
    import_order_files(workspace, [path])
    assert order_count(workspace) == 1


def test_old_mac_line_ends_are_still_read(workspace, tmp_path):
    path = write_report(
        tmp_path / "mac.txt", [order_row(), order_row("402-7654321-7654321")], newline="\r"
    )
    summary = import_order_files(workspace, [path])
    assert summary.orders_created == 2


def test_a_lone_carriage_return_inside_a_unix_file_stays_in_its_value(workspace, tmp_path):
    from atoz_desktop.core.services.orders import order_detail

    path = write_report(tmp_path / "cr.txt", [order_row(product_name="Mug\rbleu")])
    import_order_files(workspace, [path])
    assert order_detail(workspace, order_id=OID).lines[0].product_name == "Mug\rbleu"


def _big_report(path: Path, encoding: str, megabytes: int) -> int:
    """A report of about `megabytes` (long product names), written a block at a time; a
    Windows-1252 file has its one accented letter in the last row, so only the end of the file
    tells it is not UTF-8. Returns the number of rows."""
    row = report_text([order_row(product_name="p" * 4000)]).splitlines()[1]
    per_block = 500
    blocks = max(1, megabytes * 1024 * 1024 // (len(row) * per_block))
    header = "\t".join(ALL_ORDERS_COLUMNS)
    with path.open("w", encoding=encoding, newline="") as out:
        out.write(header + "\r\n")
        for b in range(blocks):
            lines = [row.replace(OID, f"402-{b:07d}-{n:07d}") for n in range(per_block)]
            if b == blocks - 1:
                lines[-1] = lines[-1].replace("Besançon", "Besançon é")
            out.write("\r\n".join(lines) + "\r\n")
    return blocks * per_block


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("cp1252", "windows-1252"), ("utf-16", "utf-16"),
])  # fmt: skip
def test_a_large_report_is_read_as_a_stream_in_bounded_memory(tmp_path, encoding, detected):
    path = tmp_path / "big.txt"
    rows = _big_report(path, encoding, 60)
    size_mb = path.stat().st_size / 2**20
    measured = run_bounded(
        f"""
        reader = ReportReader(Path({str(path)!r}))
        count, city = 0, ""
        for batch in reader.batches(500):
            count += sum(len(record.lines) for record in batch)
            city = batch[-1].fields["ship_city"]
        result = [reader.encoding, reader.total_lines, count, city]
        """,
        imports="from pathlib import Path\n"
        "from atoz_desktop.core.importers.amazon import ReportReader",
    )
    assert measured.result == [detected, rows + 2, rows, "Besançon é"]
    # Reading it whole costs the bytes and the text: at least the file's size again.
    assert measured.growth_mb < 40, (size_mb, measured)
    assert measured.seconds < 20, measured


def test_a_compiled_row_reader_reads_remembered_fields_as_their_parser_does():
    """Amounts are remembered by their text; a refused text raises every time and is not kept,
    and a row read as a dict leaves out the fields without a value."""
    from atoz_desktop.core.importers.compiled import Remembered, compile_row_reader, text_field
    from atoz_desktop.core.importers.fields import FieldError, stored_money

    money = Remembered(stored_money, limit=2)
    fields = {"name": (0, text_field), "price": (1, money)}
    as_tuple = compile_row_reader(["name", "none", "price"], fields, as_dict=False)
    as_dict = compile_row_reader(["name", "price"], fields, as_dict=True)
    assert as_tuple([" Mug ", "14.50"]) == ("Mug", None, 1450)
    assert as_tuple(["", "1 234,50 €"]) == (None, None, 123450)
    assert as_tuple(["", "9.99"]) == (None, None, 999)  # over the limit: read, not kept
    assert money.seen == {"14.50": 1450, "1 234,50 €": 123450}
    assert as_dict([" ", "14.50"]) == {"price": 1450} and as_dict(["a", ""]) == {"name": "a"}
    for _ in range(2):
        with pytest.raises(FieldError, match="unreadable amount"):
            as_dict(["a", "abc"])
    assert "abc" not in money.seen
