"""Parse one Amazon order report into order records, listing every bad row.

Parsing is separate from writing so a file is judged whole before anything is saved: the caller
imports nothing when `ReportReader.problems` is not empty, unless told to skip bad rows.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.columns import (
    LINE_AT,
    LINE_FIELDS,
    LINE_KEYS,
    ORDER_FIELDS,
    ORDER_ID_COLUMN,
    SHIPMENT_FIELDS,
    SHIPMENT_KEYS,
    Line,
    Parser,
)
from atoz_desktop.core.importers.compiled import compile_row_reader
from atoz_desktop.core.importers.fields import FieldError, is_amazon_order_id
from atoz_desktop.core.importers.reports import (
    NotAnOrderReportError,
    ReportKind,
    detect,
)
from atoz_desktop.core.importers.text import (
    UnreadableFileError,
    UnreadableLineError,
    inspect,
    split_tab_line,
    unquote,
)

#: Given {order id: raw hash} of a batch's orders, those stored with that same raw hash.
Unchanged = Callable[[dict[str, int]], Collection[str]]
#: A row of a batch: (line number, its values or, the common case, its tab-separated line
#: unsplit, order id, None), or (line number, None, "", the problem) for a row whose width is
#: wrong.
_RawRow = tuple[int, str | list[str] | None, str, "RowProblem | None"]

#: The first part of every raw hash (an order's rows, split but not parsed: see
#: ReportReader.batches and services/importing/reimport.py). A re-import skips the parsing of
#: an order stored with the same raw hash, trusting that its rows would make the same order
#: again: BUMP THIS whenever what rows make of an order changes, i.e. the parsing (this module,
#: columns.py, compiled.py, fields.py, merging.new_state) or the stored form (writing.content_hash).
RAW_HASH_VERSION = 1
_Fold = Callable[
    [list[_RawRow], set[str], Collection[str], "dict[str, int] | None"], "list[OrderRecord]"
]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One bad row: the file, its line number (the header is line 1), the column, the problem."""

    file: str
    line: int
    column: str
    problem: str

    def as_json(self) -> dict[str, str | int]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "problem": self.problem,
        }

    def __str__(self) -> str:
        if self.column:
            return _("{file}, line {line}, column {column}: {problem}").format(
                file=self.file, line=self.line, column=self.column, problem=self.problem
            )
        return _("{file}, line {line}: {problem}").format(
            file=self.file, line=self.line, problem=self.problem
        )


@dataclass(slots=True)
class OrderRecord:
    """What one report says about one order; only the columns it has are in `fields`.

    Lines are tuples of LINE_KEYS' values; shipments dicts of every key of SHIPMENT_KEYS.
    `continued` marks more rows of an order whose first rows came in an earlier batch of the
    same file. `raw_hash`: of the order's rows, when they are all the order's rows in the file
    so far and none is bad (ReportReader.batches); `unchanged`: the order's rows were not
    parsed, as it is stored with the same raw hash (and the record holds nothing else).
    """

    order_id: str
    kind: ReportKind
    first_line: int
    fields: dict[str, Any] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    shipments: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    continued: bool = False
    raw: tuple[str, ...] = ()
    raw_hash: int | None = None
    unchanged: bool = False


class ReportError(ValueError):
    """The whole file cannot be read as an order report; the message names file and problem."""


