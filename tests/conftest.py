import os

# Qt must not look for a display: set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _scratch_folder(variable: str, prefix: str) -> None:
    """Point `variable` at a fresh folder for this run, removed when the run ends."""
    if variable in os.environ:
        return
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix=prefix)
    os.environ[variable] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


# The window's start-up writes a log file: never into the user's log folder from the tests.
_scratch_folder("ATOZ_LOG_DIR", "atoz-test-log-")
# Nor automatic backups (a window's close, a migration, a restore) into the user's data folder.
_scratch_folder("ATOZ_BACKUP_DIR", "atoz-test-backups-")

#: pytester runs a child pytest (tests/gui/test_harness.py checks the GUI fixtures with it).
pytest_plugins = ["pytester"]
