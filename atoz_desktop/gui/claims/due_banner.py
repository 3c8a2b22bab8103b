"""The banner above the list: claims due within 24 hours and overdue ones, one button each.

Shown on start and refreshed after every change; hidden when nothing is due. Dismissing it
hides it until another claim falls due.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from atoz_desktop.core.rules.deadlines import countdown
from atoz_desktop.core.services.claims import ClaimRow
from atoz_desktop.gui.common.formatting import count_text, ui_lang
from atoz_desktop.gui.common.labels import reason_label

#: More than this many claims are summed up as "and N more".
MAX_BUTTONS = 4


class DueBanner(QFrame):
    """`claim_requested(pk)` when the user clicks a claim."""

    claim_requested = Signal(int)

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_banner")
        self.now = now
        self.rows: list[ClaimRow] = []
        self._dismissed: set[int] = set()
        self.setStyleSheet(
            "#due_banner { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }"
            " #due_banner QLabel { color: #3d2c00; }"
        )
        # A grid of two columns, so a long list never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(8, 4, 4, 4)
        self.layout_.setVerticalSpacing(0)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.message, 0, 0, 1, 2)
        self.buttons: list[QPushButton] = []
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.setColumnStretch(2, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide until another claim falls due"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        self.layout_.addWidget(self.close_button, 0, 3)
        self.hide()

    def set_claims(self, rows: Sequence[ClaimRow]) -> None:
        self.rows = list(rows)
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.layout_.removeWidget(self.more)
        overdue = sum(
            1 for r in rows if r.deadline and countdown(r.deadline, self.now()).level == "overdue"
        )  # fmt: skip
        due = count_text(
            len(rows),
            self.tr("1 claim to answer within 24 h"),
            self.tr("{n} claims to answer within 24 h"),
        )
        self.message.setText(
            self.tr("{due}, {overdue} overdue:").format(
                due=due, overdue=QLocale().toString(overdue)
            )
            if overdue
            else self.tr("{due}:").format(due=due)
        )
        lang = ui_lang()
        for position, row in enumerate(rows[:MAX_BUTTONS]):
            left = countdown(row.deadline, self.now()) if row.deadline else None
            button = QPushButton(
                self.tr("{order_id} · {left}").format(
                    order_id=row.order_id,
                    left=left.text(lang) if left else "",
                )
            )
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if left is not None and left.level == "overdue":
                button.setStyleSheet("color: #a4000f; font-weight: bold;")
            button.setToolTip(reason_label(row.reason))
            button.clicked.connect(lambda _=False, pk=row.pk: self.claim_requested.emit(pk))
            self.layout_.addWidget(button, 1 + position // 2, position % 2)
            self.buttons.append(button)
        if len(rows) > MAX_BUTTONS:
            self.more.setText(self.tr("and {count} more").format(count=len(rows) - MAX_BUTTONS))
            self.layout_.addWidget(self.more, 1 + MAX_BUTTONS // 2, 0)
            self.more.show()
        else:
            self.more.hide()
        fresh = {r.pk for r in rows} - self._dismissed
        self.setVisible(bool(rows) and bool(fresh))

    def dismiss(self) -> None:
        self._dismissed |= {r.pk for r in self.rows}
        self.hide()
