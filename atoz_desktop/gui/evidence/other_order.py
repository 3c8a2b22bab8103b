"""The question after a drop that held mails back: they name another order than the claim's,
which is most often a mail dropped on the wrong claim. The seller attaches them anyway or
leaves them out; the intake (core/services/intake.py) held them, the window only asks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from atoz_desktop.core.services.messages import HeldMail


class HeldMailQuestion(QMessageBox):
    """A warning naming each held mail and the orders it is about; `attach_button` and
    `skip_button` are the seller's two answers. Not shown yet (the caller opens it)."""

    def __init__(self, parent: QWidget, held: Sequence[HeldMail]) -> None:
        super().__init__(parent)
        self._fill(held)
        self.attach_button = self.addButton(
            self.tr("Attach Anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.addButton(
            self.tr("Don't Attach"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.skip_button)
        self.setEscapeButton(self.skip_button)
        self.setObjectName("held_mail_question")

    def _fill(self, held: Sequence[HeldMail]) -> None:
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("E-mail About Another Order"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        # All in the main text, shown as plain text: file names are the seller's (or a
        # buyer's) own, never markup (the informative text would be read as rich text).
        claim_order = held[0].claim_order
        if len(held) == 1:
            lines = [
                self.tr("“{file}” is about order {orders}, not this claim's order {order}.").format(
                    file=Path(held[0].file).name,
                    orders=", ".join(held[0].order_ids),
                    order=claim_order,
                )  # fmt: skip
            ]
        else:
            lines = [
                self.tr(
                    "{n} e-mails are about other orders than this claim's order {order}:"
                ).format(n=len(held), order=claim_order),
                *(f"  {Path(h.file).name} — {', '.join(h.order_ids)}" for h in held),
            ]
        question = (
            self.tr("Attach it to this claim anyway?")
            if len(held) == 1
            else self.tr("Attach them to this claim anyway?")
        )
        self.setText("\n".join([*lines, "", question]))
