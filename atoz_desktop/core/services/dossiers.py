"""Dossiers as the seller's actions: build one for a claim, export it (PDF, paste-ready text),
record on the claim's timeline what was sent, export the morning's batch, save the exhibits as
files for Amazon's appeal form.

Building reads the workspace in short units of work and returns plain data, so the window runs
it on a worker thread; writing a file is atomic (a temporary file renamed into place), so a
failed or cancelled export never leaves half a PDF where the seller looks for it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from atoz_desktop.core.dossier.builder import (
    Cancelled,
    DossierResult,
    Progress,
    build_dossier,
)
from atoz_desktop.core.dossier.content import (
    DEFAULT_TEXT_LIMIT,
    TEXT_LIMIT_RANGE,
    DeliveryRecord,
    DossierContent,
    DossierOptions,
    Exhibit,
    OrderFacts,
    delivery_records,
    number_exhibits,
)
from atoz_desktop.core.dossier.renditions import RenditionStore, WorkspaceRenditions
from atoz_desktop.core.dossier.texts import DossierTexts
from atoz_desktop.core.evidence.sniff import EXTENSIONS
from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.carriers import carrier_name
from atoz_desktop.core.services.claims import ClaimError, claim_view, claims_due
from atoz_desktop.core.services.evidence import evidence_bytes, list_evidence
from atoz_desktop.core.services.messages import seller_addresses
from atoz_desktop.core.services.orders import order_detail
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.services.seller import seller_profile
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, ClaimEvent

TEXT_LIMIT_SETTING = "dossier_text_limit"
SIZE_WARNING_SETTING = "dossier_size_warning_mb"
DEFAULT_SIZE_WARNING_MB = 10
SIZE_WARNING_RANGE = (1, 500)
_FULFILMENT = {"amazon": "AFN", "afn": "AFN", "merchant": "MFN", "mfn": "MFN"}


class DossierError(ValueError):
    """A dossier cannot be made or written as asked; the message says why, for the user."""


# Settings --------------------------------------------------------------------------------------


def _int_setting(workspace: Workspace, key: str, default: int, bounds: tuple[int, int]) -> int:
    text = workspace.get_setting(key)
    try:
        value = int(text) if text else default
    except ValueError:
        return default
    return min(max(value, bounds[0]), bounds[1])


def text_limit(workspace: Workspace) -> int:
    """The paste-ready text's length limit in characters (default 2,000)."""
    return _int_setting(workspace, TEXT_LIMIT_SETTING, DEFAULT_TEXT_LIMIT, TEXT_LIMIT_RANGE)


def set_text_limit(workspace: Workspace, chars: int) -> None:
    low, high = TEXT_LIMIT_RANGE
    if not low <= chars <= high:
        raise DossierError(
            _("the text limit is between {low} and {high} characters").format(low=low, high=high)
        )
    workspace.set_setting(TEXT_LIMIT_SETTING, str(int(chars)))


def size_warning_mb(workspace: Workspace) -> int:
    """Above this size (MB) the window warns before a dossier is saved (default 10 MB)."""
    return _int_setting(
        workspace, SIZE_WARNING_SETTING, DEFAULT_SIZE_WARNING_MB, SIZE_WARNING_RANGE
    )


def set_size_warning_mb(workspace: Workspace, megabytes: int) -> None:
    low, high = SIZE_WARNING_RANGE
    if not low <= megabytes <= high:
        raise DossierError(
            _("the size warning is between {low} and {high} MB").format(low=low, high=high)
        )
    workspace.set_setting(SIZE_WARNING_SETTING, str(int(megabytes)))


# Building --------------------------------------------------------------------------------------


def can_appeal(content: DossierContent) -> bool:
    return content.decided_against_seller


