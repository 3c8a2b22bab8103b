"""What the main window remembers between sessions: its size and place, the splitter between
its panes, each list's columns and sort, and the view shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow


def restore_layout(window: MainWindow) -> None:
    s = window.settings
    geometry = s.value("main/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = s.value("main/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    splitter = s.value("main/splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
    for key, view in (("orders/header", window.orders_view), ("claims/header", window.claims_view)):
        header_state = s.value(key)
        if isinstance(header_state, QByteArray) and view.horizontalHeader().restoreState(
            header_state
        ):
            header = view.horizontalHeader()
            view.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def save_layout(window: MainWindow) -> None:
    s = window.settings
    s.setValue("main/geometry", window.saveGeometry())
    s.setValue("main/state", window.saveState())
    s.setValue("main/splitter", window.splitter.saveState())
    s.setValue("orders/header", window.orders_view.horizontalHeader().saveState())
    s.setValue("claims/header", window.claims_view.horizontalHeader().saveState())
    s.setValue("main/view", window.current_view())
    s.sync()
