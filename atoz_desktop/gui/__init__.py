"""The PySide6 desktop interface. Nothing below `atoz_desktop.core` imports this package."""

# The core the window needs comes in before PySide6 (none of it imports Qt): once PySide6 is
# imported, its import hook (shibokensupport's feature_imported, PYSIDE-2029) reads the source
# of every module imported after it, looking for "PySide6"; SQLAlchemy's 250 modules then took
# 1.1-1.3 s to import instead of 0.65-0.75 s (2 cores under load, 2026-12-02).
import atoz_desktop.core.evidence.mail  # noqa: F401  (the email package)
import atoz_desktop.core.services.claims  # noqa: F401  (SQLAlchemy, its ORM and the models)
import atoz_desktop.core.services.evidence  # noqa: F401
import atoz_desktop.core.services.orders  # noqa: F401

# isort: split
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

# PySide6 6.12 makes a static, on the first call that checks whether an argument is a file path
# (QImage(QSize, format): one overload takes a file name), by calling back into Python. Two
# worker threads making it at once deadlock the program: one holds the GIL waiting for the
# static, the other holds the static waiting for the GIL (seen with the evidence thumbnails,
# which render on several threads). Made once here, on the thread that imports the window,
# before any worker starts.
QImage(QSize(1, 1), QImage.Format.Format_RGB32)
