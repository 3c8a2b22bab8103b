"""Message to Buyer…: the core's draft (rules/composer.py) in French or English, editable,
copied to the clipboard; "Mark as Sent" records it on the timeline as a message to the buyer.

The program never sends anything itself: the seller pastes the text into Amazon's buyer
messaging, then confirms here, so the timeline only holds messages that really went out.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.composer import OFFER_KINDS, buyer_message
from atoz_desktop.core.services.claims import ClaimView
from atoz_desktop.gui.common.formatting import format_decimal, parse_amount, ui_lang
from atoz_desktop.gui.common.labels import offer_kind_label
from atoz_desktop.gui.common.widgets import error_label

LANGUAGES = (("fr", "Français"), ("en", "English"))


class ComposerDialog(QDialog):
    """`sent(text)` when the seller confirms the message went out."""

    sent = Signal(str)

    def __init__(self, claim: ClaimView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim = claim
        self.setWindowTitle(self.tr("Message to the Buyer"))
        self._edited = False

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex([c for c, _ in LANGUAGES].index(ui_lang()))
        self.offer_kind = QComboBox()
        for kind in OFFER_KINDS:
            self.offer_kind.addItem(offer_kind_label(kind), kind)
        self.amount = QLineEdit(format_decimal(claim.amount))
        self.amount.setObjectName("offer_amount")
        self.text = QPlainTextEdit()
        self.text.setObjectName("message_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(220)
        hint = QLabel(
            self.tr(
                "Say you are sorry the buyer is dissatisfied, never sorry for the problem: "
                "that would admit a fault. Edit the draft freely."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Offer:"), self.offer_kind)
        form.addRow(self.tr("&Amount:"), self.amount)
        self.error = error_label()

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy to Clipboard"))
        self.sent_button = QPushButton(self.tr("&Mark as Sent"))
        self.sent_button.setToolTip(
            self.tr("Record this message on the claim's timeline once you have sent it")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.sent_button.clicked.connect(self.mark_sent)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)

        self.language.currentIndexChanged.connect(self.redraft)
        self.offer_kind.currentIndexChanged.connect(self.redraft)
        self.amount.textChanged.connect(self.redraft)
        self.redraft()

    def offer_amount(self) -> Decimal | None:
        return parse_amount(self.amount.text())

    def redraft(self, *_args: object) -> None:
        """Write the draft again from the language, offer and amount."""
        try:
            amount = self.offer_amount()
            draft = buyer_message(
                str(self.language.currentData()),
                self.claim.buyer,
                self.claim.order_id,
                self.offer_kind.currentData(),
                amount,
                self.claim.currency,
            )
        except ValueError:
            self.error.setText(
                self.tr("Give a positive amount for a refund (optional for a replacement).")
            )
            self.error.show()
            return
        self.error.hide()
        self.text.setPlainText(draft)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def mark_sent(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("The message is empty."))
            self.error.show()
            return
        self.sent.emit(text)
        self.accept()
