"""Is the workspace sound? Every stored file against its SHA-256, the database's own check,
and evidence that points at content that is not there."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select, text

from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Evidence


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    problems: tuple[str, ...]
    files_checked: int

    @property
    def ok(self) -> bool:
        return not self.problems


def _database_problems(workspace: Workspace) -> list[str]:
    problems: list[str] = []
    with workspace.engine.connect() as connection:
        if workspace.is_sqlite:
            for (line,) in connection.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(_("database: {problem}").format(problem=line))
            for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(
                    _("database: row {row} of {table} points to a missing {parent}").format(
                        row=rowid, table=table, parent=parent
                    )
                )
        else:
            # PostgreSQL keeps its own pages checksummed and enforces foreign keys; a query that
            # reads every table's row count shows the tables are there and readable.
            for table in ("orders", "claims", "claim_events", "evidence", "blobs"):
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    return problems


def check_workspace(workspace: Workspace) -> IntegrityReport:
    """Recompute each stored file's SHA-256 (one at a time, to keep memory flat)."""
    problems = _database_problems(workspace)
    with workspace.session_factory() as session:
        keys = session.scalars(select(Blob.sha256).order_by(Blob.sha256)).all()
        for key in keys:
            row = session.execute(select(Blob.size, Blob.data).where(Blob.sha256 == key)).one()
            data = bytes(row.data)
            if hashlib.sha256(data).hexdigest() != key:
                problems.append(
                    _(
                        "stored file {sha256} is damaged: its content no longer matches its SHA-256"
                    ).format(sha256=key)
                )
            elif len(data) != row.size:
                problems.append(
                    _("stored file {sha256} has size {size}, recorded {recorded}").format(
                        sha256=key, size=len(data), recorded=row.size
                    )
                )
            session.expunge_all()
        missing = session.execute(
            select(Evidence.id, Evidence.claim_id, Evidence.file_name, Evidence.blob_sha256)
            .outerjoin(Blob, Blob.sha256 == Evidence.blob_sha256)
            .where(Blob.sha256.is_(None))
        ).all()
    for evidence_pk, claim_pk, name, sha256 in missing:
        lost = _("evidence {evidence} ({name}) of claim {claim}: its content {sha256} is missing")
        problems.append(lost.format(evidence=evidence_pk, name=name, claim=claim_pk, sha256=sha256))
    return IntegrityReport(tuple(problems), len(keys))
