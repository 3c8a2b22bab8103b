"""Start the desktop application: Qt, translations, the workspace, the window.

The workspace is `--db` (or $ATOZ_DB_URL), else the one used last, else the seller's own default
workspace, empty on a first start: the window then says what to do first and offers the demo,
which lives in a file of its own (gui/workspace/).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from atoz_desktop import APP_ID, APP_NAME, __version__
from atoz_desktop.core.logs import configure_logging
from atoz_desktop.gui.common.errors import ErrorReporter
from atoz_desktop.gui.common.language import apply_language, install_translators
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.widgets import plain_message_box
from atoz_desktop.gui.main_window import MainWindow

if TYPE_CHECKING:
    from atoz_desktop.core.storage.database import Workspace

ORGANIZATION = "atoz-desktop"
#: The workspace opens after the first frame is painted, or after this long if the window is
#: not painted (started minimised, or on a screen that does not show it yet).
OPEN_AFTER_MS = 500
#: The exit code of a start whose workspace cannot be opened (cli: "bad input").
CANNOT_OPEN = 2
__all__ = [
    "build_main_window",
    "install_translators",
    "launch",
    "make_application",
    "run",
    "start_window",
]


def warm_up() -> threading.Thread:
    """After the first frame: load on a worker what the first dropped mail needs (the mail
    readers, Python's email package), the first dossier (ReportLab, pypdf, the fonts) and the
    first dropped photo (Pillow, pillow-heif), then take the objects made so far out of the
    garbage collector's full passes.

    A seller clicks Dossier… within seconds of starting; left to the first build, the imports
    ran on its worker while the seller watched, and a full collection over the start-up's
    objects paused the window for 98 ms in the middle of it (a 10 ms timer on the GUI thread
    saw it; gc.freeze() leaves those objects out of every later collection)."""

    def run() -> None:
        from atoz_desktop.core.dossier import builder  # noqa: F401  (imports the whole pipeline)
        from atoz_desktop.core.dossier.fonts import covered_codepoints
        from atoz_desktop.core.evidence import mail  # noqa: F401  (a mail dropped on a claim)
        from atoz_desktop.gui.dossier import dialog  # noqa: F401  (and QtPdf: not at start)

        covered_codepoints()  # registers the fonts
        from atoz_desktop.core.evidence import images

        images.prepare()
        gc.freeze()

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


def collect_again() -> None:
    """After the first frame: the garbage collector on again (cli.cmd_gui turns it off for the
    start), the objects made so far frozen first, so that no collection walks them."""
    gc.freeze()
    gc.enable()


def build_main_window(workspace: Workspace, settings: QSettings | None = None) -> MainWindow:
    """The main window over an open workspace (the entry point, tests and the benchmark)."""
    return MainWindow(workspace, settings=settings)


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")
    return app


def start_window(db_url: str | None, settings: QSettings) -> MainWindow:
    """Show the main window's first frame, and open the workspace `db_url` (None: the one used
    last, else the seller's own) in it once that frame is painted: the core, SQLAlchemy with
    it, is imported then. A workspace that cannot be opened is said in a message box, and the
    event loop ends with CANNOT_OPEN."""
    window = MainWindow(None, settings)
    frame = window.start_frame
    assert frame is not None
    opened = False

    def open_now() -> None:
        nonlocal opened
        if opened or not window.isVisible():  # opened, or closed before it could be
            return
        opened = True
        _open_at_start(window, db_url, settings)

    # Queued once more: after the others listening for the frame's paint (the benchmark's and
    # test_startup's marks of the first frame, which must see no core module).
    frame.painted.connect(open_now, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(OPEN_AFTER_MS, open_now)
    window.show()
    return window


def _open_at_start(window: MainWindow, db_url: str | None, settings: QSettings) -> None:
    from atoz_desktop.core.storage.database import WorkspaceError
    from atoz_desktop.gui.workspace.recent import RecentWorkspaces
    from atoz_desktop.gui.workspace.switcher import open_start_workspace

    try:
        workspace, problem = open_start_workspace(db_url, RecentWorkspaces(settings))
    except WorkspaceError as exc:
        title = QCoreApplication.translate("app", "Cannot Open the Workspace")
        plain_message_box(QMessageBox.Icon.Critical, title, str(exc), window).exec()
        window.hide()
        QCoreApplication.exit(CANNOT_OPEN)
        return
    window.open_workspace(workspace)
    if problem is not None:
        window.complete_opening()  # the switcher says it
        window.workspace_actions.switcher.refuse(
            QCoreApplication.translate("app", "The workspace used last"),
            problem,
            at_start=True,
        )
    QTimer.singleShot(300, collect_again)
    QTimer.singleShot(300, warm_up)


def launch(
    db_url: str | None, argv: Sequence[str], settings: QSettings | None = None
) -> tuple[QApplication, MainWindow, ErrorReporter]:
    """All that run() does before its event loop (the benchmark times this same start): the
    application, its language, the log, the error reporter and the window's first frame."""
    app = make_application(argv)
    settings = settings if settings is not None else QSettings()
    apply_language(app, settings)  # Qt's, the window's and the core's, before any widget
    configure_logging()
    reporter = ErrorReporter(app)  # a bug in a slot or a worker: a dialog and the log
    reporter.install()
    return app, start_window(db_url, settings), reporter


def run(
    db_url: str | None, argv: Sequence[str] | None = None, settings: QSettings | None = None
) -> int:
    """Open the workspace `db_url` (None: the one used last, else the seller's own) in the main
    window; the exit code. `settings`: the user's unless a test gives its own."""
    app, window, reporter = launch(db_url, argv if argv is not None else sys.argv, settings)
    try:
        return app.exec()
    finally:
        if window.is_open:  # the switcher holds the workspace open last, across switches
            window.workspace_actions.switcher.workspace.close()
        elif window.lists_shown:  # the loop ended before the menus came
            window.workspace.close()
        reporter.uninstall()
