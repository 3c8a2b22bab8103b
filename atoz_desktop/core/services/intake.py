"""The one way files reach a claim, from the window and the command line alike: each file is
read (its size checked first), its content says whether it is a mail, and it is added as a
message event with its attachments (services/messages.py) or as evidence
(services/evidence/), each file in its own unit of work, so a bad file is refused with its
reason while the rest of the drop goes in. A file that trips a reader over (a bug, ours or a
library's) is refused as well, the traceback in the log, and the drop goes on; only a failure
of the workspace itself stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from atoz_desktop.core.evidence.checks import BadFile, file_date, read_file
from atoz_desktop.core.evidence.sniff import OLE_SIGNATURE, mail_type
from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.claims import ClaimError
from atoz_desktop.core.services.evidence import (
    AddedFile,
    AddResult,
    Cancelled,
    Duplicate,
    Incoming,
    Progress,
    Refused,
    add_one,
    check_target,
    expand_paths,
    limit_bytes,
)
from atoz_desktop.core.services.messages import (
    AddedMessage,
    DuplicateMessage,
    HeldMail,
    MessagesResult,
    add_message_bytes,
)
from atoz_desktop.core.storage.database import Workspace

log = logging.getLogger(__name__)

#: Names that say "mail" even when the content does not look like one: such a file is read
#: as a mail, and refused with the reason if it is not one (never kept as a text file).
MAIL_SUFFIXES = (".eml", ".msg")
#: How much of a file `looks_like_mail` reads.
_HEAD = 65536


@dataclass(frozen=True, slots=True)
class Intake:
    """What one drop (or one command) did: files added as evidence, mails added as messages
    (with their own files and attachments), files refused, mails held for the seller to
    confirm (they name another order than the claim's)."""

    files: AddResult = field(default_factory=AddResult)
    messages: MessagesResult = field(default_factory=MessagesResult)
    cancelled: bool = False

    @property
    def held(self) -> tuple[HeldMail, ...]:
        return self.messages.held

    def refusals(self) -> list[Refused]:
        """Every file not added: dropped files and mails first, then mails' attachments
        (named "mail.eml › photo.jpg")."""
        found = list(self.files.refused) + list(self.messages.refused)
        for message in self.messages.added:
            mail = Path(message.file).name
            found += [Refused(f"{mail} › {r.file}", r.reason) for r in message.attachments.refused]
        return found

    def as_add_result(self) -> AddResult:
        """Every file stored or found already there, whichever way it came: dropped files,
        and each mail's own file and attachments ("mail.eml › photo.jpg")."""
        added = list(self.files.added)
        duplicates = list(self.files.duplicates)
        for message in self.messages.added:
            mail = Path(message.file).name
            if isinstance(message.mail_file, AddedFile):
                added.append(message.mail_file)
            elif isinstance(message.mail_file, Duplicate):
                duplicates.append(message.mail_file)
            attachments = message.attachments
            added += [_relabel(a, f"{mail} › {a.file}") for a in attachments.added]
            duplicates += [_relabel(d, f"{mail} › {d.file}") for d in attachments.duplicates]
        return AddResult(tuple(added), tuple(duplicates), tuple(self.refusals()), self.cancelled)

    def as_json(self) -> dict[str, Any]:
        """`evidence add --json`, in its documented shape: a mail is there by its own file and
        its attachments (in "added"), its warnings (in "warnings"), or as a duplicate."""
        data = self.as_add_result().as_json()
        for message in self.messages.added:
            data["warnings"] += [{"file": message.file, "warning": w} for w in message.warnings]
        data["duplicates"] += [
            {"file": d.file, "evidence_id": d.evidence_id, "sha256": d.sha256}
            for d in self.messages.duplicates
        ]
        return data


def _relabel(item: Any, label: str) -> Any:
    from dataclasses import replace

    return replace(item, file=label)


def looks_like_mail(path: str | Path) -> bool:
    """A quick look (the first 64 KB, or the name) for the Claims list, which takes only
    Amazon's claim e-mails: the whole mail is read only if this says it may be one."""
    path = Path(path)
    if path.suffix.lower() in MAIL_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return False
    return head.startswith(OLE_SIGNATURE) or mail_type(head) is not None


def _take_one(
    workspace: Workspace,
    claim_pk: int,
    path: Path,
    label: str,
    limit: int,
    kind: str | None,
    event_pk: int | None,
    mails_only: bool,
    hold_other_orders: bool,
    read_receipts: bool,
    done_files: list[AddedFile | Duplicate | Refused],
    mails: list[AddedMessage | DuplicateMessage | Refused | HeldMail],
) -> None:
    """Read one file and add it as a message or as evidence, its outcome appended to
    `mails` or `done_files`."""
    try:
        data, sha256 = read_file(path, limit)
    except BadFile as exc:
        (mails if mails_only else done_files).append(Refused(label, str(exc)))
        return
    when = file_date(path)
    if mail_type(data) is not None or path.suffix.lower() in MAIL_SUFFIXES:
        try:
            mails.append(add_message_bytes(workspace, claim_pk, data, label, when,
                                           hold_other_orders=hold_other_orders))  # fmt: skip
        except ClaimError as exc:  # the claim was deleted meanwhile
            mails.append(Refused(label, str(exc)))
    elif mails_only:
        mails.append(Refused(label, _("this is not an e-mail (.eml or .msg file)")))
    else:
        incoming = Incoming(label, path.name, data, sha256, when)
        outcome = add_one(workspace, claim_pk, incoming, kind, event_pk)
        done_files.append(outcome)
        if read_receipts and isinstance(outcome, AddedFile):
            from atoz_desktop.core.services.receipts import read_evidence

            # Its kind, unless given, follows what it says (a receipt, a proof of delivery).
            try:
                read_evidence(workspace, outcome.evidence_id)
            except SQLAlchemyError:
                raise
            except Exception:  # the file is stored: a reader's bug must not refuse it
                log.exception("reading %s as a receipt", label)


def take_in(
    workspace: Workspace,
    claim_pk: int,
    paths: Iterable[str | Path],
    *,
    kind: str | None = None,
    event_pk: int | None = None,
    mails_only: bool = False,
    hold_other_orders: bool = False,
    read_receipts: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Intake:
    """Add files (folders: their files, recursively) to a claim. A mail (by its content, or
    named .eml/.msg) becomes a message event of its own, `kind` and `event_pk` aside; any
    other file is evidence of the claim, or of event `event_pk`, of `kind` (None: guessed).
    `mails_only` refuses what is not a mail (`message add`). `hold_other_orders` holds back
    a mail about another order than the claim's (the window asks first; the command line
    adds it with a warning). `read_receipts` reads each file added as a carrier receipt
    (services/receipts.py) and re-files it by what it says, its kind not given (the window
    reads them afterwards, off the drop's way). `cancelled()` is asked before each file: what is
    done stays.
    Raises EvidenceError only for a wrong claim, event or kind."""
    check_target(workspace, claim_pk, event_pk, kind)
    files = expand_paths(paths)
    limit = limit_bytes(workspace)
    done_files: list[AddedFile | Duplicate | Refused] = []
    mails: list[AddedMessage | DuplicateMessage | Refused | HeldMail] = []
    was_cancelled = False
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            was_cancelled = True
            break
        if progress is not None:
            progress(done, len(files), str(path))
        label = str(path)
        try:
            _take_one(workspace, claim_pk, path, label, limit, kind, event_pk, mails_only,
                      hold_other_orders, read_receipts, done_files, mails)  # fmt: skip
        except SQLAlchemyError:
            raise  # the workspace itself failed: not this file's doing, and no use going on
        except Exception:
            # A reader tripped over this file (a bug, or a library's): say so, keep the log,
            # and let the rest of the drop go in.
            log.exception("reading %s", label)
            refused = Refused(
                label,
                _("it could not be read: A-to-Z Desk met an unexpected error (the details are "
                  "in the log)"),
            )  # fmt: skip
            (mails if mails_only or path.suffix.lower() in MAIL_SUFFIXES else done_files).append(
                refused
            )
    if progress is not None and not was_cancelled:
        progress(len(files), len(files), "")
    return Intake(
        AddResult(
            tuple(o for o in done_files if isinstance(o, AddedFile)),
            tuple(o for o in done_files if isinstance(o, Duplicate)),
            tuple(o for o in done_files if isinstance(o, Refused)),
            was_cancelled,
        ),
        MessagesResult(
            tuple(m for m in mails if isinstance(m, AddedMessage)),
            tuple(m for m in mails if isinstance(m, DuplicateMessage)),
            tuple(m for m in mails if isinstance(m, Refused)),
            tuple(m for m in mails if isinstance(m, HeldMail)),
        ),
        was_cancelled,
    )
