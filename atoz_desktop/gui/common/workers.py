"""Running one piece of core work at a time off the GUI thread, with progress and Cancel.

As Picard's `util/thread.py`: the work runs in a `QThreadPool` of one thread and reports back
through signals, which Qt queues to the GUI thread. A runner that writes is given the window's
writer lane (gui/common/ops.py) as that thread, so an import, a drop and a dossier build never
race each other or the window's own changes for the workspace's lock. Only plain data
crosses threads: paths and ids in, the core's frozen results out.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

if TYPE_CHECKING:
    from atoz_desktop.gui.common.ops import WriterLane

log = logging.getLogger(__name__)


class ProgressTask(QRunnable):
    """A task that reports progress through `signals.progress`, at most every 50 ms."""

    PROGRESS_INTERVAL = 0.05

    def __init__(self, signals: QObject, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        # The subclass's own signal holder: `progress`, `done` and whatever else it reports.
        self.signals: Any = signals
        self.cancel = cancel
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= self.PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(done, total)


class OutcomeTask(ProgressTask):
    """A task that ends in exactly one of `signals.succeeded(result)`, `signals.cancelled()` or
    `signals.failed(message)`, then `signals.done()`. `work()` does the job; `errors()` names
    the exceptions that mean the user cancelled and those whose message is for the user (any
    other is a bug: logged with its traceback, reported with its type)."""

    what = "a background task"

    def work(self) -> Any:
        raise NotImplementedError

    def errors(self) -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
        """(cancelled, known): looked up when the task runs, so their modules load then."""
        return (), ()

    def run(self) -> None:
        cancelled, known = self.errors()
        try:
            result = self.work()
        except cancelled:
            self.signals.cancelled.emit()
        except known as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so rather than leave the bar spinning
            log.exception("%s failed", self.what)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()


class _Tracked(QRunnable):
    """A runner's task as the pool sees it: says whether it has started and ended."""

    def __init__(self, inner: QRunnable) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it, and may take it back from the queue
        self.inner = inner
        self.started = threading.Event()
        self.ended = threading.Event()

    def run(self) -> None:
        self.started.set()
        try:
            self.inner.run()
        finally:
            self.ended.set()


class SingleTaskRunner(QObject):
    """Starts one task at a time; `running` tells whether one is under way. Subclasses declare
    their own signals and connect them in `start` before calling `_launch`."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None, lane: WriterLane | None = None) -> None:
        super().__init__(parent)
        if lane is not None:  # the window's writer lane: its work queues behind the others'
            self.pool = lane.pool
        else:
            self.pool = QThreadPool(self)
            self.pool.setMaxThreadCount(1)
            # Background work yields the CPU to the window's thread (a stall is felt, a build
            # a few percent slower is not).
            self.pool.setThreadPriority(QThread.Priority.LowPriority)
        self._cancel: threading.Event | None = None
        self._signals: QObject | None = None
        self._task: _Tracked | None = None

    @property
    def running(self) -> bool:
        return self._signals is not None

    def _launch(
        self,
        signals: QObject,
        task: Callable[[threading.Event], QRunnable],
        announce: Callable[[], None],
    ) -> None:
        """Run `task(cancel_event)`; `signals.done` must fire when it ends, whatever happens.
        `announce` (the subclass's `started` signal) runs once the runner counts as running
        and before the work begins."""
        self._cancel = threading.Event()
        signals.done.connect(self._on_done)  # type: ignore[attr-defined]
        self._signals = signals
        announce()
        self._task = _Tracked(task(self._cancel))
        self.pool.start(self._task)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_done(self) -> None:
        self._signals = None
        self._cancel = None
        self._task = None
        self.finished.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until this runner's task has ended (closing a dialog or the window, tests). A
        task still queued behind another job of the lane is taken back instead: closing a
        dossier dialog during an import does not wait for the import."""
        task = self._task
        if task is None:
            return True
        if not task.started.is_set() and self.pool.tryTake(task):
            self._on_done()  # it never ran, so it will never say it is done
            return True
        return task.ended.wait(None if msecs < 0 else msecs / 1000)