class ReportReader:
    """One report file, read in batches of whole orders so a big file never sits in memory
    as objects. Bad rows are collected in `problems` as the batches go by."""

    def __init__(self, path: Path) -> None:
        self.file = path.name
        try:
            text = inspect(path)
        except OSError as exc:
            raise self._unreadable(exc) from None
        except UnreadableFileError as exc:
            raise ReportError(f"{self.file}: {exc}") from None
        self.encoding = text.encoding
        self.total_lines = text.total_lines
        self._rows = self._checked(text.unsplit_rows())
        first = next(self._rows, None)
        if first is None:
            raise ReportError(_("{file}: the file is empty").format(file=self.file))
        columns = split_tab_line(first[1]) if isinstance(first[1], str) else first[1]
        try:
            self.header = detect(columns)
        except NotAnOrderReportError as exc:
            raise ReportError(f"{self.file}: {exc}") from None
        self.kind = self.header.kind
        self.line = 1
        self.rows = 0
        self.orders = 0
        self.problems: list[RowProblem] = []
        self._odd_ids: list[str] = []

    def _unreadable(self, exc: OSError | UnicodeDecodeError) -> ReportError:
        error = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return ReportError(
            _("{file}: cannot be read ({error})").format(file=self.file, error=error)
        )

    def _checked(
        self, rows: Iterator[tuple[int, str | list[str]]]
    ) -> Iterator[tuple[int, str | list[str]]]:
        """`rows`, with what stops the reading turned into a ReportError naming file and line."""
        try:
            yield from rows
        except UnreadableLineError as exc:
            raise ReportError(
                _("{file}, line {line}: {problem}").format(
                    file=self.file, line=exc.line, problem=exc
                )
            ) from None
        except (OSError, UnicodeDecodeError) as exc:  # the file changed or went away meanwhile
            raise self._unreadable(exc) from None

    @property
    def warnings(self) -> list[str]:
        if not self.rows and not self.problems:
            # Amazon sends a header alone for a period without orders: nothing to import.
            return [
                _("{file}: the {report} report holds no orders").format(
                    file=self.file, report=self.kind.value
                )
            ]
        if not self._odd_ids:
            return []
        examples = ", ".join(self._odd_ids[:3]) + (" …" if len(self._odd_ids) > 3 else "")
        return [
            _(
                "{file}: {count} order id(s) are not in Amazon's 123-1234567-1234567 shape "
                "({examples}); imported as given (Amazon Pay and merchant ids differ)"
            ).format(file=self.file, count=len(self._odd_ids), examples=examples)
        ]

    def batches(
        self, size: int = 2000, unchanged: Unchanged | None = None
    ) -> Iterator[list[OrderRecord]]:
        """Records of about `size` orders at a time, in file order.

        With `unchanged`, each order of a batch that has no rows in an earlier batch gets the
        raw hash of its rows (`raw_hash`, see RAW_HASH_VERSION), and `unchanged` is asked which
        of them are stored with that same raw hash: their rows are not parsed, and each comes
        as a record marked `unchanged`, without fields, lines or shipments."""
        done: set[str] = set()
        fold = self._folder()
        for rows, orders in self._raw_batches(size):
            hashes: dict[str, int] | None = None
            skip: Collection[str] = ()
            if unchanged is not None:
                hashes = self._raw_hashes(orders, done)
                if hashes:
                    skip = unchanged(hashes)
            records = fold(rows, done, skip, hashes)
            done.update(record.order_id for record in records)
            if records:
                yield records

    def _raw_batches(self, size: int) -> Iterator[tuple[list[_RawRow], dict[str, list[Any]]]]:
        """The rows of about `size` orders at a time, split but not parsed, with the rows of
        each order (by id) in file order. A row whose width is wrong comes as its problem."""
        header, file = self.header, self.file
        width = len(header.columns)
        # Blank header cells at the end (a spreadsheet's trailing columns) need no value.
        needed = max(i for i, name in enumerate(header.columns) if name) + 1
        id_column = ORDER_ID_COLUMN[self.kind]
        id_at = header.index()[id_column]
        header_names = {"amazon-order-id", "order-id", id_column}
        rows: list[_RawRow] = []
        orders: dict[str, list[Any]] = {}
        for number, row in self._rows:
            self.line = number
            kept: str | list[str]
            if type(row) is str and row.count("\t") == width - 1:  # kept whole: split when parsed
                order_id = row.split("\t", id_at + 1)[id_at]
                if '"' in order_id:
                    order_id = unquote(order_id)
                kept = row
            else:
                values = split_tab_line(row) if type(row) is str else cast(list[str], row)
                if len(values) != width:
                    if len(values) < needed:
                        missing = header.columns[len(values)]
                        cut = _(
                            "the row stops after {count} of {needed} columns: the file may be "
                            "cut short"
                        ).format(count=len(values), needed=needed)
                        rows.append((number, None, "", RowProblem(file, number, missing, cut)))
                        continue
                    if len(values) < width:
                        values = values + [""] * (width - len(values))
                    elif any(v.strip() for v in values[width:]):
                        extra = _(
                            "{count} fields where the header has {width}: a separator inside a "
                            "value?"
                        ).format(count=len(values), width=width)
                        rows.append((number, None, "", RowProblem(file, number, "", extra)))
                        continue
                order_id = values[id_at]
                kept = values
            order_id = order_id.strip()
            if order_id.lower() in header_names:
                continue  # the header again, pasted in by someone joining files
            if order_id:
                same_order = orders.get(order_id)
                if same_order is None:
                    if len(orders) >= size:
                        yield rows, orders
                        rows, orders = [], {}
                    orders[order_id] = [kept]
                else:
                    same_order.append(kept)
            rows.append((number, kept, order_id, None))
        if rows:
            yield rows, orders

    def _raw_hashes(self, orders: dict[str, list[Any]], done: set[str]) -> dict[str, int]:
        """order id -> raw hash of its rows, for the orders without rows in an earlier batch."""
        base = hashlib.blake2b(
            marshal.dumps((RAW_HASH_VERSION, self.kind.value, self.header.columns), 2),
            digest_size=8,
        )
        hashes: dict[str, int] = {}
        dumps, from_bytes = marshal.dumps, int.from_bytes
        for order_id, rows in orders.items():
            if order_id in done:
                continue
            digest = base.copy()
            digest.update(dumps(rows, 2))
            hashes[order_id] = from_bytes(digest.digest(), "big", signed=True)
        return hashes

    def _folder(self) -> _Fold:
        """The function that folds one batch's rows into records of whole orders (those of
        `skip` not parsed), the readers of this report's columns compiled once."""
        header, kind = self.header, self.kind
        position = header.index()
        id_column = ORDER_ID_COLUMN[kind]
        order_fields = [
            (a, c, position[c], p) for a, (c, p) in ORDER_FIELDS[kind].items() if c in position
        ]
        order_positions = [at for _, _, at, _ in order_fields]
        line_fields = []
        for attribute, (columns, parser) in LINE_FIELDS.items():
            for column in columns:
                if column in position:
                    line_fields.append((attribute, column, position[column], parser))
                    break
        shipment_fields = [
            (a, c, position[c], p) for a, (c, p) in SHIPMENT_FIELDS.items() if c in position
        ]
        used = {c for _, c, _, _ in order_fields + line_fields + shipment_fields} | {id_column}
        extra_columns = [(c, i) for c, i in position.items() if c not in used]
        has_lines = bool(line_fields) and (
            kind is not ReportKind.FBA_SHIPMENTS or "sku" in position
        )
        read_order = compile_row_reader(
            [a for a, _, _, _ in order_fields],
            {a: (at, p) for a, _, at, p in order_fields},
            as_dict=True,
        )
        read_line = compile_row_reader(
            LINE_KEYS, {a: (at, p) for a, _, at, p in line_fields}, as_dict=False
        )
        raw_of = _getter(order_positions)
        all_orders = kind is ReportKind.ALL_ORDERS
        blank_shipment = dict.fromkeys(SHIPMENT_KEYS)
        problems = self.problems

        def fold(
            rows: list[_RawRow],
            done: set[str],
            skip: Collection[str],
            hashes: dict[str, int] | None,
        ) -> list[OrderRecord]:
            batch: dict[str, OrderRecord] = {}
            spoilt: set[str] = set()  # orders with a bad row in this batch
            for number, values, order_id, problem in rows:
                if values is None:
                    assert problem is not None
                    problems.append(problem)
                    continue
                if order_id in skip:
                    # Stored from these very rows (the same raw hash): no row of it is bad.
                    self.rows += 1
                    if order_id not in batch:
                        batch[order_id] = OrderRecord(order_id, kind, number, unchanged=True)
                        self.orders += 1
                        if not is_amazon_order_id(order_id):
                            self._odd_ids.append(order_id)
                    continue
                if type(values) is str:
                    values = split_tab_line(values)
                assert isinstance(values, list)
                bad = not order_id
                record = batch.get(order_id)
                raw = raw_of(values)
                parsed: dict[str, Any] | None = None
                fresh = record is None or record.raw != raw
                if fresh:
                    # Item rows of one order repeat its fields: read them once per order.
                    try:
                        parsed = read_order(values)
                    except FieldError:
                        parsed, bad = None, True
                    if parsed is not None and all_orders and parsed.get("purchase_date") is None:
                        bad = True
                try:
                    line = read_line(values)
                except FieldError:
                    bad = True
                shipment = None
                if shipment_fields:
                    shipment = dict(blank_shipment)
                    try:
                        for attribute, _column, at, parser in shipment_fields:
                            shipment[attribute] = parser(values[at])
                    except FieldError:
                        bad = True
                if bad:
                    if order_id:
                        spoilt.add(order_id)
                    # Read the row again field by field, to name every bad column.
                    problems.extend(
                        self._row_problems(
                            number, values, order_id, id_column,
                            order_fields if fresh else [], line_fields + shipment_fields,
                        )
                    )  # fmt: skip
                    continue
                self.rows += 1
                if record is None:
                    continued = order_id in done
                    record = OrderRecord(order_id, kind, number, raw=raw, continued=continued)
                    self.orders += 1
                    if not is_amazon_order_id(order_id):
                        self._odd_ids.append(order_id)
                    batch[order_id] = record
                if parsed is not None:
                    if record.fields:
                        _merge_fields(record.fields, parsed)
                    else:  # the order's first row: keep its values given (read_order's)
                        record.fields = parsed
                if extra_columns:
                    record_extra = record.extra
                    for column, at in extra_columns:
                        value = values[at]
                        if value and column not in record_extra and (value := value.strip()):
                            record_extra[column] = value
                if has_lines:
                    record.lines.append(line)
                if (
                    shipment is not None
                    and (shipment["tracking_number"] or shipment["carrier"])
                    and shipment not in record.shipments
                ):
                    record.shipments.append(shipment)
            if hashes is not None:
                for order_id, record in batch.items():
                    if not (record.unchanged or record.continued or order_id in spoilt):
                        record.raw_hash = hashes.get(order_id)
            return list(batch.values())

        return fold

    def _row_problems(
        self,
        number: int,
        values: list[str],
        order_id: str,
        id_column: str,
        order_fields: list[tuple[str, str, int, Parser]],
        other_fields: list[tuple[str, str, int, Parser]],
    ) -> list[RowProblem]:
        """Every problem of a bad row, in column order of the checks."""
        found: list[RowProblem] = []
        if not order_id:
            found.append(RowProblem(self.file, number, id_column, _("no order id")))
        purchase_date = None
        for attribute, column, at, parser in order_fields:
            try:
                value = parser(values[at])
            except FieldError as exc:
                found.append(RowProblem(self.file, number, column, str(exc)))
                continue
            if attribute == "purchase_date":
                purchase_date = value
        if (
            order_fields
            and self.kind is ReportKind.ALL_ORDERS
            and order_id
            and purchase_date is None
            and not any(p.column == "purchase-date" for p in found)
        ):
            found.append(RowProblem(self.file, number, "purchase-date", _("no purchase date")))
        for _attribute, column, at, parser in other_fields:
            try:
                parser(values[at])
            except FieldError as exc:
                found.append(RowProblem(self.file, number, column, str(exc)))
        return found


def _getter(positions: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """values -> the tuple of values at `positions` (itemgetter returns a bare value for one)."""
    if not positions:
        return lambda values: ()
    if len(positions) == 1:
        at = positions[0]
        return lambda values: (values[at],)
    return itemgetter(*positions)


def _merge_fields(target: dict[str, Any], parsed: dict[str, Any]) -> None:
    """Keep the first non-empty value of each field, except the last-updated date, where the
    latest wins."""
    for key, value in parsed.items():
        if value is None or value == "":
            continue
        current = target.get(key)
        if current is None:
            target[key] = value
        elif key == "last_updated" and value > current:
            target[key] = value


__all__ = [
    "LINE_AT",
    "LINE_KEYS",
    "SHIPMENT_KEYS",
    "Line",
    "OrderRecord",
    "ReportError",
    "ReportReader",
    "RowProblem",
]
