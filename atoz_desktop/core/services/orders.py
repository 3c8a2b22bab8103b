"""Reading orders for the lists, the detail pane and the command line.

Lists are two steps, as in Anki's browser: `order_ids` runs the filter and the sort in SQL and
returns only row ids; `order_rows` fetches the few rows a view is about to paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, column, select, table, text, true
from sqlalchemy.orm import selectinload

from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern, terms
from atoz_desktop.core.services import order_search, order_search_server
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Order
from atoz_desktop.core.storage.queries import fetch_ids

_order_search = table("order_search", column("rowid"), column("order_search"))

#: Sort keys a view may ask for, and the column each sorts on.
ORDER_SORT_COLUMNS: dict[str, Any] = {
    "order_id": Order.order_id,
    "purchase_date": Order.purchase_date,
    "status": Order.status,
    "buyer": Order.buyer_name,
    "total": Order.total,
    "currency": Order.currency,
    "city": Order.ship_city,
    "postal_code": Order.ship_postal_code,
    "country": Order.ship_country,
    "sales_channel": Order.sales_channel,
    "fulfillment": Order.fulfillment_channel,
}


@dataclass(frozen=True, slots=True)
class OrderRow:
    pk: int
    order_id: str
    purchase_date: datetime | None
    status: str
    buyer: str | None
    total: Decimal
    currency: str
    city: str | None
    postal_code: str | None
    country: str | None
    sales_channel: str | None
    fulfillment: str | None


_ROW_COLUMNS = (
    Order.id,
    Order.order_id,
    Order.purchase_date,
    Order.status,
    Order.buyer_name,
    Order.total,
    Order.currency,
    Order.ship_city,
    Order.ship_postal_code,
    Order.ship_country,
    Order.sales_channel,
    Order.fulfillment_channel,
)


@dataclass(frozen=True, slots=True)
class LineDetail:
    pk: int
    order_item_id: str | None
    sku: str | None
    asin: str | None
    product_name: str | None
    item_status: str | None
    quantity: int
    item_price: Decimal | None
    item_tax: Decimal | None
    shipping_price: Decimal | None
    shipping_tax: Decimal | None
    promotion_discount: Decimal | None
    excluded_kind: str | None


@dataclass(frozen=True, slots=True)
class ShipmentDetail:
    carrier: str
    tracking_number: str
    shipped_at: datetime | None
    estimated_arrival: datetime | None
    delivered_at: datetime | None
    signed_for: bool
    evidence_id: int | None = None  # the carrier receipt it was recorded from


@dataclass(frozen=True, slots=True)
class OrderDetail:
    pk: int
    order_id: str
    merchant_order_id: str | None
    purchase_date: datetime | None
    last_updated: datetime | None
    status: str
    fulfillment_channel: str | None
    sales_channel: str | None
    ship_service_level: str | None
    buyer: str | None
    buyer_email: str | None
    recipient: str | None
    ship_address: tuple[str, ...]
    ship_city: str | None
    ship_state: str | None
    ship_postal_code: str | None
    ship_country: str | None
    is_business_order: bool
    latest_delivery: datetime | None
    total: Decimal
    currency: str
    lines: tuple[LineDetail, ...]
    shipments: tuple[ShipmentDetail, ...]
    extra: dict[str, str]


def search_condition(workspace: Workspace, query: str) -> ColumnElement[bool]:
    """Every word of `query` must occur, as a substring, folded, in the order's search text."""
    words = terms(query)
    if not words:
        return true()
    conditions: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= 3]
    if workspace.is_sqlite and long_words:
        # The trigram index answers words of 3 letters or more; shorter ones fall back to LIKE.
        match = order_search.fts_query(long_words, "AND")
        conditions.append(
            Order.id.in_(
                select(_order_search.c.rowid).where(_order_search.c.order_search.op("MATCH")(match))
            )
        )
        words = [w for w in words if len(w) < 3]
    elif workspace.is_sqlite:
        # Only short words: a rare one is found by the trigrams it starts and the text's
        # last letters (order_search), not by reading every order.
        with workspace.engine.connect() as connection:
            candidates, params = order_search.candidate_sql(connection, words)
        if candidates is not None:
            conditions.append(
                Order.id.in_(text(candidates).bindparams(**params).columns(column("id")))
            )
    elif workspace.engine.dialect.name == "postgresql" and not long_words:
        # Only short words, which pg_trgm cannot answer: the rare ones are found by the index
        # of every character and pair (order_search_server), not by reading every order.
        with workspace.engine.connect() as connection:
            shares = order_search_server.short_word_shares(connection, words)
        rare = order_search_server.rare_words(shares)
        if rare:
            conditions += order_search_server.grams_conditions(rare)
            words = [w for w in words if w not in rare]
    for word in words:
        conditions.append(Order.search_text.like(like_pattern(word), escape=LIKE_ESCAPE))
    return and_(*conditions)


