"""Reading evidence items as carrier receipts off the GUI thread, after everything else.

One low-priority thread of its own reads one item at a time (core.services.receipts
`read_document`: up to about 2 s for a 12-megapixel photo), writing nothing; what it read is
written by `keep` on the GUI thread's side (the window's writer lane, gui/common/ops.py: one
short unit of work). It starts an item only while no drop is being stored and no thumbnail is
being made, so a 200-photo drop shows its thumbnails as fast as without it; the items wait in a
queue on the GUI thread meanwhile. Only ids and the core's frozen results cross threads.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from atoz_desktop.core.storage.database import Workspace

if TYPE_CHECKING:  # the receipts service imports the reader (Pillow): not at start
    from atoz_desktop.core.services.receipts import ReadDocument

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(int, int, object)  # evidence pk, claim pk, ReadDocument or None


class _ReadTask(QRunnable):
    def __init__(self, workspace: Workspace, pk: int, claim_pk: int, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.workspace, self.pk, self.claim_pk, self.signals = workspace, pk, claim_pk, signals

    def run(self) -> None:
        from atoz_desktop.core.services.evidence import EvidenceError
        from atoz_desktop.core.services.receipts import read_document

        document = None
        try:
            document = read_document(self.workspace, self.pk)
        except EvidenceError:
            pass  # removed meanwhile: nothing to read
        except Exception:  # a reader's bug, or the workspace's: say so, never stop the queue
            log.exception("reading evidence %s as a receipt failed", self.pk)
        self.signals.finished.emit(self.pk, self.claim_pk, document)


class ReceiptReader(QObject):
    """Queues items to read; `read(pk, claim_pk, found)` fires on the GUI thread after each.

    `keep(document)` writes what was read; `busy()` says whether the window is doing something
    reading must not slow down (a drop being stored, thumbnails being made); the queue waits
    while it is true."""

    read = Signal(int, int, bool)
    #: A picture was read from its barcodes only: text recognition (Tesseract) is not installed.
    unrecognised = Signal()
    #: How often a waiting queue looks again whether the window is still busy (ms).
    RETRY_MS = 150

    def __init__(
        self,
        workspace: Workspace,
        keep: Callable[[ReadDocument], object],
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.keep = keep
        self.busy = busy
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setThreadPriority(QThread.Priority.LowestPriority)
        self._queue: deque[tuple[int, int]] = deque()
        self._running: int | None = None
        self._closed = False  # `wait()` was called: the window is closing
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.RETRY_MS)
        self._timer.timeout.connect(self._next)

    def queue(self, claim_pk: int, pks: Iterable[int]) -> None:
        """Read these items of claim `claim_pk` (each once, in this order, after the ones
        already queued)."""
        waiting = {pk for pk, _claim in self._queue} | {self._running}
        self._queue.extend((pk, claim_pk) for pk in pks if pk not in waiting)
        self._next()

    def pending(self, pk: int) -> bool:
        """Whether the item is waiting to be read or being read."""
        return pk == self._running or any(p == pk for p, _claim in self._queue)

    def forget_queued(self, keep_claim: int | None = None) -> None:
        """Drop the items of other claims than `keep_claim` that wait (another claim is shown;
        they are queued again when theirs is)."""
        self._queue = deque(item for item in self._queue if item[1] == keep_claim)

    def _next(self) -> None:
        if self._closed or self._running is not None or not self._queue:
            return
        if self.busy():
            self._timer.start()
            return
        pk, claim_pk = self._queue.popleft()
        self._running = pk
        self.pool.start(_ReadTask(self.workspace, pk, claim_pk, self._signals))

    def _on_finished(self, pk: int, claim_pk: int, document: ReadDocument | None) -> None:
        # The item stays "being read" until its reading is written: the write may wait its
        # turn on the writer lane, and the item is not queued again nor `idle()` meanwhile.
        if self._closed:
            self._running = None
            return  # the window closed while it was read: it is read again next time
        found = missing = False
        try:
            if document is not None:
                self.keep(document)  # the write, on the window's writer lane (refusals reported)
                reading = document.reading
                found = reading is not None and reading.tracking_number is not None
                missing = reading is not None and reading.recognition_missing
        finally:
            self._running = None
        if not shiboken6.isValid(self) or self._closed:
            return  # the window went away while the write waited its turn
        self.read.emit(pk, claim_pk, found)
        if missing:
            self.unrecognised.emit()
        self._next()

    def idle(self) -> bool:
        return self._running is None and not self._queue

    def wait(self, msecs: int = -1) -> bool:
        """Drop what waits and let the item being read finish, unwritten (closing the window,
        tests): nothing is read after this."""
        self._closed = True
        if not shiboken6.isValid(self):
            return True  # already gone with its window
        self._queue.clear()
        self._timer.stop()
        return self.pool.waitForDone(msecs)
