"""Add dropped files to a claim off the GUI thread, with progress and cancellation.

One worker thread (common/workers.py), so two drops never race; only paths, ids and the core's
frozen results cross threads. E-mails (.eml, .msg) in a drop become message
events (core.services.messages); every other file becomes evidence of the claim, or of the
timeline event it was dropped on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from atoz_desktop.core.services.evidence import AddResult, expand_paths
from atoz_desktop.core.services.messages import MessagesResult
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.workers import ProgressTask, SingleTaskRunner

log = logging.getLogger(__name__)

MAIL_SUFFIXES = (".eml", ".msg")


def is_mail(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MAIL_SUFFIXES


@dataclass(frozen=True)
class DropResult:
    """What one drop did: the files added as evidence and the e-mails added as messages."""

    claim_pk: int
    files: AddResult = field(default_factory=AddResult)
    messages: MessagesResult = field(default_factory=MessagesResult)
    cancelled: bool = False


class _TaskSignals(QObject):
    progress = Signal(int, int)  # files done, files in all
    stored = Signal()  # some files were stored: the strip may show them already
    succeeded = Signal(object)  # DropResult
    failed = Signal(str)
    done = Signal()


class _AddTask(ProgressTask):
    #: The strip is refreshed at most this often while files are stored.
    STORED_INTERVAL = 0.4

    def __init__(
        self,
        workspace: Workspace,
        claim_pk: int,
        paths: Sequence[str],
        event_pk: int | None,
        kind: str | None,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace, self.claim_pk, self.paths = workspace, claim_pk, list(paths)
        self.event_pk, self.kind = event_pk, kind
        self._last_stored = time.monotonic()
        self._total = 0

    def _progress(self, done: int, total: int) -> None:
        super()._progress(done, total)
        now = time.monotonic()
        if done and now - self._last_stored >= self.STORED_INTERVAL:
            self._last_stored = now
            self.signals.stored.emit()

    def run(self) -> None:
        from atoz_desktop.core.services.evidence import add_evidence
        from atoz_desktop.core.services.messages import add_messages

        try:
            files = expand_paths(self.paths)
            mails = [p for p in files if is_mail(p)]
            others = [p for p in files if not is_mail(p)]
            total = len(files)
            added = AddResult()
            if others:
                added = add_evidence(
                    self.workspace, self.claim_pk, others, kind=self.kind,
                    event_pk=self.event_pk,
                    progress=lambda done, _n, _f: self._progress(done, total),
                    cancelled=self.cancel.is_set,
                )  # fmt: skip
            messages = MessagesResult()
            cancelled = added.cancelled
            for number, mail in enumerate(mails, start=len(others)):
                if self.cancel.is_set():
                    cancelled = True
                    break
                self._progress(number, total)
                one = add_messages(self.workspace, self.claim_pk, [mail])
                messages = MessagesResult(
                    messages.added + one.added,
                    messages.duplicates + one.duplicates,
                    messages.refused + one.refused,
                )
            self._progress(total, total)
        except Exception as exc:  # a bug or a claim deleted meanwhile: say so
            log.exception("adding evidence failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(DropResult(self.claim_pk, added, messages, cancelled))
        finally:
            self.signals.done.emit()


class EvidenceRunner(SingleTaskRunner):
    """Adds one drop at a time; `running` tells whether one is under way."""

    started = Signal(int)  # paths given (files or folders)
    progress = Signal(int, int)
    stored = Signal()
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.claim_pk: int | None = None

    def start(
        self,
        claim_pk: int,
        paths: Sequence[str | Path],
        event_pk: int | None = None,
        kind: str | None = None,
    ) -> bool:
        """Start adding `paths` to claim `claim_pk`; False if a drop is still being added."""
        if self.running:
            return False
        self.claim_pk = claim_pk
        signals = _TaskSignals()
        signals.progress.connect(self.progress)
        signals.stored.connect(self.stored)
        signals.succeeded.connect(self.succeeded)
        signals.failed.connect(self.failed)
        texts = [str(p) for p in paths]
        self._launch(
            signals,
            lambda cancel: _AddTask(
                self.workspace, claim_pk, texts, event_pk, kind, signals, cancel
            ),
            lambda: self.started.emit(len(texts)),
        )
        return True
