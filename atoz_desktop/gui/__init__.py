"""The PySide6 desktop interface. Nothing below `atoz_desktop.core` imports this package.

A start imports PySide6 and the window's first frame before the core (gui/app.py), so the core
comes in after PySide6, whose import hook (shibokensupport's feature_imported, PYSIDE-2029) reads
every module imported after it to look for "PySide6". Its own way, through `inspect`, made the
core's import 40% dearer (0.43 against 0.30 s of CPU, 2026-12-02); pyside_hook reads the file
instead, which costs the core's import nothing measurable.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from atoz_desktop.gui.common.pyside_hook import lighten_import_hook
from atoz_desktop.gui.common.pyside_none import keep_none_alive

lighten_import_hook()
keep_none_alive()  # before any other Qt call: PySide6 6.12.0 on Python 3.11 (pyside_none.py)

# PySide6 6.12 makes a static, on the first call that checks whether an argument is a file path
# (QImage(QSize, format): one overload takes a file name), by calling back into Python. Two
# worker threads making it at once deadlock the program: one holds the GIL waiting for the
# static, the other holds the static waiting for the GIL (seen with the evidence thumbnails,
# which render on several threads). Made once here, on the thread that imports the window,
# before any worker starts.
QImage(QSize(1, 1), QImage.Format.Format_RGB32)
