"""Changes to claims, one unit of work each: open, move, record and edit timeline entries;
the deleting ones return what undo needs (a whole claim: claims/deletion.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.claims import CHANNELS, REASONS, STATUSES
from atoz_desktop.core.rules.deadlines import appeal_due, response_due
from atoz_desktop.core.rules.facts import EXCLUDED_KINDS
from atoz_desktop.core.rules.status import IllegalMove, check_move, is_decision
from atoz_desktop.core.services.claims.common import (
    OFFER_KINDS,
    PROGRAM_EVENT_KINDS,
    USER_EVENT_KINDS,
    ClaimError,
    _aware,
    _claim,
    _policy_for,
    storable,
)
from atoz_desktop.core.services.claims.queries import claim_search_text
from atoz_desktop.core.services.claims.views import EventView, _view
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.errors import StaleEdit
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Order, OrderLine


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


def _locked_claim(session: Session, claim_pk: int) -> Claim:
    """The claim, locked until the unit of work ends: on PostgreSQL its row (`FOR UPDATE`);
    SQLite's unit of work already holds the whole database's write lock (database.py)."""
    claim = session.get(Claim, claim_pk, with_for_update=True)
    if claim is None:
        raise ClaimError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    return claim


def change_status(
    workspace: Workspace,
    claim_pk: int,
    new_status: str,
    at: datetime | None = None,
    note: str = "",
    *,
    expected_status: str | None = None,
) -> int:
    """Move a claim to `new_status` if the process allows it (rules/status.py), recording a
    status-change event; a decision starts the appeal window. Returns the event's id.

    The check and the write are one locked unit of work, so two windows cannot both move the
    claim from the same status. `expected_status` is the status the user saw: if the claim is
    no longer in it (changed elsewhere), nothing is written and StaleEdit is raised."""
    at = _aware(at, _("the time of the change")) if at is not None else datetime.now(UTC)
    tz = workspace_timezone(workspace)
    with workspace.session() as session:
        claim = _locked_claim(session, claim_pk)
        if expected_status is not None and claim.status != expected_status:
            raise StaleEdit()
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
    """Put a claim back as it was before the status change `event_pk`, and drop that event.

    Only the claim's latest status change can be undone, and only while the claim is still in
    the status it made: otherwise it was changed elsewhere since (StaleEdit, nothing written)."""
    with workspace.session() as session:
        event = session.get(ClaimEvent, event_pk)
        if event is None or event.kind != "status-change":
            raise StaleEdit()
        claim = _locked_claim(session, event.claim_id)
        latest = session.scalars(
            select(ClaimEvent.id)
            .where(ClaimEvent.claim_id == claim.id, ClaimEvent.kind == "status-change")
            .order_by(ClaimEvent.id.desc())
            .limit(1)
        ).first()
        if latest != event.id or claim.status != event.details.get("to", claim.status):
            raise StaleEdit()
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
            claim_id=claim.id, kind=kind, at=at, text=storable(text), author=storable(author),
            amount=amount, currency=currency, details=dict(details or {}),
        )  # fmt: skip
        session.add(event)
        session.flush()
        return event.id


def record_message(
    workspace: Workspace,
    claim_pk: int,
    *,
    at: datetime,
    text: str,
    author: str = "seller",
    offer_kind: str | None = None,
    amount: Decimal | None = None,
) -> tuple[int, ...]:
    """Record a message the seller sent the buyer and, when it makes an offer, the offer
    itself (kind and amount, in the claim's currency), so the timeline, the findings and the
    dossier count it; one unit of work. Returns the new events' ids, the message first."""
    if offer_kind is not None and offer_kind not in OFFER_KINDS:
        raise ClaimError(
            _("unknown offer {kind!r}; offers: {kinds}").format(
                kind=offer_kind, kinds=", ".join(OFFER_KINDS)
            )
        )
    if amount is not None and amount <= 0:
        raise ClaimError(_("an offer's amount must be positive"))
    _aware(at, _("the event time"))
    with workspace.session() as session:
        claim = _claim(session, claim_pk)
        stored = [
            ClaimEvent(claim_id=claim.id, kind="message-out", at=at, text=storable(text),
                       author=storable(author), details={})  # fmt: skip
        ]
        if offer_kind is not None:
            stored.append(
                ClaimEvent(
                    claim_id=claim.id, kind="offer", at=at, text="", author=storable(author),
                    amount=amount, currency=claim.currency if amount is not None else None,
                    details={"offer_kind": offer_kind},
                )  # fmt: skip
            )
        session.add_all(stored)
        session.flush()
        return tuple(event.id for event in stored)


def _unchanged(stored: ClaimEvent, expected: EventView) -> bool:
    """Whether `stored` still holds the values `expected` shows (as the database keeps them)."""
    return (stored.kind, stored.at, stored.author, stored.text, stored.amount, stored.currency,
            stored.details or {}) == (
        expected.kind, expected.at, storable(expected.author), storable(expected.text),
        expected.amount, expected.currency, dict(expected.details),
    )  # fmt: skip


def update_event(
    workspace: Workspace, event: EventView, *, expected: EventView | None = None
) -> EventView:
    """Overwrite an event with `event`'s values; returns the values it had (for undo).

    `expected` is the event as the user saw it before editing: if it was changed or removed
    elsewhere meanwhile, nothing is written and StaleEdit is raised."""
    if event.pk is None:
        raise ClaimError(_("entries taken from the order cannot be edited"))
    _check_event(event.kind, event.at, event.amount, event.currency)
    with workspace.session() as session:
        stored = session.get(ClaimEvent, event.pk, with_for_update=True)
        if stored is None and expected is not None:
            raise StaleEdit()
        if stored is None or stored.kind in PROGRAM_EVENT_KINDS:
            raise ClaimError(_("no editable event {event}").format(event=event.pk))
        if expected is not None and not _unchanged(stored, expected):
            raise StaleEdit()
        before = _view(stored)
        stored.kind, stored.at, stored.author, stored.text = (
            event.kind, event.at, storable(event.author), storable(event.text)
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
            author=storable(event.author), text=storable(event.text), amount=event.amount,
            currency=event.currency,
            details=dict(event.details),
        )  # fmt: skip
        session.add(stored)
        session.flush()
        return stored.id


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
