"""Carrier receipts on a claim: read a stored evidence item once and re-file it by what it says
(documents.py), propose the shipment it proves (proposals.py), and record that shipment — on
the claim's order, with the timeline's `shipped`, `delivered` and `signed-for` entries, each
linked to the item — in one unit of work that `undo_record` reverses (recording.py).

Reading takes up to a few seconds (receipts/reading.py): it runs outside any transaction, and
only its result is written. Recording decides everything inside its locked unit of work.
"""

from atoz_desktop.core.services.receipts.documents import (
    READABLE_TYPES,
    ReadDocument,
    keep_reading,
    kind_from_reading,
    read_document,
    read_evidence,
    stored_reading,
    unread_evidence,
)
from atoz_desktop.core.services.receipts.proposals import (
    TRACKING_KINDS,
    ReceiptServiceError,
    ShipmentProposal,
    propose,
)
from atoz_desktop.core.services.receipts.recording import (
    OtherShipment,
    RecordedShipment,
    RecordingPlan,
    ShipmentValues,
    already_recorded,
    record_receipt,
    recording_plan,
    undo_record,
)

__all__ = [
    "READABLE_TYPES", "TRACKING_KINDS", "OtherShipment", "ReadDocument", "ReceiptServiceError",
    "RecordedShipment", "RecordingPlan", "ShipmentProposal", "ShipmentValues",
    "already_recorded", "keep_reading", "kind_from_reading", "propose", "read_document",
    "read_evidence", "record_receipt", "recording_plan", "stored_reading", "undo_record",
    "unread_evidence",
]  # fmt: skip
