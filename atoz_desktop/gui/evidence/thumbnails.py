"""Evidence thumbnails made off the GUI thread and cached in memory and on disk.

A `QRunnable` per item runs on a small `QThreadPool`: it reads the disk cache (keyed by the
content's SHA-256, so reopening a claim is instant) or asks the core for an upright thumbnail
(images) or renders a PDF's first page with QtPdf, then posts the encoded bytes back by signal.
Only the SHA-256, the size and bytes cross threads; the `QPixmap` is made on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    QStandardPaths,
    QThread,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from atoz_desktop.core.services.evidence import EvidenceItem, evidence_bytes, thumbnail
from atoz_desktop.core.storage.database import Workspace

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

log = logging.getLogger(__name__)

#: Thumbnails are made this big (pixels, the longer side) and scaled down for display.
THUMB_SIZE = 256
#: Pixmaps kept in memory, least recently used dropped first.
MEMORY_ITEMS = 600
PDF_MIME = "application/pdf"

_have_qtpdf: bool | None = None


def have_qtpdf() -> bool:
    """Whether QtPdf is installed (a separate wheel, PySide6_Pdf; without it PDFs show an icon).

    Imported at the first PDF, not at start: nothing shows a PDF before a claim with one is
    opened. Called on the GUI thread before a PDF's thumbnail task starts, so that the module
    is set up there and not on a worker (see gui/__init__.py)."""
    global _have_qtpdf
    if _have_qtpdf is None:
        try:
            import PySide6.QtPdf  # noqa: F401
        except ImportError:  # pragma: no cover - depends on the installation
            _have_qtpdf = False
        else:
            _have_qtpdf = True
    return _have_qtpdf


def default_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not base:
        base = str(Path(tempfile.gettempdir()) / "atoz-desktop-cache")
    return Path(base) / "thumbnails"


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document over `data`; keep the buffer alive as long as the document."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def render_pdf_page(data: bytes, size: int) -> bytes:
    """The first page of a PDF as PNG bytes within `size`×`size` on white; b"" if it cannot
    be opened (a password, a parser failure). Safe on a worker thread: all objects are local."""
    if not have_qtpdf():
        return b""
    from PySide6.QtPdf import QPdfDocument

    document, buffer = load_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return b""
        page = document.pagePointSize(0)
        if page.width() <= 0 or page.height() <= 0:
            return b""
        scale = size / max(page.width(), page.height())
        target = QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))
        rendered = document.render(0, target)
        image = QImage(target, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        out = QBuffer()
        out.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(out, "PNG")  # type: ignore[call-overload]  # stubs say bytes
        return bytes(out.data().data())
    finally:
        document.close()
        buffer.close()


def make_thumbnail(workspace: Workspace, item: EvidenceItem, size: int) -> bytes:
    """Encoded thumbnail bytes of one item, or b"" when it has none (text, a locked PDF)."""
    if item.mime == PDF_MIME:
        if item.warning:
            return b""
        return render_pdf_page(evidence_bytes(workspace, item.pk), size)
    if item.is_image:
        return thumbnail(workspace, item.pk, size) or b""
    return b""


class _Signals(QObject):
    finished = Signal(str, int, bytes)  # sha256, size, encoded image (b"" if none)


class _ThumbnailTask(QRunnable):
    def __init__(
        self,
        workspace: Workspace,
        item: EvidenceItem,
        size: int,
        cache_dir: Path | None,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.workspace, self.item, self.size = workspace, item, size
        self.cache_dir, self.signals = cache_dir, signals

    def _cache_path(self) -> Path | None:
        if self.cache_dir is None:
            return None
        sha = self.item.sha256
        return self.cache_dir / sha[:2] / f"{sha}-{self.size}.img"

    def run(self) -> None:
        data = b""
        path = self._cache_path()
        try:
            if path is not None and path.is_file():
                data = path.read_bytes()
            else:
                data = make_thumbnail(self.workspace, self.item, self.size)
                if data and path is not None:
                    self._write(path, data)
        except Exception:  # a thumbnail is decoration: log it, show the type icon
            log.exception("thumbnail of evidence %s failed", self.item.pk)
            data = b""
        self.signals.finished.emit(self.item.sha256, self.size, data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, path)
        except OSError as exc:  # a read-only cache only costs speed
            log.warning("cannot cache a thumbnail in %s: %s", path.parent, exc)


class ThumbnailLoader(QObject):
    """Hands out cached thumbnails and makes the missing ones on worker threads.

    `lookup()` answers at once from memory; `request()` queues a missing one; `ready(sha256)`
    fires on the GUI thread once its pixmap (or the knowledge that it has none) is in memory.
    """

    ready = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
        threads: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cache_dir = cache_dir
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads or max(1, min(4, QThread.idealThreadCount())))
        self._memory: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._pending: set[tuple[str, int]] = set()
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)

    def lookup(self, sha256: str, size: int = THUMB_SIZE) -> QPixmap | None:
        """The pixmap if made (a null pixmap: the item has no thumbnail), None if not yet."""
        key = (sha256, size)
        pixmap = self._memory.get(key)
        if pixmap is not None:
            self._memory.move_to_end(key)
        return pixmap

    def busy(self) -> bool:
        """Whether thumbnails are being made (work that must not wait for anything else)."""
        return bool(self._pending)

    def is_pending(self, sha256: str, size: int = THUMB_SIZE) -> bool:
        return (sha256, size) in self._pending

    def request(self, item: EvidenceItem, size: int = THUMB_SIZE) -> None:
        key = (item.sha256, size)
        if key in self._memory or key in self._pending:
            return
        self._pending.add(key)
        if item.mime == PDF_MIME:
            have_qtpdf()  # imported here, on the GUI thread, not on the worker
        self.pool.start(_ThumbnailTask(self.workspace, item, size, self.cache_dir, self._signals))

    def forget_queued(self) -> None:
        """Drop the requests not started yet (another claim is shown); they are asked again."""
        self.pool.clear()
        self._pending.clear()

    def _on_finished(self, sha256: str, size: int, data: bytes) -> None:
        key = (sha256, size)
        self._pending.discard(key)
        pixmap = QPixmap()
        if data and not pixmap.loadFromData(data):
            pixmap = QPixmap()
        self._memory[key] = pixmap
        self._memory.move_to_end(key)
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)
        self.ready.emit(sha256)

    def wait(self, msecs: int = -1) -> bool:
        """Drop queued work and wait for the running tasks (closing the window, tests)."""
        self.pool.clear()
        self._pending.clear()
        return self.pool.waitForDone(msecs)
