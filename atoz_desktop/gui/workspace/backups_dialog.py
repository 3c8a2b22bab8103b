"""Settings › Backups…: how many automatic backups to keep, and where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_KEEP = 100


class BackupsDialog(QDialog):
    def __init__(self, keep: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.folder = folder

        self.keep = QSpinBox()
        self.keep.setObjectName("backups_keep")
        self.keep.setRange(0, MAX_KEEP)
        self.keep.setValue(min(keep, MAX_KEEP))
        self.keep.setSpecialValueText(self.tr("None (no backup on closing)"))

        explain = QLabel(
            self.tr(
                "When the window closes, a workspace that changed is backed up, and only the "
                "newest backups are kept. A workspace is also backed up before this program "
                "updates it and before a restore replaces it."
            )
        )
        explain.setWordWrap(True)

        where = QLabel(str(folder))
        where.setObjectName("backups_folder")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open Folder"))
        open_folder.setObjectName("open_backups_folder")
        open_folder.setEnabled(folder.is_dir())
        open_folder.clicked.connect(self.open_folder)
        where_row = QHBoxLayout()
        where_row.addWidget(where, 1)
        where_row.addWidget(open_folder)

        form = QFormLayout()
        form.addRow(self.tr("Backups to keep:"), self.keep)
        form.addRow(self.tr("Folder:"), where_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
