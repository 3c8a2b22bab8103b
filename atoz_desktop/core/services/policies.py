"""Policies in the workspace: dated versions per channel, the defaults of DOMAIN.md until the
user saves their own; and the seller's time zone, which calendar and business days count in."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.deadlines import DEFAULT_TZ
from atoz_desktop.core.rules.policy import DEFAULT_POLICIES, Duration, Policy
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import PolicyRecord

#: The Policy fields that are durations, in the order the settings show them.
DURATION_FIELDS = (
    "buyer_contact_wait",
    "response_deadline",
    "claim_window",
    "non_receipt_after_delivery",
    "non_receipt_after_order",
    "appeal_window",
    "chargeback_deadline",
    "odr_window",
)
TIMEZONE_SETTING = "timezone"


def policy_values(policy: Policy) -> dict[str, Any]:
    """A policy's values as JSON-able text ('72 hours', '0.01'); None stays None."""
    values: dict[str, Any] = {}
    for name in DURATION_FIELDS:
        duration = getattr(policy, name)
        values[name] = None if duration is None else str(duration)
    values["odr_target"] = None if policy.odr_target is None else str(policy.odr_target)
    return values


def policy_from_values(channel: str, effective_from: datetime, values: dict[str, Any]) -> Policy:
    fields: dict[str, Any] = {}
    for name in DURATION_FIELDS:
        text = values.get(name)
        fields[name] = None if text is None else Duration.parse(text)
    target = values.get("odr_target")
    fields["odr_target"] = None if target is None else Decimal(target)
    return Policy(channel=channel, effective_from=effective_from, **fields)


def list_policies(workspace: Workspace) -> list[Policy]:
    """Every policy version: the defaults first, then the user's, oldest first."""
    with workspace.session_factory() as session:
        records = session.scalars(
            select(PolicyRecord).order_by(PolicyRecord.effective_from, PolicyRecord.id)
        ).all()
        saved = [policy_from_values(r.channel, r.effective_from, r.values) for r in records]
    return [*DEFAULT_POLICIES, *saved]


def current_policy(workspace: Workspace, channel: str, at: datetime | None = None) -> Policy:
    from atoz_desktop.core.rules.policy import policy_in_force

    return policy_in_force(list_policies(workspace), channel, at or datetime.now(UTC))


def save_policy(workspace: Workspace, policy: Policy) -> None:
    """Add a version, in force from its `effective_from` (usually now): claims filed before keep
    the deadlines they had."""
    with workspace.session() as session:
        session.add(
            PolicyRecord(
                channel=policy.channel,
                effective_from=policy.effective_from,
                values=policy_values(policy),
            )
        )


def edited_policy(base: Policy, changes: dict[str, str | None], effective_from: datetime) -> Policy:
    """`base` with some durations changed ('48h', '7d', None for none), from `effective_from`."""
    fields: dict[str, Any] = {"effective_from": effective_from}
    for name, text in changes.items():
        if name not in DURATION_FIELDS:
            raise ValueError(f"unknown policy value {name!r}; values: {', '.join(DURATION_FIELDS)}")
        fields[name] = None if text in (None, "") else Duration.parse(text)
    return dataclasses.replace(base, **fields)


def workspace_timezone(workspace: Workspace) -> ZoneInfo:
    name = workspace.get_setting(TIMEZONE_SETTING)
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return DEFAULT_TZ


def set_workspace_timezone(workspace: Workspace, name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            _("unknown time zone {name!r} (e.g. Europe/Paris)").format(name=name)
        ) from None
    workspace.set_setting(TIMEZONE_SETTING, name)
