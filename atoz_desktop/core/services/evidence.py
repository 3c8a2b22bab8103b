"""Evidence on a claim: add files (one unit of work per file), list, re-file, remove and undo,
read back bytes and thumbnails.

Every function takes the workspace and plain values and returns frozen dataclasses, so the GUI
can call them from a worker thread; nothing returned is tied to a session.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from atoz_desktop.core.evidence.checks import BadFile, FileFacts, check_bytes, sha256_of
from atoz_desktop.core.evidence.images import thumbnail_bytes
from atoz_desktop.core.evidence.kinds import EVIDENCE_KINDS, guess_kind
from atoz_desktop.core.evidence.names import safe_file_name
from atoz_desktop.core.evidence.sniff import EXTENSIONS, IMAGE_TYPES, MAIL_TYPES
from atoz_desktop.core.i18n import _, english
from atoz_desktop.core.services.citations import cite_new_ids
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Blob, Claim, ClaimEvent, Evidence

MAX_MB_SETTING = "evidence_max_mb"
DEFAULT_MAX_MB = 50
#: PostgreSQL's bytea holds up to 1 GB; a dossier exhibit never needs that much.
MAX_MB_RANGE = (1, 500)
#: Files a folder drop skips silently: the file manager's own bookkeeping.
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)
Cancelled = Callable[[], bool]


class EvidenceError(ValueError):
    """An evidence action that cannot be done; the message says why, for the user."""


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


# Settings ---------------------------------------------------------------------------------------


def max_file_mb(workspace: Workspace) -> int:
    """The per-file size limit in MB (Settings), DEFAULT_MAX_MB unless the user changed it."""
    text = workspace.get_setting(MAX_MB_SETTING)
    try:
        value = int(text) if text else DEFAULT_MAX_MB
    except ValueError:
        return DEFAULT_MAX_MB
    low, high = MAX_MB_RANGE
    return min(max(value, low), high)


def set_max_file_mb(workspace: Workspace, megabytes: int) -> None:
    low, high = MAX_MB_RANGE
    if not low <= megabytes <= high:
        raise EvidenceError(
            _("the file size limit is between {low} and {high} MB").format(low=low, high=high)
        )
    workspace.set_setting(MAX_MB_SETTING, str(int(megabytes)))


def limit_bytes(workspace: Workspace) -> int:
    """The per-file size limit in bytes."""
    return max_file_mb(workspace) * 1_000_000


_limit_bytes = limit_bytes


# Adding -----------------------------------------------------------------------------------------


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


def _claim_and_event(session: Session, claim_pk: int, event_pk: int | None) -> None:
    if session.get(Claim, claim_pk) is None:
        raise EvidenceError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    if event_pk is not None:
        event = session.get(ClaimEvent, event_pk)
        if event is None or event.claim_id != claim_pk:
            raise EvidenceError(
                _("no event {event} on claim {claim}").format(event=event_pk, claim=claim_pk)
            )


def check_target(
    workspace: Workspace, claim_pk: int, event_pk: int | None, kind: str | None
) -> None:
    """Raise EvidenceError unless the claim (and event) exist and `kind` is one."""
    _check_kind(kind)
    with workspace.session_factory() as session:
        _claim_and_event(session, claim_pk, event_pk)


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise EvidenceError(
            _("unknown evidence kind {kind!r}; kinds: {kinds}").format(
                kind=kind, kinds=", ".join(EVIDENCE_KINDS)
            )
        )


def _existing(session: Session, claim_pk: int, sha256: str) -> int | None:
    return session.execute(
        select(Evidence.id).where(Evidence.claim_id == claim_pk, Evidence.blob_sha256 == sha256)
    ).scalar()


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
    existing = _existing(session, claim_pk, incoming.sha256)
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
        existing = _existing(session, claim_pk, incoming.sha256)
    if existing is not None:  # no need to decode it again
        return Duplicate(incoming.label, existing, incoming.sha256)
    try:
        facts = check_bytes(incoming.data, _limit_bytes(workspace))
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


# Reading ----------------------------------------------------------------------------------------


def _item(evidence: Evidence) -> EvidenceItem:
    return EvidenceItem(
        evidence.id, evidence.claim_id, evidence.event_id, evidence.kind, evidence.file_name,
        evidence.size, evidence.mime, evidence.blob_sha256, evidence.file_date,
        evidence.taken_at, evidence.added_at, _(evidence.warning or ""), evidence.page_count,
    )  # fmt: skip


def list_evidence(
    workspace: Workspace, claim_pk: int, event_pk: int | None = None
) -> list[EvidenceItem]:
    """A claim's evidence in the order it was added (or only one event's)."""
    statement = select(Evidence).where(Evidence.claim_id == claim_pk).order_by(Evidence.id)
    if event_pk is not None:
        statement = statement.where(Evidence.event_id == event_pk)
    with workspace.session_factory() as session:
        return [_item(e) for e in session.scalars(statement)]


def evidence_item(workspace: Workspace, evidence_pk: int) -> EvidenceItem:
    with workspace.session_factory() as session:
        return _item(_get(session, evidence_pk))


def evidence_counts(workspace: Workspace, claim_pk: int) -> dict[str, int]:
    """How many items of each kind a claim holds (for the findings and the pane's header)."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(Evidence.kind, func.count(Evidence.id))
            .where(Evidence.claim_id == claim_pk)
            .group_by(Evidence.kind)
        ).all()
    return {kind: count for kind, count in rows}


