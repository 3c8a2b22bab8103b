"""Changing evidence: re-file an item under another kind or event, remove it, and undo a removal."""

from __future__ import annotations

from atoz_desktop.core.i18n import _, english
from atoz_desktop.core.services.citations import cite_new_ids
from atoz_desktop.core.services.evidence.items import (
    EvidenceError,
    EvidenceItem,
    check_claim_and_event,
    check_kind,
    existing_pk,
    get_evidence,
    item_of,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, ClaimEvent, Evidence


def set_evidence_kind(workspace: Workspace, evidence_pk: int, kind: str) -> str:
    """Re-file an item under another kind; returns the kind it had (for undo)."""
    check_kind(kind)
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_pk)
        before, evidence.kind = evidence.kind, kind
        evidence.kind_chosen = True  # a receipt's reading never re-files it
        return before


def set_evidence_event(workspace: Workspace, evidence_pk: int, event_pk: int | None) -> int | None:
    """Attach an item to one of its claim's events (None: to the claim only); returns the event
    it had (for undo)."""
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_pk)
        check_claim_and_event(session, evidence.claim_id, event_pk)
        before, evidence.event_id = evidence.event_id, event_pk
        return before


def remove_evidence(workspace: Workspace, evidence_pk: int) -> EvidenceItem:
    """Remove an item; returns it so `restore_evidence` can undo the removal. The content stays
    in the database until `blobs.collect_orphan_blobs` deletes it, a grace period later, so
    undo never loses it."""
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_pk)
        snapshot = item_of(evidence)
        session.delete(evidence)
        return snapshot


def restore_evidence(workspace: Workspace, snapshot: EvidenceItem) -> int:
    """Undo a removal: the item comes back with its id (its event's, if that still exists)."""
    with workspace.session() as session:
        check_claim_and_event(session, snapshot.claim_pk, None)
        blob = session.get(Blob, snapshot.sha256)
        if blob is None:
            raise EvidenceError(
                _("the content of {name} is no longer stored").format(name=snapshot.file_name)
            )
        blob.orphan_since = None  # used again: its grace period starts over if removed again
        existing = existing_pk(session, snapshot.claim_pk, snapshot.sha256)
        if existing is not None:
            return existing
        event_pk = snapshot.event_pk
        if event_pk is not None and session.get(ClaimEvent, event_pk) is None:
            event_pk = None
        pk = snapshot.pk if session.get(Evidence, snapshot.pk) is None else None
        evidence = Evidence(
            claim_id=snapshot.claim_pk, event_id=event_pk, blob_sha256=snapshot.sha256,
            kind=snapshot.kind, file_name=snapshot.file_name, size=snapshot.size,
            mime=snapshot.mime, file_date=snapshot.file_date, taken_at=snapshot.taken_at,
            added_at=snapshot.added_at, warning=english(snapshot.warning),
            page_count=snapshot.page_count, kind_chosen=True,  # the kind it had stays
        )  # fmt: skip
        if pk is not None:
            evidence.id = pk
        session.add(evidence)
        session.flush()
        if evidence.id != snapshot.pk:  # the receipts' citations follow it
            cite_new_ids(session, snapshot.claim_pk, {snapshot.pk: evidence.id})
        return evidence.id
