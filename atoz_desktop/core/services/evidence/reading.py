"""Reading evidence back: a claim's items, their counts by kind, an item's bytes and thumbnail."""

from __future__ import annotations

from sqlalchemy import func, select

from atoz_desktop.core.evidence.images import thumbnail_bytes
from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.evidence.items import (
    EvidenceError,
    EvidenceItem,
    get_evidence,
    item_of,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Evidence


def list_evidence(
    workspace: Workspace, claim_pk: int, event_pk: int | None = None
) -> list[EvidenceItem]:
    """A claim's evidence in the order it was added (or only one event's)."""
    statement = select(Evidence).where(Evidence.claim_id == claim_pk).order_by(Evidence.id)
    if event_pk is not None:
        statement = statement.where(Evidence.event_id == event_pk)
    with workspace.session_factory() as session:
        return [item_of(e) for e in session.scalars(statement)]


def evidence_item(workspace: Workspace, evidence_pk: int) -> EvidenceItem:
    with workspace.session_factory() as session:
        return item_of(get_evidence(session, evidence_pk))


def evidence_counts(workspace: Workspace, claim_pk: int) -> dict[str, int]:
    """How many items of each kind a claim holds (for the findings and the pane's header)."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(Evidence.kind, func.count(Evidence.id))
            .where(Evidence.claim_id == claim_pk)
            .group_by(Evidence.kind)
        ).all()
    return {kind: count for kind, count in rows}


def evidence_bytes(workspace: Workspace, evidence_pk: int) -> bytes:
    """The file's content, e.g. to preview it or hand it to the system viewer."""
    with workspace.session_factory() as session:
        sha256 = get_evidence(session, evidence_pk).blob_sha256
        data = session.execute(select(Blob.data).where(Blob.sha256 == sha256)).scalar()
    if data is None:
        raise EvidenceError(
            _("the content of evidence {evidence} is missing (run check)").format(
                evidence=evidence_pk
            )
        )
    return bytes(data)


def thumbnail(workspace: Workspace, evidence_pk: int, size: int = 256) -> bytes | None:
    """JPEG or PNG bytes of an upright thumbnail within `size`×`size`, for images; None for PDFs
    (the GUI renders their first page with QtPdf), text, or an image that fails to decode."""
    item = evidence_item(workspace, evidence_pk)
    if not item.is_image:
        return None
    try:
        return thumbnail_bytes(evidence_bytes(workspace, evidence_pk), size)
    except Exception:  # a thumbnail is decoration: never let one break the strip
        return None
