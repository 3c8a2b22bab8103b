"""Findings: what the facts of a claim say for the seller's defence, and what puts them at risk.

Pure functions of a `ClaimFacts` snapshot (the claim, its order, shipments and timeline, as
plain frozen data) and the policy in force, so the claim pane, `claim show --json` and the
dossier all say the same thing. Each text cites the policy value it relied on, in French or
English, because the seller pastes it into Seller Central or prints it.

The checks live by job: eligibility.py (could the claim be filed), delivery.py (the parcel),
conversation.py (the buyer's silence), risks.py (the ODR and missing evidence); model.py holds
`Finding` and its codes, context.py what every check reads besides the facts.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, tzinfo

from atoz_desktop.core.rules.deadlines import DEFAULT_TZ, NO_HOLIDAYS, require_aware
from atoz_desktop.core.rules.facts import ClaimFacts
from atoz_desktop.core.rules.findings.context import Check, Context
from atoz_desktop.core.rules.findings.conversation import buyer_silent
from atoz_desktop.core.rules.findings.delivery import (
    delivered_tracking,
    fba_order,
    late_shipment,
    no_tracking,
    signed_delivery,
)
from atoz_desktop.core.rules.findings.eligibility import (
    chargeback_filed,
    excluded_item,
    no_prior_contact,
    outside_window,
    premature_non_receipt,
)
from atoz_desktop.core.rules.findings.model import CODES, SEVERITIES, Finding, Severity
from atoz_desktop.core.rules.findings.risks import (
    REQUIRED_EVIDENCE,
    missing_evidence,
    missing_evidence_risk,
    odr_risk,
)
from atoz_desktop.core.rules.policy import Policy
from atoz_desktop.core.rules.texts import lang_of

__all__ = [
    "CODES",
    "REQUIRED_EVIDENCE",
    "SEVERITIES",
    "Finding",
    "Severity",
    "findings",
    "missing_evidence",
]

_CHECKS: tuple[Check, ...] = (
    outside_window,
    premature_non_receipt,
    no_prior_contact,
    excluded_item,
    chargeback_filed,
    delivered_tracking,
    signed_delivery,
    no_tracking,
    late_shipment,
    buyer_silent,
    fba_order,
    odr_risk,
    missing_evidence_risk,
)


def findings(
    facts: ClaimFacts,
    policy: Policy,
    now: datetime,
    lang: str = "en",
    *,
    tz: tzinfo = DEFAULT_TZ,
    silence_days: int = 3,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> list[Finding]:
    """Every finding the facts support, in CODES order, worded in `lang` ('en' or 'fr').

    `policy` is the one in force when the claim was filed (policy.policy_in_force); `now` only
    matters for the buyer's silence, which counts after `silence_days` calendar days.
    """
    if policy.channel != facts.channel:
        raise ValueError(
            f"a {facts.channel} claim needs a {facts.channel} policy, not {policy.channel}"
        )
    if silence_days < 1:
        raise ValueError("silence_days is at least one day")
    ctx = Context(policy, require_aware(now, "now"), lang_of(lang), tz, holidays, silence_days)
    found = (check(facts, ctx) for check in _CHECKS)
    return [f for f in found if f is not None]
