"""Message to Buyer…: the core's draft (rules/composer.py) in French or English, editable,
copied to the clipboard; "Mark as Sent" records it on the timeline as a message to the buyer,
with the offer it makes.

The program never sends anything itself: the seller pastes the text into Amazon's buyer
messaging, then confirms here, so the timeline only holds messages that really went out.

What the seller typed is never thrown away by a change of option: while the text is the draft
as written, a change rewrites it; once edited, a change of offer or amount rewrites only the
paragraphs it concerns (when the seller left them as written), and anything else — another
language, Regenerate Draft — asks first. Rewrites go through the editor's own undo (Ctrl+Z).
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.composer import (
    MESSAGE_KINDS,
    Draft,
    compose,
    trackings_from,
    update_edited,
)
from atoz_desktop.core.services.claims import ClaimView
from atoz_desktop.gui.common.formatting import format_amount, format_decimal, parse_amount, ui_lang
from atoz_desktop.gui.common.labels import offer_kind_label
from atoz_desktop.gui.common.widgets import error_label

LANGUAGES = (("fr", "Français"), ("en", "English"))


class ComposerDialog(QDialog):
    """`sent(text, offer_kind, amount)` when the seller confirms the message went out;
    `offer_kind` is '' for a message without an offer, `amount` a Decimal or None."""

    sent = Signal(str, str, object)

    def __init__(
        self,
        claim: ClaimView,
        parent: QWidget | None = None,
        *,
        sign_off: str = "",
        tz: tzinfo = UTC,
    ) -> None:
        super().__init__(parent)
        self.claim, self.sign_off, self.tz = claim, sign_off, tz
        self.trackings = trackings_from(claim.timeline)
        self.setWindowTitle(self.tr("Message to the Buyer"))

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex([c for c, _ in LANGUAGES].index(ui_lang()))
        self.kind = QComboBox()
        self.kind.setObjectName("message_kind")
        for kind in MESSAGE_KINDS:
            label = (
                self.tr("Tracking / proof, no offer") if kind == "proof" else offer_kind_label(kind)
            )
            self.kind.addItem(label, kind)
        self.amount = QLineEdit(format_decimal(claim.amount))
        self.amount.setObjectName("offer_amount")
        self.wording = QLabel()
        self.wording.setObjectName("offer_wording")
        self.wording.setWordWrap(True)
        self.wording.hide()
        self.text = QPlainTextEdit()
        self.text.setObjectName("message_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(220)
        self.notice = QLabel()
        self.notice.setObjectName("edits_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        hint = QLabel(
            self.tr(
                "Say you are sorry the buyer is dissatisfied, never sorry for the problem: "
                "that would admit a fault. Edit the draft freely: a change of offer or amount "
                "keeps your words."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.records = QLabel()
        self.records.setObjectName("records_summary")
        self.records.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("M&essage:"), self.kind)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.wording)
        self.error = error_label()

        buttons = QDialogButtonBox()
        self.regenerate_button = QPushButton(self.tr("&Regenerate Draft"))
        self.regenerate_button.setToolTip(
            self.tr("Write the draft again from the language, message and amount chosen")
        )
        self.copy_button = QPushButton(self.tr("&Copy to Clipboard"))
        self.sent_button = QPushButton(self.tr("&Mark as Sent"))
        self.sent_button.setToolTip(
            self.tr(
                "Record this message (and its offer) on the claim's timeline once you have sent it"
            )
        )
        buttons.addButton(self.regenerate_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.regenerate_button.clicked.connect(lambda: self.regenerate())
        self.copy_button.clicked.connect(self.copy)
        self.sent_button.clicked.connect(self.mark_sent)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addWidget(hint)
        layout.addWidget(self.records)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(600, 600)

        self._lang = str(self.language.currentData())
        try:
            self._draft: Draft = self.wanted()  # the draft the text was last written from
        except ValueError:  # a claim without an amount: nothing to refund yet
            self.amount.clear()
            self.kind.setCurrentIndex(self.kind.findData("replacement"))
            self._draft = self.wanted()
        self.text.setPlainText(self._draft.text)
        self._show_offer(self._draft)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount.textChanged.connect(self._follow)
        self.text.textChanged.connect(self._text_changed)

    # What the fields ask for -------------------------------------------------------------

    def message_kind(self) -> str:
        return str(self.kind.currentData())

    def offer_amount(self) -> Decimal | None:
        return parse_amount(self.amount.text())

    def wanted(self) -> Draft:
        """The draft the fields ask for; ValueError when the amount does not fit the offer."""
        kind = self.message_kind()
        amount = None if kind == "proof" else self.offer_amount()
        return compose(
            str(self.language.currentData()),
            buyer_name=self.claim.buyer,
            order_id=self.claim.order_id,
            kind=kind,  # type: ignore[arg-type]  # one of MESSAGE_KINDS, from the combo box
            amount=amount,
            currency=self.claim.currency,
            full_amount=self.claim.amount if self.claim.amount > 0 else None,
            trackings=self.trackings,
            tz=self.tz,
            sign_off=self.sign_off,
        )

    def message_text(self) -> str:
        """The text in the editor with its no-break spaces ('12,50 €', 'convient ?'), which
        `toPlainText` would turn into plain spaces."""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def edited(self) -> bool:
        """Whether the text differs from the draft it was last written from."""
        return self.message_text() != self._draft.text

    # Following the fields ----------------------------------------------------------------

    def _wanted_or_error(self) -> Draft | None:
        try:
            draft = self.wanted()
        except ValueError:
            self.error.setText(
                self.tr("Give a positive amount for a refund (optional for a replacement).")
            )
            self.error.show()
            self.records.hide()
            return None
        self.error.hide()
        self._show_offer(draft)
        return draft

    def _kind_changed(self) -> None:
        kind = self.message_kind()
        self.amount.setEnabled(kind != "proof")
        if kind == "refund" and self.claim.amount > 0:
            self.amount.blockSignals(True)  # one rewrite for the whole change
            self.amount.setText(format_decimal(self.claim.amount))
            self.amount.blockSignals(False)
        elif kind == "partial-refund":
            self.amount.setFocus()
            self.amount.selectAll()  # the claim's amount, to be typed over
        self._follow()

    def _follow(self, *_args: object) -> None:
        """The offer or the amount changed: rewrite the draft, or only its changed paragraphs
        when the seller edited it; leave the text alone when they reworded those."""
        new = self._wanted_or_error()
        if new is None:
            return
        if not self.edited():
            self._rewrite(new)
            return
        current = self.message_text()
        merged = update_edited(current, self._draft, new)
        if merged is None:
            self.notice.setText(
                self.tr(
                    "Your text is kept as you wrote it, but you reworded the part this change "
                    "would rewrite: check that it says what you offer, or use Regenerate Draft."
                )
            )
            self.notice.show()
            return
        if merged != current:
            self._replace_text(merged)
        self._draft = new
        self.notice.setText(self.tr("The offer in your text was updated; your edits are kept."))
        self.notice.show()

    def _language_changed(self) -> None:
        new = self._wanted_or_error()
        if new is None or (self.edited() and not self.ask_discard_edits()):
            index = self.language.findData(self._lang)
            self.language.blockSignals(True)  # the draft stays in the language it is in
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
            self._wanted_or_error()
            return
        self._lang = str(self.language.currentData())
        self._rewrite(new)

    def regenerate(self) -> bool:
        """Write the draft again from the fields; asks first when that replaces edits."""
        new = self._wanted_or_error()
        if new is None:
            return False
        if self.edited() and self.message_text() != new.text and not self.ask_discard_edits():
            return False
        self._rewrite(new)
        return True

    def ask_discard_edits(self) -> bool:
        """Whether the seller lets a new draft replace their edits (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace Your Edits?"),
            self.tr(
                "You edited the message. Write a new draft in its place? "
                "Ctrl+Z in the text brings your edits back."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        replace = box.addButton(self.tr("Write New Draft"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep My Text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _rewrite(self, draft: Draft) -> None:
        if self.message_text() != draft.text:
            self._replace_text(draft.text)
        self._draft = draft
        self.notice.hide()

    def _replace_text(self, text: str) -> None:
        """Put `text` in the editor as one step its undo (Ctrl+Z) can take back."""
        position = self.text.textCursor().position()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(text)))
        self.text.setTextCursor(cursor)

    def _text_changed(self) -> None:
        self.copy_button.setText(self.tr("&Copy to Clipboard"))
        if not self.edited():
            self.notice.hide()

    def _show_offer(self, draft: Draft) -> None:
        """Say what the words offer when the amount changed the offer chosen, and what Mark
        as Sent will record."""
        chosen, amount = self.message_kind(), draft.amount
        full = format_amount(self.claim.amount, self.claim.currency)
        if chosen == "refund" and draft.offer_kind == "partial-refund" and amount is not None:
            self.wording.setText(
                self.tr("{amount} is less than the claim's {full}: worded as a partial refund.")
                .format(amount=format_amount(amount, self.claim.currency), full=full)
            )  # fmt: skip
            self.wording.show()
        elif chosen == "partial-refund" and draft.offer_kind == "refund" and amount is not None:
            self.wording.setText(
                self.tr("{amount} is the whole claim ({full}): worded as a full refund.")
                .format(amount=format_amount(amount, self.claim.currency), full=full)
            )  # fmt: skip
            self.wording.show()
        else:
            self.wording.hide()
        if draft.offer_kind is None:
            self.records.setText(self.tr("Mark as Sent records the message on the timeline."))
        else:
            offer = offer_kind_label(draft.offer_kind)
            if amount is not None:
                offer += f", {format_amount(amount, self.claim.currency)}"
            self.records.setText(
                self.tr("Mark as Sent records the message and the offer ({offer}).").format(
                    offer=offer
                )
            )
        self.records.show()

    # Buttons -----------------------------------------------------------------------------

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message_text())
        self.copy_button.setText(self.tr("Copied"))

    def mark_sent(self) -> None:
        text = self.message_text().strip()
        if not text:
            self.error.setText(self.tr("The message is empty."))
            self.error.show()
            return
        draft = self._wanted_or_error()
        if draft is None:
            return
        self.sent.emit(text, draft.offer_kind or "", draft.amount)
        self.accept()
