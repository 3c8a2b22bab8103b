"""Add or edit one entry of a claim's timeline: kind, time, author, text, amount, and the
offer kind or the tracking where the kind has one. `submitted(values)` carries the fields
as `add_event` takes them; the window turns them into an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.services.claims import OFFER_KINDS, USER_EVENT_KINDS, EventView
from atoz_desktop.gui.common.formatting import format_decimal, parse_amount
from atoz_desktop.gui.common.labels import (
    AUTHOR_LABELS,
    author_key,
    author_label,
    event_kind_label,
    offer_kind_label,
)
from atoz_desktop.gui.common.widgets import datetime_edit, error_label

OFFER_EVENT_KINDS = frozenset({"offer", "counter-offer"})
TRACKING_EVENT_KINDS = frozenset({"shipped", "in-transit", "delivered", "signed-for", "returned"})
#: Whose words an entry of each kind usually records; the author field starts with it.
DEFAULT_AUTHORS = {
    "message-in": "buyer",
    "buyer-accepted": "buyer",
    "buyer-declined": "buyer",
    "counter-offer": "buyer",
    "message-out": "seller",
    "offer": "seller",
    "amazon-notice": "Amazon",
    "decision": "Amazon",
}


class EventDialog(QDialog):
    submitted = Signal(dict)

    def __init__(
        self,
        currency: str,
        event: EventView | None = None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.currency = event.currency if event is not None and event.currency else currency
        self.original = event
        now = now or (lambda: datetime.now(UTC))
        self.values: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Edit Event") if event else self.tr("Add Event"))

        self.kind = QComboBox()
        for kind in USER_EVENT_KINDS:
            self.kind.addItem(event_kind_label(kind), kind)
        self.at = datetime_edit(event.at if event else now())
        self.author = QComboBox()
        self.author.setEditable(True)
        for key in AUTHOR_LABELS:  # shown in the user's language, stored as the key
            self.author.addItem(author_label(key), key)
        self.author.setCurrentText("")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was said or done, pasted as it is"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(currency)
        self.offer_kind = QComboBox()
        for kind in OFFER_KINDS:
            self.offer_kind.addItem(offer_kind_label(kind), kind)
        self.carrier = QLineEdit()
        self.tracking = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&When:"), self.at)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Offer:"), self.offer_kind)
        form.addRow(self.tr("A&mount:"), self.amount)
        form.addRow(self.tr("&Carrier:"), self.carrier)
        form.addRow(self.tr("T&racking number:"), self.tracking)
        form.addRow(self.tr("&Text:"), self.text)
        self.form = form
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 420)

        self.kind.currentIndexChanged.connect(self._on_kind)
        if event is not None:
            self._fill(event)
        else:
            self._suggest_author()
        self._show_rows()

    def _fill(self, event: EventView) -> None:
        self.set_kind(event.kind)
        self.author.setCurrentText(author_label(event.author))
        self.text.setPlainText(event.text)
        if event.amount is not None:
            self.amount.setText(format_decimal(event.amount))
        offer = event.details.get("offer_kind")
        if offer in OFFER_KINDS:
            self.offer_kind.setCurrentIndex(OFFER_KINDS.index(offer))
        self.carrier.setText(str(event.details.get("carrier") or ""))
        self.tracking.setText(str(event.details.get("tracking_number") or ""))

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(USER_EVENT_KINDS.index(kind))

    def _on_kind(self, *_args: Any) -> None:
        self._show_rows()
        self._suggest_author()

    def _show_rows(self) -> None:
        kind = str(self.kind.currentData())
        self.form.setRowVisible(self.offer_kind, kind in OFFER_EVENT_KINDS)
        for widget in (self.carrier, self.tracking):
            self.form.setRowVisible(widget, kind in TRACKING_EVENT_KINDS)

    def _suggest_author(self) -> None:
        """Follow the kind with the usual author, unless the user typed their own."""
        author = author_key(self.author.currentText())
        if not author or author in DEFAULT_AUTHORS.values():
            usual = DEFAULT_AUTHORS.get(str(self.kind.currentData()), "")
            self.author.setCurrentText(author_label(usual) if usual else "")

    def accept(self) -> None:
        kind = str(self.kind.currentData())
        try:
            amount: Decimal | None = parse_amount(self.amount.text())
        except ValueError:
            self.error.setText(
                self.tr("“{text}” is not an amount.").format(text=self.amount.text())
            )
            self.error.show()
            self.amount.setFocus()
            return
        details: dict[str, Any] = dict(self.original.details) if self.original else {}
        details.pop("offer_kind", None)
        details.pop("carrier", None)
        details.pop("tracking_number", None)
        if kind in OFFER_EVENT_KINDS:
            details["offer_kind"] = str(self.offer_kind.currentData())
        if kind in TRACKING_EVENT_KINDS:
            if self.carrier.text().strip():
                details["carrier"] = self.carrier.text().strip()
            if self.tracking.text().strip():
                details["tracking_number"] = self.tracking.text().strip()
        self.values = {
            "kind": kind,
            "at": self.at.value(),
            "author": author_key(self.author.currentText()),
            "text": self.text.toPlainText(),
            "amount": amount,
            "currency": self.currency if amount is not None else None,
            "details": details,
        }
        self.submitted.emit(self.values)
        super().accept()

    def edited_event(self) -> EventView:
        """The event with the dialog's values (after accept, when editing)."""
        assert self.original is not None and self.values is not None
        return EventView(pk=self.original.pk, **self.values)
