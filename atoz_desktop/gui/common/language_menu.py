"""Settings › Language: System, Français, English; stored at once, applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from atoz_desktop.gui.common.language import (
    CHOICES,
    NATIVE_NAMES,
    SYSTEM,
    language_choice,
    store_language_choice,
    system_language,
)


class LanguageMenu(QObject):
    """The Language submenu; `actions[choice]` for each of "system", "fr", "en"."""

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.running = language_choice(settings)  # what this window was started with
        self.menu = QMenu(self.tr("&Language"), window)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for choice in CHOICES:
            if choice == SYSTEM:
                # "System (Français)": the language the system's locale gives.
                native = NATIVE_NAMES[system_language()]
                text = self.tr("System ({language})").format(language=native)
            else:
                text = NATIVE_NAMES[choice]  # each language named in itself
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(choice == self.running)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action

    def add_to(self, settings_menu: QMenu) -> None:
        settings_menu.addSeparator()
        settings_menu.addMenu(self.menu)

    def choose(self, choice: str) -> QMessageBox | None:
        """Store the choice; say it applies at the next start (the box, for tests; None when
        the choice is the language already running)."""
        previous = language_choice(self.settings)
        store_language_choice(self.settings, choice)
        self.actions[choice].setChecked(True)
        if choice == previous:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language applies when A-to-Z Desk starts again."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setModal(True)
        box.open()
        return box
