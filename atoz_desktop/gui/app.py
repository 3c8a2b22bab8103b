"""Start the desktop application: Qt, translations, the workspace (demo if new), the window."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from atoz_desktop import APP_ID, APP_NAME, __version__
from atoz_desktop.core.i18n import language_or_english, set_language
from atoz_desktop.core.logs import configure_logging
from atoz_desktop.core.services.claims import claim_counts
from atoz_desktop.core.services.orders import order_count
from atoz_desktop.core.storage.database import Workspace, WorkspaceError, open_workspace
from atoz_desktop.gui.common.errors import ErrorReporter
from atoz_desktop.gui.common.resources import icon, translations_dir
from atoz_desktop.gui.main_window import MainWindow

ORGANIZATION = "atoz-desktop"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the program's and Qt's own catalogues for the user's languages, if there are any."""
    locale = locale or QLocale()
    translators = []
    candidates = (
        ("atoz_desktop", translations_dir()),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _is_empty(workspace: Workspace) -> bool:
    return order_count(workspace) == 0 and claim_counts(workspace).get("all", 0) == 0


def prepare_demo(workspace: Workspace) -> None:
    """Fill a new, empty default workspace with the demo data so the window is never empty."""
    from atoz_desktop.core.demo import create_demo_workspace  # only needed on a first start

    create_demo_workspace(workspace)


def warm_up() -> threading.Thread:
    """After the first frame: load on a worker what the first dossier needs (ReportLab, pypdf,
    the fonts), then take the objects made so far out of the garbage collector's full passes.

    A seller clicks Dossier… within seconds of starting; left to the first build, the imports
    ran on its worker while the seller watched, and a full collection over the start-up's
    objects paused the window for 98 ms in the middle of it (a 10 ms timer on the GUI thread
    saw it; gc.freeze() leaves those objects out of every later collection)."""

    def run() -> None:
        from atoz_desktop.core.dossier import builder  # noqa: F401  (imports the whole pipeline)
        from atoz_desktop.core.dossier.fonts import covered_codepoints

        covered_codepoints()  # registers the fonts
        gc.freeze()

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


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


def run(db_url: str | None, argv: Sequence[str] | None = None) -> int:
    """Open the workspace `db_url` (None: the default one) in the main window; the exit code."""
    app = make_application(argv if argv is not None else sys.argv)
    install_translators(app)
    configure_logging()
    reporter = ErrorReporter(app)  # a bug in a slot or a worker: a dialog and the log
    reporter.install()
    set_language(language_or_english(QLocale().name()))  # the core's messages, as the window's
    try:
        workspace = open_workspace(db_url)
        if db_url is None and _is_empty(workspace):
            prepare_demo(workspace)
    except WorkspaceError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot Open the Workspace"),
            str(exc),
        )
        return 2
    window = build_main_window(workspace)
    window.show()
    QTimer.singleShot(300, warm_up)
    try:
        return app.exec()
    finally:
        workspace.close()
        reporter.uninstall()
