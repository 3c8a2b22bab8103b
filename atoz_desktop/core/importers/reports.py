"""Which Amazon report a header row belongs to, mapped by column name, never by position."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from atoz_desktop.core.i18n import N_, _


class ReportKind(enum.Enum):
    ALL_ORDERS = "All Orders"
    UNSHIPPED_ORDERS = "Unshipped / New Orders"
    FBA_SHIPMENTS = "FBA Amazon Fulfilled Shipments"


#: Columns a report must have to be read as that kind.
REQUIRED: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.ALL_ORDERS: ("amazon-order-id", "purchase-date", "order-status"),
    ReportKind.UNSHIPPED_ORDERS: ("order-id", "order-item-id"),
    ReportKind.FBA_SHIPMENTS: ("amazon-order-id", "carrier", "tracking-number"),
}

#: Column names of Amazon's localized reports and of hand-made exports, as the names we use.
ALIASES = {
    "numero-de-la-commande": "amazon-order-id",
    "numero-de-commande": "amazon-order-id",
    "date-heure": "purchase-date",
    "date-d-achat": "purchase-date",
    "statut-de-la-commande": "order-status",
    "amazon-order-item-id": "order-item-id",
}

# Other files that land in the same folder, told apart so the refusal says what the file is
# (the whole sentence, translated where it is used).
_LOOKALIKES: tuple[tuple[str, frozenset[str], int], ...] = (
    (
        N_("it looks like a settlement report, not an order report"),
        frozenset(
            {
                "settlement-id",
                "settlement-start-date",
                "transaction-type",
                "total-amount",
                "deposit-date",
            }
        ),
        2,
    ),
    (
        N_("it looks like a listings (inventory) report, not an order report"),
        frozenset(
            {
                "sku",
                "asin",
                "price",
                "quantity",
                "item-name",
                "listing-id",
                "seller-sku",
                "asin1",
                "open-date",
                "product-id",
            }
        ),
        3,
    ),
    (
        N_("it looks like a returns report, not an order report"),
        frozenset(
            {"return-date", "return-reason", "return-quantity", "return-request-date", "rma-id"}
        ),
        2,
    ),
    (
        N_("it looks like a payments / transactions report, not an order report"),
        frozenset({"date-time", "settlement-id", "type", "total", "description"}),
        3,
    ),
)

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize_header(name: str) -> str:
    """'Amazon Order ID', 'amazon_order_id', '\ufeffamazon-order-id' -> 'amazon-order-id'."""
    from atoz_desktop.core.search import fold

    key = _NON_WORD.sub("-", fold(name.strip().strip('"').lstrip("\ufeff"))).strip("-")
    return ALIASES.get(key, key)


class NotAnOrderReportError(ValueError):
    """The header is not one of the order reports; the message says what it looks like."""


@dataclass(frozen=True, slots=True)
class Header:
    kind: ReportKind
    columns: tuple[str, ...]  # normalized names, by position; '' for a blank column

    def index(self) -> dict[str, int]:
        positions: dict[str, int] = {}
        for i, name in enumerate(self.columns):
            if name:
                positions.setdefault(name, i)
        return positions


#: A settlement report names orders too (`order-id`): these columns tell it apart first.
_SETTLEMENT = frozenset(
    {"settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date",
     "total-amount", "transaction-type"}
)  # fmt: skip


def detect(raw_columns: Sequence[str]) -> Header:
    columns = tuple(normalize_header(c) for c in raw_columns)
    names = set(columns) - {""}
    if len(names & _SETTLEMENT) >= 2:
        raise NotAnOrderReportError(_("this is a settlement report, not an order report"))
    if "amazon-order-id" in names and ("shipment-id" in names or "tracking-number" in names):
        kind = ReportKind.FBA_SHIPMENTS
    elif "amazon-order-id" in names:
        kind = ReportKind.ALL_ORDERS
    elif "order-id" in names:
        kind = ReportKind.UNSHIPPED_ORDERS
    else:
        raise NotAnOrderReportError(_not_an_order_report(names))
    missing = [c for c in REQUIRED[kind] if c not in names]
    if missing:
        raise NotAnOrderReportError(
            _("it looks like an Amazon {report} report but lacks the column(s) {columns}").format(
                report=kind.value, columns=", ".join(missing)
            )
        )
    return Header(kind, columns)


def _not_an_order_report(names: set[str]) -> str:
    looks_like = _("not an Amazon order report")
    for label, signature, enough in _LOOKALIKES:
        if len(signature & names) >= enough:
            looks_like = _(label)
            break
    needed = ", ".join(REQUIRED[ReportKind.ALL_ORDERS])
    unshipped = ", ".join(REQUIRED[ReportKind.UNSHIPPED_ORDERS])
    shown = ", ".join(sorted(names)[:8]) + (" …" if len(names) > 8 else "")
    return _(
        "{looks_like} (columns: {shown}); missing the columns {needed} of an All Orders report "
        "(or {unshipped} of an Unshipped Orders report)"
    ).format(looks_like=looks_like, shown=shown, needed=needed, unshipped=unshipped)
