"""The PySide6 desktop interface. Nothing below `atoz_desktop.core` imports this package."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

# PySide6 6.12 makes a static, on the first call that checks whether an argument is a file path
# (QImage(QSize, format): one overload takes a file name), by calling back into Python. Two
# worker threads making it at once deadlock the program: one holds the GIL waiting for the
# static, the other holds the static waiting for the GIL (seen with the evidence thumbnails,
# which render on several threads). Made once here, on the thread that imports the window,
# before any worker starts.
QImage(QSize(1, 1), QImage.Format.Format_RGB32)
