"""Adding evidence: files and pasted content checked and stored, one unit of work per file,
with what was added, already there or refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.checks import BadFile, FileFacts, check_bytes, sha256_of
from atoz_desktop.core.evidence.kinds import guess_kind
from atoz_desktop.core.evidence.names import safe_file_name
from atoz_desktop.core.evidence.sniff import EXTENSIONS
from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.evidence.items import check_claim_and_event, check_kind, existing_pk
from atoz_desktop.core.services.evidence.limits import limit_bytes
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Evidence

#: Files a folder drop skips silently: the file manager's own bookkeeping.
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class AddedFile:
    file: str
    evidence_id: int
    sha256: str
    type: str
    warning: str = ""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The file is already evidence of this claim (same content): nothing was added."""

    file: str
    evidence_id: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Refused:
    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True, slots=True)
class AddResult:
    added: tuple[AddedFile, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    refused: tuple[Refused, ...] = ()
    cancelled: bool = False

    def as_json(self) -> dict[str, Any]:
        """The shape `evidence add --json` prints; warnings (e.g. a PDF needing a password)
        apart, so each added entry keeps the documented four keys."""
        return {
            "added": [
                {"file": a.file, "evidence_id": a.evidence_id, "sha256": a.sha256, "type": a.type}
                for a in self.added
            ],
            "duplicates": [dataclasses.asdict(d) for d in self.duplicates],
            "refused": [{"file": r.file, "reason": r.reason} for r in self.refused],
            "warnings": [{"file": a.file, "warning": a.warning} for a in self.added if a.warning],
        }

    def merged(self, other: AddResult) -> AddResult:
        return AddResult(
            self.added + other.added,
            self.duplicates + other.duplicates,
            self.refused + other.refused,
            self.cancelled or other.cancelled,
        )


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by their files, recursively, sorted by path. Hidden
    files and the file manager's bookkeeping (Thumbs.db, .DS_Store) inside folders are skipped."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p for p in path.rglob("*")
                if p.is_file() and p.name.lower() not in _SKIPPED_NAMES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]  # fmt: skip
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def check_target(
    workspace: Workspace, claim_pk: int, event_pk: int | None, kind: str | None
) -> None:
    """Raise EvidenceError unless the claim (and event) exist and `kind` is one."""
    check_kind(kind)
    with workspace.session_factory() as session:
        check_claim_and_event(session, claim_pk, event_pk)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One file to store: its bytes and where they came from. `label` names it in results
    (the path given, or an attachment's name); `file_name` is what the evidence is called."""

    label: str
    file_name: str
    data: bytes
    sha256: str
    file_date: datetime | None


def store_in(
    session: Session,
    tz: Any,
    claim_pk: int,
    incoming: Incoming,
    facts: FileFacts,
    kind: str | None,
    event_pk: int | None,
) -> AddedFile | Duplicate:
    """The blob (if new) and the evidence row, in the caller's unit of work. The name kept is
    a bare file name, never a path (evidence/names.py)."""
    existing = existing_pk(session, claim_pk, incoming.sha256)
    if existing is not None:
        return Duplicate(incoming.label, existing, incoming.sha256)
    if session.get(Blob, incoming.sha256) is None:
        session.add(Blob(sha256=incoming.sha256, size=len(incoming.data), data=incoming.data))
        session.flush()
    taken_at = facts.taken_at
    if taken_at is not None and taken_at.tzinfo is None:
        taken_at = taken_at.replace(tzinfo=tz)
    fallback = "evidence" + EXTENSIONS.get(facts.mime, "")
    name = safe_file_name(incoming.file_name, fallback)
    evidence = Evidence(
        claim_id=claim_pk, event_id=event_pk, blob_sha256=incoming.sha256,
        kind=kind or guess_kind(name, facts.mime, facts.from_camera), kind_chosen=kind is not None,
        file_name=name, size=len(incoming.data), mime=facts.mime,
        file_date=incoming.file_date, taken_at=taken_at,
        added_at=datetime.now(UTC), warning=facts.warning,
        page_count=facts.page_count,
    )  # fmt: skip
    session.add(evidence)
    session.flush()
    return AddedFile(incoming.label, evidence.id, incoming.sha256, facts.mime, _(facts.warning))


def _store(
    workspace: Workspace,
    claim_pk: int,
    incoming: Incoming,
    facts: FileFacts,
    kind: str | None,
    event_pk: int | None,
) -> AddedFile | Duplicate:
    """One unit of work: the blob (if new) and the evidence row, or nothing."""
    tz = workspace_timezone(workspace)
    for attempt in (1, 2):
        try:
            with workspace.session() as session:
                return store_in(session, tz, claim_pk, incoming, facts, kind, event_pk)
        except IntegrityError:
            # Another worker stored the same blob or evidence a moment ago: look again.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def add_one(
    workspace: Workspace,
    claim_pk: int,
    incoming: Incoming,
    kind: str | None,
    event_pk: int | None,
) -> AddedFile | Duplicate | Refused:
    """Check one file's content and store it as evidence, in its own unit of work."""
    with workspace.session_factory() as session:
        existing = existing_pk(session, claim_pk, incoming.sha256)
    if existing is not None:  # no need to decode it again
        return Duplicate(incoming.label, existing, incoming.sha256)
    try:
        facts = check_bytes(incoming.data, limit_bytes(workspace))
    except BadFile as exc:
        return Refused(incoming.label, str(exc))
    return _store(workspace, claim_pk, incoming, facts, kind, event_pk)


def result_of(outcomes: Sequence[AddedFile | Duplicate | Refused], cancelled: bool) -> AddResult:
    return AddResult(
        tuple(o for o in outcomes if isinstance(o, AddedFile)),
        tuple(o for o in outcomes if isinstance(o, Duplicate)),
        tuple(o for o in outcomes if isinstance(o, Refused)),
        cancelled,
    )


def add_evidence(
    workspace: Workspace,
    claim_pk: int,
    paths: Iterable[str | Path],
    *,
    kind: str | None = None,
    event_pk: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> AddResult:
    """Add files (folders: their files, recursively) to a claim through the one intake
    (services/intake.py): a mail among them becomes a message event, its file and attachments
    evidence of it; every other file is evidence, each in its own unit of work. The files
    stored, whatever way, are listed. Raises EvidenceError only for a wrong claim, event or
    kind."""
    from atoz_desktop.core.services.intake import take_in

    return take_in(
        workspace, claim_pk, paths, kind=kind, event_pk=event_pk, progress=progress,
        cancelled=cancelled,
    ).as_add_result()  # fmt: skip


def add_evidence_bytes(
    workspace: Workspace,
    claim_pk: int,
    data: bytes,
    name: str,
    *,
    kind: str | None = None,
    event_pk: int | None = None,
    file_date: datetime | None = None,
) -> AddResult:
    """Add content that is not a file, as evidence: a pasted clipboard image (the GUI passes
    PNG bytes and a name such as "screenshot 2026-11-20 14.05.png"). Bytes of a mail stay a
    file here (a mail attached to a mail); a mail dropped on a claim goes through the intake."""
    check_target(workspace, claim_pk, event_pk, kind)
    incoming = Incoming(name, name, data, sha256_of(data), file_date)
    return result_of([add_one(workspace, claim_pk, incoming, kind, event_pk)], False)
