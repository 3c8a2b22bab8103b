"""Errors reach the seller, never the void: a bug anywhere shows a dialog and goes to the log.

PySide6 hands an exception raised in a slot, a virtual method or a thread-pool task to
`sys.excepthook`; a Python thread's goes to `threading.excepthook`. Left alone, both print to a
terminal the seller never sees, and the window goes on as if nothing happened (or vanishes).
`ErrorReporter` takes both hooks: it writes the traceback to the log, then shows one dialog on
the GUI thread (a bug on a worker is carried over by a queued signal) that says what happened,
that the window stays open, where the log is, with Copy Details and Open Log Folder.

Errors a user can fix (a bad file, a busy database, a claim changed elsewhere) are not bugs:
the code that meets them shows a plain message. This is for everything else.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop import APP_NAME, __version__
from atoz_desktop.core.logs import log_file

__all__ = ["ErrorReporter"]

log = logging.getLogger("atoz_desktop.bug")


class ErrorReporter(QObject):
    """Owns sys.excepthook and threading.excepthook while installed (`install`/`uninstall`)."""

    caught = Signal(str, str)  # summary, details: emitted from any thread, shown on the GUI's

    def __init__(self, parent: QObject | None = None, log_path: Path | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path if log_path is not None else log_file()
        self.dialog: ErrorDialog | None = None
        self.more = 0  # bugs caught while the dialog was open: counted, not stacked
        self._previous: tuple[object, object] | None = None
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # --- the hooks ------------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started us
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error (A-to-Z Desk %s)\n%s", __version__, details.rstrip())
        summary = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        self.caught.emit(summary, details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    # --- the dialog -----------------------------------------------------------------------
    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None:
            self.more += 1
            self.dialog.set_informative(self._informative())
            return
        parent = QApplication.activeWindow()
        dialog = ErrorDialog(
            self.tr(
                "Something went wrong inside {app}: {error}\n\n"
                "The window stays open, but what you were doing may not have finished: "
                "check it before going on."
            ).format(app=APP_NAME, error=summary),
            details,
            parent if isinstance(parent, QWidget) else None,
        )
        dialog.set_informative(self._informative())
        dialog.copy_button.clicked.connect(lambda: self.copy_details(details))
        dialog.folder_button.clicked.connect(self.open_log_folder)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        self.more = 0
        dialog.open()

    def _informative(self) -> str:
        text = self.tr("The details are written to the log: {path}").format(path=self.log_path)
        if self.more:
            text += "\n" + self.tr("%n more error(s) happened since.", "", self.more)
        return text

    def copy_details(self, details: str) -> None:
        header = f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        QGuiApplication.clipboard().setText(header + details)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
        self.more = 0


class ErrorDialog(QDialog):
    """What happened in words, the log's place, the traceback behind Show Details."""

    def __init__(self, text: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = self._plain_label(text)
        self.informative = self._plain_label("")
        self.informative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(160)
        self.details.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = buttons.addButton(
            self.tr("Show &Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = buttons.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button = buttons.addButton(
            self.tr("Open &Log Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.details_button.clicked.connect(self._toggle_details)
        buttons.rejected.connect(self.reject)

        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.informative)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40))

    @staticmethod
    def _plain_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # may quote a buyer's file name or text
        label.setWordWrap(True)
        return label

    def set_informative(self, text: str) -> None:
        self.informative.setText(text)

    def _toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &Details") if shown else self.tr("Show &Details"))
        self.adjustSize()
