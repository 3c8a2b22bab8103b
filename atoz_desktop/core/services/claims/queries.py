"""Claims for the lists: ids filtered and sorted in SQL, then the rows a view paints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, func, select, true

from atoz_desktop.core.rules.claims import CLAIM_VIEWS, OPEN_STATUSES, STATUSES
from atoz_desktop.core.rules.deadlines import SOON
from atoz_desktop.core.rules.status import seller_deadline
from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern, search_text, terms
from atoz_desktop.core.services.claims.triage import TRIAGE_SORTS, sorted_by_triage
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim
from atoz_desktop.core.storage.queries import fetch_ids

#: Statuses whose running deadline is the response, and those where it is the appeal
#: (rules/status.py: seller_deadline).
RESPONSE_STATUSES = tuple(s for s in STATUSES if seller_deadline(s) == "response")
APPEAL_STATUSES = tuple(s for s in STATUSES if seller_deadline(s) == "appeal")

#: The deadline the seller is running against, in SQL: none while Amazon decides or when over.
DEADLINE = case(
    (Claim.status.in_(RESPONSE_STATUSES), Claim.response_due),
    (Claim.status.in_(APPEAL_STATUSES), Claim.appeal_due),
    else_=None,
)

CLAIM_SORT_COLUMNS: dict[str, Any] = {
    "deadline": DEADLINE,
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
    appeal_due: datetime | None

    @property
    def deadline(self) -> datetime | None:
        """The deadline running now: the response's, the appeal's, or none."""
        which = seller_deadline(self.status)
        if which == "response":
            return self.response_due
        return self.appeal_due if which == "appeal" else None


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
    Claim.appeal_due,
)


def _view_condition(view: str) -> ColumnElement[bool]:
    statuses = CLAIM_VIEWS[view]
    return true() if statuses is None else Claim.status.in_(sorted(statuses))


def _search_condition(query: str) -> ColumnElement[bool]:
    conditions = []
    for word in terms(query):
        conditions.append(Claim.search_text.like(like_pattern(word), escape=LIKE_ESCAPE))
    return and_(*conditions) if conditions else true()


def _order_condition(order_id: str | None) -> ColumnElement[bool]:
    return true() if order_id is None else Claim.order_ref == order_id.strip()


def claim_search_text(order_ref: str, buyer_name: str | None, reason: str) -> str:
    return search_text([order_ref, buyer_name, reason.replace("-", " ")])


def claim_ids(
    workspace: Workspace,
    view: str = "all",
    search: str = "",
    sort: str = "deadline",
    descending: bool = False,
    *,
    now: datetime | None = None,
    lang: str = "en",
    order_id: str | None = None,
) -> list[int]:
    """Ids of the claims in `view` (only those on order `order_id`, if given). By deadline
    (the default): the running deadline nearest first, claims without one (waiting for
    Amazon, or over) after them, newest filed first.

    By next step or by missing proof (triage.TRIAGE_SORTS) the rules decide, as of `now`
    (default: the present), in `lang` for the words of the missing proof."""
    if sort in TRIAGE_SORTS:
        ids = claim_ids(workspace, view, search, order_id=order_id)
        when = now if now is not None else datetime.now(UTC)
        return sorted_by_triage(workspace, ids, sort, descending, when, lang)
    sort_column = CLAIM_SORT_COLUMNS[sort]
    key = sort_column.desc() if descending else sort_column
    tie = Claim.id.desc() if descending else Claim.id
    order_by: list[Any] = [sort_column.is_(None), key, tie]
    if sort == "deadline":
        order_by = [sort_column.is_(None), key, Claim.filed_at.desc(), tie]
    statement = (
        select(Claim.id)
        .where(_view_condition(view), _search_condition(search), _order_condition(order_id))
        .order_by(*order_by)
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


def list_claims(
    workspace: Workspace, open_only: bool = False, order_id: str | None = None
) -> list[ClaimRow]:
    """Claims (on order `order_id`, if given), nearest deadline first (open ones before
    decided ones)."""
    ids = claim_ids(workspace, order_id=order_id)
    rows = claim_rows(workspace, ids)
    listed = [rows[pk] for pk in ids if pk in rows]
    return [r for r in listed if r.status in OPEN_STATUSES] if open_only else listed


def claims_of_order(workspace: Workspace, order_id: str) -> list[ClaimRow]:
    """The claims opened on order `order_id` (imported or typed in), newest filed first."""
    statement = (
        select(*_ROW_COLUMNS)
        .where(Claim.order_ref == order_id.strip())
        .order_by(Claim.filed_at.desc(), Claim.id.desc())
    )
    with workspace.engine.connect() as connection:
        return [ClaimRow(*cast(tuple[Any, ...], row)) for row in connection.execute(statement)]


def open_claim_of_order(
    workspace: Workspace, order_id: str, *, excluding: int | None = None
) -> ClaimRow | None:
    """The claim still open on order `order_id` (the newest, if several), other than claim
    `excluding`: opening another one is most often a mistake, so the window and the command
    line say so first."""
    for row in claims_of_order(workspace, order_id):
        if row.status in OPEN_STATUSES and row.pk != excluding:
            return row
    return None


def claims_due(workspace: Workspace, now: datetime, within: timedelta = SOON) -> list[ClaimRow]:
    """Claims whose running deadline (response or appeal) is within `within`, or past: the
    banner's list, nearest first."""
    return [
        row
        for row in list_claims(workspace)
        if row.deadline is not None and row.deadline - now <= within
    ]
