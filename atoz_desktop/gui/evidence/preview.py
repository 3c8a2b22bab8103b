"""Preview of one evidence item: a zoomable image, a multi-page PDF, or plain text.

Images are shown upright by their EXIF orientation, decoded off the GUI thread at the
screen's size ("Loading…" meanwhile; preview_decoder.py);
PDFs in QtPdf's view; anything else that is text in a read-only text view. "Open with System
Viewer" hands a temporary copy to the desktop's own program.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.evidence.names import copy_name
from atoz_desktop.core.services.evidence import EvidenceItem
from atoz_desktop.gui.common.labels import evidence_kind_label
from atoz_desktop.gui.evidence.preview_decoder import decoder, preview_size
from atoz_desktop.gui.evidence.thumbnails import PDF_MIME, have_qtpdf, load_pdf

ZOOM_STEP = 1.25

_temp_dir: tempfile.TemporaryDirectory[str] | None = None


def temp_copy(item: EvidenceItem, data: bytes) -> Path:
    """A copy of the item in this session's temporary folder, under its bare name with the
    extension of its detected type: the desktop picks the program by the extension, so a text
    attachment called "invoice.js" or "run.bat" opens as "invoice.txt", never runs."""
    global _temp_dir
    if _temp_dir is None:
        _temp_dir = tempfile.TemporaryDirectory(prefix="atoz-evidence-")
    name = copy_name(item.file_name, item.mime, f"evidence-{item.pk}")
    folder = Path(_temp_dir.name) / str(item.pk)
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def open_in_system_viewer(item: EvidenceItem, data: bytes) -> bool:
    """Open a temporary copy with the desktop's program for its type."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(temp_copy(item, data))))