def _get(session: Session, evidence_pk: int) -> Evidence:
    evidence = session.get(Evidence, evidence_pk)
    if evidence is None:
        raise EvidenceError(
            _("no evidence {evidence} in the workspace").format(evidence=evidence_pk)
        )
    return evidence


def evidence_bytes(workspace: Workspace, evidence_pk: int) -> bytes:
    """The file's content, e.g. to preview it or hand it to the system viewer."""
    with workspace.session_factory() as session:
        sha256 = _get(session, evidence_pk).blob_sha256
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


# Changing ---------------------------------------------------------------------------------------


def set_evidence_kind(workspace: Workspace, evidence_pk: int, kind: str) -> str:
    """Re-file an item under another kind; returns the kind it had (for undo)."""
    _check_kind(kind)
    with workspace.session() as session:
        evidence = _get(session, evidence_pk)
        before, evidence.kind = evidence.kind, kind
        evidence.kind_chosen = True  # a receipt's reading never re-files it
        return before


def set_evidence_event(workspace: Workspace, evidence_pk: int, event_pk: int | None) -> int | None:
    """Attach an item to one of its claim's events (None: to the claim only); returns the event
    it had (for undo)."""
    with workspace.session() as session:
        evidence = _get(session, evidence_pk)
        _claim_and_event(session, evidence.claim_id, event_pk)
        before, evidence.event_id = evidence.event_id, event_pk
        return before


def remove_evidence(workspace: Workspace, evidence_pk: int) -> EvidenceItem:
    """Remove an item; returns it so `restore_evidence` can undo the removal. The content stays
    in the database until `blobs.collect_orphan_blobs` deletes it, a grace period later, so
    undo never loses it."""
    with workspace.session() as session:
        evidence = _get(session, evidence_pk)
        snapshot = _item(evidence)
        session.delete(evidence)
        return snapshot


def restore_evidence(workspace: Workspace, snapshot: EvidenceItem) -> int:
    """Undo a removal: the item comes back with its id (its event's, if that still exists)."""
    with workspace.session() as session:
        _claim_and_event(session, snapshot.claim_pk, None)
        blob = session.get(Blob, snapshot.sha256)
        if blob is None:
            raise EvidenceError(
                _("the content of {name} is no longer stored").format(name=snapshot.file_name)
            )
        blob.orphan_since = None  # used again: its grace period starts over if removed again
        existing = _existing(session, snapshot.claim_pk, snapshot.sha256)
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
