"""E-mails onto a claim's timeline: one message event per mail, its attachments as evidence of
that event, and the seller's own addresses that tell sent from received."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from atoz_desktop.core.evidence.mail import BadMail, ParsedMail, parse_mail
from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.claims import ClaimError, add_event
from atoz_desktop.core.services.evidence import (
    AddResult,
    EvidenceError,
    Refused,
    add_evidence_bytes,
    expand_paths,
    max_file_mb,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent

SELLER_ADDRESSES_SETTING = "seller_addresses"
MESSAGE_KINDS = ("message-in", "message-out")


def seller_addresses(workspace: Workspace) -> tuple[str, ...]:
    """The seller's own addresses, lower case. "@myshop.fr" stands for the whole domain."""
    text = workspace.get_setting(SELLER_ADDRESSES_SETTING) or ""
    return tuple(a.strip().lower() for a in text.replace(";", ",").split(",") if a.strip())


def set_seller_addresses(workspace: Workspace, addresses: Iterable[str] | str) -> None:
    if isinstance(addresses, str):
        addresses = addresses.replace(";", ",").split(",")
    cleaned = [a.strip().lower() for a in addresses if a.strip()]
    for address in cleaned:
        if "@" not in address:
            raise ValueError(
                _("{address!r} is not an e-mail address (or @domain)").format(address=address)
            )
    workspace.set_setting(SELLER_ADDRESSES_SETTING, ", ".join(dict.fromkeys(cleaned)))


def direction(sender_address: str, own: Iterable[str]) -> str:
    """message-out when the seller sent it, message-in otherwise."""
    address = sender_address.lower()
    for mine in own:
        if address == mine or (mine.startswith("@") and address.endswith(mine)):
            return "message-out"
    return "message-in"


@dataclass(frozen=True, slots=True)
class AddedMessage:
    file: str
    event_id: int
    kind: str  # message-in / message-out
    subject: str
    warnings: tuple[str, ...]
    attachments: AddResult


@dataclass(frozen=True, slots=True)
class DuplicateMessage:
    file: str
    event_id: int


@dataclass(frozen=True, slots=True)
class MessagesResult:
    added: tuple[AddedMessage, ...] = ()
    duplicates: tuple[DuplicateMessage, ...] = ()
    refused: tuple[Refused, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "added": [
                {
                    "file": m.file,
                    "event_id": m.event_id,
                    "kind": m.kind,
                    "subject": m.subject,
                    "warnings": list(m.warnings),
                    "attachments": m.attachments.as_json(),
                }
                for m in self.added
            ],
            "duplicates": [{"file": d.file, "event_id": d.event_id} for d in self.duplicates],
            "refused": [{"file": r.file, "reason": r.reason} for r in self.refused],
        }


def _known_message(
    workspace: Workspace, claim_pk: int, mail: ParsedMail, sha256: str
) -> int | None:
    """The event already made from this mail: same Message-ID, or same file content."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(ClaimEvent.id, ClaimEvent.details).where(
                ClaimEvent.claim_id == claim_pk, ClaimEvent.kind.in_(MESSAGE_KINDS)
            )
        ).all()
    for event_pk, details in rows:
        details = details or {}
        if details.get("mail_sha256") == sha256:
            return int(event_pk)
        if mail.message_id and details.get("message_id") == mail.message_id:
            return int(event_pk)
    return None


def add_message_bytes(
    workspace: Workspace,
    claim_pk: int,
    data: bytes,
    label: str,
    file_date: datetime | None = None,
) -> AddedMessage | DuplicateMessage | Refused:
    """One mail: its event, then each attachment through the evidence checks (a bad attachment
    is refused with its reason; the mail is still added)."""
    if not data:
        return Refused(label, _("the file is empty"))
    if len(data) > max_file_mb(workspace) * 1_000_000:
        limit = _("{count} MB").format(count=max_file_mb(workspace))
        return Refused(label, _("the file is over the limit of {limit}").format(limit=limit))
    try:
        mail = parse_mail(data, file_date)
    except BadMail as exc:
        return Refused(label, str(exc))
    sha256 = hashlib.sha256(data).hexdigest()
    known = _known_message(workspace, claim_pk, mail, sha256)
    if known is not None:
        return DuplicateMessage(label, known)
    kind = direction(mail.sender_address, seller_addresses(workspace))
    at = mail.date or file_date or datetime.now(UTC)
    warnings = list(mail.warnings)
    if mail.date is None and file_date is None:
        warnings.append(_("the mail's date is unknown; the time it was added is used"))
    text = f"{mail.subject}\n\n{mail.body}".strip() if mail.subject else mail.body
    details = {"from": mail.sender, "to": mail.to, "subject": mail.subject,
               "message_id": mail.message_id, "mail_sha256": sha256}  # fmt: skip
    event_pk = add_event(workspace, claim_pk, kind=kind, at=at, text=text,
                         author=mail.sender[:200], details=details)  # fmt: skip
    attachments = AddResult()
    for attachment in mail.attachments:
        attachments = attachments.merged(
            add_evidence_bytes(
                workspace,
                claim_pk,
                attachment.data,
                attachment.name,
                kind=None,
                event_pk=event_pk,
                file_date=at,
            )  # fmt: skip
        )
    return AddedMessage(label, event_pk, kind, mail.subject, tuple(warnings), attachments)


def add_messages(
    workspace: Workspace, claim_pk: int, paths: Iterable[str | Path]
) -> MessagesResult:
    """Add .eml/.msg files (folders: their files) to a claim's timeline, one event each."""
    with workspace.session_factory() as session:
        if session.get(Claim, claim_pk) is None:
            raise EvidenceError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    outcomes: list[AddedMessage | DuplicateMessage | Refused] = []
    for path in expand_paths(paths):
        label = str(path)
        try:
            data = path.read_bytes()
            mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError as exc:
            outcomes.append(
                Refused(label, _("cannot be read ({error})").format(error=exc.strerror or exc))
            )
            continue
        try:
            outcomes.append(add_message_bytes(workspace, claim_pk, data, label, mtime))
        except ClaimError as exc:
            outcomes.append(Refused(label, str(exc)))
    return MessagesResult(
        tuple(o for o in outcomes if isinstance(o, AddedMessage)),
        tuple(o for o in outcomes if isinstance(o, DuplicateMessage)),
        tuple(o for o in outcomes if isinstance(o, Refused)),
    )