def gather(
    workspace: Workspace, claim_pk: int, options: DossierOptions, now: datetime | None = None
) -> DossierContent:
    """Everything a dossier of claim `claim_pk` says, read from the workspace. Raises
    DossierError for an unknown claim, or an appeal of a claim never decided."""
    now = now or datetime.now(UTC)
    try:
        claim = claim_view(workspace, claim_pk, now=now, lang=options.lang)
    except ClaimError as exc:
        raise DossierError(str(exc)) from None
    if options.kind == "appeal" and claim.decided_at is None:
        raise DossierError(
            _("claim {claim} was never decided: there is no decision to appeal").format(
                claim=claim_pk
            )
        )
    detail = order_detail(workspace, pk=claim.order_pk) if claim.order_pk is not None else None
    order = None
    shipments: list[DeliveryRecord] = []
    if detail is not None:
        order = OrderFacts(
            order_id=detail.order_id,
            sales_channel=detail.sales_channel,
            fulfillment=_FULFILMENT.get((detail.fulfillment_channel or "").lower()),  # type: ignore[arg-type]
            purchase_date=detail.purchase_date,
            latest_delivery=detail.latest_delivery,
            total=detail.total,
            currency=detail.currency,
            products=tuple(line.product_name or line.sku or "" for line in detail.lines),
        )
        shipments = [
            DeliveryRecord(
                s.carrier,
                s.tracking_number,
                s.shipped_at,
                s.estimated_arrival,
                s.delivered_at,
                s.signed_for,
                evidence=(s.evidence_id,) if s.evidence_id is not None else (),
            )
            for s in detail.shipments
        ]
    events = {e.pk: e for e in claim.events if e.pk is not None}
    exhibits = number_exhibits(list_evidence(workspace, claim_pk), events)
    return DossierContent(
        claim=claim,
        order=order,
        exhibits=exhibits,
        seller=seller_profile(workspace),
        options=options,
        tz=workspace_timezone(workspace),
        built_at=now,
        seller_addresses=seller_addresses(workspace),
        deliveries=tuple(
            replace(d, carrier=carrier_name(d.carrier, options.lang))
            for d in delivery_records(shipments, claim.events, exhibits)
        ),
    )


