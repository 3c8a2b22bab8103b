"""Parse one Amazon order report into order records, listing every bad row.

Parsing is separate from writing so a file is judged whole before anything is saved: the caller
imports nothing when `ReportReader.problems` is not empty, unless told to skip bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.compiled import Remembered, compile_row_reader, text_field
from atoz_desktop.core.importers.fields import (
    FieldError,
    is_amazon_order_id,
    stored_datetime,
    stored_flag,
    stored_money,
    stored_quantity,
)
from atoz_desktop.core.importers.reports import (
    NotAnOrderReportError,
    ReportKind,
    detect,
)
from atoz_desktop.core.importers.text import UnreadableFileError, UnreadableLineError, inspect

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


LINE_KEYS = tuple(LINE_FIELDS) + ("excluded_kind",)
SHIPMENT_KEYS = tuple(SHIPMENT_FIELDS)
#: An order line is a tuple of LINE_KEYS' values; its fields by position.
LINE_AT = {key: i for i, key in enumerate(LINE_KEYS)}
Line = tuple[Any, ...]


@dataclass(slots=True)
class OrderRecord:
    """What one report says about one order; only the columns it has are in `fields`.

    Lines are tuples of LINE_KEYS' values; shipments dicts of every key of SHIPMENT_KEYS.
    `continued` marks more rows of an order whose first rows came in an earlier batch of the
    same file.
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
        self._rows = self._checked(text.rows())
        first = next(self._rows, None)
        if first is None:
            raise ReportError(_("{file}: the file is empty").format(file=self.file))
        try:
            self.header = detect(first[1])
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

    def _checked(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
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

    def batches(self, size: int = 2000) -> Iterator[list[OrderRecord]]:
        """Records of about `size` orders at a time, in file order."""
        batch: dict[str, OrderRecord] = {}
        done: set[str] = set()
        for record in self._records(batch, done):
            if len(batch) >= size:
                done.update(batch)
                yield list(batch.values())
                batch.clear()
            batch[record.order_id] = record
        if batch:
            yield list(batch.values())

    def _records(self, batch: dict[str, OrderRecord], done: set[str]) -> Iterator[OrderRecord]:
        """Fold rows into `batch`; yield a record only when a row starts a new order."""
        header, kind, file = self.header, self.kind, self.file
        position = header.index()
        width = len(header.columns)
        # Blank header cells at the end (a spreadsheet's trailing columns) need no value.
        needed = max(i for i, name in enumerate(header.columns) if name) + 1
        id_column = ORDER_ID_COLUMN[kind]
        id_at = position[id_column]
        header_names = {"amazon-order-id", "order-id", id_column}
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

        for number, values in self._rows:
            self.line = number
            if len(values) != width:
                if len(values) < needed:
                    missing = header.columns[len(values)]
                    cut = _(
                        "the row stops after {count} of {needed} columns: the file may be cut short"
                    ).format(count=len(values), needed=needed)
                    problems.append(RowProblem(file, number, missing, cut))
                    continue
                if len(values) < width:
                    values = values + [""] * (width - len(values))
                elif any(v.strip() for v in values[width:]):
                    extra = _(
                        "{count} fields where the header has {width}: a separator inside a value?"
                    ).format(count=len(values), width=width)
                    problems.append(RowProblem(file, number, "", extra))
                    continue
            order_id = values[id_at].strip()
            if order_id.lower() in header_names:
                continue  # the header again, pasted in by someone joining files
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
                record = OrderRecord(order_id, kind, number, raw=raw, continued=order_id in done)
                self.orders += 1
                if not is_amazon_order_id(order_id):
                    self._odd_ids.append(order_id)
                yield record
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
