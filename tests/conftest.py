import os

# Qt must not look for a display: set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The window's start-up writes a log file: never into the user's log folder from the tests.
if "ATOZ_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["ATOZ_LOG_DIR"] = tempfile.mkdtemp(prefix="atoz-test-log-")

# Nor automatic backups (a window's close, a migration, a restore) into the user's data folder.
if "ATOZ_BACKUP_DIR" not in os.environ:
    import tempfile

    os.environ["ATOZ_BACKUP_DIR"] = tempfile.mkdtemp(prefix="atoz-test-backups-")

#: pytester runs a child pytest (tests/gui/test_harness.py checks the GUI fixtures with it).
pytest_plugins = ["pytester"]
