"""Run an order import off the GUI thread, with progress and cancellation.

As Picard's `util/thread.py`: the work runs in a `QThreadPool` (one thread, so imports never
race each other) and reports back through signals, which Qt queues to the GUI thread. Only plain
data crosses threads: paths in, the core's `ImportSummary` or the problems out.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from atoz_desktop.core.storage.database import Workspace

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)  # ImportSummary
    rejected = Signal(str, list)  # message, [RowProblem]
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()


class _ImportTask(QRunnable):
    #: At most this many progress signals per second reach the GUI thread.
    PROGRESS_INTERVAL = 0.05

    def __init__(
        self,
        workspace: Workspace,
        paths: Sequence[str],
        skip_bad: bool,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.workspace = workspace
        self.paths = list(paths)
        self.skip_bad = skip_bad
        self.signals = signals
        self.cancel = cancel
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= self.PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        from atoz_desktop.core.services.importing import (
            ImportCancelled,
            ImportRejected,
            import_order_files,
        )

        try:
            summary = import_order_files(
                self.workspace,
                self.paths,
                skip_bad=self.skip_bad,
                progress=self._progress,
                cancelled=self.cancel.is_set,
            )
        except ImportCancelled:
            self.signals.cancelled.emit()
        except ImportRejected as exc:
            self.signals.rejected.emit(str(exc), list(exc.problems))
        except Exception as exc:  # a bug: say so rather than leave the bar spinning
            log.exception("import failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(summary)
        finally:
            self.signals.done.emit()


class ImportRunner(QObject):
    """Starts one import at a time; `running` tells whether one is under way."""

    started = Signal(list)  # file names
    progress = Signal(int, int)
    succeeded = Signal(object)
    rejected = Signal(str, list)
    cancelled = Signal()
    failed = Signal(str)
    finished = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._cancel: threading.Event | None = None
        self._signals: _TaskSignals | None = None
        self.paths: list[str] = []
        self.skip_bad = False

    @property
    def running(self) -> bool:
        return self._signals is not None

    def start(self, paths: Sequence[str | Path], skip_bad: bool = False) -> bool:
        """Start importing `paths`; False if an import is already running."""
        if self.running:
            return False
        self.paths = [str(p) for p in paths]
        self.skip_bad = skip_bad
        self._cancel = threading.Event()
        signals = _TaskSignals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.rejected.connect(self.rejected)
        signals.cancelled.connect(self.cancelled)
        signals.failed.connect(self.failed)
        signals.done.connect(self._on_done)
        self._signals = signals
        self.started.emit([Path(p).name for p in self.paths])
        self.pool.start(_ImportTask(self.workspace, self.paths, skip_bad, signals, self._cancel))
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_done(self) -> None:
        self._signals = None
        self._cancel = None
        self.finished.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
