"""Saving and printing the dossier dialog's result: the PDF, the text for Amazon, the reply
e-mail to Amazon Pay, the exhibits as separate files, and the printer. Each save or print goes
through the window's ops runner to be recorded on the claim's timeline with the file's SHA-256.

A mixin of `DossierDialog` (gui/dossier/dialog.py), which builds the dossier and owns the
widgets named below. `self.tr` finds this class's translations too (PySide tries each class of
the object's MRO until one translates), except a plural's: translating "%n" already changes
the text, so the dialog's own context would stop the search. Those name their context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton

from atoz_desktop.core.dossier.builder import DossierResult
from atoz_desktop.core.services.claims import ClaimView
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.ops import Failed, Ops
from atoz_desktop.gui.dossier.printing import PrintRunner, printing_to_pdf_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog as _DialogBase
else:
    _DialogBase = object


class DossierSaving(_DialogBase):
    """What the dialog saves and prints; the attributes are the dialog's own."""

    recorded: Signal
    workspace: Workspace
    claim: ClaimView
    settings: QSettings
    ops: Ops
    built: DossierResult | None
    print_when_ready: bool
    print_runner: PrintRunner
    dialog: Any
    message: QLabel
    size_warning: QLabel
    summary: QLabel
    progress: QProgressBar
    cancel_button: QPushButton
    _printer: QPrinter | None

    def result_ready(self) -> bool:
        raise NotImplementedError

    def paste_text(self) -> str:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _on_built_summary(self) -> None:
        raise NotImplementedError

    def _say(self, text: str) -> None:
        """What was just done, in the dialog and in the window's status bar."""
        self.message.setText(text)
        self.message.show()
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(text, 10000)

    def _last_dir(self) -> str:
        return str(self.settings.value("dossier/last_dir", str(Path.home())))

    def ask_save_path(self, title: str, name: str, filters: str) -> str:
        """The file the seller picks (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(self._last_dir()) / name), filters
        )
        if path:
            self.settings.setValue("dossier/last_dir", str(Path(path).parent))
        return path

    def ask_folder(self, title: str) -> str:
        """The folder the seller picks (tests replace this method)."""
        folder = QFileDialog.getExistingDirectory(self, title, self._last_dir())
        if folder:
            self.settings.setValue("dossier/last_dir", folder)
        return folder

    def _file_name(self, suffix: str) -> str:
        from atoz_desktop.core.services.dossiers import dossier_file_name

        assert self.built is not None
        return str(Path(dossier_file_name(self.built.content)).with_suffix(suffix))

    def _record(self, via: str, file_name: str = "") -> None:
        from atoz_desktop.core.services.dossiers import record_dossier

        assert self.built is not None
        recorded = self.ops.attempt(
            record_dossier,
            self.workspace,
            self.claim.pk,
            self.built,
            via=via,
            file_name=file_name,
            text=self.paste_text(),
        )
        if not isinstance(recorded, Failed):
            self.recorded.emit()

    def _fail(self, message: str) -> None:
        self.size_warning.setText(message)
        self.size_warning.show()
        self._say(message)

    def save_pdf(self) -> bool:
        from atoz_desktop.core.services.dossiers import DossierError, write_atomically

        if not self.result_ready():
            return False
        path = self.ask_save_path(
            self.tr("Save the Dossier"), self._file_name(".pdf"), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return False
        assert self.built is not None
        try:
            write_atomically(Path(path), self.built.pdf)
        except DossierError as exc:
            self._fail(str(exc))
            return False
        self._record("export", path)
        self._say(
            self.tr("Saved {file} and recorded it on the claim's timeline.").format(
                file=Path(path).name
            )
        )
        return True

    def save_text(self) -> bool:
        from atoz_desktop.core.services.dossiers import DossierError, write_atomically

        if not self.result_ready():
            return False
        path = self.ask_save_path(
            self.tr("Save the Text for Amazon"),
            self._file_name(".txt"),
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return False
        try:
            write_atomically(Path(path), self.paste_text().encode("utf-8") + b"\n")
        except DossierError as exc:
            self._fail(str(exc))
            return False
        self._say(self.tr("Saved {file}.").format(file=Path(path).name))
        return True

    def save_reply(self) -> bool:
        from atoz_desktop.core.dossier.reply_mail import reply_email
        from atoz_desktop.core.services.dossiers import DossierError, write_atomically

        if not self.result_ready():
            return False
        assert self.built is not None
        path = self.ask_save_path(
            self.tr("Save the Reply to Amazon Pay"),
            self._file_name(".eml"),
            self.tr("E-mails (*.eml)"),
        )
        if not path:
            return False
        mail = reply_email(
            self.built.content, self.paste_text(), self.built.pdf, self._file_name(".pdf")
        )
        try:
            write_atomically(Path(path), mail)
        except DossierError as exc:
            self._fail(str(exc))
            return False
        self._record("reply-email", path)
        self._say(
            self.tr("Saved {file}: open it in your mail program and send it.").format(
                file=Path(path).name
            )
        )
        return True

    def save_exhibits(self) -> list[Path]:
        from atoz_desktop.core.services.dossiers import DossierError, save_exhibit_files

        if not self.result_ready():
            return []
        folder = self.ask_folder(self.tr("Save the Exhibits into a Folder"))
        if not folder:
            return []
        assert self.built is not None
        try:
            written = save_exhibit_files(self.workspace, self.built, Path(folder))
        except DossierError as exc:
            self._fail(str(exc))
            return []
        self._say(
            QCoreApplication.translate(
                "DossierSaving", "Saved %n exhibit(s) into {folder}.", "", len(written)
            ).format(folder=folder)
        )
        return written

    def ask_printer(self, done: Callable[[QPrinter], None]) -> None:
        """Show the print dialog; `done(printer)` once the seller accepts it (tests replace
        this method)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setMinMax(1, max(1, self.built.pages if self.built else 1))
        dialog.accepted.connect(lambda: done(printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()

    def print_pdf(self) -> bool:
        if not self.result_ready():
            self.print_when_ready = True
            return False
        self.ask_printer(self._start_print)
        return True

    def _start_print(self, printer: QPrinter) -> None:
        from atoz_desktop.core.services.dossiers import DossierError, write_atomically

        assert self.built is not None
        self._printer = printer
        if printing_to_pdf_file(printer):
            # "Print to file" in PDF: the dossier itself is that file, vector and identical
            # (rendering 600-dpi page images would make it ten times larger and no better).
            try:
                write_atomically(Path(printer.outputFileName()), self.built.pdf)
            except DossierError as exc:
                self._fail(str(exc))
                return
            self._on_printed(self.built.pages)
            self._printer = None
            return
        if self.print_runner.start(self.built.pdf, printer):
            self.progress.setRange(0, self.built.pages)
            self.progress.setValue(0)
            self.progress.show()
            self.cancel_button.setEnabled(True)
            self.cancel_button.show()
            self.summary.setText(self.tr("Printing…"))
            self._update_actions()

    def _on_print_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_printed(self, pages: int) -> None:
        file_name = self._printer.outputFileName() if self._printer is not None else ""
        self._record("print", file_name)
        self._say(
            QCoreApplication.translate(
                "DossierSaving",
                "Sent %n page(s) to the printer and recorded it on the claim's timeline.",
                "",
                pages,
            )
        )

    def _on_print_failed(self, message: str) -> None:
        self._fail(self.tr("Printing failed: {error}").format(error=message))

    def _on_print_finished(self) -> None:
        self._printer = None
        self.progress.hide()
        self.cancel_button.hide()
        if self.built is not None:
            self._on_built_summary()
        self._update_actions()
