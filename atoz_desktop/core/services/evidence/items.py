"""One evidence item as the views show it, and the look-ups every evidence action shares: the
item, its claim and event, its kind, the same content already on the claim."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.kinds import EVIDENCE_KINDS
from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, MAIL_TYPES
from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence


class EvidenceError(ValueError):
    """An evidence action that cannot be done; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence item as the views show it. `taken_at` is when a photo was taken."""

    pk: int
    claim_pk: int
    event_pk: int | None
    kind: str
    file_name: str
    size: int
    mime: str
    sha256: str
    file_date: datetime | None
    taken_at: datetime | None
    added_at: datetime
    warning: str
    page_count: int | None

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_TYPES

    @property
    def is_mail(self) -> bool:
        """The file of a mail (the original of a message event, or a mail attached to one)."""
        return self.mime in MAIL_TYPES


def item_json(item: EvidenceItem) -> dict[str, Any]:
    data = dataclasses.asdict(item)
    data["id"] = data.pop("pk")
    data["claim_id"] = data.pop("claim_pk")
    data["event_id"] = data.pop("event_pk")
    for key in ("file_date", "taken_at", "added_at"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def item_of(evidence: Evidence) -> EvidenceItem:
    return EvidenceItem(
        evidence.id, evidence.claim_id, evidence.event_id, evidence.kind, evidence.file_name,
        evidence.size, evidence.mime, evidence.blob_sha256, evidence.file_date,
        evidence.taken_at, evidence.added_at, _(evidence.warning or ""), evidence.page_count,
    )  # fmt: skip


def get_evidence(session: Session, evidence_pk: int) -> Evidence:
    evidence = session.get(Evidence, evidence_pk)
    if evidence is None:
        raise EvidenceError(
            _("no evidence {evidence} in the workspace").format(evidence=evidence_pk)
        )
    return evidence


def check_claim_and_event(session: Session, claim_pk: int, event_pk: int | None) -> None:
    if session.get(Claim, claim_pk) is None:
        raise EvidenceError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    if event_pk is not None:
        event = session.get(ClaimEvent, event_pk)
        if event is None or event.claim_id != claim_pk:
            raise EvidenceError(
                _("no event {event} on claim {claim}").format(event=event_pk, claim=claim_pk)
            )


def check_kind(kind: str | None) -> None:
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise EvidenceError(
            _("unknown evidence kind {kind!r}; kinds: {kinds}").format(
                kind=kind, kinds=", ".join(EVIDENCE_KINDS)
            )
        )


def existing_pk(session: Session, claim_pk: int, sha256: str) -> int | None:
    return session.execute(
        select(Evidence.id).where(Evidence.claim_id == claim_pk, Evidence.blob_sha256 == sha256)
    ).scalar()
