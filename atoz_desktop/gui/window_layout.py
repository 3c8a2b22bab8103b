"""What the main window remembers between sessions: its size and place, the splitter between
its panes, each list's columns and sort, and the view shown.

On a first start the window opens maximised on a small screen (a 1366×768 laptop has no room
for a 1280×720 window and its panel), else at its default size; from then on it opens as it
was left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication

from atoz_desktop.gui.common.list_columns import first_columns_width

if TYPE_CHECKING:
    from atoz_desktop.gui.main_window import MainWindow

DEFAULT_SIZE = QSize(1280, 720)
#: A screen with less room than this around the default size is "small".
SMALL_SCREEN_MARGIN = QSize(160, 160)
SIDEBAR_WIDTH = 170


def available_size(window: MainWindow) -> QSize:
    """The room the window's screen leaves for windows (the tests fake it)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE


def is_small_screen(available: QSize) -> bool:
    return (
        available.width() < DEFAULT_SIZE.width() + SMALL_SCREEN_MARGIN.width()
        or available.height() < DEFAULT_SIZE.height() + SMALL_SCREEN_MARGIN.height()
    )


def default_splitter_sizes(window: MainWindow, width: int) -> list[int]:
    """Sidebar, list and detail pane for a window `width` wide: the list as wide as its first
    six columns, the detail pane the rest, at least its minimum and at most half."""
    handles = 2 * window.splitter.handleWidth()
    bar = window.sidebar
    sidebar = max(SIDEBAR_WIDTH, bar.sizeHintForColumn(0) + 2 * bar.frameWidth())
    rest = width - sidebar - handles
    detail_min = window.detail_stack.minimumSizeHint().width()
    list_width = max(first_columns_width(v) for v in (window.claims_view, window.orders_view))
    detail = min(max(rest - list_width, detail_min), rest // 2)
    return [sidebar, rest - detail, detail]


def restore_geometry(window: MainWindow) -> int:
    """The window's saved size and place, or the first start's; the width its panes share."""
    geometry = window.settings.value("main/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        return window.width()
    available = available_size(window)
    if is_small_screen(available):
        window.resize(available.boundedTo(DEFAULT_SIZE))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return available.width()
    window.resize(DEFAULT_SIZE)
    return DEFAULT_SIZE.width()


def restore_layout(window: MainWindow) -> None:
    restore_panes(window, restore_geometry(window))


def restore_panes(window: MainWindow, width: int) -> None:
    """The toolbars', splitter's and lists' saved state; the panes share `width`."""
    s = window.settings
    state = s.value("main/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for key, view in (("orders/header", window.orders_view), ("claims/header", window.claims_view)):
        header_state = s.value(key)
        if isinstance(header_state, QByteArray) and view.horizontalHeader().restoreState(
            header_state
        ):
            header = view.horizontalHeader()
            view.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
    splitter = s.value("main/splitter")
    if not (isinstance(splitter, QByteArray) and window.splitter.restoreState(splitter)):
        window.splitter.setSizes(default_splitter_sizes(window, width))


def save_layout(window: MainWindow) -> None:
    s = window.settings
    s.setValue("main/geometry", window.saveGeometry())
    s.setValue("main/state", window.saveState())
    s.setValue("main/splitter", window.splitter.saveState())
    s.setValue("orders/header", window.orders_view.horizontalHeader().saveState())
    s.setValue("claims/header", window.claims_view.horizontalHeader().saveState())
    s.setValue("main/view", window.current_view())
    s.sync()
