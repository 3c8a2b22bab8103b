"""Claims for the lists: ids filtered and sorted in SQL, then the rows a view paints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.kinds import FINDINGS_EVIDENCE
from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.claims import CHANNELS, CLAIM_VIEWS, OPEN_STATUSES, REASONS, STATUSES
from atoz_desktop.core.rules.deadlines import SOON, appeal_due, response_due
from atoz_desktop.core.rules.findings import (
    EVENT_KINDS,
    EXCLUDED_KINDS,
    ClaimFacts,
    EventFacts,
    Finding,
    ShipmentFacts,
    findings,
)
from atoz_desktop.core.rules.policy import Policy, policy_in_force
from atoz_desktop.core.rules.status import (
    IllegalMove,
    allowed_moves,
    check_move,
    is_decision,
    seller_deadline,
)
from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern, search_text, terms
from atoz_desktop.core.services.policies import list_policies, workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence, Order, OrderLine
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


def claim_search_text(order_ref: str, buyer_name: str | None, reason: str) -> str:
    return search_text([order_ref, buyer_name, reason.replace("-", " ")])


def claim_ids(
    workspace: Workspace,
    view: str = "all",
    search: str = "",
    sort: str = "deadline",
    descending: bool = False,
) -> list[int]:
    """Ids of the claims in `view`. By deadline (the default): the running deadline nearest
    first, claims without one (waiting for Amazon, or over) after them, newest filed first."""
    sort_column = CLAIM_SORT_COLUMNS[sort]
    key = sort_column.desc() if descending else sort_column
    tie = Claim.id.desc() if descending else Claim.id
    order_by: list[Any] = [sort_column.is_(None), key, tie]
    if sort == "deadline":
        order_by = [sort_column.is_(None), key, Claim.filed_at.desc(), tie]
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


class ClaimError(ValueError):
    """A claim action the user asked for cannot be done; the message says why."""


#: Kinds a user records on the timeline (rules/findings.py), plus the program's own: the
#: status changes it writes, and a chargeback the buyer filed with their bank.
USER_EVENT_KINDS = (*EVENT_KINDS, "chargeback")
EVENT_KINDS_ALL = (*USER_EVENT_KINDS, "status-change")
OFFER_KINDS = ("refund", "partial-refund", "replacement")


@dataclass(frozen=True, slots=True)
class EventView:
    """One entry of a claim's timeline. Entries taken from the order (its purchase, its
    shipments) have `pk` None and cannot be edited."""

    pk: int | None
    kind: str
    at: datetime
    author: str = ""
    text: str = ""
    amount: Decimal | None = None
    currency: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClaimView:
    pk: int
    order_id: str
    order_pk: int | None
    buyer: str | None
    channel: str
    reason: str
    status: str
    amount: Decimal
    currency: str
    filed_at: datetime
    latest_delivery: datetime | None
    purchase_date: datetime | None
    response_due: datetime | None
    decided_at: datetime | None
    appeal_due: datetime | None
    policy: Policy
    allowed_moves: tuple[str, ...]
    findings: tuple[Finding, ...]
    events: tuple[EventView, ...]  # the claim's own entries, chronological
    timeline: tuple[EventView, ...]  # with the order's purchase and shipments


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ClaimError(
            _("{name} needs a time zone (e.g. 2026-11-20T14:05:00+01:00)").format(name=name)
        )
    return value


def _claim(session: Session, claim_pk: int) -> Claim:
    claim = session.get(Claim, claim_pk)
    if claim is None:
        raise ClaimError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    return claim


def _policy_for(workspace: Workspace, channel: str, filed_at: datetime) -> Policy:
    return policy_in_force(list_policies(workspace), channel, filed_at)


def create_claim(
    workspace: Workspace,
    *,
    order_id: str,
    reason: str,
    filed_at: datetime,
    channel: str = "marketplace",
    amount: Decimal | None = None,
    currency: str | None = None,
    latest_delivery: datetime | None = None,
    buyer_name: str | None = None,
    purchase_date: datetime | None = None,
    status: str = "action-required",
) -> int:
    """Open a claim on an order, imported or not (an Amazon Pay order never imported needs an
    amount and currency). The response deadline follows the policy in force at `filed_at`."""
    order_id = order_id.strip()
    if not order_id:
        raise ClaimError(_("a claim needs an order id"))
    if reason not in REASONS:
        raise ClaimError(
            _("unknown reason {reason!r}; reasons: {reasons}").format(
                reason=reason, reasons=", ".join(REASONS)
            )
        )
    if channel not in CHANNELS:
        raise ClaimError(
            _("unknown channel {channel!r}; channels: {channels}").format(
                channel=channel, channels=", ".join(CHANNELS)
            )
        )
    if status not in STATUSES:
        raise ClaimError(_("unknown status {status!r}").format(status=status))
    _aware(filed_at, _("the filing date"))
    if latest_delivery is not None:
        _aware(latest_delivery, _("the latest delivery date"))
    if purchase_date is not None:
        _aware(purchase_date, _("the purchase date"))
    if amount is not None and amount < 0:
        raise ClaimError(_("a claimed amount cannot be negative"))
    policy = _policy_for(workspace, channel, filed_at)
    tz = workspace_timezone(workspace)
    with workspace.session() as session:
        order = session.execute(
            select(Order).where(Order.order_id == order_id)
        ).scalar_one_or_none()
        if order is not None:
            amount = order.total if amount is None else amount
            currency = currency or order.currency
            buyer_name = buyer_name or order.buyer_name or order.recipient_name
            latest_delivery = latest_delivery or order.latest_delivery
            purchase_date = order.purchase_date
        if amount is None or not currency:
            raise ClaimError(
                _(
                    "order {order_id} is not in the workspace: give the claimed amount and currency"
                ).format(order_id=order_id)
            )
        claim = Claim(
            order_pk=order.id if order is not None else None,
            order_ref=order_id,
            buyer_name=buyer_name,
            channel=channel,
            reason=reason,
            status=status,
            amount=amount,
            currency=currency.upper(),
            filed_at=filed_at,
            latest_delivery=latest_delivery,
            purchase_date=purchase_date,
            response_due=response_due(filed_at, policy, tz=tz),
            search_text=claim_search_text(order_id, buyer_name, reason),
        )
        session.add(claim)
        session.flush()
        return claim.id


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def change_status(
    workspace: Workspace,
    claim_pk: int,
    new_status: str,
    at: datetime | None = None,
    note: str = "",
) -> int:
    """Move a claim to `new_status` if the process allows it (rules/status.py), recording a
    status-change event; a decision starts the appeal window. Returns the event's id."""
    at = _aware(at, _("the time of the change")) if at is not None else datetime.now(UTC)
    tz = workspace_timezone(workspace)
    with workspace.session() as session:
        claim = _claim(session, claim_pk)
        policy = _policy_for(workspace, claim.channel, claim.filed_at)
        try:
            check_move(claim.status, new_status, can_appeal=policy.appeal_window is not None)
        except IllegalMove as exc:
            raise ClaimError(str(exc)) from None
        details = {
            "from": claim.status,
            "to": new_status,
            "decided_at": _iso(claim.decided_at),
            "appeal_due": _iso(claim.appeal_due),
        }
        if is_decision(new_status):
            claim.decided_at = at
            claim.appeal_due = appeal_due(at, policy, tz=tz)
        claim.status = new_status
        event = ClaimEvent(claim_id=claim.id, kind="status-change", at=at, text=note,
                           details=details)  # fmt: skip
        session.add(event)
        session.flush()
        return event.id


