"""Build dossiers off the GUI thread, with progress and cancellation (common/workers.py): a
claim and the seller's options in, the core's `DossierResult` out; or, for the morning batch,
a folder in and the exports out."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from atoz_desktop.core.dossier.content import DossierOptions
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import WriterLane
from atoz_desktop.gui.common.workers import OutcomeTask, SingleTaskRunner


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)  # DossierResult, or list[Export] for a batch
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()


def _dossier_errors() -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    from atoz_desktop.core.dossier.builder import DossierCancelled
    from atoz_desktop.core.services.dossiers import DossierError

    return (DossierCancelled,), (DossierError,)


class _BuildTask(OutcomeTask):
    what = "building a dossier"

    def __init__(
        self,
        workspace: Workspace,
        claim_pk: int,
        options: DossierOptions,
        now: datetime,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace, self.claim_pk, self.options, self.now = workspace, claim_pk, options, now

    def errors(self) -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
        return _dossier_errors()

    def work(self) -> Any:
        from atoz_desktop.core.services.dossiers import build_claim_dossier

        return build_claim_dossier(
            self.workspace,
            self.claim_pk,
            self.options,
            now=self.now,
            progress=lambda done, total, _what: self._progress(done, total),
            cancelled=self.cancel.is_set,
        )


class _BatchTask(OutcomeTask):
    what = "exporting the due claims' dossiers"

    def __init__(
        self,
        workspace: Workspace,
        folder: Path,
        within: timedelta,
        lang: str,
        now: datetime,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace, self.folder, self.within = workspace, folder, within
        self.lang, self.now = lang, now

    def errors(self) -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
        return _dossier_errors()

    def work(self) -> Any:
        from atoz_desktop.core.services.dossiers import export_due_dossiers

        exports = export_due_dossiers(
            self.workspace,
            self.folder,
            within=self.within,
            lang=self.lang,
            now=self.now,
            progress=lambda done, total, _what: self._progress(done, total),
            cancelled=self.cancel.is_set,
        )
        if self.cancel.is_set():
            self.signals.cancelled.emit()  # then succeeded: the dossiers written are kept
        return exports


class DossierRunner(SingleTaskRunner):
    """Builds one dossier (or one batch) at a time; `running` tells whether one is under way.
    A batch that is cancelled keeps the dossiers already written: `succeeded` follows
    `cancelled` with them."""

    started = Signal()
    progress = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, lane: WriterLane | None = None
    ) -> None:
        super().__init__(parent, lane)
        self.workspace = workspace

    def _new_signals(self) -> _TaskSignals:
        signals = _TaskSignals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.cancelled.connect(self.cancelled)
        signals.failed.connect(self.failed)
        return signals

    def build(self, claim_pk: int, options: DossierOptions, now: datetime) -> bool:
        """Start building claim `claim_pk`'s dossier; False if a build is under way."""
        if self.running:
            return False
        signals = self._new_signals()
        self._launch(
            signals,
            lambda cancel: _BuildTask(self.workspace, claim_pk, options, now, signals, cancel),
            self.started.emit,
        )
        return True

    def export_due(self, folder: Path, within: timedelta, lang: str, now: datetime) -> bool:
        """Start writing the response dossiers of the claims due within `within`."""
        if self.running:
            return False
        signals = self._new_signals()
        self._launch(
            signals,
            lambda cancel: _BatchTask(self.workspace, folder, within, lang, now, signals, cancel),
            self.started.emit,
        )
        return True
