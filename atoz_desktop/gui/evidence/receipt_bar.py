"""What the selected evidence item says as a carrier receipt, under the strip, with Record
Shipment; and the question that confirms what will be recorded.

Plain widgets showing the core's frozen `ShipmentProposal`: the window's receipt actions
(evidence/receipt_actions.py) decide what to show and run the recording.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from atoz_desktop.core.services.evidence import EvidenceItem
from atoz_desktop.gui.common.formatting import format_date, format_datetime
from atoz_desktop.gui.common.widgets import value_label

if TYPE_CHECKING:  # the receipts service imports the reader (Pillow): not at start
    from atoz_desktop.core.services.receipts import RecordingPlan, ShipmentProposal


def when_text(value: datetime | None, time_printed: bool = True) -> str:
    """A receipt's date: with its time when it printed one (a date alone is kept at noon)."""
    if value is None:
        return ""
    return format_datetime(value) if time_printed else format_date(value)


class ReceiptBar(QFrame):
    """One line under the strip: "Read on the document: Colissimo 6A…, shipped 24/11/2026 —
    from the barcode (…)", a doubt when the number is not proved, and Record Shipment."""

    record_requested = Signal(object)  # ShipmentProposal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.reading_label = value_label()
        self.reading_label.setObjectName("receipt_reading")
        self.doubt_label = value_label()
        self.doubt_label.setObjectName("receipt_doubt")
        texts.addWidget(self.reading_label)
        texts.addWidget(self.doubt_label)
        layout.addLayout(texts, 1)
        self.record_button = QPushButton(self.tr("Record Shipment…"))
        self.record_button.setObjectName("record_shipment")
        self.record_button.setToolTip(
            self.tr("Record this shipment on the claim's order and its timeline (Ctrl+Z undoes it)")
        )
        self.record_button.clicked.connect(self._record)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.proposal: ShipmentProposal | None = None
        self.offered = False  # Record Shipment is offered for the item shown
        self.hide()

    def show_reading(self, item: EvidenceItem | None, proposal: ShipmentProposal | None,
                     pending: bool, recorded: bool = False) -> None:  # fmt: skip
        """Show what `item` says (its proposal, `recorded` already), that it is being read,
        or nothing."""
        self.proposal = proposal
        self.offered = False
        if item is None or (proposal is None and not pending):
            self.hide()
            return
        if proposal is None:
            self.reading_label.setText(
                self.tr("Reading “{file}” as a carrier receipt…").format(file=item.file_name)
            )
            self.doubt_label.hide()
            self.record_button.hide()
            self.show()
            return
        self.reading_label.setText(
            self.tr("Read on “{file}”: {summary}").format(
                file=item.file_name, summary=proposal.summary
            )
        )
        self.doubt_label.setVisible(recorded or not proposal.certain)
        if recorded:
            self.doubt_label.setText(
                "✔ " + self.tr("Recorded: the order's shipment and the timeline show it.")
            )
        else:
            self.doubt_label.setText(
                "⚠ "
                + self.tr(
                    "The number is not proved by a check digit: compare it with the document "
                    "before recording it."
                )
            )
        dated = proposal.shipped_at is not None or proposal.delivered_at is not None
        self.record_button.setVisible(not recorded)
        self.record_button.setEnabled(dated)
        self.offered = dated and not recorded
        if not dated:
            self.record_button.setToolTip(
                self.tr("No date was read: add the shipment with Add Event… instead")
            )
        self.show()

    def _record(self) -> None:
        if self.proposal is not None:
            self.record_requested.emit(self.proposal)


class RecordQuestion(QMessageBox):
    """"Record this shipment on order …?" with what will be written; non-modal (`open()`)."""

    def __init__(
        self,
        proposal: ShipmentProposal,
        order_id: str,
        parent: QWidget,
        plan: RecordingPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Record Shipment"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        question = self.tr("Record this shipment on order {order}?").format(order=order_id)
        lines = [
            self.tr("Carrier: {carrier}").format(carrier=proposal.carrier or self.tr("not named")),
            self.tr("Tracking number: {number}").format(number=proposal.tracking_number),
        ]
        if proposal.shipped_at is not None:
            shipped = when_text(proposal.shipped_at, proposal.shipped_time_printed)
            lines.append(self.tr("Shipped: {when}").format(when=shipped))
        if proposal.delivered_at is not None:
            lines.append(
                self.tr("Delivered: {when}").format(
                    when=when_text(proposal.delivered_at, proposal.delivered_time_printed)
                )
            )
        if proposal.signed_for:
            lines.append(
                self.tr("Signed for by {name}").format(name=proposal.signed_by)
                if proposal.signed_by
                else self.tr("Signed for")
            )
        lines.append("")
        if plan is not None:
            lines.append(self._plan_text(plan))
        lines.append(
            self.tr("Each timeline entry names “{file}” as its proof.").format(
                file=proposal.file_name
            )
        )
        if not proposal.certain:
            lines.append(
                self.tr("The number is not proved by a check digit: check it on the document.")
            )
        # One plain text: a file name is never markup (QMessageBox guesses the informative one).
        self.setText(question + "\n\n" + "\n".join(lines))
        self.record_button = self.addButton(
            self.tr("Record Shipment"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.record_button)

    def _plan_text(self, plan: RecordingPlan) -> str:
        """What happens to the order's shipments (core.services.receipts.recording_plan)."""
        shipment = plan.shipment
        if plan.outcome == "fill" and shipment is not None:
            if shipment.carrier:
                return self.tr(
                    "The order's shipment by {carrier} has no tracking number yet: this number "
                    "and the dates it lacks are written into it (no second shipment)."
                ).format(carrier=shipment.carrier)
            return self.tr(
                "The order's shipment has no tracking number yet: this number, the carrier and "
                "the dates it lacks are written into it (no second shipment)."
            )
        if plan.outcome == "complete":
            return self.tr(
                "The order already has this shipment: only the dates it lacks are filled in."
            )
        if plan.outcome == "other" and shipment is not None:
            return self.tr(
                "The order already has a shipment with tracking number {number}: nothing will "
                "be changed."
            ).format(number=shipment.tracking_number)
        if plan.outcome == "timeline":
            return self.tr("The order is not imported: only the timeline entries are added.")
        return self.tr("A new shipment is added to the order.")