def undo_status_change(workspace: Workspace, event_pk: int) -> None:
    """Put a claim back as it was before the status change `event_pk`, and drop that event."""
    with workspace.session() as session:
        event = session.get(ClaimEvent, event_pk)
        if event is None or event.kind != "status-change":
            raise ClaimError(_("no status change {event} to undo").format(event=event_pk))
        claim = _claim(session, event.claim_id)
        claim.status = event.details["from"]
        claim.decided_at = _from_iso(event.details.get("decided_at"))
        claim.appeal_due = _from_iso(event.details.get("appeal_due"))
        session.delete(event)


def _check_event(kind: str, at: datetime, amount: Decimal | None, currency: str | None) -> None:
    if kind not in USER_EVENT_KINDS:
        raise ClaimError(
            _("unknown event kind {kind!r}; kinds: {kinds}").format(
                kind=kind, kinds=", ".join(USER_EVENT_KINDS)
            )
        )
    _aware(at, _("the event time"))
    if amount is not None and not currency:
        raise ClaimError(_("an amount needs its currency"))


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
    details: dict[str, Any] | None = None,
) -> int:
    """Add an entry to a claim's timeline; an amount without currency takes the claim's."""
    with workspace.session() as session:
        claim = _claim(session, claim_pk)
        if amount is not None and not currency:
            currency = claim.currency
        _check_event(kind, at, amount, currency)
        event = ClaimEvent(
            claim_id=claim.id, kind=kind, at=at, text=text, author=author, amount=amount,
            currency=currency, details=dict(details or {}),
        )  # fmt: skip
        session.add(event)
        session.flush()
        return event.id


