"""Fetching a list's whole id list off the GUI thread, after its first screenful is shown.

A one-letter search matches every order: its first 200 ids come from SQL in a fraction of a
millisecond (the sort column's index, LIMIT), but the whole list is a LIKE over every order
(40 ms at 75k orders, ten times that at a million). The list model shows the first rows at once
and asks this fetcher for the rest; only the latest request counts, so typing fast never queues
stale scans. SQLite's driver releases the GIL while it steps, so the GUI thread keeps painting.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

IdQuery = Callable[[], list[int]]


class IdFetcher(QObject):
    """Runs one id query at a time on a worker thread; a newer request replaces a waiting one.

    `fetched(generation, ids)` or `failed(generation)` arrive on the GUI thread (queued)."""

    fetched = Signal(int, object)
    failed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: tuple[int, IdQuery] | None = None
        self._thread: threading.Thread | None = None

    def fetch(self, generation: int, query: IdQuery) -> None:
        with self._lock:
            self._pending = (generation, query)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="id-fetcher", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until no query runs (tests, so that no thread outlives them)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
            try:  # behind the GUI thread, as the other background work
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
            except OSError:
                pass
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    return
            generation, query = job
            try:
                ids = query()
            except Exception as exc:  # the model asks again on the GUI thread, which reports it
                log.info("fetching a list's ids failed: %s: %s", type(exc).__name__, exc)
                self._emit(self.failed, generation)
            else:
                self._emit(self.fetched, generation, ids)

    @staticmethod
    def _emit(signal: object, *args: object) -> None:
        try:
            signal.emit(*args)  # type: ignore[attr-defined]
        except RuntimeError:  # the model was deleted while the query ran
            pass
