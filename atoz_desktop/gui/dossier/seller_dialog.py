"""Settings › Seller…: who a dossier is from (name, store, postal address, an optional logo),
the signature that ends messages to buyers, and the dossier defaults (the paste-ready text's
length, the size above which to warn)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.dossier.content import TEXT_LIMIT_RANGE
from atoz_desktop.core.services.dossiers import (
    SIZE_WARNING_RANGE,
    set_size_warning_mb,
    set_text_limit,
    size_warning_mb,
    text_limit,
)
from atoz_desktop.core.services.seller import (
    SellerError,
    normalise_logo,
    read_logo,
    seller_profile,
    set_seller_profile,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import Failed, Ops
from atoz_desktop.gui.common.widgets import error_label

LOGO_PREVIEW = (140, 70)


class SellerDialog(QDialog):
    """`saved()` once the details are stored."""

    saved = Signal()

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        ops: Ops,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.settings, self.ops = workspace, settings, ops
        self.setWindowTitle(self.tr("Seller"))
        profile = seller_profile(workspace)
        self.logo: bytes | None = profile.logo

        self.name = QLineEdit(profile.name)
        self.name.setObjectName("seller_name")
        self.name.setPlaceholderText(self.tr("e.g. SARL Dupont"))
        self.store = QLineEdit(profile.store)
        self.store.setObjectName("seller_store")
        self.store.setPlaceholderText(self.tr("Your store's name on Amazon"))
        self.address = QPlainTextEdit(profile.address)
        self.address.setObjectName("seller_address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(80)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(self.tr("C&hoose Logo…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Store:"), self.store)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Logo (optional):"), logo_row)
        hint = QLabel(self.tr("They head the cover page of every dossier."))
        hint.setEnabled(False)

        self.text_limit = QSpinBox()
        self.text_limit.setObjectName("default_text_limit")
        self.text_limit.setRange(*TEXT_LIMIT_RANGE)
        self.text_limit.setSingleStep(100)
        self.text_limit.setGroupSeparatorShown(True)  # "2 000", as the count below writes it
        self.text_limit.setValue(text_limit(workspace))
        self.text_limit.setSuffix(self.tr(" characters"))
        self.size_warning = QSpinBox()
        self.size_warning.setObjectName("size_warning_mb")
        self.size_warning.setRange(*SIZE_WARNING_RANGE)
        self.size_warning.setValue(size_warning_mb(workspace))
        self.size_warning.setSuffix(self.tr(" MB"))
        dossiers = QGroupBox(self.tr("Dossiers"))
        dossiers_form = QFormLayout(dossiers)
        dossiers_form.addRow(self.tr("Text for Amazon at &most:"), self.text_limit)
        dossiers_form.addRow(self.tr("&Warn above:"), self.size_warning)

        self.signature = QPlainTextEdit(profile.signature)
        self.signature.setObjectName("seller_signature")
        self.signature.setTabChangesFocus(True)
        self.signature.setMaximumHeight(64)
        self.signature.setPlaceholderText(self.tr("e.g. Marie, customer service"))
        messages = QGroupBox(self.tr("Messages to Buyers"))
        messages_layout = QVBoxLayout(messages)
        messages_form = QFormLayout()
        messages_form.addRow(self.tr("Si&gnature:"), self.signature)
        messages_layout.addLayout(messages_form)
        signature_hint = QLabel(
            self.tr(
                "Ends every message to a buyer, followed by your store's name. No links, "
                "e-mail addresses or phone numbers: Amazon's messaging does not allow them."
            )
        )
        signature_hint.setWordWrap(True)
        signature_hint.setEnabled(False)
        messages_layout.addWidget(signature_hint)

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(messages)
        layout.addWidget(dossiers)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Wide enough for the hints to wrap in few lines, and tall enough for them once
        # wrapped (the default size takes no account of wrapping and squeezes the logo row).
        width = max(self.sizeHint().width(), 500)
        self.resize(width, layout.totalHeightForWidth(width))
        self._show_logo()

    def _show_logo(self) -> None:
        if self.logo:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(self.logo))
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    *LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(self.logo is not None)

    def ask_logo_file(self) -> str:
        """The image the seller picks (tests replace this method)."""
        start = str(self.settings.value("seller/last_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff);;All files (*)"),
        )
        if path:
            self.settings.setValue("seller/last_dir", str(Path(path).parent))
        return path

    def choose_logo(self) -> bool:
        path = self.ask_logo_file()
        if not path:
            return False
        try:
            self.logo = normalise_logo(read_logo(path))
        except SellerError as exc:
            self._error(
                f"{Path(path).name}: {exc}" if Path(path).name not in str(exc) else str(exc)
            )
            return False
        self.error.hide()
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        try:
            done = self.ops.attempt(
                self._save,
                dict(
                    name=self.name.text(),
                    store=self.store.text(),
                    address=self.address.toPlainText(),
                    logo=self.logo,
                    signature=self.signature.toPlainText(),
                ),
                self.text_limit.value(),
                self.size_warning.value(),
                in_place=(SellerError,),
            )
        except SellerError as exc:
            self._error(str(exc))
            return
        if isinstance(done, Failed):
            return
        self.saved.emit()
        super().accept()

    def _save(self, profile: dict[str, Any], text_limit: int, size_warning: int) -> None:
        """On the writer lane (so from values read off the fields beforehand, never a widget):
        the profile and the dossier's limits."""
        set_seller_profile(self.workspace, **profile)
        set_text_limit(self.workspace, text_limit)
        set_size_warning_mb(self.workspace, size_warning)
