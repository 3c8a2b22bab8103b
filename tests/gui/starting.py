"""The program's start in a test: gui.app.run with its event loop replaced by one that runs
until the window has opened its workspace (the start shows the window's first frame, then opens
the workspace once that frame is painted)."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtWidgets import QApplication

from atoz_desktop.gui.main_window import MainWindow


def shown_windows() -> list[MainWindow]:
    # Closing a window waits on the writer lane in a local event loop, which may carry out an
    # earlier test's pending deleteLater() on a widget still in this list.
    return [
        w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w) and isinstance(w, MainWindow) and w.isVisible()
    ]


def opened_window(qapp: QApplication, timeout: float = 30.0) -> MainWindow:
    """The window the start showed, once its workspace is open (events run meanwhile)."""
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        qapp.processEvents()
        windows = [w for w in shown_windows() if w.is_open]
        if windows:
            return windows[0]
        time.sleep(0.005)
    raise AssertionError(f"no window opened its workspace within {timeout} s")
