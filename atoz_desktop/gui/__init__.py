"""The PySide6 desktop interface. Nothing below `atoz_desktop.core` imports this package."""

# The core the window needs comes in before PySide6 (none of it imports Qt): once PySide6 is
# imported, its import hook (shibokensupport's feature_imported, PYSIDE-2029) reads the source
# of every module imported after it, looking for "PySide6"; SQLAlchemy's 250 modules then took
# 1.1-1.3 s to import instead of 0.65-0.75 s (2 cores under load, 2026-12-02). Every module of
# the core the first frame imports is here (tests/gui/test_startup.py names any other): the last
# eight of them, imported after PySide6, took 37-50 ms instead of 24-33 ms. Not here: the mail
# readers (Python's email package) and everything a dossier, a photo or a receipt needs, which
# wait for their first use or app.warm_up, after the first frame.
import platformdirs  # noqa: F401  (the default workspace's folder)
import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the engine; the default workspace)

import atoz_desktop.core.dossier.content  # noqa: F401
import atoz_desktop.core.logs  # noqa: F401
import atoz_desktop.core.rules.composer  # noqa: F401
import atoz_desktop.core.services.blobs  # noqa: F401
import atoz_desktop.core.services.claims  # noqa: F401  (SQLAlchemy, its ORM and the models)
import atoz_desktop.core.services.evidence  # noqa: F401
import atoz_desktop.core.services.intake  # noqa: F401  (and services.messages)
import atoz_desktop.core.services.orders  # noqa: F401
import atoz_desktop.core.storage.backup_files  # noqa: F401

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
