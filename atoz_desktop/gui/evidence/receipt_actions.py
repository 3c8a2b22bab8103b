"""Carrier receipts in the window: items read in the background after a drop (or when a claim
with unread items is shown), what the selected one says under the strip, and Record Shipment
through the claim undo stack, so Ctrl+Z takes it back.

Reading re-files a guessed kind and may show a new finding ("… shows Colissimo 6A…: record
it"): the window refreshes once a reading changed something, at most every half second.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from atoz_desktop.core.services.claims import RestoredClaim
from atoz_desktop.core.services.evidence import EvidenceItem
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.claims.undo_commands import WorkspaceCommand
from atoz_desktop.gui.common.ops import Change
from atoz_desktop.gui.common.widgets import plain_message_box
from atoz_desktop.gui.evidence.reading import ReceiptReader
from atoz_desktop.gui.evidence.receipt_bar import ReceiptBar, RecordQuestion

if TYPE_CHECKING:
    from atoz_desktop.core.services.receipts import RecordedShipment, ShipmentProposal
    from atoz_desktop.gui.evidence.actions import EvidenceActions
    from atoz_desktop.gui.evidence.worker import DropResult
    from atoz_desktop.gui.main_window import MainWindow


def service() -> ModuleType:
    """core.services.receipts, imported at first use: it imports the receipt reader (Pillow,
    pillow-heif), which the window does not need before a claim with evidence is shown."""
    from atoz_desktop.core.services import receipts

    return receipts


class RecordShipment(WorkspaceCommand):
    """Recording what a receipt proves; undo removes it (core.services.receipts)."""

    changes = Change.ORDERS | Change.CLAIMS | Change.EVIDENCE

    def __init__(self, workspace: Workspace, proposal: ShipmentProposal) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Record shipment {number}").format(
                number=proposal.tracking_number
            ),
        )
        self.proposal = proposal
        self.recorded: RecordedShipment | None = None
        self.refused: Exception | None = None

    def apply(self) -> None:
        try:
            recorded = service().record_receipt(self.workspace, self.proposal)
        except service().OtherShipment as exc:
            self.refused = exc
            raise
        if not recorded.changed:  # nothing to undo: not worth a place on the stack
            raise service().ReceiptServiceError(recorded.describe())
        self.recorded = recorded

    def revert(self) -> None:
        if self.recorded is not None:
            service().undo_record(self.workspace, self.recorded)

    def renumber(self, restored: RestoredClaim) -> None:
        ids = (restored.claim_ids, restored.event_ids, restored.evidence_ids)
        if self.recorded is not None:
            self.recorded = self.recorded.renumbered(*ids)
            self.proposal = self.recorded.proposal
        else:
            p = self.proposal
            self.proposal = replace(
                p, claim_pk=restored.claim_ids.get(p.claim_pk, p.claim_pk),
                evidence_pk=restored.evidence_ids.get(p.evidence_pk, p.evidence_pk),
            )  # fmt: skip


class ReceiptActions(QObject):
    """Owns the background reader and the bar under the strip."""

    #: The window refreshes at most this often while readings come in (ms).
    REFRESH_MS = 500

    def __init__(self, window: MainWindow, evidence: EvidenceActions) -> None:
        super().__init__(window)
        self.window, self.evidence = window, evidence
        self.reader = ReceiptReader(
            window.workspace,
            keep=lambda document: window.ops.attempt(
                service().keep_reading, window.workspace, document
            ),
            busy=lambda: evidence.runner.running or evidence.loader.busy(),
            parent=self,
        )
        self.question: RecordQuestion | None = None  # the last one asked, for tests
        self.message: QMessageBox | None = None  # the last refusal shown, for tests
        self._claim: int | None = None
        self._select: int | None = None  # an item that turned out to be a receipt
        self.strip = evidence.strip
        self.bar = ReceiptBar()
        box_layout = window.claim_pane.evidence_box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.addWidget(self.bar)
        self.strip.record_requested.connect(self._record_item)
        self.strip.can_record = self._can_record
        self.bar.record_requested.connect(self.ask_to_record)
        self.record_action = QAction(self.tr("Record S&hipment from Document…"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.record_action.setStatusTip(
            self.tr("Record the shipment the selected carrier receipt shows on the claim's order")
        )
        self.record_action.setEnabled(False)
        self.record_action.triggered.connect(self._record_current)
        self.strip.selectionModel().currentChanged.connect(self._current_changed)
        self.strip.evidence.modelReset.connect(self.update_bar)
        evidence.runner.succeeded.connect(self._on_drop)
        # After the strip reloads for the claim (EvidenceActions connected first).
        window.claim_pane.claim_shown.connect(self._on_claim_shown)
        self.reader.read.connect(self._on_read)
        self.reader.unrecognised.connect(self._say_unrecognised)
        self.said_unrecognised = False  # said once a window: not at every photo
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(self.REFRESH_MS)
        self._refresh.timeout.connect(
            lambda: self.window.ops.changed(Change.CLAIMS | Change.EVIDENCE)
        )

    def refresh_pending(self) -> bool:
        """Whether a reading's refresh of the claim is still to come (REFRESH_MS after it)."""
        return self._refresh.isActive()

    # Reading --------------------------------------------------------------------------------

    def _on_claim_shown(self, claim_pk: int) -> None:
        if claim_pk != self._claim:
            self.reader.forget_queued(keep_claim=claim_pk)
        self._claim = claim_pk
        self.reader.queue(claim_pk, service().unread_evidence(self.window.workspace, claim_pk))
        if self._select is not None and self.strip.current_item() is None:
            self.strip.select_pk(self._select)
        self._select = None
        self.update_bar()

    def _on_drop(self, result: DropResult) -> None:
        pks = service().unread_evidence(self.window.workspace, result.claim_pk)
        self.reader.queue(result.claim_pk, pks)

    def _on_read(self, pk: int, claim_pk: int, found: bool) -> None:
        if claim_pk != self._claim:
            return
        item = self.strip.current_item()
        if found:
            if item is None:
                self._select = pk
            self._refresh.start()  # its kind, and the findings, may have changed
        if item is not None and item.pk == pk:
            self.update_bar()

    def _say_unrecognised(self) -> None:
        if self.said_unrecognised:
            return
        self.said_unrecognised = True
        self.window.statusBar().showMessage(
            self.tr(
                "Text recognition (Tesseract) is not installed: photos and scans are read from "
                "their barcodes only."
            ),
            15000,
        )

    # The bar --------------------------------------------------------------------------------

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.update_bar()

    def proposal_of(self, item: EvidenceItem) -> ShipmentProposal | None:
        try:
            return service().propose(self.window.workspace, item.pk)
        except service().ReceiptServiceError:
            return None
        except Exception:  # removed meanwhile (EvidenceError): nothing to show
            return None

    def update_bar(self) -> None:
        item = self.strip.current_item()
        proposal = self.proposal_of(item) if item is not None else None
        pending = item is not None and self.reader.pending(item.pk)
        recorded = proposal is not None and service().already_recorded(
            self.window.workspace, proposal
        )
        self.bar.show_reading(item, proposal, pending, recorded)
        self.record_action.setEnabled(self.bar.offered)

    def _record_current(self) -> None:
        if self.bar.proposal is not None and self.record_action.isEnabled():
            self.ask_to_record(self.bar.proposal)

    def _can_record(self, item: EvidenceItem) -> bool:
        return self.proposal_of(item) is not None

    def _record_item(self, item: EvidenceItem) -> None:
        proposal = self.proposal_of(item)
        if proposal is not None:
            self.ask_to_record(proposal)

    # Recording ------------------------------------------------------------------------------

    def ask_to_record(self, proposal: ShipmentProposal) -> RecordQuestion:
        claim = self.window.shown_claim()
        order = claim.order_id if claim is not None else ""
        plan = service().recording_plan(self.window.workspace, proposal)
        box = RecordQuestion(proposal, order, self.window, plan)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.record(proposal) if button is box.record_button else None
        )
        self.question = box
        box.open()
        return box

    def record(self, proposal: ShipmentProposal) -> bool:
        """Record it through the undo stack; another number already recorded is said in a
        message box, anything else refused in the status bar."""
        command = RecordShipment(self.window.workspace, proposal)
        if not self.window.claim_actions.undo.run(command):
            if isinstance(command.refused, service().OtherShipment):
                self.show_refusal(str(command.refused))
            return False
        assert command.recorded is not None
        self.window.statusBar().showMessage(
            self.tr("{done} Edit › Undo (Ctrl+Z) takes it back.").format(
                done=command.recorded.describe()
            ),
            10000,
        )
        return True

    def show_refusal(self, text: str) -> QMessageBox:
        box = plain_message_box(
            QMessageBox.Icon.Information, self.tr("Shipment Not Recorded"), text, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
        return box

    def shut_down(self) -> None:
        self._refresh.stop()
        self.reader.wait()


__all__: list[Any] = ["ReceiptActions", "RecordShipment"]
