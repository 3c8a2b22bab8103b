"""Findings: what the facts of a claim say for the seller's defence, and what puts them at risk.

Pure functions of a `ClaimFacts` snapshot (the claim, its order, shipments and timeline, as
plain frozen data) and the policy in force, so the claim pane, `claim show --json` and the
dossier all say the same thing. Each text cites the policy value it relied on, in French or
English, because the seller pastes it into Seller Central or prints it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Literal, get_args

from atoz_desktop.core.rules.deadlines import (
    DEFAULT_TZ,
    NO_HOLIDAYS,
    add_duration,
    chargeback_due,
    contact_wait_end,
    non_receipt_opens,
    require_aware,
)
from atoz_desktop.core.rules.facts import (
    BUYER_KINDS,
    DELIVERY_REASONS,
    EXCLUDED_KINDS,
    LOGISTICS_REASONS,
    SELLER_KINDS,
    ClaimFacts,
    Proof,
    ShipmentFacts,
)
from atoz_desktop.core.rules.policy import Duration, Policy, format_percent
from atoz_desktop.core.rules.status import counts_toward_odr
from atoz_desktop.core.rules.texts import (
    CHANNEL_NAMES,
    EVIDENCE_NAMES,
    EXCLUDED_KIND_NAMES,
    FINDING_STATEMENTS,
    FINDING_TEXTS,
    REASON_NAMES,
    Lang,
    format_date,
    format_datetime,
    lang_of,
)

Severity = Literal["strong", "weak", "info", "risk"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

#: Every finding code, in the order findings() reports them: eligibility first, then delivery
#: proof, then the conversation with the buyer, then the risks.
CODES = (
    "outside-window",
    "premature-non-receipt",
    "no-prior-contact",
    "excluded-item",
    "chargeback-filed",
    "delivered-tracking",
    "signed-delivery",
    "no-tracking",
    "late-shipment",
    "buyer-silent",
    "fba-order",
    "odr-risk",
    "missing-evidence",
)

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


@dataclass(frozen=True, slots=True)
class Finding:
    """One argument for or against the seller, as shown in the claim pane and the dossier.

    `text` is written for the seller (it may advise: "cite this silence in the response");
    `statement` is the same point written for Amazon, as the dossier and the paste-ready answer
    put it ("The buyer has not answered..."); it is the text itself where the two agree.
    """

    code: str
    severity: Severity
    text: str
    statement: str = ""
    #: The evidence items (their pks) the fact was read from: the dossier cites their exhibits.
    evidence: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not self.statement:
            object.__setattr__(self, "statement", self.text)

    def to_json(self) -> dict[str, Any]:
        """The `{"code", "severity", "text"}` object of `claim show --json` (with
        `"evidence_ids"` when the fact was read from documents)."""
        data: dict[str, Any] = {"code": self.code, "severity": self.severity, "text": self.text}
        if self.evidence:
            data["evidence_ids"] = list(self.evidence)
        return data


@dataclass(frozen=True, slots=True)
class _Context:
    """What every check needs besides the facts: the policy, the clock and the wording."""

    policy: Policy
    now: datetime
    lang: Lang
    tz: tzinfo
    holidays: Collection[date]
    silence_days: int

    def text(self, key: str, **fields: str) -> str:
        return FINDING_TEXTS[self.lang][key].format(**fields)

    def finding(self, code: str, severity: Severity, key: str, **fields: str) -> Finding:
        """The finding worded by `key`, with its statement for Amazon where one is written."""
        statement = FINDING_STATEMENTS[self.lang].get(key)
        text = self.text(key, **fields)
        return Finding(code, severity, text, statement.format(**fields) if statement else text)

    def when(self, value: datetime) -> str:
        return format_datetime(value, self.lang, self.tz, seconds=False)

    def when_pair(self, first: datetime, second: datetime) -> tuple[str, str]:
        """Two instants a finding compares; their seconds show only when they fall in the
        same minute, where "20:00:01, after 20:00" is the whole point."""
        same_minute = first.astimezone(self.tz).replace(second=0, microsecond=0) == (
            second.astimezone(self.tz).replace(second=0, microsecond=0)
        )
        seconds = None if same_minute else False
        return (
            format_datetime(first, self.lang, self.tz, seconds=seconds),
            format_datetime(second, self.lang, self.tz, seconds=seconds),
        )

    def day(self, value: datetime) -> str:
        return format_date(value, self.lang, self.tz)

    def moment(self, value: datetime, day_only: bool) -> str:
        """`when`, or the day alone when the document printed no time."""
        return self.day(value) if day_only else self.when(value)

    def d(self, duration: Duration) -> str:
        return duration.describe(self.lang)


Check = Callable[[ClaimFacts, _Context], Finding | None]


def _read_from(finding: Finding, proofs: tuple[Proof, ...], ctx: _Context) -> Finding:
    """The finding citing the documents its fact was read from: their names after the text
    (the seller's), their items for the dossier to cite as exhibits (not in the statement)."""
    unique = tuple({p.evidence_pk: p for p in proofs}.values())
    if not unique:
        return finding
    files = ", ".join(p.file_name for p in unique)
    return Finding(
        finding.code, finding.severity, finding.text + ctx.text("proof-read", files=files),
        finding.statement, tuple(p.evidence_pk for p in unique),
    )  # fmt: skip


def _proofs(facts: ClaimFacts, shipment: ShipmentFacts) -> tuple[Proof, ...]:
    """The documents behind a shipment: its own, and those of the other records of the same
    tracking number (the order's shipment and the claim's entries are one parcel)."""
    number = shipment.tracking_number.strip().upper()
    found = list(shipment.proof)
    if number:
        for other in facts.shipments:
            if other.tracking_number.strip().upper() == number:
                found.extend(other.proof)
    return tuple(found)


def _outside_window(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


def _premature_non_receipt(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


def _no_prior_contact(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


def _excluded_item(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    kinds = [k for k in facts.line_exclusions if k is not None]
    if not kinds:
        return None
    names = EXCLUDED_KIND_NAMES[ctx.lang]
    listed = ", ".join(names[k] for k in EXCLUDED_KINDS if k in kinds)
    if len(kinds) == len(facts.line_exclusions):
        return Finding("excluded-item", "strong", ctx.text("excluded-item.all", kinds=listed))
    # Other lines are covered: the claim may well be about one of them.
    return ctx.finding("excluded-item", "weak", "excluded-item.some", kinds=listed)


def _chargeback_filed(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


def _delivery_severity(facts: ClaimFacts, delivered_at: datetime | None) -> Severity:
    """Delivery proof wins a non-receipt claim, and a late-delivery claim when on time; for
    other reasons (damaged, not as described...) it is context."""
    if facts.reason == "not-received":
        return "strong"
    if facts.reason == "late-delivery" and delivered_at is not None:
        if facts.latest_delivery is not None and delivered_at <= facts.latest_delivery:
            return "strong"
    return "info"


def _delivered_tracking(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    delivered = [s for s in facts.shipments if s.tracked and s.delivered_at is not None]
    if not delivered:
        return None
    shipment = min(delivered, key=lambda s: s.delivered_at or facts.filed_at)
    assert shipment.delivered_at is not None
    timing = ""
    if facts.latest_delivery is not None:
        on_time = shipment.delivered_at <= facts.latest_delivery
        timing = ctx.text(
            "timing-on-time" if on_time else "timing-late",
            delivery=ctx.day(facts.latest_delivery),
        )
    text = ctx.text(
        "delivered-tracking",
        tracking=_tracking_label(shipment),
        at=ctx.moment(shipment.delivered_at, shipment.delivered_day_only),
        timing=timing,
    )
    found = Finding("delivered-tracking", _delivery_severity(facts, shipment.delivered_at), text)
    return _read_from(found, _proofs(facts, shipment), ctx)


def _tracking_label(shipment: ShipmentFacts) -> str:
    number = shipment.tracking_number.strip()
    return f"{shipment.carrier.strip()} {number}".strip() if number else shipment.carrier.strip()


def _signed_delivery(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    signed = [s for s in facts.shipments if s.signed_for]
    if not signed:
        return None
    shipment = signed[0]
    at = (
        ctx.text("signed-at", at=ctx.moment(shipment.delivered_at, shipment.delivered_day_only))
        if shipment.delivered_at
        else ""
    )
    label = _tracking_label(shipment)
    text = ctx.text("signed-delivery", tracking=f" {label}" if label else "", at=at)
    found = Finding("signed-delivery", _delivery_severity(facts, shipment.delivered_at), text)
    return _read_from(found, _proofs(facts, shipment), ctx)


def _no_tracking(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    # On FBA orders Amazon ships and holds the tracking; elsewhere only the seller can prove it.
    if facts.amazon_fulfilled or facts.reason not in DELIVERY_REASONS:
        return None
    if any(s.tracked for s in facts.shipments):
        return None
    if facts.read_receipts:
        # A document shows the number: the risk is only that it is not recorded yet.
        read = facts.read_receipts[0]
        tracking = f"{read.carrier} {read.tracking_number}".strip()
        text = ctx.text("no-tracking.read", file=read.proof.file_name, tracking=tracking)
        return Finding("no-tracking", "risk", text, evidence=(read.proof.evidence_pk,))
    return Finding("no-tracking", "risk", ctx.text("no-tracking"))


def _late_shipment(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    if facts.amazon_fulfilled:
        return None  # Amazon's own lateness: the fba-order finding says to refer it to Amazon
    if facts.latest_ship_date is not None:
        for s in facts.shipments:
            if s.shipped_at is not None and s.shipped_at > facts.latest_ship_date:
                at, limit = ctx.when_pair(s.shipped_at, facts.latest_ship_date)
                at = ctx.day(s.shipped_at) if s.shipped_day_only else at
                text = ctx.text("late-shipment.shipped", at=at, limit=limit)
                return _read_from(Finding("late-shipment", "risk", text), _proofs(facts, s), ctx)
    if facts.latest_delivery is not None:
        for s in facts.shipments:
            if s.delivered_at is not None and s.delivered_at > facts.latest_delivery:
                at, limit = ctx.when_pair(s.delivered_at, facts.latest_delivery)
                at = ctx.day(s.delivered_at) if s.delivered_day_only else at
                text = ctx.text("late-shipment.delivered", at=at, limit=limit)
                return _read_from(Finding("late-shipment", "risk", text), _proofs(facts, s), ctx)
    return None


def _buyer_silent(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


def _fba_order(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    if not facts.amazon_fulfilled:
        return None
    severity: Severity = "strong" if facts.reason in LOGISTICS_REASONS else "info"
    return ctx.finding("fba-order", severity, "fba-order")


def _odr_risk(facts: ClaimFacts, ctx: _Context) -> Finding | None:
    history = (*facts.past_statuses, facts.status)
    if not counts_toward_odr(history):
        return None
    pending = facts.status in ("action-required", "under-review")
    how = ctx.text(_odr_how(history))
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


def _odr_how(history: tuple[str, ...]) -> str:
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


def _missing_evidence(facts: ClaimFacts, ctx: _Context) -> Finding | None:
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


_CHECKS: tuple[Check, ...] = (
    _outside_window,
    _premature_non_receipt,
    _no_prior_contact,
    _excluded_item,
    _chargeback_filed,
    _delivered_tracking,
    _signed_delivery,
    _no_tracking,
    _late_shipment,
    _buyer_silent,
    _fba_order,
    _odr_risk,
    _missing_evidence,
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
    ctx = _Context(policy, require_aware(now, "now"), lang_of(lang), tz, holidays, silence_days)
    found = (check(facts, ctx) for check in _CHECKS)
    return [f for f in found if f is not None]