def _view(event: ClaimEvent) -> EventView:
    return EventView(event.id, event.kind, event.at, event.author, event.text, event.amount,
                     event.currency, dict(event.details or {}))  # fmt: skip


def update_event(workspace: Workspace, event: EventView) -> EventView:
    """Overwrite an event with `event`'s values; returns the values it had (for undo)."""
    if event.pk is None:
        raise ClaimError(_("entries taken from the order cannot be edited"))
    _check_event(event.kind, event.at, event.amount, event.currency)
    with workspace.session() as session:
        stored = session.get(ClaimEvent, event.pk)
        if stored is None or stored.kind == "status-change":
            raise ClaimError(_("no editable event {event}").format(event=event.pk))
        before = _view(stored)
        stored.kind, stored.at, stored.author, stored.text = (
            event.kind, event.at, event.author, event.text
        )  # fmt: skip
        stored.amount, stored.currency, stored.details = (
            event.amount, event.currency, dict(event.details)
        )  # fmt: skip
        return before


def delete_event(workspace: Workspace, event_pk: int) -> tuple[int, EventView]:
    """Remove an event; returns its claim and its values, so the removal can be undone."""
    with workspace.session() as session:
        stored = session.get(ClaimEvent, event_pk)
        if stored is None:
            raise ClaimError(_("no event {event}").format(event=event_pk))
        if stored.kind == "status-change":
            raise ClaimError(_("a status change is undone, not deleted"))
        claim_pk, view = stored.claim_id, _view(stored)
        session.delete(stored)
        return claim_pk, view


def restore_event(workspace: Workspace, claim_pk: int, event: EventView) -> int:
    """Put back an event removed by delete_event, with its id when it is still free."""
    with workspace.session() as session:
        _claim(session, claim_pk)
        free = event.pk is not None and session.get(ClaimEvent, event.pk) is None
        stored = ClaimEvent(
            id=event.pk if free else None, claim_id=claim_pk, kind=event.kind, at=event.at,
            author=event.author, text=event.text, amount=event.amount, currency=event.currency,
            details=dict(event.details),
        )  # fmt: skip
        session.add(stored)
        session.flush()
        return stored.id


_FULFILLMENT = {"amazon": "AFN", "afn": "AFN", "merchant": "MFN", "mfn": "MFN"}


def _facts(claim: Claim, events: Sequence[ClaimEvent], evidence_kinds: Iterable[str]) -> ClaimFacts:
    order = claim.order
    shipments = []
    line_exclusions: tuple[str | None, ...] = ()
    fulfillment = None
    purchase_date = claim.purchase_date
    if order is not None:
        purchase_date = order.purchase_date or purchase_date
        fulfillment = _FULFILLMENT.get((order.fulfillment_channel or "").lower())
        line_exclusions = tuple(line.excluded_kind for line in order.lines)
        shipments = [
            ShipmentFacts(s.tracking_number, s.carrier, s.shipped_at, s.delivered_at, s.signed_for)
            for s in order.shipments
        ]
    facts_events = []
    past_statuses = []
    chargeback_at = None
    for event in events:
        if event.kind == "status-change":
            past_statuses.append(event.details.get("from", ""))
        elif event.kind == "chargeback":
            chargeback_at = chargeback_at or event.at
        else:
            facts_events.append(EventFacts(event.kind, event.at, event.author, event.amount))
            if event.kind in ("shipped", "delivered", "signed-for"):
                # Tracking the seller typed in from the carrier's site counts as a shipment.
                shipments.append(
                    ShipmentFacts(
                        tracking_number=str(event.details.get("tracking_number", "")),
                        carrier=str(event.details.get("carrier", "")),
                        shipped_at=event.at if event.kind == "shipped" else None,
                        delivered_at=event.at if event.kind != "shipped" else None,
                        signed_for=event.kind == "signed-for",
                    )
                )
    evidence = {FINDINGS_EVIDENCE[k] for k in evidence_kinds if k in FINDINGS_EVIDENCE}
    if any(e.kind in ("message-in", "message-out") for e in events):
        evidence.add("message")
    return ClaimFacts(
        channel=claim.channel,
        reason=claim.reason,
        filed_at=claim.filed_at,
        amount=claim.amount,
        currency=claim.currency,
        status=claim.status,
        latest_delivery=claim.latest_delivery,
        purchase_date=purchase_date,
        fulfillment_channel=fulfillment,  # type: ignore[arg-type]
        line_exclusions=line_exclusions,
        shipments=tuple(shipments),
        events=tuple(facts_events),
        chargeback_at=chargeback_at,
        past_statuses=tuple(s for s in past_statuses if s in STATUSES),
        evidence=frozenset(evidence),
    )


