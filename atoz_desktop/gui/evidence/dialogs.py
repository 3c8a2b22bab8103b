"""Small evidence dialogs: an item's SHA-256, the files a drop refused, and the settings
(per-file size limit, the seller's own e-mail addresses)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.services.evidence import (
    MAX_MB_RANGE,
    EvidenceError,
    EvidenceItem,
    Refused,
    max_file_mb,
    set_max_file_mb,
)
from atoz_desktop.core.services.messages import seller_addresses, set_seller_addresses
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import Failed, Ops
from atoz_desktop.gui.common.widgets import error_label, plain_tooltip


class HashDialog(QDialog):
    """The SHA-256 of an item, selectable, with Copy: the seller can prove a file unchanged."""

    def __init__(self, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SHA-256 of {file}").format(file=item.file_name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The fingerprint of “{file}” as stored. Any change to the file, even one byte, "
                "gives another fingerprint."
            ).format(file=item.file_name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.hash = QLineEdit(item.sha256)
        self.hash.setObjectName("sha256")
        self.hash.setReadOnly(True)
        self.hash.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash.setMinimumWidth(self.hash.fontMetrics().horizontalAdvance(item.sha256) + 24)
        layout.addWidget(self.hash)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.hash.selectAll()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.hash.text())


class RefusalsDialog(QDialog):
    """Non-modal list of the files a drop could not add, each with its reason."""

    def __init__(
        self, message: str, refused: Sequence[Refused], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files Not Added"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for refusal in refused:
            row = QTreeWidgetItem([refusal.file.rsplit("/", 1)[-1], refusal.reason])
            row.setToolTip(0, plain_tooltip(refusal.file))
            row.setToolTip(1, plain_tooltip(refusal.reason))
            self.table.addTopLevelItem(row)
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.topLevelItem(i).text(0), self.table.topLevelItem(i).text(1))
            for i in range(self.table.topLevelItemCount())
        ]


class EvidenceSettingsDialog(QDialog):
    """Settings › Evidence and Messages…: stored in the workspace, so the CLI obeys them too."""

    saved = Signal()

    def __init__(self, workspace: Workspace, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.setWindowTitle(self.tr("Evidence and Messages"))
        self.max_mb = QSpinBox()
        self.max_mb.setObjectName("max_mb")
        self.max_mb.setRange(*MAX_MB_RANGE)
        self.max_mb.setSuffix(self.tr(" MB"))
        self.max_mb.setValue(max_file_mb(workspace))
        self.addresses = QLineEdit(", ".join(seller_addresses(workspace)))
        self.addresses.setObjectName("seller_addresses")
        self.addresses.setPlaceholderText(self.tr("e.g. contact@myshop.fr, @myshop.fr"))
        self.addresses.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(self.tr("&Largest file accepted:"), self.max_mb)
        form.addRow(self.tr("My e-mail &addresses:"), self.addresses)
        hint = QLabel(
            self.tr(
                "Mails sent from these addresses are recorded as messages to the buyer, all "
                "others as messages from the buyer. “@myshop.fr” stands for the whole domain."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            done = self.ops.attempt(
                set_seller_addresses, self.workspace, self.addresses.text(), in_place=(ValueError,)
            )
        except ValueError as exc:
            self.error.setText(self.tr("Not an e-mail address: {problem}").format(problem=str(exc)))
            self.error.show()
            self.addresses.setFocus()
            return
        if isinstance(done, Failed):
            return
        try:
            done = self.ops.attempt(
                set_max_file_mb, self.workspace, self.max_mb.value(), in_place=(EvidenceError,)
            )
        except EvidenceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        if isinstance(done, Failed):
            return
        self.saved.emit()
        super().accept()
