"""Run an order import off the GUI thread, with progress and cancellation (common/workers.py):
paths in, the core's `ImportSummary` or the problems out."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import WriterLane
from atoz_desktop.gui.common.workers import ProgressTask, SingleTaskRunner

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)  # ImportSummary
    rejected = Signal(str, list)  # message, [RowProblem]
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()


class _ImportTask(ProgressTask):
    def __init__(
        self,
        workspace: Workspace,
        paths: Sequence[str],
        skip_bad: bool,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace = workspace
        self.paths = list(paths)
        self.skip_bad = skip_bad

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


class ImportRunner(SingleTaskRunner):
    """Starts one import at a time; `running` tells whether one is under way."""

    started = Signal(list)  # file names
    progress = Signal(int, int)
    succeeded = Signal(object)
    rejected = Signal(str, list)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, lane: WriterLane | None = None
    ) -> None:
        super().__init__(parent, lane)
        self.workspace = workspace
        self.paths: list[str] = []
        self.skip_bad = False

    def start(self, paths: Sequence[str | Path], skip_bad: bool = False) -> bool:
        """Start importing `paths`; False if an import is already running."""
        if self.running:
            return False
        self.paths = [str(p) for p in paths]
        self.skip_bad = skip_bad
        signals = _TaskSignals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.rejected.connect(self.rejected)
        signals.cancelled.connect(self.cancelled)
        signals.failed.connect(self.failed)
        names = [Path(p).name for p in self.paths]
        self._launch(
            signals,
            lambda cancel: _ImportTask(self.workspace, self.paths, skip_bad, signals, cancel),
            lambda: self.started.emit(names),
        )
        return True
