"""Parse one Amazon order report into order records, listing every bad row.

Parsing is separate from writing so a file is judged whole before anything is saved: the caller
imports nothing when `ReportReader.problems` is not empty, unless told to skip bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.fields import (
    FieldError,
    is_amazon_order_id,
    parse_datetime,
    parse_flag,
    parse_money,
    parse_quantity,
)
from atoz_desktop.core.importers.reports import (
    NotAnOrderReportError,
    ReportKind,
    detect,
)
from atoz_desktop.core.importers.text import UnreadableFileError, UnreadableLineError, inspect

Parser = Callable[[str], Any]


def _text(value: str) -> str | None:
    return value.strip() or None


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
    "purchase_date": ("purchase-date", parse_datetime),
    "merchant_order_id": ("merchant-order-id", _text),
    "ship_service_level": ("ship-service-level", _text),
    "currency": ("currency", _text),
    "sales_channel": ("sales-channel", _text),
    "fulfillment_channel": ("fulfillment-channel", _text),
    "is_business_order": ("is-business-order", parse_flag),
    **_ADDRESS,
}
ORDER_FIELDS: dict[ReportKind, dict[str, tuple[str, Parser]]] = {
    ReportKind.ALL_ORDERS: {
        **_COMMON,
        "last_updated": ("last-updated-date", parse_datetime),
        "status": ("order-status", _text),
        "order_channel": ("order-channel", _text),
    },
    ReportKind.UNSHIPPED_ORDERS: {
        **_COMMON,
        "latest_delivery": ("delivery-end-date", parse_datetime),
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
    "quantity": (("quantity", "quantity-purchased", "quantity-shipped"), parse_quantity),
    "item_price": (("item-price",), parse_money),
    "item_tax": (("item-tax",), parse_money),
    "shipping_price": (("shipping-price",), parse_money),
    "shipping_tax": (("shipping-tax",), parse_money),
    "gift_wrap_price": (("gift-wrap-price",), parse_money),
    "gift_wrap_tax": (("gift-wrap-tax",), parse_money),
    "item_promotion_discount": (("item-promotion-discount",), parse_money),
    "ship_promotion_discount": (("ship-promotion-discount",), parse_money),
}
SHIPMENT_FIELDS: dict[str, tuple[str, Parser]] = {
    "carrier": ("carrier", _text),
    "tracking_number": ("tracking-number", _text),
    "shipped_at": ("shipment-date", parse_datetime),
    "estimated_arrival": ("estimated-arrival-date", parse_datetime),
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


@dataclass(slots=True)
class OrderRecord:
    """What one report says about one order; only the columns it has are in `fields`.

    Lines and shipments carry every key of LINE_KEYS / SHIPMENT_KEYS. `continued` marks more
    rows of an order whose first rows came in an earlier batch of the same file.
    """

    order_id: str
    kind: ReportKind
    first_line: int
    fields: dict[str, Any] = field(default_factory=dict)
    lines: list[dict[str, Any]] = field(default_factory=list)
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
        header_names = {"amazon-order-id", "order-id"}
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
        blank_line = dict.fromkeys(LINE_KEYS)
        blank_shipment = dict.fromkeys(SHIPMENT_KEYS)
        problems = self.problems

        for number, values in self._rows:
            self.line = number
            if len(values) < needed:
                missing = header.columns[len(values)]
                cut = _(
                    "the row stops after {count} of {needed} columns: the file may be cut short"
                ).format(count=len(values), needed=needed)
                problems.append(RowProblem(file, number, missing, cut))
                continue
            if len(values) < width:
                values = values + [""] * (width - len(values))
            elif len(values) > width and any(v.strip() for v in values[width:]):
                extra = _(
                    "{count} fields where the header has {width}: a separator inside a value?"
                ).format(count=len(values), width=width)
                problems.append(RowProblem(file, number, "", extra))
                continue
            order_id = values[id_at].strip()
            if order_id.lower() in header_names or order_id.lower() == id_column:
                continue  # the header again, pasted in by someone joining files
            row_problems: list[RowProblem] = []
            if not order_id:
                row_problems.append(RowProblem(file, number, id_column, _("no order id")))
            record = batch.get(order_id)
            raw = tuple([values[at] for at in order_positions])
            parsed: dict[str, Any] | None = None
            if record is None or record.raw != raw:
                # Item rows of one order repeat its fields: read them once per order.
                parsed = {}
                for attribute, column, at, parser in order_fields:
                    try:
                        parsed[attribute] = parser(values[at])
                    except FieldError as exc:
                        row_problems.append(RowProblem(file, number, column, str(exc)))
                if (
                    kind is ReportKind.ALL_ORDERS
                    and order_id
                    and parsed.get("purchase_date") is None
                ):
                    if not any(p.column == "purchase-date" for p in row_problems):
                        row_problems.append(
                            RowProblem(file, number, "purchase-date", _("no purchase date"))
                        )
            line = dict(blank_line)
            for attribute, column, at, parser in line_fields:
                try:
                    line[attribute] = parser(values[at])
                except FieldError as exc:
                    row_problems.append(RowProblem(file, number, column, str(exc)))
            shipment = dict(blank_shipment)
            for attribute, column, at, parser in shipment_fields:
                try:
                    shipment[attribute] = parser(values[at])
                except FieldError as exc:
                    row_problems.append(RowProblem(file, number, column, str(exc)))
            if row_problems:
                problems.extend(row_problems)
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
                _merge_fields(record.fields, parsed)
            for column, at in extra_columns:
                value = values[at].strip()
                if value and column not in record.extra:
                    record.extra[column] = value
            if has_lines:
                record.lines.append(line)
            if (
                shipment["tracking_number"] or shipment["carrier"]
            ) and shipment not in record.shipments:
                record.shipments.append(shipment)


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
