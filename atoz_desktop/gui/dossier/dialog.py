"""The dossier of one claim, built in the background as the seller chooses its options, shown
before anything is written: the PDF's pages (QtPdf) with their count and size, and the text for
Amazon's answer box with a live character count. From here it is saved, printed, copied, saved
as Amazon Pay's reply e-mail or as separate exhibit files (gui/dossier/saving.py); every save
or print is recorded on the claim's timeline with the file's SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.dossier.builder import DossierResult
from atoz_desktop.core.dossier.content import TEXT_LIMIT_RANGE, DossierKind, DossierOptions
from atoz_desktop.core.services.claims import ClaimView
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.formatting import format_decimal, ui_lang
from atoz_desktop.gui.common.ops import Ops
from atoz_desktop.gui.common.widgets import ERROR_STYLE
from atoz_desktop.gui.dossier.printing import PrintRunner
from atoz_desktop.gui.dossier.runner import DossierRunner
from atoz_desktop.gui.dossier.saving import DossierSaving

LANGUAGES = (("fr", "Français"), ("en", "English"))
#: Milliseconds between the last change of an option and the rebuild.
REBUILD_DELAY_MS = 400
#: The same for the seller's own words (they type whole sentences).
TYPING_DELAY_MS = 900
#: Milliseconds between opening the dialog and starting the first build.
FIRST_BUILD_DELAY_MS = 60


class DossierDialog(DossierSaving, QDialog):
    """`recorded()` when a save or a print was recorded on the claim's timeline."""

    recorded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        claim: ClaimView,
        kind: DossierKind,
        settings: QSettings,
        *,
        now: Callable[[], datetime],
        ops: Ops,
        parent: QWidget | None = None,
        print_when_ready: bool = False,
    ) -> None:
        super().__init__(parent)
        from atoz_desktop.core.services.dossiers import size_warning_mb, text_limit

        self.workspace, self.claim, self.kind = workspace, claim, kind
        self.settings, self.now, self.ops = settings, now, ops
        self.print_when_ready = print_when_ready
        #: The dossier built with the current options (None while building or after a failure).
        self.built: DossierResult | None = None
        self._stale = True  # the options changed since `result` was built
        self._text_edited = False
        self._size_warning_mb = size_warning_mb(workspace)
        self.runner = DossierRunner(workspace, self, ops.lane)
        self.print_runner = PrintRunner(self)
        self._printer: QPrinter | None = None
        self._document: Any = None
        self._buffer: Any = None
        self.dialog: Any = None  # the last file or print dialog opened, for tests

        title = (
            self.tr("Appeal Dossier — {order}")
            if kind == "appeal"
            else self.tr("Response Dossier — {order}")
        )
        self.setWindowTitle(title.format(order=claim.order_id))
        self.setSizeGripEnabled(True)

        # Options ---------------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setObjectName("dossier_language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _ in LANGUAGES].index(ui_lang()))
        self.include_risks = QCheckBox(self.tr("Include the &risks (for your own file)"))
        self.include_risks.setToolTip(
            self.tr("Untick before sending: the risks are notes for you, not arguments for Amazon")
        )
        self.include_risks.setChecked(
            self.settings.value("dossier/include_risks", True) in (True, "true")
        )
        self.text_limit = QSpinBox()
        self.text_limit.setObjectName("text_limit")
        self.text_limit.setRange(*TEXT_LIMIT_RANGE)
        self.text_limit.setSingleStep(100)
        self.text_limit.setGroupSeparatorShown(True)  # "2 000", as the count below writes it
        self.text_limit.setValue(text_limit(workspace))
        self.text_limit.setSuffix(self.tr(" characters"))
        self.text_limit.setMaximumWidth(180)
        self.text_limit.setToolTip(
            self.tr("Amazon publishes no limit; keep the answer short (2,000 by default)")
        )
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addSpacing(12)
        row.addWidget(self.include_risks)
        row.addStretch(1)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)  # a row of widgets gets no buddy by itself
        form.addRow(language_label, row)
        form.addRow(self.tr("Text &at most:"), self.text_limit)
        self.unfair = QPlainTextEdit()
        self.unfair.setObjectName("appeal_unfair")
        self.proposal = QPlainTextEdit()
        self.proposal.setObjectName("appeal_proposal")
        for edit in (self.unfair, self.proposal):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.unfair.setPlaceholderText(
            self.tr("In your own words: what the decision missed, what the proof shows…")
        )
        self.proposal.setPlaceholderText(
            self.tr("E.g. reverse the decision and remove the claim from my Order Defect Rate")
        )
        if kind == "appeal":
            form.addRow(self.tr("Why the decision is &unfair:"), self.unfair)
            form.addRow(self.tr("Fair &resolution proposed:"), self.proposal)

        # Preview and text ------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.preview_stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Building the dossier…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.preview_stack.addWidget(self.placeholder)
        self.pdf_view: Any = None
        self.tabs.addTab(self.preview_stack, self.tr("&Preview"))
        text_tab = QWidget()
        text_layout = QVBoxLayout(text_tab)
        text_layout.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(
            self.tr(
                "Paste this into Amazon's answer box. It takes no attachments: send the "
                "exhibits to the buyer through Buyer-Seller Messaging (Save Exhibits…)."
            )
            if claim.channel == "marketplace"
            else self.tr(
                "Send this as your reply to Amazon Pay's e-mail, with the PDF attached "
                "(Save Reply E-mail…)."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.text = QPlainTextEdit()
        self.text.setObjectName("paste_text")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._on_text_edited)
        count_row = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("text_count")
        self.shortened = QLabel()
        self.shortened.setObjectName("text_shortened")
        self.shortened.setWordWrap(True)
        self.shortened.setEnabled(False)
        self.reset_text_button = QPushButton(self.tr("Re&generate"))
        self.reset_text_button.setToolTip(self.tr("Replace your edits by the generated text"))
        self.reset_text_button.clicked.connect(self.reset_text)
        self.reset_text_button.hide()
        self.copy_button = QPushButton(self.tr("&Copy Text"))
        self.copy_button.setObjectName("copy_text")
        self.copy_button.clicked.connect(self.copy_text)
        count_row.addWidget(self.count)
        count_row.addWidget(self.shortened, 1)
        count_row.addWidget(self.reset_text_button)
        count_row.addWidget(self.copy_button)
        text_layout.addWidget(hint)
        text_layout.addWidget(self.text, 1)
        text_layout.addLayout(count_row)
        self.tabs.addTab(text_tab, self.tr("&Text for Amazon"))

        # Status ----------------------------------------------------------------------------
        status = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("dossier_summary")
        self.size_warning = QLabel()
        self.size_warning.setObjectName("size_warning")
        self.size_warning.setStyleSheet(ERROR_STYLE)
        self.size_warning.setWordWrap(True)
        self.size_warning.hide()
        self.message = QLabel()
        self.message.setObjectName("dossier_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setEnabled(False)
        self.message.hide()
        self.notes = QLabel()
        self.notes.setObjectName("dossier_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_dossier")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        status.addWidget(self.summary)
        status.addWidget(self.message)
        status.addWidget(self.size_warning, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)

        # Actions ---------------------------------------------------------------------------
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_pdf")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_text_button = QPushButton(self.tr("Save Te&xt…"))
        self.save_text_button.clicked.connect(self.save_text)
        self.exhibits_button = QPushButton(self.tr("Save E&xhibits to Folder…"))
        self.exhibits_button.setObjectName("save_exhibits")
        self.exhibits_button.setToolTip(
            self.tr("Each exhibit as its own numbered file, to upload or to send to the buyer")
        )
        self.exhibits_button.clicked.connect(self.save_exhibits)
        self.reply_button = QPushButton(self.tr("Save Reply &E-mail…"))
        self.reply_button.setObjectName("save_reply")
        self.reply_button.setToolTip(
            self.tr("A draft reply to Amazon Pay with the text and the PDF, for your mail program")
        )
        self.reply_button.clicked.connect(self.save_reply)
        self.reply_button.setVisible(claim.channel == "amazon-pay")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.action_buttons = [
            self.save_button,
            self.print_button,
            self.save_text_button,
            self.exhibits_button,
            self.reply_button,
            self.copy_button,
        ]
        for button in self.action_buttons[:5]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addLayout(status)
        layout.addLayout(buttons)
        self.resize(900, 700)

        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.timeout.connect(self.rebuild)
        self.language.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.include_risks.toggled.connect(lambda _on: self._options_changed())
        self.text_limit.valueChanged.connect(lambda _v: self._options_changed())
        self.unfair.textChanged.connect(lambda: self._options_changed(TYPING_DELAY_MS))
        self.proposal.textChanged.connect(lambda: self._options_changed(TYPING_DELAY_MS))
        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_built)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.finished.connect(self._on_finished)
        self.print_runner.progress.connect(self._on_print_progress)
        self.print_runner.succeeded.connect(self._on_printed)
        self.print_runner.failed.connect(self._on_print_failed)
        self.print_runner.finished.connect(self._on_print_finished)
        self._update_actions()
        # The first build starts once the dialog has painted, so the worker's first queries do
        # not compete with it.
        self.rebuild_timer.start(FIRST_BUILD_DELAY_MS)

    # Building --------------------------------------------------------------------------------

    def options(self) -> DossierOptions:
        return DossierOptions(
            kind=self.kind,
            lang=self.language.currentData(),
            include_risks=self.include_risks.isChecked(),
            text_limit=self.text_limit.value(),
            unfair=self.unfair.toPlainText(),
            proposal=self.proposal.toPlainText(),
        )

    def _options_changed(self, delay: int = REBUILD_DELAY_MS) -> None:
        self._stale = True
        self._update_actions()
        self.rebuild_timer.start(delay)

    def rebuild(self) -> None:
        """Build with the current options; a build under way is cancelled and redone."""
        self.rebuild_timer.stop()
        if self.runner.running:
            self.runner.cancel()
            self._stale = True
            return  # _on_finished starts the new build
        self._stale = False
        self.runner.build(self.claim.pk, self.options(), self.now())

    def cancel(self) -> None:
        if self.print_runner.running:
            self.print_runner.cancel()
        self.rebuild_timer.stop()
        if self.runner.running:
            self.runner.cancel()
            self._stale = False  # cancelled on purpose: do not start again

    def result_ready(self) -> bool:
        """A dossier matching the current options is built (the benchmark and tests wait on
        this)."""
        return self.built is not None and not self._stale and not self.runner.running

    def _on_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.summary.setText(self.tr("Building…"))
        self._update_actions()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if self._stale and not self.rebuild_timer.isActive():
            self.rebuild()
        self._update_actions()
        if self.print_when_ready and self.result_ready():
            self.print_when_ready = False
            self.print_pdf()

    def _on_cancelled(self) -> None:
        if not self._stale:
            self.summary.setText(self.tr("Cancelled."))

    def _on_failed(self, message: str) -> None:
        self.built = None
        self.placeholder.setText(
            self.tr("The dossier could not be built: {error}").format(error=message)
        )
        self.preview_stack.setCurrentWidget(self.placeholder)
        self.summary.setText("")

    def _on_built(self, result: DossierResult) -> None:
        if self._stale:
            return  # the options changed meanwhile; the next build replaces it
        self.built = result
        self._show_pdf(result.pdf)
        megabytes = result.size / 1e6
        pages = self.tr("%n page(s)", "", result.pages)
        self.summary.setText(
            self.tr("{pages} · {size} MB").format(pages=pages, size=format_decimal_mb(megabytes))
        )
        if megabytes > self._size_warning_mb:
            self.size_warning.setText(
                self.tr(
                    "Over the {limit} MB you set: Amazon or a mail program may refuse it. Remove "
                    "large photos or split the exhibits."
                ).format(limit=self._size_warning_mb)
            )
            self.size_warning.show()
        else:
            self.size_warning.hide()
        if result.notes:
            self.notes.setText(self.tr("Listed but not included:") + "\n" + "\n".join(result.notes))
            self.notes.show()
        else:
            self.notes.hide()
        if not self._text_edited:
            self._set_text(result.text.text)
        self._update_count()
        self._update_actions()

    def _show_pdf(self, data: bytes) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        from atoz_desktop.gui.evidence.thumbnails import load_pdf

        document, buffer = load_pdf(data)
        document.setParent(self)
        if self.pdf_view is None:
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("dossier_preview")
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.preview_stack.addWidget(self.pdf_view)
        self.pdf_view.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()
        self._document, self._buffer = document, buffer
        self.preview_stack.setCurrentWidget(self.pdf_view)

    def preview_pages(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def _update_actions(self) -> None:
        ready = self.result_ready()
        for button in self.action_buttons:
            button.setEnabled(ready and not self.print_runner.running)

    # The text --------------------------------------------------------------------------------

    def _set_text(self, text: str) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self._text_edited = False
        self.reset_text_button.hide()
        self._update_count()

    def _on_text_edited(self) -> None:
        self._text_edited = True
        self.reset_text_button.setVisible(self.built is not None)
        self._update_count()

    def reset_text(self) -> None:
        if self.built is not None:
            self._set_text(self.built.text.text)

    def paste_text(self) -> str:
        """The text as the seller will paste it (their edits included)."""
        return self.text.toPlainText()

    def _update_count(self) -> None:
        from PySide6.QtCore import QLocale

        count, limit = len(self.paste_text()), self.text_limit.value()
        locale = QLocale()
        self.count.setText(
            self.tr("{count} / {limit} characters").format(
                count=locale.toString(count), limit=locale.toString(limit)
            )
        )
        self.count.setStyleSheet(ERROR_STYLE if count > limit else "")
        dropped = self.built.text.dropped if self.built is not None else ()
        self.shortened.setText(
            self.tr("Shortened to fit: {parts} left out.").format(
                parts=", ".join(dropped_label(code) for code in dropped)
            )
            if dropped and not self._text_edited
            else ""
        )

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.paste_text())
        self._say(
            self.tr(
                "Copied %Ln character(s): paste them into Amazon's answer box.",
                "",
                len(self.paste_text()),
            )
        )

    def _on_built_summary(self) -> None:
        assert self.built is not None
        pages = self.tr("%n page(s)", "", self.built.pages)
        self.summary.setText(
            self.tr("{pages} · {size} MB").format(
                pages=pages,
                size=format_decimal_mb(self.built.size / 1e6),
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.rebuild_timer.stop()
        self.runner.cancel()
        self.runner.wait()
        self.print_runner.wait()
        self.settings.setValue("dossier/include_risks", self.include_risks.isChecked())
        super().closeEvent(event)


def format_decimal_mb(megabytes: float) -> str:
    from decimal import Decimal

    return format_decimal(Decimal(str(round(megabytes, 1))), places=1)


def dropped_label(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "policy": QCoreApplication.translate("DossierDialog", "the policy"),
        "supporting-points": QCoreApplication.translate("DossierDialog", "the supporting points"),
        "conversation": QCoreApplication.translate("DossierDialog", "the conversation"),
        "exhibit-list": QCoreApplication.translate("DossierDialog", "the list of exhibits"),
        "signature": QCoreApplication.translate("DossierDialog", "the signature"),
        "strong-points": QCoreApplication.translate("DossierDialog", "some strong points"),
        "delivery": QCoreApplication.translate("DossierDialog", "the delivery"),
        "seller-words": QCoreApplication.translate("DossierDialog", "the end of your statement"),
    }
    return labels.get(code, code)
