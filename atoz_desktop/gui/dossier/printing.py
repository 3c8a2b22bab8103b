"""Print a dossier: each page rendered by QtPdf at the printer's resolution, so what comes out
of the printer is the PDF the seller previewed (and whose SHA-256 the timeline records).

Rendering a page at 600 dpi takes a good fraction of a second, so printing runs on a worker
thread (QPainter may paint on a QPrinter from any one thread); the print dialog itself is the
GUI thread's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from atoz_desktop.gui.common.workers import OutcomeTask, SingleTaskRunner

#: Pages are rendered at the printer's resolution, up to this (a 1200 dpi laser printer gets
#: 600 dpi images: the same print, a quarter of the memory per page).
MAX_DPI = 600


def printing_to_pdf_file(printer: QPrinter) -> bool:
    """The print dialog's "Print to file (PDF)" of the whole document."""
    whole = printer.fromPage() <= 0 and printer.toPage() <= 0
    pdf = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    return pdf and bool(printer.outputFileName()) and whole


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog asked for (all of them, or its page range)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


def print_pdf(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print the PDF `data` on `printer`, page by page; returns the pages printed."""
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    from atoz_desktop.gui.evidence.thumbnails import load_pdf

    document, buffer = load_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise ValueError("the dossier cannot be read back for printing")
        pages = pages_to_print(printer, document.pageCount())
        painter = QPainter()
        if not pages or not painter.begin(printer):
            return 0
        printed = 0
        try:
            device_dpi = printer.resolution()
            scale_dpi = min(device_dpi, MAX_DPI) / device_dpi
            options = QPdfDocumentRenderOptions()
            area = printer.pageLayout().paintRectPixels(device_dpi)
            for number, page in enumerate(pages):
                if cancelled is not None and cancelled():
                    break
                if progress is not None:
                    progress(number, len(pages))
                if number:
                    printer.newPage()
                size = document.pagePointSize(page)
                # Points to device pixels, the page fitted into the printable area.
                scale = min(area.width() / size.width(), area.height() / size.height())
                width, height = int(size.width() * scale), int(size.height() * scale)
                image = document.render(
                    page,
                    QSize(max(1, int(width * scale_dpi)), max(1, int(height * scale_dpi))),
                    options,
                )
                target = QRect(0, 0, width, height)
                target.moveCenter(QRect(0, 0, area.width(), area.height()).center())
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        if progress is not None:
            progress(printed, len(pages))
        return printed
    finally:
        document.close()
        buffer.close()


class _PrintSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(int)  # pages printed
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()


class _PrintTask(OutcomeTask):
    what = "printing a dossier"

    def __init__(
        self, data: bytes, printer: QPrinter, signals: _PrintSignals, cancel: threading.Event
    ) -> None:
        super().__init__(signals, cancel)
        self.data, self.printer = data, printer

    def work(self) -> int:
        return print_pdf(self.data, self.printer, self._progress, self.cancel.is_set)


class PrintRunner(SingleTaskRunner):
    """Prints one dossier at a time off the GUI thread. The printer must not be touched by the
    GUI thread until `finished`."""

    started = Signal()
    progress = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)

    def start(self, data: bytes, printer: QPrinter) -> bool:
        if self.running:
            return False
        signals = _PrintSignals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.failed.connect(self.failed)
        self._launch(
            signals, lambda cancel: _PrintTask(data, printer, signals, cancel), self.started.emit
        )
        return True
