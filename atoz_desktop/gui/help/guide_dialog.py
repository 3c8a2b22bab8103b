"""Help › User Guide: a short guide shipped in resources/help/, in the UI language, offline.

The guide is local HTML shown in a QTextBrowser that never leaves it: links within the guide
scroll to their section; a web address opens in the system browser, never inside the dialog;
anything else is ignored. Nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop import resources_dir
from atoz_desktop.gui.common.formatting import ui_lang

GUIDE_LANGS = ("en", "fr")


def guide_dir() -> Path:
    return resources_dir() / "help"


def guide_path(lang: str | None = None) -> Path:
    """The guide in `lang` (the UI language by default), or the English one if there is none."""
    lang = lang or ui_lang()
    path = guide_dir() / f"guide_{lang}.html"
    return path if path.is_file() else guide_dir() / "guide_en.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("A-to-Z Desk User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(False)  # every link goes through _follow
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.path = guide_path(lang)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("guide_find")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setPlaceholderText(
            self.tr("Find in the guide (Enter: next, Shift+Enter: back)")
        )
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textEdited.connect(lambda _t: self.find_next(from_start=True))
        self.not_found = QLabel()
        self.not_found.setEnabled(False)
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Find:")))
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.not_found)
        find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_shortcut.activated.connect(self._focus_find)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.find_previous)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _follow(self, url: QUrl) -> None:
        """A section of the guide scrolls into view; a web page opens outside; nothing else."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and (url.isRelative() or url.isLocalFile()):
            self.browser.scrollToAnchor(url.fragment())

    def find_next(self, from_start: bool = False) -> bool:
        return self._find(QTextDocument.FindFlag(0), from_start)

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward, False)

    def _find(self, flags: QTextDocument.FindFlag, from_start: bool) -> bool:
        text = self.find_edit.text()
        if from_start:
            cursor = self.browser.textCursor()
            cursor.clearSelection()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        found = bool(text) and self.browser.find(text, flags)
        if text and not found:  # wrap around once
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.not_found.setText("" if found or not text else self.tr("Not found"))
        return found
