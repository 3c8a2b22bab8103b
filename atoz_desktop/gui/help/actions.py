"""The Help menu's entries: the user guide (F1) and the keyboard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:  # imported when first opened, not with the window
    from atoz_desktop.gui.help.guide_dialog import GuideDialog
    from atoz_desktop.gui.help.shortcuts_dialog import ShortcutsDialog


class HelpActions(QObject):
    """Help › User Guide and Help › Keyboard Shortcuts; each dialog is opened once and raised
    again when asked for while open."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.guide_action = QAction(self.tr("&User Guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.setStatusTip(
            self.tr("The morning routine, what each finding means, how to answer and appeal")
        )
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    def fill_menu(self, help_menu: QMenu) -> None:
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            from atoz_desktop.gui.help.guide_dialog import GuideDialog

            self.guide = GuideDialog(self.window)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(lambda: setattr(self, "guide", None))
        self.guide.show()
        self.guide.activateWindow()  # brings it to the front when it was open already
        return self.guide

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            from atoz_desktop.gui.help.shortcuts_dialog import ShortcutsDialog

            self.shortcuts = ShortcutsDialog(self.window)
            self.shortcuts.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.shortcuts.destroyed.connect(lambda: setattr(self, "shortcuts", None))
        self.shortcuts.rebuild()
        self.shortcuts.show()
        self.shortcuts.activateWindow()
        return self.shortcuts
