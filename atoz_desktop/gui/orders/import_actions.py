"""The order-import actions of the main window: File › Import Orders… and Skip Bad Rows,
reports dropped on the Orders list, the progress bar and Cancel in the status bar, and what the
window says afterwards (the summary, remarks, the rows refused or skipped).

The import runs on a worker (orders/import_worker.py), on the window's writer lane; once it has
stored orders the ops runner announces `workspace_changed(ORDERS | CLAIMS)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from atoz_desktop.gui.common.ops import Change
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.status_progress import StatusProgress
from atoz_desktop.gui.orders.import_worker import ImportRunner

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow
    from atoz_desktop.gui.orders.import_problems_dialog import ProblemsDialog


class ImportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.importer = ImportRunner(window.workspace, self, window.ops.lane)
        self.problems_dialog: ProblemsDialog | None = None

        self.import_action = QAction(icon("import"), self.tr("&Import Orders…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Import Amazon order reports (All Orders, Unshipped, FBA Shipments)")
        )
        self.import_action.triggered.connect(self.import_orders)
        self.skip_bad_action = QAction(self.tr("&Skip Bad Rows on Import"), self)
        self.skip_bad_action.setCheckable(True)
        self.skip_bad_action.setStatusTip(
            self.tr(
                "Import the good rows of a report and list the bad ones, instead of refusing it"
            )
        )
        self.skip_bad_action.setChecked(self._bool_setting("import/skip_bad", False))
        self.skip_bad_action.toggled.connect(
            lambda on: self.window.settings.setValue("import/skip_bad", on)
        )

        window.orders_view.files_dropped.connect(self.start_import)
        self.importer.started.connect(self._on_import_started)
        self.importer.progress.connect(self._on_import_progress)
        self.importer.succeeded.connect(self._on_import_succeeded)
        self.importer.rejected.connect(self._on_import_rejected)
        self.importer.cancelled.connect(self._on_import_cancelled)
        self.importer.failed.connect(self._on_import_failed)
        self.importer.finished.connect(self._on_import_finished)
        self.progress = StatusProgress(window, self.importer.cancel, "cancel_import")

    def fill_menus(self, file_menu: QMenu) -> None:
        """File: the import entries come first."""
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.skip_bad_action)

    def _bool_setting(self, key: str, default: bool) -> bool:
        value = self.window.settings.value(key, default)
        return value in (True, "true", "1", 1)

    def shut_down(self) -> None:
        """Closing: cancel a running import and wait for its thread."""
        if self.importer.running:
            self.importer.cancel()
            self.importer.wait()

    # Import ---------------------------------------------------------------------------------

    def ask_import_files(self) -> list[str]:
        """The report files the user picks (tests replace this method)."""
        start = str(self.window.settings.value("import/last_dir", str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import Amazon Order Reports"),
            start,
            self.tr("Amazon reports (*.txt *.tsv *.csv);;All files (*)"),
        )
        if paths:
            self.window.settings.setValue("import/last_dir", str(Path(paths[0]).parent))
        return list(paths)

    def import_orders(self) -> None:
        paths = self.ask_import_files()
        if paths:
            self.start_import(paths)

    def start_import(self, paths: Sequence[str], skip_bad: bool | None = None) -> bool:
        if skip_bad is None:
            skip_bad = self.skip_bad_action.isChecked()
        if self.importer.running:
            self.window.statusBar().showMessage(
                self.tr("An import is already running; wait for it or cancel it."), 5000
            )
            return False
        if self.window.workspace.is_demo and not self.window.workspace_actions.import_into_demo(
            paths, skip_bad
        ):
            return False  # imported into the seller's own workspace instead, or cancelled
        return self.importer.start(list(paths), skip_bad=skip_bad)

    def cancel_import(self) -> None:
        self.progress.cancel()

    def _on_import_started(self, names: list[str]) -> None:
        self.import_action.setEnabled(False)
        self.progress.start(self.tr("Importing {files}…").format(files=", ".join(names)))
        self.window.statusBar().clearMessage()

    def _on_import_progress(self, done: int, total: int) -> None:
        self.progress.update(done, total)

    def _on_import_finished(self) -> None:
        self.import_action.setEnabled(True)
        self.progress.finish()

    def summary_message(self, summary: Any) -> str:
        text = self.tr("Imported %Ln order(s) ({updated}) from {files}", "", summary.orders).format(
            updated=self.tr("%Ln updated", "", summary.orders_updated),
            files=", ".join(summary.files),
        )
        if summary.skipped:
            text += self.tr("; %Ln bad row(s) skipped", "", len(summary.skipped))
        if summary.warnings:
            text += self.tr("; %Ln warning(s)", "", len(summary.warnings))
        return text

    def _on_import_succeeded(self, summary: Any) -> None:
        message = self.summary_message(summary)
        self.window.statusBar().showMessage(message)
        self.window.ops.changed(Change.ORDERS | Change.CLAIMS)
        if summary.skipped:
            self._show_problems(
                self.tr("Rows Skipped"),
                self.tr("{message}.\n\nThese rows were not imported:").format(message=message),
                summary.skipped,
            )
        elif summary.warnings:
            self.show_import_warnings(message, summary.warnings)

    def show_import_warnings(self, message: str, warnings: Sequence[str]) -> QMessageBox:
        """Say what was imported with a remark (order ids of another shape, a report with no
        orders): non-modal, so the seller can keep working."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Imported with Remarks"),
            self.tr("{message}.").format(message=message),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText("\n\n".join(warnings))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        self.import_warnings_box = box
        return box

    def _on_import_rejected(self, message: str, problems: list[Any]) -> None:
        self.window.statusBar().showMessage(self.tr("Nothing was imported."), 8000)
        if problems:
            files = sorted({p.file for p in problems})
            text = self.tr(
                "Nothing was imported: %Ln bad row(s) in {files}. Correct them in the file "
                "and import again, or import the other rows and skip these.",
                "",
                len(problems),
            ).format(files=", ".join(files))
        else:
            text = message
        paths = list(self.importer.paths)
        dialog = self._show_problems(self.tr("Import Refused"), text, problems, offer_skip=True)
        dialog.skip_bad_requested.connect(lambda: self.start_import(paths, skip_bad=True))

    def _on_import_cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 8000)

    def _on_import_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("The import failed."), 8000)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Import Failed"),
            self.tr(
                "The import stopped on an unexpected error; nothing was changed.\n\n{error}"
            ).format(error=message),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error may name a file: never HTML
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_problems(
        self, title: str, message: str, problems: Sequence[Any], offer_skip: bool = False
    ) -> ProblemsDialog:
        if self.problems_dialog is not None:
            self.problems_dialog.close()
        from atoz_desktop.gui.orders.import_problems_dialog import ProblemsDialog

        dialog = ProblemsDialog(title, message, problems, offer_skip=offer_skip, parent=self.window)
        dialog.destroyed.connect(self._forget_problems_dialog)
        self.problems_dialog = dialog
        dialog.show()
        return dialog

    def _forget_problems_dialog(self, *_args: Any) -> None:
        self.problems_dialog = None
