"""Pictures for the preview, decoded off the GUI thread and reduced to the screen's size.

A 50-megapixel scan takes seconds and 200 MB to decode: done on the GUI thread it froze the
window. The core's `thumbnail_bytes` decodes a JPEG reduced (`draft`), refuses what is over
its pixel ceiling before decoding (`images.MAX_DECODE_PIXELS`, `MAX_IMAGE_PIXELS`) and lets
big decodes take turns; here it runs on a pool thread, and only the small result, a QImage,
crosses back to the GUI thread.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from atoz_desktop.core.evidence.images import BadImage, thumbnail_bytes

log = logging.getLogger(__name__)

#: The longest side a preview is decoded to, in device pixels, whatever the screen.
PREVIEW_SIZE = 2048
_MIN_SIZE = 256


def preview_size(widget: QWidget) -> int:
    """The longer side of the screen `widget` is on, in device pixels, within bounds: a
    picture is never decoded bigger than it can be seen whole."""
    screen = widget.screen()
    if screen is None:
        return PREVIEW_SIZE
    size = screen.availableGeometry().size() * screen.devicePixelRatio()
    return max(_MIN_SIZE, min(PREVIEW_SIZE, max(size.width(), size.height())))


class _Signals(QObject):
    decoded = Signal(int, QImage, str)  # token, the picture (null if none), why not


class _DecodeTask(QRunnable):
    def __init__(self, token: int, data: bytes, size: int, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.token, self.data, self.size, self.signals = token, data, size, signals

    def run(self) -> None:
        image, reason = QImage(), ""
        try:
            encoded = thumbnail_bytes(self.data, self.size)
            image = QImage.fromData(encoded)
        except BadImage as exc:  # over the pixel ceiling, or damaged: the reason is for the user
            reason = str(exc)
        except Exception:  # a decoder's bug: the dialog says it cannot show it
            log.exception("preview of an image failed")
        self.data = b""
        self.signals.decoded.emit(self.token, image, reason)


class PreviewDecoder(QObject):
    """One pool thread for every preview of the program (a decode may take 200 MB: never two
    at once from here). `decode()` returns a token; `decoded(token, image, reason)` follows on
    the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self.decoded = self._signals.decoded
        self._tokens = itertools.count(1)

    def decode(self, data: bytes, size: int) -> int:
        token = next(self._tokens)
        self.pool.start(_DecodeTask(token, data, size, self._signals))
        return token

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


_decoder: PreviewDecoder | None = None


def decoder() -> PreviewDecoder:
    """The program's one decoder, owned by the application (it outlives every dialog, so a
    decode that ends after its dialog closed has somewhere to report)."""
    global _decoder
    if _decoder is None:
        _decoder = PreviewDecoder(QCoreApplication.instance())
    return _decoder