def _order_entries(claim: Claim) -> list[EventView]:
    order = claim.order
    if order is None:
        if claim.purchase_date is None:
            return []
        return [EventView(None, "ordered", claim.purchase_date, text=claim.order_ref)]
    entries = []
    if order.purchase_date is not None:
        entries.append(EventView(None, "ordered", order.purchase_date, text=order.order_id,
                                 amount=order.total, currency=order.currency))  # fmt: skip
    for s in order.shipments:
        details = {"carrier": s.carrier, "tracking_number": s.tracking_number}
        text = " ".join(p for p in (s.carrier, s.tracking_number) if p)
        if s.shipped_at is not None:
            entries.append(EventView(None, "shipped", s.shipped_at, text=text, details=details))
        if s.delivered_at is not None:
            kind = "signed-for" if s.signed_for else "delivered"
            entries.append(EventView(None, kind, s.delivered_at, text=text, details=details))
    return entries


def claim_view(
    workspace: Workspace, claim_pk: int, now: datetime | None = None, lang: str = "en"
) -> ClaimView:
    """Everything the claim pane and `claim show` display, findings included."""
    now = now or datetime.now(UTC)
    tz = workspace_timezone(workspace)
    with workspace.session_factory() as session:
        claim = _claim(session, claim_pk)
        policy = _policy_for(workspace, claim.channel, claim.filed_at)
        events = sorted(claim.events, key=lambda e: (e.at, e.id))
        kinds = session.scalars(select(Evidence.kind).where(Evidence.claim_id == claim.id))
        found = findings(_facts(claim, events, set(kinds)), policy, now, lang, tz=tz)
        own = [_view(e) for e in events]
        timeline = sorted([*own, *_order_entries(claim)], key=lambda e: e.at)
        return ClaimView(
            pk=claim.id, order_id=claim.order_ref, order_pk=claim.order_pk,
            buyer=claim.buyer_name, channel=claim.channel, reason=claim.reason,
            status=claim.status, amount=claim.amount, currency=claim.currency,
            filed_at=claim.filed_at, latest_delivery=claim.latest_delivery,
            purchase_date=claim.order.purchase_date if claim.order else claim.purchase_date,
            response_due=claim.response_due, decided_at=claim.decided_at,
            appeal_due=claim.appeal_due, policy=policy,
            allowed_moves=allowed_moves(claim.status, can_appeal=policy.appeal_window is not None),
            findings=tuple(found), events=tuple(own), timeline=tuple(timeline),
        )  # fmt: skip


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def event_json(event: EventView) -> dict[str, Any]:
    return {
        "id": event.pk, "kind": event.kind, "at": _json(event.at), "author": event.author,
        "text": event.text, "amount": _json(event.amount), "currency": event.currency,
        "details": event.details,
    }  # fmt: skip


def claim_json(view: ClaimView) -> dict[str, Any]:
    """The object `claim show --json` prints."""
    return {
        "claim_id": view.pk, "order_id": view.order_id, "buyer": view.buyer,
        "channel": view.channel, "reason": view.reason, "status": view.status,
        "amount": _json(view.amount), "currency": view.currency,
        "filed_at": _json(view.filed_at), "latest_delivery": _json(view.latest_delivery),
        "purchase_date": _json(view.purchase_date),
        "response_due": _json(view.response_due), "decided_at": _json(view.decided_at),
        "appeal_due": _json(view.appeal_due), "allowed_moves": list(view.allowed_moves),
        "policy": view.policy.describe("en"),
        "findings": [f.to_json() for f in view.findings],
        "events": [event_json(e) for e in view.events],
    }  # fmt: skip


