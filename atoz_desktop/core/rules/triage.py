"""Morning triage: the one thing to do next on a claim, the proof it still lacks, and the order a
seller reads its findings in.

Pure functions of the same `ClaimFacts` the findings read, plus the deadline running now (the
response's or the appeal's, as rules/status.seller_deadline says), so the claim pane, the claims
list and its sorting all agree. Wording lives in rules/texts.py beside the findings'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from atoz_desktop.core.rules.deadlines import DEFAULT_TZ, SOON, require_aware
from atoz_desktop.core.rules.facts import (
    BUYER_KINDS,
    DELIVERY_REASONS,
    LOGISTICS_REASONS,
    SELLER_KINDS,
    ClaimFacts,
    ReadReceipt,
)
from atoz_desktop.core.rules.findings import Finding, missing_evidence
from atoz_desktop.core.rules.status import seller_deadline
from atoz_desktop.core.rules.step_texts import (
    EVIDENCE_SHORT_NAMES,
    NEXT_STEP_SHORT,
    NEXT_STEP_TEXTS,
)
from atoz_desktop.core.rules.texts import COUNTDOWN_TEXTS, Lang, format_datetime, lang_of

#: Every next step, most pressing first: the claims list sorts by this order, then by deadline.
STEP_CODES = (
    "overdue",
    "answer-now",
    "refer-to-amazon",
    "record-shipment",
    "contact-buyer",
    "buyer-declined",
    "buyer-accepted",
    "buyer-replied",
    "add-tracking",
    "waiting-buyer",
    "appeal-possible",
    "appeal-filed",
    "amazon-reviewing",
    "closed",
)


@dataclass(frozen=True, slots=True)
class NextStep:
    """What to do now: `text` is the line under the claim's header, `short` the list's cell."""

    code: str
    text: str
    short: str

    def __post_init__(self) -> None:
        if self.code not in STEP_CODES:
            raise ValueError(f"unknown next step {self.code!r}")

    @property
    def rank(self) -> int:
        """Position in STEP_CODES: lower is more pressing."""
        return STEP_CODES.index(self.code)


def _span(span: timedelta, lang: Lang, *, round_up: bool = False) -> str:
    """A duration as the seller reads it at a glance: '2 d 3 h', '8 h', '25 min'. Time left
    is rounded down and time overdue up, so neither reads better than it is."""
    t = COUNTDOWN_TEXTS[lang]
    seconds = abs(span.total_seconds())
    minutes = int(-(-seconds // 60) if round_up else seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} {t['d']} {hours} h"
    if hours:
        return f"{hours} h"
    return f"{mins} {t['min']}"


def unrecorded_receipt(facts: ClaimFacts) -> ReadReceipt | None:
    """A document of the claim read as a carrier receipt whose tracking number no shipment
    records yet, while the order records no other (recording it would be refused then)."""
    if not facts.read_receipts or any(s.tracked for s in facts.shipments):
        return None
    return facts.read_receipts[0]


def needs_tracking(facts: ClaimFacts) -> bool:
    """Whether the defence lacks the tracking the seller alone can prove: a non-receipt or
    late-delivery claim on an order the seller shipped, with no tracking number recorded or
    read from any of its documents (a recorded carrier receipt is that proof)."""
    return (
        facts.reason in DELIVERY_REASONS
        and not facts.amazon_fulfilled
        and not any(s.tracked for s in facts.shipments)
        and not facts.read_receipts
    )


def next_step(
    facts: ClaimFacts,
    deadline: datetime | None,
    now: datetime,
    lang: str = "en",
    *,
    tz: tzinfo = DEFAULT_TZ,
) -> NextStep:
    """The next step of a claim in `facts.status`, worded in `lang`.

    `deadline` is the seller's deadline running now: the response's while action is required,
    the appeal's after a decision the seller may appeal, else None. While action is required,
    an overdue response comes first, then an FBA order's referral to Amazon (the seed: never
    refund inside the claim), then the conversation with the buyer: write first, answer their
    reply, or wait for it; within a day of the deadline, waiting gives way to answering Amazon.
    The documents count: a carrier receipt read but not recorded is to be recorded before any
    of that (the answer and the dossier then cite it), and while the seller waits on a claim
    whose defence is the delivery, the tracking proof is to be added unless a document on the
    claim already shows its number.
    """
    require_aware(now, "now")
    language = lang_of(lang)

    def step(code: str, **fields: str) -> NextStep:
        return NextStep(
            code,
            NEXT_STEP_TEXTS[language][code].format(**fields),
            NEXT_STEP_SHORT[language][code],
        )

    def when(value: datetime) -> str:
        return format_datetime(value, language, tz, seconds=False)

    status = facts.status
    if status == "under-review":
        return step("amazon-reviewing")
    if status == "appeal-filed":
        return step("appeal-filed")
    if status != "action-required":
        if seller_deadline(status) == "appeal" and deadline is not None and now <= deadline:
            return step("appeal-possible", due=when(deadline))
        return step("closed")

    if deadline is not None and now > deadline:
        return step("overdue", span=_span(now - deadline, language, round_up=True))
    if facts.amazon_fulfilled and facts.reason in LOGISTICS_REASONS:
        return step("refer-to-amazon", due=when(deadline) if deadline else "")
    unrecorded = unrecorded_receipt(facts)
    if unrecorded is not None:
        tracking = f"{unrecorded.carrier} {unrecorded.tracking_number}".strip()
        return step("record-shipment", file=unrecorded.proof.file_name, tracking=tracking)
    past = [e for e in facts.events if e.at <= now]
    said = [e.at for e in past if e.kind in SELLER_KINDS]
    if not said:
        return step("contact-buyer")
    last_said = max(said)
    answers = sorted(
        (e for e in past if e.kind in BUYER_KINDS and e.at >= last_said), key=lambda e: e.at
    )
    if answers:
        last = answers[-1]
        code = {"buyer-declined": "buyer-declined", "buyer-accepted": "buyer-accepted"}.get(
            last.kind, "buyer-replied"
        )
        return step(code, at=when(last.at))
    if deadline is not None and deadline - now < SOON:
        return step("answer-now", span=_span(deadline - now, language), at=when(last_said))
    if needs_tracking(facts):
        return step("add-tracking", at=when(last_said))
    return step("waiting-buyer", at=when(last_said))


def missing_proof(facts: ClaimFacts, lang: str = "en") -> str:
    """The proof the claim still lacks in a few words ('tracking, photos'); '' when none."""
    names = EVIDENCE_SHORT_NAMES[lang_of(lang)]
    return ", ".join(names[kind] for kind in missing_evidence(facts))


#: Findings a seller acts on, in the order to act: for an FBA order, referring the claim to
#: Amazon comes before anything else (before any refund is thought of); then the proof to
#: gather and the deadlines and risks to handle.
_ACTIONABLE = ("missing-evidence", "no-tracking", "chargeback-filed", "late-shipment")
#: General explanations, true of every claim of a kind (what the ODR is): read last, and
#: shown collapsed to one line.
GENERAL_CODES = frozenset({"odr-risk"})
_DEFENCE_ORDER = {"strong": 0, "weak": 1, "info": 2, "risk": 3}


def _reading_rank(finding: Finding) -> tuple[int, int]:
    if finding.code == "fba-order" and finding.severity == "strong":
        return (0, 0)
    if finding.code in _ACTIONABLE:
        return (1, _ACTIONABLE.index(finding.code))
    if finding.code in GENERAL_CODES:
        return (3, 0)
    return (2, _DEFENCE_ORDER[finding.severity])


def for_the_seller(found: Iterable[Finding]) -> list[Finding]:
    """Findings in the order the claim pane shows them: the FBA referral as the headline,
    then what to do (missing proof, deadlines, risks), then the defence points strongest
    first, and general explanations last. Ties keep the findings' own order (CODES)."""
    return sorted(found, key=_reading_rank)


def is_general(finding: Finding) -> bool:
    """Whether `finding` explains something general rather than something to do."""
    return finding.code in GENERAL_CODES

