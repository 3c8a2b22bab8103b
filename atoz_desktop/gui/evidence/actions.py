"""The evidence actions of the main window: drops, File › Add Evidence…, paste, the strip's
commands (open, kind, hash, save, system viewer, remove with undo) and claim e-mails dropped on
the Claims list.

Adding runs on a worker (evidence/worker.py) with a progress bar and Cancel in the status bar;
changes go through the claim undo stack, so Ctrl+Z undoes a removal or a change of kind.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from atoz_desktop.core.evidence.names import copy_name
from atoz_desktop.core.services.blobs import collect_orphan_blobs
from atoz_desktop.core.services.evidence import (
    EvidenceError,
    EvidenceItem,
    Refused,
    add_evidence_bytes,
    evidence_bytes,
    limit_bytes,
    list_evidence,
)
from atoz_desktop.core.services.intake import looks_like_mail
from atoz_desktop.gui.claims.undo_commands import ChangeEvidenceKind, RemoveEvidence
from atoz_desktop.gui.common.formatting import display_zone
from atoz_desktop.gui.common.ops import Change, Failed
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.status_progress import StatusProgress
from atoz_desktop.gui.evidence.other_order import HeldMailQuestion
from atoz_desktop.gui.evidence.thumbnails import ThumbnailLoader, default_cache_dir
from atoz_desktop.gui.evidence.worker import DropResult, EvidenceRunner

if TYPE_CHECKING:  # the dialogs: imported when first opened, not with the window
    from atoz_desktop.gui.evidence.dialogs import EvidenceSettingsDialog, HashDialog, RefusalsDialog
    from atoz_desktop.gui.evidence.preview import PreviewDialog
    from atoz_desktop.gui.main_window import MainWindow

EVIDENCE_FILTER = (
    "*.pdf *.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.gif *.txt *.eml *.msg"
)


log = logging.getLogger(__name__)


class EvidenceActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        workspace = window.workspace
        self.runner = EvidenceRunner(workspace, self, window.ops.lane)
        self.loader = ThumbnailLoader(workspace, default_cache_dir(), self)
        self.dialog: Any = None  # the last dialog opened, for tests
        self.refusals_dialog: RefusalsDialog | None = None
        self.last_result: DropResult | None = None
        self._strip_claim: int | None = None
        #: Mails the seller chose to attach although they name another order, waiting for
        #: the drop under way to end: (claim, paths).
        self._held_to_attach: tuple[int, list[str]] | None = None
        self.held_question: Any = None  # the last such question, for tests

        pane = window.claim_pane
        self.strip = pane.evidence
        self.strip.evidence.set_loader(self.loader)

        self.add_action = QAction(icon("add-evidence"), self.tr("Add &Evidence…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.setStatusTip(
            self.tr("Add receipts, photos, PDFs or e-mails to the claim shown")
        )
        self.add_action.triggered.connect(self.add_files)
        self.paste_action = QAction(self.tr("&Paste Screenshot"), self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setStatusTip(
            self.tr("Add the image in the clipboard to the claim as a tracking screenshot")
        )
        self.paste_action.triggered.connect(self.paste)
        self.settings_action = QAction(self.tr("&Evidence and Messages…"), self)
        self.settings_action.triggered.connect(self.edit_settings)

        pane.files_dropped.connect(self.add_paths)
        pane.add_evidence_requested.connect(self.add_files)
        pane.claim_shown.connect(self.show_claim_evidence)
        self.strip.open_requested.connect(self.preview)
        self.strip.remove_requested.connect(self.remove)
        self.strip.kind_requested.connect(self.change_kind)
        self.strip.hash_requested.connect(self.show_hash)
        self.strip.save_requested.connect(self.save_copy)
        self.strip.system_view_requested.connect(self.open_externally)
        window.claims_view.set_accepts_files(True)
        window.claims_view.files_dropped.connect(self.claim_mail_dropped)
        window.sidebar.files_dropped.connect(self.claim_mail_dropped)

        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.stored.connect(self._on_stored)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.finished.connect(self._on_finished)
        self.progress = StatusProgress(window, self.runner.cancel, "cancel_evidence")
        from atoz_desktop.gui.evidence.receipt_actions import ReceiptActions

        # Receipts read in the background and Record Shipment (after the strip's wiring).
        self.receipts = ReceiptActions(window, self)

    def fill_menus(
        self, file_menu: QMenu, edit_menu: QMenu, settings_menu: QMenu, find_action: QAction
    ) -> None:
        """File: after the import entries; Edit: before Find; Settings: at the end."""
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        file_menu.insertAction(separators[0] if separators else None, self.add_action)
        file_menu.insertAction(separators[0] if separators else None, self.receipts.record_action)
        file_menu.insertSeparator(self.add_action)
        edit_menu.insertAction(find_action, self.paste_action)
        settings_menu.addAction(self.settings_action)

    def update_enabled(self) -> None:
        shown = self.window.shown_claim() is not None
        self.add_action.setEnabled(shown)
        self.paste_action.setEnabled(shown)

    def _status(self, text: str, msecs: int = 8000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()
        return dialog

    # The strip ------------------------------------------------------------------------------

    def show_claim_evidence(self, claim_pk: int) -> None:
        """Reload the strip for `claim_pk` (after any change), keeping the selected item."""
        if claim_pk != self._strip_claim:
            self.loader.forget_queued()  # another claim's thumbnails can wait
        current = self.strip.current_item()
        items = list_evidence(self.window.workspace, claim_pk)
        self.strip.evidence.set_items(items)
        if current is not None and claim_pk == self._strip_claim:
            self.strip.select_pk(current.pk)
        self._strip_claim = claim_pk
        self.window.claim_pane.set_evidence_count(len(items))
        counts = Counter(i.event_pk for i in items if i.event_pk is not None)
        self.window.claim_pane.timeline.timeline.set_attachment_counts(dict(counts))

    # Adding ---------------------------------------------------------------------------------

    def add_paths(self, paths: Sequence[str], event_pk: int | None = None) -> bool:
        """Add dropped files or folders to the shown claim (to one of its events)."""
        claim = self.window.shown_claim()
        if claim is None:
            self._status(self.tr("Select a claim first, then drop its evidence on it."))
            return False
        if self.runner.running:
            self._status(self.tr("Files are still being added; wait for them or cancel."), 5000)
            return False
        # A mail about another order is held back by the intake, and asked about after.
        return self.runner.start(claim.pk, list(paths), event_pk=event_pk, hold_other_orders=True)

    def ask_evidence_files(self) -> list[str]:
        """The files the user picks (tests replace this method)."""
        start = str(self.window.settings.value("evidence/last_dir", str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Add Evidence"),
            start,
            self.tr("Evidence ({patterns});;All files (*)").format(patterns=EVIDENCE_FILTER),
        )
        if paths:
            self.window.settings.setValue("evidence/last_dir", str(Path(paths[0]).parent))
        return list(paths)

    def add_files(self) -> bool:
        if self.window.shown_claim() is None:
            self._status(self.tr("Select a claim first."))
            return False
        paths = self.ask_evidence_files()
        return self.add_paths(paths) if paths else False

    def cancel(self) -> None:
        self.progress.cancel()

    def _on_started(self, count: int) -> None:
        self.add_action.setEnabled(False)
        self.progress.start(self.tr("Adding evidence…"))
        self.window.statusBar().clearMessage()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            text = self.tr("Adding evidence: {done} of {total}…").format(done=done, total=total)
            self.progress.update(done, total, text)

    def _on_stored(self) -> None:
        claim = self.window.shown_claim()
        if claim is not None and claim.pk == self.runner.claim_pk:
            self.show_claim_evidence(claim.pk)

    def _on_finished(self) -> None:
        self.update_enabled()
        self.progress.finish()
        if self._held_to_attach is not None:
            claim_pk, paths = self._held_to_attach
            self._held_to_attach = None
            self.runner.start(claim_pk, paths)

    def summary_message(self, result: DropResult) -> str:
        files, messages = result.files, result.messages
        added = len(files.added) + sum(len(m.attachments.added) for m in messages.added)
        duplicates = (
            len(files.duplicates)
            + len(messages.duplicates)
            + sum(len(m.attachments.duplicates) for m in messages.added)
        )
        refused = len(self.refusals(result))
        parts = [self.tr("Added %n file(s)", "", added)]
        if messages.added:
            parts.append(self.tr("%n e-mail(s) on the timeline", "", len(messages.added)))
        if duplicates:
            parts.append(self.tr("%n already there", "", duplicates))
        if refused:
            parts.append(self.tr("%n refused", "", refused))
        text = ", ".join(parts)
        if result.cancelled:
            text = self.tr("Cancelled: {summary}").format(summary=text)
        return text

    @staticmethod
    def refusals(result: DropResult) -> list[Refused]:
        return result.refusals()

    def _on_succeeded(self, result: DropResult) -> None:
        self.last_result = result
        message = self.summary_message(result)
        self.window.statusBar().showMessage(message)
        self.window.ops.changed(Change.CLAIMS | Change.EVIDENCE)
        refused = self.refusals(result)
        if refused:
            self.show_refusals(message, refused)
        if result.held:
            self.ask_about_held(result)

    def ask_about_held(self, result: DropResult) -> HeldMailQuestion:
        """Ask whether to attach the mails held back because they name another order."""
        box = HeldMailQuestion(self.window, result.held)
        paths = [h.file for h in result.held]
        box.buttonClicked.connect(
            lambda button, pk=result.claim_pk: self._held_answered(
                pk, paths, button is box.attach_button
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.held_question = box
        box.open()
        return box

    def _held_answered(self, claim_pk: int, paths: list[str], attach: bool) -> None:
        if not attach:
            self._status(
                self.tr("The %n e-mail(s) about other orders were not attached.", "", len(paths))
            )
            return
        if self.runner.running:
            self._held_to_attach = (claim_pk, paths)  # once the drop under way ends
        else:
            self.runner.start(claim_pk, paths)

    def show_refusals(self, message: str, refused: Sequence[Refused]) -> RefusalsDialog:
        from atoz_desktop.gui.evidence.dialogs import RefusalsDialog

        if self.refusals_dialog is not None:
            self.refusals_dialog.close()
        dialog = RefusalsDialog(
            self.tr("{summary}. These files were not added:").format(summary=message),
            refused,
            self.window,
        )
        dialog.destroyed.connect(self._forget_refusals)
        self.refusals_dialog = dialog
        dialog.show()
        return dialog

    def _forget_refusals(self, *_args: Any) -> None:
        self.refusals_dialog = None

    def _on_failed(self, message: str) -> None:
        self._status(self.tr("Adding the files failed: {error}").format(error=message), 15000)
        self.window.ops.changed(Change.CLAIMS | Change.EVIDENCE)  # what went in before it

    # Paste ----------------------------------------------------------------------------------

    def paste(self) -> bool:
        """Add the clipboard's image to the shown claim as a tracking screenshot."""
        claim = self.window.shown_claim()
        if claim is None:
            self._status(self.tr("Select a claim first, then paste the screenshot."))
            return False
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._status(self.tr("The clipboard holds no image to paste."))
            return False
        data = self.png_bytes(image)
        when = self.window.now().astimezone(display_zone()).strftime("%Y-%m-%d %H.%M.%S")
        name = self.tr("Screenshot {date}.png").format(date=when)
        result = self.window.ops.attempt(
            add_evidence_bytes,
            self.window.workspace,
            claim.pk,
            data,
            name,
            kind="tracking-screenshot",
        )
        if isinstance(result, Failed):  # the ops runner said why
            return False
        if result.refused:
            self._status(
                self.tr("The pasted image was not added: {reason}").format(
                    reason=result.refused[0].reason
                )
            )
            return False
        if result.duplicates:
            self._status(self.tr("This screenshot is already on the claim."))
            return False
        self._status(self.tr("Added the screenshot “{name}”.").format(name=name))
        self.window.ops.changed(Change.CLAIMS | Change.EVIDENCE)
        return True

    @staticmethod
    def png_bytes(image: QImage) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes
        return bytes(buffer.data().data())

    # One item -------------------------------------------------------------------------------

    def _bytes(self, item: EvidenceItem) -> bytes | None:
        try:
            return evidence_bytes(self.window.workspace, item.pk)
        except EvidenceError as exc:
            self._status(str(exc))
            return None

    def preview(self, item: EvidenceItem) -> PreviewDialog | None:
        data = self._bytes(item)
        if data is None:
            return None
        from atoz_desktop.gui.evidence.preview import PreviewDialog

        return self._open(PreviewDialog(item, data, self.window))

    def open_externally(self, item: EvidenceItem) -> bool:
        data = self._bytes(item)
        if data is None:
            return False
        from atoz_desktop.gui.evidence.preview import open_in_system_viewer

        if not open_in_system_viewer(item, data):
            self._status(self.tr("No program is set to open “{file}”.").format(file=item.file_name))
            return False
        return True

    def show_hash(self, item: EvidenceItem) -> HashDialog:
        from atoz_desktop.gui.evidence.dialogs import HashDialog

        return self._open(HashDialog(item, self.window))

    def ask_save_path(self, item: EvidenceItem) -> str:
        """Where to save a copy (tests replace this method)."""
        start = str(self.window.settings.value("evidence/save_dir", str(Path.home())))
        name = copy_name(item.file_name, item.mime)  # a bare name: never a path out of `start`
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a Copy"), str(Path(start) / name)
        )
        if path:
            self.window.settings.setValue("evidence/save_dir", str(Path(path).parent))
        return path

    def save_copy(self, item: EvidenceItem) -> bool:
        path = self.ask_save_path(item)
        data = self._bytes(item) if path else None
        if not path or data is None:
            return False
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            self._status(
                self.tr("Could not save {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return False
        self._status(self.tr("Saved a copy as {path}.").format(path=path))
        return True

    def remove(self, item: EvidenceItem) -> bool:
        done = self.window.claim_actions.undo.run(RemoveEvidence(self.window.workspace, item))
        if done:
            self._status(
                self.tr("Removed “{file}”. Edit › Undo (Ctrl+Z) puts it back.").format(
                    file=item.file_name
                )
            )
        return done

    def change_kind(self, item: EvidenceItem, kind: str) -> bool:
        if kind == item.kind:
            return False
        return self.window.claim_actions.undo.run(
            ChangeEvidenceKind(self.window.workspace, item, kind)
        )

    # Claim e-mails on the Claims list -------------------------------------------------------

    def claim_mail_dropped(self, paths: Sequence[str]) -> Any:
        """Open New claim prefilled from Amazon's claim notification e-mail."""
        mails = [p for p in paths if looks_like_mail(p)]
        if not mails:
            self._status(
                self.tr(
                    "Drop Amazon's claim notification e-mail (.eml or .msg) here to open the "
                    "claim; add other files on the claim itself."
                )
            )
            return None
        # The mail readers (Python's email package, 50 ms) are not imported at the window's
        # start; app.warm_up loads them after the first frame.
        from atoz_desktop.core.evidence.mail import parse_claim_notification

        for path in mails:
            notice = parse_claim_notification(path, limit_bytes(self.window.workspace))
            if notice is None:
                continue
            dialog = self.window.claim_actions.new_claim(notice.order_id)
            dialog.prefill(
                order_id=notice.order_id, channel=notice.channel, amount=notice.amount,
                currency=notice.currency, filed=notice.filed_at,
            )  # fmt: skip
            self._status(
                self.tr("New claim filled in from “{subject}”: check it and choose the reason.")
                .format(subject=notice.subject)
            )  # fmt: skip
            return dialog
        self._status(
            self.tr("“{file}” is not an Amazon A-to-z claim notification.").format(
                file=Path(mails[0]).name
            )
        )
        return None

    # Settings and closing -------------------------------------------------------------------

    def edit_settings(self) -> EvidenceSettingsDialog:
        from atoz_desktop.gui.evidence.dialogs import EvidenceSettingsDialog

        dialog = EvidenceSettingsDialog(self.window.workspace, self.window.ops, self.window)
        dialog.saved.connect(
            lambda: self._status(self.tr("Evidence and message settings saved."), 5000)
        )
        dialog.saved.connect(lambda: self.window.ops.changed(Change.SETTINGS))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def shut_down(self) -> None:
        """Closing: stop the workers, then drop contents only the undo history still held."""
        self.runner.cancel()
        self.runner.wait()
        self.receipts.shut_down()
        self.loader.wait()
        try:
            collect_orphan_blobs(self.window.workspace)
        except Exception:  # never keep the window from closing; but say so in the log
            log.exception("Cleaning unused evidence contents on close failed")