def row_json(row: ClaimRow) -> dict[str, Any]:
    return {
        "claim_id": row.pk, "order_id": row.order_id, "buyer": row.buyer, "status": row.status,
        "reason": row.reason, "amount": _json(row.amount), "currency": row.currency,
        "filed_at": _json(row.filed_at), "response_due": _json(row.response_due),
        "channel": row.channel,
    }  # fmt: skip


def list_claims(workspace: Workspace, open_only: bool = False) -> list[ClaimRow]:
    """Claims, nearest deadline first (open ones before decided ones)."""
    ids = claim_ids(workspace)
    rows = claim_rows(workspace, ids)
    listed = [rows[pk] for pk in ids if pk in rows]
    return [r for r in listed if r.status in OPEN_STATUSES] if open_only else listed


def claims_due(workspace: Workspace, now: datetime, within: timedelta = SOON) -> list[ClaimRow]:
    """Claims whose running deadline (response or appeal) is within `within`, or past: the
    banner's list, nearest first."""
    return [
        row
        for row in list_claims(workspace)
        if row.deadline is not None and row.deadline - now <= within
    ]


def set_line_exclusion(workspace: Workspace, line_pk: int, kind: str | None) -> None:
    """Flag an order line as outside the guarantee (digital, service, ...), or clear the flag."""
    if kind is not None and kind not in EXCLUDED_KINDS:
        raise ClaimError(
            _("unknown exclusion {kind!r}; kinds: {kinds}").format(
                kind=kind, kinds=", ".join(EXCLUDED_KINDS)
            )
        )
    with workspace.session() as session:
        line = session.get(OrderLine, line_pk)
        if line is None:
            raise ClaimError(_("no order line {line}").format(line=line_pk))
        line.excluded_kind = kind


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    """A deleted claim with its events, enough to put it back as it was (undo)."""

    pk: int
    values: dict[str, Any]
    events: tuple[EventView, ...]
    evidence: tuple[dict[str, Any], ...] = ()


_CLAIM_FIELDS = (
    "order_pk", "order_ref", "buyer_name", "channel", "reason", "status", "amount", "currency",
    "filed_at", "latest_delivery", "purchase_date", "response_due", "decided_at", "appeal_due",
    "search_text",
)  # fmt: skip


def delete_claim(workspace: Workspace, claim_pk: int) -> ClaimSnapshot:
    """Remove a claim and its timeline; returns what restore_claim needs to undo it."""
    with workspace.session() as session:
        claim = _claim(session, claim_pk)
        attached = session.scalars(select(Evidence).where(Evidence.claim_id == claim.id))
        columns = [c.key for c in Evidence.__table__.columns]
        snapshot = ClaimSnapshot(
            claim.id,
            {name: getattr(claim, name) for name in _CLAIM_FIELDS},
            tuple(_view(e) for e in claim.events),
            tuple({name: getattr(item, name) for name in columns} for item in attached),
        )
        session.delete(claim)
        return snapshot


def restore_claim(workspace: Workspace, snapshot: ClaimSnapshot) -> int:
    """Put back a claim removed by delete_claim, with its id and its events' ids."""
    with workspace.session() as session:
        values = dict(snapshot.values)
        if values["order_pk"] is not None and session.get(Order, values["order_pk"]) is None:
            values["order_pk"] = None  # the order went away meanwhile; keep its id as text
        free = session.get(Claim, snapshot.pk) is None
        claim = Claim(id=snapshot.pk if free else None, **values)
        session.add(claim)
        session.flush()
        for event in snapshot.events:
            session.add(
                ClaimEvent(
                    id=event.pk,
                    claim_id=claim.id,
                    kind=event.kind,
                    at=event.at,
                    author=event.author,
                    text=event.text,
                    amount=event.amount,
                    currency=event.currency,
                    details=dict(event.details),
                )  # fmt: skip
            )
        session.flush()
        # The files stay in the blob store until no evidence refers to them, so they come back.
        for values in snapshot.evidence:
            session.add(Evidence(**{**values, "claim_id": claim.id}))
        return claim.id
