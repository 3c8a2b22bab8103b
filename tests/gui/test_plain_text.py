"""A file called "<b>x</b>.pdf" is shown as those twelve characters wherever the window names a
file or gives a reason: error boxes, the refusals dialog, the status bar's progress label,
the dialog that says the workspace cannot be opened. Qt renders text that merely looks like
HTML as HTML unless told otherwise."""

# ruff: noqa: F811  (the evidence tests' `window` and `claim_pk` fixtures are imported here)
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from atoz_desktop.core.services import importing
from tests.gui.test_evidence import _drop, _wait_added, _write, claim_pk, window  # noqa: F401
from tests.reports import order_row, write_report

NAME = "<b>x</b>.pdf"  # as a mail may name an attachment, or an error quote a name
ON_DISK = "<b>x<b>.pdf"  # the same markup, as a file name can hold it (no "/")
PLAIN = Qt.TextFormat.PlainText


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_refused_file_named_like_html_is_shown_as_written(qtbot, window, claim_pk, tmp_path):
    _drop(window.claim_pane, [_write(tmp_path, ON_DISK, b"\x00\x01 not a pdf at all")])
    _wait_added(qtbot, window)
    dialog = window.evidence_actions.refusals_dialog
    assert dialog is not None
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat() == PLAIN for label in labels)
    assert dialog.table.topLevelItem(0).text(0) == ON_DISK
    assert "1 refused" in window.statusBar().currentMessage()  # QStatusBar draws plain text
    dialog.close()


def test_import_progress_and_failure_name_the_file_as_written(
    qtbot, window, tmp_path, monkeypatch, caplog
):
    imports = window.import_actions
    report = write_report(tmp_path / "<i>orders<i>.txt", [order_row()])

    def fail(*_args, **_kwargs):
        raise RuntimeError(f"cannot read {NAME}")

    monkeypatch.setattr(importing, "import_order_files", fail)
    with qtbot.waitSignal(imports.importer.finished, timeout=10_000):
        imports.start_import([str(report)])
    assert imports.progress.label.textFormat() == PLAIN
    assert "<i>orders<i>.txt" in imports.progress.label.text()
    [box] = [b for b in _message_boxes() if b.windowTitle() == "Import Failed"]
    assert box.textFormat() == PLAIN and NAME in box.text()
    box.close()
    assert any(r.name.endswith("import_worker") for r in caplog.records)
    caplog.clear()  # the failure is provoked and logged on purpose


def test_a_workspace_that_cannot_be_opened_is_named_as_written(qapp, settings, monkeypatch):
    from atoz_desktop.core import i18n
    from atoz_desktop.core.storage.database import WorkspaceError
    from atoz_desktop.gui import app
    from atoz_desktop.gui.workspace import switcher

    shown: list[tuple[Qt.TextFormat, str]] = []

    def refuse(_url, _recent):
        raise WorkspaceError(f"cannot open /tmp/{NAME}.sqlite3")

    class NoReporter:  # run() installs the program's excepthook: not in the test process
        def __init__(self, _app) -> None: ...
        def install(self) -> None: ...
        def uninstall(self) -> None: ...

    monkeypatch.setattr(app, "configure_logging", lambda: None)  # the user's log: untouched
    monkeypatch.setattr(app, "ErrorReporter", NoReporter)
    monkeypatch.setattr(switcher, "open_start_workspace", refuse)
    # The real event loop, which the refusal ends with CANNOT_OPEN; a stuck start ends at 30 s.
    # (A timer of its own, stopped after: a single shot left behind would end a later test's
    # event loop 30 s on.)
    stuck = QTimer()
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: QCoreApplication.exit(99))
    stuck.start(30_000)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0
    )
    before = i18n.language()
    try:
        assert app.run("/tmp/x.sqlite3", [], settings=settings) == 2
    finally:
        stuck.stop()
        i18n.set_language(before)
    assert shown == [(PLAIN, f"cannot open /tmp/{NAME}.sqlite3")]
