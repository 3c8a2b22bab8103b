"""The main window's menu bar: File, Edit, View, Claims, Settings and Help. Each area's actions
fill their own entries (claims/actions.py, evidence/actions.py, dossier/actions.py, …); this
module orders the menus and adds the window's own entries (Quit, Find, the views, About).

Translated in the "MainWindow" context, with literal `QCoreApplication.translate` calls, which
lupdate reads (it ignores wrappers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from atoz_desktop.gui.common.labels import view_label
from atoz_desktop.gui.common.language_menu import LanguageMenu
from atoz_desktop.gui.common.sidebar import CLAIM_VIEW_ORDER, ORDERS_VIEW
from atoz_desktop.gui.help.actions import HelpActions

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow


#: The menu bar's menus in order, as build_menus names them (context "MainWindow").
MENU_TITLES = ("&File", "&Edit", "&View", "&Claims", "&Settings", "&Help")


def add_placeholder_menus(window: MainWindow) -> None:
    """The menu bar of the window's first frame: its menus' titles, greyed, so that nothing
    moves when build_menus puts the real ones in their place."""
    for title in MENU_TITLES:
        window.menuBar().addMenu(QCoreApplication.translate("MainWindow", title)).setEnabled(False)


@dataclass(frozen=True)
class WindowMenus:
    """The entries the window itself needs later."""

    edit_menu: QMenu
    find_action: QAction
    view_actions: dict[str, QAction]
    help_actions: HelpActions
    language_menu: LanguageMenu


def build_menus(window: MainWindow) -> WindowMenus:
    window.menuBar().clear()  # the first frame's placeholders, if it had them
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.workspace_actions.fill_menus(file_menu)
    window.import_actions.fill_menus(file_menu)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    find_action = QAction(QCoreApplication.translate("MainWindow", "&Find"), window)
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.triggered.connect(window.list_search.focus)
    edit_menu.addAction(find_action)

    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_actions: dict[str, QAction] = {}
    for number, view in enumerate((*CLAIM_VIEW_ORDER, ORDERS_VIEW), start=1):
        action = QAction(view_label(view), window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _=False, v=view: window.sidebar.select_view(v))
        if view == ORDERS_VIEW:
            view_menu.addSeparator()
        view_menu.addAction(action)
        view_actions[view] = action

    claims_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Claims"))
    settings_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    window.claim_actions.fill_menus(edit_menu, claims_menu, settings_menu)
    window.evidence_actions.fill_menus(file_menu, edit_menu, settings_menu, find_action)
    window.dossier_actions.fill_menus(claims_menu, settings_menu)
    window.workspace_actions.fill_settings_menu(settings_menu)
    language_menu = LanguageMenu(window, window.settings)
    language_menu.add_to(settings_menu)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_actions = HelpActions(window)
    help_actions.fill_menu(help_menu)
    about = QAction(QCoreApplication.translate("MainWindow", "&About A-to-Z Desk"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    return WindowMenus(edit_menu, find_action, view_actions, help_actions, language_menu)
