"""The life of stored file contents (`Blob`): a content is stored once however often it is
attached, outlives the evidence that pointed to it for as long as some undo history may bring
that evidence back, and is deleted after that."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, exists, update

from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Evidence

#: How long a stored file nobody points to is kept before `collect_orphan_blobs` deletes it.
#: Undo histories live as long as their window: another window, another copy of the program
#: or another seat may still hold the removal of this file on its undo stack. None stays open
#: for weeks; meanwhile the file only takes space.
ORPHAN_GRACE = timedelta(days=14)


def collect_orphan_blobs(
    workspace: Workspace, *, now: datetime | None = None, grace: timedelta = ORPHAN_GRACE
) -> int:
    """Delete stored contents no evidence has pointed to for `grace` (run when a window closes
    and its undo history goes); returns how many. A content first found unused is only marked,
    one used again is unmarked: it is never deleted while it may still be needed."""
    now = now or datetime.now(UTC)
    used = exists().where(Evidence.blob_sha256 == Blob.sha256)
    with workspace.session() as session:
        session.execute(
            update(Blob).where(Blob.orphan_since.is_not(None), used).values(orphan_since=None)
        )
        session.execute(
            update(Blob).where(Blob.orphan_since.is_(None), ~used).values(orphan_since=now)
        )
        result = session.execute(
            delete(Blob).where(Blob.orphan_since <= now - grace, ~used)
        )
        return int(getattr(result, "rowcount", 0) or 0)
