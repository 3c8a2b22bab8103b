"""Checks of whether the claim could be filed at all: its window, the wait for a non-receipt
claim, the buyer's contact first, excluded items and a chargeback."""

from __future__ import annotations

from atoz_desktop.core.rules.deadlines import (
    add_duration,
    chargeback_due,
    contact_wait_end,
    non_receipt_opens,
)
from atoz_desktop.core.rules.facts import BUYER_KINDS, EXCLUDED_KINDS, ClaimFacts
from atoz_desktop.core.rules.findings.context import Context
from atoz_desktop.core.rules.findings.model import Finding
from atoz_desktop.core.rules.texts import EXCLUDED_KIND_NAMES


def outside_window(facts: ClaimFacts, ctx: Context) -> Finding | None:
    window, delivery = ctx.policy.claim_window, facts.latest_delivery
    if window is None or delivery is None:
        return None
    end = add_duration(delivery, window, ctx.tz, ctx.holidays)
    if facts.filed_at <= end:
        return None
    filed, closed = ctx.when_pair(facts.filed_at, end)
    text = ctx.text(
        "outside-window",
        filed=filed,
        end=closed,
        window=ctx.d(window),
        delivery=ctx.day(delivery),
    )
    return Finding("outside-window", "strong", text)


def premature_non_receipt(facts: ClaimFacts, ctx: Context) -> Finding | None:
    if facts.reason != "not-received":
        return None
    p = ctx.policy
    opens = non_receipt_opens(facts.latest_delivery, facts.purchase_date, p, ctx.tz, ctx.holidays)
    if opens is None or facts.filed_at >= opens:
        return None
    rules = []
    if facts.latest_delivery is not None:
        rules.append(
            ctx.text(
                "premature-rule-delivery",
                d=ctx.d(p.non_receipt_after_delivery),
                delivery=ctx.day(facts.latest_delivery),
            )
        )
    if facts.purchase_date is not None and p.non_receipt_after_order is not None:
        rules.append(
            ctx.text(
                "premature-rule-order",
                d=ctx.d(p.non_receipt_after_order),
                purchase=ctx.day(facts.purchase_date),
            )
        )
    filed, opening = ctx.when_pair(facts.filed_at, opens)
    text = ctx.text(
        "premature-non-receipt",
        filed=filed,
        opens=opening,
        rule=ctx.text("premature-rule-join").join(rules),
    )
    return Finding("premature-non-receipt", "strong", text)


def no_prior_contact(facts: ClaimFacts, ctx: Context) -> Finding | None:
    wait = ctx.d(ctx.policy.buyer_contact_wait)
    before = [e.at for e in facts.events if e.kind in BUYER_KINDS and e.at < facts.filed_at]
    if not before:
        text = ctx.text("no-prior-contact.none", filed=ctx.when(facts.filed_at), wait=wait)
        return Finding("no-prior-contact", "strong", text)
    first = min(before)
    ready = contact_wait_end(first, ctx.policy, ctx.tz, ctx.holidays)
    if facts.filed_at >= ready:
        return None
    filed, ready_at = ctx.when_pair(facts.filed_at, ready)
    text = ctx.text(
        "no-prior-contact.early",
        first=ctx.when(first),
        filed=filed,
        wait=wait,
        ready=ready_at,
    )
    return Finding("no-prior-contact", "strong", text)


def excluded_item(facts: ClaimFacts, ctx: Context) -> Finding | None:
    kinds = [k for k in facts.line_exclusions if k is not None]
    if not kinds:
        return None
    names = EXCLUDED_KIND_NAMES[ctx.lang]
    listed = ", ".join(names[k] for k in EXCLUDED_KINDS if k in kinds)
    if len(kinds) == len(facts.line_exclusions):
        return Finding("excluded-item", "strong", ctx.text("excluded-item.all", kinds=listed))
    # Other lines are covered: the claim may well be about one of them.
    return ctx.finding("excluded-item", "weak", "excluded-item.some", kinds=listed)


def chargeback_filed(facts: ClaimFacts, ctx: Context) -> Finding | None:
    if facts.chargeback_at is None:
        return None
    due = chargeback_due(facts.chargeback_at, ctx.policy, ctx.tz, ctx.holidays)
    before = facts.chargeback_at <= facts.filed_at
    # Before the claim it makes the claim ineligible; after it, it is a deadline to meet.
    return ctx.finding(
        "chargeback-filed",
        "strong" if before else "info",
        "chargeback-filed.before" if before else "chargeback-filed.after",
        at=ctx.when(facts.chargeback_at),
        d=ctx.d(ctx.policy.chargeback_deadline),
        due=ctx.when(due),
    )
