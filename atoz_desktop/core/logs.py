"""Where the program writes its log, and how: one rotating file in the platform's log folder.

The log is for the seller to send when something went wrong, and for us to read: a bug's
traceback, a refused file's reason, a worker that failed. It is never the place a user is told
something: every error they must know about is also shown (the GUI's error dialog, the command
line's one line).

The folder is platformdirs' user log folder (`~/.local/state/atoz-desktop/log` on Linux,
`%LOCALAPPDATA%\\atoz-desktop\\Logs` on Windows, `~/Library/Logs/atoz-desktop` on macOS), or
`$ATOZ_LOG_DIR` when set (the tests point it at a temporary folder).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from atoz_desktop import APP_ID

__all__ = ["LOG_DIR_ENV", "LOG_FILE_NAME", "configure_logging", "log_dir", "log_file"]

LOG_DIR_ENV = "ATOZ_LOG_DIR"
LOG_FILE_NAME = "atoz-desktop.log"
MAX_BYTES = 1_000_000  # a megabyte per file, five old files kept: enough for weeks of use
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger's records at `level` and above to the rotating log file; the file.

    Called once by the window's start-up (the command line keeps its errors on stderr). Safe to
    call twice. When the folder cannot be written (a read-only home), logging goes nowhere
    rather than stopping the program: None."""
    global _handler
    path = log_file()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _handler = handler
    return path


def _reset_for_tests() -> None:
    """Remove the handler `configure_logging` added (tests that configure logging call this)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
