"""Switch the window to another workspace: open the new one first, and only if it opens close
the old window and database and show a window over the new one.

A new window rather than the old one re-pointed: the models, workers, undo history and dialogs of
a window all hold its workspace, and a fresh window is the one way every one of them (and any
added later) follows. The window's size, panes and columns carry over through the settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from atoz_desktop.core.storage.database import (
    DB_URL_ENV,
    Workspace,
    WorkspaceError,
    default_db_path,
    default_demo_path,
    open_workspace,
    redacted,
    resolve_url,
)
from atoz_desktop.gui.workspace.recent import RecentWorkspaces

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow


def open_start_workspace(
    db_url: str | None, recent: RecentWorkspaces
) -> tuple[Workspace, str | None]:
    """The workspace a start opens and, if the one used last could not be opened, why.

    `--db` or $ATOZ_DB_URL first; else the workspace used last (the demo too, if it was); else
    the seller's default workspace, created empty. Raises WorkspaceError for `--db` only."""
    if db_url or os.environ.get(DB_URL_ENV):
        return open_workspace(db_url), None
    problem = None
    last = recent.last()
    if last is not None:
        try:
            return open_workspace(last, create=False), None
        except WorkspaceError as exc:
            problem = str(exc)
    return open_workspace(str(default_db_path())), problem


def _with_wait_cursor(make: Callable[[], Workspace]) -> Workspace:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return make()
    finally:
        QGuiApplication.restoreOverrideCursor()


class WorkspaceSwitcher(QObject):
    """Holds the window and, through it, the open workspace. `window_replaced(window)` after a
    switch (the application and the tests follow the window with it)."""

    window_replaced = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.recent = RecentWorkspaces(window.settings)
        #: Where the demo and the seller's own workspace live (tests point them elsewhere).
        self.demo_path: Path = default_demo_path()
        self.own_path: Path = default_db_path()
        #: The seller's own workspace seen last in this session (its URL may hold a password:
        #: kept in memory only), where Start My Own Workspace goes back to.
        self._own_url: str | None = None if window.workspace.is_demo else window.workspace.url

    @property
    def workspace(self) -> Workspace:
        return self.window.workspace

    # What the menu and the banner ask for -------------------------------------------------

    def open_existing(self, url_or_path: str) -> bool:
        """Open a workspace that exists (Open Workspace…, Open Recent). False if it stays
        closed, after saying why; a recent entry that is gone leaves the list."""
        url = resolve_url(url_or_path)
        try:
            workspace = open_workspace(url, create=False)
        except WorkspaceError as exc:
            if not Path(redacted(url)).exists() and url.startswith("sqlite"):
                self.recent.forget(url)
            self.refuse(redacted(url), str(exc))
            return False
        return self._switch_to(workspace)

    def create_new(self, path: Path) -> bool:
        """A new, empty workspace at `path` (New Workspace…); an existing file is never reused."""
        if path.exists() and path.stat().st_size > 0:
            self.refuse(
                str(path),
                self.tr("This file already exists. To open it, choose File › Open Workspace…"),
            )
            return False
        try:
            workspace = open_workspace(str(path))
        except WorkspaceError as exc:
            self.refuse(str(path), str(exc))
            return False
        return self._switch_to(workspace)

    def open_demo(self) -> bool:
        """The demo's own workspace, made on first use."""
        if self.workspace.is_demo:
            return True
        try:
            workspace = _with_wait_cursor(self._open_demo_workspace)
        except WorkspaceError as exc:
            self.refuse(str(self.demo_path), str(exc))
            return False
        return self._switch_to(workspace)

    def _open_demo_workspace(self) -> Workspace:
        from atoz_desktop.core.demo import NotAnEmptyWorkspaceError, create_demo_workspace

        workspace = open_workspace(str(self.demo_path))
        try:
            create_demo_workspace(workspace)  # nothing to do if it is the demo already
        except NotAnEmptyWorkspaceError as exc:
            workspace.close()
            raise WorkspaceError(str(exc)) from exc
        except BaseException:
            workspace.close()
            raise
        return workspace

    def own_workspace_url(self) -> str:
        """The seller's real workspace: the one left for the demo in this session, else the one
        used most lately that is not the demo and still exists, else $ATOZ_DB_URL, else the
        default one (made empty if need be)."""
        if self._own_url is not None:
            return self._own_url
        demo = resolve_url(str(self.demo_path))
        for url in self.recent.urls():
            if url == demo:
                continue
            if not url.startswith("sqlite") or Path(redacted(url)).exists():
                return url
        return resolve_url(os.environ.get(DB_URL_ENV) or str(self.own_path))

    def start_own_workspace(self) -> bool:
        """Leave the demo for the seller's own workspace (the banner's Start My Own Workspace)."""
        url = self.own_workspace_url()
        try:
            workspace = open_workspace(url)
        except WorkspaceError as exc:
            self.refuse(redacted(url), str(exc))
            return False
        return self._switch_to(workspace)

    def reopen(self) -> bool:
        """The same workspace in a fresh window (a restore replaced what it holds: the old
        window's models, undo history and panes belong to what was there before)."""
        try:
            workspace = open_workspace(self.workspace.url, create=False)
        except WorkspaceError as exc:
            self.refuse(self.workspace.location, str(exc))
            return False
        self.window.workspace_actions.backups.back_up_when_closing = False  # just restored
        return self._switch_to(workspace, reopen=True)

    # Switching ------------------------------------------------------------------------------

    def _switch_to(self, workspace: Workspace, *, reopen: bool = False) -> bool:
        old = self.window
        if workspace.url == old.workspace.url and not reopen:
            workspace.close()  # already open: one engine per file
            return True
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the old window closes before the new shows
        try:
            was_visible = old.isVisible()
            if not old.close():  # the window may keep itself open (work in progress)
                workspace.close()
                old.workspace_actions.backups.back_up_when_closing = True
                return False
            new = type(old)(workspace, settings=old.settings, now=old.now, switcher=self)
            self.window = new
            old.workspace.close()
            old.deleteLater()
            if was_visible:
                new.show()
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)
        if not workspace.is_demo:
            self._own_url = workspace.url
        self.recent.remember(workspace.url, in_menu=not workspace.is_demo)
        new.statusBar().showMessage(
            self.tr("Opened the workspace {workspace}.").format(workspace=workspace.location), 8000
        )
        self.window_replaced.emit(new)
        return True

    def refuse(self, what: str, reason: str, *, at_start: bool = False) -> QMessageBox:
        """Say, without blocking, why `what` was not opened and which workspace is open."""
        box = QMessageBox(self.window)
        box.setObjectName("workspace_refused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot Open the Workspace"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as HTML
        outcome = (
            self.tr("The workspace {current} is open instead.")
            if at_start
            else self.tr("The workspace {current} stays open.")
        )
        box.setText(
            self.tr("“{file}” was not opened.").format(file=what)
            + "\n\n"
            + reason
            + "\n\n"
            + outcome.format(current=self.workspace.location)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
