"""File › Back Up Workspace…, File › Restore…, Settings › Backups…, and the backup made when
the window closes. The work is the core's (services/backups.py), run off the GUI thread
(backup_worker.py) under a progress dialog; after a restore the switcher shows the restored
workspace in a fresh window."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from atoz_desktop.core.storage.backup_files import DEFAULT_KEEP
from atoz_desktop.core.storage.database import WorkspaceError
from atoz_desktop.core.storage.errors import WorkspaceBusy
from atoz_desktop.gui.common.formatting import format_datetime
from atoz_desktop.gui.workspace.backup_worker import BackupRunner

if TYPE_CHECKING:
    from atoz_desktop.core.services.backups import BackupResult, RestoreResult
    from atoz_desktop.core.storage.backup import BackupInfo
    from atoz_desktop.gui.main_window import MainWindow
    from atoz_desktop.gui.workspace.switcher import WorkspaceSwitcher

log = logging.getLogger(__name__)

KEEP_KEY = "backup/keep"
DIR_KEY = "backup/last_dir"
SUFFIX = ".sqlite3"


def keep_setting(settings: Any) -> int:
    """How many backups on close to keep (Settings › Backups…); 0: none made."""
    try:
        return max(0, int(settings.value(KEEP_KEY, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def _plain_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names are never read as HTML
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class _ProgressRelay(QObject):
    """Carries the backup's progress from the writer lane to the progress bar."""

    progress = Signal(int, int)


