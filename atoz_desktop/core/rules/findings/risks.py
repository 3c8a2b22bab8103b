"""Checks of what puts the seller at risk beyond the parcel: the order defect rate, and the
evidence the claim's reason needs that the case lacks."""

from __future__ import annotations

from atoz_desktop.core.rules.facts import SELLER_KINDS, ClaimFacts
from atoz_desktop.core.rules.findings.context import Context
from atoz_desktop.core.rules.findings.model import Finding
from atoz_desktop.core.rules.policy import format_percent
from atoz_desktop.core.rules.status import counts_toward_odr
from atoz_desktop.core.rules.texts import CHANNEL_NAMES, EVIDENCE_NAMES, REASON_NAMES

#: Evidence each reason needs; every inner tuple is satisfied by any one of its kinds.
#: "message" applies to all: the response must show the conversation (seed: "joignez la
#: communication avec le client (y compris la non-réponse du client)").
REQUIRED_EVIDENCE: dict[str, tuple[tuple[str, ...], ...]] = {
    "not-received": (("delivery-proof",), ("message",)),
    "late-delivery": (("delivery-proof",), ("message",)),
    "damaged-defective": (("photo",), ("message",)),
    "not-as-described": (("photo",), ("listing",), ("message",)),
    "return-not-refunded": (("refund-record",), ("message",)),
    "return-refused": (("message",),),
    "international-return": (("return-label", "refund-record"), ("message",)),
    "unexpected-charges": (("message",),),
    "overcharged": (("message",),),
}


def odr_risk(facts: ClaimFacts, ctx: Context) -> Finding | None:
    history = (*facts.past_statuses, facts.status)
    if not counts_toward_odr(history):
        return None
    pending = facts.status in ("action-required", "under-review")
    how = ctx.text(odr_how(history))
    p = ctx.policy
    if p.odr_target is None or p.odr_window is None:
        channel = CHANNEL_NAMES[ctx.lang][facts.channel]
        key = "odr-risk.pending.no-odr" if pending else "odr-risk.counted.no-odr"
        return Finding("odr-risk", "risk", ctx.text(key, channel=channel, how=how))
    odr = ctx.text(
        "odr-target", target=format_percent(p.odr_target, ctx.lang), window=ctx.d(p.odr_window)
    )
    key = "odr-risk.pending" if pending else "odr-risk.counted"
    return Finding("odr-risk", "risk", ctx.text(key, odr=odr, how=how))


def odr_how(history: tuple[str, ...]) -> str:
    """Why a decided claim counts, named after the status that made it count."""
    current = history[-1]
    if current == "withdrawn":
        return "odr-how.withdrawn-after-grant"
    if current == "appeal-upheld":
        return "odr-how.upheld"
    if "closed-seller-refund" in history:
        return "odr-how.refunded"
    return "odr-how.granted"


def missing_evidence(facts: ClaimFacts) -> tuple[str, ...]:
    """The kinds of evidence (EVIDENCE_KINDS) the claim's reason needs and the case lacks, in
    REQUIRED_EVIDENCE's order: the finding below and the claims list's "Missing proof"."""
    have = set(facts.evidence)
    if any((s.tracked and s.delivered_at is not None) or s.signed_for for s in facts.shipments):
        have.add("delivery-proof")
    if any(e.kind in SELLER_KINDS for e in facts.events):
        have.add("message")
    if facts.amazon_fulfilled:
        have.add("delivery-proof")  # Amazon holds the carrier's proof for its own shipments
    return tuple(
        group[0] for group in REQUIRED_EVIDENCE[facts.reason] if not have.intersection(group)
    )


def missing_evidence_risk(facts: ClaimFacts, ctx: Context) -> Finding | None:
    missing = missing_evidence(facts)
    if not missing:
        return None
    names = EVIDENCE_NAMES[ctx.lang]
    text = ctx.text(
        "missing-evidence",
        reason=REASON_NAMES[ctx.lang][facts.reason],
        missing=ctx.text("missing-join").join(names[k] for k in missing),
    )
    return Finding("missing-evidence", "risk", text)