class ImageView(QGraphicsView):
    """A picture that fits the window and zooms with Ctrl+wheel, + and -."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        self.fit()

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitted = True
        self.resetTransform()
        if not self.pixmap_item.pixmap().isNull():
            self.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fitted = False
        self.resetTransform()

    def zoom_by(self, factor: float) -> None:
        new = self.zoom() * factor
        if 0.02 <= new <= 16:
            self.fitted = False
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit()


class PreviewDialog(QDialog):
    """Non-modal; `mode` tells what it shows: "image", "pdf", "text", "message", or
    "loading" while a picture is decoded."""

    def __init__(self, item: EvidenceItem, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item, self.data = item, data
        self.mode = "message"
        self.setWindowTitle(
            self.tr("{file} — {kind}").format(
                file=item.file_name, kind=evidence_kind_label(item.kind)
            )
        )
        self.resize(900, 680)
        self.stack = QStackedWidget()
        self.image_view = ImageView()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        for widget in (self.image_view, self.text_view, self.message):
            self.stack.addWidget(widget)
        self.pdf_view: QWidget | None = None
        self._decode_token = 0
        self._pdf: object = None
        self._pdf_buffer: object = None

        self.zoom_in = QPushButton(self.tr("Zoom &In"))
        self.zoom_out = QPushButton(self.tr("Zoom &Out"))
        self.fit_button = QPushButton(self.tr("&Fit"))
        self.actual_button = QPushButton(self.tr("&100 %"))
        tools = QHBoxLayout()
        for button in (self.zoom_out, self.zoom_in, self.fit_button, self.actual_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        self.page_label = QLabel()
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self._fit)
        self.actual_button.clicked.connect(self._actual)
        zoom_keys = (
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), ZOOM_STEP),
            (QKeySequence("+"), ZOOM_STEP),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), 1 / ZOOM_STEP),
            (QKeySequence("-"), 1 / ZOOM_STEP),
        )
        for keys, step in zoom_keys:
            QShortcut(keys, self, lambda s=step: self._zoom(s))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.system_button = buttons.addButton(
            self.tr("Open with System &Viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.system_button.clicked.connect(lambda: open_in_system_viewer(self.item, self.data))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self._show_content()
        self._show_zoom_buttons()

    def _show_zoom_buttons(self) -> None:
        zoomable = self.mode in ("image", "pdf")
        for button in (self.zoom_in, self.zoom_out, self.fit_button, self.actual_button):
            button.setVisible(zoomable)

    def _show_content(self) -> None:
        item = self.item
        if item.mime == PDF_MIME:
            self._show_pdf()
        elif item.is_image:
            self._show_image()
        elif item.mime.startswith("text/"):
            self.mode = "text"
            self.text_view.setPlainText(_decode_text(self.data))
            self.stack.setCurrentWidget(self.text_view)
        else:
            self._say(
                self.tr("This file cannot be previewed here; open it with the system viewer.")
            )

    def _say(self, text: str) -> None:
        self.mode = "message"
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _show_image(self) -> None:
        self._say(self.tr("Loading…"))
        self.mode = "loading"
        source = decoder()
        source.decoded.connect(self._on_decoded)
        self._decode_token = source.decode(self.data, preview_size(self))

    def _on_decoded(self, token: int, image: QImage, reason: str) -> None:
        if token != self._decode_token:
            return  # another preview's picture
        decoder().decoded.disconnect(self._on_decoded)
        if image.isNull():
            if reason:
                text = self.tr(
                    "This picture cannot be shown: {reason}. Open it with the system viewer."
                ).format(reason=reason)
            else:
                text = self.tr("This picture cannot be shown; open it with the system viewer.")
            self._say(text)
            self._show_zoom_buttons()
            return
        pixmap = QPixmap.fromImage(image)
        self.mode = "image"
        self._show_zoom_buttons()
        self.image_view.set_pixmap(pixmap)
        self.stack.setCurrentWidget(self.image_view)
        self.page_label.setText(
            self.tr("{width} × {height} px").format(width=pixmap.width(), height=pixmap.height())
        )

    def _show_pdf(self) -> None:
        if self.item.warning:
            self._say(
                self.tr(
                    "{warning}\n\nThis PDF needs a password: it cannot be previewed or put in "
                    "a dossier. Open it with the system viewer, or add a copy without a password."
                ).format(warning=self.item.warning)
            )
            return
        if not have_qtpdf():
            self._say(self.tr("PDF preview is not installed; open it with the system viewer."))
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        document, buffer = load_pdf(self.data)
        if document.status() != QPdfDocument.Status.Ready:
            self._say(self.tr("This PDF cannot be opened here; try the system viewer."))
            return
        document.setParent(self)
        buffer.setParent(self)
        self._pdf, self._pdf_buffer = document, buffer
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        self.pdf_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.mode = "pdf"
        self.page_label.setText(self.tr("%n page(s)", "", document.pageCount()))

    def done(self, result: int) -> None:
        if self.mode == "loading":  # the picture is not needed any more
            self._decode_token = 0
            try:
                decoder().decoded.disconnect(self._on_decoded)
            except (RuntimeError, TypeError):
                pass
        super().done(result)

    def _zoom(self, step: float) -> None:
        if self.mode == "image":
            self.image_view.zoom_by(step)
        elif self.mode == "pdf" and self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            view = self.pdf_view
            assert isinstance(view, QPdfView)
            factor = view.zoomFactor() if view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(max(0.1, min(8.0, factor * step)))

    def _fit(self) -> None:
        if self.mode == "image":
            self.image_view.fit()
        elif self.mode == "pdf" and self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            assert isinstance(self.pdf_view, QPdfView)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _actual(self) -> None:
        if self.mode == "image":
            self.image_view.actual_size()
        elif self.mode == "pdf" and self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            assert isinstance(self.pdf_view, QPdfView)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(1.0)


def _decode_text(data: bytes) -> str:
    """A text file's characters, its charset guessed as for a mail's text. The mail package
    (Python's email, 50 ms) is imported here, at a first text preview, not at the window's start."""
    from atoz_desktop.core.evidence.mail import decode_text

    return decode_text(data)
