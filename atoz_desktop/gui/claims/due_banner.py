"""The banner above the list: claims due within 24 hours and overdue ones, one button each.

Shown on start and refreshed after every change; hidden when nothing is due. Dismissing it
hides it until another claim falls due.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.deadlines import countdown
from atoz_desktop.core.services.claims import ClaimRow
from atoz_desktop.gui.common.flow_layout import FlowLayout
from atoz_desktop.gui.common.formatting import ui_lang
from atoz_desktop.gui.common.labels import reason_label

#: More than this many claims are summed up as "and N more".
MAX_BUTTONS = 4


class ElidedButton(QPushButton):
    """A flat button whose text is elided ("…") when it is given less room than it needs;
    `full_text` keeps the whole of it."""

    MIN_WIDTH = 80

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_WIDTH), hint.height())

    def _full_size(self) -> QSize:
        """The size the whole text needs, as QPushButton works it out for its own text."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.full_text
        metrics = self.fontMetrics()
        contents = QSize(metrics.horizontalAdvance(self.full_text), metrics.height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )

    def sizeHint(self) -> QSize:
        return self._full_size().expandedTo(super().sizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        padding = self._full_size().width() - self.fontMetrics().horizontalAdvance(self.full_text)
        text = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, self.width() - padding
        )
        if text != self.text():
            self.setText(text)


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
        # The entries flow onto as many lines as they need, so a long list never widens the
        # window and none is cut off; an entry wider than the banner is elided (ElidedButton).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 4, 4)
        outer.setSpacing(0)
        top = QHBoxLayout()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        top.addWidget(self.message, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide until another claim falls due"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.entries = FlowLayout(spacing=4)
        outer.addLayout(self.entries)
        self.buttons: list[ElidedButton] = []
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        self.hide()

    def set_claims(self, rows: Sequence[ClaimRow]) -> None:
        self.rows = list(rows)
        for button in self.buttons:
            self.entries.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.entries.removeWidget(self.more)
        overdue = sum(
            1 for r in rows if r.deadline and countdown(r.deadline, self.now()).level == "overdue"
        )  # fmt: skip
        due = self.tr("%n claim(s) to answer within 24 h", "", len(rows))
        self.message.setText(
            self.tr("{due}, {overdue} overdue:").format(
                due=due, overdue=QLocale().toString(overdue)
            )
            if overdue
            else self.tr("{due}:").format(due=due)
        )
        lang = ui_lang()
        for row in rows[:MAX_BUTTONS]:
            left = countdown(row.deadline, self.now()) if row.deadline else None
            button = ElidedButton(
                self.tr("{order_id} · {left}").format(
                    order_id=row.order_id,
                    left=left.text(lang) if left else "",
                )
            )
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if left is not None and left.level == "overdue":
                button.setStyleSheet("color: #a4000f; font-weight: bold;")
            button.setToolTip(f"{button.full_text}\n{reason_label(row.reason)}")
            button.clicked.connect(lambda _=False, pk=row.pk: self.claim_requested.emit(pk))
            self.entries.addWidget(button)
            self.buttons.append(button)
        if len(rows) > MAX_BUTTONS:
            self.more.setText(self.tr("and %n more", "", len(rows) - MAX_BUTTONS))
            self.entries.addWidget(self.more)
            self.more.show()
        else:
            self.more.hide()
        fresh = {r.pk for r in rows} - self._dismissed
        self.setVisible(bool(rows) and bool(fresh))

    def entry_texts(self) -> list[str]:
        """The whole text of each entry, as its tooltip's first line says it."""
        return [button.full_text for button in self.buttons]

    def dismiss(self) -> None:
        self._dismissed |= {r.pk for r in self.rows}
        self.hide()
