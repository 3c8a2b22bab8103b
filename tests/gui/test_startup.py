"""The program's start: what it imports before its first frame, in a fresh interpreter.

The window shows its first frame (gui/start_frame.py) before the core is imported: no
SQLAlchemy, no service, no storage. Then it opens the workspace in the same window, and nothing
shows an image, a PDF or a dossier before the seller opens a claim with evidence or asks for a
dossier, so Pillow, pillow-heif, QtPdf, the receipt reader, ReportLab and pypdf wait until
then (or until app.warm_up, after the first frame), and so do the mail readers (Python's email
package) until a mail is dropped, and each dialog's module until it is opened.
"""

from __future__ import annotations

import json
from pathlib import Path

from atoz_desktop.core.sample_reports import write_all_orders
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.storage.database import open_workspace
from tests.fresh_python import run_fresh

#: Modules the first frame must not wait for.
HEAVY = (
    "PIL",
    "pillow_heif",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "atoz_desktop.core.receipts",
    "atoz_desktop.core.services.receipts",
    "reportlab",
    "pypdf",
    "pypdfium2",
    "zxingcpp",
    "atoz_desktop.core.evidence.mail",
    "email.policy",  # the part of Python's email package that SQLAlchemy's imports leave out
    "sqlalchemy.dialects.postgresql",  # on a SQLite workspace (50-70 ms of the start)
    # The dialogs: each module is imported when the dialog is first opened.
    "atoz_desktop.gui.claims.new_claim_dialog",
    "atoz_desktop.gui.claims.composer_dialog",
    "atoz_desktop.gui.claims.event_dialog",
    "atoz_desktop.gui.claims.policies_dialog",
    "atoz_desktop.gui.help.guide_dialog",
    "atoz_desktop.gui.help.shortcuts_dialog",
    "atoz_desktop.gui.evidence.dialogs",
    "atoz_desktop.gui.evidence.preview",
    "atoz_desktop.gui.orders.import_problems_dialog",
)

#: Modules the first frame itself does not wait for either: SQLAlchemy, the core's services and
#: its storage (but for storage.errors, the exceptions the command line names).
CORE = (
    "sqlalchemy",
    "atoz_desktop.core.services",
    "atoz_desktop.core.storage.database",
    "atoz_desktop.core.storage.models",
    "atoz_desktop.core.importers",
)

# The program's own start (cli.main → gui.app.run), with the event loop replaced by one that
# notes what is imported when the first frame is painted, runs until the window has opened its
# workspace, looks at it, runs the real loop a while and closes the window.
START = """
import gc, json, sys, time
from atoz_desktop.gui import app
from atoz_desktop.gui.main_window import MainWindow
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

HEAVY, CORE = json.loads(sys.argv[2]), tuple(json.loads(sys.argv[3]))
seen = {}

def imported(names):
    return sorted(name for name in sys.modules if name.startswith(names))

def first_frame(qapp):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen["framed"] = window.start_frame is not None and window.isVisible()
    def painted():
        seen["core_at_first_frame"] = imported(CORE)
        seen["title_at_first_frame"] = window.windowTitle()
    window.start_frame.painted.connect(painted)
    give_up = time.monotonic() + 60
    while not (window.is_open and window.orders_model.rowCount()):
        qapp.processEvents()
        assert time.monotonic() < give_up, "the workspace did not open"
    seen["heavy"] = imported(tuple(HEAVY))
    seen["rows"] = window.orders_model.rowCount()
    seen["hook"] = getattr(sys.modules["shibokensupport.feature"]._mod_uses_pyside,
                           "reads_bytes", False)
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    seen["find"] = window.find_action.shortcut().matches(QKeySequence("Ctrl+F")).name
    window.find_action.trigger()  # a menu entry works at once
    qapp.processEvents()
    seen["search_focused"] = window.search.hasFocus() or QApplication.focusWidget() is window.search
    seen["gc_at_first_frame"] = gc.isenabled()
    QTimer.singleShot(600, qapp.quit)  # past app.collect_again's 300 ms
    real_exec()
    seen["gc_after"] = gc.isenabled()
    window.close()
    return 0

real_exec = QApplication.exec
QApplication.exec = first_frame
app.warm_up = lambda: None  # loads the dossier's modules after the first frame, on purpose
from atoz_desktop.cli import main
code = main(["--db", sys.argv[1]])  # as the program starts (the default command opens the window)
print(json.dumps(seen))
sys.exit(code)
"""


def test_the_first_frame_waits_for_no_image_pdf_or_dossier_module(tmp_path: Path) -> None:
    report = tmp_path / "orders.txt"
    write_all_orders(report, 40, seed=7)
    db = tmp_path / "workspace.sqlite3"
    workspace = open_workspace(str(db))
    try:
        import_order_files(workspace, [report])
    finally:
        workspace.close()
    folders = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    printed = run_fresh(
        START, str(db), json.dumps(HEAVY), json.dumps(CORE), env=folders, unset=["ATOZ_DB_URL"]
    )
    seen = json.loads(printed.strip().splitlines()[-1])
    assert seen["framed"]  # shown before the workspace is open
    assert seen["core_at_first_frame"] == []
    assert seen["title_at_first_frame"] == "A-to-Z Desk"
    assert seen["heavy"] == []  # nor once the list shows the orders
    assert seen["rows"] > 0
    assert seen["hook"]  # PySide6's import hook reads files, not `inspect` (gui/__init__.py)
    assert len(seen["menus"]) == 6  # File, Edit, View, Claims, Settings, Help
    assert seen["find"] == "ExactMatch"
    assert seen["search_focused"]
    assert (seen["gc_at_first_frame"], seen["gc_after"]) == (False, True)  # off for the start


WARMED = """
import sys
from atoz_desktop.gui.app import warm_up
assert "email.policy" not in sys.modules, "imported with the window"
warm_up().join()
print(all(name in sys.modules for name in
          ("atoz_desktop.core.evidence.mail", "email.policy", "reportlab", "PIL")))
"""


def test_the_warm_up_after_the_first_frame_loads_the_mail_readers_for_a_first_drop() -> None:
    """A first .eml dropped on a claim (or Amazon's notification on the Claims list) does not
    wait for Python's email package: app.warm_up loads it with the dossier's and photos'."""
    assert run_fresh(WARMED).split() == ["True"]
