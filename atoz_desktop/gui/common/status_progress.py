"""The progress of one background job in the window's status bar: what it does, how far it
is, and Cancel (an import of reports, a drop of evidence, the morning's dossiers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton


class StatusProgress(QObject):
    """Hidden until `start`; `cancel` runs when the seller clicks Cancel."""

    def __init__(self, window: QMainWindow, cancel: Callable[[], None], name: str) -> None:
        super().__init__(window)
        self._cancel = cancel
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never HTML
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(name)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in self._widgets():
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    def _widgets(self) -> tuple[QLabel, QProgressBar, QPushButton]:
        return self.label, self.bar, self.cancel_button

    def start(self, text: str) -> None:
        """Show `text` and a busy bar until the first progress arrives."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        for widget in self._widgets():
            widget.show()

    def update(self, done: int, total: int, text: str | None = None) -> None:
        if total > 0:
            # QProgressBar holds ints; per mille keeps huge row counts in range.
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
        if text is not None:
            self.label.setText(text)

    def cancel(self) -> None:
        self._cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def finish(self) -> None:
        for widget in self._widgets():
            widget.hide()
