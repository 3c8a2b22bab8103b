"""The shipment an evidence item's reading proves, as a frozen proposal the window shows and
the seller confirms (recording.py writes it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any

from atoz_desktop.core.i18n import _
from atoz_desktop.core.receipts import numbers
from atoz_desktop.core.receipts.formats import CARRIER_BY_CODE
from atoz_desktop.core.receipts.reading import ReceiptReading
from atoz_desktop.core.services.evidence import EvidenceError
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.core.services.receipts.documents import _get, stored_reading
from atoz_desktop.core.storage.database import Workspace

#: The timeline entries a receipt can prove, in the order they happen.
TRACKING_KINDS = ("shipped", "delivered", "signed-for")
#: A date printed without its time is taken at noon, local time, so that it stays on its day
#: in any time zone near the seller's; the entry says the time was not printed.
_NOON = time(12, 0)


class ReceiptServiceError(EvidenceError):
    """A receipt that cannot be recorded; the message says why, for the seller (an evidence
    action's refusal, shown as the others are)."""


@dataclass(frozen=True, slots=True)
class ShipmentProposal:
    """What an evidence item's reading would record. `certain`: the number is proved (a valid
    check digit, or a format without one whose carrier the document decides) — the command line
    records only those; the window shows the others with their doubt, for the seller to judge."""

    evidence_pk: int
    claim_pk: int
    file_name: str
    carrier: str  # the carrier's name as stored ("Colissimo"); "" when the document names none
    carrier_code: str | None
    tracking_number: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    signed_for: bool
    signed_by: str | None
    source: str | None  # "barcode", "text" or "ocr"
    certainty: str | None
    check_digit_valid: bool | None
    summary: str  # the reading in one line ("Colissimo 6A…, shipped 24/11/2026 — from …")
    #: False when the document printed the date alone (the instant is then its day at noon).
    shipped_time_printed: bool = True
    delivered_time_printed: bool = True

    @property
    def certain(self) -> bool:
        if self.certainty == numbers.CERTAIN:
            return True
        return (
            self.certainty == numbers.LIKELY
            and self.check_digit_valid is None
            and self.carrier_code is not None
        )

    def doubt(self) -> str:
        """Why the command line does not record it (it is not `certain`)."""
        return _(
            "{number} is not certain ({summary}): check it against the document and record it "
            "in the window"
        ).format(number=self.tracking_number, summary=self.summary)

    def as_json(self) -> dict[str, Any]:
        return {
            "evidence_id": self.evidence_pk, "carrier": self.carrier,
            "tracking_number": self.tracking_number,
            "shipped_at": _iso(self.shipped_at), "delivered_at": _iso(self.delivered_at),
            "signed_for": self.signed_for, "source": self.source, "certain": self.certain,
        }  # fmt: skip


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _instant(value: date | datetime | None, tz: tzinfo) -> datetime | None:
    """A printed date (naive: the document's local time) as an instant in the seller's zone."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, _NOON)
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def _has_time(value: date | datetime | None) -> bool:
    return value is None or isinstance(value, datetime)


def _carrier_label(code: str | None) -> str:
    """The carrier as stored with a shipment: its name as it writes itself (English)."""
    return CARRIER_BY_CODE[code].name if code else ""


def propose(
    workspace: Workspace, evidence_pk: int, reading: ReceiptReading | None = None
) -> ShipmentProposal | None:
    """The shipment the item's reading (`reading`, else the one kept) proves; None when it
    shows no tracking number."""
    with workspace.session_factory() as session:
        evidence = _get(session, evidence_pk)
        claim_pk, file_name = evidence.claim_id, evidence.file_name
    reading = reading or stored_reading(workspace, evidence_pk)
    if reading is None or reading.tracking_number is None:
        return None
    tz = workspace_timezone(workspace)
    delivered = _instant(reading.delivered, tz)
    return ShipmentProposal(
        evidence_pk=evidence_pk, claim_pk=claim_pk, file_name=file_name,
        carrier=_carrier_label(reading.carrier), carrier_code=reading.carrier,
        tracking_number=reading.tracking_number, shipped_at=_instant(reading.shipped, tz),
        delivered_at=delivered, signed_for=reading.signature is not None,
        signed_by=reading.signature.name if reading.signature else None,
        source=reading.source, certainty=reading.certainty,
        check_digit_valid=reading.check_digit_valid, summary=reading.summary(),
        shipped_time_printed=_has_time(reading.shipped),
        delivered_time_printed=_has_time(reading.delivered),
    )  # fmt: skip
