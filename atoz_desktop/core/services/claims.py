"""Claims for the lists: ids filtered and sorted in SQL, then the rows a view paints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, func, select, true

from atoz_desktop.core.rules.claims import (
    CLAIM_VIEWS,
    OPEN_STATUSES,
    REASONS,
    default_response_due,
)
from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern, search_text, terms
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Order
from atoz_desktop.core.storage.queries import fetch_ids

CLAIM_SORT_COLUMNS: dict[str, Any] = {
    "response_due": Claim.response_due,
    "status": Claim.status,
    "reason": Claim.reason,
    "amount": Claim.amount,
    "order_id": Claim.order_ref,
    "buyer": Claim.buyer_name,
    "filed_at": Claim.filed_at,
    "channel": Claim.channel,
}


@dataclass(frozen=True, slots=True)
class ClaimRow:
    pk: int
    order_id: str
    buyer: str | None
    status: str
    reason: str
    amount: Decimal
    currency: str
    filed_at: datetime
    response_due: datetime | None
    channel: str


_ROW_COLUMNS = (
    Claim.id,
    Claim.order_ref,
    Claim.buyer_name,
    Claim.status,
    Claim.reason,
    Claim.amount,
    Claim.currency,
    Claim.filed_at,
    Claim.response_due,
    Claim.channel,
)


def _view_condition(view: str) -> ColumnElement[bool]:
    statuses = CLAIM_VIEWS[view]
    return true() if statuses is None else Claim.status.in_(sorted(statuses))


def _search_condition(query: str) -> ColumnElement[bool]:
    conditions = []
    for word in terms(query):
        conditions.append(Claim.search_text.like(like_pattern(word), escape=LIKE_ESCAPE))
    return and_(*conditions) if conditions else true()


def claim_search_text(order_ref: str, buyer_name: str | None, reason: str) -> str:
    return search_text([order_ref, buyer_name, reason.replace("-", " ")])


def claim_ids(
    workspace: Workspace,
    view: str = "all",
    search: str = "",
    sort: str = "response_due",
    descending: bool = False,
) -> list[int]:
    """Ids of the claims in `view`. By deadline (the default): open claims first, nearest
    deadline first, claims without one last; decided claims after them."""
    sort_column = CLAIM_SORT_COLUMNS[sort]
    key = sort_column.desc() if descending else sort_column
    tie = Claim.id.desc() if descending else Claim.id
    order_by: list[Any] = [key, tie]
    if sort == "response_due":
        decided_last = case((Claim.status.in_(sorted(OPEN_STATUSES)), 0), else_=1)
        order_by = [decided_last, sort_column.is_(None), key, tie]
    statement = (
        select(Claim.id).where(_view_condition(view), _search_condition(search)).order_by(*order_by)
    )
    with workspace.engine.connect() as connection:
        return fetch_ids(connection, statement)


def claim_rows(workspace: Workspace, pks: Sequence[int]) -> dict[int, ClaimRow]:
    if not pks:
        return {}
    with workspace.engine.connect() as connection:
        result = connection.execute(select(*_ROW_COLUMNS).where(Claim.id.in_(list(pks))))
        return {row[0]: ClaimRow(*cast(tuple[Any, ...], row)) for row in result}


def claim_counts(workspace: Workspace) -> dict[str, int]:
    """How many claims each sidebar view holds."""
    with workspace.engine.connect() as connection:
        by_status = dict(
            connection.execute(
                select(Claim.status, func.count(Claim.id)).group_by(Claim.status)
            ).all()
        )
    counts = {}
    for view, statuses in CLAIM_VIEWS.items():
        counts[view] = sum(n for s, n in by_status.items() if statuses is None or s in statuses)
    return counts


def create_claim(
    workspace: Workspace,
    *,
    order_id: str,
    reason: str,
    filed_at: datetime,
    channel: str = "marketplace",
    amount: Decimal | None = None,
    currency: str | None = None,
    status: str = "action-required",
    buyer_name: str | None = None,
) -> int:
    """Open a claim on an order (known or not); its response deadline by the default policy."""
    if reason not in REASONS:
        raise ValueError(f"unknown claim reason {reason!r}")
    with workspace.session() as session:
        order = session.execute(
            select(Order).where(Order.order_id == order_id)
        ).scalar_one_or_none()
        if order is not None:
            amount = order.total if amount is None else amount
            currency = currency or order.currency
            buyer_name = buyer_name or order.buyer_name
        if amount is None or not currency:
            raise ValueError("a claim on an unknown order needs an amount and a currency")
        claim = Claim(
            order_pk=order.id if order is not None else None,
            order_ref=order_id,
            buyer_name=buyer_name,
            channel=channel,
            reason=reason,
            status=status,
            amount=amount,
            currency=currency,
            filed_at=filed_at,
            latest_delivery=order.latest_delivery if order is not None else None,
            response_due=default_response_due(channel, filed_at),
            search_text=claim_search_text(order_id, buyer_name, reason),
        )
        session.add(claim)
        session.flush()
        return claim.id


def add_event(
    workspace: Workspace,
    claim_pk: int,
    *,
    kind: str,
    at: datetime,
    text: str = "",
    author: str = "",
    amount: Decimal | None = None,
    currency: str | None = None,
) -> int:
    with workspace.session() as session:
        event = ClaimEvent(
            claim_id=claim_pk,
            kind=kind,
            at=at,
            text=text,
            author=author,
            amount=amount,
            currency=currency,
        )
        session.add(event)
        session.flush()
        return event.id
