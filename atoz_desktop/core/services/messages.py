"""E-mails onto a claim's timeline: one message event per mail, the mail's own file and its
attachments as evidence of that event, all in one unit of work; and the seller's own addresses
that tell sent from received.

The decision whether a dropped file is a mail is the intake's (services/intake.py), read from
the content; this module adds a mail once it is known to be one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from atoz_desktop.core.evidence.checks import (
    BadFile,
    FileFacts,
    check_bytes,
    megabytes,
    sha256_of,
)
from atoz_desktop.core.evidence.sniff import EML, MSG, OLE_SIGNATURE, mail_type
from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.claims import ClaimError
from atoz_desktop.core.services.claims.common import storable
from atoz_desktop.core.services.evidence import (
    AddedFile,
    AddResult,
    Duplicate,
    Incoming,
    Refused,
    limit_bytes,
    result_of,
    store_in,
)
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent, Evidence

if TYPE_CHECKING:
    from atoz_desktop.core.evidence.mail import ParsedMail

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
    #: The mail's own file, kept as evidence of the event (a Duplicate when the claim held
    #: that very file already).
    mail_file: AddedFile | Duplicate | None = None
    #: The Amazon order ids the mail names.
    order_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DuplicateMessage:
    """The mail is on the claim's timeline already (same file, or same Message-ID)."""

    file: str
    event_id: int
    sha256: str = ""
    evidence_id: int | None = None  # the mail's file as evidence, when it is that very file


@dataclass(frozen=True, slots=True)
class HeldMail:
    """A mail about another order than the claim's: not added until the seller says so."""

    file: str
    order_ids: tuple[str, ...]  # the ones it names
    claim_order: str


@dataclass(frozen=True, slots=True)
class MessagesResult:
    added: tuple[AddedMessage, ...] = ()
    duplicates: tuple[DuplicateMessage, ...] = ()
    refused: tuple[Refused, ...] = ()
    held: tuple[HeldMail, ...] = ()

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
                    "evidence_id": m.mail_file.evidence_id if m.mail_file else None,
                    "order_ids": list(m.order_ids),
                }
                for m in self.added
            ],
            "duplicates": [{"file": d.file, "event_id": d.event_id} for d in self.duplicates],
            "refused": [{"file": r.file, "reason": r.reason} for r in self.refused],
        }

    def merged(self, other: MessagesResult) -> MessagesResult:
        return MessagesResult(
            self.added + other.added,
            self.duplicates + other.duplicates,
            self.refused + other.refused,
            self.held + other.held,
        )


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


def _claim_order(workspace: Workspace, claim_pk: int) -> str:
    with workspace.session_factory() as session:
        claim = session.get(Claim, claim_pk)
        if claim is None:
            raise ClaimError(_("no claim {claim} in the workspace").format(claim=claim_pk))
        return claim.order_ref


def add_message_bytes(
    workspace: Workspace,
    claim_pk: int,
    data: bytes,
    label: str,
    file_date: datetime | None = None,
    *,
    hold_other_orders: bool = False,
) -> AddedMessage | DuplicateMessage | Refused | HeldMail:
    """One mail: its event, its own file and each sound attachment as evidence of the event,
    in one unit of work, so a crash leaves the mail either wholly there or not at all. A bad
    attachment is refused with its reason while the mail is added. With `hold_other_orders`
    a mail naming only other orders than the claim's is held back (HeldMail) for the seller
    to confirm; otherwise it is added with a warning."""
    limit = limit_bytes(workspace)
    if not data:
        return Refused(label, _("the file is empty"))
    if len(data) > limit:
        return Refused(
            label, _("the file is over the limit of {limit}").format(limit=megabytes(limit))
        )
    # The mail readers bring in Python's email package (50 ms): not at the window's start.
    from atoz_desktop.core.evidence.mail import BadMail, order_ids, parse_mail

    try:
        mail = parse_mail(data, file_date)
    except BadMail as exc:
        return Refused(label, str(exc))
    sha256 = sha256_of(data)
    known = _known_message(workspace, claim_pk, mail, sha256)
    if known is not None:
        with workspace.session_factory() as session:
            evidence_pk = session.execute(
                select(Evidence.id).where(
                    Evidence.claim_id == claim_pk, Evidence.blob_sha256 == sha256
                )
            ).scalar()
        return DuplicateMessage(label, known, sha256, evidence_pk)
    warnings = list(mail.warnings)
    claim_order = _claim_order(workspace, claim_pk)
    named = order_ids(mail)
    if named and claim_order not in named:
        if hold_other_orders:
            return HeldMail(label, named, claim_order)
        warnings.append(
            _("the mail is about order {orders}, not this claim's order {order}").format(
                orders=", ".join(named), order=claim_order
            )
        )
    kind = direction(mail.sender_address, seller_addresses(workspace))
    at = mail.date or file_date or datetime.now(UTC)
    if mail.date is None and file_date is None:
        warnings.append(_("the mail's date is unknown; the time it was added is used"))
    # Every attachment is judged before the unit of work opens: decoding is slow, a write
    # transaction must be short.
    checked: list[tuple[Incoming, FileFacts]] = []
    refused: list[Refused] = []
    for attachment in mail.attachments:
        incoming = Incoming(attachment.name, attachment.name, attachment.data,
                            sha256_of(attachment.data), at)  # fmt: skip
        try:
            checked.append((incoming, check_bytes(attachment.data, limit)))
        except BadFile as exc:
            refused.append(Refused(attachment.name, str(exc)))
    original = Incoming(label, Path(label).name, data, sha256, file_date)
    mime = mail_type(data) or (MSG if data.startswith(OLE_SIGNATURE) else EML)
    original_facts = FileFacts(mime, None, None, False, "")
    text = f"{mail.subject}\n\n{mail.body}".strip() if mail.subject else mail.body
    details = {"from": mail.sender, "to": mail.to, "subject": mail.subject,
               "message_id": mail.message_id, "mail_sha256": sha256}  # fmt: skip
    tz = workspace_timezone(workspace)
    for attempt in (1, 2):
        try:
            with workspace.session() as session:
                if session.get(Claim, claim_pk) is None:
                    raise ClaimError(
                        _("no claim {claim} in the workspace").format(claim=claim_pk)
                    )
                event = ClaimEvent(
                    claim_id=claim_pk, kind=kind, at=at, text=storable(text),
                    author=storable(mail.sender[:200]), details=details,
                )  # fmt: skip
                session.add(event)
                session.flush()
                mail_file = store_in(session, tz, claim_pk, original, original_facts, "other",
                                     event.id)  # fmt: skip
                stored = [store_in(session, tz, claim_pk, incoming, facts, None, event.id)
                          for incoming, facts in checked]  # fmt: skip
                event_pk = event.id
            break
        except IntegrityError:
            # Another worker stored one of these files a moment ago: all again, once.
            if attempt == 2:
                raise
    attachments = result_of([*stored, *refused], False)
    return AddedMessage(label, event_pk, kind, mail.subject, tuple(warnings), attachments,
                        mail_file, named)  # fmt: skip


def add_messages(
    workspace: Workspace, claim_pk: int, paths: Iterable[str | Path]
) -> MessagesResult:
    """Add .eml/.msg files (folders: their files) to a claim's timeline, one event each; a
    file that is not a mail is refused (the intake, services/intake.py, takes both)."""
    from atoz_desktop.core.services.intake import take_in

    return take_in(workspace, claim_pk, paths, mails_only=True).messages
