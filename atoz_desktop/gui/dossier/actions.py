"""The dossier actions of the main window: Claims › Export Response Dossier… (Ctrl+Shift+E),
Export Appeal Dossier… (once a claim is decided against the seller), Print Dossier… (Ctrl+P),
Export Dossiers of Due Claims…, and Settings › Seller….

Each dossier opens in its own non-modal dialog (gui/dossier/dialog.py), built in the background;
the morning batch runs on a worker with its progress and Cancel in the status bar. Whatever is
saved or printed is recorded on the claim's timeline, and the window refreshes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from atoz_desktop.core.dossier.content import APPEALABLE_STATUSES, DossierKind
from atoz_desktop.core.rules.deadlines import SOON
from atoz_desktop.gui.common.formatting import ui_lang
from atoz_desktop.gui.common.ops import Change
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.status_progress import StatusProgress
from atoz_desktop.gui.dossier.runner import DossierRunner

if TYPE_CHECKING:
    from atoz_desktop.core.services.dossiers import Export
    from atoz_desktop.gui.dossier.dialog import DossierDialog
    from atoz_desktop.gui.dossier.seller_dialog import SellerDialog
    from atoz_desktop.gui.main_window import MainWindow


class DossierActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None  # the last dialog opened, for tests
        self.batch = DossierRunner(window.workspace, self, window.ops.lane)
        self.last_exports: list[Export] = []
        self._folder = Path.home()

        self.response_action = QAction(icon("dossier"), self.tr("Export &Response Dossier…"), self)
        self.response_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.response_action.setStatusTip(
            self.tr("The PDF dossier and the text for Amazon's answer box, for the claim shown")
        )
        self.response_action.triggered.connect(self.export_response)
        self.appeal_action = QAction(self.tr("Export A&ppeal Dossier…"), self)
        self.appeal_action.setStatusTip(
            self.tr("Acknowledge the decision, show the conversation, say why it is unfair")
        )
        self.appeal_action.triggered.connect(self.export_appeal)
        self.print_action = QAction(icon("print"), self.tr("&Print Dossier…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_dossier)
        self.due_action = QAction(self.tr("Export Dossiers of &Due Claims…"), self)
        self.due_action.setStatusTip(
            self.tr("One response dossier per claim due within 24 hours or overdue, into a folder")
        )
        self.due_action.triggered.connect(self.export_due)
        self.seller_action = QAction(self.tr("&Seller…"), self)
        self.seller_action.setStatusTip(
            self.tr("Your name, store, address and logo for the dossiers")
        )
        self.seller_action.triggered.connect(self.edit_seller)

        window.claim_pane.dossier_requested.connect(self.export_response)
        self.batch.started.connect(self._on_batch_started)
        self.batch.progress.connect(self._on_batch_progress)
        self.batch.succeeded.connect(self._on_batch_done)
        self.batch.cancelled.connect(self._on_batch_cancelled)
        self.batch.failed.connect(self._on_batch_failed)
        self.batch.finished.connect(self._on_batch_finished)
        self.progress = StatusProgress(window, self.batch.cancel, "cancel_dossiers")

    def fill_menus(self, claims_menu: QMenu, settings_menu: QMenu) -> None:
        claims_menu.addSeparator()
        for action in (self.response_action, self.appeal_action, self.print_action):
            claims_menu.addAction(action)
        claims_menu.addSeparator()
        claims_menu.addAction(self.due_action)
        first = settings_menu.actions()[0] if settings_menu.actions() else None
        settings_menu.insertAction(first, self.seller_action)

    def update_enabled(self) -> None:
        claim = self.window.shown_claim()
        for action in (self.response_action, self.print_action):
            action.setEnabled(claim is not None)
        appealable = (
            claim is not None
            and claim.decided_at is not None
            and (claim.status in APPEALABLE_STATUSES)
        )
        self.appeal_action.setEnabled(appealable)
        self.due_action.setEnabled(not self.batch.running)

    def _status(self, text: str, msecs: int = 10000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()
        return dialog

    # One claim ------------------------------------------------------------------------------

    def _dossier(self, kind: DossierKind, print_when_ready: bool = False) -> DossierDialog | None:
        claim = self.window.shown_claim()
        if claim is None:
            self._status(self.tr("Select a claim first."))
            return None
        # Imported here, not at start: the dialog brings the PDF pipeline (ReportLab, pypdf,
        # QtPdf), which app.warm_up loads after the first frame.
        from atoz_desktop.gui.dossier.dialog import DossierDialog

        dialog = DossierDialog(
            self.window.workspace,
            claim,
            kind,
            self.window.settings,
            now=self.window.now,
            parent=self.window,
            print_when_ready=print_when_ready,
            ops=self.window.ops,
        )
        dialog.recorded.connect(lambda: self.window.ops.changed(Change.CLAIMS))
        return self._open(dialog)

    def export_response(self) -> DossierDialog | None:
        return self._dossier("response")

    def export_appeal(self) -> DossierDialog | None:
        if not self.appeal_action.isEnabled():
            self._status(self.tr("An appeal dossier is for a claim decided against you."))
            return None
        return self._dossier("appeal")

    def print_dossier(self) -> DossierDialog | None:
        """The dossier dialog, which opens the print dialog as soon as the dossier is built."""
        claim = self.window.shown_claim()
        kind: DossierKind = "appeal" if self.appeal_action.isEnabled() else "response"
        return self._dossier(kind, print_when_ready=claim is not None)

    # The morning batch ----------------------------------------------------------------------

    def ask_folder(self) -> str:
        """The folder the seller picks (tests replace this method)."""
        start = str(self.window.settings.value("dossier/last_dir", str(Path.home())))
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export the Dossiers of Due Claims into"), start
        )
        if folder:
            self.window.settings.setValue("dossier/last_dir", folder)
        return folder

    def export_due(self) -> bool:
        from atoz_desktop.core.services.claims import claims_due

        if self.batch.running:
            self._status(self.tr("The dossiers are still being written; wait or cancel."))
            return False
        due = [
            c
            for c in claims_due(self.window.workspace, self.window.now(), SOON)
            if c.status == "action-required"
        ]
        if not due:
            self._status(self.tr("No claim is due within 24 hours: no dossier to write."))
            return False
        folder = self.ask_folder()
        if not folder:
            return False
        self._folder = Path(folder)
        return self.batch.export_due(Path(folder), SOON, ui_lang(), self.window.now())

    def _on_batch_started(self) -> None:
        self.due_action.setEnabled(False)
        self.progress.start(self.tr("Writing dossiers…"))

    def _on_batch_progress(self, done: int, total: int) -> None:
        if total > 0:
            text = self.tr("Writing dossiers: {done} of {total}…").format(done=done, total=total)
            self.progress.update(done, total, text)

    def _on_batch_done(self, exports: list[Export]) -> None:
        self.last_exports = list(exports)
        self.window.ops.changed(Change.CLAIMS)
        message = self.tr("Wrote %Ln dossier(s) into {folder}", "", len(exports)).format(
            folder=self._folder
        )
        self._status(message)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Dossiers of Due Claims"),
            message + ".",
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("\n".join(e.path.name for e in exports))
        open_button = box.addButton(self.tr("&Open Folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        self.dialog = box
        box.show()

    def _on_batch_cancelled(self) -> None:
        self._status(self.tr("Cancelled; the dossiers already written are kept."))

    def _on_batch_failed(self, message: str) -> None:
        self._status(self.tr("Writing the dossiers failed: {error}").format(error=message), 15000)

    def _on_batch_finished(self) -> None:
        self.progress.finish()
        self.update_enabled()

    # Settings -------------------------------------------------------------------------------

    def edit_seller(self) -> SellerDialog:
        from atoz_desktop.gui.dossier.seller_dialog import SellerDialog

        dialog = SellerDialog(
            self.window.workspace, self.window.settings, self.window.ops, parent=self.window
        )
        dialog.saved.connect(lambda: self._status(self.tr("Seller details saved.")))
        dialog.saved.connect(lambda: self.window.ops.changed(Change.SETTINGS))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def shut_down(self) -> None:
        """Closing the window: close the dossier dialogs (each stops its build) and stop the
        batch after the dossier it is writing."""
        dialogs = sys.modules.get("atoz_desktop.gui.dossier.dialog")
        for dialog in self.window.findChildren(dialogs.DossierDialog) if dialogs else ():
            dialog.close()
        self.batch.cancel()
        self.batch.wait()