def build_claim_dossier(
    workspace: Workspace,
    claim_pk: int,
    options: DossierOptions,
    *,
    now: datetime | None = None,
    store: RenditionStore | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DossierResult:
    """The dossier of a claim, built (nothing is written or recorded). Renditions of its photos
    are kept in the workspace, so the next build of the same claim is quick."""
    content = gather(workspace, claim_pk, options, now)

    def load(exhibit: Exhibit) -> bytes:
        return evidence_bytes(workspace, exhibit.item.pk)

    store = store if store is not None else WorkspaceRenditions(workspace)
    return build_dossier(content, load, store, progress, cancelled)


# Writing ---------------------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, renamed into place.
    Raises DossierError naming the file when it cannot be written."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".atoz-", suffix=".part", dir=folder)
    except OSError as exc:
        raise DossierError(_unwritable(path, exc)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise DossierError(_unwritable(path, exc)) from None


def _unwritable(path: Path, exc: OSError) -> str:
    return _("{file}: cannot be written ({error})").format(file=path, error=exc.strerror or exc)


def check_writable(path: Path) -> None:
    """Refuse early (before a long build) an output path whose folder is missing or read-only."""
    folder = path.parent
    if path.is_dir():
        raise DossierError(_("{file}: is a folder, not a file name").format(file=path))
    if not folder.is_dir():
        raise DossierError(
            _("{file}: the folder {folder} does not exist").format(file=path, folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DossierError(
            _("{file}: the folder {folder} is not writable").format(file=path, folder=folder)
        )


def record_dossier(
    workspace: Workspace,
    claim_pk: int,
    result: DossierResult,
    *,
    via: str,
    file_name: str = "",
    at: datetime | None = None,
    text: str | None = None,
) -> int:
    """Put on the claim's timeline what was exported or printed (kind, language, pages, size,
    SHA-256 of the PDF; the paste-ready text's length and SHA-256, `text` when the seller
    edited it), so the seller can prove later exactly what was sent. Returns the event's id."""
    options = result.content.options
    text = result.text.text if text is None else text
    details = {
        "dossier_kind": options.kind,
        "lang": options.lang,
        "pages": result.pages,
        "bytes": result.size,
        "sha256": result.sha256,
        "exhibits": len(result.exhibits),
        "via": via,
        "file": Path(file_name).name if file_name else "",
        "text_chars": len(text),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }
    with workspace.session() as session:
        if session.get(Claim, claim_pk) is None:
            raise DossierError(_("no claim {claim} in the workspace").format(claim=claim_pk))
        event = ClaimEvent(
            claim_id=claim_pk, kind="dossier", at=at or datetime.now(UTC), text="", details=details
        )
        session.add(event)
        session.flush()
        return event.id


@dataclass(frozen=True, slots=True)
class Export:
    claim_pk: int
    path: Path
    result: DossierResult
    event_pk: int
    text_path: Path | None = None


def export_dossier(
    workspace: Workspace,
    claim_pk: int,
    options: DossierOptions,
    path: Path,
    *,
    text_path: Path | None = None,
    now: datetime | None = None,
    via: str = "export",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Export:
    """Build, write the PDF (and the paste-ready text) and record the export on the claim."""
    check_writable(path)
    if text_path is not None:
        check_writable(text_path)
    result = build_claim_dossier(
        workspace, claim_pk, options, now=now, progress=progress, cancelled=cancelled
    )
    return save_dossier(workspace, claim_pk, result, path, text_path=text_path, via=via)


def save_dossier(
    workspace: Workspace,
    claim_pk: int,
    result: DossierResult,
    path: Path,
    *,
    text_path: Path | None = None,
    via: str = "export",
) -> Export:
    """Write a dossier already built (the window previews it first) and record it."""
    write_atomically(path, result.pdf)
    if text_path is not None:
        write_atomically(text_path, result.text.text.encode("utf-8") + b"\n")
    event_pk = record_dossier(workspace, claim_pk, result, via=via, file_name=str(path))
    return Export(claim_pk, path, result, event_pk, text_path)


def dossier_file_name(content: DossierContent) -> str:
    """A file name a seller recognises: 'Response dossier 402-1234567-1234567.pdf'."""
    t = DossierTexts(content.lang, content.tz)
    name = t(f"file-name.{content.kind}", order_id=content.claim.order_id)
    return safe_file_name(name) + ".pdf"


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_file_name(name: str, limit: int = 120) -> str:
    """A name that is only a name on every system: no folder, no reserved character."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    return (base or "file")[:limit].strip(" .") or "file"


def export_due_dossiers(
    workspace: Workspace,
    folder: Path,
    *,
    within: timedelta,
    lang: str,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Export]:
    """One response dossier per claim whose response is due within `within` (or overdue),
    nearest deadline first, into `folder`; each recorded on its claim. Claims waiting for an
    appeal are left out: the morning's batch is for responses."""
    now = now or datetime.now(UTC)
    if not folder.is_dir():
        raise DossierError(_("{folder}: no such folder").format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DossierError(_("{folder}: the folder is not writable").format(folder=folder))
    due = [row for row in claims_due(workspace, now, within) if row.status == "action-required"]
    exports = []
    limit = text_limit(workspace)
    for done, row in enumerate(due):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(due), row.order_id)
        options = DossierOptions(kind="response", lang=lang, text_limit=limit)  # type: ignore[arg-type]
        result = build_claim_dossier(workspace, row.pk, options, now=now, cancelled=cancelled)
        path = _free_path(folder / dossier_file_name(result.content))
        text_path = path.with_suffix(".txt")
        exports.append(
            save_dossier(workspace, row.pk, result, path, text_path=text_path, via="batch")
        )
    if progress is not None:
        progress(len(due), len(due), "")
    return exports


def _free_path(path: Path) -> Path:
    """`path`, or 'name (2).pdf', 'name (3).pdf'… when taken: a batch never overwrites."""
    if not path.exists():
        return path
    for number in range(2, 10_000):
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise DossierError(_("{file}: too many files of that name").format(file=path))


def save_exhibit_files(workspace: Workspace, result: DossierResult, folder: Path) -> list[Path]:
    """Each exhibit as its own numbered file ('Exhibit 01 - receipt.pdf' / 'Pièce 01 - …') in
    `folder`, for an appeal form that takes uploads. The stored bytes, unchanged; the name is
    the file's base name only, with the extension of its detected type."""
    if not folder.is_dir():
        raise DossierError(_("{folder}: no such folder").format(folder=folder))
    t = DossierTexts(result.content.lang, result.content.tz)
    width = max(2, len(str(len(result.exhibits))))
    written = []
    for exhibit in result.exhibits:
        base = safe_file_name(exhibit.file, 100)
        extension = EXTENSIONS.get(exhibit.mime, "")
        if extension and not base.lower().endswith(extension):
            stem = base.rsplit(".", 1)[0] if "." in base else base
            base = f"{stem}{extension}"
        name = t("exhibit.file", n=f"{exhibit.number:0{width}d}", name=base)
        path = _free_path(folder / safe_file_name(name, 160))
        write_atomically(path, evidence_bytes(workspace, exhibit.evidence_id))
        written.append(path)
    return written


def dossier_events(workspace: Workspace, claim_pk: int) -> list[dict[str, object]]:
    """What was exported or printed for a claim, oldest first (the details of each record)."""
    with workspace.session_factory() as session:
        rows = session.execute(
            select(ClaimEvent.at, ClaimEvent.details)
            .where(ClaimEvent.claim_id == claim_pk, ClaimEvent.kind == "dossier")
            .order_by(ClaimEvent.at, ClaimEvent.id)
        ).all()
    return [{"at": at, **(details or {})} for at, details in rows]
