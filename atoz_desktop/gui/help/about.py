"""Help › About: the version, where the workspace and the log live, with buttons to open them.

The workspace is named by its file's path (or its server's URL without the password), never
by a SQLAlchemy URL; its words are translated in the `MainWindow` context where they began.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from atoz_desktop import APP_NAME, __version__
from atoz_desktop.core.logs import log_dir
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.resources import icon


def about_box(workspace: Workspace, parent: QWidget | None = None) -> QMessageBox:
    """The About box, not yet shown (`open()` it); its folder buttons keep it open."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About A-to-Z Desk"))
    box.setIconPixmap(icon("app").pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    logs = log_dir()
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "{name} {version}\n\nA case manager for sellers defending Amazon A-to-z "
            "Guarantee claims.\n\nWorkspace: {workspace}",
        ).format(name=APP_NAME, version=__version__, workspace=workspace.location)
        + "\n"
        + QCoreApplication.translate("MainWindow", "Log folder: {folder}").format(folder=logs)
    )
    folders: list[tuple[str, Path]] = [
        (QCoreApplication.translate("MainWindow", "Open &Log Folder"), logs)
    ]
    if workspace.is_sqlite:
        folders.insert(
            0,
            (
                QCoreApplication.translate("MainWindow", "Open &Workspace Folder"),
                Path(workspace.location).parent,
            ),
        )
    for label, folder in folders:
        button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        button.clicked.disconnect()  # an action button would close the box
        button.clicked.connect(
            lambda _checked=False, folder=folder: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(folder))
            )
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
