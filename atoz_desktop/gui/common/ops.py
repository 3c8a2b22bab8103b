"""Every change the window makes goes through one `Ops` runner, as Anki's `CollectionOp` does.

- **One writer lane.** All of the window's writes run on one thread (`WriterLane`, a
  single-thread pool): the undo commands and dialog saves (`Ops.attempt`, which waits for
  their result without freezing the window) and the long jobs (imports, drops, dossier builds:
  `SingleTaskRunner(lane=...)`). Two of the window's own jobs therefore never fight for the
  workspace's lock: a change made during an import waits its turn. While a change waits for
  longer than a moment (the window's own job ahead of it, or another program holding the lock),
  the status bar says so, with the busy cursor; user input is held back meanwhile, so nothing
  is clicked twice.
- **One notice.** `Ops.workspace_changed(Change)` is the window's only "the data changed" signal,
  and it says what changed, so a list that cannot be affected is not re-read.
- **One place for errors.** A refusal from the core (the claim's rules, a stale edit, a busy or
  unreachable workspace, sorted by core/storage/errors.py) is shown as a plain message; a stale
  edit then reloads everything. Anything else is a bug: logged with its traceback and shown by
  the window's error dialog (`sys.excepthook`, gui/common/errors.py).
"""

from __future__ import annotations

import enum
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from atoz_desktop.core.services.claims import ClaimError
from atoz_desktop.core.services.evidence import EvidenceError
from atoz_desktop.core.storage.errors import StaleEdit, WorkspaceBusy, WorkspaceUnavailable
from atoz_desktop.gui.common.widgets import plain_message_box

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The core's refusals: messages for the user, not bugs.
REFUSALS: tuple[type[Exception], ...] = (
    ClaimError,
    EvidenceError,
    StaleEdit,
    WorkspaceBusy,
    WorkspaceUnavailable,
)
#: Refusals about the workspace itself rather than the change: shown in a message box, since
#: they concern whatever the user does next.
WORKSPACE_TROUBLE = (StaleEdit, WorkspaceBusy, WorkspaceUnavailable)


class Change(enum.Flag):
    """What a change touched, for `Ops.workspace_changed`."""

    ORDERS = enum.auto()  # orders, their lines and shipments (imports)
    CLAIMS = enum.auto()  # claims, their events, status and messages
    EVIDENCE = enum.auto()  # evidence items
    SETTINGS = enum.auto()  # policies, time zone, seller profile, limits
    WORKSPACE = enum.auto()  # another workspace, or changed elsewhere: re-read everything
    EVERYTHING = ORDERS | CLAIMS | EVIDENCE | SETTINGS | WORKSPACE


class Failed:
    """What `Ops.attempt` returns when the change was refused or failed (already reported)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = Failed()


class _Relay(QObject):
    done = Signal()


class _Call(QRunnable):
    """One function run on the lane; its result or exception is kept for the GUI thread."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = relay
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which raises it again
            self.error = exc
        finally:
            self.finished.set()
            self.relay.done.emit()


