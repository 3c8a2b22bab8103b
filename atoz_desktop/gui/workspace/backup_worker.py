"""Back up or restore a workspace off the GUI thread (common/workers.py): a file in, the core's
`BackupResult` / `RestoreResult` or the reason it failed out."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.workers import OutcomeTask, SingleTaskRunner


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()


class _KnownErrors(OutcomeTask):
    def errors(self) -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
        from atoz_desktop.core.storage.database import WorkspaceError
        from atoz_desktop.core.storage.errors import WorkspaceBusy

        return (), (WorkspaceError, WorkspaceBusy, OSError)


class _BackupTask(_KnownErrors):
    what = "a backup"

    def __init__(
        self, workspace: Workspace, file: Path, signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace = workspace
        self.file = file

    def work(self) -> Any:
        from atoz_desktop.core.services.backups import backup_workspace

        # The save dialog asked before replacing an existing file.
        return backup_workspace(self.workspace, self.file, self._progress, overwrite=True)


class _RestoreTask(_KnownErrors):
    what = "a restore"

    def __init__(
        self, url: str, file: Path, keep: int, signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__(signals, cancel)
        self.url = url
        self.file = file
        self.keep = keep

    def work(self) -> Any:
        from atoz_desktop.core.services.backups import restore_workspace

        return restore_workspace(self.url, self.file, self._progress, keep=self.keep)


class BackupRunner(SingleTaskRunner):
    """One backup or restore at a time."""

    started = Signal()
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def _start(self, make: Any) -> bool:
        if self.running:
            return False
        signals = _Signals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.failed.connect(self.failed)
        self._launch(signals, lambda cancel: make(signals, cancel), self.started.emit)
        return True

    def back_up(self, workspace: Workspace, file: Path) -> bool:
        return self._start(lambda s, c: _BackupTask(workspace, file, s, c))

    def restore(self, url: str, file: Path, keep: int) -> bool:
        return self._start(lambda s, c: _RestoreTask(url, file, keep, s, c))
