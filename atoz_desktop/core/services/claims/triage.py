"""The claims list's triage columns: each claim's next step and the proof it still lacks.

Both come from the pure rules (rules/triage.py) over the same facts as the claim's findings, so
they cannot be stored: the next step moves with the clock (a claim turns overdue at its
deadline) and both follow every event and evidence added. They are worked out for the page of
rows a list paints, and for every claim of a view only when the list is sorted by one of them:
a few hundred claims, a few queries each time (see `sorted_by_triage`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from atoz_desktop.core.rules.findings import missing_evidence
from atoz_desktop.core.rules.policy import policy_in_force
from atoz_desktop.core.rules.status import seller_deadline
from atoz_desktop.core.rules.step_texts import EVIDENCE_SHORT_NAMES
from atoz_desktop.core.rules.texts import lang_of
from atoz_desktop.core.rules.triage import NextStep, next_step
from atoz_desktop.core.services.claims.facts import Document, claim_facts
from atoz_desktop.core.services.policies import list_policies, workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, Evidence, Order

#: Sort keys of the claims list that are worked out here rather than in SQL.
TRIAGE_SORTS = ("next_step", "missing")

#: Claims loaded per query (well under SQLite's limit of bound parameters).
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ClaimTriage:
    """What the list shows of a claim beside its stored columns."""

    next_step: NextStep
    missing: tuple[str, ...]  # evidence kinds, rules/facts.py EVIDENCE_KINDS
    missing_text: str  # the same in a few words: "tracking, photos"


def _chunks(pks: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(pks), _CHUNK):
        yield list(pks[start : start + _CHUNK])


def claim_triage(
    workspace: Workspace, pks: Sequence[int], now: datetime, lang: str = "en"
) -> dict[int, ClaimTriage]:
    """The next step and missing proof of each claim in `pks` (ids no longer there are left
    out), worded in `lang`."""
    language = lang_of(lang)
    names = EVIDENCE_SHORT_NAMES[language]
    policies = list_policies(workspace)
    tz = workspace_timezone(workspace)
    result: dict[int, ClaimTriage] = {}
    with workspace.session_factory() as session:
        for chunk in _chunks(pks):
            kinds: dict[int, set[str]] = defaultdict(set)
            documents: dict[int, dict[int, Document]] = defaultdict(dict)
            for pk, claim_id, kind, name, reading in session.execute(
                select(Evidence.id, Evidence.claim_id, Evidence.kind, Evidence.file_name,
                       Evidence.reading).where(Evidence.claim_id.in_(chunk))
            ):  # fmt: skip
                kinds[claim_id].add(kind)
                documents[claim_id][pk] = (name, reading)  # what a receipt read says counts
            claims = session.scalars(
                select(Claim)
                .where(Claim.id.in_(chunk))
                .options(
                    selectinload(Claim.events),
                    selectinload(Claim.order).selectinload(Order.lines),
                    selectinload(Claim.order).selectinload(Order.shipments),
                )
            )
            for claim in claims:
                policy = policy_in_force(policies, claim.channel, claim.filed_at)
                events = sorted(claim.events, key=lambda e: (e.at, e.id))
                facts = claim_facts(claim, events, kinds[claim.id], documents[claim.id])
                which = seller_deadline(claim.status, can_appeal=policy.appeal_window is not None)
                deadline = {"response": claim.response_due, "appeal": claim.appeal_due}.get(
                    which or ""
                )
                missing = missing_evidence(facts)
                result[claim.id] = ClaimTriage(
                    next_step(facts, deadline, now, language, tz=tz),
                    missing,
                    ", ".join(names[kind] for kind in missing),
                )
    return result


def sorted_by_triage(
    workspace: Workspace,
    ids: Sequence[int],
    key: str,
    descending: bool,
    now: datetime,
    lang: str = "en",
) -> list[int]:
    """`ids` (in deadline order) sorted by next step, most pressing first, or by missing
    proof, least first (then by its words); claims that tie keep their deadline order, in
    either direction.

    Done in Python over every claim of the view rather than stored in SQL: the next step
    depends on the clock, and a seller's workspace holds hundreds of claims, not the 100,000
    orders the order list sorts in SQL."""
    if key not in TRIAGE_SORTS:
        raise ValueError(f"not a triage sort: {key!r}")
    triage = claim_triage(workspace, ids, now, lang)
    listed = [pk for pk in ids if pk in triage]

    def rank(pk: int) -> tuple[int, str]:
        found = triage[pk]
        if key == "next_step":
            return (found.next_step.rank, "")
        return (len(found.missing), found.missing_text)

    return sorted(listed, key=rank, reverse=descending)
