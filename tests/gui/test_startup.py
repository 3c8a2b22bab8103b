"""The program's start: what it imports before its first frame, in a fresh interpreter.

Nothing shows an image, a PDF or a dossier before the seller opens a claim with evidence or asks
for a dossier, so Pillow, pillow-heif, QtPdf, the receipt reader, ReportLab and pypdf wait until
then (or until app.warm_up, after the first frame), and so do the mail readers (Python's email
package) until a mail is dropped, and each dialog's module until it is opened; and the core
comes in before PySide6, whose import hook otherwise reads the source of every module imported
after it (gui/__init__.py).
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

# The program's own start (cli.main → gui.app.run), with the event loop replaced by one that lets
# the first frame paint, looks at the window and what is imported, runs the real loop a while and
# closes the window.
START = """
import gc, json, sys
from atoz_desktop.gui import app
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

HEAVY = json.loads(sys.argv[2])
seen = {}

def first_frame(qapp):
    qapp.processEvents()
    window = next(w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and hasattr(w, "orders_model"))
    order = list(sys.modules)
    seen["heavy"] = [name for name in HEAVY if name in sys.modules]
    seen["rows"] = window.orders_model.rowCount()
    seen["core_first"] = order.index("sqlalchemy") < order.index("PySide6.QtCore")
    core = ("atoz_desktop.core", "sqlalchemy", "platformdirs")
    after_qt = order[order.index("PySide6"):]
    seen["core_after_qt"] = [name for name in after_qt if name.startswith(core)]
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
    printed = run_fresh(START, str(db), json.dumps(HEAVY), env=folders, unset=["ATOZ_DB_URL"])
    seen = json.loads(printed.strip().splitlines()[-1])
    assert seen["heavy"] == []
    assert seen["rows"] > 0  # the first frame shows the orders
    assert seen["core_first"]
    assert seen["core_after_qt"] == []  # each to add to gui/__init__.py's imports
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
