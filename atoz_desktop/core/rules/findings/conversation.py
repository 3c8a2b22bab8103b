"""Check of the conversation with the buyer once the seller has written: the buyer's silence."""

from __future__ import annotations

from atoz_desktop.core.rules.deadlines import add_duration
from atoz_desktop.core.rules.facts import BUYER_KINDS, SELLER_KINDS, ClaimFacts
from atoz_desktop.core.rules.findings.context import Context
from atoz_desktop.core.rules.findings.model import Finding
from atoz_desktop.core.rules.policy import Duration


def buyer_silent(facts: ClaimFacts, ctx: Context) -> Finding | None:
    said = [e.at for e in facts.events if e.kind in SELLER_KINDS and e.at <= ctx.now]
    if not said:
        return None
    last = max(said)
    if any(e.kind in BUYER_KINDS and e.at >= last for e in facts.events):
        return None
    threshold = Duration(ctx.silence_days, "calendar-days")
    if ctx.now < add_duration(last, threshold, ctx.tz, ctx.holidays):
        return None
    # Silence supports the response (seed) but does not win a claim on its own.
    return ctx.finding(
        "buyer-silent", "weak", "buyer-silent", at=ctx.when(last), threshold=ctx.d(threshold)
    )
