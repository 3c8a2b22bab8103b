"""The band above the list that says which kind of workspace this is, when it matters.

In the demo: that it is the demo, and the way to the seller's own workspace. In a real workspace
that is still empty: what to do first, and the way to the demo. Otherwise hidden.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

State = Literal["demo", "empty", "none"]


class WorkspaceBanner(QFrame):
    """`own_requested` (Start My Own Workspace), `demo_requested` (Open the Demo),
    `import_requested` (Import Orders…)."""

    own_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace_banner")
        self.state: State = "none"
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        # The demo's one button sits beside the message; an empty workspace's two go below it,
        # so the message keeps the width of the list (a narrow list at 1366 px, in French).
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(8, 4, 4, 4)
        self.layout_.setVerticalSpacing(2)
        self.message = QLabel()
        self.message.setObjectName("workspace_banner_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.layout_.addWidget(self.message, 0, 0)
        self.layout_.setColumnStretch(0, 1)
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.own_button = QPushButton(self.tr("Start My Own Workspace"))
        self.own_button.setObjectName("start_own_workspace")
        self.own_button.clicked.connect(self.own_requested)
        self.import_button = QPushButton(self.tr("Import Orders…"))
        self.import_button.setObjectName("banner_import")
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Open the Demo"))
        self.demo_button.setObjectName("open_the_demo")
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.own_button, self.import_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hide()

    def set_state(self, state: State) -> None:
        self.state = state
        if state == "demo":
            self.setStyleSheet(
                "#workspace_banner { background: #e4efff; border: 1px solid #7aa2e0;"
                " border-radius: 4px; } #workspace_banner QLabel { color: #14305c; }"
            )
            self.message.setText(self.tr("This is a demo — its orders and claims are made up."))
        elif state == "empty":
            self.setStyleSheet(
                "#workspace_banner { background: #eef6ea; border: 1px solid #8dbb7a;"
                " border-radius: 4px; } #workspace_banner QLabel { color: #1f3a14; }"
            )
            self.message.setText(
                self.tr(
                    "Your workspace is empty: import your Amazon order reports, or try the demo "
                    "first."
                )
            )
        self.layout_.removeWidget(self.buttons)
        if state == "demo":
            self.layout_.addWidget(self.buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.layout_.addWidget(self.buttons, 1, 0, 1, 2)
        self.own_button.setVisible(state == "demo")
        self.import_button.setVisible(state == "empty")
        self.demo_button.setVisible(state == "empty")
        self.setVisible(state != "none")