class WaitingNotice(QWidget):
    """What a waiting change says: a line with a busy bar in the window's status bar (with the
    busy cursor). Inside the window, not a window of its own, so it never takes the focus or the
    window's activation from the user."""

    def __init__(self, text: str, window: QWidget | None) -> None:
        super().__init__()
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: a lock has no percentage
        bar.setMaximumWidth(120)
        bar.setMaximumHeight(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(window, QMainWindow):
            window.statusBar().insertWidget(0, self, 1)
        self.show()

    def labelText(self) -> str:  # noqa: N802 - as QProgressDialog's, which it replaced
        return self.label.text()


class WriterLane(QObject):
    """The one thread the window writes on (see the module's docstring)."""

    #: How long a change may wait before the window says it is waiting.
    NOTICE_AFTER_MS = 800

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # keep the thread: a change should not wait for one
        # Imports and builds yield the CPU to the window's thread (a stall is felt, a build a
        # few percent slower is not); a change waits with the window idle, so loses nothing.
        self.pool.setThreadPriority(QThread.Priority.LowPriority)
        self._waiting: WaitingNotice | None = None

    def notice_parent(self) -> QWidget | None:
        parent = self.parent()
        while parent is not None and not isinstance(parent, QWidget):
            parent = parent.parent()
        return parent

    def call(self, fn: Callable[..., T], *args: Any, quiet: bool = False, **kwargs: Any) -> T:
        """Run `fn(*args, **kwargs)` on the lane and return its result (or raise its exception)
        here, keeping the window painted meanwhile. `quiet`: the caller shows its own progress,
        so no "waiting" notice."""
        if QThread.currentThread() is not self.thread():  # already off the GUI thread
            return fn(*args, **kwargs)
        own_work_ahead = self.pool.activeThreadCount() > 0
        relay = _Relay()
        loop = QEventLoop()
        relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        task = _Call(lambda: fn(*args, **kwargs), relay)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_waiting(own_work_ahead))
        if not quiet:
            timer.start(self.NOTICE_AFTER_MS)
        self.pool.start(task)
        try:
            if not task.finished.is_set():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            timer.stop()
            self._hide_waiting()
        task.finished.wait()  # the loop may end early only if Qt is quitting
        if task.error is not None:
            raise task.error
        return task.result  # type: ignore[no-any-return]

    def _show_waiting(self, own_work_ahead: bool) -> None:
        text = (
            self.tr("Waiting for the work under way to finish (see the status bar)…")
            if own_work_ahead
            else self.tr("Waiting for another window or program to finish writing…")
        )
        self._waiting = WaitingNotice(text, self.notice_parent())
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _hide_waiting(self) -> None:
        if self._waiting is None:
            return
        QApplication.restoreOverrideCursor()
        self._waiting.hide()
        self._waiting.deleteLater()
        self._waiting = None

    @property
    def waiting(self) -> WaitingNotice | None:
        """The "waiting" notice while one is shown (tests)."""
        return self._waiting

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class Ops(QObject):
    """The window's ops runner (see the module's docstring)."""

    #: The data changed; the argument says what (a `Change`).
    workspace_changed = Signal(object)
    #: A change was refused: the message, for the status bar.
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = WriterLane(self)
        self.message_box: Any = None  # the last refusal shown in a box (tests)

    def attempt(
        self,
        fn: Callable[..., T],
        *args: Any,
        in_place: tuple[type[Exception], ...] = (),
        **kwargs: Any,
    ) -> T | Failed:
        """Run a write on the lane and return its result; report a refusal or a bug and return
        FAILED for it. The exceptions named in `in_place` reach the caller instead: a dialog
        shows the core's answer beside the field it concerns."""
        try:
            return self.lane.call(fn, *args, **kwargs)
        except in_place:
            raise
        except REFUSALS as exc:
            self.refuse(exc)
        except Exception:
            self.report_bug()
        return FAILED

    def refuse(self, exc: Exception) -> None:
        message = str(exc)
        self.refused.emit(message)
        if isinstance(exc, WORKSPACE_TROUBLE):
            parent = self.lane.notice_parent()
            box = plain_message_box(
                QMessageBox.Icon.Warning, self.tr("A-to-Z Desk"), message, parent
            )
            box.open()
            self.message_box = box
        if isinstance(exc, StaleEdit):
            self.reload()  # show what the workspace holds now

    def report_bug(self) -> None:
        """The exception being handled is a bug: the log and the error dialog."""
        kind, value, tb = sys.exc_info()
        if kind is None or value is None:
            return
        if sys.excepthook is sys.__excepthook__:  # no error dialog installed (a script, a test)
            log.error("A change failed", exc_info=(kind, value, tb))
        else:
            sys.excepthook(kind, value, tb)

    def changed(self, changes: Change) -> None:
        self.workspace_changed.emit(changes)

    def reload(self) -> None:
        """Re-read everything (another workspace, or a change made elsewhere)."""
        self.changed(Change.EVERYTHING)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the lane is idle (closing the window, tests)."""
        return self.lane.wait(msecs)
