"""Add dropped files to a claim off the GUI thread, with progress and cancellation.

One worker thread (common/workers.py), so two drops never race; only paths, ids and the core's
frozen results cross threads. What each file is, a mail or evidence, is the core's one intake
(core.services.intake) to say, as for the command line.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from atoz_desktop.core.services.evidence import AddResult, Refused
from atoz_desktop.core.services.messages import HeldMail, MessagesResult
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import WriterLane
from atoz_desktop.gui.common.workers import ProgressTask, SingleTaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DropResult:
    """What one drop did: the files added as evidence, the e-mails added as messages, and
    the e-mails held back because they name another order than the claim's."""

    claim_pk: int
    files: AddResult = field(default_factory=AddResult)
    messages: MessagesResult = field(default_factory=MessagesResult)
    cancelled: bool = False

    @property
    def held(self) -> tuple[HeldMail, ...]:
        return self.messages.held

    def refusals(self) -> list[Refused]:
        """Every file not added, a mail's attachments named "mail.eml › photo.jpg"."""
        found = list(self.files.refused) + list(self.messages.refused)
        for message in self.messages.added:
            mail = Path(message.file).name
            found += [Refused(f"{mail} › {r.file}", r.reason) for r in message.attachments.refused]
        return found


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
        hold_other_orders: bool,
        signals: _TaskSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__(signals, cancel)
        self.workspace, self.claim_pk, self.paths = workspace, claim_pk, list(paths)
        self.event_pk, self.kind = event_pk, kind
        self.hold_other_orders = hold_other_orders
        self._last_stored = time.monotonic()

    def _progress(self, done: int, total: int) -> None:
        super()._progress(done, total)
        now = time.monotonic()
        if done and now - self._last_stored >= self.STORED_INTERVAL:
            self._last_stored = now
            self.signals.stored.emit()

    def run(self) -> None:
        from atoz_desktop.core.services.intake import take_in

        try:
            intake = take_in(
                self.workspace, self.claim_pk, self.paths, kind=self.kind,
                event_pk=self.event_pk, hold_other_orders=self.hold_other_orders,
                progress=lambda done, total, _file: self._progress(done, total),
                cancelled=self.cancel.is_set,
            )  # fmt: skip
        except Exception as exc:  # a bug or a claim deleted meanwhile: say so
            log.exception("adding evidence failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            result = DropResult(self.claim_pk, intake.files, intake.messages, intake.cancelled)
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()


class EvidenceRunner(SingleTaskRunner):
    """Adds one drop at a time; `running` tells whether one is under way."""

    started = Signal(int)  # paths given (files or folders)
    progress = Signal(int, int)
    stored = Signal()
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, lane: WriterLane | None = None
    ) -> None:
        super().__init__(parent, lane)
        self.workspace = workspace
        self.claim_pk: int | None = None

    def start(
        self,
        claim_pk: int,
        paths: Sequence[str | Path],
        event_pk: int | None = None,
        kind: str | None = None,
        hold_other_orders: bool = False,
    ) -> bool:
        """Start adding `paths` to claim `claim_pk`; False if a drop is still being added.
        With `hold_other_orders`, mails about another order are held back
        (`DropResult.held`) for the window to ask about."""
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
                self.workspace,
                claim_pk,
                texts,
                event_pk,
                kind,
                hold_other_orders,
                signals,
                cancel,
            ),
            lambda: self.started.emit(len(texts)),
        )
        return True
