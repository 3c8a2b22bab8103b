"""File › New Workspace…, Open Workspace…, Open Recent and Open Demo, and the workspace banner
of one window; Back Up Workspace… and Restore… are backup_actions.py's. The switching itself is
the switcher's (switcher.py), shared by every window the application shows in turn."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from atoz_desktop.core.services.claims import claim_counts
from atoz_desktop.core.services.orders import has_orders
from atoz_desktop.core.storage.database import redacted
from atoz_desktop.gui.workspace.backup_actions import BackupActions
from atoz_desktop.gui.workspace.banner import State, WorkspaceBanner
from atoz_desktop.gui.workspace.switcher import WorkspaceSwitcher

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow

#: The file name a new workspace is given.
SUFFIX = ".sqlite3"


class WorkspaceActions(QObject):
    def __init__(
        self, window: MainWindow, banner: WorkspaceBanner, switcher: WorkspaceSwitcher | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        #: A window built on its own (tests, the benchmark) gets a switcher of its own.
        self.switcher = switcher if switcher is not None else WorkspaceSwitcher(window)

        self.new_action = QAction(self.tr("&New Workspace…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setStatusTip(self.tr("Start an empty workspace in a file of your choice"))
        self.new_action.triggered.connect(self.new_workspace)
        self.open_action = QAction(self.tr("&Open Workspace…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_workspace)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.demo_action = QAction(self.tr("Open &Demo"), self)
        self.demo_action.setStatusTip(
            self.tr("Look around a workspace of made-up orders and claims")
        )
        self.demo_action.triggered.connect(self.switcher.open_demo)
        #: Back Up Workspace…, Restore…, Settings › Backups… and the backup on closing.
        self.backups = BackupActions(window, self.switcher)

        banner.own_requested.connect(self.switcher.start_own_workspace)
        banner.demo_requested.connect(self.switcher.open_demo)
        banner.import_requested.connect(window.import_actions.import_orders)
        window.workspace_changed.connect(self.update_banner)

    def fill_menus(self, file_menu: QMenu) -> None:
        """File: the workspace entries come first."""
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        self.backups.fill_file_menu(file_menu)
        self.fill_recent_menu()
        self.update_banner()

    def fill_settings_menu(self, settings_menu: QMenu) -> None:
        settings_menu.addAction(self.backups.settings_action)

    # The banner -----------------------------------------------------------------------------

    def banner_state(self) -> State:
        workspace = self.window.workspace
        if workspace.is_demo:
            return "demo"
        if not has_orders(workspace) and claim_counts(workspace).get("all", 0) == 0:
            return "empty"
        return "none"

    def update_banner(self) -> None:
        self.banner.set_state(self.banner_state())
        self.demo_action.setEnabled(not self.window.workspace.is_demo)

    # A real report dropped on the demo ------------------------------------------------------

    def ask_demo_import(self) -> Literal["own", "demo", "cancel"]:
        """Where the seller wants an order report imported while the demo is open (tests
        replace this method)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import into the Demo?"))
        box.setText(
            self.tr(
                "This is the demo. Your own orders belong in your own workspace, where the demo's "
                "made-up orders and claims never go."
            )
        )
        own = box.addButton(
            self.tr("Import into My Own Workspace"), QMessageBox.ButtonRole.AcceptRole
        )
        demo = box.addButton(
            self.tr("Import into the Demo"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(own)
        box.exec()
        clicked = box.clickedButton()
        return "own" if clicked is own else "demo" if clicked is demo else "cancel"

    def import_into_demo(self, paths: Sequence[str], skip_bad: bool) -> bool:
        """True to import `paths` into the demo; else they go to the seller's own workspace (the
        first real import happens there), or nowhere if the seller cancels."""
        choice = self.ask_demo_import()
        if choice == "demo":
            return True
        if choice == "own" and self.switcher.start_own_workspace():
            self.switcher.window.import_actions.start_import(paths, skip_bad)
        return False

    # Open Recent ----------------------------------------------------------------------------

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.window.workspace.url
        urls = [u for u in self.switcher.recent.urls() if u != current]
        for number, url in enumerate(urls, start=1):
            shown = redacted(url)
            # An & in a file name would otherwise underline the letter after it.
            label = f"&{number} {shown.replace('&', '&&')}" if number < 10 else shown
            action = self.recent_menu.addAction(label)
            action.setToolTip(shown)
            action.triggered.connect(lambda _=False, u=url: self.switcher.open_existing(u))
        if not urls:
            empty = self.recent_menu.addAction(self.tr("No other workspace yet"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.triggered.connect(self.switcher.recent.clear)

    # New and Open ---------------------------------------------------------------------------

    def _start_folder(self) -> str:
        url = self.window.workspace.url
        if url.startswith("sqlite"):
            return str(Path(redacted(url)).parent)
        return str(self.switcher.own_path.parent)

    def ask_open_path(self) -> str:
        """The workspace file the user picks, or "" (tests replace this method)."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open Workspace"),
            self._start_folder(),
            self.tr("A-to-Z Desk workspaces (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        return path

    def ask_new_path(self) -> str:
        """Where the user wants a new workspace, or "" (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New Workspace"),
            str(Path(self._start_folder()) / self.tr("My workspace.sqlite3")),
            self.tr("A-to-Z Desk workspaces (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        return path

    def open_workspace(self) -> bool:
        path = self.ask_open_path()
        return bool(path) and self.switcher.open_existing(path)

    def new_workspace(self) -> bool:
        path = self.ask_new_path()
        if not path:
            return False
        chosen = Path(path)
        if chosen.suffix == "":
            chosen = chosen.with_suffix(SUFFIX)
        return self.switcher.create_new(chosen)