def order_ids(
    workspace: Workspace,
    search: str = "",
    sort: str = "purchase_date",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """Ids of the orders matching `search`, in the requested order (ties by id); only the first
    `limit` when given.

    With a limit, SQL walks the sort column's index and stops at the `limit`-th match: the first
    screenful of a one-letter search costs a fraction of a millisecond instead of a LIKE over
    every order, and a list shows it while the whole id list is fetched off the GUI thread."""
    sort_column = ORDER_SORT_COLUMNS[sort]
    words = terms(search)
    if workspace.is_sqlite and limit is not None and words:
        # SQLite's planner picks a slow plan for many searches at a million orders: the
        # first screenful is planned by hand (order_search), the same orders in the same order.
        with workspace.engine.connect() as connection:
            first = order_search.first_ids(
                connection, words, sort_column.expression.name, descending, limit
            )
        if first is not None:
            return first
    elif limit is not None and words and sort in _INDEXED_SORTS:
        budget = SERVER_WALK_BUDGET
        if workspace.engine.dialect.name == "postgresql":
            with workspace.engine.connect() as connection:
                shares = order_search_server.short_word_shares(connection, words)
            budget = order_search_server.walk_budget(shares, words, limit, budget)
        first = _walked_first_ids(workspace, words, sort_column, descending, limit, budget)
        if first is not None:
            return first
    order_by = (sort_column.desc(), Order.id.desc()) if descending else (sort_column, Order.id)
    statement = select(Order.id).where(search_condition(workspace, search)).order_by(*order_by)
    if limit is not None:
        statement = statement.limit(limit)
    with workspace.engine.connect() as connection:
        return fetch_ids(connection, statement)


#: Orders a server reads along the sort index before its planner is asked (about 2 ms).
SERVER_WALK_BUDGET = 4_000
#: The sorts with an index to walk (order_id's unique one, and migration 0010's).
_INDEXED_SORTS = {"order_id", "purchase_date", "status", "total", "buyer", "city", "country"}


def _walked_first_ids(
    workspace: Workspace,
    words: list[str],
    sort_column: Any,
    descending: bool,
    limit: int,
    budget: int,
) -> list[int] | None:
    """On a server, the first `limit` matches among the first `budget` orders of the sort
    (SERVER_WALK_BUDGET, or more for common short words: order_search_server), when there are
    that many: then they are the first `limit` of all (None otherwise).

    PostgreSQL estimates a LIKE's matches badly: at 750,000 orders it took "théière fonte"
    (38,672 matches, estimated 689) from the trigram index and sorted them all, 107 ms, where
    walking the date index finds the first 201 within 4,000 orders in about 2 ms. A search that
    matches often ends here; a rarer one goes on to the planner, which the trigram index serves."""
    key = sort_column.label("sort_key")
    walk = (
        select(Order.id, Order.search_text, key)
        .order_by(key.desc() if descending else key, Order.id.desc() if descending else Order.id)
        .limit(budget)
        .subquery()
    )
    conditions = [walk.c.search_text.like(like_pattern(w), escape=LIKE_ESCAPE) for w in words]
    order_by = (
        (walk.c.sort_key.desc(), walk.c.id.desc()) if descending else (walk.c.sort_key, walk.c.id)
    )
    statement = select(walk.c.id).where(and_(*conditions)).order_by(*order_by).limit(limit)
    with workspace.engine.connect() as connection:
        ids = fetch_ids(connection, statement)
    return ids if len(ids) >= limit else None


def order_count(workspace: Workspace) -> int:
    from sqlalchemy import func

    with workspace.engine.connect() as connection:
        return int(connection.execute(select(func.count(Order.id))).scalar_one())


def has_orders(workspace: Workspace) -> bool:
    """Whether the workspace holds an order: one row looked at, where a count reads an index
    whole (15 ms at 75k orders, in a new process)."""
    with workspace.engine.connect() as connection:
        return connection.execute(select(Order.id).limit(1)).first() is not None


def order_rows(workspace: Workspace, pks: Sequence[int]) -> dict[int, OrderRow]:
    """The list rows of these orders, by id (ids that no longer exist are simply absent)."""
    if not pks:
        return {}
    with workspace.engine.connect() as connection:
        result = connection.execute(select(*_ROW_COLUMNS).where(Order.id.in_(list(pks))))
        return {row[0]: OrderRow(*cast(tuple[Any, ...], row)) for row in result}


def list_orders(
    workspace: Workspace,
    search: str = "",
    limit: int | None = None,
    sort: str = "purchase_date",
    descending: bool = True,
) -> list[OrderRow]:
    """Orders for the command line: filtered, sorted, at most `limit`."""
    sort_column = ORDER_SORT_COLUMNS[sort]
    order_by = (sort_column.desc(), Order.id.desc()) if descending else (sort_column, Order.id)
    statement = select(*_ROW_COLUMNS).where(search_condition(workspace, search)).order_by(*order_by)
    if limit is not None:
        statement = statement.limit(limit)
    with workspace.engine.connect() as connection:
        return [OrderRow(*cast(tuple[Any, ...], row)) for row in connection.execute(statement)]


def _detail(order: Order) -> OrderDetail:
    return OrderDetail(
        pk=order.id,
        order_id=order.order_id,
        merchant_order_id=order.merchant_order_id,
        purchase_date=order.purchase_date,
        last_updated=order.last_updated,
        status=order.status,
        fulfillment_channel=order.fulfillment_channel,
        sales_channel=order.sales_channel,
        ship_service_level=order.ship_service_level,
        buyer=order.buyer_name,
        buyer_email=order.buyer_email,
        recipient=order.recipient_name,
        ship_address=tuple(
            a for a in (order.ship_address_1, order.ship_address_2, order.ship_address_3) if a
        ),
        ship_city=order.ship_city,
        ship_state=order.ship_state,
        ship_postal_code=order.ship_postal_code,
        ship_country=order.ship_country,
        is_business_order=order.is_business_order,
        latest_delivery=order.latest_delivery,
        total=order.total,
        currency=order.currency,
        lines=tuple(
            LineDetail(
                pk=line.id,
                order_item_id=line.order_item_id,
                sku=line.sku,
                asin=line.asin,
                product_name=line.product_name,
                item_status=line.item_status,
                quantity=line.quantity,
                item_price=line.item_price,
                item_tax=line.item_tax,
                shipping_price=line.shipping_price,
                shipping_tax=line.shipping_tax,
                promotion_discount=_sum(line.item_promotion_discount, line.ship_promotion_discount),
                excluded_kind=line.excluded_kind,
            )
            for line in order.lines
        ),
        shipments=tuple(
            ShipmentDetail(
                carrier=s.carrier,
                tracking_number=s.tracking_number,
                shipped_at=s.shipped_at,
                estimated_arrival=s.estimated_arrival,
                delivered_at=s.delivered_at,
                signed_for=s.signed_for,
                evidence_id=s.evidence_id,
            )
            for s in order.shipments
        ),
        extra=dict(order.extra or {}),
    )


def _sum(*values: Decimal | None) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def order_detail(
    workspace: Workspace, *, order_id: str | None = None, pk: int | None = None
) -> OrderDetail | None:
    """One order with its lines and shipments, by Amazon order id or by row id."""
    statement = select(Order).options(selectinload(Order.lines), selectinload(Order.shipments))
    if pk is not None:
        statement = statement.where(Order.id == pk)
    elif order_id is not None:
        statement = statement.where(Order.order_id == order_id.strip())
    else:
        raise ValueError("order_detail needs an order_id or a pk")
    with workspace.session_factory() as session:
        order = session.execute(statement).scalar_one_or_none()
        return _detail(order) if order is not None else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def row_json(row: OrderRow) -> dict[str, Any]:
    data = asdict(row)
    data.pop("pk")
    return {k: _jsonable(v) for k, v in data.items()}


def detail_json(detail: OrderDetail) -> dict[str, Any]:
    data = asdict(detail)
    data.pop("pk")
    for line in data["lines"]:
        line.pop("pk")
    data["ship_address"] = list(detail.ship_address)
    return {k: _jsonable(v) for k, v in data.items()}
