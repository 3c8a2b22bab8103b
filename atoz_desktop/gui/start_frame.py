"""The main window's first frame at start, before its workspace is open.

A start spends most of its time importing the core (SQLAlchemy alone is about three times a
bare PySide6 window) and opening the workspace. The window shows first, at its saved size and
place, with its panes where they will be: the saved views on the left, the search box, and
"Opening the workspace…" where the list comes; MainWindow.open_workspace then puts the real
panes in their place, in the same window. Nothing here imports the core.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from atoz_desktop.gui.common.first_paint import FirstPaint
from atoz_desktop.gui.common.sidebar import Sidebar
from atoz_desktop.gui.common.widgets import SearchBox
from atoz_desktop.gui.window_layout import SIDEBAR_WIDTH

#: The panes' widths until the window has saved its own (MainWindow's splitter starts so too).
PANE_SIZES = (180, 700, 400)


class StartFrame(QWidget):
    """The window's panes as placeholders; `painted` once, after its first paint."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_frame")
        self._first_paint = FirstPaint(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        sidebar = Sidebar()
        sidebar.setEnabled(False)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        search = SearchBox()
        search.setEnabled(False)
        middle_layout.addWidget(search)
        self.message = QLabel(self.tr("Opening the workspace…"))
        self.message.setObjectName("start_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setEnabled(False)
        middle_layout.addWidget(self.message, 1)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(QWidget())
        self.splitter.setChildrenCollapsible(False)
        saved = settings.value("main/splitter")
        if not (isinstance(saved, QByteArray) and self.splitter.restoreState(saved)):
            width = max(SIDEBAR_WIDTH, sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth())
            self.splitter.setSizes([width, *PANE_SIZES[1:]])  # as default_splitter_sizes
        layout.addWidget(self.splitter)

    @property
    def painted(self) -> SignalInstance:
        """Emitted once, after the frame's first paint (queued: after the whole frame)."""
        return self._first_paint.painted