class BackupActions(QObject):
    def __init__(self, window: MainWindow, switcher: WorkspaceSwitcher) -> None:
        super().__init__(window)
        self.window = window
        self.switcher = switcher
        #: False when the window closes only to show the same workspace again (after a restore).
        self.back_up_when_closing = True
        # On the window's writer lane: a restore waits for an import or a drop under way.
        self.runner = BackupRunner(self, lane=window.ops.lane)
        self.runner.progress.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.finished.connect(self._on_finished)
        self.progress_dialog: QProgressDialog | None = None
        #: What the runner does now: "backup" or "restore".
        self._job = ""

        self.backup_action = QAction(self.tr("Back &Up Workspace…"), self)
        self.backup_action.setStatusTip(
            self.tr("Write the whole workspace, evidence included, into one checked file")
        )
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.restore_action.setStatusTip(
            self.tr("Replace this workspace by a backup file, after backing it up")
        )
        self.restore_action.triggered.connect(self.restore)
        self.settings_action = QAction(self.tr("&Backups…"), self)
        self.settings_action.triggered.connect(self.edit_settings)

    def fill_file_menu(self, file_menu: Any) -> None:
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()

    @property
    def keep(self) -> int:
        return keep_setting(self.window.settings)

    def _last_dir(self) -> str:
        return str(self.window.settings.value(DIR_KEY, str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        self.window.settings.setValue(DIR_KEY, str(Path(path).parent))

    # Back Up Workspace… ----------------------------------------------------------------------

    def default_name(self) -> str:
        stem = Path(self.window.workspace.display_name).stem or "workspace"
        day = datetime.now().strftime("%Y-%m-%d")
        return self.tr("{workspace} backup {date}").format(workspace=stem, date=day) + SUFFIX

    def ask_backup_path(self) -> str:
        """Where the user wants the backup, or "" (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back Up Workspace"),
            str(Path(self._last_dir()) / self.default_name()),
            self.tr("A-to-Z Desk backups (*.sqlite3)"),
        )
        return path

    def back_up(self) -> bool:
        if self.runner.running:
            return False
        path = self.ask_backup_path()
        if not path:
            return False
        self._remember_dir(path)
        file = Path(path)
        if file.suffix == "":
            file = file.with_suffix(SUFFIX)
        self._job = "backup"
        self._show_progress(self.tr("Backing up the workspace to {file}…").format(file=file.name))
        return self.runner.back_up(self.window.workspace, file)

    def backed_up_text(self, result: BackupResult) -> str:
        size = QLocale().formattedDataSize(result.bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        return (
            self.tr("The workspace was backed up to {file} ({size}).").format(
                file=result.file, size=size
            )
            + "\n\n"
            + (
                self.tr(
                    "Verified: the copy's database passed its integrity check, and its %n "
                    "stored file(s) match their SHA-256.",
                    "",
                    result.files_checked,
                )
                if result.files_checked
                else self.tr(
                    "Verified: the copy's database passed its integrity check (it holds no "
                    "stored file yet)."
                )
            )
        )

    def _on_backed_up(self, result: BackupResult) -> None:
        box = _plain_box(
            self.window,
            QMessageBox.Icon.Information,
            self.tr("Workspace Backed Up"),
            self.backed_up_text(result),
        )
        box.setObjectName("backup_done")
        show = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.file.parent)))
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        self.window.statusBar().showMessage(
            self.tr("Backed up to {file}.").format(file=result.file), 8000
        )

    def _on_backup_failed(self, message: str) -> None:
        self._failed(self.tr("Backup Failed"), self.tr("The workspace was not backed up."), message)

    def _failed(self, title: str, outcome: str, reason: str) -> QMessageBox:
        box = _plain_box(self.window, QMessageBox.Icon.Warning, title, outcome + "\n\n" + reason)
        box.setObjectName("backup_failed")
        box.open()
        return box

    # Restore… --------------------------------------------------------------------------------

    def ask_restore_path(self) -> str:
        """The backup file the user picks, or "" (tests replace this method)."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore a Backup"),
            self._last_dir(),
            self.tr("A-to-Z Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        return path

    def confirm_text(self, info: BackupInfo) -> tuple[str, str]:
        from atoz_desktop.core.services.backups import backups_folder

        made = datetime.fromtimestamp(info.file.stat().st_mtime).astimezone()
        text = self.tr("Replace the workspace {workspace} by the backup {file}?").format(
            workspace=self.window.workspace.location, file=info.file
        )
        holds = self.tr("The backup, of {date}, holds {orders}, {claims} and {evidence}.").format(
            date=format_datetime(made),
            orders=self.tr("%n order(s)", "", info.orders),
            claims=self.tr("%n claim(s)", "", info.claims),
            evidence=self.tr("%n evidence file(s)", "", info.evidence),
        )
        details = (
            holds
            + "\n\n"
            + self.tr(
                "Everything now in the workspace is replaced. A backup of it is made first, in "
                "{folder}."
            ).format(folder=backups_folder(self.window.workspace))
            + "\n\n"
            + self.tr(
                "Close any other window open on this workspace first: it would show the "
                "restored workspace, but its Undo would apply to it."
            )
        )
        return text, details

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Whether the user confirms replacing the workspace (tests replace this method)."""
        text, details = self.confirm_text(info)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore the Workspace?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setInformativeText(details)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore(self) -> bool:
        from atoz_desktop.core.storage.backup import inspect_backup

        if self.runner.running:
            return False
        path = self.ask_restore_path()
        if not path:
            return False
        self._remember_dir(path)
        try:
            info = inspect_backup(Path(path).absolute())
        except WorkspaceError as exc:
            self._failed(
                self.tr("Cannot Restore"), self.tr("The workspace was left as it was."), str(exc)
            )
            return False
        if not self.confirm_restore(info):
            return False
        self._job = "restore"
        self._show_progress(self.tr("Restoring the workspace from {file}…").format(file=path))
        return self.runner.restore(self.window.workspace.url, info.file, self.keep)

    def restored_text(self, result: RestoreResult) -> str:
        text = self.tr("The workspace {workspace} was restored from {file}.").format(
            workspace=result.target, file=result.file
        )
        if result.previous is not None:
            text += "\n\n" + self.tr("The workspace as it was is kept in {file}.").format(
                file=result.previous.file
            )
        return text

    def _on_restored(self, result: RestoreResult) -> None:
        # The window's models, undo history and panes hold the old workspace: a fresh one.
        self.switcher.reopen()
        window = self.switcher.window
        box = _plain_box(
            window, QMessageBox.Icon.Information, self.tr("Workspace Restored"),
            self.restored_text(result),
        )  # fmt: skip
        box.setObjectName("restore_done")
        box.open()

    def _on_restore_failed(self, message: str) -> None:
        self._failed(
            self.tr("Restore Failed"), self.tr("The workspace was left as it was."), message
        )

    # Progress ----------------------------------------------------------------------------------

    def _show_progress(self, text: str) -> None:
        dialog = QProgressDialog(text, "", 0, 1000, self.window)
        dialog.setObjectName("backup_progress")
        dialog.setWindowTitle(self.tr("Backup"))
        dialog.setCancelButton(None)  # a copy is quick to start over; a restore must finish
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setValue(int(1000 * done / total))

    def _on_succeeded(self, result: Any) -> None:
        self._close_progress()
        if self._job == "restore":
            self._on_restored(result)
        else:
            self._on_backed_up(result)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        if self._job == "restore":
            self._on_restore_failed(message)
        else:
            self._on_backup_failed(message)

    def _on_finished(self) -> None:
        self._job = ""
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # Closing -----------------------------------------------------------------------------------

    def shut_down(self) -> None:
        """Closing: let a running backup or restore finish (a restore must not be cut short)."""
        if self.runner.running:
            self.runner.wait()

    def back_up_on_close(self) -> BackupResult | None:
        """The automatic backup as the window closes (when the workspace changed since the last
        one, and the user keeps any); a failure is said, and the window closes all the same."""
        from atoz_desktop.core.services.backups import backup_on_close

        if not self.back_up_when_closing or self.keep == 0:
            return None
        self.window.statusBar().showMessage(self.tr("Backing up the workspace…"))
        # On the writer lane, with a progress bar: the window stays painted while a large
        # workspace is copied and checked (input is held back by the wait, the close goes on
        # once it is done).
        self._job = "close"
        self._show_progress(self.tr("Backing up the workspace before closing…"))
        relay = _ProgressRelay()
        relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.window.ops.lane.call(
                backup_on_close, self.window.workspace, self.keep, relay.progress.emit, quiet=True
            )
        except (WorkspaceError, WorkspaceBusy, OSError) as exc:
            log.error("backup on close failed: %s", exc)
            box = _plain_box(
                None, QMessageBox.Icon.Warning, self.tr("Backup Failed"),
                self.tr("The automatic backup made when the window closes failed.")
                + "\n\n" + str(exc),
            )  # fmt: skip
            box.setObjectName("backup_failed")
            box.open()
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._job = ""
            self._close_progress()

    # Settings › Backups… -----------------------------------------------------------------------

    def edit_settings(self) -> None:
        from atoz_desktop.core.services.backups import backups_folder
        from atoz_desktop.gui.workspace.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.keep, backups_folder(self.window.workspace), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.window.settings.setValue(KEEP_KEY, dialog.keep.value())
        )
        dialog.open()
